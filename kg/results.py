"""Rendering query results for people (an aligned table) and programs (SPARQL 1.1 formats).

``json`` is SPARQL 1.1 Query Results JSON, ``csv`` and ``tsv`` the SPARQL 1.1 CSV/TSV
results formats, all written by Oxigraph's serialisers; a yes/no (ASK) query answers
``true`` or ``false``, and a graph-building (CONSTRUCT, DESCRIBE) query prints Turtle.
"""

from __future__ import annotations

import pyoxigraph as ox

from .compile import PREFIXES
from .queries import python_value
from .reports import align
from .store import Result

FORMATS = ("table", "csv", "tsv", "json")
_SERIALISERS = {"csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV, "json": ox.QueryResultsFormat.JSON}


def render(result: Result, fmt: str = "table", width: int | None = None) -> bytes:
    """Serialise a query result in one of :data:`FORMATS`; a table wider than ``width`` is shown row by row."""
    if not isinstance(result, (ox.QuerySolutions, ox.QueryBoolean)):  # CONSTRUCT: triples, local or remote
        turtle = ox.serialize(result, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
        return turtle if turtle.endswith(b"\n") else turtle + b"\n"
    if fmt != "table":
        data = result.serialize(format=_SERIALISERS[fmt])
        return data if data.endswith(b"\n") else data + b"\n"
    if isinstance(result, ox.QueryBoolean):
        return b"true\n" if bool(result) else b"false\n"
    return table(result, width).encode("utf-8")


def cell(node) -> str:
    """One value as a table shows it: kg ids bare, other IRIs with a known prefix, literals as text.

    >>> cell(ox.NamedNode("https://w3id.org/kg/id/actor/peskov"))
    'peskov'
    >>> cell(ox.NamedNode("https://w3id.org/kg/ontology#Claim"))
    'kg:Claim'
    """
    value = python_value(node)
    if value is None:
        return ""
    if isinstance(node, ox.NamedNode) and value == node.value:
        for prefix, ns in PREFIXES.items():
            if value.startswith(ns) and value != ns:
                return f"{prefix}:{value[len(ns):]}"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value).replace("\n", " ")


def table(result: ox.QuerySolutions, width: int | None = None) -> str:
    """An aligned plain-text table with a header row and a closing row count.

    When the table would be wider than ``width`` characters, each row is shown as a block of
    ``name  value`` lines instead, leaving out the empty ones (as psql's expanded display).
    """
    names = [v.value for v in result.variables]
    body = [[cell(solution[n]) for n in names] for solution in result]
    count = f"({len(body)} row{'s' if len(body) != 1 else ''})\n"
    text = align(names, body)
    if width is None or max(map(len, text.splitlines()), default=0) <= width:
        return f"{text}\n{count}"
    label = max(map(len, names), default=0)
    blocks = [f"-[ row {i} ]" + "-" * max(0, min(width, 40) - len(f"-[ row {i} ]")) + "\n"
              + "".join(f"{n.ljust(label)}  {v}\n" for n, v in zip(names, row) if v)
              for i, row in enumerate(body, 1)]
    return "".join(blocks) + count

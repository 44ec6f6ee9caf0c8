"""Loading the ``.rq`` files of the query library, binding parameters and running queries.

Each file starts with a header comment::

    # Summary: one line saying what the query answers.
    # Param actor (actor): whose statements to list.
    # Params: none

``Param NAME (KIND): text`` declares a variable the caller may bind; KIND says how a
command-line value becomes an RDF term (``actor``, ``proposition``, ``statement`` take a
slug and mint the IRI; ``iri``, ``date``, ``integer``, ``string`` are what they say).
Values are bound through the store's substitution mechanism, never pasted into the text.

>>> q = load("summary")
>>> q.name, q.params
('summary', {})
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

import pyoxigraph as ox

from .. import ids
from . import guard
from ..errors import QueryError
from ..store import Result, Store

PARAM_KINDS = ("actor", "proposition", "statement", "article", "iri", "date", "integer", "string")
_PARAM = re.compile(r"^#\s*Param\s+\??([A-Za-z_][A-Za-z0-9_]*)\s*\(([a-z]+)\)\s*:\s*(.*)$")
_SUMMARY = re.compile(r"^#\s*Summary:\s*(.*)$")


@dataclass(frozen=True)
class Param:
    """A variable of a query that callers may bind."""

    name: str
    kind: str
    doc: str


@dataclass(frozen=True)
class Query:
    """A named query: its text, one-line summary and bindable parameters."""

    name: str
    text: str
    summary: str
    params: dict[str, Param] = field(default_factory=dict)


def parse(name: str, text: str) -> Query:
    """Read a query's header comment into a :class:`Query`."""
    summary, params = "", {}
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        if m := _SUMMARY.match(line):
            summary = m.group(1).strip()
        elif m := _PARAM.match(line):
            pname, kind, doc = m.groups()
            if kind not in PARAM_KINDS:
                raise QueryError(f"{name}: parameter {pname} has unknown kind '{kind}'")
            params[pname] = Param(pname, kind, doc.strip())
    return Query(name, text, summary, params)


@cache
def names() -> tuple[str, ...]:
    """The names of all library queries, sorted."""
    return tuple(sorted(p.name[:-3] for p in resources.files("kg.queries").iterdir() if p.name.endswith(".rq")))


@cache
def load(name: str) -> Query:
    """The library query called ``name``; an unknown name lists the valid ones."""
    if name not in names():
        hint = difflib.get_close_matches(name, names(), n=1)
        did_you_mean = f" (did you mean '{hint[0]}'?)" if hint else ""
        raise QueryError(f"unknown query '{name}'{did_you_mean}; the library has: {', '.join(names())}")
    return parse(name, resources.files("kg.queries").joinpath(f"{name}.rq").read_text("utf-8"))


def term(param: Param, value: str) -> ox.NamedNode | ox.Literal:
    """Turn a command-line value into the RDF term a parameter of this kind expects.

    >>> term(Param("actor", "actor", ""), "peskov")
    <NamedNode value=https://w3id.org/kg/id/actor/peskov>
    >>> term(Param("since", "date", ""), "2024-10-01")
    <Literal value=2024-10-01 datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#date>>
    """
    pattern = {"actor": ids.SLUG, "proposition": ids.SLUG, "article": ids.ARTICLE_SLUG}.get(param.kind)
    article, _, slug = value.partition("/")
    if (pattern and not pattern.match(value)) or (
            param.kind == "statement" and not (ids.ARTICLE_SLUG.match(article) and ids.SLUG.match(slug))):
        shape = "ARTICLE/STATEMENT ids" if param.kind == "statement" else "a lowercase id"
        raise QueryError(f"parameter {param.name}: invalid {param.kind} {value!r} (expected {shape})")
    try:
        if param.kind == "actor":
            return ox.NamedNode(ids.actor_iri(value))
        if param.kind == "proposition":
            return ox.NamedNode(ids.proposition_iri(value))
        if param.kind == "article":
            return ox.NamedNode(ids.article_iri(value))
        if param.kind == "statement":
            return ox.NamedNode(ids.statement_iri(article, slug))
        if param.kind == "iri":
            return ox.NamedNode(value)
        if param.kind == "date":
            return ox.Literal(dt.date.fromisoformat(value).isoformat(), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date"))
        if param.kind == "integer":
            return ox.Literal(str(int(value)), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
        return ox.Literal(value)
    except ValueError as exc:
        raise QueryError(f"parameter {param.name}: invalid {param.kind} '{value}': {exc}") from None


def adhoc_term(value: str) -> ox.NamedNode | ox.Literal:
    """A value for a query without declared parameters: ``<iri>`` is an IRI, anything else a string.

    >>> adhoc_term("<http://example.org/a>")
    <NamedNode value=http://example.org/a>
    >>> adhoc_term('x" } ; DROP ALL #')
    <Literal value=x" } ; DROP ALL # datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#string>>
    """
    if value.startswith("<") and value.endswith(">"):
        try:
            return ox.NamedNode(value[1:-1])
        except ValueError as exc:
            raise QueryError(f"invalid IRI {value}: {exc}") from None
    return ox.Literal(value)


def bindings(query: Query, values: dict[str, str], strict: bool = True) -> dict[str, ox.NamedNode | ox.Literal]:
    """Check parameter names against the query's header and convert their values.

    ``strict`` (library queries) refuses names the header does not declare; otherwise an
    undeclared name is bound with :func:`adhoc_term`.
    """
    out = {}
    for key, value in values.items():
        if key in query.params:
            out[key] = term(query.params[key], value)
        elif strict:
            valid = ", ".join(query.params) or "none"
            raise QueryError(f"query '{query.name}' has no parameter '{key}' (valid: {valid})")
        else:
            out[key] = adhoc_term(value)
    return out


_POSITION = re.compile(r"error at (\d+):(\d+): ?(.*)", re.S)


def run(store: Store, query: Query, params: dict[str, str] | None = None, strict: bool = True,
        allow_service: bool = False) -> Result:
    """Run a query against the union of all named graphs, with ``params`` bound as values.

    The text is checked first (:func:`kg.queries.guard.check`: no SERVICE unless
    ``allow_service``, no FROM, no update, no runaway nesting). A syntax error becomes a
    QueryError naming the query, line and column.
    """
    guard.check(query.text, allow_service=allow_service, name=query.name)
    bound = bindings(query, params or {}, strict)
    for key, value in bound.items():
        param = query.params.get(key)
        if param is not None and param.kind in ("actor", "proposition", "statement", "article") and \
                not bool(store.query(load("mentions").text, {"node": value}, union=True)):
            raise QueryError(f"unknown {param.kind} '{params[key]}': the graph does not mention it")
    try:
        return store.query(query.text, bound, union=True)
    except SyntaxError as exc:
        message = str(exc.msg if hasattr(exc, "msg") else exc)
        if m := _POSITION.match(message):
            line, column, detail = m.groups()
            raise QueryError(f"{query.name}:{line}:{column}: SPARQL syntax error: {detail.strip()}") from None
        raise QueryError(f"{query.name}: SPARQL syntax error: {message}") from None
    except RuntimeError as exc:
        raise QueryError(f"{query.name}: {exc}") from None


def python_value(node: ox.NamedNode | ox.BlankNode | ox.Literal | None):
    """A query result term as a plain Python value: kg ids for kg IRIs, dates, numbers, booleans.

    >>> python_value(ox.NamedNode("https://w3id.org/kg/id/actor/peskov"))
    'peskov'
    >>> python_value(ox.Literal("2024-10-10", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")))
    datetime.date(2024, 10, 10)
    """
    if node is None:
        return None
    if isinstance(node, ox.NamedNode):
        return ids.short(node.value)
    if isinstance(node, ox.BlankNode):
        return f"_:{node.value}"
    datatype = node.datatype.value.rsplit("#", 1)[-1]
    try:
        if datatype == "date":
            return dt.date.fromisoformat(node.value)
        if datatype in ("integer", "int", "long", "nonNegativeInteger", "positiveInteger"):
            return int(node.value)
        if datatype in ("decimal", "double", "float"):
            return float(node.value)
        if datatype == "boolean":
            return node.value in ("true", "1")
    except ValueError:
        pass
    return node.value


def rows(result: Result) -> list[dict]:
    """The solutions of a SELECT result as dicts of plain Python values."""
    names = [v.value for v in result.variables]
    return [{n: python_value(solution[n]) for n in names} for solution in result]

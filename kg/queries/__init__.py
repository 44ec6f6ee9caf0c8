"""The library of named SPARQL queries shipped as ``.rq`` files in this package.

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
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

import pyoxigraph as ox

from .. import ids
from ..errors import QueryError

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
    return tuple(sorted(p.name[:-3] for p in resources.files(__name__).iterdir() if p.name.endswith(".rq")))


@cache
def load(name: str) -> Query:
    """The library query called ``name``; an unknown name lists the valid ones."""
    if name not in names():
        raise QueryError(f"unknown query '{name}'; the library has: {', '.join(names())}")
    return parse(name, resources.files(__name__).joinpath(f"{name}.rq").read_text("utf-8"))


def term(param: Param, value: str) -> ox.NamedNode | ox.Literal:
    """Turn a command-line value into the RDF term a parameter of this kind expects.

    >>> term(Param("actor", "actor", ""), "peskov")
    <NamedNode value=https://w3id.org/kg/id/actor/peskov>
    >>> term(Param("since", "date", ""), "2024-10-01")
    <Literal value=2024-10-01 datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#date>>
    """
    try:
        if param.kind == "actor":
            return ox.NamedNode(ids.actor_iri(value))
        if param.kind == "proposition":
            return ox.NamedNode(ids.proposition_iri(value))
        if param.kind == "article":
            return ox.NamedNode(ids.article_iri(value))
        if param.kind == "statement":
            article, _, slug = value.partition("/")
            if not slug:
                raise ValueError("expected ARTICLE/STATEMENT")
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


def bindings(query: Query, values: dict[str, str]) -> dict[str, ox.NamedNode | ox.Literal]:
    """Check parameter names against the query's header and convert their values."""
    out = {}
    for key, value in values.items():
        if key not in query.params:
            valid = ", ".join(query.params) or "none"
            raise QueryError(f"query '{query.name}' has no parameter '{key}' (valid: {valid})")
        out[key] = term(query.params[key], value)
    return out

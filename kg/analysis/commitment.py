"""What a statement commits its speaker to, on every proposition, on one scale.

A commitment is polarity x certainty (FactBank), put on one scale from certain negative
through no-comment to certain positive (DESIGN.md §2)::

    CT- < PR- < PS- < Uu < PS+ < PR+ < CT+      as      -3 < -2 < -1 < 0 < 1 < 2 < 3

Commitments propagate as in ``contradictions.rq``: asserting P commits the speaker the same way
to everything P entails and the other way on everything incompatible with those (and on all that
entails them); denying P commits against everything that entails P. Not confirming P (Uu) says
nothing about any other proposition. Calls have no truth value and commit to nothing here.

>>> from kg.analysis.evidence import proposition_graph
>>> closure = Closure.of(proposition_graph([("a", "entails", "b"), ("b", "incompatibleWith", "c")]))
>>> sorted(commitments("a", "PR+", closure).items())
[('a', 2), ('b', 2), ('c', -2)]
>>> sorted(commitments("b", "CT-", closure).items())
[('a', -3), ('b', -3)]
>>> commitments("b", "Uu", closure)
{'b': 0}
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from .evidence import _reverse, entailment_path

#: Each FactBank value's place on the commitment scale.
SCALE = {"CT-": -3, "PR-": -2, "PS-": -1, "Uu": 0, "PS+": 1, "PR+": 2, "CT+": 3}
_VALUE = {v: k for k, v in SCALE.items()}


def factuality_of(value: int) -> str:
    """The FactBank value at a place on the scale: ``factuality_of(-2) == 'PR-'``."""
    return _VALUE[value]


@dataclass(frozen=True)
class Closure:
    """The proposition graph with its entailment closures, computed once per analysis."""

    graph: nx.DiGraph
    down: dict[str, frozenset[str]]
    up: dict[str, frozenset[str]]
    incompatible: dict[str, frozenset[str]]

    @classmethod
    def of(cls, graph: nx.DiGraph) -> "Closure":
        """Closures of every proposition in ``graph`` (see :func:`~kg.analysis.evidence.proposition_graph`)."""
        down = {p: frozenset(nx.descendants(graph, p) | {p}) for p in graph}
        up = {p: frozenset(nx.ancestors(graph, p) | {p}) for p in graph}
        pairs: dict[str, set[str]] = {}
        for pair in graph.graph.get("incompatible", ()):
            x, y = tuple(pair)
            pairs.setdefault(x, set()).add(y)
            pairs.setdefault(y, set()).add(x)
        return cls(graph, down, up, {p: frozenset(v) for p, v in pairs.items()})

    def below(self, p: str) -> frozenset[str]:
        """``p`` and everything it entails."""
        return self.down.get(p, frozenset({p}))

    def above(self, p: str) -> frozenset[str]:
        """``p`` and everything that entails it."""
        return self.up.get(p, frozenset({p}))


def commitments(proposition: str, factuality: str | None, closure: Closure) -> dict[str, int]:
    """Every proposition a statement about ``proposition`` with ``factuality`` commits to, with its value."""
    if factuality is None:
        return {}
    value = SCALE[factuality]
    if value == 0:
        return {proposition: 0}
    if value < 0:
        return {q: value for q in closure.above(proposition)}
    out = {q: value for q in closure.below(proposition)}
    for x in closure.below(proposition):
        for y in closure.incompatible.get(x, ()):
            for q in closure.above(y):
                out.setdefault(q, -value)
    return out


def route(closure: Closure, proposition: str, value: int, q: str) -> tuple[str, ...]:
    """How a statement about ``proposition`` with commitment ``value`` reaches ``q``, as a path from it.

    >>> from kg.analysis.evidence import proposition_graph
    >>> closure = Closure.of(proposition_graph([("a", "entails", "b"), ("b", "incompatibleWith", "c")]))
    >>> route(closure, "a", 3, "c"), route(closure, "b", -3, "a")
    (('a', 'entails', 'b', 'incompatibleWith', 'c'), ('b', 'entailed by', 'a'))
    """
    g = closure.graph
    if q == proposition:
        return (proposition,)
    if value < 0:
        return _reverse(entailment_path(g, q, proposition))
    if q in closure.below(proposition):
        return entailment_path(g, proposition, q)
    for x in sorted(closure.below(proposition)):
        for y in sorted(closure.incompatible.get(x, ())):
            if q in closure.above(y):
                return entailment_path(g, proposition, x) + ("incompatibleWith",) + _reverse(entailment_path(g, q, y))
    raise ValueError(f"{proposition} does not reach {q}")


def join(first: tuple[str, ...], second: tuple[str, ...]) -> tuple[str, ...]:
    """Two routes that end at the same proposition as one path from the first start to the second.

    >>> join(("a", "entails", "b"), ("c", "entailed by", "b"))
    ('a', 'entails', 'b', 'entails', 'c')
    """
    flipped = {"entails": "entailed by", "entailed by": "entails"}
    back = tuple(flipped.get(step, step) for step in reversed(second))
    return tuple(first) + back[1:]


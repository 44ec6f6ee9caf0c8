"""Graded relations between two actors' statements, with evidence, at any level of roll-up.

The statement pairs come from the library queries (the joins run in the SPARQL engine);
this module attaches the evidence and the proposition path, rolls each speaker up to
the chosen level on the statement's date, and drops pairs that collapse into one actor
(those are stance changes, not conflicts between two actors).

Grades, from DESIGN.md §2:

- ``contradiction``: opposite commitments, both certain;
- ``conflict``: opposite commitments, at least one only probable or possible;
- ``unconfirmed``: one asserts what the other says it cannot confirm (never a conflict);
- ``corroboration``: the same commitment; ``independent`` says whether one merely relays the other.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from .. import queries
from ..errors import KGError
from ..store import Store
from .evidence import (
    Evidence,
    entailment_path,
    incompatibility_path,
    load_evidence,
    load_proposition_graph,
    meeting_path,
)
from .rollup import LEVELS, Roster, check_actor, load_roster, roll_up

GRADES = ("contradiction", "conflict", "unconfirmed", "corroboration")
CONFLICT_GRADES = ("contradiction", "conflict")


@dataclass(frozen=True)
class Relation:
    """Two statements by two actors (at the chosen level), graded, with evidence and path."""

    a: str
    b: str
    grade: str
    proposition: str
    path: tuple[str, ...]
    statements: tuple[Evidence, Evidence]
    rule: str
    independent: bool | None = None

    def as_dict(self) -> dict:
        """A JSON-ready dict: ``a``, ``b``, ``grade``, ``proposition``, ``path``, ``statements`` …"""
        return {
            "a": self.a, "b": self.b, "grade": self.grade, "proposition": self.proposition,
            "path": list(self.path), "rule": self.rule, "independent": self.independent,
            "statements": [s.as_dict() for s in self.statements],
        }


def check_choices(level: str, include: Iterable[str]) -> None:
    """Refuse an unknown level or grade with the valid ones."""
    if level not in LEVELS:
        raise KGError(f"unknown level '{level}' (expected one of: {', '.join(LEVELS)})")
    for grade in include:
        if grade not in GRADES:
            raise KGError(f"unknown relation '{grade}' (expected some of: {', '.join(GRADES)})")


def relations(store: Store, include: Iterable[str] = CONFLICT_GRADES, level: str = "person",
              actor: str | None = None, roster: Roster | None = None,
              evidence: dict[str, Evidence] | None = None) -> list[Relation]:
    """Every relation of the grades in ``include`` between two actors at ``level``.

    ``actor`` keeps the relations in which it takes part, at the chosen level or as the speaker.
    ``roster`` and ``evidence`` may be passed by callers that have read them already.
    """
    include = tuple(include)
    check_choices(level, include)
    roster = roster or load_roster(store)
    check_actor(roster, actor)
    evidence = evidence if evidence is not None else load_evidence(store)
    graph = load_proposition_graph(store)
    found: list[Relation] = []

    def keep(a: str, b: str, grade: str, proposition: str, path, s1: str, s2: str, rule: str,
             independent: bool | None = None) -> None:
        e1, e2 = evidence[s1], evidence[s2]
        la, lb = roll_up(roster, a, e1.day, level), roll_up(roster, b, e2.day, level)
        if la == lb:
            return
        if actor is not None and actor not in (la, lb, a, b):
            return
        found.append(Relation(la, lb, grade, proposition, tuple(path), (e1, e2), rule, independent))

    if set(include) & set(CONFLICT_GRADES):
        for c in queries.contradictions(store):
            if c.grade not in include:
                continue
            if c.rule == "entails":
                path = entailment_path(graph, c.p1, c.p2)
            else:
                path = incompatibility_path(graph, c.p1, c.x, c.y, c.p2)
            keep(c.a, c.b, c.grade, c.proposition, path, c.s1, c.s2, f"opposite-{c.rule}")
    if "unconfirmed" in include:
        for u in queries.unconfirmed(store):
            keep(u.a, u.b, "unconfirmed", u.proposition, entailment_path(graph, u.p1, u.proposition),
                 u.s1, u.s2, "asserted-uncommitted")
    if "corroboration" in include:
        seen = set()
        for c in queries.corroborations(store):
            if (c.s1, c.s2) in seen:
                continue  # one row per statement pair: the first of its equally specific meeting points
            seen.add((c.s1, c.s2))
            path = meeting_path(graph, c.p1, c.proposition, c.p2, downward=c.sign > 0)
            keep(c.a, c.b, "corroboration", c.proposition, path, c.s1, c.s2,
                 "same-positive" if c.sign > 0 else "same-negative", c.independent)
    order = {g: i for i, g in enumerate(GRADES)}
    return sorted(found, key=lambda r: (order[r.grade], r.a, r.b, r.statements[0].id, r.statements[1].id))

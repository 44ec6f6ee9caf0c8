"""Graded relations between two actors' statements, with evidence, at any level of roll-up.

The statement pairs come from the library queries (the joins run in the SPARQL engine);
this module attaches the evidence and the proposition path, rolls each speaker up to
the chosen level on the statement's date, and drops pairs that collapse into one actor
(those are stance changes, not conflicts between two actors).

Grades, from DESIGN.md §2:

- ``contradiction``: opposite commitments, both certain;
- ``conflict``: opposite commitments, at least one only probable or possible;
- ``possible conflict``: a conflict reached only through an alternative reading of a statement
  (``or_about``); every grade reached that way is one step weaker, and ``readings`` names the reading;
- ``unconfirmed``: one asserts what the other says it cannot confirm (never a conflict);
- ``corroboration``: the same commitment; ``independent`` says whether one merely relays the other;
- ``opposing calls``: one actor calls for an action, another against it: directives, never facts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from .. import ids, queries, rollups
from ..errors import KGError
from ..store import Store
from .evidence import (
    Evidence,
    entailment_path,
    incompatibility_path,
    load_evidence,
    load_proposition_graph,
    meeting_path,
    proposition_graph,
)
from .rollup import LEVELS, Roster, check_actor, load_roster, roll_up


GRADES = ("contradiction", "conflict", "possible conflict", "unconfirmed", "corroboration", "opposing calls")
CONFLICT_GRADES = ("contradiction", "conflict", "possible conflict")


def reading_path(path: tuple[str, ...], about1: str | None, about2: str | None) -> tuple[str, ...]:
    """Name the alternative readings a path rests on: ``main read as alternative`` at either end.

    ``about1`` (``about2``) is the main proposition of the first (second) statement when the
    path starts (ends) at one of its alternative readings, else None.

    >>> reading_path(("q", "entails", "r"), None, "p")
    ('q', 'entails', 'r', 'a reading of', 'p')
    >>> reading_path(("q",), "p", None)
    ('p', 'read as', 'q')
    """
    if about1:
        path = (about1, "read as") + tuple(path)
    if about2:
        path = tuple(path) + ("a reading of", about2)
    return tuple(path)


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
    readings: tuple[str, ...] = ()

    def as_dict(self) -> dict:
        """A JSON-ready dict: ``a``, ``b``, ``grade``, ``proposition``, ``path``, ``statements`` …"""
        return {
            "a": self.a, "b": self.b, "grade": self.grade, "proposition": self.proposition,
            "path": list(self.path), "rule": self.rule, "independent": self.independent,
            "readings": list(self.readings), "statements": [s.as_dict() for s in self.statements],
        }


def grade_name(text: str) -> str:
    """A grade as typed on a command line, where ``opposing_calls`` means ``opposing calls``.

    >>> grade_name(" opposing_calls ")
    'opposing calls'
    """
    return text.strip().replace("_", " ")


def check_choices(level: str, include: Iterable[str]) -> None:
    """Refuse an unknown level or grade with the valid ones."""
    if level not in LEVELS:
        raise KGError(f"unknown level '{level}' (expected one of: {', '.join(LEVELS)})")
    for grade in include:
        if grade not in GRADES:
            raise KGError(f"unknown relation '{grade}' (expected some of: {', '.join(GRADES)})")


def _indexed_rows(db, roster: Roster, level: str, actor: str) -> list[rollups.ConflictRow]:
    """The conflict rows one actor takes part in, from the roll-up index, as ``contradictions.rq`` gives them (IRIs).

    At ``level`` person the actor's own statements; above it also those of every actor that ever
    speaks for it (``keep`` then checks the date), read from the full ``roster``.
    """
    speakers = {actor}
    if level != "person":
        speakers |= {who for who, entries in roster.affiliations.items()
                     if any(actor in (a.organization, a.state) for a in entries)}
    return rollups.conflict_rows(db, [str(ids.actor_iri(s)) for s in sorted(speakers)])


def _short(rows: list[rollups.ConflictRow]) -> list[rollups.ConflictRow]:
    return [rollups.ConflictRow(*(None if v is None else ids.short(v) for v in row)) for row in rows]


def relations(store: Store, include: Iterable[str] = CONFLICT_GRADES, level: str = "person",
              actor: str | None = None, roster: Roster | None = None,
              evidence: dict[str, Evidence] | None = None) -> list[Relation]:
    """Every relation of the grades in ``include`` between two actors at ``level``.

    ``actor`` keeps the relations in which it takes part, at the chosen level or as the speaker.
    ``roster`` and ``evidence`` may be passed by callers that have read them already.

    With ``actor`` on a store with a roll-up index, the conflicts are found from the actor's own
    statements in the index (:func:`kg.rollups.conflict_rows`), and only the evidence, roster and
    entailment links those pairs need are read: the same relations, in the same order, as from
    the full listing of ``contradictions.rq``.
    """
    include = tuple(grade_name(g) for g in include)
    check_choices(level, include)
    conflicts = bool(set(include) & set(CONFLICT_GRADES))
    db = rollups.index_of(store) if actor is not None and conflicts else None
    if db is not None and roster is None and evidence is None and set(include) <= set(CONFLICT_GRADES):
        # only what the actor's pairs need: its own roster entry (everyone's above person level),
        # the two statements' evidence, the entailment links their paths can take
        roster = load_roster(store, actor) if level == "person" and ids.SLUG.match(actor) else load_roster(store)
        if actor not in roster.kinds:
            check_actor(roster if level != "person" else load_roster(store), actor)
        found_rows = _indexed_rows(db, roster, level, actor)
        evidence = load_evidence(store, {s for r in found_rows for s in (r.s1, r.s2)})
        sources = {r.p1 for r in found_rows} | {r.p2 for r in found_rows if r.rule == "incompatible"}
        targets = {r.p2 for r in found_rows if r.rule == "entails"} | {v for r in found_rows for v in (r.x, r.y) if v}
        graph = proposition_graph((ids.short(a), "entails", ids.short(b))
                                  for a, b in rollups.entailment_links(db, sources, targets))
        rows = _short(found_rows)
    else:
        roster = roster or load_roster(store)
        check_actor(roster, actor)
        evidence = evidence if evidence is not None else load_evidence(store)
        graph = load_proposition_graph(store)
        if db is not None:
            rows = _short(_indexed_rows(db, roster, level, actor))
        else:
            rows = queries.contradictions(store) if conflicts else []
    found: list[Relation] = []

    def keep(a: str, b: str, grade: str, proposition: str, path, s1: str, s2: str, rule: str,
             independent: bool | None = None, readings: tuple[str, ...] = ()) -> None:
        e1, e2 = evidence[s1], evidence[s2]
        la, lb = roll_up(roster, a, e1.day, level), roll_up(roster, b, e2.day, level)
        if la == lb:
            return
        if actor is not None and actor not in (la, lb, a, b):
            return
        found.append(Relation(la, lb, grade, proposition, tuple(path), (e1, e2), rule, independent, readings))

    if conflicts:
        through_reading: set[tuple[str, str]] = set()
        for c in rows:
            reading = bool(c.alt1 or c.alt2)
            if c.grade not in include or (reading and (c.s1, c.s2) in through_reading):
                continue  # one row per pair that rests on readings: the strongest, which comes first
            if reading:
                through_reading.add((c.s1, c.s2))
            if c.rule == "entails":
                path = entailment_path(graph, c.p1, c.p2)
            else:
                path = incompatibility_path(graph, c.p1, c.x, c.y, c.p2)
            path = reading_path(path, evidence[c.s1].proposition if c.alt1 else None,
                                evidence[c.s2].proposition if c.alt2 else None)
            keep(c.a, c.b, c.grade, c.proposition, path, c.s1, c.s2, f"opposite-{c.rule}",
                 readings=tuple(r for r in (c.alt1, c.alt2) if r))
    if "opposing calls" in include:
        for o in queries.opposing_calls(store):
            keep(o.a, o.b, "opposing calls", o.proposition, (o.proposition,), o.s1, o.s2, "opposite-directives")
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
    order = {g: i for i, g in enumerate(GRADES)}  # contradictions and conflicts first, opposing calls last
    return sorted(found, key=lambda r: (order[r.grade], r.a, r.b, r.statements[0].id, r.statements[1].id))

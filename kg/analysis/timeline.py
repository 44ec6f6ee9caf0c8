"""The story over time: every commitment on a proposition, in date order, with its moves and conflicts.

A statement is on the timeline of P when it commits its speaker on P (see
:mod:`kg.analysis.commitment`: asserting something that entails P commits to P, denying
something P entails commits against P), through its main reading or an alternative one, or
when it is a call about P. Without a proposition every statement is on it, with its own
commitment. Moves are the stance moves read on P; conflicts the graded relations (and
opposing calls) between two statements on the timeline.
"""

from __future__ import annotations

import datetime as dt
import difflib
from dataclasses import dataclass, field

from .. import queries
from ..errors import KGError
from ..store import Store
from .commitment import SCALE, Closure, commitments, factuality_of
from .conflicts import CONFLICT_GRADES, Relation, check_choices, relations
from .evidence import Evidence, load_evidence, load_proposition_graph
from .rollup import load_roster, roll_up
from .stance import StanceChange, moves


@dataclass(frozen=True)
class Entry:
    """One statement on a timeline: who (at the level), and its commitment on the proposition."""

    actor: str
    statement: Evidence
    commitment: str | None = None
    reading: str | None = None

    @property
    def value(self) -> int | None:
        """The commitment's place on the scale (-3 .. 3), None for a call."""
        return None if self.commitment is None else SCALE[self.commitment]


@dataclass
class Timeline:
    """A proposition's timeline at one level: entries in date order, moves, conflicts, display names."""

    proposition: str | None
    level: str
    entries: list[Entry] = field(default_factory=list)
    moves: list[StanceChange] = field(default_factory=list)
    conflicts: list[Relation] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)
    text: str | None = None

    def name(self, actor: str) -> str:
        """An actor's display name (its id when it has none)."""
        return self.names.get(actor, actor)


def _order(e: Evidence) -> tuple:
    far = dt.date.max
    return (e.first_day or e.day or far, e.day or far, e.id)


def timeline(store: Store, proposition: str | None = None, level: str = "person") -> Timeline:
    """The timeline of ``proposition`` (of every statement when None) at ``level``."""
    check_choices(level, ())
    graph = load_proposition_graph(store)
    texts = _proposition_texts(store)
    if proposition is not None and proposition not in texts:
        hint = difflib.get_close_matches(proposition, list(texts), n=1)
        raise KGError(f"unknown proposition '{proposition}'" + (f" (did you mean '{hint[0]}'?)" if hint else ""))
    roster, evidence = load_roster(store), load_evidence(store)
    closure = Closure.of(graph)
    alternatives: dict[str, list[str]] = {}
    for r in queries.readings(store):
        alternatives.setdefault(r.statement, []).append(r.alternative)

    def actor_of(e: Evidence) -> str:
        return roll_up(roster, e.speaker, e.day, level)

    out = Timeline(proposition, level, text=texts.get(proposition) if proposition else None)
    for e in sorted(evidence.values(), key=_order):
        entry = _entry(e, proposition, closure, alternatives.get(e.id, ()), actor_of(e))
        if entry is not None:
            out.entries.append(entry)
    on_line = {entry.statement.id: entry for entry in out.entries}
    out.moves = moves([e.statement for e in out.entries if e.reading is None], closure, actor_of, on=proposition) \
        if proposition else moves(list(evidence.values()), closure, actor_of)
    out.moves.sort(key=lambda c: (_order(c.earlier), _order(c.later)))
    for r in relations(store, include=CONFLICT_GRADES + ("opposing calls",), level=level, roster=roster,
                       evidence=evidence):
        first, second = (on_line.get(s.id) for s in r.statements)
        if first is None or second is None:
            continue
        if proposition is None or r.grade == "opposing calls" or (first.value or 0) * (second.value or 0) < 0:
            out.conflicts.append(r)
    out.names = dict(roster.names)
    return out


def _entry(e: Evidence, proposition: str | None, closure: Closure, alternatives, actor: str) -> Entry | None:
    if proposition is None:
        return Entry(actor, e, e.factuality)
    if e.factuality is None:
        return Entry(actor, e) if e.proposition == proposition else None
    value = commitments(e.proposition, e.factuality, closure).get(proposition)
    if value is not None:
        return Entry(actor, e, factuality_of(value))
    for alternative in alternatives:
        value = commitments(alternative, e.factuality, closure).get(proposition)
        if value is not None:
            return Entry(actor, e, factuality_of(value), reading=alternative)
    return None


def _proposition_texts(store: Store) -> dict[str, str]:
    rows = queries.rows(queries.run(store, queries.load("propositions")))
    return {r["proposition"]: r["text"] for r in rows}

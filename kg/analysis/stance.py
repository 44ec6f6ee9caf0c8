"""Stance changes: the same actor, or the same state, committed both ways at different dates.

At person level they come from ``stance_changes.rq``; at organisation or state level, two
different speakers who roll up to the same actor on their statements' dates change that
actor's stance too (Peskov on one day, the foreign ministry on another). A stance change
is reported with both statements and dates, never as a conflict between two actors.
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import queries
from ..store import Store
from .conflicts import check_choices
from .evidence import Evidence, entailment_path, incompatibility_path, load_evidence, load_proposition_graph
from .rollup import Roster, check_actor, load_roster, roll_up


@dataclass(frozen=True)
class StanceChange:
    """``actor`` went from one commitment (``earlier``) to the opposite one (``later``)."""

    actor: str
    proposition: str
    path: tuple[str, ...]
    earlier: Evidence
    later: Evidence

    def as_dict(self) -> dict:
        """A JSON-ready dict with both statements' evidence."""
        return {
            "actor": self.actor, "proposition": self.proposition, "path": list(self.path),
            "from": self.earlier.factuality, "to": self.later.factuality,
            "date_from": self.earlier.day.isoformat(), "date_to": self.later.day.isoformat(),
            "statements": [self.earlier.as_dict(), self.later.as_dict()],
        }


def stance_changes(store: Store, level: str = "person", actor: str | None = None,
                   roster: Roster | None = None, evidence: dict[str, Evidence] | None = None) -> list[StanceChange]:
    """Every stance change at ``level`` (optionally of one ``actor``), earliest first."""
    check_choices(level, ())
    roster = roster or load_roster(store)
    check_actor(roster, actor)
    evidence = evidence if evidence is not None else load_evidence(store)
    graph = load_proposition_graph(store)
    found: dict[tuple[str, str], StanceChange] = {}

    def add(who: str, s1: str, s2: str, proposition: str, path: tuple[str, ...]) -> None:
        e1, e2 = evidence[s1], evidence[s2]
        if e1.day is None or e2.day is None or e1.day == e2.day:
            return
        earlier, later = (e1, e2) if e1.day < e2.day else (e2, e1)
        if actor is None or actor == who:
            found.setdefault((earlier.id, later.id), StanceChange(who, proposition, path, earlier, later))

    for row in queries.rows(queries.run(store, queries.load("stance_changes"))):
        e1, e2 = evidence[row["earlier"]], evidence[row["later"]]
        pos, neg = (e1, e2) if e1.factuality.endswith("+") else (e2, e1)
        path = entailment_path(graph, pos.proposition, row["proposition"]) if _entails(graph, pos, row) \
            else (pos.proposition, "incompatibleWith", neg.proposition)
        add(roll_up(roster, row["actor"], e1.day, level), row["earlier"], row["later"], row["proposition"], path)
    if level != "person":
        for c in queries.contradictions(store):
            d1, d2 = evidence[c.s1].day, evidence[c.s2].day
            who = roll_up(roster, c.a, d1, level)
            if who == roll_up(roster, c.b, d2, level):
                path = (entailment_path(graph, c.p1, c.p2) if c.rule == "entails"
                        else incompatibility_path(graph, c.p1, c.x, c.y, c.p2))
                add(who, c.s1, c.s2, c.proposition, path)
    return sorted(found.values(), key=lambda s: (s.actor, s.earlier.day, s.later.day, s.earlier.id))


def _entails(graph, positive: Evidence, row: dict) -> bool:
    import networkx as nx

    return positive.proposition == row["proposition"] or nx.has_path(graph, positive.proposition, row["proposition"])

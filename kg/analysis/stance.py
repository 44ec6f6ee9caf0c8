"""Stance moves: how one actor's (or one state's) commitment on a proposition moved between two dates.

Commitments sit on one scale, CT- < PR- < PS- < Uu < PS+ < PR+ < CT+ (see
:mod:`kg.analysis.commitment`). Between two statements of one actor that commit it on the
same proposition, the later made certainly after the earlier (their date spans do not
overlap), the move is one of:

- ``reversal``: the commitment changed sign (fake news → the troops are there);
- ``firming``: it moved away from no-comment on one side, or left no-comment (cannot confirm →
  there is evidence → confirmed);
- ``softening``: it moved toward no-comment (fake news → declines to deny; a denial → no comment).
  Only a statement about the proposition itself can soften it: asserting something more specific
  but less certain does not withdraw what was said before.

A firming or softening is read on the proposition one of the two statements is about; a reversal
anywhere the two commitments meet. Moves are reported between neighbours only: when a third
statement on the same proposition falls certainly between the two, the story is told by the two
moves through it. At organisation or state level, statements of different speakers who speak for
the same actor on their dates are that actor's moves (Peskov on one day, Moscow on another).
Calls have no truth value and never move here; alternative readings (``or_about``) are left out.

>>> [move_kind(a, b) for a, b in [(-2, 3), (0, 2), (2, 3), (-3, 0), (-3, -2), (2, 2)]]
['reversal', 'firming', 'firming', 'softening', 'softening', None]
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations

from ..errors import KGError
from ..store import Store
from .commitment import SCALE, Closure, commitments, factuality_of, join, route
from .conflicts import check_choices
from .evidence import Evidence, load_evidence, load_proposition_graph
from .rollup import Roster, check_actor, load_roster, roll_up

KINDS = ("reversal", "firming", "softening")


def move_kind(before: int, after: int) -> str | None:
    """The kind of move from one commitment value to another, or None when it did not move."""
    if before * after < 0:
        return "reversal"
    if abs(after) > abs(before):
        return "firming"
    if abs(after) < abs(before):
        return "softening"
    return None


@dataclass(frozen=True)
class StanceChange:
    """``actor`` moved (``kind``) on ``proposition`` from ``before`` in ``earlier`` to ``after`` in ``later``."""

    actor: str
    kind: str
    proposition: str
    before: str
    after: str
    path: tuple[str, ...]
    earlier: Evidence
    later: Evidence

    def as_dict(self) -> dict:
        """A JSON-ready dict with the move, both commitments and both statements' evidence."""
        return {
            "actor": self.actor, "kind": self.kind, "proposition": self.proposition, "path": list(self.path),
            "from": self.before, "to": self.after,
            "date_from": _iso(self.earlier), "date_to": _iso(self.later),
            "statements": [self.earlier.as_dict(), self.later.as_dict()],
        }


def _iso(e: Evidence) -> str | None:
    return e.day.isoformat() if e.day else None


def check_kinds(kinds) -> tuple[str, ...]:
    """Refuse an unknown kind of move, naming the valid ones."""
    kinds = tuple(kinds)
    for kind in kinds:
        if kind not in KINDS:
            raise KGError(f"unknown kind of stance change '{kind}' (expected some of: {', '.join(KINDS)})")
    return kinds


def stance_changes(store: Store, level: str = "person", actor: str | None = None, kinds=KINDS,
                   roster: Roster | None = None, evidence: dict[str, Evidence] | None = None) -> list[StanceChange]:
    """Every stance move at ``level`` (optionally of one ``actor`` and some ``kinds``), earliest first."""
    check_choices(level, ())
    kinds = check_kinds(kinds)
    roster = roster or load_roster(store)
    check_actor(roster, actor)
    evidence = evidence if evidence is not None else load_evidence(store)
    closure = Closure.of(load_proposition_graph(store))
    found = [c for c in moves(evidence.values(), closure, lambda e: roll_up(roster, e.speaker, e.day, level))
             if c.kind in kinds and (actor is None or c.actor == actor)]
    return sorted(found, key=lambda c: (c.actor, c.earlier.day, c.later.day, c.earlier.id, c.later.id))


def moves(statements, closure: Closure, actor_of, on: str | None = None) -> list[StanceChange]:
    """The stance moves among ``statements``, each spoken for by ``actor_of(statement)``.

    ``on`` reads moves on that proposition only (a timeline of one proposition).
    """
    committed = {e.id: commitments(e.proposition, e.factuality, closure)
                 for e in statements if e.factuality and (e.day or e.first_day)}  # undated: never ordered
    by_id = {e.id: e for e in statements if e.id in committed}
    groups: dict[tuple[str, str], list[Evidence]] = {}
    for e in by_id.values():
        who = actor_of(e)
        for q in committed[e.id]:
            groups.setdefault((who, q), []).append(e)
    candidates: dict[tuple[str, str], list[tuple[int, str, str]]] = {}
    for (who, q), group in groups.items():
        if on is not None and q != on:
            continue
        for e1, e2 in combinations(group, 2):
            if e2.before(e1):
                e1, e2 = e2, e1
            if not e1.before(e2) or any(e1.before(k) and k.before(e2) for k in group):
                continue
            v1, v2 = committed[e1.id][q], committed[e2.id][q]
            kind = move_kind(v1, v2)
            own = (q == e2.proposition, q == e1.proposition)
            if kind is None or (kind == "firming" and not any(own)) or (kind == "softening" and not own[0]):
                continue
            rank = 0 if kind == "reversal" else 1
            candidates.setdefault((e1.id, e2.id), []).append((rank, 0 if own[0] else 1 if own[1] else 2, q, who))
    out = []
    for (s1, s2), options in candidates.items():
        _, _, q, who = min(options)
        e1, e2 = by_id[s1], by_id[s2]
        v1, v2 = committed[s1][q], committed[s2][q]
        path = join(route(closure, e1.proposition, SCALE[e1.factuality], q),
                    route(closure, e2.proposition, SCALE[e2.factuality], q))
        out.append(StanceChange(who, move_kind(v1, v2), q, factuality_of(v1), factuality_of(v2), path, e1, e2))
    return out

"""Conflict totals (how many statement pairs conflict, between whom) from the roll-up index.

The same answers as ``kg.queries.conflict_counts``, ``actor_conflicts`` and ``state_conflicts``,
which stay as the reference, read from the counts :mod:`kg.rollups` keeps beside an embedded
store instead of joined from every statement. A store without an index (a SPARQL server) is
answered by the queries.

>>> import kg
>>> store = kg.Store("memory:"); _ = kg.build("data", store)  # doctest: +SKIP
>>> conflict_counts(store)  # doctest: +SKIP
{'contradiction': 3, 'conflict': 8}
"""

from __future__ import annotations

from .. import ids, queries, rollups
from ..queries import ActorConflict, StateConflict
from ..store import Store

TOP = 100


def conflict_counts(store: Store) -> dict[str, int]:
    """How many statement pairs are contradictions and how many conflicts."""
    db = rollups.index_of(store)
    if db is None:
        return queries.conflict_counts(store)
    pairs, contradictions = rollups.total(db)
    return {"contradiction": contradictions, "conflict": pairs - contradictions}


def actor_conflicts(store: Store, actor: str | None = None, limit: int | None = TOP) -> list[ActorConflict]:
    """The speaker pairs with the most conflicting statement pairs, most first, ties by name.

    ``actor`` (an id) keeps the pairs it takes part in, found from its own counts. ``limit`` None
    lists every pair. Without an index, they come from ``actor_conflicts.rq`` (without its LIMIT
    when more than the top 100, or one actor's pairs, are asked for).
    """
    db = rollups.index_of(store)
    if db is None and actor is None and limit == TOP:
        found = queries.actor_conflicts(store)
    elif db is None:
        # the same query without its LIMIT: every pair, as the index gives them
        text = queries.load("actor_conflicts").text.replace(f"LIMIT {TOP}", "")
        found = [ActorConflict(**r) for r in queries.rows(store.query(text, union=True))
                 if actor in (None, r["a"], r["b"])]
    else:
        iri = str(ids.actor_iri(actor)) if actor else None
        found = [ActorConflict(ids.short(a), ids.short(b), n, certain) for a, b, n, certain in rollups.pairs(db, "person", iri)]
    found.sort(key=lambda c: (-c.pairs, c.a, c.b))
    return found if limit is None else found[:limit]


def state_conflicts(store: Store) -> list[StateConflict]:
    """Conflicts rolled up to the states the speakers speak for on the statements' dates."""
    db = rollups.index_of(store)
    if db is None:
        return queries.state_conflicts(store)
    found = [StateConflict(ids.short(a), ids.short(b), certain, n - certain, n) for a, b, n, certain in rollups.pairs(db, "state")]
    return sorted(found, key=lambda c: (-c.pairs, c.state_a, c.state_b))

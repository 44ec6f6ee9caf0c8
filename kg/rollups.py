"""The roll-up index: what every conflict count recomputes per statement, computed once when data is written.

The conflict queries (``conflict_counts.rq``, ``actor_conflicts.rq``, ``state_conflicts.rq``) redo
the same work on every run: each statement's speaker rolled up to a state on the statement's date,
its proposition's entailment closure, and counts per proposition, speaker and certainty. Here that
work happens when the store is written (``kg build``, ``kg load``, any replacement of graphs), into
a SQLite file beside the graph (``rollups.sqlite`` in the store's generation, so it switches with
the graph in the same rename):

- ``facts``: one row per statement commitment, with its graph, speaker, proposition, sign,
  certainty and date (``rollup_facts.rq``);
- ``roster``, ``closure``, ``incompatible``: who speaks for which state and when, the entailment
  closure, the incompatible pairs (``rollup_registry.rq``), read again at every write;
- ``counts``: statements per (level, speaker or state, proposition, sign, certain), and ``reach``:
  the positive ones per proposition they commit to through the closure; both kept exact by
  subtracting a replaced or removed graph's facts and adding the new ones. When the registry
  changes, the counts are recomputed from the facts, which stay valid.

The answers then come from joins over counts, not statements: the same rows as the queries, which
stay as the reference (``tests/test_rollups.py`` checks both agree). A store without an index (a
SPARQL server) is answered by the queries.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from .queryfiles import query_text

FILE = "rollups.sqlite"
LEVELS = ("person", "state")
_REGISTRY_KINDS = ("state", "entails", "incompatible")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS facts(graph TEXT, speaker TEXT, prop TEXT, sign INTEGER, certain INTEGER, day TEXT);
CREATE INDEX IF NOT EXISTS facts_graph ON facts(graph);
CREATE TABLE IF NOT EXISTS roster(who TEXT, state TEXT, since TEXT, until TEXT);
CREATE INDEX IF NOT EXISTS roster_who ON roster(who);
CREATE TABLE IF NOT EXISTS closure(p TEXT, x TEXT);
CREATE INDEX IF NOT EXISTS closure_p ON closure(p);
CREATE INDEX IF NOT EXISTS closure_x ON closure(x);
CREATE TABLE IF NOT EXISTS incompatible(x TEXT, y TEXT);
CREATE TABLE IF NOT EXISTS counts(level TEXT, sign INTEGER, prop TEXT, who TEXT, certain INTEGER, n INTEGER,
                                  PRIMARY KEY(level, sign, prop, who, certain)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS counts_who ON counts(level, who, sign);
CREATE TABLE IF NOT EXISTS reach(level TEXT, x TEXT, who TEXT, certain INTEGER, n INTEGER,
                                 PRIMARY KEY(level, x, who, certain)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS reach_who ON reach(level, who);
"""

# Who speaks for each fact of the graphs in the temporary table "changed" (or of all facts), at each
# level: a person for itself; a state through every roster row valid on the statement's day, exactly
# as state_conflicts.rq joins them.
_SPEAKS = {
    "person": "SELECT f.speaker AS who, f.sign, f.prop, f.certain FROM facts f {where}",
    "state": "SELECT r.state AS who, f.sign, f.prop, f.certain FROM facts f JOIN roster r ON r.who = f.speaker {where} "
             "AND (f.day IS NULL OR ((r.since IS NULL OR r.since <= f.day) AND (r.until IS NULL OR f.day <= r.until)))",
}
# Statements per key; and the positive ones again per proposition they commit to through the closure.
_COUNT = ("INSERT INTO counts SELECT :level, sign, prop, who, certain, {sign} * COUNT(*) FROM ({speaks}) WHERE true "
          "GROUP BY sign, prop, who, certain ON CONFLICT DO UPDATE SET n = n + excluded.n")
_REACH = ("INSERT INTO reach SELECT :level, c.x, s.who, s.certain, {sign} * COUNT(*) FROM ({speaks}) s "
          "JOIN closure c ON c.p = s.prop WHERE s.sign = 1 "
          "GROUP BY c.x, s.who, s.certain ON CONFLICT DO UPDATE SET n = n + excluded.n")

# Pairs of a positive commitment (through the closure) with a negative one on the same proposition,
# and of two positive ones on incompatible propositions: the two branches of the conflict queries.
_PAIR_ROWS = """
  SELECT p.who AS a, q.who AS b, p.n * q.n AS n, p.certain AND q.certain AS certain
  FROM counts q JOIN reach p ON p.level = q.level AND p.x = q.prop
  WHERE q.level = :level AND q.sign = -1 AND p.who != q.who {entails}
  UNION ALL
  SELECT p.who, q.who, p.n * q.n, p.certain AND q.certain
  FROM incompatible i JOIN reach p ON p.level = :level AND p.x = i.x
       JOIN reach q ON q.level = :level AND q.x = i.y
  WHERE p.who != q.who {incompatible}
"""
_PAIRS = f"SELECT a, b, SUM(n), SUM(CASE WHEN certain THEN n ELSE 0 END) FROM ({_PAIR_ROWS}) GROUP BY a, b"
_TOTAL = f"SELECT COALESCE(SUM(n), 0), COALESCE(SUM(CASE WHEN certain THEN n ELSE 0 END), 0) FROM ({_PAIR_ROWS})"


def _text(node: ox.NamedNode | ox.Literal | None) -> str | None:
    return None if node is None else node.value


def _facts(store: ox.Store, graph: str | None = None) -> Iterable[tuple]:
    substitutions = {ox.Variable("g"): ox.NamedNode(graph)} if graph else None
    for row in store.query(query_text("rollup_facts"), substitutions=substitutions, use_default_graph_as_union=True):
        yield (row["g"].value, row["speaker"].value, row["p"].value, int(row["sign"].value),
               int(row["rank"].value) == 3, _text(row["d"]))


def _registry(store: ox.Store) -> dict[str, list[tuple]]:
    found: dict[str, list[tuple]] = {kind: [] for kind in _REGISTRY_KINDS}
    for row in store.query(query_text("rollup_registry"), use_default_graph_as_union=True):
        kind = row["kind"].value
        found[kind].append((row["a"].value, row["b"].value) +
                           ((_text(row["from"]), _text(row["until"])) if kind == "state" else ()))
    return {kind: sorted(rows, key=lambda r: tuple(v or "" for v in r)) for kind, rows in found.items()}


def _registry_rows(db: sqlite3.Connection) -> dict[str, list[tuple]]:
    tables = {"state": "SELECT who, state, since, until FROM roster", "entails": "SELECT p, x FROM closure",
              "incompatible": "SELECT x, y FROM incompatible"}
    return {kind: sorted(db.execute(sql), key=lambda r: tuple(v or "" for v in r)) for kind, sql in tables.items()}


def _shift(db: sqlite3.Connection, sign: int, only_changed: bool) -> None:
    """Add (``sign`` 1) or subtract (-1) the counts of the changed graphs' facts, or of all facts."""
    # "WHERE true" keeps SQLite from reading ON CONFLICT as a join constraint.
    where = "WHERE f.graph IN (SELECT graph FROM changed)" if only_changed else "WHERE true"
    for level, speaks in _SPEAKS.items():
        for insert in (_COUNT, _REACH):
            db.execute(insert.format(sign=sign, speaks=speaks.format(where=where)), {"level": level})
    db.execute("DELETE FROM counts WHERE n = 0")
    db.execute("DELETE FROM reach WHERE n = 0")


def update(db: sqlite3.Connection, store: ox.Store, changed: Iterable[str] | None) -> None:
    """Bring the index in ``db`` up to date with ``store`` after the graphs ``changed`` were written.

    ``changed`` None means everything (a fresh store). Exact: a graph's old facts are subtracted
    before its new ones are added, and a registry change recounts everything from the facts.
    """
    db.executescript(_SCHEMA)
    registry = _registry(store)
    fresh_registry = registry != _registry_rows(db)
    with db:
        db.execute("CREATE TEMP TABLE IF NOT EXISTS changed(graph TEXT PRIMARY KEY)")
        db.execute("DELETE FROM changed")
        if changed is None:
            db.execute("DELETE FROM facts")
            db.executemany("INSERT INTO facts VALUES (?, ?, ?, ?, ?, ?)", _facts(store))
        else:
            db.executemany("INSERT OR IGNORE INTO changed VALUES (?)", ((g,) for g in changed))
            if not fresh_registry:
                _shift(db, -1, only_changed=True)
            db.execute("DELETE FROM facts WHERE graph IN (SELECT graph FROM changed)")
            for (graph,) in db.execute("SELECT graph FROM changed").fetchall():
                db.executemany("INSERT INTO facts VALUES (?, ?, ?, ?, ?, ?)", _facts(store, graph))
        if fresh_registry:
            for table in ("roster", "closure", "incompatible"):
                db.execute(f"DELETE FROM {table}")
            db.executemany("INSERT INTO roster VALUES (?, ?, ?, ?)", registry["state"])
            db.executemany("INSERT INTO closure VALUES (?, ?)", registry["entails"])
            db.executemany("INSERT INTO incompatible VALUES (?, ?)", registry["incompatible"])
        if changed is None or fresh_registry:
            db.execute("DELETE FROM counts")
            db.execute("DELETE FROM reach")
            _shift(db, 1, only_changed=False)
        else:
            _shift(db, 1, only_changed=True)
    db.execute("ANALYZE")


def pairs(db: sqlite3.Connection, level: str = "person", actor: str | None = None) -> list[tuple[str, str, int, int]]:
    """(a, b, pairs, contradictions) for every pair of speakers (or states) in conflict, as IRIs.

    ``actor`` (an IRI) keeps the pairs it takes part in, looked up from its own counts.
    """
    if level not in LEVELS:
        raise ValueError(f"unknown level '{level}' (expected one of: {', '.join(LEVELS)})")
    params = {"level": level, "actor": actor}
    if actor is None:
        return db.execute(_PAIRS.format(entails="", incompatible=""), params).fetchall()
    rows = []
    for side in ("p", "q"):
        condition = f"AND {side}.who = :actor"
        rows += db.execute(_PAIRS.format(entails=condition, incompatible=condition), params).fetchall()
    return rows


def total(db: sqlite3.Connection, level: str = "person") -> tuple[int, int]:
    """(pairs, contradictions): how many statement pairs conflict in all, without grouping them by speakers."""
    return tuple(db.execute(_TOTAL.format(entails="", incompatible=""), {"level": level}).fetchone())


def open_index(path: Path, readonly: bool = True) -> sqlite3.Connection | None:
    """The index at ``path``, or None when there is none."""
    if readonly:
        if not path.exists():
            return None
        return sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    return sqlite3.connect(path)

"""The roll-up index: what every conflict count recomputes per statement, computed once when data is written.

The conflict queries (``conflict_counts.rq``, ``actor_conflicts.rq``, ``state_conflicts.rq``,
``contradictions.rq``) redo the same work on every run: each statement's speaker rolled up to a
state on the statement's date, its proposition's entailment closure, and counts per proposition,
speaker and certainty. Here that work happens when the store is written (``kg build``, ``kg load``,
any replacement of graphs), into a SQLite file beside the graph (``rollups.sqlite`` in the store's
generation, so it switches with the graph in the same rename). Every IRI is kept once, in
``terms``, and the tables hold integer ids:

- ``facts``: one row per statement commitment, with its statement, graph, speaker, proposition
  (``main`` 1 for what it is about, 0 for an alternative reading), sign, certainty and date
  (``rollup_facts.rq``);
- ``roster``, ``closure``, ``links``, ``incompatible``: who speaks for which state and when, the
  entailment closure and its direct links, the incompatible pairs (``rollup_registry.rq``);
- ``counts``: statements per (level, speaker or state, proposition, sign, certain), and ``reach``:
  the positive ones per proposition they commit to through the closure, main readings only, as
  the count queries; ``pairs``: the conflicting statement pairs per two states, the state roll-up
  itself. All three are kept exact by subtracting a replaced or removed graph's facts and adding
  the new ones (for ``pairs``, only the propositions those facts touch are recounted). When the
  registry changes, they are recounted from the facts, which stay valid.

The counts answer from joins over counts, not statements; one speaker's conflicting statement
pairs, alternative readings included, are found from its own facts (:func:`conflict_rows`). The
queries stay as the reference (``tests/test_rollups.py`` checks both agree). A store without an
index (a SPARQL server), or with one of an older layout, is answered by the queries.

``kg load`` builds the index from the file rather than from the written store: the quads the two
roll-up queries can read are kept, while Oxigraph bulk-loads the file on another thread, in a
small in-memory store, and the same queries run there (:func:`read_quads`).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import NamedTuple

import pyoxigraph as ox

from .queryfiles import query_text

FILE = "rollups.sqlite"
VERSION = 2  # PRAGMA user_version of the layout below; an index of another layout is rebuilt, never read
LEVELS = ("person", "state")
_LEVEL = {"person": 0, "state": 1}
_STATE = _LEVEL["state"]
_REGISTRY_KINDS = ("state", "entails", "link", "incompatible")
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

_TABLES = """
CREATE TABLE terms(id INTEGER PRIMARY KEY, iri TEXT NOT NULL UNIQUE);
CREATE TABLE facts(stmt TEXT, graph INTEGER, speaker INTEGER, prop INTEGER, main INTEGER, sign INTEGER,
                   certain INTEGER, day TEXT);
CREATE TABLE roster(who INTEGER, state INTEGER, since TEXT, until TEXT);
CREATE TABLE closure(p INTEGER, x INTEGER);
CREATE TABLE links(p INTEGER, q INTEGER);
CREATE TABLE incompatible(x INTEGER, y INTEGER);
CREATE TABLE counts(level INTEGER, sign INTEGER, prop INTEGER, who INTEGER, certain INTEGER, n INTEGER,
                    PRIMARY KEY(level, sign, prop, who, certain)) WITHOUT ROWID;
CREATE TABLE reach(level INTEGER, x INTEGER, who INTEGER, certain INTEGER, n INTEGER,
                   PRIMARY KEY(level, x, who, certain)) WITHOUT ROWID;
CREATE TABLE pairs(a INTEGER, b INTEGER, n INTEGER, certain INTEGER, PRIMARY KEY(a, b)) WITHOUT ROWID;
"""
# Made after the bulk inserts of a fresh index, which is faster than keeping them up to date row by row.
_INDEXES = """
CREATE INDEX IF NOT EXISTS facts_graph ON facts(graph);
CREATE INDEX IF NOT EXISTS facts_speaker ON facts(speaker);
CREATE INDEX IF NOT EXISTS facts_prop ON facts(prop, sign);
CREATE INDEX IF NOT EXISTS roster_who ON roster(who);
CREATE INDEX IF NOT EXISTS closure_p ON closure(p);
CREATE INDEX IF NOT EXISTS closure_x ON closure(x);
CREATE INDEX IF NOT EXISTS links_p ON links(p);
CREATE INDEX IF NOT EXISTS links_q ON links(q);
CREATE INDEX IF NOT EXISTS counts_who ON counts(level, who, sign);
CREATE INDEX IF NOT EXISTS reach_who ON reach(level, who);
"""

# Who speaks for each main-reading fact of the changed graphs (or of all facts), at each level: a
# person for itself; a state through every roster row valid on the statement's day, exactly as
# state_conflicts.rq joins them.
_SPEAKS = {
    "person": "SELECT f.speaker AS who, f.sign, f.prop, f.certain FROM facts f WHERE f.main = 1 {changed}",
    "state": "SELECT r.state AS who, f.sign, f.prop, f.certain FROM facts f JOIN roster r ON r.who = f.speaker "
             "WHERE f.main = 1 {changed} "
             "AND (f.day IS NULL OR ((r.since IS NULL OR r.since <= f.day) AND (r.until IS NULL OR f.day <= r.until)))",
}
_CHANGED = "AND f.graph IN (SELECT graph FROM changed)"
# Statements per key; and the positive ones again per proposition they commit to through the closure.
# ("WHERE true" keeps SQLite from reading ON CONFLICT as a join constraint.)
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
_TOUCHED = {"entails": "AND q.prop IN (SELECT x FROM touched)",
            "incompatible": "AND (i.x IN (SELECT x FROM touched) OR i.y IN (SELECT x FROM touched))"}
_PAIRS_SHIFT = ("INSERT INTO pairs SELECT a, b, {sign} * SUM(n), {sign} * SUM(CASE WHEN certain THEN n ELSE 0 END) "
                f"FROM ({_PAIR_ROWS}) WHERE true GROUP BY a, b "
                "ON CONFLICT DO UPDATE SET n = n + excluded.n, certain = certain + excluded.certain")
# The propositions whose counts or reach the facts in "incoming", or the changed graphs' facts, move.
_TOUCH = """
INSERT OR IGNORE INTO touched
  SELECT prop FROM {facts} f WHERE f.main = 1 {changed}
  UNION SELECT c.x FROM {facts} f JOIN closure c ON c.p = f.prop WHERE f.main = 1 {changed}
"""

# One speaker's side of contradictions.rq: its facts joined to every opposite fact through the closure
# (its positive ones forward, its negative ones backward), and to every positive fact through an
# incompatibility. Rows are (rowid, rowid, x, y) of the two facts; UNION drops pairs found from both sides.
_FACT = "{f}.rowid, {f}.stmt, {f}.speaker, {f}.prop, {f}.main, {f}.certain"
_ENTAILS_ROWS = f"""
  SELECT {_FACT.format(f="f1")}, {_FACT.format(f="f2")}, NULL, NULL
  FROM facts f1 JOIN closure c ON c.p = f1.prop JOIN facts f2 ON f2.prop = c.x AND f2.sign = -1
  WHERE f1.speaker IN (SELECT id FROM mine) AND f1.sign = 1 AND f2.speaker != f1.speaker
  UNION
  SELECT {_FACT.format(f="f1")}, {_FACT.format(f="f2")}, NULL, NULL
  FROM facts f2 JOIN closure c ON c.x = f2.prop JOIN facts f1 ON f1.prop = c.p AND f1.sign = 1
  WHERE f2.speaker IN (SELECT id FROM mine) AND f2.sign = -1 AND f2.speaker != f1.speaker
"""
_BOTH_WAYS = "(SELECT x, y FROM incompatible UNION ALL SELECT y, x FROM incompatible)"
_INCOMPATIBLE_ROWS = f"""
  SELECT {_FACT.format(f="f1")}, {_FACT.format(f="f2")}, i.x, i.y
  FROM facts f1 JOIN closure c1 ON c1.p = f1.prop JOIN {_BOTH_WAYS} i ON i.x = c1.x
       JOIN closure c2 ON c2.x = i.y JOIN facts f2 ON f2.prop = c2.p AND f2.sign = 1
  WHERE f1.speaker IN (SELECT id FROM mine) AND f1.sign = 1 AND f2.speaker != f1.speaker AND f1.stmt < f2.stmt
  UNION
  SELECT {_FACT.format(f="f1")}, {_FACT.format(f="f2")}, i.x, i.y
  FROM facts f2 JOIN closure c2 ON c2.p = f2.prop JOIN {_BOTH_WAYS} i ON i.y = c2.x
       JOIN closure c1 ON c1.x = i.x JOIN facts f1 ON f1.prop = c1.p AND f1.sign = 1
  WHERE f2.speaker IN (SELECT id FROM mine) AND f2.sign = 1 AND f2.speaker != f1.speaker AND f1.stmt < f2.stmt
"""


class ConflictRow(NamedTuple):
    """One row of ``contradictions.rq``, as IRIs (``x``/``y`` only for the rule "incompatible")."""

    a: str
    b: str
    grade: str
    rule: str
    proposition: str
    p1: str
    p2: str
    x: str | None
    y: str | None
    s1: str
    s2: str
    alt1: str | None
    alt2: str | None


# ------------------------------------------------------------------------------------------ reading data


@cache
def read_terms() -> frozenset[str]:
    """The IRIs the two roll-up queries mention: the predicates (and classes) of every quad they can read.

    Taken from the query texts themselves, prefixed names expanded, so the two never drift apart;
    anything else that looks like a name (in a comment, say) only keeps a few more quads.
    """
    found = set()
    for name in ("rollup_facts", "rollup_registry"):
        text = query_text(name)
        prefixes = dict(re.findall(r"PREFIX\s+([A-Za-z][\w-]*):\s*<([^>]*)>", text, re.I))
        found.update(re.findall(r"<([^<>\s]+)>", text))
        found.update(prefixes[p] + local for p, local in re.findall(r"\b([A-Za-z][\w-]*):([A-Za-z_][\w-]*)", text)
                     if p in prefixes)
    return frozenset(found)


def read_quads(quads: Iterable[ox.Quad]) -> ox.Store:
    """An in-memory store of the quads the roll-up queries can read, out of ``quads``.

    Every pattern of ``rollup_facts.rq`` and ``rollup_registry.rq`` has a constant predicate (and
    ``a`` a constant class), so they answer on this store exactly as on the whole dataset: at 100k
    statements a seventh of the quads, queried in 0.5 s against 4.2 s on the loaded on-disk store.
    """
    terms = read_terms()
    store = ox.Store()
    store.bulk_extend(q for q in quads if q.predicate.value in terms
                      or (q.predicate.value == _RDF_TYPE and q.object.value in terms))
    return store


def _text(node: ox.NamedNode | ox.Literal | None) -> str | None:
    return None if node is None else node.value


def _facts(store: ox.Store, graph: str | None = None) -> Iterator[tuple]:
    """(statement, graph, speaker, proposition, main, sign, certain, day) rows of ``rollup_facts.rq``."""
    substitutions = {ox.Variable("g"): ox.NamedNode(graph)} if graph else None
    # by position, in the order the query selects them (by name costs a third more at a million rows)
    for g, s, speaker, p, main, sign, rank, d in store.query(query_text("rollup_facts"), substitutions=substitutions,
                                                             use_default_graph_as_union=True):
        yield s.value, g.value, speaker.value, p.value, main.value == "true", int(sign.value), int(rank.value) == 3, _text(d)


def _registry(store: ox.Store) -> dict[str, list[tuple]]:
    found: dict[str, list[tuple]] = {kind: [] for kind in _REGISTRY_KINDS}
    for row in store.query(query_text("rollup_registry"), use_default_graph_as_union=True):
        kind = row["kind"].value
        found[kind].append((row["a"].value, row["b"].value) +
                           ((_text(row["from"]), _text(row["until"])) if kind == "state" else ()))
    return {kind: sorted(rows, key=lambda r: tuple(v or "" for v in r)) for kind, rows in found.items()}


# Where each kind of registry row is kept: the table and its columns, the first two of them ids.
_REGISTRY_TABLES = {"state": ("roster", ("who", "state", "since", "until")), "entails": ("closure", ("p", "x")),
                    "link": ("links", ("p", "q")), "incompatible": ("incompatible", ("x", "y"))}


def _registry_rows(db: sqlite3.Connection) -> dict[str, list[tuple]]:
    """The registry rows the index holds, as :func:`_registry` reads them from a store."""
    out = {}
    for kind, (table, (a, b, *rest)) in _REGISTRY_TABLES.items():
        more = "".join(f", r.{c}" for c in rest)
        rows = db.execute(f"SELECT ta.iri, tb.iri{more} FROM {table} r "
                          f"JOIN terms ta ON ta.id = r.{a} JOIN terms tb ON tb.id = r.{b}")
        out[kind] = sorted(rows, key=lambda r: tuple(v or "" for v in r))
    return out


class _Terms:
    """Integer ids for IRIs, kept in the ``terms`` table; new IRIs are added as they come."""

    def __init__(self, db: sqlite3.Connection):
        self.db = db
        self.ids: dict[str, int] = dict(db.execute("SELECT iri, id FROM terms"))
        self.new: list[tuple[int, str]] = []

    def __call__(self, iri: str) -> int:
        found = self.ids.get(iri)
        if found is None:
            found = self.ids[iri] = len(self.ids) + 1
            self.new.append((found, iri))
        return found

    def flush(self) -> None:
        self.db.executemany("INSERT INTO terms VALUES (?, ?)", self.new)
        self.new = []


# ------------------------------------------------------------------------------------------ writing


def _insert_facts(db: sqlite3.Connection, table: str, terms: _Terms, rows: Iterable[tuple]) -> None:
    db.executemany(f"INSERT INTO {table} VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                   ((s, terms(g), terms(speaker), terms(p), main, sign, certain, day)
                    for s, g, speaker, p, main, sign, certain, day in rows))


def _write_registry(db: sqlite3.Connection, terms: _Terms, registry: dict[str, list[tuple]]) -> None:
    for kind, (table, columns) in _REGISTRY_TABLES.items():
        db.execute(f"DELETE FROM {table}")
        db.executemany(f"INSERT INTO {table} VALUES ({', '.join('?' * len(columns))})",
                       ((terms(a), terms(b), *rest) for a, b, *rest in registry[kind]))


def _shift(db: sqlite3.Connection, sign: int, only_changed: bool) -> None:
    """Add (``sign`` 1) or subtract (-1) the counts of the changed graphs' facts, or of all facts."""
    changed = _CHANGED if only_changed else ""
    for level, speaks in _SPEAKS.items():
        for insert in (_COUNT, _REACH):
            db.execute(insert.format(sign=sign, speaks=speaks.format(changed=changed)), {"level": _LEVEL[level]})
    db.execute("DELETE FROM counts WHERE n = 0")
    db.execute("DELETE FROM reach WHERE n = 0")


def _shift_pairs(db: sqlite3.Connection, sign: int, only_touched: bool) -> None:
    """Add or subtract the state pairs that meet on the propositions in "touched", or all of them."""
    conditions = _TOUCHED if only_touched else {"entails": "", "incompatible": ""}
    db.execute(_PAIRS_SHIFT.format(sign=sign, **conditions), {"level": _STATE})
    db.execute("DELETE FROM pairs WHERE n = 0")


def _fresh(db: sqlite3.Connection) -> None:
    for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
        db.execute(f"DROP TABLE {name}")
    db.executescript(_TABLES)
    db.execute(f"PRAGMA user_version = {VERSION}")


def update(db: sqlite3.Connection, store: ox.Store, changed: Iterable[str] | None) -> None:
    """Bring the index in ``db`` up to date with ``store`` after the graphs ``changed`` were written.

    ``changed`` None means everything (a fresh store, or the quads of :func:`read_quads`); so does
    an index of another layout. Exact: a graph's old facts are subtracted before its new ones are
    added, and a registry change recounts everything from the facts.
    """
    db.execute("PRAGMA journal_mode = OFF")  # the file is in a staging generation, dropped if the write fails
    db.execute("PRAGMA synchronous = OFF")
    db.execute("PRAGMA cache_size = -262144")  # 256 MB: the index builds sort a million facts
    db.execute("PRAGMA analysis_limit = 1000")  # statistics from a sample of each index: enough to plan the joins
    if changed is None or db.execute("PRAGMA user_version").fetchone()[0] != VERSION:
        _build(db, store)
        return
    registry = _registry(store)
    fresh_registry = registry != _registry_rows(db)
    with db:
        terms = _Terms(db)
        db.execute("CREATE TEMP TABLE IF NOT EXISTS changed(graph INTEGER PRIMARY KEY)")
        db.execute("CREATE TEMP TABLE IF NOT EXISTS incoming AS SELECT * FROM facts WHERE false")
        db.execute("CREATE TEMP TABLE IF NOT EXISTS touched(x INTEGER PRIMARY KEY)")
        for table in ("changed", "incoming", "touched"):
            db.execute(f"DELETE FROM {table}")
        graphs = sorted(set(changed))
        db.executemany("INSERT OR IGNORE INTO changed VALUES (?)", ((terms(g),) for g in graphs))
        for graph in graphs:
            _insert_facts(db, "incoming", terms, _facts(store, graph))
        if fresh_registry:
            _write_registry(db, terms, registry)
        terms.flush()
        if not fresh_registry:
            db.execute(_TOUCH.format(facts="facts", changed=_CHANGED))
            db.execute(_TOUCH.format(facts="incoming", changed=""))
            _shift_pairs(db, -1, only_touched=True)
            _shift(db, -1, only_changed=True)
        db.execute("DELETE FROM facts WHERE graph IN (SELECT graph FROM changed)")
        db.execute("INSERT INTO facts SELECT * FROM incoming")
        if fresh_registry:
            for table in ("counts", "reach", "pairs"):
                db.execute(f"DELETE FROM {table}")
            _shift(db, 1, only_changed=False)
            _shift_pairs(db, 1, only_touched=False)
        else:
            _shift(db, 1, only_changed=True)
            _shift_pairs(db, 1, only_touched=True)
    db.execute("ANALYZE")


def _build(db: sqlite3.Connection, store: ox.Store) -> None:
    """Write the whole index from ``store``: bulk inserts first, then the indexes, then the counts."""
    _fresh(db)
    with db:
        terms = _Terms(db)
        _write_registry(db, terms, _registry(store))
        _insert_facts(db, "facts", terms, _facts(store))
        terms.flush()
        db.executescript(_INDEXES)
        db.execute("ANALYZE")  # without statistics SQLite joins the counts in an order 500x slower
        _shift(db, 1, only_changed=False)
        db.execute("ANALYZE")
        _shift_pairs(db, 1, only_touched=False)
    db.execute("ANALYZE")


# ------------------------------------------------------------------------------------------ answering


def _iris(db: sqlite3.Connection, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = sorted({i for i in ids if i is not None})
    out: dict[int, str] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        out.update(db.execute(f"SELECT id, iri FROM terms WHERE id IN ({', '.join('?' * len(chunk))})", chunk))
    return out


def _id(db: sqlite3.Connection, iri: str) -> int | None:
    found = db.execute("SELECT id FROM terms WHERE iri = ?", (iri,)).fetchone()
    return found[0] if found else None


def pairs(db: sqlite3.Connection, level: str = "person", actor: str | None = None) -> list[tuple[str, str, int, int]]:
    """(a, b, pairs, contradictions) for every pair of speakers (or states) in conflict, as IRIs.

    The state roll-up is read as kept; ``actor`` (an IRI) keeps the pairs it takes part in, looked
    up from its own counts.
    """
    if level not in LEVELS:
        raise ValueError(f"unknown level '{level}' (expected one of: {', '.join(LEVELS)})")
    if level == "state" and actor is None:
        found = db.execute("SELECT a, b, n, certain FROM pairs").fetchall()
    elif actor is None:
        found = db.execute(_PAIRS.format(entails="", incompatible=""), {"level": _LEVEL[level]}).fetchall()
    else:
        who = _id(db, actor)
        found = []
        for side in ("p", "q"):
            condition = f"AND {side}.who = :actor"
            found += db.execute(_PAIRS.format(entails=condition, incompatible=condition),
                                {"level": _LEVEL[level], "actor": who}).fetchall()
    names = _iris(db, [r[0] for r in found] + [r[1] for r in found])
    return [(names[a], names[b], n, certain) for a, b, n, certain in found]


def total(db: sqlite3.Connection, level: str = "person") -> tuple[int, int]:
    """(pairs, contradictions): how many statement pairs conflict in all, without grouping them by speakers."""
    return tuple(db.execute(_TOTAL.format(entails="", incompatible=""), {"level": _LEVEL[level]}).fetchone())


def conflict_rows(db: sqlite3.Connection, speakers: Iterable[str]) -> list[ConflictRow]:
    """Every row of ``contradictions.rq`` in which a statement by one of ``speakers`` (IRIs) takes part, in its order.

    Found from those speakers' facts alone: at 1M statements one speaker's few hundred pairs in
    milliseconds, where the query lists all 4.6 million. Rows through an alternative reading are
    left out when the two statements' main readings meet through the closure, as there.
    """
    db.execute("CREATE TEMP TABLE IF NOT EXISTS mine(id INTEGER PRIMARY KEY)")
    db.execute("DELETE FROM mine")
    db.executemany("INSERT OR IGNORE INTO mine VALUES (?)", ((i,) for i in map(lambda s: _id(db, s), speakers) if i))
    found = db.execute(_ENTAILS_ROWS).fetchall() + db.execute(_INCOMPATIBLE_ROWS).fetchall()
    through_reading = [r for r in found if not (r[4] and r[10])]
    meet = _main_readings_meet(db, {(r[1], r[7]) for r in through_reading},
                               {s: who for r in through_reading for s, who in ((r[1], r[2]), (r[7], r[8]))})
    names = _iris(db, [v for r in found for v in (r[2], r[3], r[8], r[9], r[12], r[13])])
    out = []
    for (_, s1, a, p1, main1, certain1, _, s2, b, p2, main2, certain2, x, y) in found:
        reading = not (main1 and main2)
        if reading and (s1, s2, x is None) in meet:
            continue
        both = bool(certain1 and certain2)
        grade = ("conflict" if both else "possible conflict") if reading else ("contradiction" if both else "conflict")
        out.append(ConflictRow(
            names[a], names[b], grade, "entails" if x is None else "incompatible",
            names[p2] if x is None else names[x], names[p1], names[p2],
            names.get(x), names.get(y), s1, s2, None if main1 else names[p1], None if main2 else names[p2]))
    # ORDER BY ?grade ?a ?b ?s1 ?s2 ?x ?y ?p1 ?p2 ?alt1 ?alt2, an unbound value first
    out.sort(key=lambda r: (r.grade, r.a, r.b, r.s1, r.s2, r.x is not None, r.x or "", r.y is not None, r.y or "",
                            r.p1, r.p2, r.alt1 is not None, r.alt1 or "", r.alt2 is not None, r.alt2 or ""))
    return out


def _main_readings_meet(db: sqlite3.Connection, statement_pairs: set[tuple[str, str]],
                        speakers: dict[str, int]) -> set[tuple[str, str, bool]]:
    """(s1, s2, True) when the two statements' main readings meet through entailment; (s1, s2, False) through incompatibility.

    ``speakers`` gives each statement's speaker id: the facts are found through their speakers' index.
    """
    main: dict[str, set[int]] = {}
    for who in sorted(set(speakers.values())):
        for s, p in db.execute("SELECT stmt, prop FROM facts WHERE speaker = ? AND main = 1", (who,)):
            if speakers.get(s) == who:
                main.setdefault(s, set()).add(p)
    props = sorted({p for ps in main.values() for p in ps})
    closure: dict[int, set[int]] = {p: set() for p in props}  # itself included, for declared propositions
    for start in range(0, len(props), 500):
        chunk = props[start:start + 500]
        for p, x in db.execute(f"SELECT p, x FROM closure WHERE p IN ({', '.join('?' * len(chunk))})", chunk):
            closure[p].add(x)
    incompatible = {(x, y) for x, y in db.execute("SELECT x, y FROM incompatible")}
    incompatible |= {(y, x) for x, y in incompatible}
    out = set()
    for s1, s2 in statement_pairs:
        below1 = set().union(*(closure[m] for m in main.get(s1, ())))
        below2 = set().union(*(closure[m] for m in main.get(s2, ())))
        if main.get(s2, set()) & below1:
            out.add((s1, s2, True))
        if any((mx, my) in incompatible for mx in below1 for my in below2):
            out.add((s1, s2, False))
    return out


def entailment_links(db: sqlite3.Connection, sources: Iterable[str], targets: Iterable[str]) -> list[tuple[str, str]]:
    """The direct entailments a shortest path from one of ``sources`` to one of ``targets`` can take, ordered as ``entailments.rq``.

    Every link out of a proposition below a source or above a target (IRIs), sorted by IRIs, so
    a breadth-first search between them meets each node's successors and predecessors in the
    same order as in the whole proposition graph, and finds the same path.
    """
    db.execute("CREATE TEMP TABLE IF NOT EXISTS seeds(id INTEGER, down INTEGER)")
    db.execute("DELETE FROM seeds")
    db.executemany("INSERT INTO seeds VALUES (?, ?)",
                   [(i, 1) for i in map(lambda s: _id(db, s), sources) if i] +
                   [(i, 0) for i in map(lambda s: _id(db, s), targets) if i])
    found = db.execute("""
        WITH RECURSIVE down(n) AS (SELECT id FROM seeds WHERE down = 1 UNION SELECT l.q FROM links l JOIN down ON l.p = down.n),
                       up(n) AS (SELECT id FROM seeds WHERE down = 0 UNION SELECT l.p FROM links l JOIN up ON l.q = up.n)
        SELECT tp.iri, tq.iri FROM links l JOIN terms tp ON tp.id = l.p JOIN terms tq ON tq.id = l.q
        WHERE l.p IN (SELECT n FROM down UNION SELECT n FROM up)""").fetchall()
    return sorted(found)


def index_of(store) -> sqlite3.Connection | None:
    """The roll-up index beside ``store``, or None (a SPARQL server, or a store written without one)."""
    reader = getattr(store, "rollup_index", None)
    return reader() if reader is not None else None


def open_index(path: Path, readonly: bool = True) -> sqlite3.Connection | None:
    """The index at ``path``, or None when there is none (or, read-only, one of an older layout)."""
    if readonly:
        if not path.exists():
            return None
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        if db.execute("PRAGMA user_version").fetchone()[0] != VERSION:
            db.close()
            return None
        return db
    return sqlite3.connect(path)

"""The roll-up index gives exactly the answers of the reference queries, and stays exact through writes.

A 10k-statement synthetic corpus is made harder than the benchmark's: memberships that end, people
in two organisations of one state, organisations in a diamond (two parents under one state), and
redundant entailment links that make diamonds; one statement in 30 has an alternative reading.
Then articles are replaced and removed, and the registry changes, and after each write the index
and the queries must agree: the counts, and ``kg contradictions --actor`` relation for relation,
in order and as rendered, against the same relations cut from the full listing.
"""

from __future__ import annotations

import random
import sqlite3
import sys
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

import kg
from kg import ids, rollups
from kg import queries as q
from kg.analysis import totals
from kg.analysis.conflicts import relations
from kg.cli import main
from kg.export import FORMATS
from kg.reports import FORMATS as REPORT_FORMATS
from kg.reports import render

from .conftest import ROOT
from .servers import BACKEND

sys.path.insert(0, str(ROOT / "benchmarks"))
import synthetic  # noqa: E402

pytestmark = pytest.mark.skipif(BACKEND != "embedded", reason="the index lives beside an embedded store")

ORG = "http://www.w3.org/ns/org#"
TIME = "http://www.w3.org/2006/time#"
KG = "https://w3id.org/kg/ontology#"
XSD_DATE = "http://www.w3.org/2001/XMLSchema#date"


def _extra_registry(rng: random.Random, people: int, orgs: int, chains: int) -> list[str]:
    """Quads that put diamonds, ended memberships and double memberships into the registry."""
    g = f"<{ids.REGISTRY_GRAPH}>"
    out = []
    for c in rng.sample(range(chains), chains // 5):
        out.append(f"<{ids.proposition_iri(f'c{c}_0')}> <{KG}entails> <{ids.proposition_iri(f'c{c}_2')}> {g} .")
        other = rng.randrange(chains)
        out.append(f"<{ids.proposition_iri(f'c{c}_1')}> <{KG}entails> <{ids.proposition_iri(f'c{other}_1')}> {g} .")
        out.append(f"<{ids.proposition_iri(f'c{c}_0')}> <{KG}entails> <{ids.proposition_iri(f'c{other}_2')}> {g} .")
    for o in rng.sample(range(orgs), orgs // 3):
        parent = rng.randrange(orgs)
        if parent != o:
            out.append(f"<{ids.actor_iri(f'org_{o}')}> <{ORG}subOrganizationOf> <{ids.actor_iri(f'org_{parent}')}> {g} .")
    for p in rng.sample(range(people), people // 4):
        m = f"{ids.ID}membership/person_{p}/2"
        out += [f"<{m}> <{ORG}member> <{ids.actor_iri(f'person_{p}')}> {g} .",
                f"<{m}> <{ORG}organization> <{ids.actor_iri(f'org_{rng.randrange(orgs)}')}> {g} ."]
        if rng.random() < 0.5:
            month = rng.randint(2, 12)
            out += [f"<{m}> <{ORG}memberDuring> <{m}/interval> {g} .",
                    f"<{m}/interval> <{TIME}hasEnd> <{m}/interval/end> {g} .",
                    f'<{m}/interval/end> <{TIME}inXSDDate> "2024-{month:02d}-15"^^<{XSD_DATE}> {g} .']
    return out


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("rollups") / "corpus.nq"
    shape = synthetic.generate(10_000, path, seed=7, progress=False)
    rng = random.Random(7)
    with open(path, "a", encoding="utf-8") as out:
        out.write("\n".join(_extra_registry(rng, 200, 20, shape["propositions"] // synthetic.CHAIN)) + "\n")
    return path


def _every_pair(store: kg.Store) -> Counter:
    """Conflicting statement pairs per speaker pair by today's query, actor_conflicts.rq, without its LIMIT."""
    text = q.load("actor_conflicts").text.replace("LIMIT 100", "")
    return Counter({(r["a"], r["b"]): r["pairs"] for r in q.rows(store.query(text, union=True))})


def assert_same_answers(store: kg.Store, actor: str) -> None:
    assert store.rollup_index() is not None
    assert totals.conflict_counts(store) == q.conflict_counts(store)
    assert totals.state_conflicts(store) == sorted(q.state_conflicts(store), key=lambda c: (-c.pairs, c.state_a, c.state_b))
    every = totals.actor_conflicts(store, limit=None)
    assert Counter({(c.a, c.b): c.pairs for c in every}) == _every_pair(store)
    top = q.actor_conflicts(store)
    assert [c.pairs for c in totals.actor_conflicts(store)] == [c.pairs for c in top]
    cut = top[-1].pairs
    assert {c for c in totals.actor_conflicts(store) if c.pairs > cut} == {c for c in top if c.pairs > cut}
    mine = totals.actor_conflicts(store, actor=actor, limit=None)
    assert mine and mine == [c for c in every if actor in (c.a, c.b)]


class Plain:
    """A store seen without its index: every answer comes from the library queries."""

    def __init__(self, store: kg.Store):
        self.query = store.query


def _mine(every: list, actor: str) -> list:
    """The relations ``kg contradictions --actor`` keeps, cut from every relation in their order."""
    return [r for r in every if actor in (r.a, r.b, r.statements[0].speaker, r.statements[1].speaker)]


def assert_same_listing(store: kg.Store, actors: dict[str, list[str]], monkeypatch) -> None:
    """``kg contradictions --actor`` from the index equals the listing's relations for each actor and level."""
    listing = q.contradictions(store)
    monkeypatch.setattr(q, "contradictions", lambda _: listing)  # the reference listing, read once
    assert any(c.alt1 or c.alt2 for c in listing) and any(c.rule == "incompatible" for c in listing)
    for level, names in actors.items():
        every = relations(Plain(store), level=level)
        for actor in names:
            mine = _mine(every, actor)
            found = relations(store, level=level, actor=actor)
            assert found == mine, (level, actor)
            for fmt in REPORT_FORMATS:
                assert render(found, fmt) == render(mine, fmt)
    monkeypatch.undo()


# Speakers with many pairs, pairs through readings and through incompatibilities, an organisation that
# speaks, one that never does, and states and organisations that others speak for.
ACTORS = {"person": ["person_3", "person_7", "person_150", "org_1", "org_19", "state_0"],
          "organization": ["org_2", "person_7"], "state": ["state_5", "person_3"]}


def test_the_index_answers_as_the_queries_do_and_stays_exact(corpus, tmp_path, monkeypatch):
    store = kg.Store(tmp_path / "store")
    store.load_dataset(corpus)
    assert_same_answers(store, "person_3")
    assert_same_listing(store, ACTORS, monkeypatch)

    # replace three articles (speakers, propositions and commitments changed) and remove two
    dump = ox.parse(store.dump(FORMATS["nq"]), format=ox.RdfFormat.N_QUADS)
    by_graph: dict[str, list[ox.Quad]] = {}
    for quad in dump:
        by_graph.setdefault(quad.graph_name.value, []).append(quad)
    articles = sorted(g for g in by_graph if g.startswith(str(ids.GRAPH) + "article/"))
    rng = random.Random(3)
    replaced = {}
    for graph in rng.sample(articles, 3):
        lines = []
        for quad in by_graph[graph]:
            o = quad.object
            if quad.predicate.value == KG + "factuality":
                o = ox.NamedNode(KG + rng.choice(["CT_pos", "CT_neg", "PR_pos", "PS_neg"]))
            elif quad.predicate.value == KG + "speaker":
                o = ox.NamedNode(ids.actor_iri(f"person_{rng.randrange(10)}"))
            lines.append(f"{quad.subject} {quad.predicate} {o} .")
        replaced[graph] = "\n".join(lines) + "\n"
    store.replace(replaced, drop=rng.sample([a for a in articles if a not in replaced], 2))
    assert_same_answers(store, "person_3")
    assert_same_listing(store, {"person": ["person_3", "person_7"] + [f"person_{i}" for i in range(10)]}, monkeypatch)

    # a registry change (a new membership and an entailment) recounts from the stored facts
    registry = store.dump(FORMATS["nq"], from_graph=str(ids.REGISTRY_GRAPH)).decode()
    registry += (f"<{ids.ID}membership/person_3/9> <{ORG}member> <{ids.actor_iri('person_3')}> .\n"
                 f"<{ids.ID}membership/person_3/9> <{ORG}organization> <{ids.actor_iri('org_1')}> .\n"
                 f"<{ids.proposition_iri('c0_3')}> <{KG}entails> <{ids.proposition_iri('c1_0')}> .\n")
    store.replace({str(ids.REGISTRY_GRAPH): registry})
    assert_same_answers(store, "person_3")
    assert_same_listing(store, {"person": ["person_3", "person_7"]}, monkeypatch)


def test_the_seed_index_in_memory_and_on_disk(tmp_path, seed_store):
    for store in (seed_store, kg.Store(tmp_path / "disk")):
        if not store.exists():
            kg.build(ROOT / "data", store)
        assert totals.conflict_counts(store) == q.conflict_counts(store) == {"contradiction": 3, "conflict": 8}
        assert totals.state_conflicts(store) == q.state_conflicts(store)
        assert totals.actor_conflicts(store) == q.actor_conflicts(store)
        assert [(c.a, c.b) for c in totals.actor_conflicts(store, actor="peskov")] == [
            ("budanov", "peskov"), ("landsbergis", "peskov"), ("nis", "peskov"), ("ukrainian_media", "peskov")]


def test_a_store_without_an_index_is_answered_by_the_queries(seed_store):
    class Plain:
        def __init__(self, store):
            self.query = store.query

    plain = Plain(seed_store)
    assert totals.conflict_counts(plain) == {"contradiction": 3, "conflict": 8}
    assert totals.actor_conflicts(plain) == totals.actor_conflicts(seed_store)
    assert totals.actor_conflicts(plain, actor="peskov") == totals.actor_conflicts(seed_store, actor="peskov")
    assert totals.actor_conflicts(plain, limit=None) == totals.actor_conflicts(seed_store, limit=None)
    assert totals.state_conflicts(plain) == totals.state_conflicts(seed_store)


def test_the_seed_listing_from_the_index_for_every_actor_and_level(seed_store, monkeypatch):
    listing = q.contradictions(seed_store)
    assert any(c.alt1 or c.alt2 for c in listing)  # Peskov's alternative reading
    monkeypatch.setattr(q, "contradictions", lambda _: listing)
    for level in ("person", "organization", "state"):
        every = relations(Plain(seed_store), level=level)
        for actor in sorted({a for r in every for a in (r.a, r.b)} | {"kremlin", "nato"}):
            assert relations(seed_store, level=level, actor=actor) == _mine(every, actor), (level, actor)
    found = relations(seed_store, actor="peskov")
    assert [(r.grade, r.a) for r in found] == [
        ("conflict", "budanov"), ("conflict", "landsbergis"), ("conflict", "nis"), ("conflict", "ukrainian_media"),
        ("possible conflict", "western_governments")]
    assert found[-1].path == ("nk_supplies_weapons_to_russia", "entails", "russia_nk_military_cooperation",
                              "a reading of", "nk_troops_in_russia")


def test_kg_contradictions_actor_reads_the_index(tmp_path, monkeypatch):
    store = tmp_path / "store"
    runner = CliRunner()
    assert runner.invoke(main, ["--store", str(store), "build", "--data", str(ROOT / "data")]).exit_code == 0
    expected = runner.invoke(main, ["--store", str(store), "contradictions", "--actor", "peskov", "--format", "json"])

    def no_listing(_):
        raise AssertionError("the full listing was run")

    monkeypatch.setattr(q, "contradictions", no_listing)
    found = runner.invoke(main, ["--store", str(store), "contradictions", "--actor", "peskov", "--format", "json"])
    assert found.exit_code == 0 and found.stdout == expected.stdout
    unknown = runner.invoke(main, ["--store", str(store), "contradictions", "--actor", "peskof"])
    assert unknown.exit_code == 2 and "unknown actor 'peskof' (did you mean 'peskov'?)" in unknown.output


def test_an_index_of_another_layout_is_not_read_and_is_rebuilt(tmp_path):
    store = kg.Store(tmp_path / "store")
    kg.build(ROOT / "data", store)
    path = store.current_generation() / rollups.FILE
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version = 1")
    db.commit()
    db.close()
    store = kg.Store(tmp_path / "store")
    assert store.rollup_index() is None
    assert totals.conflict_counts(store) == {"contradiction": 3, "conflict": 8}  # from the queries
    kg.build(ROOT / "data", store)
    assert store.rollup_index() is not None and totals.conflict_counts(store) == {"contradiction": 3, "conflict": 8}


def test_the_quads_kept_for_the_index_answer_as_the_whole_store(corpus, tmp_path):
    store = kg.Store(tmp_path / "store")
    store.load_dataset(corpus)
    whole = store.reader()
    kept = rollups.read_quads(ox.parse(path=str(corpus), format=ox.RdfFormat.N_QUADS))
    assert len(kept) < len(whole) / 4
    assert Counter(rollups._facts(kept)) == Counter(rollups._facts(whole))
    assert rollups._registry(kept) == rollups._registry(whole)

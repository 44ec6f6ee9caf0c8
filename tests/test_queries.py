"""Each library query's exact answer on the seed graph, through its typed function."""

import datetime as dt

import pytest

from kg import queries as q
from kg.errors import QueryError

from .conftest import SEED_ID
from .servers import BACKEND


def sid(slug: str) -> str:
    return f"{SEED_ID}/{slug}"


def test_every_library_query_has_a_summary_and_a_test():
    documented = {name for name in q.names() if q.load(name).summary}
    assert documented == set(q.names())
    tested = {"actors", "statements_by_actor", "statements_about", "timeline", "contradictions",
              "corroborations", "unconfirmed", "state_conflicts", "reporting_chains", "entailments",
              "summary", "union", "affiliations", "commitments", "evidence", "speaker_counts", "stance_changes",
              "conflict_counts", "actor_conflicts", "graphs", "graphs_with_triples", "quads", "mentions",
              "opposing_calls", "readings", "propositions", "paraphrases", "statement_context", "rollup_facts", "rollup_registry"}
    assert tested == set(q.names())


def test_actors_and_the_states_they_roll_up_to(seed_store):
    rows = q.actors(seed_store)
    assert len(rows) == 26
    state = {r.slug: r.state for r in rows}
    assert state == {
        "austin": "united_states", "budanov": "ukraine", "landsbergis": "lithuania", "peskov": "russia",
        "zinoviev": "russia", "macron": "france", "rutte": None, "kremlin": "russia",
        "russian_government": "russia", "russia_mfa": "russia", "hur": "ukraine", "nis": "south_korea",
        "lithuania_mfa": "lithuania", "us_dod": "united_states", "north_korean_government": "north_korea",
        "nato": None, "eu": None, "russia": "russia", "ukraine": "ukraine", "south_korea": "south_korea",
        "north_korea": "north_korea", "lithuania": "lithuania", "united_states": "united_states",
        "france": "france", "ukrainian_media": None, "western_governments": None,
    }
    (peskov,) = q.actors(seed_store, "peskov")
    assert (peskov.organization, peskov.role, peskov.type) == ("kremlin", "spokesman", "person")


def test_statements_by_actor(seed_store):
    moscow = q.statements_by_actor(seed_store, "russian_government")
    assert [s.statement for s in moscow] == [
        sid("moscow_denies_cooperation"), sid("moscow_dismisses_enquiries"), sid("moscow_sovereign_right")]
    (peskov,) = q.statements_by_actor(seed_store, "peskov")
    assert (peskov.type, peskov.date, peskov.factuality, peskov.quote, peskov.cue) == (
        "dismissal", dt.date(2024, 10, 10), "PR-", "This looks like another bit of fake news", "told reporters")
    assert len(q.statements_by_actor(seed_store)) == 15
    with pytest.raises(QueryError, match="unknown actor 'nobody': the graph does not mention it"):
        q.statements_by_actor(seed_store, "nobody")


def test_statements_about_include_entailing_propositions(seed_store):
    rows = q.statements_about(seed_store, "nk_troops_in_russia")
    assert {(r.speaker, r.stated) for r in rows} == {
        ("peskov", "nk_troops_in_russia"), ("budanov", "nk_11000_troops_ready"),
        ("nis", "nk_special_forces_far_east"), ("landsbergis", "nk_boots_on_ground"),
        ("ukrainian_media", "nk_deserters_captured_kursk"),
    }


def test_timeline_is_in_date_order_with_undated_last(seed_store):
    entries = q.timeline(seed_store)
    assert [e.statement.split("/")[1] for e in entries] == [
        "macron_european_forces", "peskov_fake_news", "budanov_11000_troops", "nis_special_forces",
        "austin_cannot_confirm", "rutte_cannot_confirm", "landsbergis_nk_did_it", "landsbergis_revisit_call",
        "moscow_denies_cooperation", "moscow_dismisses_enquiries", "moscow_sovereign_right",
        "rutte_escalation_warning", "ukrainian_media_deserters", "zinoviev_lawful", "western_weapons_accusation",
    ]
    peskov = entries[1]
    assert (peskov.polarity, peskov.certainty, peskov.approximate) == ("negative", "probable", False)
    assert entries[2].approximate  # Budanov: only "before October 18" is known
    assert entries[-1].when is None


SEED_CONTRADICTIONS = {
    ("budanov", "peskov", "conflict", "nk_troops_in_russia", "budanov_11000_troops", "peskov_fake_news"),
    ("budanov", "russian_government", "conflict", "russia_nk_military_cooperation", "budanov_11000_troops", "moscow_denies_cooperation"),
    ("budanov", "russian_government", "conflict", "nk_troops_deployed_ukraine", "budanov_11000_troops", "moscow_dismisses_enquiries"),
    ("landsbergis", "peskov", "conflict", "nk_troops_in_russia", "landsbergis_nk_did_it", "peskov_fake_news"),
    ("landsbergis", "russian_government", "contradiction", "russia_nk_military_cooperation", "landsbergis_nk_did_it", "moscow_denies_cooperation"),
    ("nis", "peskov", "conflict", "nk_troops_in_russia", "nis_special_forces", "peskov_fake_news"),
    ("nis", "russian_government", "conflict", "nk_troops_deployed_ukraine", "nis_special_forces", "moscow_dismisses_enquiries"),
    ("nis", "russian_government", "contradiction", "russia_nk_military_cooperation", "nis_special_forces", "moscow_denies_cooperation"),
    ("ukrainian_media", "peskov", "conflict", "nk_troops_in_russia", "ukrainian_media_deserters", "peskov_fake_news"),
    ("ukrainian_media", "russian_government", "conflict", "russia_nk_military_cooperation", "ukrainian_media_deserters", "moscow_denies_cooperation"),
    ("western_governments", "russian_government", "contradiction", "russia_nk_military_cooperation", "western_weapons_accusation", "moscow_denies_cooperation"),
    # only if "fake news" is read as about the co-operation (its alternative reading): one grade weaker
    ("western_governments", "peskov", "possible conflict", "russia_nk_military_cooperation", "western_weapons_accusation", "peskov_fake_news"),
}


def test_contradictions_exactly(seed_store):
    found = {(c.a, c.b, c.grade, c.proposition, c.s1.split("/")[1], c.s2.split("/")[1])
             for c in q.contradictions(seed_store)}
    assert found == SEED_CONTRADICTIONS


def test_rutte_and_austin_contradict_no_one(seed_store):
    speakers = {c.a for c in q.contradictions(seed_store)} | {c.b for c in q.contradictions(seed_store)}
    assert not speakers & {"rutte", "austin", "zinoviev", "macron"}


def test_contradictions_carry_commitments_and_dates(seed_store):
    c = next(c for c in q.contradictions(seed_store) if c.a == "budanov" and c.b == "peskov")
    assert (c.f1, c.f2, c.p1, c.p2, c.rule) == ("PR+", "PR-", "nk_11000_troops_ready", "nk_troops_in_russia", "entails")
    assert (c.date1, c.date2) == (dt.date(2024, 10, 18), dt.date(2024, 10, 10))


def test_unconfirmed_contains_rutte_and_austin_on_budanov(seed_store):
    found = {(u.a, u.b, u.proposition) for u in q.unconfirmed(seed_store)}
    assert found == {(a, b, "nk_military_involvement") for a in ("budanov", "nis", "landsbergis", "ukrainian_media")
                     for b in ("rutte", "austin")}


def test_corroborations(seed_store):
    found = {(c.a, c.b, c.sign, c.proposition) for c in q.corroborations(seed_store)}
    assert ("budanov", "nis", 1, "nk_troops_in_russia") in found
    assert ("budanov", "nis", 1, "nk_troops_deployed_ukraine") in found
    assert ("russian_government", "peskov", -1, "nk_troops_in_russia") in found
    assert not any("rutte" in pair[:2] or "austin" in pair[:2] for pair in found)
    assert len(found) == 19
    assert all(c.independent for c in q.corroborations(seed_store))  # the seed names no relays


def test_state_conflicts(seed_store):
    rows = {(r.state_a, r.state_b): r for r in q.state_conflicts(seed_store)}
    assert set(rows) == {("ukraine", "russia"), ("south_korea", "russia"), ("lithuania", "russia")}
    sk = rows[("south_korea", "russia")]
    assert (sk.contradictions, sk.conflicts, sk.pairs) == (1, 2, 3)
    assert (rows[("ukraine", "russia")].contradictions, rows[("ukraine", "russia")].conflicts) == (0, 3)


def test_reporting_chains(seed_store, two_article_store):
    seed = q.reporting_chains(seed_store)
    assert len(seed) == 15 and all(step.position is None for step in seed)
    assert [s.statement for s in seed if s.reportedly] == [sid("nis_special_forces")]
    steps = q.reporting_chains(two_article_store, "follow-up-2024-11-05/nis_10000_soldiers")
    assert [(s.position, s.source, s.speaker) for s in steps] == [(1, "kyiv_independent", "nis"), (2, "ukrainian_media", "nis")]


def test_entailments(seed_store):
    links = q.entailments(seed_store)
    assert len(links) == 12 and {link.relation for link in links} == {"entails"}
    assert q.Link("nk_troops_in_russia", "entails", "russia_nk_military_cooperation") in links


def test_unknown_query_and_parameter_are_explained():
    with pytest.raises(QueryError, match="did you mean 'contradictions'"):
        q.load("contradiction")
    with pytest.raises(QueryError, match=r"has no parameter 'who' \(valid: actor\)"):
        q.bindings(q.load("statements_by_actor"), {"who": "peskov"})
    with pytest.raises(QueryError, match="invalid date"):
        q.term(q.Param("since", "date", ""), "2024-02-30")


def _run(store, name, **params):
    return q.rows(q.run(store, q.load(name), params))


def test_affiliations(seed_store):
    rows = {r["actor"]: r for r in _run(seed_store, "affiliations")}
    assert len(rows) == 26
    assert (rows["peskov"]["kind"], rows["peskov"]["organization"], rows["peskov"]["state"]) == ("Person", "kremlin", "russia")
    assert (rows["kremlin"]["organization"], rows["kremlin"]["state"]) == ("kremlin", "russia")
    assert (rows["rutte"]["organization"], rows["rutte"]["state"]) == ("nato", None)
    assert rows["western_governments"]["organization"] is None


def test_commitments_propagate_through_entailment(seed_store):
    rows = _run(seed_store, "commitments")
    peskov = {(r["proposition"], r["sign"]) for r in rows if r["speaker"] == "peskov"}
    assert peskov == {(p, -1) for p in ("nk_troops_in_russia", "nk_deserters_captured_kursk", "nk_11000_troops_ready",
                                        "nk_special_forces_far_east", "nk_boots_on_ground")}
    budanov = {(r["proposition"], r["sign"], r["certainty"]) for r in rows if r["speaker"] == "budanov"}
    assert budanov == {(p, 1, 2) for p in ("nk_11000_troops_ready", "nk_troops_in_russia", "nk_troops_deployed_ukraine",
                                           "nk_military_involvement", "russia_nk_military_cooperation")}
    assert not [r for r in rows if r["speaker"] in ("rutte", "austin") and r["proposition"] == "nk_military_involvement"]


def test_evidence(seed_store):
    (peskov,) = _run(seed_store, "evidence", statement=sid("peskov_fake_news"))
    assert (peskov["start"], peskov["end"], peskov["sentence_start"], peskov["sentence_end"]) == (2268, 2308, 2267, 2372)
    assert len(_run(seed_store, "evidence")) == 15


def test_speaker_counts(seed_store):
    rows = _run(seed_store, "speaker_counts")
    assert sum(r["statements"] for r in rows) == 15
    moscow = [r for r in rows if r["speaker"] == "russian_government"]
    assert sum(r["statements"] for r in moscow) == 3 and sum(r["committed"] for r in moscow) == 3
    rutte = [r for r in rows if r["speaker"] == "rutte"]
    assert sum(r["statements"] for r in rutte) == 2 and sum(r["committed"] for r in rutte) == 1


def test_stance_changes_query(seed_store, two_article_store):
    (softening,) = _run(seed_store, "stance_changes")
    assert (softening["actor"], softening["kind"], softening["from"], softening["to"], softening["proposition"]) == (
        "russian_government", "softening", "CT-", "PR-", "nk_troops_deployed_ukraine")
    assert (softening["date_from"], softening["date_to"]) == (dt.date(2024, 10, 20), dt.date(2024, 10, 21))
    (change,) = _run(two_article_store, "stance_changes", actor="peskov")
    assert (change["actor"], change["kind"], change["from"], change["to"], change["proposition"]) == (
        "peskov", "reversal", "PR-", "CT+", "nk_troops_in_russia")
    assert (change["date_from"], change["date_to"]) == (dt.date(2024, 10, 10), dt.date(2024, 11, 4))
    assert [r["kind"] for r in _run(two_article_store, "stance_changes", actor="russian_government")] == [
        "softening", "firming"]
    assert _run(two_article_store, "stance_changes", actor="rutte") == []


def test_readings_opposing_calls_and_propositions(seed_store):
    assert q.readings(seed_store) == [q.Reading(sid("peskov_fake_news"), "nk_troops_in_russia", "russia_nk_military_cooperation")]
    assert q.opposing_calls(seed_store) == []  # Macron and Landsbergis both call for their action
    props = {r["proposition"]: r for r in _run(seed_store, "propositions")}
    assert len(props) == 14 and props["nk_troops_in_russia"]["text"] == "North Korean troops are in Russia."
    assert props["nk_troops_in_russia"]["paraphrases"] == (
        "North Korea has sent soldiers to Russia. | North Korean military units have been deployed on Russian territory.")
    assert props["nk_supplies_weapons_to_russia"]["paraphrases"] == "North Korea sends artillery shells and missiles to Russia."
    assert all(r["paraphrases"] for r in props.values())  # the seed words each of its propositions more than one way


def test_propositions_without_paraphrases_have_an_empty_column(moves_store):
    """An empty string on every backend (Oxigraph alone would leave the aggregate unbound)."""
    props = {r["proposition"]: r["paraphrases"] for r in _run(moves_store, "propositions")}
    assert props == {"border_closed": "", "impose_sanctions": "", "troops_at_border": "", "troops_crossed": ""}


def test_paraphrases_one_by_one(seed_store, moves_store):
    """Whole wordings, not the joined column: the explorer lists them."""
    wordings = q.paraphrases(seed_store)
    assert len(wordings) == 14 and sum(map(len, wordings.values())) == 21  # as in data/propositions.yaml
    assert wordings["nk_troops_in_russia"] == [
        "North Korea has sent soldiers to Russia.", "North Korean military units have been deployed on Russian territory."]
    assert q.paraphrases(moves_store) == {}


def test_conflict_counts_and_actor_conflicts(seed_store):
    assert q.conflict_counts(seed_store) == {"contradiction": 3, "conflict": 8}
    top = q.actor_conflicts(seed_store)
    assert len(top) == 9 and sum(t.pairs for t in top) == 11
    assert top[0] == q.ActorConflict("budanov", "russian_government", 2, 0)
    assert q.ActorConflict("nis", "russian_government", 2, 1) in top


def test_graphs_and_quads(seed_store):
    graphs = {"https://w3id.org/kg/graph/ontology", "https://w3id.org/kg/graph/registry",
              f"https://w3id.org/kg/graph/article/{SEED_ID}"}
    assert {r["g"] for r in _run(seed_store, "graphs_with_triples")} == graphs
    # Virtuoso answers the standard empty pattern with no graph; kg then asks graphs_with_triples.
    assert {r["g"] for r in _run(seed_store, "graphs")} == (set() if BACKEND == "virtuoso" else graphs)
    assert seed_store.named_graphs() == sorted(graphs)
    assert _run(seed_store, "quads") == [{"n": 1275}]


def test_mentions_is_how_ids_are_checked(seed_store):
    assert bool(seed_store.query(q.load("mentions").text, {"node": q.term(q.Param("a", "actor", ""), "peskov")}, union=True))
    assert not bool(seed_store.query(q.load("mentions").text, {"node": q.term(q.Param("a", "actor", ""), "nobody")}, union=True))
    for name, kind, value in (("statements_about", "proposition", "nk_troops_in_rusia"),
                              ("statements_by_actor", "actor", "peskoff")):
        with pytest.raises(QueryError, match=f"unknown {kind} '{value}'"):
            q.run(seed_store, q.load(name), {next(iter(q.load(name).params)): value})


def test_statement_context_gives_the_sentence_and_title(seed_store):
    rows = {r["statement"]: r for r in q.rows(q.run(seed_store, q.load("statement_context")))}
    assert len(rows) == 15
    peskov = rows[sid("peskov_fake_news")]
    assert peskov["title"] == "Alleged North Korean troop involvement in Ukraine sparks escalation fears"
    assert "This looks like another bit of fake news" in peskov["sentence"] and peskov["sentence"] != peskov["text"]
    assert peskov["text"] == "North Korean troops are in Russia." and peskov["reportedly"] is False
    nis = rows[sid("nis_special_forces")]
    assert nis["reportedly"] is True
    assert nis["sentence"].startswith("That was reportedly confirmed by South Korea’s spy agency on October 18")

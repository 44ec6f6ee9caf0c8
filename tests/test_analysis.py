"""Who contradicts whom, with evidence, at every level; stance changes; the derived graph."""

import datetime as dt

import pyoxigraph

import kg
from kg import ids
from kg.analysis import GRADES, infer, relations, roll_up, stance_changes
from kg.analysis.rollup import Affiliation, Roster
from kg.cli import main

from .conftest import DATA, SECOND_ID, SEED_ID

RUSSIA_SPEAKERS = {"peskov", "russian_government"}


def pairs(found):
    return {(r.a, r.b) for r in found}


def test_peskov_and_moscow_conflict_with_the_claimants(seed_store):
    found = relations(seed_store)
    for russian in RUSSIA_SPEAKERS:
        opponents = {r.a for r in found if r.b == russian}
        assert opponents >= {"budanov", "nis", "landsbergis", "ukrainian_media"}
    assert pairs(found) == {
        ("budanov", "peskov"), ("budanov", "russian_government"), ("landsbergis", "peskov"),
        ("landsbergis", "russian_government"), ("nis", "peskov"), ("nis", "russian_government"),
        ("ukrainian_media", "peskov"), ("ukrainian_media", "russian_government"),
        ("western_governments", "russian_government"), ("western_governments", "peskov"),
    }
    assert {r.grade for r in found if (r.a, r.b) == ("landsbergis", "russian_government")} == {"contradiction"}
    # Peskov's "fake news" meets the weapons accusation only if read as about the co-operation
    (alternative,) = [r for r in found if (r.a, r.b) == ("western_governments", "peskov")]
    assert (alternative.grade, alternative.readings, alternative.path) == (
        "possible conflict", ("russia_nk_military_cooperation",),
        ("nk_supplies_weapons_to_russia", "entails", "russia_nk_military_cooperation", "a reading of",
         "nk_troops_in_russia"))
    assert {r.grade for r in found if (r.a, r.b) == ("budanov", "peskov")} == {"conflict"}


def test_rutte_and_austin_leave_budanov_unconfirmed_and_contradict_no_one(seed_store):
    found = relations(seed_store, include=GRADES)
    assert not [r for r in found if r.grade in ("contradiction", "conflict") and {r.a, r.b} & {"rutte", "austin"}]
    unconfirmed = {(r.a, r.b) for r in found if r.grade == "unconfirmed"}
    assert {("budanov", "rutte"), ("budanov", "austin")} <= unconfirmed
    assert all(r.b in ("rutte", "austin") for r in found if r.grade == "unconfirmed")


def test_results_carry_evidence_that_slices_the_article(seed_store):
    text = (DATA / "articles" / f"{SEED_ID}.txt").read_text(encoding="utf-8")
    for r in relations(seed_store, include=GRADES):
        for e in r.statements:
            assert text[e.start:e.end] == e.quote
            assert e.source == SEED_ID
    (r,) = [r for r in relations(seed_store, actor="peskov") if r.a == "budanov"]
    doc = r.as_dict()
    assert {"a", "b", "grade", "proposition", "path", "statements"} <= set(doc)
    assert doc["path"] == ["nk_11000_troops_ready", "entails", "nk_troops_in_russia"]
    budanov, peskov = doc["statements"]
    assert (peskov["id"], peskov["speaker"], peskov["quote"], peskov["date"], peskov["start"], peskov["end"]) == (
        f"{SEED_ID}/peskov_fake_news", "peskov", "This looks like another bit of fake news", "2024-10-10", 2268, 2308)
    assert (budanov["date"], budanov["approximate_date"]) == ("2024-10-18", True)


def test_state_level_russia_against_ukraine_south_korea_and_lithuania(seed_store):
    found = relations(seed_store, level="state")
    assert {r.a for r in found if r.b == "russia"} == {"ukraine", "south_korea", "lithuania", "ukrainian_media",
                                                       "western_governments"}
    assert all(r.a != r.b for r in found)
    speakers = {(r.a, e.speaker) for r in found for e in r.statements[:1]}
    assert ("ukraine", "budanov") in speakers and ("south_korea", "nis") in speakers


def test_organization_level(seed_store):
    assert pairs(relations(seed_store, level="organization")) >= {
        ("hur", "kremlin"), ("nis", "kremlin"), ("lithuania_mfa", "kremlin"), ("lithuania_mfa", "russian_government")}


def test_actor_filter_works_at_every_level(seed_store):
    assert pairs(relations(seed_store, actor="peskov")) == {
        ("budanov", "peskov"), ("landsbergis", "peskov"), ("nis", "peskov"), ("ukrainian_media", "peskov"),
        ("western_governments", "peskov")}
    assert {r.a for r in relations(seed_store, level="state", actor="russia")} >= {"ukraine", "south_korea", "lithuania"}
    assert relations(seed_store, actor="rutte") == []


def test_roll_up_respects_membership_dates():
    roster = Roster(kinds={"p": "person", "mfa": "organization", "x": "state", "y": "state"}, names={},
                    affiliations={"p": [Affiliation("mfa", dt.date(2024, 1, 1), dt.date(2024, 6, 30), "x"),
                                        Affiliation("y", dt.date(2024, 7, 1), None, "y")]})
    assert roll_up(roster, "p", dt.date(2024, 3, 1), "state") == "x"
    assert roll_up(roster, "p", dt.date(2024, 3, 1), "organization") == "mfa"
    assert roll_up(roster, "p", dt.date(2024, 8, 1), "state") == "y"
    assert roll_up(roster, "p", dt.date(2023, 8, 1), "state") == "p"  # no valid affiliation: stays itself


def test_a_membership_that_starts_later_does_not_roll_earlier_statements_up(data_copy, new_store):
    actors = data_copy / "actors.yaml"
    actors.write_text(actors.read_text().replace("{organization: kremlin, role: spokesman}",
                                                 "{organization: kremlin, role: spokesman, from: 2024-10-15}"))
    store = kg.Store(new_store())
    kg.build(data_copy, store)
    found = relations(store, level="state", actor="peskov")
    assert {r.b for r in found} == {"peskov"}  # on October 10 he did not yet speak for the Kremlin


def moves_of(found) -> set[tuple[str, str, str, str, str]]:
    """(actor, kind, proposition, earlier, later) with statement slugs, for exact comparison."""
    return {(c.actor, c.kind, c.proposition, c.earlier.id.split("/")[1], c.later.id.split("/")[1]) for c in found}


def test_the_seed_holds_one_softening_of_moscow(seed_store):
    (change,) = stance_changes(seed_store)
    assert moves_of([change]) == {("russian_government", "softening", "nk_troops_deployed_ukraine",
                                   "moscow_denies_cooperation", "moscow_dismisses_enquiries")}
    assert (change.before, change.after) == ("CT-", "PR-")
    assert change.path == ("russia_nk_military_cooperation", "entailed by", "nk_military_involvement", "entailed by",
                           "nk_troops_deployed_ukraine")
    assert moves_of(stance_changes(seed_store, level="state")) == {
        ("russia", "softening", "nk_troops_deployed_ukraine", "moscow_denies_cooperation", "moscow_dismisses_enquiries")}


def test_stance_change_across_articles_is_not_a_conflict(two_article_store):
    found = stance_changes(two_article_store)
    assert moves_of(found) == {
        ("peskov", "reversal", "nk_troops_in_russia", "peskov_fake_news", "peskov_acknowledges"),
        ("russian_government", "softening", "nk_troops_deployed_ukraine", "moscow_denies_cooperation",
         "moscow_dismisses_enquiries"),
        ("russian_government", "firming", "nk_troops_deployed_ukraine", "moscow_dismisses_enquiries",
         "moscow_denies_again"),
    }
    change = next(c for c in found if c.actor == "peskov")
    assert (change.earlier.id, change.earlier.factuality, change.earlier.day) == (
        f"{SEED_ID}/peskov_fake_news", "PR-", dt.date(2024, 10, 10))
    assert (change.later.id, change.later.factuality, change.later.day) == (
        f"{SECOND_ID}/peskov_acknowledges", "CT+", dt.date(2024, 11, 4))
    assert not [r for r in relations(two_article_store) if r.a == r.b]


def test_state_stance_changes(two_article_store):
    found = stance_changes(two_article_store, level="state")
    assert moves_of(found) == {
        ("russia", "reversal", "nk_troops_in_russia", "peskov_fake_news", "peskov_acknowledges"),
        ("russia", "reversal", "nk_troops_in_russia", "moscow_denies_cooperation", "peskov_acknowledges"),
        ("russia", "reversal", "russia_nk_military_cooperation", "peskov_acknowledges", "moscow_denies_again"),
        ("russia", "softening", "nk_troops_deployed_ukraine", "moscow_denies_cooperation", "moscow_dismisses_enquiries"),
        ("russia", "firming", "nk_troops_deployed_ukraine", "moscow_dismisses_enquiries", "moscow_denies_again"),
        # Austin could not confirm on October 19; his department confirmed combat on November 4
        ("united_states", "firming", "nk_military_involvement", "austin_cannot_confirm", "pentagon_confirms_combat"),
    }
    assert not [r for r in relations(two_article_store, level="state") if r.a == r.b == "russia"]
    assert [c.actor for c in stance_changes(two_article_store, level="state", actor="ukraine")] == []
    assert [c.kind for c in stance_changes(two_article_store, level="state", kinds=("firming",))] == ["firming"] * 2


def test_independent_corroboration_and_relayed_reports(two_article_store):
    found = [r for r in relations(two_article_store, include=("corroboration",))]
    by_pair = {}
    for r in found:
        by_pair.setdefault(frozenset((r.statements[0].id.split("/")[1], r.statements[1].id.split("/")[1])), r)
    pentagon = by_pair[frozenset(("pentagon_confirms_combat", "nis_special_forces"))]
    assert pentagon.independent is True
    # NIS's figure reached the article through Ukrainian media: not independent of Ukrainian media's own report
    relayed = by_pair[frozenset(("nis_10000_soldiers", "ukrainian_media_deserters"))]
    assert relayed.independent is False
    # two reports relayed by the same outlet are not independent of each other either
    assert by_pair[frozenset(("nis_10000_soldiers", "official_already_fighting"))].independent is False
    # the same speaker repeating itself is never a corroboration
    assert not [r for r in found if r.statements[0].speaker == r.statements[1].speaker]


def test_infer_writes_only_the_derived_graph(new_store):
    store = kg.Store(new_store())
    kg.build(DATA, store)
    def asserted() -> set[str]:
        quads = store.dump(pyoxigraph.RdfFormat.N_QUADS).decode().splitlines()
        return {q for q in quads if not q.endswith(f"<{ids.DERIVED_GRAPH}> .")}

    before = asserted()
    counts = infer(store)
    assert counts == {"contradiction": 3, "conflict": 8, "possible conflict": 1, "unconfirmed": 8, "corroboration": 12,
                      "opposing calls": 0, "reversal": 0, "firming": 0, "softening": 1}
    assert str(ids.DERIVED_GRAPH) in store.named_graphs()
    assert asserted() == before
    ask = ("PREFIX kg: <https://w3id.org/kg/ontology#> SELECT ?a ?b WHERE { GRAPH <%s> { ?s1 kg:contradicts ?s2 } "
           "?s1 kg:speaker ?a . ?s2 kg:speaker ?b }" % ids.DERIVED_GRAPH)
    derived = {(r["a"].value.rsplit("/", 1)[1], r["b"].value.rsplit("/", 1)[1]) for r in store.query(ask, union=True)}
    assert derived == {("landsbergis", "russian_government"), ("nis", "russian_government"),
                       ("western_governments", "russian_government")}
    size = len(store)
    assert infer(store) == counts and len(store) == size  # re-running replaces, never adds
    kg.build(DATA, store)
    assert str(ids.DERIVED_GRAPH) not in store.named_graphs()  # a rebuild drops the stale derived graph


def test_cli_contradictions_formats(runner, new_store):
    store = new_store()
    runner.invoke(main, ["--store", store, "build", "--data", str(DATA)])
    result = runner.invoke(main, ["--store", store, "contradictions", "--level", "state", "--format", "json"])
    import json

    doc = json.loads(result.stdout)
    assert {(d["a"], d["b"]) for d in doc} >= {("ukraine", "russia"), ("south_korea", "russia"), ("lithuania", "russia")}
    statement = doc[0]["statements"][0]
    assert {"id", "speaker", "quote", "date", "source", "start", "end"} <= set(statement)
    text = runner.invoke(main, ["--store", store, "contradictions", "--actor", "peskov"]).stdout
    assert "conflict: budanov vs peskov on nk_troops_in_russia" in text
    assert "“This looks like another bit of fake news”" in text and "(4 conflicts, 1 possible conflict)" in text
    csv_out = runner.invoke(main, ["--store", store, "contradictions", "--format", "csv"]).stdout
    assert csv_out.splitlines()[0].startswith("a,b,grade,proposition,path")
    assert len(csv_out.splitlines()) == 13
    bad = runner.invoke(main, ["--store", store, "contradictions", "--include", "agreement"])
    assert bad.exit_code == 2 and "unknown relation 'agreement'" in bad.stderr
    assert runner.invoke(main, ["--store", store, "contradictions", "--level", "planet"]).exit_code == 2


def test_cli_conflicts_lists_totals_on_every_backend(runner, new_store):
    store = new_store()
    runner.invoke(main, ["--store", store, "build", "--data", str(DATA)])
    text = runner.invoke(main, ["--store", store, "conflicts", "--actor", "peskov"]).stdout.splitlines()
    assert text[0].split() == ["a", "b", "pairs", "contradictions"]
    assert [line.split() for line in text[2:]] == [["budanov", "peskov", "1", "0"], ["landsbergis", "peskov", "1", "0"],
                                                  ["nis", "peskov", "1", "0"], ["ukrainian_media", "peskov", "1", "0"]]
    import json

    states = json.loads(runner.invoke(main, ["--store", store, "conflicts", "--level", "state", "--format", "json"]).stdout)
    assert states[0] == {"state_a": "south_korea", "state_b": "russia", "contradictions": 1, "conflicts": 2, "pairs": 3}
    top = runner.invoke(main, ["--store", store, "conflicts", "--top", "2", "--format", "csv"]).stdout.splitlines()
    assert top == ["a,b,pairs,contradictions", "budanov,russian_government,2,0", "nis,russian_government,2,1"]
    assert runner.invoke(main, ["--store", store, "conflicts", "--top", "0"]).exit_code == 2


def test_cli_stance_changes_and_infer(runner, new_store, data_copy):
    from .conftest import add_second_article

    store = new_store()
    runner.invoke(main, ["--store", store, "build", "--data", str(add_second_article(data_copy))])
    out = runner.invoke(main, ["--store", store, "stance-changes"]).stdout
    assert out.startswith("peskov: reversal PR- → CT+ on nk_troops_in_russia")
    assert "(3 stance changes: 1 reversal, 1 softening, 1 firming)" in out
    out = runner.invoke(main, ["--store", store, "stance-changes", "--level", "state", "--format", "json"]).stdout
    doc = __import__("json").loads(out)
    assert len(doc) == 6 and {"actor", "kind", "from", "to", "date_from", "date_to", "statements"} <= set(doc[0])
    out = runner.invoke(main, ["--store", store, "stance-changes", "--kind", "softening", "--format", "csv"]).stdout
    assert out.splitlines()[0].startswith("actor,kind,proposition,path,from,to") and len(out.splitlines()) == 2
    bad = runner.invoke(main, ["--store", store, "stance-changes", "--kind", "flip"])
    assert bad.exit_code == 2 and "unknown kind of stance change 'flip'" in bad.stderr
    out = runner.invoke(main, ["--store", store, "infer"]).stdout
    assert out.startswith("derived ") and "1 reversal, 1 firming, 1 softening" in out

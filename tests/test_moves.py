"""Stance moves, opposing calls and alternative readings, exactly, on two small stories written for the tests.

``tests/data/moves`` is a border standoff in which every kind of move happens, at person and
state level, with date spans that do and do not order statements; ``tests/data/still`` is a
price story in which nothing moves although it is full of near misses.
"""

import pytest

import kg
from kg import queries as q
from kg.analysis import relations, stance_changes
from kg.cli import main

from .conftest import MOVES, ROOT

def moves_of(found) -> set[tuple]:
    return {(c.actor, c.kind, c.proposition, c.before, c.after, c.earlier.id.split("/")[1], c.later.id.split("/")[1])
            for c in found}


PERSON_MOVES = {
    # a retreat from "most likely invented" to no comment, then back out the other side in two steps
    ("lind", "softening", "troops_at_border", "PR-", "Uu", "lind_invented", "lind_no_comment"),
    ("lind", "firming", "troops_at_border", "Uu", "PS+", "lind_no_comment", "lind_exercises"),
    ("lind", "firming", "troops_at_border", "PS+", "CT+", "lind_exercises", "lind_confirms"),
    ("strand", "reversal", "troops_at_border", "CT-", "CT+", "strand_no_troops", "strand_troops_stay"),
    # the 'late January' span starts after January 15, so it follows the non-confirmation; it overlaps
    # January 25, so the probable and the certain claim are not ordered and do not move
    ("vale", "firming", "troops_at_border", "Uu", "PR+", "vale_cannot_confirm", "vale_probably_massing"),
    ("vale", "firming", "troops_at_border", "Uu", "CT+", "vale_cannot_confirm", "vale_massed"),
    ("ross", "reversal", "border_closed", "CT-", "CT+", "ross_not_closed", "ross_closed"),
}

STATE_MOVES = {
    # Lind and Strand both speak for Northland: its moves pass from one speaker to the other
    ("northland", "firming", "troops_at_border", "PR-", "CT-", "lind_invented", "strand_no_troops"),
    ("northland", "softening", "troops_at_border", "CT-", "Uu", "strand_no_troops", "lind_no_comment"),
    ("northland", "firming", "troops_at_border", "Uu", "PS+", "lind_no_comment", "lind_exercises"),
    ("northland", "firming", "troops_at_border", "PS+", "CT+", "lind_exercises", "lind_confirms"),
    ("southland", "firming", "troops_at_border", "Uu", "PR+", "vale_cannot_confirm", "vale_probably_massing"),
    ("southland", "firming", "troops_at_border", "Uu", "CT+", "vale_cannot_confirm", "vale_massed"),
    # Ross spoke for Northland in February and for Southland in March: no state moved
}


def test_every_kind_of_move_at_person_level(moves_store):
    assert moves_of(stance_changes(moves_store)) == PERSON_MOVES


def test_moves_at_state_level_pass_between_speakers_of_one_state(moves_store):
    assert moves_of(stance_changes(moves_store, level="state")) == STATE_MOVES


def test_moves_at_organization_level(moves_store):
    found = moves_of(stance_changes(moves_store, level="organization"))
    assert ("northland_defence", "reversal", "troops_at_border", "CT-", "CT+", "strand_no_troops",
            "strand_troops_stay") in found
    # the ministry's own denial of a crossing firms what its spokesperson had called invented
    assert ("northland_mfa", "firming", "troops_crossed", "PR-", "CT-", "lind_invented", "mfa_provocation") in found
    assert not [m for m in found if m[0] in ("northland", "southland_mfa")]


def test_kind_and_actor_filters(moves_store):
    assert {m[1] for m in moves_of(stance_changes(moves_store, kinds=("reversal",)))} == {"reversal"}
    assert {m[0] for m in moves_of(stance_changes(moves_store, actor="vale"))} == {"vale"}
    with pytest.raises(kg.KGError, match="unknown kind of stance change 'flip'"):
        stance_changes(moves_store, kinds=("flip",))


def test_the_query_library_answers_the_same_at_person_level(moves_store, still_store):
    rows = q.rows(q.run(moves_store, q.load("stance_changes")))
    assert {(r["actor"], r["kind"], r["proposition"], r["from"], r["to"], r["earlier"].split("/")[1],
             r["later"].split("/")[1]) for r in rows} == PERSON_MOVES
    assert q.rows(q.run(still_store, q.load("stance_changes"))) == []


@pytest.mark.parametrize("level", ["person", "organization", "state"])
def test_nothing_moves_in_the_still_story(still_store, level):
    """The same claim twice, a weaker but narrower claim, a sibling claim, overlapping dates, one day, no date."""
    assert stance_changes(still_store, level=level) == []


def test_opposing_calls_only_when_asked_and_never_as_contradictions(moves_store):
    assert not [r for r in relations(moves_store) if r.grade == "opposing calls"]
    (call,) = [r for r in relations(moves_store, include=("opposing calls",))]
    assert (call.a, call.b, call.grade, call.proposition, call.rule) == (
        "vale", "strand", "opposing calls", "impose_sanctions", "opposite-directives")
    assert [s.stance for s in call.statements] == ["for", "against"]
    (state,) = relations(moves_store, include=("opposing calls",), level="state")
    assert (state.a, state.b) == ("southland", "northland")
    assert [(o.a, o.b) for o in q.opposing_calls(moves_store)] == [("vale", "strand")]


def test_a_conflict_reached_only_through_an_alternative_reading_is_one_grade_weaker(moves_store):
    through = {(r.a, r.statements[0].id.split("/")[1], r.grade) for r in relations(moves_store) if r.readings}
    assert through == {
        ("lind", "lind_confirms", "conflict"),             # certain against certain: a contradiction, weakened
        ("lind", "lind_exercises", "possible conflict"),   # possible against certain: a conflict, weakened
        ("strand", "strand_troops_stay", "conflict"),
        ("vale", "vale_massed", "conflict"),
        ("vale", "vale_probably_massing", "possible conflict"),
    }
    found = [r for r in relations(moves_store) if r.readings]
    assert all(r.b == "northland_mfa" and r.readings == ("troops_at_border",) for r in found)
    assert all(r.path == ("troops_at_border", "a reading of", "troops_crossed") for r in found)
    # at state level Lind and Strand speak for Northland like the ministry: only Vale's remain
    assert {(r.a, r.b, r.grade) for r in relations(moves_store, level="state") if r.readings} == {
        ("southland", "northland", "conflict"), ("southland", "northland", "possible conflict")}


def test_cli_reports_readings_and_opposing_calls(runner, tmp_path):
    store = str(tmp_path / "store")
    assert runner.invoke(main, ["--store", store, "build", "--data", str(MOVES)]).exit_code == 0
    out = runner.invoke(main, ["--store", store, "contradictions", "--actor", "northland_mfa"]).stdout
    assert "possible conflict: vale vs northland_mfa on troops_at_border (only through an alternative reading: " \
           "troops_at_border)" in out
    assert "path: troops_at_border (a reading of) troops_crossed" in out
    out = runner.invoke(main, ["--store", store, "contradictions", "--include", "opposing_calls"]).stdout
    assert "opposing calls: vale vs strand on impose_sanctions" in out and "for ‘urged Southland" in out
    out = runner.invoke(main, ["--store", store, "stance-changes", "--level", "state", "--kind", "softening"]).stdout
    assert out.startswith("northland: softening CT- → Uu on troops_at_border")
    assert "northland/strand" in out and "northland/lind" in out and "(1 stance change: 1 softening)" in out


def test_infer_materialises_moves_readings_and_opposing_calls(new_store):
    moves_store = kg.Store(new_store())  # infer writes: a store of its own
    kg.build(MOVES, moves_store)
    counts = kg.analysis.infer(moves_store)
    assert (counts["reversal"], counts["firming"], counts["softening"]) == (2, 4, 1)
    assert (counts["opposing calls"], counts["possible conflict"]) == (1, 2)
    ask = """PREFIX kg: <https://w3id.org/kg/ontology#>
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?kind ?rule WHERE {
          ?later ?kind ?earlier . ?kind rdfs:subPropertyOf kg:changesStanceFrom .
          ?later kg:changesStanceFrom ?earlier .
          ?d rdf:subject ?later ; rdf:predicate ?kind ; rdf:object ?earlier ; kg:derivedBy ?rule }"""
    rows = [(r["kind"].value.rsplit("#")[1], r["rule"].value.rsplit("#")[1]) for r in moves_store.query(ask, union=True)]
    assert sorted(rows) == sorted([("firmsStanceOf", "StanceFirming")] * 4 + [("reversesStanceOf", "StanceReversal")] * 2
                                  + [("softensStanceOf", "StanceSoftening")])
    reading = """PREFIX kg: <https://w3id.org/kg/ontology#>
        SELECT (COUNT(*) AS ?n) WHERE { ?d kg:reading <https://w3id.org/kg/id/proposition/troops_at_border> }"""
    assert int(next(iter(moves_store.query(reading, union=True)))["n"].value) == 5


SEED_YAML = "articles/north-korean-troops-2024-10-21.yaml"


@pytest.mark.parametrize("old, new, message", [
    ("    stance: for\n    date: 2024-10-20", "    stance: maybe\n    date: 2024-10-20",
     "unknown stance 'maybe' (expected one of: for, against)"),
    ("    about: nk_troops_in_russia\n    or_about", "    stance: against\n    about: nk_troops_in_russia\n    or_about",
     "only a call takes a stance (for or against an action); a dismissal has a factuality"),
    ("or_about: [russia_nk_military_cooperation]", "or_about: [nk_troops_in_russia]",
     "an alternative reading must differ from 'about'"),
    ("or_about: [russia_nk_military_cooperation]", "or_about: [russia_nk_cooperation]",
     "unknown proposition 'russia_nk_cooperation'"),
])
def test_bad_stance_or_reading_is_one_line_naming_the_place(runner, data_copy, new_store, old, new, message):
    path = data_copy / SEED_YAML
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    result = runner.invoke(main, ["--store", new_store(), "build", "--data", str(data_copy)])
    assert result.exit_code == 2 and result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"kg: error: {path}:") and message in line


def test_shapes_check_stances_readings_and_wikidata(seed_compiled):
    from rdflib import OWL, Graph, Literal, URIRef

    from kg import ids, shapes
    from kg.vocab import KG

    good = Graph()
    for part in seed_compiled.graphs.values():
        good += part
    assert shapes.violations(good) == []
    call = ids.statement_iri("north-korean-troops-2024-10-21", "landsbergis_revisit_call")
    claim = ids.statement_iri("north-korean-troops-2024-10-21", "landsbergis_nk_did_it")
    peskov = ids.statement_iri("north-korean-troops-2024-10-21", "peskov_fake_news")
    edits = [
        (claim, KG.stance, KG.positive),                                      # only calls take a stance
        (call, KG.stance, KG.underspecified),                                 # for or against, nothing else
        (peskov, KG.alternativeAbout, ids.proposition_iri("nk_troops_in_russia")),  # the main reading again
        (ids.actor_iri("nato"), OWL.sameAs, URIRef("https://example.org/nato")),    # not a Wikidata entity
        (ids.actor_iri("nato"), OWL.sameAs, Literal("Q7184")),                # an IRI, not text
    ]
    for subject, predicate, value in edits:
        broken = Graph()
        broken += good
        broken.add((subject, predicate, value))
        assert {focus for focus, _ in shapes.violations(broken)} == {subject}, (predicate, value)


@pytest.mark.parametrize("data", [MOVES, ROOT / "data"], ids=["moves", "seed"])
def test_export_of_the_new_data_conforms_to_the_shapes(runner, tmp_path, data):
    from rdflib import Dataset, Graph

    from kg import shapes

    store, out = str(tmp_path / "store"), tmp_path / "graph.trig"
    assert runner.invoke(main, ["--store", store, "build", "--data", str(data)]).exit_code == 0
    assert runner.invoke(main, ["--store", store, "infer"]).exit_code == 0
    assert runner.invoke(main, ["--store", store, "export", "--format", "trig", "-o", str(out)]).exit_code == 0
    merged = Graph()
    for g in Dataset().parse(out, format="trig").graphs():
        merged += g
    assert len(merged) > 1000 and shapes.violations(merged) == []


def test_actors_show_their_wikidata_id(seed_store):
    ids = {r.slug: r.wikidata for r in q.actors(seed_store)}
    assert (ids["rutte"], ids["us_dod"], ids["russia"], ids["peskov"]) == ("Q57792", "Q11209", "Q159", None)


def test_a_reversal_through_incompatibility_names_its_path():
    import datetime as dt

    from kg.analysis.commitment import Closure
    from kg.analysis.evidence import Evidence, proposition_graph
    from kg.analysis.stance import moves

    closure = Closure.of(proposition_graph([("a", "entails", "b"), ("b", "incompatibleWith", "c")]))

    def said(sid, about, factuality, day):
        return Evidence(sid, "x", "claim", about, "q", False, "s", 0, 1, 0, 1, factuality=factuality,
                        date=dt.date(2024, 3, day))

    (change,) = moves([said("s/c", "c", "CT+", 1), said("s/a", "a", "PR+", 10)], closure, lambda e: e.speaker)
    assert (change.kind, change.proposition, change.before, change.after) == ("reversal", "a", "CT-", "PR+")
    assert change.path == ("c", "incompatibleWith", "b", "entailed by", "a")
    assert moves([said("s/c", "c", "CT+", 1), said("s/a", "a", "PR+", 1)], closure, lambda e: e.speaker) == []

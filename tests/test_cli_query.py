"""kg query: library names, files and inline text; formats; errors; injection attempts."""

import csv
import io
import json

import pytest
from rdflib import Graph

from kg.cli import main
from kg.queries import names

from .conftest import DATA, MOVES

KG_PREFIX = "PREFIX kg: <https://w3id.org/kg/ontology#>\n"


def _built(session_stores, tmp_path_factory, data) -> str:
    from click.testing import CliRunner

    location = session_stores()
    if location == "memory:":
        location = str(tmp_path_factory.mktemp("q") / "store")
    assert CliRunner().invoke(main, ["--store", location, "build", "--data", str(data)]).exit_code == 0
    return location


@pytest.fixture(scope="module")
def store(session_stores, tmp_path_factory) -> str:
    return _built(session_stores, tmp_path_factory, DATA)


@pytest.fixture(scope="module")
def moves(session_stores, tmp_path_factory) -> str:
    """The border story, whose propositions have no paraphrases."""
    return _built(session_stores, tmp_path_factory, MOVES)


def kg(runner, store, *args):
    return runner.invoke(main, ["--store", store, "query", *args])


def dump(runner, store) -> bytes:
    return runner.invoke(main, ["--store", store, "export", "--format", "nq"]).stdout_bytes


def test_list_shows_every_library_query_with_its_parameters(runner, store):
    result = kg(runner, store, "--list")
    lines = result.stdout.splitlines()
    assert [line.split()[0] for line in lines] == list(names())
    assert any(line.startswith("statements_by_actor") and "--param actor=<actor>" in line for line in lines)


def test_json_is_sparql_results_json(runner, store):
    result = kg(runner, store, "contradictions", "--format", "json")
    doc = json.loads(result.stdout)
    assert doc["head"]["vars"][:3] == ["a", "b", "grade"]
    bindings = doc["results"]["bindings"]
    assert len(bindings) == 12  # 11 through main readings, 1 through an alternative one
    peskov = [b for b in bindings if b["b"]["value"].endswith("/actor/peskov")]
    assert {b["a"]["value"].rsplit("/", 1)[1] for b in peskov} == {"budanov", "nis", "landsbergis", "ukrainian_media",
                                                                     "western_governments"}
    assert peskov[0]["b"]["type"] == "uri" and peskov[0]["grade"]["type"] == "literal"


@pytest.mark.parametrize("fmt,dialect", [("csv", {}), ("tsv", {"delimiter": "\t", "quoting": csv.QUOTE_NONE})])
def test_csv_and_tsv_round_trip(runner, store, fmt, dialect):
    """CSV holds plain values; TSV holds terms in SPARQL syntax (<iri>, "literal"), as SPARQL 1.1 says."""
    result = kg(runner, store, "statements_by_actor", "--param", "actor=russian_government", "--format", fmt)
    rows = list(csv.reader(io.StringIO(result.stdout), **dialect))
    header, body = rows[0], rows[1:]
    assert header[:3] == (["actor", "statement", "type"] if fmt == "csv" else ["?actor", "?statement", "?type"])
    assert len(body) == 3
    types = [row[2] for row in body]
    assert types == (["denial", "dismissal", "claim"] if fmt == "csv" else ['"denial"', '"dismissal"', '"claim"'])
    assert body[0][0] == ("https://w3id.org/kg/id/actor/russian_government" if fmt == "csv"
                          else "<https://w3id.org/kg/id/actor/russian_government>")


def test_table_is_readable(runner, store):
    result = kg(runner, store, "state_conflicts")
    lines = result.stdout.splitlines()
    assert lines[0].split()[:2] == ["state_a", "state_b"]
    assert {tuple(line.split()[:2]) for line in lines[2:-1]} == {
        ("ukraine", "russia"), ("south_korea", "russia"), ("lithuania", "russia")}
    assert lines[-1] == "(3 rows)"


def test_propositions_show_their_paraphrases(runner, store):
    """Each proposition's other wordings on one line, alphabetical, ' | ' between them."""
    result = runner.invoke(main, ["--store", store, "query", "propositions"], env={"COLUMNS": "100"})
    blocks = result.stdout.split("-[ row ")
    (troops,) = [b for b in blocks if "proposition  nk_troops_in_russia\n" in b]
    assert troops.splitlines()[1:] == [
        "proposition  nk_troops_in_russia",
        "text         North Korean troops are in Russia.",
        "paraphrases  North Korea has sent soldiers to Russia. | North Korean military units have been deployed on "
        "Russian territory."]
    (weapons,) = [b for b in blocks if "proposition  nk_supplies_weapons_to_russia\n" in b]
    assert weapons.splitlines()[-1] == "paraphrases  North Korea sends artillery shells and missiles to Russia."
    assert result.stdout.endswith("(14 rows)\n")


def test_propositions_without_paraphrases_show_none(runner, moves):
    wide = runner.invoke(main, ["--store", moves, "query", "propositions"], env={"COLUMNS": ""}).stdout.splitlines()
    assert wide[0].split() == ["proposition", "text", "paraphrases"]
    assert [line.rstrip() for line in wide[2:-1]] == [
        "border_closed     The border between Northland and Southland is closed.",
        "impose_sanctions  Southland should impose sanctions on Northland.",
        "troops_at_border  Northland troops are massed at the border.",
        "troops_crossed    Northland troops have crossed the border."]
    narrow = runner.invoke(main, ["--store", moves, "query", "propositions"], env={"COLUMNS": "40"}).stdout
    assert "paraphrases" not in narrow and narrow.count("-[ row ") == 4  # row by row, empty values left out


def test_rq_file_with_declared_parameter(runner, store, tmp_path):
    path = tmp_path / "who.rq"
    path.write_text("# Summary: what one actor said\n# Param who (actor): the speaker\n" + KG_PREFIX +
                    "SELECT ?who ?quote WHERE { ?s kg:speaker ?who ; kg:quote ?quote }\n")
    result = kg(runner, store, str(path), "--param", "who=peskov", "--format", "csv")
    assert result.stdout.splitlines()[1:] == ["https://w3id.org/kg/id/actor/peskov,This looks like another bit of fake news"]


def test_inline_ask_and_construct(runner, store):
    assert kg(runner, store, KG_PREFIX + "ASK { ?s a kg:Dismissal }").stdout == "true\n"
    result = kg(runner, store, KG_PREFIX + "CONSTRUCT { ?s kg:speaker ?o } WHERE { ?s kg:speaker ?o }")
    assert len(Graph().parse(data=result.stdout, format="turtle")) == 15


def test_syntax_error_names_line_and_column(runner, store, tmp_path):
    result = kg(runner, store, "SELECT ?x WHERE {\n  ?x ?y }")
    assert result.exit_code == 2
    assert result.stderr.startswith("kg: error: <inline>:2:")
    assert "SPARQL syntax error" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    path = tmp_path / "broken.rq"
    path.write_text("SELECT * WHERE {\n\n ?s ?p }")
    result = kg(runner, store, str(path))
    assert result.exit_code == 2 and result.stderr.startswith(f"kg: error: {path}:3:")


def test_unknown_query_and_parameter_list_the_valid_ones(runner, store):
    result = kg(runner, store, "contradiction")
    assert result.exit_code == 2
    assert "did you mean 'contradictions'" in result.stderr and "timeline" in result.stderr
    result = kg(runner, store, "actors", "--param", "speaker=peskov")
    assert result.exit_code == 2
    assert "has no parameter 'speaker' (valid: actor)" in result.stderr
    assert kg(runner, store, "actors", "--param", "nonsense").exit_code == 2
    assert kg(runner, store, "missing.rq").exit_code == 2


def test_injection_through_param_returns_nothing_and_changes_nothing(runner, store):
    before = dump(runner, store)
    query = KG_PREFIX + "SELECT ?quote WHERE { ?s kg:quote ?quote }"
    hostile = '" } UNION { ?s ?p ?quote } #'
    result = kg(runner, store, query, "--param", f"quote={hostile}", "--format", "csv")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == ["quote"]  # bound as a literal: no extra rows
    result = kg(runner, store, "statements_by_actor", "--param", "actor=peskov> } UNION { ?s ?p ?o } #")
    assert result.exit_code == 2 and "invalid actor" in result.stderr
    result = kg(runner, store, query, "--param", "quote=x\" } ; DROP ALL ; SELECT * { #", "--format", "csv")
    assert result.stdout.splitlines() == ["quote"]
    assert dump(runner, store) == before


def test_updates_are_refused(runner, store):
    before = dump(runner, store)
    result = kg(runner, store, "DELETE WHERE { ?s ?p ?o }")
    assert result.exit_code == 2 and "kg queries are read-only: DELETE is an update" in result.stderr
    assert dump(runner, store) == before

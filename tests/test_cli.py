"""The kg command end to end: build, idempotence, export formats."""

import json

import pytest
from rdflib import Dataset, Graph

from kg.cli import main

from .conftest import DATA


@pytest.fixture
def store(new_store) -> str:
    return new_store()


def test_build_prints_a_one_line_summary(runner, store):
    result = runner.invoke(main, ["--store", store, "build", "--data", str(DATA)])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == f"built {store}: 1 article, 26 actors, 15 statements, 1275 triples"


def test_build_is_idempotent(runner, store):
    dumps = []
    for _ in range(2):
        assert runner.invoke(main, ["--store", store, "build", "--data", str(DATA)]).exit_code == 0
        dumps.append(sorted(runner.invoke(main, ["--store", store, "export", "--format", "nq"]).stdout.splitlines()))
    assert dumps[0] == dumps[1]
    assert len(dumps[0]) == 1275


def test_store_location_from_environment(runner, store):
    result = runner.invoke(main, ["build", "--data", str(DATA)], env={"KG_STORE": store})
    assert result.exit_code == 0 and store in result.stdout


def test_build_drops_articles_removed_from_the_data(runner, store, data_copy):
    assert runner.invoke(main, ["--store", store, "build", "--data", str(data_copy)]).exit_code == 0
    for f in (data_copy / "articles").iterdir():
        f.unlink()
    result = runner.invoke(main, ["--store", store, "build", "--data", str(data_copy)])
    assert result.exit_code == 0
    assert "0 articles, 26 actors, 0 statements" in result.stdout


@pytest.mark.parametrize("fmt,parse_as", [("trig", "trig"), ("nq", "nquads"), ("jsonld", "json-ld")])
def test_export_keeps_named_graphs(runner, store, tmp_path, fmt, parse_as):
    runner.invoke(main, ["--store", store, "build", "--data", str(DATA)])
    out = tmp_path / f"graph.{fmt}"
    result = runner.invoke(main, ["--store", store, "export", "--format", fmt, "-o", str(out)])
    assert result.exit_code == 0, result.output
    ds = Dataset()
    ds.parse(out, format=parse_as)
    graphs = {str(g.identifier) for g in ds.graphs() if len(g)}
    assert {"https://w3id.org/kg/graph/registry", "https://w3id.org/kg/graph/ontology",
            "https://w3id.org/kg/graph/article/north-korean-troops-2024-10-21"} <= graphs
    assert sum(len(g) for g in ds.graphs()) == 1275
    if fmt == "jsonld":
        json.loads(out.read_text())


def test_export_turtle_is_the_union(runner, store):
    runner.invoke(main, ["--store", store, "build", "--data", str(DATA)])
    result = runner.invoke(main, ["--store", store, "export", "--format", "ttl"])
    g = Graph().parse(data=result.stdout, format="turtle")
    assert len(g) == 1275  # no triple is in two graphs
    assert "@prefix kg: <https://w3id.org/kg/ontology#>" in result.stdout


@pytest.mark.parametrize("fmt", ["ttl", "trig"])
def test_exports_write_no_escaped_prefixed_names(runner, store, fmt):
    """Virtuoso keeps the backslash of stmt:ARTICLE\\/SLUG in the IRI it loads: exports write such IRIs whole."""
    runner.invoke(main, ["--store", store, "build", "--data", str(DATA)])
    text = runner.invoke(main, ["--store", store, "export", "--format", fmt]).stdout
    assert "\\/" not in text
    assert "<https://w3id.org/kg/id/statement/north-korean-troops-2024-10-21/peskov_fake_news>" in text


def test_unknown_export_format_is_refused(runner, store):
    result = runner.invoke(main, ["--store", store, "export", "--format", "rdfxml"])
    assert result.exit_code == 2
    assert "Invalid value for '--format'" in result.stderr


@pytest.mark.parametrize("fmt", ["nq", "trig"])
def test_load_restores_an_export(runner, store, new_store, tmp_path, fmt):
    runner.invoke(main, ["--store", store, "build", "--data", str(DATA)])
    backup = tmp_path / f"backup.{fmt}"
    runner.invoke(main, ["--store", store, "export", "--format", fmt, "-o", str(backup)])
    other = new_store()
    result = runner.invoke(main, ["--store", other, "load", str(backup)])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip().endswith("1 article, 26 actors, 15 statements, 1275 triples")
    dump = ["--format", "nq"]
    assert sorted(runner.invoke(main, ["--store", other, "export", *dump]).stdout.splitlines()) == \
        sorted(runner.invoke(main, ["--store", store, "export", *dump]).stdout.splitlines())


def test_load_refuses_a_bad_file_and_keeps_the_store(runner, store, tmp_path):
    runner.invoke(main, ["--store", store, "build", "--data", str(DATA)])
    before = runner.invoke(main, ["--store", store, "export", "--format", "nq"]).stdout
    bad = tmp_path / "bad.nq"
    bad.write_text('<http://a> <http://b> "c" <http://g> .\nnot a quad\n')
    result = runner.invoke(main, ["--store", store, "load", str(bad)])
    assert result.exit_code == 2 and result.stderr.startswith(f"kg: error: {bad}: not valid")
    assert runner.invoke(main, ["--store", store, "export", "--format", "nq"]).stdout == before
    wrong = tmp_path / "graph.ttl"
    wrong.write_text("")
    result = runner.invoke(main, ["--store", store, "load", str(wrong)])
    assert result.exit_code == 2 and "expected an N-Quads (.nq) or TriG (.trig) file" in result.stderr

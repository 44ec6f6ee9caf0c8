"""kg against a real Oxigraph server over the SPARQL 1.1 Protocol and Graph Store Protocol."""

import json
import urllib.error
import urllib.parse
import urllib.request

import pytest

import kg
from kg import analysis
from kg.cli import main
from kg.errors import StoreError
from kg.export import FORMATS
from kg.remote import RemoteStore, parse_location
from kg.serve import oxigraph_command, serve_command

from .conftest import DATA
from .servers import free_port, oxigraph_server, running


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with oxigraph_server(tmp_path_factory.mktemp("oxigraph")) as location:
        kg.build(DATA, kg.Store(location))
        yield location


def test_store_location_picks_the_remote_store(server):
    assert isinstance(kg.Store(server), RemoteStore)
    assert parse_location("sparql+http://h:3030/kg?query=sparql&store=data") == {
        "query": "http://h:3030/kg/sparql", "store": "http://h:3030/kg/data", "dataset": "union", "timeout": "120"}
    with pytest.raises(StoreError, match="invalid store location"):
        kg.Store("sparql+http://h:3030/kg?endpoint=x")


def test_remote_answers_equal_embedded_answers(server, seed_store):
    remote = kg.Store(server)
    assert kg.summary(remote) == kg.summary(seed_store)
    assert [r.as_dict() for r in analysis.relations(remote, include=analysis.GRADES, level="state")] == \
        [r.as_dict() for r in analysis.relations(seed_store, include=analysis.GRADES, level="state")]
    assert kg.queries.statements_by_actor(remote, "peskov") == kg.queries.statements_by_actor(seed_store, "peskov")


def test_bound_values_stay_values_on_the_server(server, runner):
    query = "PREFIX kg: <https://w3id.org/kg/ontology#> SELECT ?quote WHERE { ?s kg:quote ?quote }"
    result = runner.invoke(main, ["--store", server, "query", query, "--param", 'quote=" } UNION { ?s ?p ?quote } #',
                                  "--format", "csv"])
    assert result.exit_code == 0 and result.stdout.splitlines() == ["quote"]


def test_malformed_content_is_refused_before_anything_is_sent(server):
    store = kg.Store(server)
    before = store.dump(FORMATS["nq"])
    with pytest.raises(SyntaxError):
        store.replace({"https://w3id.org/kg/graph/registry": "not n-triples"})
    assert store.dump(FORMATS["nq"]) == before


def test_bad_input_leaves_the_server_untouched(server, runner, data_copy):
    store = kg.Store(server)
    before = store.dump(FORMATS["nq"])
    (data_copy / "actors.yaml").write_text("actors: [unclosed\n")
    result = runner.invoke(main, ["--store", server, "build", "--data", str(data_copy)])
    assert result.exit_code == 2 and "malformed YAML" in result.stderr
    assert store.dump(FORMATS["nq"]) == before


def test_load_streams_in_batches_of_whole_graphs(tmp_path, monkeypatch):
    monkeypatch.setattr("kg.remote.BATCH", 3)
    g = "http://example.org/g"
    lines = [f'<http://example.org/s{i}> <http://example.org/p> "{i}" <{g}{i % 3 // 2}> .' for i in range(12)]
    dataset = tmp_path / "interleaved.nq"
    dataset.write_text("\n".join(lines) + "\n")
    bad = tmp_path / "bad.nq"
    bad.write_text(lines[0] + "\nnot a quad\n")
    with oxigraph_server(tmp_path / "oxigraph") as location:
        store = kg.Store(location)
        store.replace({g + "old": '<http://example.org/a> <http://example.org/b> "c" .\n'})
        with pytest.raises(StoreError, match=r"bad\.nq: not valid N-Quads: .*line 2"):
            store.load_dataset(bad)
        assert store.named_graphs() == [g + "old"]
        seen = []
        store.load_dataset(dataset, progress=lambda done, total: seen.append((done, total)))
        assert store.named_graphs() == [g + "0", g + "1"]
        assert sorted(store.dump(FORMATS["nq"]).decode().splitlines()) == sorted(lines)
        assert seen[-1] == (dataset.stat().st_size,) * 2


def test_an_unreachable_server_is_one_clear_line(runner):
    location = f"sparql+http://127.0.0.1:{free_port()}"
    result = runner.invoke(main, ["--store", location, "query", "summary"])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"kg: error: cannot reach the SPARQL server at {location}")
    assert len(result.stderr.strip().splitlines()) == 1


def test_server_union_default_graph_mode(tmp_path):
    port = free_port()
    location = tmp_path / "db"
    with oxigraph_server(location) as url:
        kg.build(DATA, kg.Store(url))
    command = [oxigraph_command(), "serve", "--location", str(location),
               "--bind", f"127.0.0.1:{port}", "--union-default-graph"]
    with running(command, f"http://127.0.0.1:{port}/"):
        store = kg.Store(f"sparql+http://127.0.0.1:{port}?dataset=server")
        assert str(kg.summary(store)) == "1 article, 26 actors, 15 statements, 1275 triples"


def _sparql(url: str, query: str) -> dict:
    data = urllib.parse.urlencode({"query": query}).encode()
    request = urllib.request.Request(url, data=data, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())


def test_kg_serve_is_read_only_on_localhost(tmp_path):
    store = kg.Store(tmp_path / "store")
    kg.build(DATA, store)
    port = free_port()
    command = serve_command(store, port=port)
    assert command[command.index("--bind") + 1] == f"127.0.0.1:{port}"
    with running(command, f"http://127.0.0.1:{port}/"):
        answer = _sparql(f"http://127.0.0.1:{port}/query",
                         "PREFIX kg: <https://w3id.org/kg/ontology#> SELECT ?q WHERE { ?s kg:speaker <https://w3id.org/kg/id/actor/peskov> ; kg:quote ?q }")
        assert [b["q"]["value"] for b in answer["results"]["bindings"]] == ["This looks like another bit of fake news"]
        update = urllib.request.Request(f"http://127.0.0.1:{port}/update", data=b"update=CLEAR+ALL")
        with pytest.raises(urllib.error.HTTPError):
            urllib.request.urlopen(update, timeout=10)
    assert kg.summary(store).statements == 15
    assert serve_command(store, host="0.0.0.0", port=port)[4:6] == ["--bind", f"0.0.0.0:{port}"]


def test_kg_serve_refuses_stores_it_cannot_serve(runner):
    result = runner.invoke(main, ["--store", "memory:", "serve"])
    assert result.exit_code == 2 and "kg serve serves an on-disk store" in result.stderr

"""Actor networks: weights, camps from structural balance, GraphML/GEXF round trips."""

import json
import random

import networkx as nx
import pytest

from kg.analysis import actor_network, export_network
from kg.analysis.network import camps, frustration, network_from_commitments
from kg.cli import main

from .conftest import DATA
from .hashseeds import outputs_under_hash_seeds


def test_camps_split_russia_from_ukraine_south_korea_and_lithuania(seed_store):
    g = actor_network(seed_store)
    camp = dict(g.nodes(data="camp"))
    assert camp["peskov"] == camp["russian_government"]
    for other in ("budanov", "nis", "landsbergis", "ukrainian_media", "western_governments"):
        assert camp[other] != camp["peskov"]
        assert camp[other] == camp["budanov"]
    assert camp["rutte"] == camp["austin"] == -1  # no signed tie: "cannot confirm" commits to nothing
    assert g.graph["frustration"] == 0
    states = actor_network(seed_store, level="state")
    camp = dict(states.nodes(data="camp"))
    assert camp["russia"] != camp["ukraine"] == camp["south_korea"] == camp["lithuania"]


def test_edge_weights(seed_store):
    g = actor_network(seed_store)
    tie = g["budanov"]["peskov"]
    assert (tie["agree"], tie["disagree"], tie["weight"], tie["sign"]) == (0, 2, -2, -1)
    assert g["budanov"]["nis"]["agree"] == 4 and g["budanov"]["nis"]["weight"] == 4
    moscow = g["landsbergis"]["russian_government"]  # boots, troops in Russia, involvement, cooperation
    assert (moscow["disagree"], moscow["contradictions"]) == (4, 4)
    assert g["budanov"]["russian_government"]["contradictions"] == 0  # Budanov's claim is only probable
    conflict = actor_network(seed_store, weight="conflict")
    assert conflict["budanov"]["peskov"]["weight"] == 2
    cosine = actor_network(seed_store, weight="congruence", normalize="cosine")
    assert cosine["budanov"]["nis"]["weight"] == pytest.approx(4 / 5)
    jaccard = actor_network(seed_store, weight="congruence", normalize="jaccard")
    assert jaccard["budanov"]["nis"]["weight"] == pytest.approx(4 / (5 + 5 - 4))
    assert g.nodes["russian_government"]["statements"] == 3 and g.nodes["peskov"]["kind"] == "person"


@pytest.mark.parametrize("suffix,read", [(".graphml", nx.read_graphml), (".gexf", nx.read_gexf)])
def test_exports_keep_every_attribute(seed_store, tmp_path, suffix, read):
    g = actor_network(seed_store, level="state")
    path = export_network(g, tmp_path / f"net{suffix}")
    back = read(path)
    assert set(back.nodes) == set(g.nodes)
    for node, attrs in g.nodes(data=True):
        for key, value in attrs.items():
            assert back.nodes[node][key] == value, (node, key)
    for u, v, attrs in g.edges(data=True):
        for key, value in attrs.items():
            assert back.edges[u, v][key] == value, (u, v, key)
    if suffix == ".graphml":
        assert back.graph["frustration"] == g.graph["frustration"]


def test_cli_network(runner, tmp_path, new_store):
    store = new_store()
    runner.invoke(main, ["--store", store, "build", "--data", str(DATA)])
    out = tmp_path / "actors.graphml"
    result = runner.invoke(main, ["--store", store, "network", "--export", str(out)])
    assert result.exit_code == 0, result.output
    assert "camp 1: peskov, russian_government" in result.stdout
    assert "frustration 0 (the split is balanced)" in result.stdout
    assert nx.read_graphml(out).number_of_nodes() == 11
    bad = runner.invoke(main, ["--store", store, "network", "--export", str(tmp_path / "x.png")])
    assert bad.exit_code == 2 and "expected .graphml or .gexf" in bad.stderr


def two_debates() -> dict[str, dict[str, int]]:
    """A commitment matrix of two separate debates, of 25 and 20 actors: each actor holds a side
    but breaks with it on one proposition in five, so no split is balanced."""
    rnd = random.Random(2)
    commitments = {}
    for debate, size in (("east", 25), ("west", 20)):
        for i in range(size):
            side = rnd.choice((1, -1))
            commitments[f"{debate}_{i:02d}"] = {f"{debate}_p{p}": side if rnd.random() < 0.8 else -side
                                                for p in range(8) if rnd.random() < 0.3}
    return commitments


def two_debates_camps() -> None:
    """Print the camps of :func:`two_debates` and their frustration as JSON (run in a subprocess by the test below)."""
    g = network_from_commitments(two_debates())
    partition = camps(g)
    print(json.dumps({"camps": sorted(partition.items()), "frustration": frustration(g, partition)[0]}))


def test_camps_of_large_components_are_the_same_under_any_hash_seed():
    # a component of more than 16 actors is split along a spanning tree; built from a subgraph
    # view, whose nodes come in a set's order when it holds fewer than half the actors, the tree
    # and so the camps changed with Python's hash seed (frustration 51, 52, 51, 50, 53 under seeds 1 to 5)
    runs = outputs_under_hash_seeds("tests.test_network:two_debates_camps")
    assert runs[1] == runs[0] and runs[2] == runs[0]
    camp = dict(runs[0]["camps"])
    assert {c for a, c in camp.items() if a.startswith("east")} == {0, 1}  # the larger debate first
    assert {c for a, c in camp.items() if a.startswith("west")} == {2, 3}
    assert camp["east_00"] == 0 and camp["west_00"] == 2  # camp 0 of a component holds its first actor

    g = network_from_commitments(two_debates())  # and no actor is better off in the other camp
    for actor, side in camp.items():
        assert frustration(g, {**camp, actor: side ^ 1})[0] >= runs[0]["frustration"], actor

"""The HTML network without a browser: self-contained, escaped, and showing the right graph."""

import datetime as dt
import re

import networkx as nx
import pytest

from kg.analysis.evidence import Evidence
from kg.cli import main
from kg.errors import KGError
from kg.viewgraph import ViewOptions, quote_item, view_graph
from kg.viz import PHYSICS_LIMIT, render_html

from .conftest import DATA

REMOTE = re.compile(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//|@import\s+(?:url\()?\s*["']?\s*(?:https?:)?//|url\(\s*["']?\s*(?:https?:)?//""", re.I)


def kinds(g):
    from collections import Counter

    return Counter(kind for _, _, kind in g.edges(data="kind"))


def test_seed_view_graph(seed_store):
    g = view_graph(seed_store)
    assert g.number_of_nodes() == 26
    assert kinds(g) == {"affiliation": 15, "corroboration": 11, "unconfirmed": 8, "conflict": 7, "contradiction": 3}
    assert g.nodes["peskov"]["kind"] == "person" and g.nodes["nis"]["kind"] == "organization"
    assert g.nodes["russian_government"]["size"] > g.nodes["peskov"]["size"]  # three statements against one
    assert g.nodes["peskov"]["tip"]["quotes"][0]["quote"] == "This looks like another bit of fake news"


def test_filters(seed_store):
    states = view_graph(seed_store, ViewOptions(level="state", only="conflicts"))
    assert sorted(states.nodes) == ["lithuania", "russia", "south_korea", "ukraine", "ukrainian_media", "western_governments"]
    assert set(kinds(states)) == {"contradiction", "conflict"}
    ego = view_graph(seed_store, ViewOptions(actor="peskov", hops=1))
    assert sorted(ego.nodes) == ["budanov", "kremlin", "landsbergis", "nis", "peskov", "russian_government", "ukrainian_media"]
    assert list(view_graph(seed_store, ViewOptions(actor="peskov", hops=0)).nodes) == ["peskov"]
    october_10 = view_graph(seed_store, ViewOptions(since=dt.date(2024, 10, 1), until=dt.date(2024, 10, 17)))
    assert {n for n, said in october_10.nodes(data="statements") if said} == {"peskov"}
    assert not {"conflict", "contradiction"} & set(kinds(october_10))  # Budanov spoke later
    statements = view_graph(seed_store, ViewOptions(statements=True))
    assert sum(1 for _, kind in statements.nodes(data="kind") if kind == "statement") == 15
    assert kinds(statements)["said"] == 15


@pytest.mark.parametrize("options,message", [
    (ViewOptions(actor="pesk"), "did you mean 'peskov'"),
    (ViewOptions(level="planet"), "unknown level"),
    (ViewOptions(only="friends"), "unknown filter"),
    (ViewOptions(since=dt.date(2024, 11, 1), until=dt.date(2024, 10, 1)), "the window is empty"),
])
def test_bad_view_options(seed_store, options, message):
    with pytest.raises(KGError, match=message):
        view_graph(seed_store, options)


def test_page_references_nothing_on_the_network(seed_store):
    page = render_html(view_graph(seed_store))
    assert not REMOTE.search(page)
    assert "<script src" not in page and "<link" not in page
    assert "vis-network" in page  # the library is inlined
    assert '"physics":{"enabled":true' in page


def _hostile_graph() -> nx.MultiDiGraph:
    quote = '<script>alert(1)</script> & "quotes" </script><img src=x onerror=alert(2)>'
    e = Evidence(id="a/s1", speaker="x", type="claim", proposition="p", quote=quote, direct=True, source="a",
                 start=0, end=len(quote), sentence_start=0, sentence_end=len(quote), factuality="CT+",
                 date=dt.date(2024, 1, 1))
    g = nx.MultiDiGraph()
    tip = {"title": "<b>x</b>", "lines": [], "quotes": [quote_item("x", e)]}
    g.add_node("x", label="<i>x</i>", kind="person", size=12, tip=tip, statements=1)
    g.add_node("y", label="y", kind="state", size=12, tip={"title": "y", "lines": [], "quotes": []}, statements=0)
    g.add_edge("x", "y", kind="conflict", count=1, tip=tip)
    return g


def test_article_text_is_escaped():
    page = render_html(_hostile_graph(), title="<script>alert(3)</script>")
    assert "<script>alert(1)</script>" not in page
    assert "<script>alert(3)</script>" not in page and "&lt;script&gt;alert(3)&lt;/script&gt;" in page
    assert "onerror=alert(2)>" not in page
    assert page.count("</script>") == 3  # the data block and the two scripts of ours, nothing injected


def test_large_graphs_get_python_positions_and_no_physics():
    g = nx.MultiDiGraph()
    for i in range(PHYSICS_LIMIT + 1):
        g.add_node(f"n{i}", label=f"n{i}", kind="person", size=12, statements=0, tip={"title": "", "lines": [], "quotes": []})
        if i:
            g.add_edge(f"n{i - 1}", f"n{i}", kind="conflict", count=1, tip={"title": "", "lines": [], "quotes": []})
    page = render_html(g)
    assert '"physics":{"enabled":false}' in page
    assert '"x":' in page and '"smooth":false' in page


def test_cli_viz(runner, tmp_path, new_store):
    store = new_store()
    runner.invoke(main, ["--store", store, "build", "--data", str(DATA)])
    out = tmp_path / "g.html"
    result = runner.invoke(main, ["--store", store, "viz", "-o", str(out), "--level", "state", "--only", "conflicts"])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == f"wrote {out}: 6 nodes, 7 edges"
    assert not REMOTE.search(out.read_text())
    bad = runner.invoke(main, ["--store", store, "viz", "-o", str(out), "--actor", "nobody"])
    assert bad.exit_code == 2 and "'nobody' is not in this view" in bad.stderr
    bad = runner.invoke(main, ["--store", store, "viz", "--since", "2024-02-30"])
    assert bad.exit_code == 2

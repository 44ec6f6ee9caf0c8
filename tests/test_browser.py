"""The HTML network in a real headless Chromium with the network cut off.

Runs wherever Debian's chromium and Playwright are installed (CI installs both); elsewhere
it is skipped, except under CI=true, where a missing browser is a failure.
"""

import os
from pathlib import Path

import pytest

from kg.viewgraph import view_graph
from kg.viz import render_html

from . import browser
from .test_viz import _hostile_graph

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"

if not browser.available():
    if os.environ.get("CI"):
        pytest.fail("CI must install chromium and playwright for the browser tests", pytrace=False)
    pytest.skip("chromium or playwright not installed", allow_module_level=True)


def test_seed_page_renders_offline_with_evidence(seed_store, tmp_path):
    g = view_graph(seed_store)
    path = tmp_path / "seed.html"
    path.write_text(render_html(g), encoding="utf-8")
    with browser.offline_page(path) as (page, visit):
        counts = page.evaluate("[kgNodes.length, kgEdges.length]")
        assert counts == [g.number_of_nodes(), g.number_of_edges()] == [26, 44]
        text = browser.hover_node(page, "peskov")
        assert "This looks like another bit of fake news" in text and "PR-" in text and "2024-10-10" in text
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "seed-network.png"))
        page.fill("#kg-search", "Kyrylo Budanov")
        page.press("#kg-search", "Enter")
        assert page.evaluate("kgNetwork.getSelectedNodes()") == ["budanov"]
        page.uncheck("#kg-toggles input[data-kind=affiliation]")
        assert page.evaluate("kgEdges.get({filter: e => e.hidden}).length") == 15
    assert visit.failed_requests == [] and visit.blocked_requests == []
    assert visit.console_errors == []
    assert (ARTIFACTS / "seed-network.png").stat().st_size > 10_000


def test_a_quote_with_a_script_tag_is_shown_not_run(tmp_path):
    path = tmp_path / "hostile.html"
    path.write_text(render_html(_hostile_graph(), title="<script>alert(3)</script>"), encoding="utf-8")
    with browser.offline_page(path) as (page, visit):
        text = browser.hover_node(page, "x")
        assert "<script>alert(1)</script>" in text  # as text, in the tooltip
        assert page.title() == "<script>alert(3)</script>"
        assert page.evaluate("document.querySelectorAll('#kg-tip script, #kg-tip img').length") == 0
    assert visit.dialogs == [] and visit.console_errors == []

"""The explorer in a real headless Chromium with the network cut off, used as an analyst would.

Runs wherever Debian's chromium and Playwright are installed (CI installs both); elsewhere
it is skipped, except under CI=true, where a missing browser is a failure. Each test opens
as few pages as it can: a page costs about a second.
"""

import datetime as dt
import json
import os
from pathlib import Path

import pytest

from kg.viewgraph import ViewOptions, view_graph
from kg.viz import OVERVIEW_LIMIT, render_html

from . import browser
from .viewdata import HOSTILE, hostile_graph, synthetic_graph

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"

if not browser.available():
    if os.environ.get("CI"):
        pytest.fail("CI must install chromium and playwright for the browser tests", pytrace=False)
    pytest.skip("chromium or playwright not installed", allow_module_level=True)


def _page(tmp_path, g, name="page.html", **kwargs) -> Path:
    path = tmp_path / name
    path.write_text(render_html(g, **kwargs), encoding="utf-8")
    return path


def _shown(page) -> set:
    return set(page.evaluate("kgNodes.getIds()"))


def test_seed_page_panel_focus_search_and_switches(seed_store, tmp_path):
    g = view_graph(seed_store)
    with browser.offline_page(_page(tmp_path, g)) as (page, visit):
        assert page.evaluate("[kgNodes.length, kgEdges.length]") == [26, 44]
        preview = browser.hover_node(page, "peskov")
        assert "Dmitry Peskov" in preview and "person · 1 statement" in preview and "peskov" not in preview

        panel = browser.click_node(page, "peskov")  # pinned, with the evidence in words
        for words in ("This looks like another bit of fake news", "probable, negative (PR-), on 2024-10-10",
                      "cue: “told reporters”", "reported directly by the article", "characters 2268–2308",
                      "Alleged North Korean troop involvement in Ukraine sparks escalation fears",
                      "about: North Korean troops are in Russia."):
            assert words in panel, words
        sentence = page.locator("#kg-panel .sentence").first
        assert sentence.locator("mark").inner_text() == "This looks like another bit of fake news"
        assert len(sentence.inner_text()) > len("This looks like another bit of fake news") + 20  # the whole sentence
        assert page.evaluate("getComputedStyle(document.querySelector('#kg-panel')).userSelect") != "none"
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "seed-network.png"))

        # focus: Peskov and his neighbours stay, the rest dims
        dimmed = set(page.evaluate("kgNodes.get({filter: n => n.opacity < 1}).map(n => n.id)"))
        assert "peskov" not in dimmed and "budanov" not in dimmed and "kremlin" not in dimmed and "macron" in dimmed
        corner = page.locator("#kg-network").bounding_box()
        browser.click(page, (corner["x"] + 5, corner["y"] + 5),  # a click on nothing clears it
                      until="kgNodes.get({filter: n => n.opacity < 1}).length === 0")
        assert page.locator("#kg-panel").is_visible()  # the panel stays pinned until closed

        # every name in the panel is a link that focuses its node
        page.locator("#kg-panel a[data-node=budanov]").first.click()
        assert page.evaluate("kgNetwork.getSelectedNodes()") == ["budanov"]
        assert page.locator("#kg-panel h2").inner_text() == "Kyrylo Budanov"

        page.fill("#kg-search", "Gabrielius Landsbergis")
        page.press("#kg-search", "Enter")
        assert page.evaluate("kgNetwork.getSelectedNodes()") == ["landsbergis"]
        assert page.locator("#kg-tip").is_hidden()
        page.fill("#kg-search", "nobody at all")
        page.press("#kg-search", "Enter")
        assert page.locator("#kg-search-status").inner_text() == "no actor matches “nobody at all”"

        # hiding affiliations hides the actors they alone tied in, unless the switch says otherwise
        page.uncheck("#kg-toggles input[data-kind=affiliation]")
        assert page.evaluate("kgEdges.get({filter: e => e.kind === 'affiliation'}).length") == 0
        assert {"france", "kremlin", "north_korea"}.isdisjoint(_shown(page)) and "peskov" in _shown(page)
        page.uncheck("#kg-lonely")
        assert {"france", "kremlin", "north_korea"} <= _shown(page)

        page.locator("#kg-panel-close").click()
        assert page.locator("#kg-panel").is_hidden()
        browser.click_node(page, "nis")
        page.keyboard.press("Escape")
        assert page.locator("#kg-panel").is_hidden()
    assert visit.failed_requests == [] and visit.blocked_requests == []
    assert visit.console_errors == []


def _drags_freely(page, node: str) -> bool:
    """Whether dragging the view 100 px to the right moves ``node`` 100 px to the right, and it stays there through redraws."""
    page.wait_for_function("window.kgStable === true", timeout=30000)
    x, y = browser.node_point(page, node)
    corner = page.locator("#kg-network").bounding_box()
    page.mouse.move(corner["x"] + 8, corner["y"] + 8)
    page.mouse.down()
    page.mouse.move(corner["x"] + 108, corner["y"] + 8, steps=5)
    page.mouse.up()
    for _ in range(20):
        page.evaluate("kgNetwork.redraw()")
    after = page.evaluate("(id) => kgNetwork.canvasToDOM(kgNetwork.getPositions([id])[id])", node)
    return abs(corner["x"] + after["x"] - (x + 100)) < 1 and abs(corner["y"] + after["y"] - y) < 1


def test_searches_and_links_glide_once_and_leave_the_view_free(seed_store, tmp_path):
    """Two glides started before a frame was drawn (Enter's keydown and change handled back to back, two
    clicks queued on a busy page) left vis-network replaying the first on every redraw: the view jumped
    back and would not be dragged."""
    with browser.offline_page(_page(tmp_path, view_graph(seed_store))) as (page, visit):
        page.evaluate("""() => {
            window.glides = 0;
            kgNetwork.on('animationFinished', () => { window.glides += 1; });
            const search = document.getElementById('kg-search');
            search.value = 'Gabrielius Landsbergis';
            search.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter'}));
            search.dispatchEvent(new Event('change'));
        }""")
        assert page.evaluate("kgNetwork.getSelectedNodes()") == ["landsbergis"]
        page.wait_for_function("window.kgStable === true", timeout=30000)
        assert page.evaluate("window.glides") == 1  # one Enter, one search
        assert _drags_freely(page, "nis")

        linked = page.evaluate("Array.from(document.querySelectorAll('#kg-panel a[data-node]'), a => a.dataset.node)")
        first, second = linked[0], next(n for n in linked if n != linked[0])
        page.evaluate("""([first, second]) => {
            document.querySelector(`#kg-panel a[data-node="${first}"]`).click();
            document.querySelector(`#kg-panel a[data-node="${second}"]`).click();
        }""", [first, second])
        assert page.evaluate("kgNetwork.getSelectedNodes()") == [second]
        assert _drags_freely(page, "nis")
    assert visit.console_errors == []


def test_state_conflict_both_parallel_ties_legend_and_stable_layout(seed_store, tmp_path):
    path = _page(tmp_path, view_graph(seed_store, ViewOptions(level="state")))
    positions = []
    for _ in range(2):
        with browser.offline_page(path) as (page, visit):
            positions.append(page.evaluate("kgNetwork.getPositions()"))
    assert positions[0] == positions[1]  # two loads, one picture
    assert positions[0]["russia"] != positions[0]["south_korea"]

    with browser.offline_page(path) as (page, visit):
        spans = page.evaluate("""(() => {
            const at = Object.values(kgNetwork.getPositions()).map(p => kgNetwork.canvasToDOM(p));
            const box = document.getElementById('kg-network').getBoundingClientRect();
            const xs = at.map(p => p.x), ys = at.map(p => p.y);
            return [(Math.max(...xs) - Math.min(...xs)) / box.width, (Math.max(...ys) - Math.min(...ys)) / box.height,
                    Math.min(...xs), Math.min(...ys), box.width - Math.max(...xs), box.height - Math.max(...ys)];
        })()""")
        assert max(spans[0], spans[1]) > 0.6 and min(spans[2:]) > 0  # fitted to the window, nothing cut off
        pair = page.evaluate("""kgEdges.get({filter: e => [e.from, e.to].sort().join() === 'russia,south_korea'})
                                .map(e => [e.id, e.kind])""")
        assert sorted(kind for _, kind in pair) == ["conflict", "contradiction"]
        headings = {}
        for edge, kind in pair:  # each tie of the pair answers its own click, on its own curve
            text = browser.click_panel(page, lambda edge=edge: browser.edge_point(page, edge))
            headings[kind] = page.locator("#kg-panel h2").inner_text()
            if kind == "conflict":
                panel = text
        assert headings == {"contradiction": "contradiction: South Korea – Russia", "conflict": "conflict: South Korea – Russia"}
        for words in ("2 statement pairs", "National Intelligence Service — confirmation", "speaking for South Korea",
                      "certain, positive (CT+), on 2024-10-18", "the article says “reportedly”",
                      "Dmitry Peskov — dismissal", "probable, negative (PR-), on 2024-10-10",
                      "on: North Korean troops are in Russia.", "on: North Korean troops will be deployed to fight in Ukraine.",
                      "characters 1206–1335"):
            assert words in panel, words
        page.screenshot(path=str(ARTIFACTS / "state-conflict-panel.png"))

        # the legend draws each kind in the shape the network draws it
        legend = dict(page.evaluate("""[...document.querySelectorAll('#kg-legend .item[data-kind]')]
                                       .map(i => [i.dataset.kind, i.querySelector('svg').dataset.shape])"""))
        drawn = page.evaluate("Object.fromEntries(kgNodes.get().map(n => [n.kind, n.shape]))")
        assert legend == drawn == {"state": "diamond", "intergovernmental": "hexagon", "person": "dot", "media": "triangle",
                                   "group": "star"}
        shapes = {"dot": "circle", "diamond": "polygon", "hexagon": "polygon", "triangle": "polygon", "star": "polygon"}
        for kind, shape in legend.items():
            assert page.locator(f"#kg-legend .item[data-kind={kind}] svg {shapes[shape]}").count() == 1

        # a dragged node stays where it was put, through a redraw of the view
        x, y = browser.node_point(page, "france")
        page.mouse.move(x, y)
        page.mouse.down()
        page.mouse.move(x + 60, y + 40, steps=5)
        page.mouse.up()
        moved = page.evaluate("kgNetwork.getPositions(['france']).france")
        assert moved != positions[0]["france"]
        page.uncheck("#kg-toggles input[data-kind=corroboration]")
        assert page.evaluate("kgNetwork.getPositions(['france']).france") == moved
    assert visit.console_errors == []


def test_date_window_and_play(seed_store, tmp_path):
    path = _page(tmp_path, view_graph(seed_store, ViewOptions(statements=True)))
    with browser.offline_page(path) as (page, visit):
        budanov = "north-korean-troops-2024-10-21/budanov_11000_troops"
        assert budanov in _shown(page)
        assert page.evaluate("kgEdges.get({filter: e => e.kind === 'conflict'}).length") == 8
        day = page.evaluate("kg.dayIndex('2024-10-17')")
        page.eval_on_selector("#kg-until", "(r, v) => { r.value = v; r.dispatchEvent(new Event('input')); }", day)
        assert page.locator("#kg-until-label").inner_text() == "2024-10-17"
        shown = _shown(page)
        assert budanov not in shown and "north-korean-troops-2024-10-21/peskov_fake_news" in shown
        assert page.evaluate("kgEdges.get({filter: e => e.kind === 'conflict' || e.kind === 'contradiction'}).length") == 0
        assert "statements in the window" in page.locator("#kg-time-status").inner_text()

        last = page.evaluate("kg.dayIndex('2024-10-21')")
        page.eval_on_selector("#kg-until", "(r, v) => { r.value = v; r.dispatchEvent(new Event('input')); }", last)
        assert budanov in _shown(page)
        page.click("#kg-play")  # from the whole story, play starts at its first day and steps forward a day at a time
        start = page.locator("#kg-until-label").inner_text()
        page.wait_for_function("document.getElementById('kg-until-label').textContent > '2024-03-31'", timeout=5000)
        assert start == page.locator("#kg-from-label").inner_text() == "2024-03-31"
        page.click("#kg-play")  # pause
        paused = page.locator("#kg-until-label").inner_text()
        page.wait_for_timeout(900)
        assert page.locator("#kg-until-label").inner_text() == paused
    assert visit.console_errors == []


def test_camps_and_proposition_view(seed_store, tmp_path):
    g = view_graph(seed_store)
    with browser.offline_page(_page(tmp_path, g)) as (page, visit):
        page.select_option("#kg-proposition", "nk_troops_in_russia")
        camps = {camp: page.locator(f"#kg-panel section[data-camp='{camp}'] li a").all_inner_texts()
                 for camp in ("asserts", "denies", "cannot confirm")}
        assert sorted(camps["asserts"]) == ["Gabrielius Landsbergis", "Kyrylo Budanov", "National Intelligence Service",
                                            "Ukrainian media"]
        assert sorted(camps["denies"]) == ["Dmitry Peskov", "Government of Russia"]
        assert camps["cannot confirm"] == []
        asserts = page.locator("#kg-panel section[data-camp=asserts]").inner_text()
        assert "probable, positive" in asserts
        assert "(said of “11,000 North Korean troops will be ready to join the fight by 1 November 2024.”, which entails it)" in asserts
        denies = page.locator("#kg-panel section[data-camp=denies]").inner_text()
        assert "(said of “Russia and North Korea cooperate militarily.”, which it entails)" in denies
        assert page.locator("#kg-panel-body > p.muted").first.inner_text() == "also worded as:"
        assert page.locator("#kg-panel ul.wordings li").all_inner_texts() == [
            "“North Korea has sent soldiers to Russia.”", "“North Korean military units have been deployed on Russian territory.”"]
        highlighted = set(page.evaluate("kgNodes.get({filter: n => !(n.opacity < 1)}).map(n => n.id)"))
        assert highlighted == {"budanov", "landsbergis", "nis", "ukrainian_media", "peskov", "russian_government"}

        page.check("input[name=kg-view][value=propositions]")
        shown = page.evaluate("kgNetwork.body.data.nodes.getIds()")
        assert len(shown) == len(g.graph["propositions"]) and "nk_troops_in_russia" in shown
        kinds = page.evaluate("kgNetwork.body.data.edges.get().map(e => e.kind)")
        assert set(kinds) == {"entails"}  # the seed has no incompatibility
        assert page.locator("#kg-legend [data-mode=propositions]").is_visible()
        assert page.locator("#kg-legend [data-mode=propositions] .item").count() == 2  # no incompatibility to explain
        assert page.locator("#kg-toggles").is_hidden()  # tie switches belong to the actors' view
        panel = browser.click_node(page, "nk_military_involvement")
        assert "North Korea is militarily involved in the war in Ukraine." in panel
        assert "“North Korea is a party to the war in Ukraine.”\n“North Korea takes part in Russia's war against Ukraine.”" in panel
        assert browser.hover_node(page, "nk_troops_in_russia").splitlines() == [
            "North Korean troops are in Russia.", "also worded as “North Korea has sent soldiers to Russia.”",
            "or “North Korean military units have been deployed on Russian territory.”", "click: who asserts, who denies"]
        assert sorted(page.locator("#kg-panel section[data-camp='cannot confirm'] li a").all_inner_texts()) == [
            "Lloyd Austin", "Mark Rutte"]
    assert visit.console_errors == []


def test_overview_expand_and_export(tmp_path):
    g = synthetic_graph(OVERVIEW_LIMIT + 100)
    with browser.offline_page(_page(tmp_path, g, name="big.html")) as (page, visit):
        shown = _shown(page)
        assert len(shown) == 40 and all(n.startswith("c:") for n in shown)
        assert page.evaluate("kgNodes.get('c:state3').label") == "State 3 · 10"
        browser.click(page, lambda: browser.node_point(page, "c:state3"), until="kgNodes.get('a3') !== null")
        shown = _shown(page)
        assert "c:state3" not in shown and {f"a{i}" for i in range(3, 400, 40)} <= shown and len(shown) == 39 + 10
        page.fill("#kg-search", "Actor 45")  # an actor inside a closed cluster: its cluster opens
        page.press("#kg-search", "Enter")
        assert page.evaluate("kgNetwork.getSelectedNodes()") == ["a45"] and "c:state5" not in _shown(page)

        with page.expect_download() as download:
            page.click("#kg-export-json")
        exported = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
        assert {n["id"] for n in exported["nodes"]} == _shown(page)
        assert len(exported["ties"]) == page.evaluate("kgEdges.length")
        assert "s45" in exported["statements"] and exported["window"] == {"from": "2024-10-01", "until": "2024-10-30"}
        with page.expect_download() as download:
            page.click("#kg-export-png")
        png = Path(download.value.path()).read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 10_000
        page.click("#kg-overview")
        assert len(_shown(page)) == 40
    assert visit.console_errors == []


def test_thousands_of_ties_are_drawn_solid_and_the_legend_says_so(tmp_path):
    g = synthetic_graph(1100)
    with browser.offline_page(_page(tmp_path, g, name="all.html", overview_limit=10**9)) as (page, visit):
        assert page.evaluate("kgEdges.length") > 2000
        assert page.evaluate("kgEdges.get({filter: e => e.dashes}).length") == 0
        assert page.locator("#kg-dash-note").is_visible()
        page.eval_on_selector("#kg-until", "(r) => { r.value = 3; r.dispatchEvent(new Event('input')); }")
        assert page.evaluate("kgEdges.length") < 2000 and page.evaluate("kgEdges.get({filter: e => e.dashes}).length") > 0
        assert page.locator("#kg-dash-note").is_hidden()
    assert visit.console_errors == []


def test_an_empty_view_says_so(seed_store, tmp_path):
    g = view_graph(seed_store, ViewOptions(only="conflicts", until=dt.date(2024, 1, 2)))
    with browser.offline_page(_page(tmp_path, g)) as (page, visit):
        assert page.locator("#kg-search-status").inner_text() == "nothing to draw: no actor is in this view"
        assert page.locator("#kg-time").is_hidden()
    assert visit.console_errors == []


def test_hostile_text_is_shown_not_run(tmp_path):
    path = _page(tmp_path, hostile_graph(), title="<script>alert(3)</script>")
    with browser.offline_page(path) as (page, visit):
        assert HOSTILE in browser.hover_node(page, "x")  # the preview
        panel = browser.click_node(page, "x")  # names, quote, sentence, cue, chain, article, proposition
        assert panel.count(HOSTILE) >= 6
        for edge in page.evaluate("kgEdges.getIds()"):  # the contradiction and the affiliation's words
            page.evaluate("(id) => kg.showEdge(id)", edge)
            assert HOSTILE in page.locator("#kg-panel").inner_text()
        page.select_option("#kg-proposition", "p")  # the camps, with the paraphrase
        assert HOSTILE in page.locator("#kg-panel").inner_text()
        assert page.locator("#kg-panel ul.wordings li").all_inner_texts() == [f"“<b>also</b> {HOSTILE}”"]
        assert HOSTILE in page.locator("#kg-proposition option[value=p]").inner_text()
        page.fill("#kg-search", HOSTILE)  # the search's answer repeats what was typed
        page.press("#kg-search", "Enter")
        page.fill("#kg-search", "<img src=y onerror=alert(4)>")
        page.press("#kg-search", "Enter")
        assert "<img src=y onerror=alert(4)>" in page.locator("#kg-search-status").inner_text()
        page.check("input[name=kg-view][value=propositions]")
        browser.click_node(page, "p")
        assert f"also worded as “<b>also</b> {HOSTILE}”" in browser.hover_node(page, "p")
        assert page.title() == "<script>alert(3)</script>"
        assert page.evaluate("document.querySelectorAll('img, i, #kg-panel b, #kg-panel script, #kg-tip *:not(div)').length") == 0
        assert page.evaluate("document.scripts.length") == 3
    assert visit.dialogs == [] and visit.console_errors == []

    overview = _page(tmp_path, hostile_graph(), name="clusters.html", overview_limit=0)  # a cluster named after x
    with browser.offline_page(overview) as (page, visit):
        assert page.evaluate("kgNodes.getIds()") == ["c:x"] and HOSTILE in page.evaluate("kgNodes.get('c:x').label")
        assert HOSTILE in browser.hover_node(page, "c:x")
        browser.click(page, lambda: browser.node_point(page, "c:x"), until="kgNodes.get('x') !== null")
        assert page.evaluate("document.querySelectorAll('img, #kg-tip *:not(div)').length") == 0
    assert visit.dialogs == [] and visit.console_errors == []

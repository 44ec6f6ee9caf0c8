"""Opening kg's HTML in Debian's headless Chromium through Playwright, with the network cut off.

Shared by the browser tests and ``benchmarks/viz_draw.py``. Playwright drives the system
Chromium (``/usr/bin/chromium``); it never downloads a browser of its own.
"""

from __future__ import annotations

import os
import shutil
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

CHROMIUM = os.environ.get("KG_CHROMIUM", shutil.which("chromium") or "/usr/bin/chromium")
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def available() -> bool:
    """Whether Chromium and Playwright are installed."""
    try:
        import playwright  # noqa: F401
    except ImportError:
        return False
    return Path(CHROMIUM).exists()


@dataclass
class Visit:
    """What happened while a page was open."""

    failed_requests: list[str] = field(default_factory=list)
    blocked_requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


@contextmanager
def offline_page(path: Path, width: int = 1400, height: int = 900, timeout_ms: int = 60000):
    """Open ``path`` with every non-file request aborted; yield (page, visit) once the network is drawn."""
    from playwright.sync_api import sync_playwright

    visit = Visit()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": height})
            page.on("requestfailed", lambda r: visit.failed_requests.append(r.url))
            page.on("console", lambda m: visit.console_errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: visit.console_errors.append(str(e)))
            page.on("dialog", lambda d: (visit.dialogs.append(d.message), d.dismiss()))

            def route(r):
                if r.request.url.startswith("file:"):
                    r.continue_()
                else:
                    visit.blocked_requests.append(r.request.url)
                    r.abort()

            page.route("**/*", route)
            page.goto(Path(path).resolve().as_uri())
            page.wait_for_function("window.kgDrawn === true", timeout=timeout_ms)
            yield page, visit
        finally:
            browser.close()


def hover_node(page, node: str) -> str:
    """Move the mouse onto ``node`` as a person would and return the tooltip's text."""
    x, y = node_point(page, node)
    page.mouse.move(x - 40, y - 40)
    page.mouse.move(x, y, steps=4)
    page.wait_for_selector("#kg-tip", state="visible", timeout=5000)
    return page.locator("#kg-tip").inner_text()


def _on_canvas(page, point: str, what, name: str) -> tuple[float, float]:
    """Page coordinates of the canvas point the page expression ``point`` gives for ``what``, once the view is still.

    Fails at once, naming ``name``, if the point is off the network or another element covers it there.
    """
    page.wait_for_function("window.kgStable === true", timeout=30000)  # a glide would carry it away from where it is read
    x, y, top = page.evaluate(f"""(what) => {{
        const dom = {point};
        const box = document.getElementById('kg-network').getBoundingClientRect();
        const x = box.left + dom.x, y = box.top + dom.y, top = document.elementFromPoint(x, y);
        return [x, y, top === null ? 'nothing' : top.closest('#kg-network') ? '' : top.tagName + '#' + top.id];
    }}""", what)
    assert not top, f"{name} is drawn at ({x:.0f}, {y:.0f}), where {top} is, not the network"
    return x, y


def node_point(page, node: str) -> tuple[float, float]:
    """Where ``node`` is drawn, in page coordinates, once the view is still."""
    return _on_canvas(page, "kgNetwork.canvasToDOM(kgNetwork.getPositions([what])[what])", node, f"node {node}")


def edge_point(page, edge) -> tuple[float, float]:
    """A point on ``edge`` as drawn (on its curve, if curved) where a click reaches it and no node is, in page coordinates."""
    return _on_canvas(page, """(() => {
        const e = kgNetwork.body.edges[what];
        for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.45, 0.55, 0.35, 0.65, 0.25, 0.75]) {
            const dom = kgNetwork.canvasToDOM(e.edgeType.getPoint(t));
            if (kgNetwork.getNodeAt(dom) === undefined && kgNetwork.getEdgeAt(dom) === what) { return dom; }
        }
        return kgNetwork.canvasToDOM(e.edgeType.getPoint(0.5));
    })()""", edge, f"edge {edge}")


def click(page, where, until: str, tries: int = 4) -> None:
    """Click at ``where`` until the page expression ``until`` holds.

    ``where`` is a point (x, y) or a function giving one, asked again before every try (a node's
    point, say, which follows the view). On a loaded machine Chromium can deliver the press and
    the release so far apart that vis-network takes them for a hold rather than a tap; a person
    would click again, and so does this.
    """
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    for attempt in range(tries):
        page.mouse.click(*(where() if callable(where) else where))
        try:
            page.wait_for_function(until, timeout=15000)  # generous: the machine may be busy with other work
            return
        except PlaywrightTimeout:
            if attempt == tries - 1:
                raise


PANEL_FILLED = "!document.getElementById('kg-panel').hidden && document.querySelector('#kg-panel-body h2') !== null"


def click_panel(page, where) -> str:
    """Click at ``where`` (as :func:`click` takes it), which should open the evidence panel, and return the panel's text."""
    page.evaluate("document.getElementById('kg-panel-body').replaceChildren()")
    click(page, where, PANEL_FILLED)
    return page.locator("#kg-panel").inner_text()


def click_node(page, node: str) -> str:
    """Click ``node`` as a person would and return the evidence panel's text."""
    return click_panel(page, lambda: node_point(page, node))

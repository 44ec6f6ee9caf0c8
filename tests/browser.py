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
    page.wait_for_function("window.kgStable === true", timeout=30000)
    point = page.evaluate("(id) => kgNetwork.canvasToDOM(kgNetwork.getPositions([id])[id])", node)
    box = page.locator("#kg-network").bounding_box()
    page.mouse.move(box["x"] + point["x"] - 40, box["y"] + point["y"] - 40)
    page.mouse.move(box["x"] + point["x"], box["y"] + point["y"], steps=4)
    page.wait_for_selector("#kg-tip", state="visible", timeout=5000)
    return page.locator("#kg-tip").inner_text()


def node_point(page, node: str) -> tuple[float, float]:
    """Where ``node`` is drawn, in page coordinates."""
    point = page.evaluate("(id) => kgNetwork.canvasToDOM(kgNetwork.getPositions([id])[id])", node)
    box = page.locator("#kg-network").bounding_box()
    return box["x"] + point["x"], box["y"] + point["y"]


def edge_point(page, edge) -> tuple[float, float]:
    """A point on ``edge`` as drawn (on its curve, if curved) where a click reaches it and no node is, in page coordinates."""
    point = page.evaluate("""(id) => {
        const e = kgNetwork.body.edges[id];
        for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.45, 0.55, 0.35, 0.65, 0.25, 0.75]) {
            const dom = kgNetwork.canvasToDOM(e.edgeType.getPoint(t));
            if (kgNetwork.getNodeAt(dom) === undefined && kgNetwork.getEdgeAt(dom) === id) { return dom; }
        }
        return kgNetwork.canvasToDOM(e.edgeType.getPoint(0.5));
    }""", edge)
    box = page.locator("#kg-network").bounding_box()
    return box["x"] + point["x"], box["y"] + point["y"]


def click(page, x: float, y: float, until: str, tries: int = 4) -> None:
    """Click at (x, y) until the page expression ``until`` holds.

    On a loaded machine Chromium can deliver the press and the release so far apart that
    vis-network takes them for a hold rather than a tap; a person would click again, and so
    does this.
    """
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    for attempt in range(tries):
        page.mouse.click(x, y)
        try:
            page.wait_for_function(until, timeout=15000)  # generous: the machine may be busy with other work
            return
        except PlaywrightTimeout:
            if attempt == tries - 1:
                raise


PANEL_FILLED = "!document.getElementById('kg-panel').hidden && document.querySelector('#kg-panel-body h2') !== null"


def click_panel(page, x: float, y: float) -> str:
    """Click at (x, y), which should open the evidence panel, and return the panel's text."""
    page.evaluate("document.getElementById('kg-panel-body').replaceChildren()")
    click(page, x, y, PANEL_FILLED)
    return page.locator("#kg-panel").inner_text()


def click_node(page, node: str) -> str:
    """Click ``node`` as a person would and return the evidence panel's text."""
    return click_panel(page, *node_point(page, node))

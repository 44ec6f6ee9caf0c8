"""Take the explorer screenshots the README shows, from the bundled data, in headless Chromium.

Builds the seed graph in memory, renders the explorer at person and state level, opens the
evidence panel on the conflict between South Korea and Russia, opens a proposition's camps,
and renders the 5,000-actor synthetic graph of ``benchmarks/viz_draw.py`` on its overview.
Writes PNGs to ``docs/img/``. Nothing is fetched from the network.

Run: python docs/screenshots.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import kg  # noqa: E402
from kg.viewgraph import ViewOptions, view_graph  # noqa: E402
from kg.viz import render_html  # noqa: E402
from tests import browser  # noqa: E402
from tests.viewdata import synthetic_graph  # noqa: E402

OUT = ROOT / "docs" / "img"
SIZE = {"width": 1400, "height": 860}


def shoot(html: str, name: str, action=None) -> Path:
    """Open ``html`` offline, run ``action(page)`` if given, and save the window as ``name``."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "page.html"
        path.write_text(html, encoding="utf-8")
        with browser.offline_page(path, **SIZE) as (page, visit):
            if action:
                action(page)
            page.mouse.move(2, 2)
            page.wait_for_timeout(400)  # let a focus animation finish
            target = OUT / name
            page.screenshot(path=str(target))
            assert not visit.console_errors and not visit.blocked_requests, (visit.console_errors, visit.blocked_requests)
    return target


def open_conflict(page) -> None:
    edge = page.evaluate("""kgEdges.get({filter: e => e.kind === 'conflict'
                             && [e.from, e.to].sort().join() === 'russia,south_korea'})[0].id""")
    browser.click_panel(page, lambda: browser.edge_point(page, edge))


def open_camps(page) -> None:
    page.select_option("#kg-proposition", "nk_troops_in_russia")


def main() -> None:
    if not browser.available():
        sys.exit("needs Debian's chromium and the playwright package")
    OUT.mkdir(parents=True, exist_ok=True)
    store = kg.Store("memory:")
    kg.build(ROOT / "data", store)
    person = render_html(view_graph(store), "kg: who said what (person level)")
    state = render_html(view_graph(store, ViewOptions(level="state")), "kg: who said what (state level)")
    written = [
        shoot(person, "explorer-person.png"),
        shoot(state, "explorer-state.png"),
        shoot(state, "explorer-panel.png", open_conflict),
        shoot(person, "explorer-camps.png", open_camps),
        shoot(render_html(synthetic_graph(5000), "kg: 5,000 synthetic actors in 40 states"), "explorer-overview.png"),
    ]
    for path in written:
        print(f"wrote {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()

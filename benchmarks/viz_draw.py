"""How long the interactive network takes to appear, for 1,000 and 5,000 actors.

For each size it generates a synthetic actor graph of realistic shape (camps, conflict
and corroboration ties, a few hubs), renders it with kg's template, opens it in headless
Chromium with the network cut off, and reports the time from navigation to the first
drawn frame. The baseline, in the same run, is the same page with vis-network's physics
simulation on (what pyvis does by default): kg computes positions in Python instead.

Run: python benchmarks/viz_draw.py [--sizes 1000 5000] [--baseline-timeout 120]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.viz import render_html  # noqa: E402
from tests import browser  # noqa: E402

KINDS = ["person"] * 6 + ["organization"] * 2 + ["state", "media", "group"]
EDGE_KINDS = ["conflict"] * 3 + ["contradiction", "corroboration", "corroboration", "unconfirmed", "affiliation"]


def synthetic(nodes: int, seed: int = 7) -> nx.MultiDiGraph:
    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    for i in range(nodes):
        quote = {"who": f"a{i}", "when": "2024-10-10", "certainty": "CT+", "type": "claim",
                 "quote": f"statement number {i}", "direct": False, "source": f"article-{i % 97} [0-20]"}
        g.add_node(f"a{i}", label=f"Actor {i}", kind=rng.choice(KINDS), size=12 + rng.random() * 20, statements=1,
                   tip={"title": f"Actor {i}", "lines": ["person"], "quotes": [quote]})
    hubs = [f"a{i}" for i in range(max(3, nodes // 100))]
    for _ in range(nodes * 2):
        u = f"a{rng.randrange(nodes)}"
        v = rng.choice(hubs) if rng.random() < 0.3 else f"a{rng.randrange(nodes)}"
        if u != v:
            g.add_edge(u, v, kind=rng.choice(EDGE_KINDS), count=1 + rng.randrange(3),
                       tip={"title": "tie", "lines": [], "quotes": []})
    return g


def draw_time(page_path: Path, timeout_ms: int) -> float | None:
    """Seconds from navigation start to the first drawn frame, or None past the timeout."""
    try:
        with browser.offline_page(page_path, timeout_ms=timeout_ms) as (page, visit):
            assert not visit.console_errors, visit.console_errors
            return page.evaluate("window.kgDrawnAt") / 1000
    except Exception as exc:  # a timeout of the baseline is a result, not a crash
        if "Timeout" in type(exc).__name__ or "Timeout" in str(exc):
            return None
        raise


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument("--baseline-timeout", type=float, default=120.0, help="seconds to wait for the physics page")
    args = parser.parse_args()
    if not browser.available():
        sys.exit("needs Debian's chromium and the playwright package")
    print(f"{'nodes':>6} {'edges':>6} {'render s':>9} {'html MB':>8} {'kg draw s':>10} {'physics draw s':>15} {'ratio':>7}")
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            g = synthetic(size)
            started = time.perf_counter()
            page = render_html(g)
            render_seconds = time.perf_counter() - started
            ours, baseline = Path(tmp) / f"kg-{size}.html", Path(tmp) / f"physics-{size}.html"
            ours.write_text(page, encoding="utf-8")
            baseline.write_text(render_html(g, physics_limit=10**9), encoding="utf-8")
            kg_time = draw_time(ours, 60_000)
            base_time = draw_time(baseline, int(args.baseline_timeout * 1000))
            base_text = f"{base_time:.2f}" if base_time is not None else f">{args.baseline_timeout:.0f}"
            ratio = f"{base_time / kg_time:.1f}x" if base_time and kg_time else "n/a"
            print(f"{size:>6} {g.number_of_edges():>6} {render_seconds:>9.2f} {len(page) / 1e6:>8.2f} "
                  f"{kg_time:>10.2f} {base_text:>15} {ratio:>7}")


if __name__ == "__main__":
    main()

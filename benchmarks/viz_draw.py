"""How fast the explorer appears and answers, for 1,000 and 5,000 actors, in headless Chromium.

For each size it makes a synthetic view graph of realistic shape (actors in 40 states, one
statement each over 30 days, conflict and corroboration ties, a few hubs), renders it with
kg's template, opens it with the network cut off, and reports:

- first frame: from navigation to the first drawn frame;
- panel: selecting an actor (highlight its neighbours, fill the evidence panel) until redrawn;
- date: narrowing the date window to 15 days (statements and the ties they make) until redrawn;
- expand: opening one cluster of the overview until redrawn.

Three pages per size: kg's page as it opens (an overview of clusters above 300 nodes), the
same page with every node shown (no overview), and the baseline, the plain page in which
vis-network's physics lays the graph out (what pyvis does by default). Interactions are the
median of three runs, timed inside the page through the same functions a click calls.

Run: python benchmarks/viz_draw.py [--sizes 1000 5000] [--baseline-timeout 120]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.viz import render_html  # noqa: E402
from tests import browser  # noqa: E402
from tests.viewdata import synthetic_graph  # noqa: E402

TIMED = """async ([action, arg]) => {
    const t0 = performance.now();
    if (action === "panel") { kg.select(arg); }
    if (action === "date") { kg.setWindow(arg[0], arg[1]); }
    if (action === "expand") { kg.expand(arg); }
    await kg.settle();
    return performance.now() - t0;
}"""


def measure(page_path: Path, timeout_ms: int, interactive: bool, overview: bool) -> dict:
    """Seconds to the first frame and milliseconds per interaction; ``{}`` past the timeout."""
    try:
        with browser.offline_page(page_path, timeout_ms=timeout_ms) as (page, visit):
            out = {"first frame": page.evaluate("window.kgDrawnAt") / 1000}
            if interactive:
                def timed(action, *args):
                    return statistics.median(page.evaluate(TIMED, [action, arg]) for arg in args)
                if overview:
                    out["expand"] = timed("expand", "state3", "state7", "state11")
                out["panel"] = timed("panel", "a3", "a7", "a11")
                out["date"] = timed("date", [0, 14], [10, 24], [0, 29])
            assert not visit.console_errors, visit.console_errors
            return out
    except Exception as exc:  # a timeout of the baseline is a result, not a crash
        if "Timeout" in type(exc).__name__ or "Timeout" in str(exc):
            return {}
        raise


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument("--baseline-timeout", type=float, default=120.0, help="seconds to wait for the physics page")
    args = parser.parse_args()
    if not browser.available():
        sys.exit("needs Debian's chromium and the playwright package")
    print(f"{'nodes':>6} {'edges':>6} {'page':<22} {'render s':>9} {'MB':>5} {'first frame s':>14} "
          f"{'panel ms':>9} {'date ms':>8} {'expand ms':>10}")
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            g = synthetic_graph(size)
            pages = [("kg (overview)", {}, True), ("kg (all nodes shown)", {"overview_limit": 10**9}, True),
                     ("physics (baseline)", {"overview_limit": 10**9, "physics": True}, False)]
            firsts = {}
            for name, kwargs, interactive in pages:
                started = time.perf_counter()
                html = render_html(g, **kwargs)
                render_seconds = time.perf_counter() - started
                path = Path(tmp) / f"{size}-{len(firsts)}.html"
                path.write_text(html, encoding="utf-8")
                timeout = int(args.baseline_timeout * 1000) if not interactive else 60_000
                result = measure(path, timeout, interactive, overview="overview" in name)
                firsts[name] = result.get("first frame")
                first = f"{result['first frame']:.2f}" if "first frame" in result else f">{timeout / 1000:.0f}"
                cells = [f"{result[k]:.0f}" if k in result else "-" for k in ("panel", "date", "expand")]
                print(f"{size:>6} {g.number_of_edges():>6} {name:<22} {render_seconds:>9.2f} {len(html) / 1e6:>5.1f} "
                      f"{first:>14} {cells[0]:>9} {cells[1]:>8} {cells[2]:>10}", flush=True)
            base, ours = firsts["physics (baseline)"], firsts["kg (overview)"]
            ratio = f"{base / ours:.1f}x" if base and ours else "n/a (baseline timed out)"
            print(f"{'':>6} first frame, physics page / kg page: {ratio}", flush=True)


if __name__ == "__main__":
    main()

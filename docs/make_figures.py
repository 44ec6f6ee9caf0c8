"""Draw the README's timeline chart: ``python docs/make_figures.py`` writes ``docs/timeline.png``.

The chart is of the bundled seed article together with the follow-up article the tests use
(``tests/data/second``), built into an in-memory store, at state level, on whether North Korea
is militarily involved in the war: Washington firms up from "cannot confirm" to a confirmation.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

import kg
from kg import chart
from kg.analysis import timeline

ROOT = Path(__file__).resolve().parent.parent
SECOND = ROOT / "tests" / "data" / "second"


def main(out: Path = ROOT / "docs" / "timeline.png") -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        shutil.copytree(ROOT / "data", data)
        for path in SECOND.glob("*.yaml"):
            if path.name == "actors.yaml":
                with open(data / "actors.yaml", "a", encoding="utf-8") as actors:
                    actors.write("\n" + path.read_text(encoding="utf-8"))
            else:
                shutil.copy(path, data / "articles")
        for path in SECOND.glob("*.txt"):
            shutil.copy(path, data / "articles")
        store = kg.Store("memory:")
        kg.build(data, store)
        return chart.draw(timeline(store, "nk_military_involvement", level="state"), out)


if __name__ == "__main__":
    print(f"wrote {main(*(Path(a) for a in sys.argv[1:]))}")

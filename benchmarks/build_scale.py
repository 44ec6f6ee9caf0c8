"""How `kg build` grows with the number of articles: time, time per article, peak memory.

For each size it writes a data directory of that many articles (the seed article and its
annotation under new ids, so every one compiles, validates and loads like the real one),
then runs `kg build` twice in a fresh process each: into an empty store, and again over
the store the first build made (what a user does after adding one article). The baseline,
in the same run, is the smallest size: the ratio of time per article against it shows
whether the build stays linear.

Run: python benchmarks/build_scale.py [--sizes 100 1000 3000]
"""

from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = "north-korean-troops-2024-10-21"


def write_corpus(size: int, target: Path) -> Path:
    """A data directory with ``size`` copies of the seed article, each under its own id."""
    data = ROOT / "data"
    articles = target / "articles"
    articles.mkdir(parents=True)
    for name in ("actors.yaml", "propositions.yaml"):
        shutil.copy(data / name, target / name)
    annotation = (data / "articles" / f"{SEED}.yaml").read_text(encoding="utf-8")
    text = (data / "articles" / f"{SEED}.txt").read_text(encoding="utf-8")
    for i in range(size):
        copy = f"copy-{i:05d}"
        (articles / f"{copy}.txt").write_text(text, encoding="utf-8")
        (articles / f"{copy}.yaml").write_text(
            annotation.replace(f"  id: {SEED}", f"  id: {copy}", 1).replace(f"text: {SEED}.txt", f"text: {copy}.txt", 1),
            encoding="utf-8")
    return target


def timed_build(data: Path, store: Path) -> tuple[float, float]:
    """Seconds of one `kg build` in a fresh process, and the peak MB of the largest build so far.

    (The peak is over all finished child processes; sizes run smallest first, so it is this one's.)
    """
    command = [sys.executable, "-c", "from kg.cli import main; main()", "--store", str(store), "build", "--data", str(data)]
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    seconds = time.perf_counter() - started
    return seconds, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 3000])
    args = parser.parse_args()
    baseline = None
    print(f"{'articles':>8}  {'build':>8}  {'per article':>11}  {'vs smallest':>11}  {'rebuild':>8}  {'peak MB':>8}")
    for size in sorted(args.sizes):
        with tempfile.TemporaryDirectory() as tmp:
            data = write_corpus(size, Path(tmp) / "data")
            store = Path(tmp) / "store"
            first, _ = timed_build(data, store)
            again, peak = timed_build(data, store)
        per = first / size
        baseline = baseline or per
        print(f"{size:>8,}  {first:>7.1f}s  {per * 1000:>9.0f}ms  {per / baseline:>10.2f}x  {again:>7.1f}s  "
              f"{peak:>8,.0f}", flush=True)


if __name__ == "__main__":
    main()

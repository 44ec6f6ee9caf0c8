"""Fuzz kg build with thousands of mutated annotation files; print outcomes and speed.

The test suite runs the same property a few seconds long (tests/test_fuzz.py); this is the long
run. Every example must build (exit 0) or fail with one line and exit 2; the first that does not
is shrunk by hypothesis to a minimal mutation and printed, and the script exits 1. The baseline
is the unmutated build, timed in the same run, so the per-example cost reads as a ratio.

    python benchmarks/fuzz_annotations.py --examples 5000
"""

from __future__ import annotations

import argparse
import collections
import sys
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.fuzzing import DATA, FILES, build_outcome, mutated_file  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=3000)
    args = parser.parse_args()

    began = time.perf_counter()
    for _ in range(3):
        assert build_outcome(FILES[0], (DATA / FILES[0]).read_text(encoding="utf-8")) == 0
    baseline = (time.perf_counter() - began) / 3

    outcomes: collections.Counter = collections.Counter()

    @settings(max_examples=args.examples, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(mutated_file())
    def run(mutated):
        outcomes[build_outcome(*mutated)] += 1

    began = time.perf_counter()
    try:
        run()
        failed = False
    except AssertionError as exc:
        print(f"FAILURE: {exc}")
        failed = True
    elapsed = time.perf_counter() - began
    total = sum(outcomes.values())
    print(f"examples            {total:,}")
    print(f"built (exit 0)      {outcomes[0]:,}")
    print(f"refused (exit 2)    {outcomes[2]:,}")
    print(f"tracebacks          {'at least 1 (above)' if failed else 0}")
    print(f"time                {elapsed:.1f} s, {total / elapsed:.1f} examples/s")
    print(f"unmutated build     {baseline * 1000:.0f} ms; mean example {elapsed / max(total, 1) * 1000:.0f} ms "
          f"({elapsed / max(total, 1) / baseline:.2f}x)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

"""Fuzzing kg build with mutated annotations: never a traceback, only a build or one line with exit 2.

Bounded to a few seconds here (KG_FUZZ_EXAMPLES, default 50); ``benchmarks/fuzz_annotations.py``
runs thousands.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings

from .fuzzing import build_outcome, mutated_file

EXAMPLES = int(os.environ.get("KG_FUZZ_EXAMPLES", "50"))


@settings(max_examples=EXAMPLES, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_file())
def test_no_mutated_annotation_gives_a_traceback(mutated):
    name, text = mutated
    build_outcome(name, text)

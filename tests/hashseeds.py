"""Running a function of the tests in fresh interpreters, one per Python hash seed.

A set's order, and so anything built by iterating one, changes with ``PYTHONHASHSEED``. A
result that must not depend on it is printed as JSON by subprocesses started under several
seeds at once, and the tests compare what they printed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def outputs_under_hash_seeds(function: str, seeds: tuple[str, ...] = ("1", "2", "3")) -> list:
    """What ``function`` ("tests.test_viz:explorer_data") printed as JSON under each hash seed, parsed, in order."""
    module, name = function.split(":")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    children = [subprocess.Popen([sys.executable, "-c", f"from {module} import {name}; {name}()"], cwd=ROOT,
                                 env={**env, "PYTHONHASHSEED": seed}, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 text=True) for seed in seeds]
    outputs = []
    for child in children:
        out, err = child.communicate(timeout=120)
        assert child.returncode == 0, err
        outputs.append(json.loads(out))
    return outputs

"""Mutated annotation files for fuzzing ``kg build``: the strategies and the property, shared by the
bounded test (``tests/test_fuzz.py``) and the long run (``benchmarks/fuzz_annotations.py``).

The property: whatever the mutation, ``kg build`` either builds (exit 0) or says what is wrong
in one line (exit 2). A traceback, another exit code or a second line is a failure.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path

from click.testing import CliRunner
from hypothesis import strategies as st

from kg.cli import main

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
FILES = ("articles/north-korean-troops-2024-10-21.yaml", "propositions.yaml", "actors.yaml")

# What breaks YAML and kg's readers: YAML syntax, control and odd Unicode characters, quotes.
SPECIAL = list(":-[]{}#&*!|>'\"%@`,?\n\t \\") + ["\x00", "\x01", "\x1b", "\x85", "\ufeff", "\u2028", "é", "“", "\ud7ff"]
VALUES = ["", "~", "null", "-1", "0", "99999999999999999999", "1.5", "true", "[]", "{}", "[a, b]", "{a: 1}",
          "/etc/passwd", "../../etc/passwd", "'x\\n'", '"peskov\\n"', "2024-13-45", "2024-02-30", "&a", "*a",
          "!!python/object:os.system", "? [a]", "CT+", "Uu", "peskov", "nk_troops_in_russia", "\x01"]

_text = st.text(alphabet=st.one_of(st.sampled_from(SPECIAL), st.characters(codec="utf-8")), min_size=1, max_size=6)


@st.composite
def mutation(draw, lines: list[str]) -> list[str]:
    """One edit of a file's lines: insert or delete characters, set a value, drop, repeat or swap lines."""
    lines = list(lines)
    i = draw(st.integers(0, len(lines) - 1))
    kind = draw(st.sampled_from(["insert", "delete", "value", "drop", "repeat", "swap", "indent"]))
    line = lines[i]
    if kind == "insert":
        at = draw(st.integers(0, len(line)))
        lines[i] = line[:at] + draw(_text) + line[at:]
    elif kind == "delete" and line:
        at = draw(st.integers(0, len(line) - 1))
        lines[i] = line[:at] + line[at + draw(st.integers(1, 8)):]
    elif kind == "value" and (m := re.match(r"^(\s*(?:- )?[a-z_]+:)", line)):
        lines[i] = f"{m.group(1)} {draw(st.sampled_from(VALUES))}"
    elif kind == "drop":
        del lines[i]
    elif kind == "repeat":
        lines.insert(i, line)
    elif kind == "swap":
        j = draw(st.integers(0, len(lines) - 1))
        lines[i], lines[j] = lines[j], lines[i]
    elif kind == "indent":
        lines[i] = draw(st.sampled_from([" ", "  ", "\t", ""])) + line.lstrip()
    return lines


@st.composite
def mutated_file(draw) -> tuple[str, str]:
    """A file of the seed data and its text after one to three mutations."""
    name = draw(st.sampled_from(FILES))
    lines = (DATA / name).read_text(encoding="utf-8").split("\n")
    for _ in range(draw(st.integers(1, 3))):
        lines = draw(mutation(lines)) or [""]
    return name, "\n".join(lines)


def build_outcome(name: str, text: str) -> int:
    """Build the seed data with one file replaced; return the exit code, failing on anything but one clean line."""
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        shutil.copytree(DATA, data)
        (data / name).write_bytes(text.encode("utf-8", "surrogatepass"))
        result = CliRunner().invoke(main, ["--store", "memory:", "build", "--data", str(data)])
    assert result.exit_code in (0, 2), f"exit {result.exit_code}: {result.output}"
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        f"traceback: {type(result.exception).__name__}: {result.exception}"
    if result.exit_code == 2:
        lines = result.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith("kg: error: "), result.stderr
    return result.exit_code

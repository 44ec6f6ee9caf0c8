"""Hostile input, as a table: each case is one line naming the cause, exit code 2, and the store untouched.

A case prepares its input (editing a copy of data/, writing a file) and returns the
command line; the table says what the one line must contain and, for annotation errors,
which line of which file it must name.
"""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest

from kg.cli import main

from .conftest import SEED_ID

ARTICLE = f"articles/{SEED_ID}.yaml"
TEXT = f"articles/{SEED_ID}.txt"


@dataclass
class Ctx:
    """What a case may use: the store the fixture built, a data directory it may break, a scratch directory."""

    store: str
    data: Path
    tmp: Path

    def edit(self, file: str, old: str, new: str) -> Path:
        path = self.data / file
        text = path.read_text(encoding="utf-8")
        assert old in text, f"fixture text not found: {old!r}"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
        return path

    def build(self) -> list[str]:
        return ["--store", self.store, "build", "--data", str(self.data)]

    def query(self, *args: str) -> list[str]:
        return ["--store", self.store, "query", *args]


@dataclass
class Case:
    prepare: Callable[[Ctx], list[str]]
    message: str
    where: tuple[str, str] | None = None  # (file in data/, text on the line the error must name)


def _outside(ctx: Ctx) -> Path:
    target = ctx.tmp / "outside.txt"
    shutil.copy(ctx.data / TEXT, target)
    return target


def _text(ctx: Ctx, value: str) -> list[str]:
    ctx.edit(ARTICLE, f"text: {SEED_ID}.txt", f"text: {value}")
    return ctx.build()


def _symlink_out(ctx: Ctx) -> list[str]:
    os.symlink(_outside(ctx), ctx.data / "articles" / "link.txt")
    return _text(ctx, "link.txt")


def _fifo(ctx: Ctx) -> list[str]:
    os.mkfifo(ctx.data / "articles" / "pipe.txt")
    return _text(ctx, "pipe.txt")


def _latin1_text(ctx: Ctx) -> list[str]:
    (ctx.data / TEXT).write_bytes((ctx.data / TEXT).read_bytes().replace(b"Peskov", b"P\xe9skov", 1))
    return ctx.build()


def _latin1_actors(ctx: Ctx) -> list[str]:
    path = ctx.data / "actors.yaml"
    path.write_bytes(path.read_bytes() + b"# caf\xe9\n")
    return ctx.build()


def _query_file(ctx: Ctx, content: bytes) -> list[str]:
    path = ctx.tmp / "q.rq"
    path.write_bytes(content)
    return ctx.query(str(path))


def _load(ctx: Ctx, name: str, content: str) -> list[str]:
    path = ctx.tmp / name
    path.write_text(content, encoding="utf-8")
    return ["--store", ctx.store, "load", str(path)]


def _extract_to(ctx: Ctx, output: str) -> list[str]:
    return ["extract", str(ctx.data / TEXT), "--data", str(ctx.data), "-o", output]


def _store_under_a_file(ctx: Ctx) -> list[str]:
    (ctx.tmp / "file").write_text("not a directory")
    return ["--store", str(ctx.tmp / "file" / "store"), "build", "--data", str(ctx.data)]


NESTED = "SELECT * WHERE " + "{" * 3000 + "}" * 3000

CASES: dict[str, Case] = {
    # 6: article texts live inside the data directory, and only regular files are read
    "text is an absolute path": Case(lambda c: _text(c, "/etc/passwd"),
                                     "article text '/etc/passwd' must be a file inside the data directory",
                                     (ARTICLE, "text: /etc/passwd")),
    "text climbs out with ..": Case(lambda c: (_outside(c), _text(c, "../../outside.txt"))[1],
                                    "must be a file inside the data directory (no absolute path, no '..')",
                                    (ARTICLE, "text: ../../outside.txt")),
    "text is a symlink out": Case(_symlink_out, "links to a file outside the data directory", (ARTICLE, "text: link.txt")),
    "text is a FIFO": Case(_fifo, "pipe.txt is not a regular file", (ARTICLE, "text: pipe.txt")),
    # 7, 8, 9, 10: malformed annotations
    "a list as a key": Case(lambda c: (c.edit(ARTICLE, "    cue: told reporters\n", "    [a, b]: 1\n    cue: told reporters\n"),
                                       c.build())[1], "a list or mapping cannot be a key", (ARTICLE, "[a, b]: 1")),
    "a mapping as a key": Case(lambda c: (c.edit("actors.yaml", "  - id: peskov\n", "  - id: peskov\n    ? {a: 1}\n    : 2\n"),
                                          c.build())[1], "a list or mapping cannot be a key", ("actors.yaml", "? {a: 1}")),
    "text not UTF-8": Case(_latin1_text, "is not UTF-8 (byte 0xe9", (ARTICLE, f"text: {SEED_ID}.txt")),
    "yaml not UTF-8": Case(_latin1_actors, "actors.yaml: not UTF-8 text (byte 0xe9"),
    "id ending in a newline": Case(lambda c: (c.edit(ARTICLE, "  - id: peskov_fake_news\n", '  - id: "peskov_fake_news\\n"\n'),
                                              c.build())[1], "'id' must be a lowercase slug", (ARTICLE, 'id: "peskov_fake_news\\n"')),
    "control character": Case(lambda c: (c.edit(ARTICLE, "cue: told reporters", "cue: told\x01reporters"), c.build())[1],
                              "control character U+0001 is not allowed", (ARTICLE, "cue: told\x01reporters")),
    # 13: an inconsistent proposition graph
    "entails and excludes the same proposition": Case(
        lambda c: (c.edit("propositions.yaml", "    entails: [russia_nk_military_cooperation]\n",
                          "    entails: [russia_nk_military_cooperation]\n"
                          "    incompatible_with: [russia_nk_military_cooperation]\n"), c.build())[1],
        "proposition 'nk_troops_in_russia' is inconsistent: it commits to nk_troops_in_russia and to "
        "nk_troops_in_russia ⇒ russia_nk_military_cooperation, but nk_troops_in_russia ⊥ russia_nk_military_cooperation",
        ("propositions.yaml", "  - id: nk_troops_in_russia")),
    "excludes what it entails through a chain": Case(
        lambda c: (c.edit("propositions.yaml", "    entails: [nk_troops_in_russia, nk_troops_deployed_ukraine]\n    conditional: true",
                          "    entails: [nk_troops_in_russia, nk_troops_deployed_ukraine]\n    conditional: true\n"
                          "    incompatible_with: [nk_military_involvement]"), c.build())[1],
        "nk_11000_troops_ready ⇒ nk_troops_deployed_ukraine ⇒ nk_military_involvement",
        ("propositions.yaml", "  - id: nk_11000_troops_ready")),
    # 1, 2, 15, 19: queries that reach out, crash the engine, or ask what kg query does not do
    "SERVICE inline": Case(lambda c: c.query("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"),
                           "SERVICE is refused"),
    "SERVICE chosen by a parameter": Case(lambda c: c.query("SELECT * WHERE { SERVICE ?svc { ?s ?p ?o } }",
                                                            "--param", "svc=<http://127.0.0.1:9/sparql>"), "SERVICE is refused"),
    "SERVICE on a file": Case(lambda c: c.query("SELECT * WHERE { service <file:///etc/passwd> { ?s ?p ?o } }"),
                              "SERVICE is refused"),
    "3,000 nested groups": Case(lambda c: c.query(NESTED), "nests groups, lists or brackets deeper than 64 levels"),
    "FROM": Case(lambda c: c.query("SELECT * FROM <https://w3id.org/kg/graph/registry> WHERE { ?s ?p ?o }"),
                 "FROM is not supported"),
    "INSERT": Case(lambda c: c.query("INSERT DATA { <http://a> <http://b> <http://c> }"),
                   "kg queries are read-only: INSERT is an update"),
    "query file not UTF-8": Case(lambda c: _query_file(c, b"SELECT * WHERE { ?s ?p \"caf\xe9\" }"),
                                 "q.rq: not UTF-8 text (byte 0xe9 at byte offset 27)"),
    # 12: parameters and locations
    "parameter name with a space": Case(lambda c: c.query("summary", "--param", "a b=1"), "'a b' is not a variable name"),
    "hostile id parameter": Case(lambda c: c.query("statements_by_actor", "--param", 'actor=<http://x> " } #'),
                                 "parameter actor: invalid actor"),
    "malformed remote location": Case(lambda c: ["--store", "sparql+http://[::1/x", "query", "summary"],
                                      "invalid store location 'sparql+http://[::1/x': Invalid IPv6 URL"),
    "malformed location after the command": Case(lambda c: ["query", "summary", "--store", "sparql+http://[::1/x"],
                                                 "invalid store location"),
    # 19: unknown ids are errors everywhere
    "contradictions of nobody": Case(lambda c: ["--store", c.store, "contradictions", "--actor", "nobody"],
                                     "unknown actor 'nobody'"),
    "stance changes of a typo": Case(lambda c: ["--store", c.store, "stance-changes", "--actor", "peskoff"],
                                     "unknown actor 'peskoff' (did you mean 'peskov'?)"),
    "library query about nobody": Case(lambda c: c.query("statements_by_actor", "--param", "actor=nobody"),
                                       "unknown actor 'nobody': the graph does not mention it"),
    "network export to .txt, checked before any work": Case(
        lambda c: ["--store", str(c.tmp / "no-store"), "network", "--export", str(c.tmp / "x.txt")],
        "unknown network format '.txt' (expected .graphml or .gexf)"),
    # 11: unwritable outputs and stores
    "export into a missing directory": Case(lambda c: ["--store", c.store, "export", "-o", "/nonexistent/x.ttl"],
                                            "cannot write /nonexistent/x.ttl: no such directory /nonexistent"),
    "viz into a missing directory": Case(lambda c: ["--store", c.store, "viz", "-o", "/nonexistent/x.html"],
                                         "cannot write /nonexistent/x.html"),
    "network export into a missing directory": Case(
        lambda c: ["--store", c.store, "network", "--export", "/nonexistent/x.gexf"], "cannot write /nonexistent/x.gexf"),
    "extract into a missing directory": Case(lambda c: _extract_to(c, "/nonexistent/draft.yaml"),
                                             "cannot write /nonexistent/draft.yaml"),
    "export onto a full disk": Case(lambda c: ["--store", c.store, "export", "-o", "/dev/full"],
                                    "cannot write /dev/full: No space left on device"),
    "store under a regular file": Case(_store_under_a_file, "cannot write the graph in"),
    # 14: a dataset kg would not see
    "load an empty file": Case(lambda c: _load(c, "empty.nq", ""), "no named graphs in the file"),
    "load comments only": Case(lambda c: _load(c, "comments.trig", "# nothing here\n"), "no named graphs in the file"),
    "load N-Triples saved as .nq": Case(lambda c: _load(c, "triples.nq", "<http://a> <http://b> <http://c> .\n"),
                                        "no named graphs in the file"),
}


@pytest.fixture
def ctx(runner, data_copy, new_store, tmp_path) -> tuple[Ctx, bytes]:
    store = new_store()
    assert runner.invoke(main, ["--store", store, "build", "--data", str(data_copy)]).exit_code == 0
    before = runner.invoke(main, ["--store", store, "export", "--format", "nq"]).stdout_bytes
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    return Ctx(store, data_copy, scratch), before


def _line_of(path: Path, needle: str) -> int:
    return next(n for n, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1)
                if needle in line)


@pytest.mark.parametrize("name", list(CASES))
def test_hostile_input_is_one_line_exit_2_and_the_store_is_untouched(runner, ctx, name):
    context, before = ctx
    case = CASES[name]
    result = runner.invoke(main, case.prepare(context))
    assert result.exit_code == 2, (result.output, result.exception)
    assert isinstance(result.exception, SystemExit), result.exception  # no traceback
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error: "), result.stderr
    assert case.message in lines[0]
    if case.where is not None:
        file, needle = case.where
        path = context.data / file
        match = re.match(r"^kg: error: (.+?):(\d+): ", lines[0])
        assert match and match.group(1) == str(path), lines[0]
        assert int(match.group(2)) == _line_of(path, needle)
    after = runner.invoke(main, ["--store", context.store, "export", "--format", "nq"]).stdout_bytes
    assert after == before

"""Shared fixtures: the seed data, a writable copy of it, and stores built from it.

Every store the tests make comes from here, so the whole suite runs against the
embedded store by default and against a real Oxigraph server with KG_TEST_BACKEND=oxigraph,
or a private Virtuoso with KG_TEST_BACKEND=virtuoso.
"""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg
from kg.annotations import load_corpus
from kg.compile import compile_corpus

from .servers import BACKEND, SERVERS

#: tests that read no store (drafting, matching, the corpus guards) run once, under the embedded store: the runs with
#: every store on a server would only repeat them
store_independent = pytest.mark.skipif(BACKEND != "embedded", reason="reads no store: run under the embedded store")

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
SEED_ID = "north-korean-troops-2024-10-21"


@pytest.fixture(scope="session")
def seed_corpus() -> kg.Corpus:
    return load_corpus(DATA)


@pytest.fixture(scope="session")
def seed_compiled(seed_corpus):
    return compile_corpus(seed_corpus)


@pytest.fixture(scope="session")
def session_stores(tmp_path_factory):
    """Makes stores that live for the whole session."""
    with contextlib.ExitStack() as stack:
        yield lambda: _new_store(stack, tmp_path_factory.mktemp("store"), memory=True)


@pytest.fixture
def new_store(tmp_path):
    """Makes empty store locations for one test: a directory, or a fresh Oxigraph server."""
    with contextlib.ExitStack() as stack:
        yield lambda: _new_store(stack, tmp_path / f"store{len(stack._exit_callbacks)}")


def _new_store(stack: contextlib.ExitStack, path: Path, memory: bool = False) -> str:
    if BACKEND in SERVERS:
        return stack.enter_context(SERVERS[BACKEND](path))
    return "memory:" if memory else str(path)


@pytest.fixture(scope="session")
def seed_store(session_stores) -> kg.Store:
    """The seed graph, built once; tests must not write to it."""
    store = kg.Store(session_stores())
    kg.build(DATA, store)
    return store


@pytest.fixture
def data_copy(tmp_path) -> Path:
    """A writable copy of data/ that a test may break."""
    target = tmp_path / "data"
    shutil.copytree(DATA, target)
    return target


SECOND = ROOT / "tests" / "data" / "second"
SECOND_ID = "follow-up-2024-11-05"


def add_second_article(data: Path) -> Path:
    """Add the hand-made follow-up article (and the actors it needs) to a data directory."""
    for suffix in (".txt", ".yaml"):
        shutil.copy(SECOND / f"{SECOND_ID}{suffix}", data / "articles")
    with open(data / "actors.yaml", "a", encoding="utf-8") as actors:
        actors.write("\n" + (SECOND / "actors.yaml").read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="session")
def two_article_store(tmp_path_factory, session_stores) -> kg.Store:
    """The seed and the follow-up article in one store; tests must not write to it."""
    data = tmp_path_factory.mktemp("two") / "data"
    shutil.copytree(DATA, data)
    store = kg.Store(session_stores())
    kg.build(add_second_article(data), store)
    return store


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


MOVES = ROOT / "tests" / "data" / "moves"
STILL = ROOT / "tests" / "data" / "still"


@pytest.fixture(scope="session")
def moves_store(session_stores) -> kg.Store:
    """The border story written for the tests (every kind of move, opposing calls, a reading); read-only."""
    store = kg.Store(session_stores())
    kg.build(MOVES, store)
    return store


@pytest.fixture(scope="session")
def still_store(session_stores) -> kg.Store:
    """The price story in which nothing moves; read-only."""
    store = kg.Store(session_stores())
    kg.build(STILL, store)
    return store


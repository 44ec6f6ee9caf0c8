"""Shared fixtures: the seed data, a writable copy of it, and a store built from it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg
from kg.annotations import load_corpus
from kg.compile import compile_corpus

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
def seed_store() -> kg.Store:
    """The seed graph in an in-memory store, built once; tests must not write to it."""
    store = kg.Store("memory:")
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
def two_article_store(tmp_path_factory) -> kg.Store:
    """The seed and the follow-up article in one in-memory store; tests must not write to it."""
    data = tmp_path_factory.mktemp("two") / "data"
    shutil.copytree(DATA, data)
    store = kg.Store("memory:")
    kg.build(add_second_article(data), store)
    return store


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()

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


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()

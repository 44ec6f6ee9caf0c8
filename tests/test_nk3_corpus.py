"""The third seed-story development corpus (tests/nk3/) is valid kg data on the registry a new user has.

Its texts and gold were written without reading the extractor or the matcher, to measure whether
kg's rules generalise (tests/nk3/README.md); only validity is checked here, no extraction figures.
"""

from __future__ import annotations

from pathlib import Path

from kg.annotations import load_corpus

ROOT = Path(__file__).resolve().parent.parent
NK3 = ROOT / "tests" / "nk3"


def test_the_third_seed_story_corpus_loads_on_the_shipped_registry():
    corpus = load_corpus(NK3)
    assert len(corpus.articles) == 8
    assert sum(len(a.statements) for a in corpus.articles.values()) == 136
    # the registry is the one a new user has: never edited here on its own
    for name in ("actors.yaml", "propositions.yaml"):
        assert (NK3 / name).read_bytes() == (ROOT / "data" / name).read_bytes(), name

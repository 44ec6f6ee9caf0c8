"""The second blind corpus (tests/blind2/) is valid kg data.

Only validity is checked here: the corpus is scored once per session, at the end, with
``kg extract`` and ``kg eval`` (tests/blind2/README.md), and its sentences are read by no
one who changes the extractor, so no test quotes them or asserts extraction figures.
"""

from __future__ import annotations

from pathlib import Path

import kg
from kg.annotations import load_corpus

BLIND2 = Path(__file__).resolve().parent / "blind2"


def test_the_second_blind_corpus_is_valid():
    # a check of the data, not of a store: built in memory whichever backend the suite runs on
    corpus = load_corpus(BLIND2)
    assert len(corpus.articles) == 8
    assert sum(len(a.statements) for a in corpus.articles.values()) == 161
    summary = kg.build(BLIND2, kg.Store("memory:"))
    assert (summary.articles, summary.statements) == (8, 161)

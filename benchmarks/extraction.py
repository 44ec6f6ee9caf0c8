"""How well, and how fast, ``kg extract`` drafts the seed article, against a naive baseline.

Runs the extractor on the seed article with its metadata, scores the draft against the
curated annotation with ``kg eval``'s rules, and measures articles per second. The
baseline, in the same run, is what a cue-word search gives: one statement per sentence
containing a reporting verb, spoken by the first known actor the sentence names.

Run: python benchmarks/extraction.py [--repeat 50]
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.annotations import DEFAULT_FACTUALITY, Place, Statement, load_corpus  # noqa: E402
from kg.compile import sentence_spans  # noqa: E402
from kg.evaluate import score  # noqa: E402
from kg.extract import extract  # noqa: E402
from kg.extract.mentions import ActorIndex  # noqa: E402

SEED = "north-korean-troops-2024-10-21"
CUE = re.compile(r"\b(said|says|claimed|denied|confirmed|warned|called for|dismissed|accused|insisted|told|stated)\b")


def as_statements(draft) -> list[Statement]:
    place = Place(Path("draft"), 0)
    return [Statement(s["id"], s["type"], s["speaker"], s["about"], s.get("factuality", DEFAULT_FACTUALITY[s["type"]]),
                      dt.date.fromisoformat(s["date"]) if s.get("date") else None, None,
                      dt.date.fromisoformat(s["latest"]) if s.get("latest") else None, s["cue"], s["quote"], s["start"],
                      s["direct"], (), False, (), None, None, place) for s in draft.statements]


def baseline(text: str, corpus) -> list[Statement]:
    index, place, out = ActorIndex(corpus.actors), Place(Path("baseline"), 0), []
    for n, (a, b) in enumerate(sentence_spans(text)):
        sentence = text[a:b]
        if CUE.search(sentence) and (mentions := index.mentions(sentence)):
            out.append(Statement(f"b{n}", "claim", mentions[0][2], "p", "CT+", None, None, None, None, sentence, a,
                                 False, (), False, (), None, None, place))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=50, help="extractions to time")
    args = parser.parse_args()
    corpus = load_corpus(ROOT / "data")
    article = corpus.articles[SEED]
    gold = list(article.statements)
    started = time.perf_counter()
    for _ in range(args.repeat):
        draft = extract(article.text, article.published, corpus.actors, corpus.propositions)
    seconds = (time.perf_counter() - started) / args.repeat
    ours, base = score(gold, as_statements(draft)), score(gold, baseline(article.text, corpus))
    print(f"seed article: {len(gold)} gold statements, {len(article.text):,} characters")
    print(f"{'':18}{'kg extract':>12}{'baseline':>12}")
    for name in ("precision", "recall", "f1", "speaker_accuracy", "type_accuracy", "polarity_accuracy",
                 "certainty_accuracy", "date_accuracy"):
        print(f"{name:18}{getattr(ours, name):>12.3f}{getattr(base, name):>12.3f}")
    print(f"{'statements':18}{ours.draft:>12}{base.draft:>12}")
    print(f"speed: {1 / seconds:,.1f} articles/s ({seconds * 1000:.1f} ms per article, mean of {args.repeat})")
    for line in ours.missed:
        print(f"missed:   {line}")
    for line in ours.spurious:
        print(f"spurious: {line}")


if __name__ == "__main__":
    main()

"""How well, and how fast, ``kg extract`` drafts articles, against naive baselines, in one run.

Six corpora, scored separately: the seed article (``data/``), the development corpus of
invented articles in the styles of real outlets (``tests/corpus/``, its own registry of
actors and propositions), the held-out corpus (``tests/heldout/``: another invented war,
annotated before kg ever ran on it; its error classes were read once to find general
constructions, which were then written and tested on other sentences), the seed-story
corpus (``tests/nk/``: articles in our own words on the seed's own story, October 2024 to
April 2025, against the seed's registry, as a new user would draft real coverage) and a second
one (``tests/nk2/``: November 2024 to September 2025 in other outlet styles, written without
reading the extractor) and a third (``tests/nk3/``: October 2024 to November 2025, labels instead of
verbs, a fact-check, a podcast transcript, also written without reading the extractor). Each article is extracted with the registry only (speakers and
propositions the article introduces must be proposed), and scored with ``kg eval``'s rules,
micro-averaged over the articles: precision, recall, F1, speaker accuracy, type / polarity /
certainty / date accuracy, polarity inversions, and claim matching (linked right, within one
entailment step, counterpart found, unrelated links).

Baselines in the same run: a cue-word search (one claim per sentence with a reporting verb,
spoken by the first known actor it names) for extraction, and the earlier matcher (Jaccard
overlap of content words >= 0.3) on the very statements kg drafted, for claim matching.

Three blind corpora (``tests/blind/`` and ``tests/blind2/``, a third and a fourth invented war, and
``tests/nkblind/``, the seed's story against the seed's registry, each written by an engineer who never
read the extractor) are scored with ``--blind``, in figures only, once per session at its end.

Run: python benchmarks/extraction.py [--repeat 5] [--details] [--blind]
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.annotations import Place, Statement, load_corpus, read_actors, read_propositions  # noqa: E402
from kg.compile import sentence_spans  # noqa: E402
from kg.evaluate import score, score_articles  # noqa: E402
from kg.extract import extract  # noqa: E402
from kg.extract.mentions import ActorIndex  # noqa: E402
from kg.extract.propose import closest  # noqa: E402

CORPORA = {"seed": ROOT / "data", "development corpus": ROOT / "tests" / "corpus",
           "held-out corpus (validation: its error classes were read, no rule was tuned on its sentences)":
               ROOT / "tests" / "heldout",
           "seed-story corpus (development, the seed's registry)": ROOT / "tests" / "nk",
           "second seed-story corpus (development, the seed's registry)": ROOT / "tests" / "nk2",
           "third seed-story corpus (development, the seed's registry)": ROOT / "tests" / "nk3",
           "second invented-war corpus (development, written blind, its own registry)": ROOT / "tests" / "corpus2",
           "third invented-war corpus (development, written blind, its own registry)": ROOT / "tests" / "corpus3",
           "fourth invented-war corpus (development, written blind, its own registry)": ROOT / "tests" / "corpus4",
           "fifth invented-war corpus (development, written blind, its own registry)": ROOT / "tests" / "corpus5",
           "sixth invented-war corpus (development, written blind, its own registry)": ROOT / "tests" / "corpus6",
           "seventh invented-war corpus (development, written blind, its own registry)": ROOT / "tests" / "corpus7",
           "eighth invented-war corpus (development, written blind, its own registry)": ROOT / "tests" / "corpus8",
           "ninth invented-war corpus (development, written blind, its own registry)": ROOT / "tests" / "corpus9",
           "tenth invented-war corpus (development, written blind, its own registry)": ROOT / "tests" / "corpus10",
           "eleventh invented-war corpus (development, written blind, its own registry)": ROOT / "tests" / "corpus11",
           "twelfth invented-war corpus (development, written blind, its own registry)": ROOT / "tests" / "corpus12",
           "thirteenth invented-war corpus (development, written blind, its own registry)": ROOT / "tests" / "corpus13",
           "fourteenth invented-war corpus (development, written blind, its own registry)": ROOT / "tests" / "corpus14",
           "fifteenth invented-war corpus (development, written blind, its own registry)": ROOT / "tests" / "corpus15",
           "sixteenth invented-war corpus (development, written blind, its own registry)": ROOT / "tests" / "corpus16",
           "seventeenth invented-war corpus (development, written blind, its own registry)": ROOT / "tests" / "corpus17",
           "eighteenth invented-war corpus (development, written blind, its own registry)": ROOT / "tests" / "corpus18",
           "nineteenth invented-war corpus (development, written blind, its own registry)": ROOT / "tests" / "corpus19",
           "twentieth invented-war corpus (development, written blind, its own registry)": ROOT / "tests" / "corpus20",
           "twenty-first invented-war corpus (development, written blind, its own registry)": ROOT / "tests" / "corpus21",
           "twenty-second invented-war corpus (development, written blind, its own registry)": ROOT / "tests" / "corpus22",
           "twenty-third invented-war corpus (development, written blind, its own registry)": ROOT / "tests" / "corpus23",
           "twenty-fourth invented-war corpus (development, written blind, its own registry)": ROOT / "tests" / "corpus24",
           "twenty-fifth invented-war corpus (development, written blind, its own registry)": ROOT / "tests" / "corpus25",
           "twenty-sixth invented-war corpus (development, written blind, its own registry)": ROOT / "tests" / "corpus26",
           "twenty-seventh invented-war corpus (development, written blind, its own registry)": ROOT / "tests" / "corpus27",
           "twenty-eighth invented-war corpus (development, written blind, its own registry)": ROOT / "tests" / "corpus28",
           "twenty-ninth invented-war corpus (development, written blind, its own registry)": ROOT / "tests" / "corpus29",
           "thirtieth invented-war corpus (development, written blind, its own registry)": ROOT / "tests" / "corpus30",
           "thirty-first invented-war corpus (development, written blind, its own registry)": ROOT / "tests" / "corpus31",
           "thirty-second invented-war corpus (development, written blind, its own registry)": ROOT / "tests" / "corpus32",
           "thirty-third invented-war corpus (development, written blind, its own registry)": ROOT / "tests" / "corpus33",
           "thirty-fourth invented-war corpus (development, written blind, its own registry)": ROOT / "tests" / "corpus34",
           "thirty-fifth invented-war corpus (development, written blind, its own registry)": ROOT / "tests" / "corpus35",
           "thirty-sixth invented-war corpus (development, written blind, its own registry)": ROOT / "tests" / "corpus36",
           "thirty-seventh invented-war corpus (development, written blind, its own registry)": ROOT / "tests" / "corpus37",
           "thirty-eighth invented-war corpus (development, written blind, its own registry)": ROOT / "tests" / "corpus38",
           "thirty-ninth invented-war corpus (development, written blind, its own registry)": ROOT / "tests" / "corpus39",
           "fortieth invented-war corpus (development, written blind, its own registry)": ROOT / "tests" / "corpus40",
           "forty-first invented-war corpus (development, written blind, its own registry)": ROOT / "tests" / "corpus41",
           "forty-second invented-war corpus (development, written blind, its own registry)": ROOT / "tests" / "corpus42",
           "forty-third invented-war corpus (development, written blind, its own registry)": ROOT / "tests" / "corpus43",
           "forty-fourth invented-war corpus (development, written blind, its own registry)": ROOT / "tests" / "corpus44",
           "forty-fifth invented-war corpus (development, written blind, its own registry)": ROOT / "tests" / "corpus45",
           "forty-sixth invented-war corpus (development, written blind, its own registry)": ROOT / "tests" / "corpus46",
           "forty-seventh invented-war corpus (development, written blind, its own registry)": ROOT / "tests" / "corpus47",
           "forty-eighth invented-war corpus (development, written blind, its own registry)": ROOT / "tests" / "corpus48",
           "forty-ninth invented-war corpus (development, written blind, its own registry)": ROOT / "tests" / "corpus49",
           "fiftieth invented-war corpus (development, written blind, its own registry)": ROOT / "tests" / "corpus50",
           "fifty-first invented-war corpus (development, written blind, its own registry)": ROOT / "tests" / "corpus51",
           "fifty-second invented-war corpus (development, written blind, its own registry)": ROOT / "tests" / "corpus52",
           "fifty-third invented-war corpus (development, written blind, its own registry)": ROOT / "tests" / "corpus53",
           "fifty-fourth invented-war corpus (development, written blind, its own registry)": ROOT / "tests" / "corpus54",
           "fifty-fifth invented-war corpus (development, written blind, its own registry)": ROOT / "tests" / "corpus55",
           "fifty-sixth invented-war corpus (development, written blind, its own registry)": ROOT / "tests" / "corpus56",
           "fifty-seventh invented-war corpus (development, written blind, its own registry)": ROOT / "tests" / "corpus57",
           "fifty-eighth invented-war corpus (development, written blind, its own registry)": ROOT / "tests" / "corpus58",
           "fifty-ninth invented-war corpus (development, written blind, its own registry)": ROOT / "tests" / "corpus59",
           "sixtieth invented-war corpus (development, written blind, its own registry)": ROOT / "tests" / "corpus60",
           "sixty-first invented-war corpus (development, written blind, its own registry)": ROOT / "tests" / "corpus61"}
#: measured once per session, at its end (--blind): its sentences are read by no one who changes the rules
BLIND = {"blind corpus (measured once per session)": ROOT / "tests" / "blind",
         "second blind corpus (measured once per session)": ROOT / "tests" / "blind2",
         "seed-story blind corpus (measured once per session, the seed's registry)": ROOT / "tests" / "nkblind"}
CUE = re.compile(r"\b(said|says|claimed|denied|confirmed|warned|called for|dismissed|accused|insisted|told|stated)\b")
FIELDS = ("precision", "recall", "f1", "speaker_accuracy", "type_accuracy", "polarity_accuracy", "certainty_accuracy",
          "date_accuracy", "inversions", "about_strict", "about_lenient", "counterpart_found", "about_unrelated")


def baseline(text: str, actors) -> list[Statement]:
    index, place, out = ActorIndex(actors), Place(Path("baseline"), 0), []
    for n, (a, b) in enumerate(sentence_spans(text)):
        sentence = text[a:b]
        if CUE.search(sentence) and (mentions := index.mentions(sentence)):
            out.append(Statement(f"b{n}", "claim", mentions[0][2], "p", "CT+", None, None, None, None, sentence, a,
                                 False, (), False, (), None, None, place))
    return out


def jaccard_links(statements: list[Statement], propositions) -> list[Statement]:
    """The same statements linked by the earlier matcher: Jaccard overlap >= 0.3, else a new proposition."""
    return [dataclasses.replace(s, about=closest(s.quote, propositions)[0] or f"new_{s.id}") for s in statements]


def run(data_dir: Path, repeat: int):
    corpus = load_corpus(data_dir)
    actors = read_actors(data_dir / "actors.yaml")
    propositions = read_propositions(data_dir / "propositions.yaml")
    registry = set(actors)
    ours, base, jaccard, per_article = [], [], [], []
    introduced: dict = {}
    unrelated_by_rule: Counter = Counter()
    seconds = 0.0
    extract("Warm-up: the gazetteer loads once per process.", None, actors, propositions)
    for article in sorted(corpus.articles.values(), key=lambda a: a.id):
        started = time.perf_counter()
        for _ in range(repeat):
            draft = extract(article.text, article.published, actors, propositions)
        seconds += (time.perf_counter() - started) / repeat
        drafted = draft.records()
        ours.append((article, drafted))
        base.append((article, baseline(article.text, actors)))
        jaccard.append((article, jaccard_links(drafted, propositions)))
        for pid, prop in article.propositions.items():
            introduced.setdefault(pid, prop)  # known to the articles after it, as in the corpus
        scores = score(list(article.statements), drafted, registry, propositions, introduced)
        per_article.append((article.id, scores))
        unrelated_by_rule.update(_rule_kind(draft.explanations[link.split(" -> ")[0]]["about_rule"])
                                 for link in scores.unrelated)
    results = {name: score_articles(drafts, registry, propositions)
               for name, drafts in (("kg extract", ours), ("cue-word baseline", base), ("Jaccard matcher", jaccard))}
    return results, per_article, len(corpus.articles) / seconds, unrelated_by_rule


def _rule_kind(about_rule: str) -> str:
    """The matcher's rule behind a link, without its score: "best covered", "points back to …"."""
    return about_rule.split(" (")[0]


def _cell(value) -> str:
    return "n/a" if value is None else f"{value}" if isinstance(value, int) else f"{value:.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="extractions per article to time")
    parser.add_argument("--details", action="store_true", help="per-article figures, misses and spurious drafts")
    parser.add_argument("--blind", action="store_true",
                        help="also the blind corpora (once per session, at its end; never with --details)")
    args = parser.parse_args()
    if args.blind and args.details:
        parser.error("the blind corpora are reported in figures only: leave out --details")
    for name, data_dir in {**CORPORA, **(BLIND if args.blind else {})}.items():
        results, per_article, rate, unrelated_by_rule = run(data_dir, args.repeat)
        ours = results["kg extract"]
        print(f"\n{name}: {len(per_article)} articles, {ours.gold} gold statements, {ours.draft} drafted")
        print(f"{'':22}{'kg extract':>12}{'cue words':>12}{'Jaccard':>12}")
        for field in FIELDS:
            cells = [_cell(getattr(results[k], field)) for k in ("kg extract", "cue-word baseline", "Jaccard matcher")]
            if not field.startswith(("about", "counterpart")):
                cells[2] = ""
            else:
                cells[1] = ""
            print(f"{field:22}{cells[0]:>12}{cells[1]:>12}{cells[2]:>12}")
        if unrelated_by_rule:
            print("unrelated links by rule: " + ", ".join(f"{rule}: {n}" for rule, n in unrelated_by_rule.most_common()))
        print(f"speed: {rate:,.1f} articles/s")
        if args.details:
            for article_id, s in per_article:
                print(f"  {article_id:48} P {s.precision:.2f} R {s.recall:.2f} about {_cell(s.about_strict)}")
                for line in s.missed:
                    print(f"      missed:   {line}")
                for line in s.spurious:
                    print(f"      spurious: {line}")


def worst_cases() -> None:
    """Time on inputs built to make patterns backtrack: one 8,000-word paragraph without a full stop, 3,000
    capitalised words before a cue, 3,000 names joined by "and", beside a typical article of the corpus."""
    import random

    data_dir = CORPORA["development corpus"]
    actors, propositions = read_actors(data_dir / "actors.yaml"), read_propositions(data_dir / "propositions.yaml")
    rng = random.Random(1)
    words = ('the troops said that Varania and Belmark denied reports of a deployment which Kordesk rejects, '
             'according to officials: "we will not" if or not').split()
    typical = next(iter(load_corpus(data_dir).articles.values())).text
    cases = {"a typical article": typical,
             "8,000 words, no full stop": " ".join(rng.choice(words) for _ in range(8000)),
             "3,000 capitalised words before a cue": " ".join(["Alpha Beta Gamma"] * 1000) + " said the convoy crossed.",
             "3,000 names joined by 'and'": " and ".join(["Varania"] * 3000) + " traded accusations."}
    print("\nworst-case inputs (seconds, and ratio to a typical article):")
    base = None
    for name, text in cases.items():
        started = time.perf_counter()
        extract(text, None, actors, propositions)
        seconds = time.perf_counter() - started
        base = base or seconds
        print(f"  {name:40} {seconds:7.2f} s  {seconds / base:7.1f}x  ({len(text):,} characters)")


if __name__ == "__main__":
    main()
    worst_cases()

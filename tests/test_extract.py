"""Extraction of attributed statements from raw text, construction by construction."""

import datetime as dt
import json

import pytest
import yaml

from kg.annotations import DEFAULT_FACTUALITY, load_corpus
from kg.cli import main
from kg.evaluate import evaluate
from kg.extract import extract, extract_file
from kg.extract.propose import draft_id

from .conftest import DATA, ROOT, SECOND, SECOND_ID, SEED_ID, store_independent
from .hashseeds import outputs_under_hash_seeds

MONDAY = dt.date(2024, 10, 21)


@pytest.fixture(scope="module")
def corpus():
    return load_corpus(DATA)


def draft(text, corpus, published=MONDAY):
    return extract(text, published, corpus.actors, corpus.propositions)


def one(text, corpus, published=MONDAY) -> dict:
    (statement,) = draft(text, corpus, published).statements
    return statement


def test_quote_naming_its_speaker_after_it(corpus):
    s = one("“This looks like another bit of fake news,” Kremlin spokesman Dmitry Peskov told reporters on October 10.", corpus)
    assert (s["speaker"], s["type"], s["date"], s["direct"], s["quote"]) == (
        "peskov", "dismissal", "2024-10-10", True, "This looks like another bit of fake news")
    assert s["review"] == "pending" and 0 < s["confidence"] <= 1


def test_quote_with_straight_marks_and_attribution_before(corpus):
    s = one('Dmitry Peskov said: "We will respond to any provocation."', corpus)
    assert (s["speaker"], s["type"], s["quote"], s["direct"]) == ("peskov", "claim", "We will respond to any provocation", True)


def test_quote_spanning_sentences_is_one_statement(corpus):
    s = one("“North Korea is not involved. We have no such plans,” Peskov said on Monday.", corpus)
    assert s["quote"] == "North Korea is not involved. We have no such plans"
    assert (s["date"], s["factuality"]) == ("2024-10-21", "CT-")  # Monday is the publication day; "not" negates


@pytest.mark.parametrize("text,speaker,kind,factuality", [
    ("Lloyd Austin said on October 19 that he could not confirm a North Korean presence.", "austin", "non_confirmation", "Uu"),
    ("Moscow denied military co-operation with Pyongyang.", "russian_government", "denial", "CT-"),
    ("South Korea’s spy agency confirmed that troops had arrived.", "nis", "confirmation", "CT+"),
    ("Rutte warned that the troops would escalate the war.", "rutte", "warning", "PR+"),
    ("Landsbergis called for new sanctions.", "landsbergis", "call", None),
    ("Pyongyang dismissed the claims as lies.", "north_korean_government", "dismissal", "PR-"),
    ("Western governments accused North Korea of supplying weapons to Russia.", "western_governments", "accusation", "CT+"),
    ("Georgy Zinoviev insisted that any collaboration would be lawful.", "zinoviev", "claim", "CT+"),
    ("Kyrylo Budanov claimed that 11,000 troops could be ready.", "budanov", "claim", "PR+"),
    ("Reports by Ukrainian media suggested that deserters had been captured.", "ukrainian_media", "claim", "PS+"),
    ("Austin told reporters that there was no evidence of troops.", "austin", "claim", "CT-"),
])
def test_cues_types_and_hedges(corpus, text, speaker, kind, factuality):
    s = one(text, corpus)
    assert (s["speaker"], s["type"], s.get("factuality", DEFAULT_FACTUALITY[kind])) == (speaker, kind, factuality)


def test_could_not_confirm_is_uncommitted_for_each_coordinated_speaker(corpus):
    statements = draft("Mark Rutte and Lloyd Austin both said on October 19 that they could not confirm a North Korean "
                       "military presence in Ukraine.", corpus).statements
    assert [(s["speaker"], s["type"], s["date"]) for s in statements] == [
        ("rutte", "non_confirmation", "2024-10-19"), ("austin", "non_confirmation", "2024-10-19")]
    assert statements[0]["quote"].startswith("could not confirm")


def test_dates_weekdays_and_spans(corpus):
    assert one("Peskov said on Friday that it was fake news.", corpus)["date"] == "2024-10-18"
    s = one("Earlier this month, Moscow denied the reports.", corpus)
    assert (s.get("date"), s["earliest"], s["latest"]) == (None, "2024-10-01", "2024-10-20")
    s = one("Kyrylo Budanov claimed that troops could be ready by November 1.", corpus)
    assert "date" not in s  # a date inside the reported words is not when it was said


def test_reporting_chains(corpus):
    s = one("Ukrainian media reported that Kyrylo Budanov said that 11,000 troops had arrived.", corpus)
    assert (s["speaker"], s["via"], s["quote"]) == ("budanov", ["ukrainian_media"], "11,000 troops had arrived")
    s = one("According to Mark Rutte, the alliance is ready.", corpus)
    assert (s["speaker"], s["quote"]) == ("rutte", "the alliance is ready")
    s = one("The alliance is ready, according to Mark Rutte.", corpus)
    assert (s["speaker"], s["quote"]) == ("rutte", "The alliance is ready")
    s = one("That was reportedly confirmed by South Korea’s spy agency on October 18, which stated that 1,500 "
            "special forces had been sent to Russia.", corpus)
    assert (s["speaker"], s["type"], s["reportedly"], s["date"]) == ("nis", "confirmation", True, "2024-10-18")
    assert s["quote"] == "1,500 special forces had been sent to Russia"


def test_speakers_by_apposition_surname_pronoun_and_metonym(corpus):
    s = one("Russia’s ambassador to South Korea, Georgy Zinoviev, insisted on October 21 that ties were lawful.", corpus)
    assert s["speaker"] == "zinoviev"
    statements = draft("Gabrielius Landsbergis arrived in Kyiv. He warned that the war could escalate.", corpus).statements
    assert [s["speaker"] for s in statements] == ["landsbergis"]
    assert one("Moscow dismissed the enquiries.", corpus)["speaker"] == "russian_government"
    assert one("The Kremlin denied the reports.", corpus)["speaker"] == "kremlin"


def test_new_speakers_are_proposed_with_role_and_affiliation(corpus):
    d = draft("Kim Yong-chol, North Korea’s vice foreign minister, told reporters that the reports were false.", corpus)
    assert d.statements[0]["speaker"] == "kim_yong_chol"
    assert d.actors == [{"id": "kim_yong_chol", "type": "person", "name": "Kim Yong-chol",
                         "memberships": [{"organization": "north_korea", "role": "vice foreign minister"}]}]


def test_propositions_closest_existing_or_a_new_draft(corpus):
    assert one("Kyrylo Budanov claimed that 11,000 North Korean troops could be ready to join the fight.",
               corpus)["about"] == "nk_11000_troops_ready"
    d = draft("Dmitry Peskov said that the harvest was excellent this year.", corpus)
    assert d.statements[0]["about"].startswith("draft_")
    assert d.propositions == [{"id": d.statements[0]["about"], "text": "The harvest was excellent this year."}]
    assert "entails" not in d.propositions[0]  # links are the reviewer's to make


@pytest.mark.parametrize("content,slug", [
    ("The waterworks will not make water for the town", "draft_waterwork_water_make_town"),
    ("Officials asked, and keep asking, to ask again", "draft_official_asked_ask_keep_asking"),
])
def test_a_draft_id_puts_the_longer_of_words_found_at_the_same_place_first(content, slug):
    # "water" is found where "waterworks" is: the two once came in a set's order, which the hash seed changes
    assert draft_id(content, set()) == slug
    assert draft_id(content, {slug}) == slug + "_2"


#: articles whose drafts changed with Python's hash seed: a match explained by another wording
#: of the proposition (a float sum over a set), a drafted id's words in another order
HASH_SENSITIVE = [(DATA / "articles" / "north-korean-troops-2024-10-21.txt", DATA),
                  (ROOT / "tests" / "blind2" / "articles" / "evening-post-2026-02-11-emmeth.txt", ROOT / "tests" / "blind2")]


def hash_sensitive_drafts() -> None:
    """Print the drafts (and explanations) of :data:`HASH_SENSITIVE` as JSON (run in subprocesses by the test below)."""
    drafts = [extract_file(article, data, MONDAY, text_file=article.name) for article, data in HASH_SENSITIVE]
    print(json.dumps([[d.to_yaml(), d.explain()] for d in drafts]))


def test_drafts_are_the_same_under_any_hash_seed():
    runs = outputs_under_hash_seeds("tests.test_extract:hash_sensitive_drafts")
    (_, troops), (emmeth, _) = runs[0]
    assert "covers #1500, @future, @north_korea, @russia, @ukraine, deploy, east, elite, far, thousands, train " \
           "(11 of 11 parts)" in troops  # the proposition's own wording, not its first half
    assert "- id: draft_waterwork_water_make" in emmeth
    for other in runs[1:]:
        assert other == runs[0]


def test_no_attributed_statement_gives_an_empty_draft(corpus):
    d = draft("The weather was fine on Tuesday and the market opened early. Prices rose.", corpus)
    assert d.statements == [] and d.actors == [] and d.propositions == []


def test_captions_are_skipped(corpus):
    text = "Peskov said that it was fake news. (Photo by Someone/Getty Images)\n\nNews\n\nMoscow denied the reports."
    assert [s["speaker"] for s in draft(text, corpus).statements] == ["russian_government"]


def test_extract_without_a_date_says_what_is_left_to_do(tmp_path, runner):
    out = tmp_path / "draft.yaml"
    result = runner.invoke(main, ["extract", str(DATA / "articles" / f"{SEED_ID}.txt"), "--data", str(DATA),
                                  "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "no --date given" in result.stderr and "'published' must be filled in" in result.stderr
    assert "published: null" in out.read_text() and "date: '" not in out.read_text()
    report = runner.invoke(main, ["eval", str(DATA / "articles" / f"{SEED_ID}.yaml"), str(out)])
    assert report.exit_code == 2 and "missing required field 'published'" in report.stderr


def test_seed_extraction_meets_the_bar(tmp_path, runner):
    out = tmp_path / "draft.yaml"
    result = runner.invoke(main, ["extract", str(DATA / "articles" / f"{SEED_ID}.txt"), "--data", str(DATA),
                                  "--date", "2024-10-21", "-o", str(out)])
    assert result.exit_code == 0, result.output
    scores = evaluate(DATA / "articles" / f"{SEED_ID}.yaml", out)
    assert scores.recall >= 0.8 and scores.precision >= 0.75 and scores.speaker_accuracy >= 0.9
    report = runner.invoke(main, ["eval", str(DATA / "articles" / f"{SEED_ID}.yaml"), str(out)]).stdout
    assert report.startswith("statements  gold 15, draft ")


def test_add_then_review_then_build(runner, data_copy, new_store):
    result = runner.invoke(main, ["add", str(SECOND / f"{SECOND_ID}.txt"), "--data", str(data_copy),
                                  "--date", "2024-11-05", "--title", "Follow-up"])
    assert result.exit_code == 0, result.output
    draft_path = data_copy / "articles" / f"{SECOND_ID}.draft.yaml"
    assert (data_copy / "articles" / f"{SECOND_ID}.txt").exists() and draft_path.exists()
    store = new_store()
    built = runner.invoke(main, ["--store", store, "build", "--data", str(data_copy)])
    assert "1 article," in built.stdout  # drafts wait for review
    reviewed = data_copy / "articles" / f"{SECOND_ID}.yaml"
    reviewed.write_text(draft_path.read_text())
    refused = runner.invoke(main, ["--store", store, "build", "--data", str(data_copy)])
    assert refused.exit_code == 2 and "is awaiting review" in refused.stderr
    doc = yaml.safe_load(draft_path.read_text())
    for statement in doc["statements"]:
        del statement["review"]
    reviewed.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False))
    draft_path.unlink()
    built = runner.invoke(main, ["--store", store, "build", "--data", str(data_copy)])
    assert built.exit_code == 0, built.output
    assert [a["name"] for a in doc["actors"]] == ["unnamed Ukrainian official"]  # proposed, reviewed with the rest
    assert f"2 articles, 27 actors, {15 + len(doc['statements'])} statements" in built.stdout
    again = runner.invoke(main, ["add", str(SECOND / f"{SECOND_ID}.txt"), "--data", str(data_copy)])
    assert again.exit_code == 2 and "already in the data directory" in again.stderr


def test_eval_of_the_follow_up_article(tmp_path, runner, data_copy):
    from .conftest import add_second_article

    out = tmp_path / "draft.yaml"
    runner.invoke(main, ["extract", str(SECOND / f"{SECOND_ID}.txt"), "--data", str(add_second_article(data_copy)),
                         "--date", "2024-11-05", "-o", str(out)])
    scores = evaluate(SECOND / f"{SECOND_ID}.yaml", out)
    assert scores.recall >= 0.8 and scores.precision >= 0.8


def test_extract_explain_shows_cue_rule_words_and_candidates(tmp_path, runner):
    out = tmp_path / "draft.yaml"
    result = runner.invoke(main, ["extract", str(DATA / "articles" / f"{SEED_ID}.txt"), "--data", str(DATA),
                                  "--date", "2024-10-21", "--explain", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "peskov_told  [2268-2308]  dismissal PR- by peskov" in result.stdout
    assert "cue:      'told reporters'" in result.stdout or "cue:      'told'" in result.stdout
    assert "quote, attribution after" in result.stdout and "about:    " in result.stdout
    to_stdout = runner.invoke(main, ["extract", str(DATA / "articles" / f"{SEED_ID}.txt"), "--data", str(DATA),
                                     "--date", "2024-10-21", "--explain"])
    assert to_stdout.stdout.startswith("# Draft annotation") and "peskov_told  [" in to_stdout.stderr


def test_extract_with_a_missing_data_directory_is_an_error(tmp_path, runner):
    result = runner.invoke(main, ["extract", str(DATA / "articles" / f"{SEED_ID}.txt"), "--data",
                                  str(tmp_path / "nowhere"), "--date", "2024-10-21"])
    assert result.exit_code == 2 and "no such data directory" in result.stderr and result.stdout == ""


def test_eval_refuses_a_draft_of_another_article(tmp_path, runner, data_copy):
    from .conftest import add_second_article

    out = tmp_path / "draft.yaml"
    runner.invoke(main, ["extract", str(SECOND / f"{SECOND_ID}.txt"), "--data", str(add_second_article(data_copy)),
                         "--date", "2024-11-05", "-o", str(out)])
    other = runner.invoke(main, ["eval", str(DATA / "articles" / f"{SEED_ID}.yaml"), str(out)])
    assert other.exit_code == 2 and "is of article 'follow-up-2024-11-05', not 'north-korean-troops-2024-10-21'" in \
        other.stderr and len(other.stderr.strip().splitlines()) == 1
    same_id = tmp_path / "same-id.yaml"
    same_id.write_text(out.read_text().replace("id: follow-up-2024-11-05", f"id: {SEED_ID}"))
    changed = runner.invoke(main, ["eval", str(DATA / "articles" / f"{SEED_ID}.yaml"), str(same_id)])
    assert changed.exit_code == 2 and "differs from the gold article's" in changed.stderr


def test_eval_says_n_a_when_nothing_matched(tmp_path, runner):
    empty = tmp_path / "empty.yaml"
    text = tmp_path / f"{SEED_ID}.txt"
    text.write_text((DATA / "articles" / f"{SEED_ID}.txt").read_text())
    empty.write_text(f"article:\n  id: {SEED_ID}\n  text: {text.name}\n  title: t\n  published: 2024-10-21\n"
                     "statements: []\n")
    report = runner.invoke(main, ["eval", str(DATA / "articles" / f"{SEED_ID}.yaml"), str(empty)]).stdout
    assert "type        n/a" in report and "speaker     n/a" in report and "recall      0.000" in report


def _corpus_scores(name: str):
    from kg.annotations import read_actors, read_propositions
    from kg.evaluate import score_articles

    from .conftest import ROOT

    corpus_dir = ROOT / "tests" / name
    corpus = load_corpus(corpus_dir)  # every gold annotation validates
    actors, props = read_actors(corpus_dir / "actors.yaml"), read_propositions(corpus_dir / "propositions.yaml")
    drafts = [(article, extract(article.text, article.published, actors, props).records())
              for article in sorted(corpus.articles.values(), key=lambda a: a.id)]
    return score_articles(drafts, set(actors), props)


@store_independent
def test_the_development_corpus_is_valid_and_drafted_well():
    """A guard against regressions on the invented corpus (benchmarks/extraction.py reports the figures)."""
    scores = _corpus_scores("corpus")
    assert scores.precision >= 0.9 and scores.recall >= 0.88 and scores.speaker_accuracy >= 0.95
    assert scores.inversions == 0 and scores.about_strict >= 0.77 and scores.about_unrelated <= 6


@store_independent
def test_the_held_out_corpus_is_valid_and_drafted_as_measured():
    """The validation corpus of another war: a guard that its figures do not fall back."""
    scores = _corpus_scores("heldout")
    assert scores.precision >= 0.9 and scores.recall >= 0.79 and scores.speaker_accuracy >= 0.93
    # one more inversion since "On September 6 the ministry insisted …" is found: a claim the matcher links wrongly
    assert scores.inversions <= 9 and scores.about_strict >= 0.47 and scores.about_unrelated <= 3


@store_independent
def test_the_seed_story_corpus_is_valid_and_drafted_as_measured():
    """Coverage of the seed's own story against the seed's registry, as a new user drafts it: a guard."""
    scores = _corpus_scores("nk")
    assert scores.precision >= 0.88 and scores.recall >= 0.81 and scores.speaker_accuracy >= 0.95
    assert scores.inversions <= 4 and scores.about_strict >= 0.73 and scores.about_unrelated <= 7


@pytest.mark.parametrize("name", ["blind", "nkblind"])
def test_the_blind_corpora_are_valid(name):
    from kg.annotations import load_corpus as load

    from .conftest import ROOT

    assert len(load(ROOT / "tests" / name).articles) == 8  # their figures are measured once per session, not here


@store_independent
@pytest.mark.parametrize("name,articles,statements,floor,ceiling", [
    # the seed's story in later phases and outlet styles, on the seed's registry
    ("nk2", 8, 106, {"precision": 0.82, "recall": 0.9, "speaker_accuracy": 0.94, "about_strict": 0.65},
     {"inversions": 6, "about_unrelated": 7}),
    # written without reading the extractor (its first run is in its README)
    ("nk3", 8, 136, {"precision": 0.83, "recall": 0.72, "speaker_accuracy": 0.91, "about_strict": 0.5},
     {"inversions": 8, "about_unrelated": 10}),
    # two more invented wars, each with a registry written by someone who never read the matcher
    ("corpus2", 6, 113, {"precision": 0.86, "recall": 0.75, "speaker_accuracy": 0.93, "about_strict": 0.46},
     {"inversions": 10, "about_unrelated": 2}),
    ("corpus3", 6, 114, {"precision": 0.8, "recall": 0.72, "speaker_accuracy": 0.9, "about_strict": 0.36},
     {"inversions": 8, "about_unrelated": 14}),
    ("corpus4", 6, 113, {"precision": 0.77, "recall": 0.61, "speaker_accuracy": 0.86, "about_strict": 0.55},
     {"inversions": 6, "about_unrelated": 12}),
    ("corpus5", 6, 111, {"precision": 0.73, "recall": 0.73, "speaker_accuracy": 0.86, "about_strict": 0.44},
     {"inversions": 10, "about_unrelated": 4}),
    # written after the conflict lexicon, blind to every rule (their first run is in their READMEs)
    ("corpus6", 6, 123, {"precision": 0.83, "recall": 0.73, "speaker_accuracy": 0.92, "about_strict": 0.41},
     {"inversions": 6, "about_unrelated": 15}),
    ("corpus7", 6, 123, {"precision": 0.83, "recall": 0.71, "speaker_accuracy": 0.91, "about_strict": 0.36},
     {"inversions": 14, "about_unrelated": 9}),
    # written during the session whose rules they measure, blind to all of them (first figures in their READMEs)
    ("corpus8", 6, 120, {"precision": 0.86, "recall": 0.74, "speaker_accuracy": 0.94, "about_strict": 0.37},
     {"inversions": 7, "about_unrelated": 15}),
    ("corpus9", 6, 121, {"precision": 0.77, "recall": 0.66, "speaker_accuracy": 0.89, "about_strict": 0.37},
     {"inversions": 12, "about_unrelated": 15}),
    # written during the session whose rules they measure, then read (first figures in their READMEs)
    ("corpus10", 6, 119, {"precision": 0.88, "recall": 0.78, "speaker_accuracy": 0.94, "about_strict": 0.46},
     {"inversions": 12, "about_unrelated": 15}),
    ("corpus11", 6, 122, {"precision": 0.8, "recall": 0.71, "speaker_accuracy": 0.9, "about_strict": 0.46},
     {"inversions": 12, "about_unrelated": 8}),
    # held back while the session's rules were written, measured once at its end (figures in their READMEs)
    ("corpus12", 6, 119, {"precision": 0.79, "recall": 0.69, "speaker_accuracy": 0.91, "about_strict": 0.41},
     {"inversions": 7, "about_unrelated": 13}),
    ("corpus13", 6, 122, {"precision": 0.7, "recall": 0.59, "speaker_accuracy": 0.83, "about_strict": 0.4},
     {"inversions": 12, "about_unrelated": 1}),
    # written during the session whose rules they measure, then read (first figures in their READMEs)
    ("corpus14", 6, 120, {"precision": 0.77, "recall": 0.7, "speaker_accuracy": 0.89, "about_strict": 0.34},
     {"inversions": 9, "about_unrelated": 21}),
    ("corpus15", 6, 123, {"precision": 0.75, "recall": 0.74, "speaker_accuracy": 0.91, "about_strict": 0.33},
     {"inversions": 12, "about_unrelated": 16}),
    # held back while the session's rules were written, measured once at its end (figures in their READMEs)
    ("corpus16", 6, 120, {"precision": 0.7, "recall": 0.65, "speaker_accuracy": 0.82, "about_strict": 0.24},
     {"inversions": 7, "about_unrelated": 14}),
    ("corpus17", 6, 124, {"precision": 0.79, "recall": 0.79, "speaker_accuracy": 0.92, "about_strict": 0.38},
     {"inversions": 12, "about_unrelated": 15}),
    # written during the session whose rules they measure, measured, then read (first figures in their READMEs)
    ("corpus18", 6, 122, {"precision": 0.8, "recall": 0.74, "speaker_accuracy": 0.85, "about_strict": 0.31},
     {"inversions": 8, "about_unrelated": 9}),
    ("corpus19", 6, 123, {"precision": 0.75, "recall": 0.62, "speaker_accuracy": 0.87, "about_strict": 0.35},
     {"inversions": 11, "about_unrelated": 17}),
    # held back while the session's rules were written, measured once at its end (figures in their READMEs)
    ("corpus20", 6, 115, {"precision": 0.81, "recall": 0.67, "speaker_accuracy": 0.88, "about_strict": 0.37},
     {"inversions": 6, "about_unrelated": 7}),
    ("corpus21", 6, 122, {"precision": 0.68, "recall": 0.63, "speaker_accuracy": 0.77, "about_strict": 0.36},
     {"inversions": 10, "about_unrelated": 10}),
    # written during the fifteenth session, measured, then read (first figures in their READMEs)
    ("corpus22", 6, 124, {"precision": 0.73, "recall": 0.74, "speaker_accuracy": 0.8, "about_strict": 0.36},
     {"inversions": 9, "about_unrelated": 8}),
    ("corpus23", 6, 117, {"precision": 0.75, "recall": 0.72, "speaker_accuracy": 0.86, "about_strict": 0.37},
     {"inversions": 13, "about_unrelated": 4}),
    # held back while the session's rules were written, measured once at its end (figures in their READMEs)
    ("corpus24", 6, 113, {"precision": 0.67, "recall": 0.48, "speaker_accuracy": 0.77, "about_strict": 0.3},
     {"inversions": 6, "about_unrelated": 10}),
    ("corpus25", 6, 122, {"precision": 0.66, "recall": 0.54, "speaker_accuracy": 0.76, "about_strict": 0.46},
     {"inversions": 13, "about_unrelated": 9}),
    # written during the sixteenth session, measured, then read (first figures in their READMEs)
    ("corpus26", 6, 105, {"precision": 0.68, "recall": 0.68, "speaker_accuracy": 0.85, "about_strict": 0.34},
     {"inversions": 8, "about_unrelated": 8}),
    ("corpus27", 6, 116, {"precision": 0.66, "recall": 0.71, "speaker_accuracy": 0.87, "about_strict": 0.26},
     {"inversions": 15, "about_unrelated": 10}),
    # held back while the sixteenth session's rules were written, measured once at its end (figures in their READMEs)
    ("corpus28", 6, 120, {"precision": 0.71, "recall": 0.71, "speaker_accuracy": 0.86, "about_strict": 0.34},
     {"inversions": 8, "about_unrelated": 13}),
    ("corpus29", 6, 120, {"precision": 0.63, "recall": 0.62, "speaker_accuracy": 0.78, "about_strict": 0.3},
     {"inversions": 10, "about_unrelated": 14}),
    # written during the seventeenth session, measured, then read (first figures in their READMEs)
    ("corpus30", 6, 121, {"precision": 0.69, "recall": 0.65, "speaker_accuracy": 0.84, "about_strict": 0.46},
     {"inversions": 6, "about_unrelated": 4}),
    ("corpus31", 6, 110, {"precision": 0.8, "recall": 0.8, "speaker_accuracy": 0.92, "about_strict": 0.35},
     {"inversions": 8, "about_unrelated": 16}),
    # held back while the seventeenth session's rules were written, measured once at its end (figures in their READMEs)
    ("corpus32", 6, 130, {"precision": 0.69, "recall": 0.53, "speaker_accuracy": 0.77, "about_strict": 0.3},
     {"inversions": 11, "about_unrelated": 13}),
    ("corpus33", 6, 125, {"precision": 0.58, "recall": 0.54, "speaker_accuracy": 0.76, "about_strict": 0.3},
     {"inversions": 4, "about_unrelated": 4}),
    # written blind in the eighteenth session; 34 and 35 measured at its start and not read, 36 and 37 held back
    ("corpus34", 6, 127, {"precision": 0.78, "recall": 0.51, "speaker_accuracy": 0.85, "about_strict": 0.27},
     {"inversions": 4, "about_unrelated": 14}),
    ("corpus35", 6, 124, {"precision": 0.66, "recall": 0.61, "speaker_accuracy": 0.8, "about_strict": 0.28},
     {"inversions": 12, "about_unrelated": 5}),
    ("corpus36", 6, 124, {"precision": 0.65, "recall": 0.54, "speaker_accuracy": 0.82, "about_strict": 0.47},
     {"inversions": 11, "about_unrelated": 4}),
    ("corpus37", 6, 122, {"precision": 0.7, "recall": 0.47, "speaker_accuracy": 0.77, "about_strict": 0.29},
     {"inversions": 10, "about_unrelated": 8}),
    # written blind in the nineteenth session; 38 and 39 measured and then read, 40 and 41 held back
    ("corpus38", 6, 115, {"precision": 0.72, "recall": 0.67, "speaker_accuracy": 0.85, "about_strict": 0.33},
     {"inversions": 13, "about_unrelated": 8}),
    ("corpus39", 6, 117, {"precision": 0.64, "recall": 0.59, "speaker_accuracy": 0.76, "about_strict": 0.27},
     {"inversions": 8, "about_unrelated": 9}),
    ("corpus40", 6, 126, {"precision": 0.78, "recall": 0.57, "speaker_accuracy": 0.83, "about_strict": 0.48},
     {"inversions": 6, "about_unrelated": 9}),
    ("corpus41", 6, 130, {"precision": 0.72, "recall": 0.59, "speaker_accuracy": 0.86, "about_strict": 0.37},
     {"inversions": 6, "about_unrelated": 8}),
    # written blind in the twentieth session; 42 and 43 measured and then read, 44 and 45 held back
    ("corpus42", 6, 127, {"precision": 0.75, "recall": 0.63, "speaker_accuracy": 0.84, "about_strict": 0.42},
     {"inversions": 9, "about_unrelated": 8}),
    ("corpus43", 6, 131, {"precision": 0.7, "recall": 0.55, "speaker_accuracy": 0.76, "about_strict": 0.24},
     {"inversions": 8, "about_unrelated": 11}),
    ("corpus44", 6, 127, {"precision": 0.52, "recall": 0.43, "speaker_accuracy": 0.68, "about_strict": 0.39},
     {"inversions": 4, "about_unrelated": 6}),
    ("corpus45", 6, 129, {"precision": 0.68, "recall": 0.53, "speaker_accuracy": 0.78, "about_strict": 0.31},
     {"inversions": 14, "about_unrelated": 10}),
    # written blind in the twenty-first session; 46 and 47 measured and then read, 48 and 49 held back
    ("corpus46", 6, 125, {"precision": 0.71, "recall": 0.71, "speaker_accuracy": 0.92, "about_strict": 0.33},
     {"inversions": 6, "about_unrelated": 13}),
    ("corpus47", 6, 128, {"precision": 0.56, "recall": 0.46, "speaker_accuracy": 0.67, "about_strict": 0.28},
     {"inversions": 9, "about_unrelated": 7}),
    ("corpus48", 6, 125, {"precision": 0.68, "recall": 0.52, "speaker_accuracy": 0.81, "about_strict": 0.25},
     {"inversions": 7, "about_unrelated": 5}),
    ("corpus49", 6, 115, {"precision": 0.46, "recall": 0.4, "speaker_accuracy": 0.56, "about_strict": 0.3},
     {"inversions": 15, "about_unrelated": 8}),
    # written blind in the twenty-second session; 50 and 51 measured and then read, 52 and 53 held back
    ("corpus50", 6, 126, {"precision": 0.63, "recall": 0.61, "speaker_accuracy": 0.78, "about_strict": 0.33},
     {"inversions": 10, "about_unrelated": 16}),
    ("corpus51", 6, 122, {"precision": 0.65, "recall": 0.56, "speaker_accuracy": 0.77, "about_strict": 0.3},
     {"inversions": 7, "about_unrelated": 11}),
    ("corpus52", 6, 120, {"precision": 0.63, "recall": 0.58, "speaker_accuracy": 0.85, "about_strict": 0.5},
     {"inversions": 2, "about_unrelated": 7}),
    ("corpus53", 6, 112, {"precision": 0.65, "recall": 0.51, "speaker_accuracy": 0.77, "about_strict": 0.24},
     {"inversions": 9, "about_unrelated": 10}),
    # written blind in the twenty-third session; 54 and 55 measured and then read, 56 and 57 held back
    ("corpus54", 6, 119, {"precision": 0.68, "recall": 0.76, "speaker_accuracy": 0.85, "about_strict": 0.38},
     {"inversions": 8, "about_unrelated": 7}),
    ("corpus55", 6, 123, {"precision": 0.66, "recall": 0.73, "speaker_accuracy": 0.85, "about_strict": 0.26},
     {"inversions": 10, "about_unrelated": 12}),
    ("corpus56", 6, 139, {"precision": 0.62, "recall": 0.44, "speaker_accuracy": 0.72, "about_strict": 0.25},
     {"inversions": 8, "about_unrelated": 8}),
    ("corpus57", 6, 121, {"precision": 0.64, "recall": 0.43, "speaker_accuracy": 0.71, "about_strict": 0.49},
     {"inversions": 4, "about_unrelated": 9}),
    # written blind in the twenty-fourth session; 58 and 59 measured and then read, 60 and 61 held back
    ("corpus58", 6, 112, {"precision": 0.82, "recall": 0.7, "speaker_accuracy": 0.9, "about_strict": 0.38},
     {"inversions": 12, "about_unrelated": 11}),
    ("corpus59", 6, 115, {"precision": 0.6, "recall": 0.51, "speaker_accuracy": 0.78, "about_strict": 0.32},
     {"inversions": 6, "about_unrelated": 8}),
    ("corpus60", 6, 117, {"precision": 0.66, "recall": 0.45, "speaker_accuracy": 0.81, "about_strict": 0.22},
     {"inversions": 2, "about_unrelated": 15}),
    ("corpus61", 6, 120, {"precision": 0.74, "recall": 0.58, "speaker_accuracy": 0.88, "about_strict": 0.47},
     {"inversions": 8, "about_unrelated": 8}),
])
def test_the_later_development_corpora_are_valid_and_drafted_as_measured(name, articles, statements, floor, ceiling):
    """A guard: every gold annotation validates, and the figures do not fall back."""
    from .conftest import ROOT

    corpus = load_corpus(ROOT / "tests" / name)
    assert len(corpus.articles) == articles and sum(len(a.statements) for a in corpus.articles.values()) == statements
    scores = _corpus_scores(name)
    assert {k: getattr(scores, k) >= v for k, v in floor.items()} == dict.fromkeys(floor, True)
    assert {k: getattr(scores, k) <= v for k, v in ceiling.items()} == dict.fromkeys(ceiling, True)


@pytest.mark.parametrize("text", [
    "Until June, he said, nothing would change.",
    "Since August Mirnov, she said, the border has been quiet.",
])
def test_a_month_before_a_mid_sentence_attribution_is_no_surname(text):
    # "June" once sent the surname lookup round in a circle (a RecursionError reaching the user)
    from kg.annotations import read_actors, read_propositions

    actors, props = read_actors(DATA / "actors.yaml"), read_propositions(DATA / "propositions.yaml")
    assert all(s["speaker"] not in ("june", "august") for s in extract(text, None, actors, props).statements)


def test_an_unexpected_failure_is_one_line_not_a_traceback(tmp_path, runner, monkeypatch):
    import kg.extract

    def broken(*args, **kwargs):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(kg.extract, "extract", broken)
    monkeypatch.delenv("KG_DEBUG", raising=False)
    article = tmp_path / "a.txt"
    article.write_text("Dmitry Peskov said the reports were fake.", encoding="utf-8")
    result = runner.invoke(main, ["extract", str(article), "--data", str(DATA), "-o", str(tmp_path / "d.yaml")])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert result.stderr.strip().count("\n") == 0 and "internal error in 'kg extract': RecursionError" in result.stderr


@pytest.mark.parametrize("words", ["the ministry dismissed the reports", "called the claims a fabrication"])
def test_a_reference_to_the_reports_takes_the_claim_the_articles_mentions_support_most(words):
    # raised: at the front (headline), 4,000 troops, at the front again, in the country; the last three and
    # the headline are all reports of troops in the country, so a dismissal of "the reports" is about that
    from kg.extract.referents import referent

    entails = {"front": {"in"}, "thousands": {"in"}, "in": set()}
    earlier = [(0, "front"), (50, "thousands"), (90, "front"), (120, "in")]
    assert referent(earlier, words, entails)[0] == "in"
    assert referent(earlier[:1] + [(50, "thousands")], words, entails)[0] == "front"  # a tie: the headline's

"""Every kind of bad input: one clear line naming file and line, exit code 2, store untouched."""

import re

import pytest

from kg.cli import main

from .conftest import SEED_ID

ARTICLE = f"articles/{SEED_ID}.yaml"


def _replace(path, old, new, count=1):
    text = path.read_text(encoding="utf-8")
    assert text.count(old) >= count, f"fixture text not found: {old!r}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def _line_of(path, needle):
    """The line holding ``needle``, or its n-th occurrence for a (needle, n) pair."""
    needle, nth = needle if isinstance(needle, tuple) else (needle, 1)
    hits = [n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if needle in line]
    return hits[nth - 1]


CASES = {
    # name: (file, old text, new text, expected message, line holding this text after the edit)
    "malformed yaml": (ARTICLE, "  - id: peskov_fake_news\n", "  - id: peskov_fake_news\n   bad: [unclosed\n",
                       "malformed YAML", "bad: [unclosed"),
    "unknown actor": (ARTICLE, "speaker: peskov", "speaker: peskoff", "unknown actor 'peskoff' (did you mean 'peskov'?)",
                      "  - id: peskov_fake_news"),
    "unknown proposition": (ARTICLE, "about: nk_troops_in_russia", "about: nk_troops_in_rusia",
                            "unknown proposition 'nk_troops_in_rusia'", "  - id: peskov_fake_news"),
    "unknown entailed proposition": ("propositions.yaml", "entails: [russia_nk_military_cooperation]\n\n  - id: nk_military_involvement",
                                     "entails: [russia_nk_cooperation]\n\n  - id: nk_military_involvement",
                                     "unknown proposition 'russia_nk_cooperation'", "  - id: nk_troops_in_russia"),
    "duplicate statement id": (ARTICLE, "  - id: zinoviev_lawful", "  - id: peskov_fake_news",
                               "duplicate statement id 'peskov_fake_news'", ("  - id: peskov_fake_news", 2)),
    "duplicate actor id": ("actors.yaml", "  - id: austin", "  - id: rutte", "duplicate actor id 'rutte'", ("  - id: rutte", 2)),
    "quote not at its offset": (ARTICLE, "start: 2268", "start: 2269", "quote is not at offset 2269; it occurs at offset 2268",
                                "start: 2269"),
    "quote not in the article": (ARTICLE, "quote: This looks like another bit of fake news",
                                 "quote: This looks like another bit of real news",
                                 "it does not occur in the article at all", "start: 2268"),
    "invalid date": (ARTICLE, "date: 2024-10-10", "date: 2024-10-32", "invalid date '2024-10-32'", "date: 2024-10-32"),
    "unknown statement type": (ARTICLE, "type: dismissal\n    speaker: peskov", "type: dismisal\n    speaker: peskov",
                               "unknown type 'dismisal'", "type: dismisal"),
    "unknown certainty": (ARTICLE, "factuality: PS+", "factuality: XX+", "unknown factuality 'XX+'", "factuality: XX+"),
    "unknown field": (ARTICLE, "cue: told reporters", "kue: told reporters", "unknown field 'kue' (did you mean 'cue'?)",
                      "kue: told reporters"),
    "paraphrases not a list": ("propositions.yaml", "paraphrases:\n      - North Korea has sent soldiers to Russia.\n"
                               "      - North Korean military units have been deployed on Russian territory.",
                               "paraphrases: North Korea has sent soldiers to Russia.",
                               "'paraphrases' must be a list of texts", "paraphrases: North Korea has sent"),
    "shacl violation": ("propositions.yaml", "text: North Korea supplies weapons to Russia.", "text: NK",
                        "shape violation: prop:nk_supplies_weapons_to_russia: a proposition needs its text",
                        "  - id: nk_supplies_weapons_to_russia"),
}


@pytest.fixture
def built(runner, data_copy, new_store):
    store = new_store()
    result = runner.invoke(main, ["--store", store, "build", "--data", str(data_copy)])
    assert result.exit_code == 0, result.output
    before = runner.invoke(main, ["--store", store, "export", "--format", "nq"]).stdout_bytes
    return store, data_copy, before


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_input_is_one_line_exit_2_and_leaves_the_store_untouched(runner, built, case):
    store, data, before = built
    file, old, new, message, needle = CASES[case]
    path = data / file
    _replace(path, old, new)
    result = runner.invoke(main, ["--store", store, "build", "--data", str(data)])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    match = re.match(r"^kg: error: (.+?):(\d+): (.*)$", lines[0])
    assert match, lines[0]
    assert match.group(1) == str(path)
    assert int(match.group(2)) == _line_of(path, needle)
    assert message in match.group(3)
    after = runner.invoke(main, ["--store", store, "export", "--format", "nq"]).stdout_bytes
    assert after == before


def test_missing_text_file_is_named(runner, built):
    store, data, _ = built
    (data / "articles" / f"{SEED_ID}.txt").unlink()
    result = runner.invoke(main, ["--store", store, "build", "--data", str(data)])
    assert result.exit_code == 2
    assert "cannot read article text" in result.stderr and f"{SEED_ID}.yaml:" in result.stderr


def test_the_registry_is_checked_without_any_article(runner, built):
    store, data, _ = built
    for path in (data / "articles").iterdir():
        path.unlink()
    _replace(data / "propositions.yaml", "text: North Korea supplies weapons to Russia.", "text: NK")
    result = runner.invoke(main, ["--store", store, "build", "--data", str(data)])
    assert result.exit_code == 2
    assert "propositions.yaml:" in result.stderr and "a proposition needs its text" in result.stderr


def test_missing_data_directory(runner, tmp_path):
    result = runner.invoke(main, ["--store", "memory:", "build", "--data", str(tmp_path / "nope")])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"kg: error: {tmp_path / 'nope'}: data directory not found"


def test_querying_before_building_says_to_build(runner, new_store):
    result = runner.invoke(main, ["--store", new_store(), "export"])
    assert result.exit_code == 2
    assert "run 'kg build' first" in result.stderr

"""Every engine answers the conflict and stance-move queries alike, where engines are known to differ.

``tests/data/diamonds`` is a small story written for this: entailment with a diamond (blown up ->
destroyed -> damaged, blown up -> hit by explosives -> damaged), an incompatibility reached through
it, an alternative reading that meets a claim only by itself and one whose statement already meets
the claim through its main reading, a speaker holding two posts in one state (two organisation
paths to Northland), and stance moves on a proposition entailed two ways with a statement between
two others. The suite runs on the embedded store, an Oxigraph server and Virtuoso
(``KG_TEST_BACKEND``), so each exact answer below is checked on all three; Virtuoso repeated rows
through the diamond, misgraded main readings as alternative ones and lost rows of moves before
the library was written in the forms these tests pin down (README, "Storage").
"""

import pytest

import kg
from kg import queries as q
from kg.analysis import relations, stance_changes

from .conftest import ROOT

DIAMONDS = ROOT / "tests" / "data" / "diamonds"
ARTICLE = "kessel-dam-2024-03-01"


@pytest.fixture(scope="module")
def diamonds_store(session_stores) -> kg.Store:
    """The Kessel dam story; tests must not write to it."""
    store = kg.Store(session_stores())
    kg.build(DIAMONDS, store)
    return store


def _slug(value):
    """A statement id without its article (``ARTICLE/SLUG`` -> ``SLUG``); anything else as it is."""
    return value.removeprefix(f"{ARTICLE}/") if isinstance(value, str) else value


def _rows(store, name, keys, **params):
    return [tuple(_slug(r[k]) if r[k] is not None else None for k in keys)
            for r in q.rows(q.run(store, q.load(name), params))]


CONTRADICTION_KEYS = ("grade", "a", "b", "rule", "proposition", "p1", "p2", "x", "y", "s1", "s2", "alt1", "alt2")

# One row per statement pair and meeting point, in the query's order: the claim that the sappers blew
# the dam up reaches "damaged" two ways and still meets the denial and the claim that it is intact once.
CONTRADICTIONS = [
    ("conflict", "lind", "strand", "incompatible", "dam_damaged", "dam_damaged", "dam_intact",
     "dam_damaged", "dam_intact", "lind_flood", "strand_intact", None, None),
    ("conflict", "vale", "lind", "entails", "dam_blown_up", "dam_blown_up", "dam_blown_up",
     None, None, "vale_blown_up", "lind_fantasies", None, None),
    ("contradiction", "lind", "strand", "incompatible", "dam_damaged", "dam_destroyed", "dam_intact",
     "dam_damaged", "dam_intact", "lind_destroyed", "strand_intact", None, None),
    ("contradiction", "rey", "lind", "entails", "dam_damaged", "dam_hit_by_explosives", "dam_damaged",
     None, None, "rey_explosives", "lind_not_damaged", None, None),
    ("contradiction", "rey", "strand", "incompatible", "dam_damaged", "dam_hit_by_explosives", "dam_intact",
     "dam_damaged", "dam_intact", "rey_explosives", "strand_intact", None, None),
    ("contradiction", "strand", "lind", "entails", "dam_damaged", "dam_damaged", "dam_damaged",
     None, None, "strand_damaged", "lind_not_damaged", None, None),
    ("contradiction", "strand", "vale", "incompatible", "dam_intact", "dam_intact", "dam_blown_up",
     "dam_intact", "dam_damaged", "strand_intact", "vale_blown_up", None, None),
    ("contradiction", "vale", "lind", "entails", "dam_damaged", "dam_blown_up", "dam_damaged",
     None, None, "vale_blown_up", "lind_not_damaged", None, None),
    # Lind's "fantasies" read as about explosives meets Rey's claim, which its main reading does not:
    # one grade weaker. Read so, it also meets Vale's claim, but that pair meets through the main
    # reading already and is listed once, above, as a conflict.
    ("possible conflict", "rey", "lind", "entails", "dam_hit_by_explosives", "dam_hit_by_explosives",
     "dam_hit_by_explosives", None, None, "rey_explosives", "lind_fantasies", None, "dam_hit_by_explosives"),
]

MOVE_KEYS = ("actor", "kind", "proposition", "from", "to", "earlier", "later")

# Lind's no comment on January 15 falls between her denial and her February claims on "damaged":
# no move from the denial to those claims on it; her confirmation that the dam was destroyed reverses
# the denial on "destroyed", on which nothing was said between.
MOVES = [
    ("lind", "softening", "dam_blown_up", "CT-", "PR-", "lind_not_damaged", "lind_fantasies"),
    ("lind", "softening", "dam_damaged", "CT-", "Uu", "lind_not_damaged", "lind_no_comment"),
    ("lind", "reversal", "dam_destroyed", "CT-", "CT+", "lind_not_damaged", "lind_destroyed"),
    ("lind", "firming", "dam_damaged", "Uu", "PS+", "lind_no_comment", "lind_flood"),
    ("lind", "firming", "dam_damaged", "PS+", "CT+", "lind_flood", "lind_destroyed"),
    ("strand", "reversal", "dam_damaged", "CT-", "CT+", "strand_intact", "strand_damaged"),
]


def test_contradictions_meet_once_through_an_entailment_diamond(diamonds_store):
    assert _rows(diamonds_store, "contradictions", CONTRADICTION_KEYS) == CONTRADICTIONS


def test_conflict_counts_and_speaker_pairs_count_each_statement_pair_once(diamonds_store):
    assert {r["grade"]: r["pairs"] for r in q.rows(q.run(diamonds_store, q.load("conflict_counts")))} == {
        "contradiction": 6, "conflict": 2}
    assert set(_rows(diamonds_store, "actor_conflicts", ("a", "b", "pairs", "contradictions"))) == {
        ("vale", "lind", 2, 1), ("lind", "strand", 2, 1), ("rey", "strand", 1, 1), ("vale", "strand", 1, 1),
        ("rey", "lind", 1, 1), ("strand", "lind", 1, 1)}


def test_stance_changes_through_an_entailment_diamond(diamonds_store):
    assert _rows(diamonds_store, "stance_changes", MOVE_KEYS) == MOVES


@pytest.mark.parametrize("actor", ["lind", "strand", "vale"])
def test_stance_changes_of_one_bound_actor(diamonds_store, actor):
    assert _rows(diamonds_store, "stance_changes", MOVE_KEYS, actor=actor) == [m for m in MOVES if m[0] == actor]


def test_the_library_agrees_with_the_analysis(diamonds_store):
    """The Python analysis reads its own rows (evidence, roster, proposition graph) from the engine."""
    moves = [(c.actor, c.kind, c.proposition, c.before, c.after, _slug(c.earlier.id), _slug(c.later.id))
             for c in stance_changes(diamonds_store)]
    assert moves == MOVES
    found = {(r.grade, r.a, r.b, _slug(r.statements[0].id), _slug(r.statements[1].id), r.readings)
             for r in relations(diamonds_store)}
    assert found == {(c[0], c[1], c[2], c[9], c[10], tuple(x for x in c[11:] if x)) for c in CONTRADICTIONS}


def test_two_posts_in_one_state_speak_for_it_once(diamonds_store):
    """Strand is a defence minister and a special envoy of Northland: each of his statements is Northland's once."""
    found = sorted((r.grade, r.a, r.b, r.proposition, _slug(r.statements[0].id), _slug(r.statements[1].id))
                   for r in relations(diamonds_store, level="state"))
    assert found == [
        ("conflict", "southland", "northland", "dam_blown_up", "vale_blown_up", "lind_fantasies"),
        ("contradiction", "northland", "southland", "dam_intact", "strand_intact", "vale_blown_up"),
        ("contradiction", "rey", "northland", "dam_damaged", "rey_explosives", "lind_not_damaged"),
        ("contradiction", "rey", "northland", "dam_damaged", "rey_explosives", "strand_intact"),
        ("contradiction", "southland", "northland", "dam_damaged", "vale_blown_up", "lind_not_damaged"),
        ("possible conflict", "rey", "northland", "dam_hit_by_explosives", "rey_explosives", "lind_fantasies"),
    ]

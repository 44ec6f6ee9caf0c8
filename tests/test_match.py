"""Claim matching: each drafted statement linked to the proposition it is really about.

Each failure class of word overlap is tested on at least two differently worded sentences,
on the seed registry (data/) and on the development corpus's invented one (tests/corpus).
"""

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from kg.annotations import Actor, Place, Proposition, read_actors, read_propositions
from kg.cli import main
from kg.evaluate import about_verdict, evaluate
from kg.extract import extract
from kg.extract.match import Matcher

from .conftest import DATA, ROOT, SEED_ID, store_independent

pytestmark = store_independent

CORPUS = ROOT / "tests" / "corpus"


@pytest.fixture(scope="module")
def seed():
    return read_actors(DATA / "actors.yaml"), read_propositions(DATA / "propositions.yaml")


@pytest.fixture(scope="module")
def invented():
    return read_actors(CORPUS / "actors.yaml"), read_propositions(CORPUS / "propositions.yaml")


def about(text, registry, published=dt.date(2024, 10, 21)) -> list[str]:
    actors, propositions = registry
    return [s["about"] for s in extract(text, published, actors, propositions).statements]


def drafted(text, registry, published=dt.date(2024, 10, 21)) -> tuple[str, str]:
    """The one statement the text holds: its proposition and the sign of its factuality."""
    actors, propositions = registry
    (statement,) = extract(text, published, actors, propositions).statements
    return statement["about"], statement.get("factuality", "CT+")[-1]


def test_the_attribution_does_not_leak_into_the_match():
    p = Place(Path("p.yaml"), 1)
    props = {"to_estonia": Proposition("to_estonia", "Troops were deployed to Estonia.", (), (), False, p),
             "to_latvia": Proposition("to_latvia", "Troops were deployed to Latvia.", (), (), False, p)}
    actors = read_actors(DATA / "actors.yaml")
    for text in ("Claims by Estonia's defence ministry that troops were deployed to Latvia were rejected.",
                 "Estonian officials said troops had been sent to Latvia."):
        (statement,) = extract(text, dt.date(2024, 10, 21), actors, props).statements
        assert statement["about"] == "to_latvia", text


@pytest.mark.parametrize("text,expected", [
    ("Russia's Foreign Ministry said on Monday that North Korean soldiers were in Russia. "
     "The Kremlin later rejected the accusation.", ["nk_troops_in_russia", "nk_troops_in_russia"]),
    ("Kyrylo Budanov said North Korean troops were in Russia. Peskov dismissed the reports.",
     ["nk_troops_in_russia", "nk_troops_in_russia"]),
    ("Kyrylo Budanov said North Korean troops were in Russia. Dmitry Peskov said he had nothing to add.",
     ["nk_troops_in_russia", "nk_troops_in_russia"]),
])
def test_back_references_take_the_proposition_they_point_to(seed, text, expected):
    assert about(text, seed) == expected


@pytest.mark.parametrize("text", [
    "Kyrylo Budanov said Pyongyang had sent soldiers to Russia.",
    "Kyrylo Budanov said DPRK service members had arrived in Russia.",
    "Kyrylo Budanov said 2,000 North Korean soldiers were near Bryansk.",
])
def test_aliases_paraphrases_and_places_fold_into_the_same_proposition(seed, text):
    assert about(text, seed) == ["nk_troops_in_russia"]


@pytest.mark.parametrize("text,weak,strong", [
    ("Henrik Aaland said a Corvasian battalion had been moved to Varania.", "corvasia_troops_in_varania",
     "corvasia_troops_at_front"),
    ("Henrik Aaland said Corvasian soldiers were now stationed in Varania.", "corvasia_troops_in_varania",
     "corvasia_troops_at_front"),
])
def test_the_words_support_the_weaker_proposition_not_the_longer_stronger_one(invented, text, weak, strong):
    assert about(text, invented, dt.date(2025, 3, 12)) == [weak]


def test_a_call_links_to_a_directive_and_a_claim_does_not(invented):
    assert about("Marta Ruzhyn urged Tashgard to withdraw its soldiers from Varania.", invented,
                 dt.date(2025, 3, 12)) == ["corvasia_should_withdraw"]
    assert about("Marta Ruzhyn said Corvasian soldiers were in Varania.", invented,
                 dt.date(2025, 3, 12)) == ["corvasia_troops_in_varania"]


def test_drafts_rank_candidates_with_reasons(seed):
    actors, propositions = seed
    d = extract("Kyrylo Budanov said North Korean troops were in Russia.", dt.date(2024, 10, 21), actors, propositions)
    candidates = d.statements[0]["candidates"]
    assert candidates[0]["id"] == "nk_troops_in_russia" and candidates[0]["score"] == 1.0
    assert candidates[0]["text"] == "North Korean troops are in Russia."  # the reviewer picks without looking it up
    assert "covers @north_korea, @russia, deploy, troops" in candidates[0]["why"]
    assert [c["score"] for c in candidates] == sorted((c["score"] for c in candidates), reverse=True)


def test_near_duplicate_new_propositions_in_one_draft_are_merged(seed):
    actors, propositions = seed
    d = extract("Dmitry Peskov said the harvest in the Kursk region was excellent. "
                "Kyrylo Budanov said the Kursk harvest was excellent this year.", dt.date(2024, 10, 21), actors,
                propositions)
    assert len(d.propositions) == 1 and {s["about"] for s in d.statements} == {d.propositions[0]["id"]}


def test_the_matcher_prefers_the_proposition_that_entails_an_equal_one():
    p = Place(Path("p.yaml"), 1)
    props = {"personnel": Proposition("personnel", "Foreign military personnel are in the country.", (), (), False, p),
             "troops": Proposition("troops", "Foreign troops are in the country.", ("personnel",), (), False, p)}
    assert Matcher(props, {}).best("foreign soldiers are in the country").proposition == "troops"


def test_about_verdicts():
    props = read_propositions(DATA / "propositions.yaml")
    assert about_verdict("nk_troops_in_russia", "nk_troops_in_russia", props) == "right"
    assert about_verdict("nk_troops_in_russia", "russia_nk_military_cooperation", props) == "near"
    assert about_verdict("nk_11000_troops_ready", "russia_nk_military_cooperation", props) == "related"
    assert about_verdict("nk_troops_in_russia", "revisit_european_forces_idea", props) == "unrelated"
    assert about_verdict("nk_troops_in_russia", "draft_new_one", props) == "new"
    assert about_verdict("only_in_the_article", "draft_new_one", props) == "right"


def test_a_proposition_the_article_introduces_is_judged_through_its_entailments():
    # "8,000 soldiers are in Kursk" (the article's) entails "troops are in Russia" (the registry's): a link to
    # the weaker registry proposition is one step off, not a link that invents a conflict
    props = read_propositions(DATA / "propositions.yaml")
    kursk = Proposition("kursk", "North Korean troops are in Russia's Kursk region.", ("nk_troops_in_russia",), (),
                        False, props["nk_troops_in_russia"].place)
    stranded = dataclasses.replace(kursk, id="stranded", entails=())
    introduced = {"kursk": kursk, "stranded": stranded}
    assert about_verdict("kursk", "nk_troops_in_russia", props, introduced) == "near"
    assert about_verdict("kursk", "russia_nk_military_cooperation", props, introduced) == "related"
    assert about_verdict("kursk", "revisit_european_forces_idea", props, introduced) == "unrelated"
    assert about_verdict("stranded", "nk_troops_in_russia", props, introduced) == "unrelated"
    assert about_verdict("kursk", "nk_troops_in_russia", props) == "unrelated"  # without the article's entailments


def test_a_proposition_one_article_introduces_is_known_to_the_articles_after_it():
    # a corpus declares each article-local proposition once, in the first article that needs it
    from kg.annotations import load_corpus
    from kg.evaluate import score_articles

    props = read_propositions(DATA / "propositions.yaml")
    seed = load_corpus(DATA).articles[SEED_ID]
    gold = dataclasses.replace(seed.statements[0], about="kursk")
    place = props["nk_troops_in_russia"].place
    declaring = dataclasses.replace(seed, statements=(gold,), propositions={
        "kursk": Proposition("kursk", "Troops are in Kursk.", ("nk_troops_in_russia",), (), False, place)})
    using = dataclasses.replace(seed, statements=(gold,), propositions={})
    linked = [dataclasses.replace(gold, about="nk_troops_in_russia")]
    scores = score_articles([(declaring, linked), (using, linked)], set(), props)
    assert (scores.matched, scores.about_lenient, scores.about_unrelated) == (2, 1.0, 0)
    assert score_articles([(using, linked)], set(), props).unrelated == (
        f"{gold.id} -> nk_troops_in_russia (gold: kursk)",)


def test_eval_scores_about_on_the_seed(tmp_path, runner):
    out = tmp_path / "draft.yaml"
    runner.invoke(main, ["extract", str(DATA / "articles" / f"{SEED_ID}.txt"), "--data", str(DATA),
                         "--date", "2024-10-21", "-o", str(out)])
    scores = evaluate(DATA / "articles" / f"{SEED_ID}.yaml", out)
    assert scores.about_strict >= 0.93 and scores.about_unrelated == 0 and scores.inversions == 0
    report = runner.invoke(main, ["eval", str(DATA / "articles" / f"{SEED_ID}.yaml"), str(out)]).stdout
    assert "linked right" in report and "inverted" in report


@pytest.mark.parametrize("text,stance", [
    ("Marta Ruzhyn urged Tashgard to withdraw its soldiers from Varania.", "for"),
    ("Anatol Mirnov urged Tashgard not to withdraw its soldiers from Varania.", "against"),
])
def test_a_call_linked_to_a_directive_takes_a_stance(invented, text, stance):
    actors, propositions = invented
    (s,) = extract(text, dt.date(2025, 3, 12), actors, propositions).statements
    assert (s["about"], s["stance"]) == ("corvasia_should_withdraw", stance)


@pytest.mark.parametrize("text", [
    "Kyrylo Budanov said North Korean troops were seen in Russian-occupied territories of Ukraine.",
    "Kyrylo Budanov said North Korean troops were seen in Russian-controlled areas of Ukraine.",
])
def test_a_name_that_only_qualifies_a_place_is_no_part_of_the_claim(seed, text):
    actors, propositions = seed
    (s,) = extract(text, dt.date(2024, 10, 21), actors, propositions).statements
    ranked = Matcher(propositions, actors).rank(s["quote"], limit=len(propositions))
    covered = {c.proposition: c.why.split(" (")[0] for c in ranked}
    assert "@ukraine" in covered["nk_troops_deployed_ukraine"] and "@russia" not in covered["nk_troops_in_russia"]


@pytest.mark.parametrize("text", [
    "Emmanuel Macron floated the idea of deploying European forces in Ukraine. Gabrielius Landsbergis said "
    "Macron's idea should now be revisited.",
    "Emmanuel Macron floated the idea of deploying European forces in Ukraine. Gabrielius Landsbergis urged "
    "the European Union to revisit that proposal.",
])
def test_an_anaphoric_noun_imports_what_it_names(seed, text):
    assert about(text, seed)[-1] == "revisit_european_forces_idea"


@pytest.mark.parametrize("text", [
    "Henrik Aaland said about 4,000 Corvasian soldiers had reached Varania by train.",
    "Daria Voss said thousands of Corvasian troops were now in Varania.",
])
def test_a_count_in_the_thousands_supports_several_thousand_troops(invented, text):
    assert about(text, invented, dt.date(2025, 3, 12)) == ["corvasia_thousands_of_troops"]


@pytest.mark.parametrize("text", [
    "Petro Kalyn said Belmark's marines had captured three Corvasian soldiers near the river.",
    "Marta Ruzhyn said dozens of Corvasian soldiers had been killed in fighting with Belmark's army.",
])
def test_any_one_of_a_propositions_alternatives_covers_it(invented, text):
    # "killed, wounded or captured": a capture alone, or deaths alone, is the whole claim
    assert about(text, invented, dt.date(2025, 3, 12)) == ["corvasia_casualties"]


@pytest.mark.parametrize("text,expected", [
    ("Martin Ashby said Corvasian military personnel were present on Varanian territory.",
     "corvasia_personnel_in_varania"),
    ("Martin Ashby said Corvasian soldiers were present on Varanian territory.", "corvasia_troops_in_varania"),
])
def test_troops_are_personnel_but_personnel_are_not_troops(invented, text, expected):
    assert about(text, invented, dt.date(2025, 3, 12)) == [expected]


@pytest.mark.parametrize("text,expected", [
    ("Corvasian troops in Varania: the view from Rimsby\n\nCorvasia and Varania have said little. Belmark says "
     "Corvasia has sent soldiers to Varania.\n\nHenrik Aaland said at least 4,000 troops were already in the country.",
     "corvasia_thousands_of_troops"),
    ("Varania and Corvasia under scrutiny\n\nCorvasia is accused of sending troops to Varania. Varania has not "
     "answered.\n\nMarta Ruzhyn said the soldiers had been dispatched weeks ago.", "corvasia_troops_in_varania"),
])
def test_the_article_supplies_the_states_the_words_leave_out(invented, text, expected):
    assert about(text, invented, dt.date(2025, 3, 12))[-1] == expected


@pytest.mark.parametrize("text,expected", [
    ("Petro Kalyn said the Corvasian units will go into combat against Belmark within days.",
     "corvasia_troops_will_fight"),
    ("Petro Kalyn said the Corvasian units had already fought Belmark's brigades near the river.",
     "corvasia_troops_at_front"),
    ("Daria Voss said Corvasian soldiers are fighting Belmark's forces on the southern front.",
     "corvasia_troops_at_front"),
])
def test_the_tense_of_the_words_chooses_between_a_plan_and_a_fact(invented, text, expected):
    assert about(text, invented, dt.date(2025, 3, 12)) == [expected]


@pytest.mark.parametrize("text", [
    "Henrik Aaland said Corvasian troops were in Varania. Varania's foreign ministry called the reports "
    "a provocation. Gleb Arkanov said the claims were another provocation.",
    "Daria Voss said Corvasian soldiers had arrived in Varania. Yelena Dravina dismissed the reports as "
    "lies and slander. Anatol Mirnov called the reports fake.",
])
def test_a_dismissive_label_is_not_what_the_story_is_about(invented, text):
    # the dismissals answer the claim that troops are in Varania, not "reports are disinformation"
    assert set(about(text, invented, dt.date(2025, 3, 12))) == {"corvasia_troops_in_varania"}


@pytest.mark.parametrize("text,not_about", [
    ("Anatol Mirnov said the prisoners were Belmark soldiers in borrowed uniforms.", "corvasia_casualties"),
    ("Yelena Dravina said the men captured near the river were Varanian army conscripts.", "corvasia_casualties"),
])
def test_whose_forces_the_words_speak_of_must_be_the_propositions(invented, text, not_about):
    # "Corvasian soldiers have been … captured": soldiers of another state are not those soldiers
    assert about(text, invented, dt.date(2025, 3, 12)) != [not_about]


@pytest.mark.parametrize("text,expected", [
    ("Petro Kalyn said Corvasian units were fighting alongside Varanian soldiers against Belmark's brigades.",
     "corvasia_troops_at_front"),
    ("Petro Kalyn said the soldiers were fighting Belmark's forces alongside Varanian units near the front.",
     "corvasia_troops_at_front"),
])
def test_forces_of_several_states_leave_the_subject_s_owner_deciding(invented, text, expected):
    assert about(text, invented, dt.date(2025, 3, 12)) == [expected]


def _matcher_of(corpus):
    """The matcher of one of the test corpora's registries (``tests/<corpus>``)."""
    registry = ROOT / "tests" / corpus
    return Matcher(read_propositions(registry / "propositions.yaml"), read_actors(registry / "actors.yaml"))


def _linked(words, kind=None, **texts):
    """The proposition ``words`` are linked to among ``texts`` (see ``_registry``), or None."""
    best = Matcher(_registry(**texts), read_actors(CORPUS / "actors.yaml")).best(words, kind=kind)
    return best.proposition if best else None


def _registry(**texts):
    """Propositions from their texts; a (text, True) pair is a conditional one."""
    p = Place(Path("p.yaml"), 1)
    return {pid: Proposition(pid, *((text, True) if isinstance(text, str) else text)[:1], (), (),
                             not isinstance(text, str), p) for pid, text in texts.items()}


@pytest.mark.parametrize("words,expected", [
    ("the coastguard boarded the vessel Blue Heron off the coast", "heron_seized"),
    ("the Blue Heron was intercepted and impounded by the navy", "heron_seized"),
    ("an inquiry into the collapse of the bridge must be independent", "bridge_inquiry"),
    ("a fact-finding mission should examine what happened to the bridge", "bridge_inquiry"),
])
def test_conflict_reporting_paraphrases_and_names_fold_into_one_part(words, expected):
    # ships, seizures and investigations have many names; "the Blue Heron" is one part, not two words
    props = _registry(heron_seized="The navy seized the freighter Blue Heron.",
                      heron_cargo="The Blue Heron carried farm machinery.",
                      bridge_inquiry="An independent investigation of the bridge collapse should be carried out.")
    assert Matcher(props, {}).best(words).proposition == expected


@pytest.mark.parametrize("text", [
    "Security Council Hears Conflicting Accounts of Troop Presence",
    "Navy Seizes Freighter In Disputed Waters",
])
def test_a_title_case_headline_is_not_read_as_one_long_name(text):
    assert not any(c.startswith("~") for c in Matcher({}, {}).concepts(text))


@pytest.mark.parametrize("words,expected", [
    ("the bridge was hit by Varanian rockets shortly after midnight", "varania_hit_bridge"),
    ("Belmark-made drones destroyed the bridge", "belmark_hit_bridge"),
    ("the bridge was breached by Belmark's artillery", "belmark_hit_bridge"),
])
def test_whose_weapons_did_it_decides_between_two_sides_accused_of_one_attack(words, expected):
    props = _registry(varania_hit_bridge="Varanian weapons struck the Ostrov bridge.",
                      belmark_hit_bridge="Belmark's weapons struck the Ostrov bridge.")
    actors = read_actors(CORPUS / "actors.yaml")
    assert Matcher(props, actors).best(words).proposition == expected


def test_no_word_of_the_paraphrase_lexicon_falls_into_two_concepts():
    # "shelling" and "shells", "shipped" and "ship" share a stem: one of each pair must go, or the later wins silently
    from kg.extract.match import SYNONYMS, _stem

    concept_of: dict[str, str] = {}
    for concept, words in SYNONYMS.items():
        for word in words:
            if " " not in word and "-" not in word and word[0] != "=":
                assert concept_of.setdefault(_stem(word), concept) == concept, (word, concept, concept_of[_stem(word)])


@pytest.mark.parametrize("words,expected", [
    ("the dam was destroyed by Belmark's artillery", "belmark_hit_dam"),
    ("Corvasian drones have been used in attacks on Belmark", "drones_against_belmark"),
])
def test_who_acts_and_who_is_acted_on_are_different_parts(words, expected):
    # "against Belmark" names the target; "by Belmark's artillery" the one who acts
    assert _linked(words, belmark_hit_dam="Belmark's forces struck the Ostrov dam.",
                      drones_against_belmark="Corvasian drones have been used against Belmark.") == expected


@pytest.mark.parametrize("text", [
    "Ardal Venn said relevant parties should refrain from steps that raise tensions.",
    "Ardal Venn urged the parties concerned to exercise restraint and seek a political settlement.",
])
def test_diplomatic_calls_for_restraint_fold_into_one_proposition(invented, text):
    assert about(text, invented, dt.date(2025, 3, 12)) == ["parties_should_show_restraint"]


@pytest.mark.parametrize("words,concept,present", [
    ("two fighters were captured near the village of Sosny", "civilians", False),
    ("villagers downstream were told to leave", "civilians", True),
    ("any talk of foreign fighters is slander", "talks", False),
    ("the talks in Riva resumed on Monday", "talks", True),
    ("its ships will not be hijacked on the open sea", "supply", False),
    ("two cargo ships were stopped in the gulf", "ship", True),
    ("the shells were shipped by rail", "supply", True),
    ("a prisoner paraded in front of cameras will say anything", "fight", False),
    ("the crates were opened in front of witnesses", "fight", False),
    ("families should keep iodine tablets by the front door", "fight", False),
    ("a man stood at the front gate of the plant", "fight", False),
    ("the brigade is fighting at the front", "fight", True),
    ("the blame for the shelling lies with Belmark", "disinformation", False),
    ("the answer lies in talks, not in more shells", "disinformation", False),
    ("these reports are lies", "disinformation", True),
])
def test_a_word_sharing_a_stem_with_a_lexicon_word_keeps_its_own_meaning(words, concept, present):
    # "village" is not "villagers", "any talk of" is no negotiation, "ships" are not "shipped"
    assert (concept in Matcher({}, read_actors(CORPUS / "actors.yaml")).concepts(words)) == present


@pytest.mark.parametrize("words,expected", [
    ("Belmark's forces had not so far met Corvasian troops on the battlefield", "front"),
    ("Belmark units say they are fighting Corvasian soldiers near Ostrovets", "front"),
    ("the prisoners were Belmark soldiers captured in the fighting", None),
])
def test_words_naming_both_sides_forces_are_not_about_another_states_forces(words, expected):
    # whose forces the words are about is only at odds with the proposition's when neither names the other's
    props = _registry(front="Corvasian troops are fighting against Belmark's forces at the front.")
    best = Matcher(props, read_actors(CORPUS / "actors.yaml")).best(words)
    assert (best.proposition if best else None) == expected


@pytest.mark.parametrize("words,speaks_for_itself", [
    ("its troops have never left the country", True),
    ("we have no soldiers abroad", True),
    ("in its view the reports are fabricated", True),
    ("a state that trains these men and flies them out on its own transports cannot call them tourists", False),
    ("the government that pays its fighters' widows is waging this war", False),
])
def test_its_stands_for_the_speaker_only_when_nothing_named_before_it_can(words, speaks_for_itself):
    m = Matcher({}, read_actors(CORPUS / "actors.yaml"))
    assert ("@corvasia" in m.parts_of(words, speaker="corvasia_mod")) == speaks_for_itself


@pytest.mark.parametrize("words,expected", [
    ("the parties should agree to a ceasefire", "truce"),
    ("both sides must negotiate", "truce"),
    ("the strike on the dam would widen the war", "widen"),
    ("an attack on the dam would escalate the conflict", "widen"),
])
def test_either_predicate_of_a_conjunction_covers_the_proposition(words, expected):
    assert _linked(words, truce="The parties should agree to a ceasefire and negotiate.",
                      widen="An attack on the Ostrov dam would escalate and widen the war.",
                      talks_failed="The negotiations in Riva have failed.") == expected


def test_a_conjunction_of_names_or_things_is_no_conjunction_of_predicates():
    from kg.extract.match import conjuncts

    assert conjuncts("Kaldor should release the Sable Crest and its crew.") == []
    assert conjuncts("Reports of troops are disinformation spread by Belmark and its backers.") == []
    assert conjuncts("The parties should agree to a ceasefire and negotiate.") == [
        "The parties should agree to a ceasefire", "The parties should negotiate."]


@pytest.mark.parametrize("words,expected", [
    ("the dam was breached by Belmark's artillery", "belmark_hit_dam"),
    ("Belmark's shells destroyed the dam", "belmark_hit_dam"),
])
def test_a_name_that_tells_nothing_apart_is_no_part_of_its_own(words, expected):
    # "the dam" is "the Ostrov dam" when the registry names no other dam
    assert _linked(words, belmark_hit_dam="Belmark's forces breached the Ostrov dam.",
                      varania_hit_bridge="Varania's forces struck the Tarvel bridge.") == expected


def test_a_name_that_tells_two_things_of_a_kind_apart_stays_a_part():
    props = _registry(ostrov="Belmark's forces breached the Ostrov dam.", tarvel="Belmark's forces breached the Tarvel dam.")
    m = Matcher(props, read_actors(CORPUS / "actors.yaml"))
    assert m.best("Belmark's forces breached the Tarvel dam").proposition == "tarvel"


@pytest.mark.parametrize("words", [
    "What the minister says about servicemen, I'll leave to him",
    "those men had left the service years before",
])
def test_words_sharing_only_who_a_proposition_is_about_are_not_linked_to_it(words):
    # the article is about Belmark; "servicemen" is who the proposition speaks of, not what it says of them
    props = _registry(belmark_hit_dam="Belmark's forces breached the Ostrov dam.")
    m = Matcher(props, read_actors(CORPUS / "actors.yaml"))
    m.topic = frozenset({"@belmark"})
    assert m.best(words) is None
    assert m.rank(words)[0].proposition == "belmark_hit_dam"  # still ranked for the reviewer


@pytest.mark.parametrize("words,expected", [
    ("if the arms shipments to Varania continue, Corvasia will face consequences from Ardenne", "sanctions"),
    ("Tashgard will pay a heavy price for arming Varania", "sanctions"),
    ("more than 40 villagers died when the water rose", "flood_victims"),
    ("residents died and thousands were displaced by the flood", "flood_victims"),
    ("a credible commission must establish the facts about the flood", "inquiry"),
    ("an impartial probe into the flooding is needed", "inquiry"),
    ("Corvasia is now a party to the war", "involved"),
    ("Corvasia has become a co-belligerent", "involved"),
])
def test_general_words_of_conflict_reporting_fold_into_their_concepts(words, expected):
    assert _linked(words, sanctions=("Ardenne will impose sanctions on Corvasia over its arms deliveries to Varania.", True),
                      flood_victims="Civilians were killed or driven from their homes by the flooding.",
                      inquiry="An independent investigation into the flooding should be carried out.",
                      involved="Corvasia is militarily involved in Varania's war.") == expected


@pytest.mark.parametrize("words", [
    "there isn't a single Corvasian serviceman in Varania",
    "the number of Corvasian troops inside Varania has doubled",
])
def test_forces_in_a_place_are_present_there(words):
    assert _linked(words, inside="Corvasia has deployed troops to Varania.",
                      arms="Corvasia supplies weapons to Varania.") == "inside"


def test_eval_lists_each_link_to_an_unrelated_proposition():
    # the errors that invent conflicts are named, so a reviewer can go straight to them
    from kg.annotations import load_corpus
    from kg.evaluate import score

    props = read_propositions(DATA / "propositions.yaml")
    gold = next(s for s in load_corpus(DATA).articles[SEED_ID].statements if s.about == "nk_troops_in_russia")
    wrong = dataclasses.replace(gold, about="revisit_european_forces_idea")
    scores = score([gold], [wrong], None, props)
    assert scores.unrelated == (f"{gold.id} -> revisit_european_forces_idea (gold: nk_troops_in_russia)",)
    assert f"unrelated   {gold.id} -> revisit_european_forces_idea" in str(scores)
    assert score([gold], [gold], None, props).unrelated == ()


@pytest.mark.parametrize("draft_polarity,verdict", [("-", "near"), ("+", "unrelated")])
def test_eval_counts_denying_what_the_right_proposition_excludes_as_the_same_stance(draft_polarity, verdict):
    # "Corvasia has no troops abroad" asserted is "Corvasian troops are in Varania" denied: one step off, no conflict
    # invented; asserting the excluded proposition turns the stance round and stays unrelated
    from kg.annotations import load_corpus
    from kg.evaluate import score

    corpus = ROOT / "tests" / "corpus"
    props = read_propositions(corpus / "propositions.yaml")
    gold = next(s for a in load_corpus(corpus).articles.values() for s in a.statements
                if s.about == "corvasia_no_troops_abroad" and s.factuality == "CT+")
    draft = dataclasses.replace(gold, about="corvasia_troops_in_varania", factuality=f"CT{draft_polarity}")
    scores = score([gold], [draft], None, props)
    assert (scores.about_strict, scores.about_lenient, scores.about_unrelated) == \
        (0.0, 1.0 if verdict == "near" else 0.0, int(verdict == "unrelated"))


@pytest.mark.parametrize("words", [
    "Ardenne is orchestrating a smear campaign to hide its own shipments of weapons to Belmark",
    "Estmark has been quietly shipping artillery shells to Belmark for months",
])
def test_words_naming_other_states_than_a_proposition_are_not_linked_to_it(words):
    # weapons shipped by Ardenne or Estmark to Belmark are not Corvasia's shells shipped to Varania
    props = _registry(shells="Corvasia has shipped artillery shells to Varania.")
    m = Matcher(props, read_actors(CORPUS / "actors.yaml"))
    assert m.best(words) is None and m.rank(words)[0].proposition == "shells"


@pytest.mark.parametrize("words", [
    "if Corvasian soldiers join the war it will become a regional conflict",
    "Corvasian troops joining the fighting could draw in the entire region",
])
def test_a_war_spreading_to_a_region_is_an_escalation(words):
    assert _linked(words, kind="warning", escalate=("Corvasian troops joining the war would escalate and widen it.", True),
                      fight=("Corvasian troops will be sent into combat against Belmark.", True)) == "escalate"


@pytest.mark.parametrize("words,expected", [
    ("Corvasia has delivered several thousand attack drones to Varania", "drones"),
    ("Tashgard keeps sending UAVs to Varania", "drones"),
    ("Corvasia has delivered rifles and ammunition to Varania", "weapons"),
    ("Corvasia supplies Varania with arms", "weapons"),
])
def test_a_kind_of_weapon_is_a_weapon_but_weapons_are_not_that_kind(words, expected):
    # "drones" cover "weapons", so a claim about drones takes the proposition about drones when there is one
    assert _linked(words, weapons="Corvasia supplies weapons or weapon components to Varania.",
                      drones="Corvasia supplies attack drones or drone components to Varania.") == expected


def test_drones_sent_somewhere_are_drones_supplied():
    m = Matcher({}, read_actors(CORPUS / "actors.yaml"))
    assert {"drone", "supply"} <= m.concepts("the drones were sent to Varania by sea")


@pytest.mark.parametrize("words", [
    "Ardenne will impose new sanctions within weeks",
    "Ardenne is getting ready to impose new sanctions",
])
def test_an_action_without_its_reason_is_about_the_proposition_with_it(words):
    # the reason ("over Corvasia's military support for Varania") is what the story has already said
    assert _linked(words, kind="warning", sanctions=("Ardenne will impose new sanctions over Corvasia's military support for Varania.", True),
                      arms=("Ardenne will send more weapons to Belmark.", True)) == "sanctions"


@pytest.mark.parametrize("words,expected", [
    ("the Corvasian state has sent its own personnel", {"@corvasia", "deploy", "personnel"}),
    ("the Varanian side is ready to hand over the evidence", {"@varania", "@future", "readi", "hand", "evid"}),
])
def test_a_demonym_with_state_side_or_government_is_the_state_itself(words, expected):
    # "side" here is no party to a conflict ("sides"), and "state" no part of what is claimed
    assert Matcher({}, read_actors(CORPUS / "actors.yaml")).concepts(words) == expected


@pytest.mark.parametrize("words", [
    "Belmark's allies should give it more military aid",
    "Belmark's backers must step up their help",
])
def test_allies_and_backers_are_partners_not_a_military_alliance(words):
    assert _linked(words, kind="call", support="Belmark's partners should step up military support for Belmark.",
                   coop="Belmark and Ardenne should cooperate militarily.") == "support"


@pytest.mark.parametrize("words,expected", [
    ("drones launched by Corvasia hit Belmark every night", "used_on_belmark"),
    ("Corvasian-made missiles struck Belmark overnight", "used_on_belmark"),
    ("Corvasia sends drones to Varania", "supplied"),
])
def test_a_name_after_a_verb_of_attack_is_what_is_attacked(words, expected):
    assert _linked(words, used_on_belmark="Corvasian weapons have been used against Belmark.",
                   supplied="Corvasia supplies weapons to Varania.") == expected


@pytest.mark.parametrize("words,concept,present", [
    ("the units entered hostilities last week", "fight", True),
    ("the brigade was moved into the combat zone", "fight", True),
    ("two of the captives were interviewed", "capture", True),
    ("the men have been in captivity since May", "capture", True),
    ("the hospital was shelled overnight", "attack", True),
    ("the blast destroyed the east wing", "attack", True),
    ("in a post on its official channel the ministry said so", "deploy", False),
    ("mass protests were held in the capital", "deploy", False),
    ("the explosives were found in the hold", "attack", False),
])
def test_words_of_conflict_reporting_read_in_real_coverage_fold_into_their_concepts(words, concept, present):
    # and words that share their stems ("post", "mass", "explosives") do not
    assert (concept in Matcher({}, read_actors(CORPUS / "actors.yaml")).concepts(words)) == present


@pytest.mark.parametrize("words,concept", [
    ("Ardenne announced asset freezes on twelve Corvasian officials", "sanction"),
    ("the minister promised punitive measures against Tashgard", "sanction"),
    ("both sides agreed to a cessation of hostilities", "ceasefire"),
    ("the coastguard confiscated the cargo", "capture"),
])
def test_sanctions_truces_and_seizures_in_other_words(words, concept):
    concepts = Matcher({}, read_actors(CORPUS / "actors.yaml")).concepts(words)
    assert concept in concepts and ("fight" not in concepts or concept != "talks")


@pytest.mark.parametrize("words,expected", [
    ("the dam was breached on Tuesday night", None),
    ("whoever blew up the dam must answer for it", None),
    ("Varanian forces breached the dam", "varania_hit"),
])
def test_words_that_cannot_tell_two_sides_accounts_apart_link_to_neither(words, expected):
    # the story is about both sides, each blaming the other: only the words can say whose strike it was
    m = Matcher(_registry(varania_hit="Varania's forces breached the Ostrov dam.",
                          belmark_hit="Belmark's forces breached the Ostrov dam."), read_actors(CORPUS / "actors.yaml"))
    m.topic = frozenset({"@varania", "@belmark"})
    best = m.best(words)
    assert (best.proposition if best else None) == expected
    assert {c.proposition for c in m.rank(words)} == {"varania_hit", "belmark_hit"}  # both shown to the reviewer


@pytest.mark.parametrize("text,expected", [
    ("The Pentagon said roughly 10,000 North Korean soldiers had been sent to eastern Russia for training.",
     "nk_troops_in_russia"),
    ("Seoul's spy agency said Pyongyang had shipped 3,000 troops to Vladivostok for drills.", "nk_troops_in_russia"),
    ("Kyrylo Budanov said 1,500 North Korean commandos were training in Russia's far east before going to Ukraine.",
     "nk_special_forces_far_east"),
])
def test_a_count_the_words_do_not_give_rules_a_proposition_out(seed, text, expected):
    assert about(text, seed) == [expected]


@pytest.mark.parametrize("text", [
    "Kyrylo Budanov said North Korean soldiers were training in Russia's far east and would be sent to Ukraine.",
    "The agency said Pyongyang's infantry had been moved to Russia's far east for exercises ahead of deployment in Ukraine.",
])
def test_soldiers_are_not_special_forces(seed, text):
    assert "nk_special_forces_far_east" not in about(text, seed)


@pytest.mark.parametrize("text", [
    "Andrei Rudenko said the cooperation with the DPRK was not directed against anyone and fully complied with "
    "international law.",
    "Georgy Zinoviev said the partnership with Pyongyang did not target any third country and was in line with "
    "international law.",
])
def test_a_negated_half_of_the_words_does_not_deny_the_half_they_are_about(seed, text):
    assert drafted(text, seed) == ("russia_nk_cooperation_lawful", "+")


@pytest.mark.parametrize("text", [
    "Dmitry Peskov said Russia's ties with Pyongyang were its own business.",
    "Maria Zakharova said Moscow's relations with the DPRK were nobody's business but theirs.",
])
def test_ties_that_are_a_states_own_business_are_its_sovereign_right(seed, text):
    assert about(text, seed) == ["russia_sovereign_right_nk_ties"]


@pytest.mark.parametrize("text,polarity", [
    ("Maria Zakharova said cooperation between Moscow and Pyongyang does not violate international law.", "+"),
    ("Georgy Zinoviev said the partnership with the DPRK was in no way contrary to international law.", "+"),
    ("Antony Blinken said any military cooperation between Russia and North Korea was illegal.", "-"),
    ("The Japanese foreign minister said collaboration between Moscow and Pyongyang violated international law.", "-"),
])
def test_words_saying_the_opposite_of_lawful_are_about_it_and_deny_it(seed, text, polarity):
    assert drafted(text, seed) == ("russia_nk_cooperation_lawful", polarity)


@pytest.mark.parametrize("text,concept", [
    ("Corvasia's arms deliveries breach the arms embargo.", "unlawful"),
    ("The shipments were in breach of Security Council resolutions.", "unlawful"),
    ("Shells breached the dam overnight.", "attack"),
    ("The breach of the dam flooded the valley.", "attack"),
])
def test_a_rule_breached_is_violated_and_a_dam_breached_is_struck(invented, text, concept):
    actors, propositions = invented
    assert concept in Matcher(propositions, actors).concepts(text)


@pytest.mark.parametrize("text", [
    "The NIS said Pyongyang might send more troops, although no movements had been detected.",
    "Kyrylo Budanov said more North Korean soldiers would be sent to Russia, though no transfer had been seen yet.",
])
def test_what_a_concession_negates_does_not_deny_the_main_clause(seed, text):
    assert drafted(text, seed)[1] == "+"


@pytest.mark.parametrize("text", [
    "Dmitry Peskov said Moscow would develop its relations with Pyongyang in all areas.",
    "Sergei Lavrov said Russia intended to keep expanding its ties with the DPRK in all areas.",
])
def test_developing_ties_in_all_areas_is_the_right_to_strengthen_them(seed, text):
    assert about(text, seed) == ["russia_sovereign_right_nk_ties"]


@pytest.mark.parametrize("text", [
    "Petro Kalyn said Corvasian gunners had been shelling Belmark's positions for a week.",
    "Petro Kalyn said Corvasia's artillery crews were pounding Belmark's lines near the river.",
])
def test_a_proposition_is_matched_through_its_paraphrases_too(text):
    p = Place(Path("p.yaml"), 1)
    plain = Proposition("artillery", "Corvasian artillery units take part in the war against Belmark.", (), (), False, p)
    props = {"artillery": plain,
             "in": Proposition("in", "Corvasian troops are in Varania.", (), (), False, p)}
    actors = read_actors(CORPUS / "actors.yaml")
    assert [s["about"] for s in extract(text, dt.date(2025, 3, 12), actors, props).statements] != ["artillery"]
    props["artillery"] = dataclasses.replace(plain, paraphrases=("Corvasian gunners are shelling Belmark's positions.",
                                                                 "Corvasian artillery crews are pounding Belmark."))
    assert [s["about"] for s in extract(text, dt.date(2025, 3, 12), actors, props).statements] == ["artillery"]


def test_paraphrases_reach_the_graph(seed):
    from kg.annotations import load_corpus
    from kg.compile import compile_registry
    from kg.vocab import KG

    graph = compile_registry(load_corpus(DATA))
    wordings = {str(o) for o in graph.objects(None, KG.paraphrase)}
    assert "North Korea has sent soldiers to Russia." in wordings
    assert len(wordings) == sum(len(p.paraphrases) for p in seed[1].values())


@pytest.mark.parametrize("corpus", ["nk", "nk2", "nk3", "nkblind"])
def test_the_seed_story_corpora_keep_the_seeds_registry(corpus):
    """They measure kg as a new user runs it, with the bundled registry: their copies must not drift from it."""
    for name in ("actors.yaml", "propositions.yaml"):
        assert (ROOT / "tests" / corpus / name).read_bytes() == (DATA / name).read_bytes(), name


@pytest.mark.parametrize("text", [
    "Gabrielius Landsbergis called for the European Union to revisit the idea of deploying European forces in Ukraine, "
    "an idea put on the table by Emmanuel Macron in February.",
    "Gabrielius Landsbergis urged the EU to reconsider the idea of sending European troops to Ukraine, an idea floated "
    "by Emmanuel Macron in the spring.",
])
def test_an_idea_that_says_what_it_is_takes_no_antecedent(seed, text):
    assert about(text, seed) == ["revisit_european_forces_idea", "deploy_european_forces_ukraine"]


@pytest.mark.parametrize("text", [
    "Ukraine's military intelligence said on Monday that North Korean troops were fighting Ukrainian forces in Kursk.",
    "Kyiv's General Staff said on Monday that North Korean soldiers had clashed with Ukrainian units near Sudzha.",
    "The NIS said North Korean troops in Russia had battled Ukrainian units.",
])
def test_the_state_whose_forces_are_fought_is_the_foe(text, seed):
    # fighting Ukraine's forces is fighting against Ukraine: the war against Ukraine, not merely troops in Russia
    assert drafted(text, seed) == ("nk_boots_on_ground", "+")


@pytest.mark.parametrize("text,expected", [
    ("Budanov said on Monday that the North Koreans would go into battle within days.", "nk_troops_deployed_ukraine"),
    ("Kyiv's General Staff said on Monday that the North Koreans would be thrown into combat within weeks.",
     "nk_troops_deployed_ukraine"),
    ("Budanov said on Monday that North Korean soldiers had gone into battle against Ukraine.", "nk_boots_on_ground"),
])
def test_when_it_happens_is_a_part_of_what_is_said(text, expected, seed):
    # "would go into battle within days" says the when of "will be deployed to fight", not that they are fighting;
    # "the North Koreans" are North Korea's
    assert drafted(text, seed) == (expected, "+")


@pytest.mark.parametrize("text", [
    "South Korea's spy agency said on Friday that some 10,000 North Korean soldiers had been sent to Russia. "
    "A Pentagon spokesman said on Saturday that Washington shared Seoul's assessment.",
    "The NIS said on Monday that North Korean troops were fighting Ukrainian forces in Kursk. "
    "Japanese officials told reporters the NIS estimate was consistent with what Tokyo had seen.",
    "Ukraine's military intelligence said on Monday that North Korean troops were in Russia. "
    "NATO chief Mark Rutte said on Tuesday the alliance's information was in line with Kyiv's account.",
    "Ukraine's military intelligence said on Monday that North Korean troops were in Russia. "
    "Lithuania's foreign minister said on Tuesday he agreed with what the Ukrainians had reported.",
])
def test_agreeing_with_another_speakers_findings_is_about_what_they_said(text, seed):
    first, second = about(text, seed)
    assert first in seed[1] and second == first


@pytest.mark.parametrize("text,proposed", [
    ("Russia's Defence Ministry said on Saturday that North Korean troops were in Russia. Ukraine's General Staff on "
     "Monday denied Russia's claim that the Kursk region had been fully retaken.", "The Kursk region had been fully retaken."),
    ("Budanov said North Korean troops were in Russia. The Kremlin on Tuesday rejected Kyiv's assertion that "
     "Moscow had paid Pyongyang in oil.", "Moscow had paid Pyongyang in oil."),
])
def test_a_rejected_claim_that_says_what_it_claims_is_about_that(text, proposed, seed):
    # "denied Russia's claim that …" names its content: it points back to nothing Russia said before, and the new
    # proposition is what was claimed, not "Russia's claim that …"
    actors, propositions = seed
    d = extract(text, dt.date(2025, 4, 29), actors, propositions)
    (rejection,) = [s for s in d.statements if s["type"] == "denial"]
    assert rejection["about"] not in propositions
    assert {p["id"]: p["text"] for p in d.propositions}[rejection["about"]] == proposed


@pytest.mark.parametrize("text", [
    "The NIS said that in return Russia was likely to provide Pyongyang with technology for its satellites.",
    "Kyiv said on Monday that Moscow was supplying Pyongyang with air-defence weapons.",
    "The NIS said Russia had given weapons to North Korea in exchange.",
    "A lawmaker said Moscow could repay Pyongyang with sensitive military technology, from satellites to missiles.",
    "The NIS said Russia pays North Korea in cash and oil for the weapons.",
])
def test_who_is_given_is_a_role_the_words_must_share(text, seed):
    # "North Korea supplies weapons to Russia": Russia arming Pyongyang is the other way round, ranked for the
    # reviewer but never linked
    about_it, _ = drafted(text, seed)
    assert about_it not in seed[1]


def test_the_same_recipient_in_other_words_still_links(seed):
    assert drafted("The NIS said North Korea had supplied Russia with millions of artillery shells.", seed) == \
        ("nk_supplies_weapons_to_russia", "+")
    assert drafted("Seoul said Pyongyang had been arming Moscow with ballistic missiles.", seed) == \
        ("nk_supplies_weapons_to_russia", "+")


@pytest.mark.parametrize("text,expected", [
    ("South Korea's ambassador said on Wednesday that any transfer of North Korean troops to Russia violated "
     "Security Council resolutions.", ("russia_nk_cooperation_lawful", "-")),
    ("Seoul's foreign minister said the deployment of North Korean soldiers to Russia breached international law.",
     ("russia_nk_cooperation_lawful", "-")),
    ("Zakharova said on Thursday that the presence of North Korean servicemen in Russia complied with international "
     "law.", ("russia_nk_cooperation_lawful", "+")),
    # a predicate of truth says the event happened: the event is what is claimed
    ("The NIS said on Monday that the deployment of North Korean troops to Russia was confirmed by satellite imagery.",
     ("nk_troops_in_russia", "+")),
])
def test_an_event_named_as_subject_is_the_topic_and_its_predicate_the_claim(text, expected, seed):
    assert drafted(text, seed) == expected


@pytest.mark.parametrize("text", [
    # the proposition says it of "cooperation between Russia and North Korea", the words of the dispatch or step
    "North Korea's foreign ministry said on Monday that the dispatch conforms to international law and the UN Charter.",
    "Zakharova said on Thursday that such a step by Moscow and Pyongyang would be fully lawful.",
    # the event named in a condition and taken up by "it"
    "North Korea's foreign minister said that if the deployment the media were talking about did exist, it would be "
    "in line with international law.",
    "A Russian diplomat said that if such a dispatch of troops had taken place, it would comply with international law.",
    # a pronoun the words call an act
    '"It is a sovereign decision fully in line with international law," Zakharova said of the deployment.',
    '"This was a legitimate step that complies with international law," Peskov said.',
])
def test_what_is_said_of_an_event_matches_what_a_proposition_says_of_its_own(text, seed):
    assert drafted(text, seed)[0] == "russia_nk_cooperation_lawful"


@pytest.mark.parametrize("text", [
    "North Korea's foreign minister said that if the dispatch of North Korean troops to Russia reported in the media "
    "had happened, it would conform to international law. She said she saw no need to confirm it.",
    "A Kremlin spokesman said any dispatch of North Korean soldiers to Russia would comply with international law. "
    "He declined to confirm it.",
])
def test_it_after_words_about_an_event_is_the_event(text, seed):
    assert about(text, seed) == ["russia_nk_cooperation_lawful", "nk_troops_in_russia"]


@pytest.mark.parametrize("text,expected", [
    ("Budanov said North Korean troops would go into combat against Ukraine within days. Dmitry Peskov declined to "
     "confirm it.", "nk_troops_deployed_ukraine"),
    ("Budanov said North Korean soldiers were already fighting Ukrainian forces in Kursk. Peskov declined to confirm it.",
     "nk_boots_on_ground"),
])
def test_it_after_words_about_no_event_is_what_they_said(text, expected, seed):
    assert about(text, seed) == [expected, expected]


def test_a_link_to_a_reading_the_annotator_gave_as_an_alternative_is_one_step_off():
    from kg.annotations import load_corpus
    from kg.evaluate import score

    props = read_propositions(DATA / "propositions.yaml")
    gold = next(s for s in load_corpus(DATA).articles[SEED_ID].statements if s.about == "nk_troops_in_russia")
    second = dataclasses.replace(gold, or_about=("revisit_european_forces_idea",))
    linked = [dataclasses.replace(gold, about="revisit_european_forces_idea")]
    assert (score([second], linked, None, props).about_lenient, score([second], linked, None, props).unrelated) == \
        (1.0, ())
    assert score([gold], linked, None, props).about_unrelated == 1


@pytest.mark.parametrize("text", [
    "Seoul's spy agency said about 2,000 North Korean soldiers had died.",
    "Ukraine's military intelligence said on Monday that hundreds of North Korean soldiers had been killed.",
])
def test_soldiers_killed_or_wounded_have_fought(text, seed):
    # casualties among troops imply the fighting the registry's proposition speaks of
    assert drafted(text, seed) == ("nk_boots_on_ground", "+")


@pytest.mark.parametrize("text", [
    "Ukraine's defence minister said North Korean units had come under fire in Kursk for the first time.",
    "Kyiv said on Monday that its troops had exchanged fire with North Korean soldiers near Sudzha.",
])
def test_coming_under_fire_and_exchanging_fire_are_fighting(text, seed):
    assert drafted(text, seed) == ("nk_boots_on_ground", "+")


@pytest.mark.parametrize("registry", [DATA, CORPUS, ROOT / "tests" / "heldout"])
def test_every_wording_of_a_proposition_is_matched_to_it(registry):
    """Its text and each paraphrase, said as they are, rank their proposition first; whose forces a wording names
    ("North Korean soldiers … against Ukrainian forces") is compared apart, never a part left missing."""
    propositions = read_propositions(registry / "propositions.yaml")
    matcher = Matcher(propositions, read_actors(registry / "actors.yaml"))
    for pid, proposition in propositions.items():
        for wording in (proposition.text, *proposition.paraphrases):
            top = matcher.rank(wording, kind="call" if matcher.directive[pid] else None)[0]
            assert (top.proposition, " of @" in top.why.partition("missing")[2]) == (pid, False), wording


@pytest.mark.parametrize("text", [
    "Belmark said Corvasian troops were in Varania. Varania and Corvasia denied that Corvasian soldiers were in Varania. "
    "Belmark's envoy urged the Council to respond with one voice.",
    "Corvasia has sent troops to Varania, Belmark said. Varania rejected the claim that Corvasian units were there. "
    "Ardenne's ambassador called on the Security Council to respond firmly and without delay.",
])
def test_a_body_addressed_leaves_the_parties_to_the_article(text, invented):
    """The Council is no party: the states the story is about still stand in for those the call leaves out."""
    assert about(text, invented)[-1] == "security_council_should_act"


@pytest.mark.parametrize("text", [
    "Belmark said Corvasian troops were in Varania. Belmark's envoy urged the Security Council to respond to "
    "Corvasia's military support for Varania. Varania's envoy dismissed what he called a cheap show staged on fake "
    "intelligence.",
    "Belmark said Corvasian soldiers were in Varania. Ardenne's ambassador called on the Council to act. The Varanian "
    "envoy called it a provocation based on fabricated evidence.",
])
def test_a_dismissal_points_back_to_a_claim_not_to_a_call(text, invented):
    assert about(text, invented)[-1] == "corvasia_troops_in_varania"


@pytest.mark.parametrize("text", [
    "Belmark released a video showing Corvasian soldiers training at a camp in Varania. Varania's defence minister "
    "Mirnov said he had not seen the video.",
    "Belmark published images of Corvasian troops training in Varania. The Varanian foreign minister said she hadn't "
    "seen those images yet.",
])
def test_not_having_seen_the_footage_leaves_open_what_it_shows(text, invented):
    actors, propositions = invented
    last = extract(text, dt.date(2025, 3, 12), actors, propositions).statements[-1]
    assert (last["type"], last["about"]) == ("non_confirmation", "corvasia_troops_training_varania")


@pytest.mark.parametrize("text", [
    "Kyslytsya said North Korean units in the Kursk region were being prepared for combat against Ukraine.",
    "The NIS said North Korean troops were preparing for battle against Ukrainian forces.",
])
def test_being_prepared_for_combat_is_combat_to_come(text, seed):
    assert drafted(text, seed)[0] == "nk_troops_deployed_ukraine"


@pytest.mark.parametrize("text,future", [
    ("their units appeared poorly prepared for the kind of fighting they faced", False),
    ("the soldiers were well prepared for winter fighting", False),
    ("the soldiers were being prepared for winter fighting", True),
])
def test_how_well_prepared_troops_are_is_no_future(text, future, seed):
    assert ("@future" in Matcher(seed[1], seed[0]).concepts(text)) == future


@pytest.mark.parametrize("text", [
    "Kirby said it was not yet known whether they would go into combat alongside Russian forces.",
    "A Pentagon spokesman said North Korean soldiers could soon be sent into battle together with Russian units.",
])
def test_who_fights_beside_the_subject_is_neither_its_actor_nor_its_owner(text, seed):
    assert drafted(text, seed)[0] == "nk_troops_deployed_ukraine"
    parts = Matcher(seed[1], seed[0]).concepts(text)
    assert "with @russia" in parts and "@russia" not in parts and not any(" of @russia" in p for p in parts)


@pytest.mark.parametrize("text", [
    "The NIS said at least 100 North Korean soldiers sent to Russia had been killed in fighting in the Kursk region.",
    "Kyiv said its forces had killed hundreds of North Korean troops near Kursk.",
])
def test_fighting_is_what_is_said_not_the_presence_it_entails(text, seed):
    """Both cover "troops are in Russia"; the fighting, which entails it, is what the words say."""
    assert drafted(text, seed)[0] == "nk_boots_on_ground"


@pytest.mark.parametrize("text,fight", [
    ("Corvasian troops in Varania had been moved close to the front line.", False),
    ("North Korean troops in Russia were heading towards the front.", False),
    ("North Korean units had been moved near the line of contact.", False),
    ("North Korean forces had been pulled back from the front line.", False),
    ("Most of the units were withdrawn from the front in February.", False),
    ("North Korean units had been moved to the front line.", True),
])
def test_near_the_front_or_out_of_it_is_not_in_the_fighting(text, fight, invented):
    assert ("fight" in Matcher(invented[1], invented[0]).concepts(text)) == fight


@pytest.mark.parametrize("text", [
    "The Estmark intelligence bureau said Corvasian troops in Varania had been moved close to the front line.",
    "Belmark said Corvasian soldiers in Varania were now stationed near the front lines.",
])
def test_troops_moved_near_the_front_are_not_said_to_fight(text, invented):
    assert drafted(text, invented)[0] == "corvasia_troops_in_varania"


@pytest.mark.parametrize("text,expected", [
    ("The NIS said North Korea has sent about 11,000 to 12,000 troops.", "nk_troops_in_russia"),
    ("Seoul's spy agency said around 11,000 North Korean soldiers had been dispatched so far.", "nk_troops_in_russia"),
    ("Budanov said 11,000 North Korean troops would be ready to join the fight by November 1.", "nk_11000_troops_ready"),
])
def test_sharing_who_and_how_many_is_not_saying_what_a_proposition_says(text, expected, seed):
    """The count of "11,000 troops will be ready to fight" is in the words; its readiness and fighting are not."""
    assert drafted(text, seed)[0] == expected


@pytest.mark.parametrize("text", [
    "its trade with Zeloria is lawful commerce conducted in the open",
    "Ilvaro's arms sales to Zeloria were entirely lawful",
])
def test_an_event_by_other_parties_is_not_the_propositions_event(text):
    """"Kaldor's seizure of the Sable Crest was lawful": what is said of Zeloria's trade says nothing of the seizure."""
    matcher = _matcher_of("heldout")
    (seizure,) = [c for c in matcher.rank(text, limit=20) if c.proposition == "ship_seizure_lawful"]
    assert "capture" not in seizure.supplied and seizure.score < matcher.threshold


@pytest.mark.parametrize("text", [
    'Peskov said the deployment concerned "only Russia and North Korea".',
    "Zakharova said the matter concerns only Moscow and Pyongyang.",
])
def test_a_matter_that_concerns_only_the_two_states_is_their_sovereign_business(text, seed):
    """A paraphrase is found whatever quotes the words put inside it."""
    assert drafted(text, seed)[0] == "russia_sovereign_right_nk_ties"


@pytest.mark.parametrize("text", [
    "The spy chief told lawmakers that Corvasian units could be sent into combat against Belmark next month. Defence "
    "Minister Aaland said the arrival of Corvasian troops in Varania changed the equation. Astrid Moen declined to "
    "discuss the contents of the briefing.",
    "The intelligence director testified that Corvasian troops would be sent into combat against Belmark within weeks. "
    "Belmark's envoy said Corvasian soldiers were already in Varania. The committee chairman would not comment on the "
    "testimony.",
])
def test_refusing_to_discuss_the_briefing_is_about_what_the_story_says_was_told_there(text, invented):
    assert about(text, invented) == ["corvasia_troops_will_fight", "corvasia_troops_in_varania",
                                     "corvasia_troops_will_fight"]


@pytest.mark.parametrize("text", [
    "Ukraine's army said North Korean forces had been pulled back from the front line.",
    "The NIS said most North Korean units had been withdrawn from the front in February.",
])
def test_troops_taken_out_of_the_fighting_are_not_said_to_fight(text, seed):
    assert drafted(text, seed)[0] != "nk_boots_on_ground"


@pytest.mark.parametrize("text", [
    "A British diplomat said Moscow could reward Pyongyang with military technology.",
    "Seoul's spy agency said Russia may reward North Korea for the troops with technology for its satellites.",
])
def test_words_about_giving_are_never_linked_to_a_proposition_that_gives_nothing(text, seed):
    assert drafted(text, seed)[0] not in seed[1]


@pytest.mark.parametrize("text", [
    "North Korea had sent thousands of its soldiers to Russia",
    "At least 100 of the North Korean soldiers sent to Russia have been killed",
])
def test_soldiers_sent_to_a_state_make_it_no_recipient(text, seed):
    assert not any(p.startswith("recipient") for p in Matcher(seed[1], seed[0]).concepts(text))


@pytest.mark.parametrize("text", [
    "Vladimir Putin, the Russian president, said that what we do under this treaty, and how we do it, is for us to "
    "decide.",
    "Dmitry Peskov, the Kremlin spokesman, said how Moscow develops its relations with Pyongyang is nobody's business "
    "but ours.",
])
def test_what_someone_does_named_by_a_clause_is_the_event_said_to_be_their_business(text, seed):
    """"We" is the state of a speaker the draft proposes, and "us" is no abbreviation of the United States."""
    assert drafted(text, seed)[0] == "russia_sovereign_right_nk_ties"


@pytest.mark.parametrize("text,us", [
    ("Nobody told us anything about it", False),
    ("Let us be clear about what happened", False),
    ("The US said it had evidence", True),
    ("The U.S. said it had evidence", True),
])
def test_us_is_the_united_states_only_in_capitals(text, us, seed):
    assert ("@united_states" in Matcher(seed[1], seed[0]).concepts(text)) == us


@pytest.mark.parametrize("text", [
    "Ilvaro's foreign minister warned that Calvore would then have chosen to make itself a party to this conflict.",
    "Sentra said Calvore and Kaldor would regret it.",
])
def test_sharing_only_who_is_no_link(text):
    """"Calvore will impose further sanctions on Ilvaro" shares only the states and the future with these words."""
    registry = ROOT / "tests" / "heldout"
    actors, propositions = read_actors(registry / "actors.yaml"), read_propositions(registry / "propositions.yaml")
    assert drafted(text, (actors, propositions))[0] not in propositions


@pytest.mark.parametrize("text", [
    "Ukraine's military intelligence said Ukrainian forces had fired on North Korean troops for the first time.",
    "Kyiv said its units had opened fire on North Korean soldiers near Kursk.",
])
def test_fighting_is_mutual(text, seed):
    """Ukraine firing on North Korean troops has North Korean troops in combat against Ukraine: all of it covered."""
    actors, propositions = seed
    (s,) = extract(text, dt.date(2024, 11, 5), actors, propositions).statements
    (boots,) = [c for c in s["candidates"] if c["id"] == "nk_boots_on_ground"]
    assert s["about"] == "nk_boots_on_ground" and "missing" not in boots["why"]


@pytest.mark.parametrize("text", [
    "The regional governor said 40 people had died in the flooding after the dam was breached.",
    "Kaldor's emergency ministry said dozens of people were killed and thousands forced from their homes by the flood "
    "after the dam was destroyed.",
])
def test_people_killed_are_civilians(text):
    registry = ROOT / "tests" / "heldout"
    actors, propositions = read_actors(registry / "actors.yaml"), read_propositions(registry / "propositions.yaml")
    assert drafted(text, (actors, propositions))[0] == "dam_flood_casualties"
    assert "civilians" not in Matcher(propositions, actors).concepts("the Korean People's Army")


@pytest.mark.parametrize("text,expected", [
    ("The Pentagon said Moscow intends to use the North Korean soldiers in combat against Ukrainian forces in Kursk.",
     "nk_troops_deployed_ukraine"),
    ("Kyiv said Russia aims to throw the North Korean units into battle against Ukrainian troops.",
     "nk_troops_deployed_ukraine"),
    ("NATO said the deployment of North Korean units to Kursk marked a dangerous expansion of the war.",
     "nk_troops_escalate_war"),
    ("Seoul said the dispatch of North Korean troops to Russia risked expanding the conflict.", "nk_troops_escalate_war"),
])
def test_an_intention_is_a_plan_and_an_expanded_war_an_escalation(text, expected, seed):
    assert drafted(text, seed)[0] == expected


@pytest.mark.parametrize("text", [
    "Zelensky said North Korean troops had already been seen inside Ukraine's Donetsk region.",
    "A Pentagon spokesman said he could not corroborate reports that North Korean soldiers were inside Ukraine.",
])
def test_troops_somewhere_else_are_not_troops_in_russia(text, seed):
    """Every wording of "North Korean troops are in Russia" puts them in Russia; these words put them in Ukraine."""
    actors, propositions = seed
    (s,) = extract(text, dt.date(2024, 11, 5), actors, propositions).statements
    (there,) = [c for c in Matcher(propositions, actors).rank(s["quote"], limit=20) if c.proposition == "nk_troops_in_russia"]
    assert s["about"] != "nk_troops_in_russia" and "not in @ukraine, where the words put it" in there.why


@pytest.mark.parametrize("text,kind", [
    ("Belmark releases video of Corvasian troops in Varania\n\nBelmark's intelligence agency released a video it says "
     "shows Corvasian soldiers training at a camp in Varania. Varania's foreign ministry called the footage a fake.",
     "dismissal"),
    ("Images of Corvasian troops in Varania released\n\nEstmark published satellite images it says show Corvasian "
     "units training at military sites in Varania. The Varanian defence minister said he had not seen the images.",
     "non_confirmation"),
])
def test_the_footage_is_what_the_fullest_account_of_it_says_it_shows(text, kind, invented):
    """The headline's "video of troops in Varania", then the lead's soldiers training: training entails presence."""
    actors, propositions = invented
    last = extract(text, dt.date(2025, 3, 12), actors, propositions).statements[-1]
    assert (last["type"], last["about"]) == (kind, "corvasia_troops_training_varania")


@pytest.mark.parametrize("text", [
    "Seoul's spy agency said Pyongyang was preparing to dispatch additional soldiers to Russia.",
    "A defence official said North Korea plans to send a further 3,000 troops in the coming weeks.",
])
def test_a_plan_to_send_more_is_not_the_deployment_under_way(text, seed):
    actors, propositions = seed
    assert drafted(text, seed)[0] not in propositions
    more = {**propositions, "nk_more": Proposition("nk_more", "North Korea will send more troops to Russia.", (), (),
                                                   True, Place(Path("p.yaml"), 1))}
    assert drafted(text, (actors, more))[0] == "nk_more"


@pytest.mark.parametrize("text", [
    # more troops already sent, and more than a number, are the deployment itself
    "Officials said a second contingent had arrived in Russia last week.",
    "Kirby said more than 10,000 North Korean soldiers had been moved to Russia.",
    "Seoul said Pyongyang had sent reinforcements to Russia's Kursk region.",
    "A Ukrainian commander said fresh North Korean reinforcements had reached Russia.",
    "South Korea's spy agency told lawmakers that 2,000 North Korean soldiers had left for Russia last month.",
    "Zelensky said some 3,000 North Korean soldiers have gone to Russia since summer.",
])
def test_more_sent_reinforcements_and_leaving_for_a_place_are_the_deployment(text, seed):
    assert drafted(text, seed)[0] == "nk_troops_in_russia"


def test_a_speakers_name_is_no_word_of_the_lexicon(invented):
    """"Ferris" shares its stem with "ferried": only the exact word is a way of being sent."""
    actors, propositions = invented
    assert "deploy" not in Matcher(propositions, actors).concepts("Ms Ferris said that was simply not true")


@pytest.mark.parametrize("text", [
    "Zelensky said that North Korean casualties in the Kursk region had passed 3,000.",
    "A Ukrainian commander said North Korean losses near Sudzha ran into the thousands.",
    "Budanov said the death toll among the North Koreans was already above 1,000.",
])
def test_casualties_say_there_was_fighting(text, seed):
    assert drafted(text, seed)[0] == "nk_boots_on_ground"


def test_civilians_killed_say_no_troops_fought(seed):
    assert drafted("Zelensky said a Russian missile strike had killed 12 civilians in Kharkiv.", seed)[0] \
        not in seed[1]


@pytest.mark.parametrize("text,troops", [
    ("the North Koreans had fought in small groups near Sudzha", True),
    ("the Corvasians were pulled back from the front", True),
    ("the area where the North Koreans fight has widened", True),
    ("they had learned faster than the Russians", False),
    ("the Netherlands has sent no one", False),
])
def test_a_people_named_as_who_acts_are_its_soldiers(text, troops, seed):
    assert ("troops" in Matcher(seed[1], seed[0]).concepts(text)) == troops


@pytest.mark.parametrize("text,state", [
    ("Russia has already supplied the North with air-defence equipment", "@north_korea"),
    ("the North's artillery shells are arriving by rail", "@north_korea"),
    ("neither prisoner has asked to be sent to the South", "@south_korea"),
    ("troops in the North Caucasus", None),
])
def test_a_divided_countrys_half_is_the_north_or_the_south(text, state, seed):
    found = Matcher(seed[1], seed[0]).concepts(text)
    assert state in found if state else "@north_korea" not in found


def test_supplying_the_north_is_not_the_north_supplying(seed):
    assert drafted("Seoul's spy agency said Russia has already supplied the North with air-defence equipment.", seed)[0] \
        not in seed[1]


@pytest.mark.parametrize("text,state", [
    ("it was Kiev, not Moscow, that had escalated the conflict", "@ukraine"),
    ("North Korean troops were not in Kharkov", "@ukraine"),
    ("shells were unloaded in Odessa", "@ukraine"),
])
def test_a_big_citys_other_spelling_is_the_same_city(text, state, seed):
    assert state in Matcher(seed[1], seed[0]).concepts(text)


def test_a_capital_spelt_otherwise_speaks_for_its_state(seed):
    (s,) = extract("Kiev said on Monday that North Korean troops were already fighting in Kursk.",
                   dt.date(2024, 11, 5), *seed).statements
    assert s["speaker"] == "ukraine"


@pytest.mark.parametrize("text", ["it themselves in April", "it himself last week"])
def test_admitting_it_oneself_only_points_back(text, seed):
    assert Matcher(seed[1], seed[0]).is_backreference(text)


# --- registries written by others: their wording, new wars' vocabulary ------------------------------------------


@pytest.fixture(scope="module")
def blockade():
    """The second invented war's registry (a blockade, a grid attack, prisoners), written blind to the matcher."""
    return _matcher_of("corpus2")


@pytest.fixture(scope="module")
def occupation():
    """The third invented war's registry (an occupied plant, chemical munitions, gas), written blind to the matcher."""
    return _matcher_of("corpus3")


@pytest.mark.parametrize("text,not_parts", [
    ("Teskaya's forces are the ones shelling the plant.", {"one"}),
    ("The shelling is done by Velmora's own forces.", {"done"}),
    ("Greyhold does whatever the ministry tells it, and nobody else pays it.", {"doe", "nobodi"}),
    ("Sailors must rely on each other.", {"must", "each"}),
])
def test_a_propositions_function_words_are_no_parts_of_it(text, not_parts):
    assert not Matcher({}, {}).proposition_parts(text) & not_parts


@pytest.mark.parametrize("text,part", [
    ("Warships stop, turn back or otherwise hinder merchant ships.", "refuse|stop"),  # turning back hinders
    ("Patrol boats board, search or turn away fishing boats.", "capture|search|turn"),
    ("The people found dead were killed by shelling or in fighting.", "attack|fight"),
    ("The soldiers were trained by instructors or with manuals.", "instructor|manual"),
])
def test_alternatives_of_more_than_one_word_are_one_part(text, part):
    assert part in Matcher({}, {}).proposition_parts(text)


@pytest.mark.parametrize("text", ["The company is a front for the defence ministry.",
                                  "Greyhold served as a front for military intelligence."])
def test_a_front_for_someone_is_no_fighting(text):
    assert "fight" not in Matcher({}, {}).concepts(text)


@pytest.mark.parametrize("text,expected", [
    ("the power cut that left Harnow dark on September 29", "grid_outage_cyberattack"),
    ("Who switched off the lights across Kestria on September 29 was a cyberattack", "grid_outage_cyberattack"),
    ("the two sides swapped captured soldiers", "prisoner_exchange_happened"),
    ("a prisoner swap between Kestria and Vostrana went ahead", "prisoner_exchange_happened"),
])
def test_a_blackout_and_a_swap_are_named_many_ways(blockade, text, expected):
    assert blockade.rank(text, limit=1)[0].proposition == expected


@pytest.mark.parametrize("text,expected", [
    ("Velmoran units attacked Teskayan trenches with a nerve agent", "velmora_used_chemical_munitions"),
    ("Velmora's army has been using poison gas against Teskayan soldiers", "velmora_used_chemical_munitions"),
    ("Castry is using its gas exports as a weapon against Brenholm", "gas_cut_political"),
    ("Velmora's gas cut is blackmail aimed at Saltria", "gas_cut_political"),
])
def test_chemical_weapons_are_not_gas_used_as_a_weapon(occupation, text, expected):
    assert occupation.best(text).proposition == expected


@pytest.mark.parametrize("text", ["We hold no such weapons and so could never use them",
                                  "Our army does not use weapons of that kind"])
def test_denying_having_weapons_is_not_using_gas_as_a_weapon(occupation, text):
    assert all(c.proposition != "gas_cut_political" for c in occupation.rank(text, limit=1))


@pytest.mark.parametrize("text,target", [
    ("Teskayan positions near Dolmin were shelled overnight", "against @teskaya"),
    ("Saltrian trenches have repeatedly been hit", "against @saltria"),
])
def test_whose_people_were_attacked_in_the_passive_is_the_target(occupation, text, target):
    parts = occupation.parts_of(text)
    assert target in parts and target.removeprefix("against ") not in parts


def test_saying_the_attack_was_theirs_is_no_target(occupation):
    assert "@teskaya" in occupation.parts_of("Teskaya said the plant was attacked by Velmoran forces")


@pytest.mark.parametrize("text", ["children from shelled towns are staying at a camp in Velmora",
                                  "families of bombed villages were moved further east"])
def test_where_people_come_from_is_no_attack(occupation, text):
    assert "attack" not in occupation.parts_of(text)


@pytest.mark.parametrize("text,expected", [
    ("the inspectors have been kept out of the reactor halls", "inspectors_access_restricted"),
    ("the IRSA team was refused entry to the pumping station", "inspectors_access_restricted"),
    ("the inspectors can go anywhere on the site", "inspectors_full_access"),
    ("IRSA staff have unimpeded access to every building", "inspectors_full_access"),
])
def test_being_kept_out_is_not_having_access(occupation, text, expected):
    assert occupation.rank(text, limit=1)[0].proposition == expected


@pytest.mark.parametrize("text", ["the trucks belong to the plant's fire and rescue service",
                                  "two fire engines stood by the turbine hall"])
def test_a_fire_service_is_no_firing(occupation, text):
    assert "fire" not in occupation.parts_of(text) and "fight" not in occupation.parts_of(text)


@pytest.mark.parametrize("text,deployed", [
    ("Karvatian missiles hit two power stations in Merrow", False),
    ("a gas turbine at the compressor station broke down", False),
    ("Corvasian troops are stationed near the border", True),
    ("Tashgard is stationing two brigades in the north", True),
])
def test_a_station_is_a_place_and_stationing_is_deploying(text, deployed):
    assert ("deploy" in Matcher({}, {}).concepts(text)) == deployed


@pytest.mark.parametrize("text", ["five trucks stood in the turbine hall of Unit 4",
                                  "the fire started near units 3 and 4 of the plant"])
def test_a_numbered_unit_of_a_plant_is_no_troops(text):
    assert "troops" not in Matcher({}, {}).concepts(text)


@pytest.mark.parametrize("text", ["the massacre in the village was planned in the capital",
                                  "forensic teams opened two mass graves near the school"])
def test_a_massacre_is_killing(text):
    assert "casualty" in Matcher({}, {}).concepts(text)


#: for each concept of the conflict lexicon: a proposition in one of its words, another about the same people or
#: things saying something else, and two sentences in other words of the concept that are about the first
_CONCEPT_CASES = {
    "abuse": ("Militia guards tortured the detainees.", "Militia guards released the detainees.",
              ["the detainees were beaten and mistreated by militia guards",
               "militia guards subjected detainees to electric shocks"]),
    "execute": ("The prisoners were executed by the militia.", "The prisoners were fed by the militia.",
                ["the militia shot the prisoners at close range with their hands tied",
                 "survivors described summary executions of prisoners by the militia"]),
    "murder": ("Civilians were killed in the village.", "Civilians were evacuated from the village.",
               ["villagers were murdered in their homes", "the slaughter of civilians in the village"]),
    "atrocity": ("Belmark's soldiers committed war crimes in the village.",
                 "Belmark's soldiers withdrew from the village.",
                 ["atrocities by Belmark soldiers in the village",
                  "crimes against humanity committed by Belmark's soldiers in the village"]),
    "hostage": ("Rebels took the aid workers captive.", "Rebels fed the aid workers.",
                ["the aid workers were abducted by rebels", "rebels are holding the aid workers hostage"]),
    "finance": ("Two banks finance the militia.", "Two banks are owned by the militia.",
                ["the militia is bankrolled by two banks", "two banks paid for the militia's rifles"]),
    "evade": ("Tankers evade the oil sanctions.", "Tankers obey the oil sanctions.",
              ["the tankers circumvented the sanctions on oil", "the tankers get round the oil embargo"]),
    "smuggle": ("Weapons are supplied to the rebels across the river.", "Weapons are taken from the rebels across the river.",
                ["arms are smuggled to the rebels across the river", "gun-running across the river arms the rebels"]),
    "shootdown": ("The airliner was shot down.", "The airliner was diverted.",
                  ["a missile brought down the airliner", "air defences downed the passenger jet"]),
    "crash": ("The airliner crashed.", "The airliner was refuelled.",
              ["the plane crashed in a field", "the crash of the passenger plane"]),
    "blockade": ("Belmark's navy blockades the port.", "Belmark's navy guards the port.",
                 ["the port has been under siege by Belmark's navy", "Belmark's navy has besieged the port"]),
    "occupy": ("Corvasian troops occupy the valley.", "Corvasian troops left the valley.",
               ["the valley is under Corvasian occupation", "Corvasian soldiers are occupying the valley"]),
    "annex": ("Varania annexed the province.", "Varania rebuilt the province.",
              ["the annexation of the province by Varania", "Varania is annexing the province"]),
    "retake": ("Belmark's army retook the town.", "Belmark's army looted the town.",
               ["Belmark's army recaptured the town", "Belmark's army regained control of the town"]),
    "vote": ("The referendum in the province was free.", "The governor of the province was free.",
             ["the vote in the province was free", "the plebiscite held in the province was free"]),
    "deport": ("Children were deported from the province.", "Children were fed in the province.",
               ["the forcible transfer of children from the province",
                "children were forcibly removed from the province"]),
    "cyber": ("Hackers caused the blackout.", "A storm caused the blackout.",
              ["a cyberattack caused the outage", "the blackout was the work of malware"]),
    "jam": ("Jamming pushed the drones off course.", "Wind pushed the drones off course.",
            ["electronic warfare sent the drones off course", "spoofing pushed the drones off course"]),
    "surrender": ("The garrison surrendered.", "The garrison was reinforced.",
                  ["the garrison laid down their arms", "the garrison capitulated"]),
    "compensate": ("Varania should compensate the families.", "Varania should apologise to the families.",
                   ["the families deserve reparations from Varania", "Varania must pay damages to the families"]),
    "prolong": (("Sanctions will prolong the war.", True), ("Sanctions will end the war.", True),
                ["the sanctions will only drag out the war", "the war will be lengthened by sanctions"]),
    "mobilise": ("Varania ordered a mobilisation.", "Varania ordered a recount.",
                 ["Varania has called up reservists", "the mobilization ordered by Varania"]),
    "mine": ("Mines were laid around the plant.", "Trucks were parked around the plant.",
             ["the plant is ringed by landmines", "a minefield surrounds the plant"]),
    "hospital": ("A missile hit the hospital.", "A missile hit the barracks.",
                 ["a missile struck a clinic", "a missile hit the maternity ward"]),
    "nuclear": ("Troops are stationed at the nuclear plant.", "Troops are stationed at the ferry terminal.",
                ["soldiers are stationed beside the reactors", "troops are stationed at the atomic station"]),
    "grid": ("Drones struck power stations.", "Drones struck the ferry terminal.",
             ["drones hit substations", "drone strikes on the energy infrastructure"]),
    "airspace": ("Drones flew into Belmark's airspace.", "Drones were built in Belmark.",
                 ["drones violated Belmark's air space", "repeated drone overflights of Belmark"]),
    "children": ("Militias recruit children as fighters.", "Militias recruit farmers as fighters.",
                 ["no one under the age of eighteen fights for the militias", "teenagers are fighting in militia ranks"]),
    "retreat": ("The troops withdrew from the town.", "The troops looted the town.",
                ["the troops retreated from the town", "the troops fell back from the town"]),
}


@pytest.mark.parametrize("concept,number", [(c, n) for c in _CONCEPT_CASES for n in (0, 1)])
def test_each_word_of_a_conflict_concept_is_about_what_another_of_its_words_says(concept, number):
    right, other, sentences = _CONCEPT_CASES[concept]
    assert _linked(sentences[number], right=right, other=other) == "right"


@pytest.mark.parametrize("words", [
    "investigators found that soldiers of the Ostrelian army had killed civilians in Sarnava",
    "the commission found that Ostrelian troops had shot residents of the village dead",
])
def test_killing_civilians_says_no_battle(words):
    # deaths imply fighting ("losses ran into the thousands"), but not when the dead are civilians: a proposition
    # that they died in fighting is not linkable (the fifth development corpus's registry)
    matcher = _matcher_of("corpus5")
    scores = {c.proposition: c.score for c in matcher.rank(words, limit=30)}
    assert scores["sarnava_dead_killed_in_fighting"] < matcher.threshold
    assert matcher.best(words).proposition == "ostrelian_troops_killed_sarnava_civilians"


def test_the_names_an_article_is_about_stand_in_for_those_its_words_leave_out():
    # two ships said to carry the same: once the story is about the Sable Crest, "the ship was carrying drones" need
    # not name it again, and once it is about the Orla Star, "its cargo was drones" means the Orla Star
    p = Place(Path("p.yaml"), 1)
    props = {"crest": Proposition("crest", "The Sable Crest was carrying drones for Varania.", (), (), False, p),
             "orla": Proposition("orla", "The Orla Star was carrying drones for Varania.", (), (), False, p)}
    actors = read_actors(CORPUS / "actors.yaml")
    for name, text, expected in [
            ("Sable Crest", "Belmark's navy said the ship was carrying drones for Varania.", "crest"),
            ("Orla Star", "Belmark's navy said its cargo was drones bound for Varania.", "orla")]:
        story = (f"The navy stopped the {name} on Monday morning, far out at sea. The crew of the {name} was taken "
                 f"ashore for questioning. {text}")
        assert [s["about"] for s in extract(story, dt.date(2026, 3, 2), actors, props).statements] == [expected]


@pytest.mark.parametrize("text,expected", [
    ("Belmark's foreign minister called for a humanitarian corridor to be opened to the town without delay.", "corridor"),
    ("Ruzhyn urged the authorities to let the inspectors in.", "inspectors"),
])
def test_a_call_for_an_action_need_not_say_what_it_is_for(text, expected):
    p = Place(Path("p.yaml"), 1)
    props = {"corridor": Proposition("corridor", "A humanitarian corridor should be opened so that aid can reach Brenna "
                                     "and civilians can leave.", (), (), False, p),
             "inspectors": Proposition("inspectors", "Varania should let the inspectors into the plant in order to "
                                       "verify that no weapons are stored there.", (), (), False, p),
             "aid_blocked": Proposition("aid_blocked", "Varania is preventing aid from reaching Brenna.", (), (), False,
                                        p)}
    (statement,) = extract(text, dt.date(2026, 3, 2), read_actors(CORPUS / "actors.yaml"), props).statements
    assert statement["about"] == expected


@pytest.mark.parametrize("text", [
    "Belmark's foreign ministry said Varanian units had turned back three aid lorries at the Brenna checkpoint.",
    "Belmark's foreign ministry said the Varanian army was impeding the aid agencies' work around Brenna.",
])
def test_turning_back_or_obstructing_aid_is_keeping_it_out(text):
    p = Place(Path("p.yaml"), 1)
    props = {"blocked": Proposition("blocked", "Varanian forces are preventing aid from reaching Brenna.", (), (), False,
                                    p),
             "shelled": Proposition("shelled", "Varanian forces shelled aid lorries near Brenna.", (), (), False, p)}
    (statement,) = extract(text, dt.date(2026, 3, 2), read_actors(CORPUS / "actors.yaml"), props).statements
    assert statement["about"] == "blocked"


@pytest.mark.parametrize("text,expected", [
    ("Ruzhyn said Varania and Belmark were still negotiating in Selvana.", None),
    ("Ruzhyn said the mediators were holding talks with Varania and Belmark.", None),
    ("Ruzhyn said Varania and Belmark had agreed to a truce.", "truce"),
    ("Ruzhyn said Varania and Belmark had agreed a cessation of hostilities.", "truce"),
])
def test_a_truce_is_not_the_talks_that_may_bring_one(text, expected):
    # negotiating is no agreement to stop fighting: words about the talks propose a proposition of their own
    p = Place(Path("p.yaml"), 1)
    props = {"truce": Proposition("truce", "Varania and Belmark have agreed to a ceasefire.", (), (), False, p),
             "shelled": Proposition("shelled", "Varanian forces shelled Belmark's border towns.", (), (), False, p)}
    (statement,) = extract(text, dt.date(2026, 3, 2), read_actors(CORPUS / "actors.yaml"), props).statements
    assert (statement["about"] if statement["about"] in props else None) == expected


@pytest.mark.parametrize("words", [
    "Ruzhyn said two civilians were killed when the market was hit.",
    "Ruzhyn said the shelling of the town went on all night.",
])
def test_what_the_article_supplies_completes_a_proposition_but_is_not_most_of_it(words):
    # the story is about Varania and Belmark, so their names may stand in for parties the words leave out; but words
    # that say only that something was hit do not say who started the war, whatever the story is about
    p = Place(Path("p.yaml"), 1)
    props = {"started": Proposition("started", "Varania started the war by attacking Belmark.", (), (), False, p),
             "talks": Proposition("talks", "Varania and Belmark are negotiating in Selvana.", (), (), False, p),
             "grid": Proposition("grid", "Belmark's power grid was hit by Varanian drones.", (), (), False, p)}
    story = ("Varania and Belmark have fought since March. Varania's army holds the river line, and Belmark's holds the "
             "hills. Varanian and Belmark diplomats met on Monday. " + words)
    statements = extract(story, dt.date(2026, 3, 2), read_actors(CORPUS / "actors.yaml"), props).statements
    assert [s["about"] in props for s in statements] == [False]


@pytest.mark.parametrize("words", ["Belmark's air force said his bomber was shot down over the Kordesk region.",
                                   "Belmark's air force said a Varanian fighter-bomber was downed near Kordesk."])
def test_bombers_and_gunships_are_aircraft(words):
    p = Place(Path("p.yaml"), 1)
    props = {"pilot": Proposition("pilot", "A Varanian military pilot was shot down over Belmark and captured.", (), (),
                                  False, p),
             "drone": Proposition("drone", "Belmark shot down a Varanian reconnaissance drone.", (), (), False, p)}
    (statement,) = extract(words, dt.date(2026, 3, 2), read_actors(CORPUS / "actors.yaml"), props).statements
    assert statement["about"] == "pilot"


@pytest.mark.parametrize("words,concept,present", [
    ("we demand the immediate release of the 23 sailors", "crew", True),
    ("the seamen have been held for a month", "crew", True),
    ("should be investigated by an independent international body", "casualty", False),
    ("the bodies of four soldiers were recovered", "casualty", True),
])
def test_sailors_are_a_crew_and_a_body_that_investigates_is_no_casualty(words, concept, present):
    assert (concept in Matcher({}, read_actors(CORPUS / "actors.yaml")).concepts(words)) == present


@pytest.mark.parametrize("words", ["Colonel Arkady Demchin", "Arkady Demchin", "Demchin", "Col. Demchin"])
def test_a_person_the_registry_knows_is_one_part_however_much_of_the_name_is_given(words):
    p = Place(Path("p.yaml"), 1)
    actors = {"demchin": Actor("demchin", "person", "Arkady Demchin", (), None, None, None, (), p)}
    props = {"hand_over": Proposition("hand_over", "Halvaria should hand Colonel Arkady Demchin over to be tried.", (),
                                      (), False, p)}
    matcher = Matcher(props, actors)
    assert "~demchin" in matcher.parts["hand_over"] and "~demchin" in matcher.concepts(f"They said {words} fled.")
    assert not {"demchin", "arkadi", "colonel"} & matcher.concepts(f"They said {words} fled.")


@pytest.mark.parametrize("words,captured", [
    ("The navy boarded the tanker at dawn.", True),
    ("Drusenia called the boarding an act of piracy.", True),
    ("The navy said it would board any vessel bound for Tarsk.", True),
    ("The investigation board published its findings.", False),
    ("The Hollin board and our maritime authority are working together.", False),
])
def test_a_board_is_no_boarding(words, captured, seed):
    assert ("capture" in Matcher(seed[1], seed[0]).concepts(words)) == captured


@pytest.mark.parametrize("words", [
    "Halvaria pulled its troops out of Brezna as a gesture of goodwill.",
    "Halvaria withdrew every unit from the town voluntarily, as a goodwill gesture.",
])
def test_what_a_proposition_sets_its_claim_against_need_not_be_said(words):
    # "… , not because it was driven out": the words may leave the contrast out and still be about it
    p = Place(Path("p.yaml"), 1)
    actors = {"halvaria": Actor("halvaria", "state", "Halvaria", ("Drosk",), None, None, None, (), p)}
    props = {"goodwill": Proposition("goodwill", "Halvaria withdrew its troops from Brezna voluntarily, as a gesture "
                                     "of goodwill, not because it was driven out.", (), (), False, p),
             "killed": Proposition("killed", "Halvarian soldiers killed civilians in Brezna.", (), (), False, p)}
    matcher = Matcher(props, actors)
    assert matcher.best(words).proposition == "goodwill" and "driven" not in matcher.best(words).why



@pytest.mark.parametrize("words", ["So far we have thirty-one dead.", "The death toll has risen to forty."])
def test_deaths_say_there_was_fighting_only_of_soldiers_not_how_others_died(words):
    # "the people who died were killed in fighting or by shelling, not deliberately" is a claim about how they died:
    # that people died says nothing of it (of soldiers, deaths still say there was fighting)
    matcher = _matcher_of("corpus15")
    matcher.read_topic(["The dead of Brezna were buried.", "In Brezna the police opened the basement."])
    assert matcher.best(words).proposition == "brezna_civilians_killed"
    assert _matcher_of("corpus").best("Twelve Corvasian soldiers were killed.").proposition == "corvasia_casualties"


@pytest.mark.parametrize("words,role", [
    ("There was no evidence against Russian servicemen.", "@russia"),
    ("The prosecutor built a case against the Russian commanders.", "@russia"),
    ("Drones were used in strikes against Russian positions.", "against @russia"),
])
def test_the_case_against_someone_makes_them_the_accused_not_the_target(words, role, seed):
    concepts = Matcher(seed[1], seed[0]).concepts(words)
    assert role in concepts and ({"@russia", "against @russia"} - {role}).isdisjoint(concepts)


@pytest.mark.parametrize("words,name", [
    ("Flight 417 was hit at dawn.", "~flight 417"),
    ("The network was run by Unit 3196 of military intelligence.", "~unit 3196"),
    ("Inspectors were kept away from Reactor 4 for a week.", "~reactor 4"),
])
def test_a_thing_named_by_a_word_and_a_number_is_one_name_not_a_count(words, name):
    parts = Matcher({}, {}).concepts(words)
    assert name in parts and not {p for p in parts if p.startswith("#")}


@pytest.mark.parametrize("words", ["The strike came on 12 May, in 2027.", "Since 2020 the route was closed.",
                                   "It rose by 40 per cent in March 2026."])
def test_a_date_or_a_share_is_no_numbered_name(words):
    assert not {p for p in Matcher({}, {}).concepts(words) if p.startswith("~")}


@pytest.mark.parametrize("words", ["the airliner veered off its corridor",
                                   "the plane strayed off its assigned flight path"])
def test_straying_from_a_corridor_is_deviating_from_a_route(words):
    p = Place(Path("p.yaml"), 1)
    props = {"strayed": Proposition("strayed", "The airliner deviated from its approved route.", (), (), False, p),
             "hit": Proposition("hit", "The airliner was hit by a ground-launched missile.", (), (), False, p)}
    assert Matcher(props, {}).best(words).proposition == "strayed"


def _flood_matcher(topic: bool) -> Matcher:
    p = Place(Path("p.yaml"), 1)
    props = {"evacuated": Proposition("evacuated", "Thousands of people had to be evacuated from the flooded areas "
                                      "below the dam.", (), (), False, p),
             "killed": Proposition("killed", "Civilians were killed by the flood below the dam.", (), (), False, p),
             "mined": Proposition("mined", "Soldiers laid explosives in the dam before it was breached.", (), (),
                                  False, p)}
    matcher = Matcher(props, {})
    if topic:
        matcher.read_topic(["The dam burst at dawn.", "The flood reached the town by noon.",
                            "Water from the dam covered the fields.", "The flood killed cattle.", "Rescuers worked."])
    return matcher


@pytest.mark.parametrize("words,expected", [("19,400 had been evacuated", "evacuated"),
                                            ("the death toll rose to 14", "killed")])
def test_the_thing_an_article_is_about_need_not_be_named_when_the_words_say_what_is_said_of_it(words, expected):
    # in a story about a flood below a dam, "19,400 had been evacuated" is about those evacuated from the flood
    assert _flood_matcher(topic=True).best(words).proposition == expected
    assert _flood_matcher(topic=False).best(words) is None


@pytest.mark.parametrize("words", ["Engineers inspected the dam on Friday.", "Nobody believes the reports."])
def test_the_thing_an_article_is_about_is_no_claim_by_itself(words):
    assert _flood_matcher(topic=True).best(words) is None


@pytest.mark.parametrize("words,concept", [
    ("the commission had hidden the delay for weeks", "conceal"),
    ("officials covered up the failure of the count", "conceal"),
    ("safety at the plant had never been in question", "safe"),
    ("the reactors are being operated safely", "safe"),
])
def test_hiding_is_concealing_and_safety_is_being_safe(words, concept):
    assert concept in Matcher({}, {}).concepts(words)


@pytest.mark.parametrize("words,name", [("A Varanian missile hit the Merrow Star.", "~merrow star"),
                                        ("Two Belmark drones struck the Sable Crest.", "~sable crest")])
def test_a_short_sentence_with_a_name_in_it_is_no_headline(words, name):
    assert name in Matcher({}, {}).concepts(words)


def test_a_headline_in_capitals_names_no_thing():
    assert not {p for p in Matcher({}, {}).concepts("Kremlin Denies Troops Are Now In Varania") if p.startswith("~")}


@pytest.mark.parametrize("words", ["Tarhunese units have engaged in combat", "the Tarhunese have already seen combat",
                                   "Tarhun's men have been in battle"])
def test_words_that_say_all_of_a_stronger_proposition_and_not_all_of_the_weaker_it_entails_link_the_stronger(words):
    # having fought (all but against whom) entails having been sent to the front, which the words do not say: the
    # link is to what the words say, not to the weaker proposition that scored as high
    matcher = _matcher_of("corpus12")
    matcher.read_topic(["Tarhun has sent soldiers to Sorvia, Lutavia says.", "The Tarhunese soldiers are near the border.",
                        "Lutavia says Tarhunese troops crossed."])
    assert matcher.best(words).proposition == "tarhun_troops_in_combat"


def _strikes_on_orsk(entailing: bool = False) -> dict[str, Proposition]:
    p = Place(Path("p.yaml"), 1)
    return {"depot_struck": Proposition("depot_struck", "Belmark drones struck the fuel depot in Orsk.",
                                        ("silos_struck",) if entailing else (), (), False, p),
            "silos_struck": Proposition("silos_struck", "Belmark drones struck the grain silos in Orsk.", (), (), False, p),
            "talks_held": Proposition("talks_held", "Belmark and Corvasia are holding peace talks in Ledra.", (), (), False, p),
            "orsk_evacuated": Proposition("orsk_evacuated", "Corvasia has evacuated the civilians of Orsk.", (), (), False, p)}


@pytest.mark.parametrize("text", [
    "Daria Voss said drones had struck Orsk as civilians left.",
    "Orsk was attacked by drones while the talks went on in Ledra, Anatol Mirnov said.",
])
def test_words_that_cannot_choose_between_two_propositions_link_neither(text):
    """They say a strike on Orsk and nothing of its target: the depot and the silos are both ranked, neither linked."""
    draft = extract(text, dt.date(2025, 3, 3), read_actors(CORPUS / "actors.yaml"), _strikes_on_orsk())
    (statement,) = draft.statements
    assert statement["about"].startswith("draft_"), statement["about"]
    ranked = [c["id"] for c in statement["candidates"]]
    assert ranked[:2] == ["depot_struck", "silos_struck"]


@pytest.mark.parametrize("text,expected", [
    ("Daria Voss said drones had hit the fuel depot in Orsk.", "depot_struck"),
    ("Anatol Mirnov said the grain silos in Orsk had been struck by drones.", "silos_struck"),
])
def test_words_that_name_the_target_link_it(text, expected):
    (statement,) = extract(text, dt.date(2025, 3, 3), read_actors(CORPUS / "actors.yaml"), _strikes_on_orsk()).statements
    assert statement["about"] == expected


def test_a_proposition_entailed_by_the_first_is_no_rival():
    """When a strike on the depot would entail one on the silos, linking either is one step off, never a conflict."""
    (statement,) = extract("Daria Voss said drones had struck Orsk as civilians left.", dt.date(2025, 3, 3),
                           read_actors(CORPUS / "actors.yaml"), _strikes_on_orsk(entailing=True)).statements
    assert statement["about"] == "depot_struck"


@pytest.mark.parametrize("text,expected", [
    ("by Friday the toll of the collapse had climbed to sixty-one", "toll61"),
    ("Sixty-one workers died when the mine caved in", "toll61"),
    ("a hundred and twenty miners were killed in the collapse", "toll120"),
    ("officials now put the toll of the collapse at a hundred and twenty", "toll120"),  # a toll counts the dead
])
def test_a_count_written_in_words_is_the_count_in_digits(text, expected):
    p = Place(Path("p.yaml"), 1)
    props = {"toll61": Proposition("toll61", "The collapse at the mine killed 61 workers.", (), (), False, p),
             "toll120": Proposition("toll120", "The collapse at the mine killed 120 workers.", (), (), False, p)}
    assert Matcher(props, {}).best(text).proposition == expected


@pytest.mark.parametrize("words", ["the footage is genuine", "analysts said the recording was authentic",
                                   "the lab confirmed the video's authenticity"])
def test_genuine_authentic_and_authenticity_are_one_concept(words):
    assert _linked(words, video_authentic="The Halden video is authentic; it records real events and was neither "
                   "staged nor doctored.", video_staged="Corvasia's special services staged the Halden video.") == \
        "video_authentic"


@pytest.mark.parametrize("words,expected", [
    ("a naval escort mission on 13 March", "escort"),
    ("Corvasia should pay", "pay"),
])
def test_a_call_that_names_its_object_in_the_propositions_words_asks_for_it(words, expected):
    texts = {"escort": "A naval escort mission should protect merchant ships.",
             "pay": "Corvasia should pay compensation for the strike on the Ostrov dam.",
             "dam": "Corvasia's forces struck the Ostrov dam."}
    assert _linked(words, kind="call", **texts) == expected
    assert _linked(words, kind="claim", **texts) is None  # said as a claim, the words say too little of it


@pytest.fixture(scope="module")
def convoy():
    corpus5 = ROOT / "tests" / "corpus5"
    return read_actors(corpus5 / "actors.yaml"), read_propositions(corpus5 / "propositions.yaml")


@pytest.mark.parametrize("text", [
    "Kemeria accused Ostrelian artillery of shelling the Lanterna aid convoy. Ostrelia's defence ministry said the "
    "lorries had been carrying ammunition for Kemerian units. The UN envoy's office said it could not yet say who had "
    "fired on the convoy.",
    "Kemeria's foreign ministry blamed Ostrelian forces for the strike on the aid convoy. Ostrelia replied that the "
    "relief trucks were smuggling weapons. A spokeswoman for the UN commission of inquiry said it was too early to say "
    "what had hit the lorries.",
    "Kemeria's foreign ministry blamed Ostrelian forces for the strike on the aid convoy. Ostrelia replied that the "
    "relief trucks were smuggling weapons. A spokeswoman for the UN commission of inquiry said it was far too early to "
    "apportion blame.",
])
def test_leaving_open_who_did_it_is_about_the_claim_that_someone_did(text, convoy):
    """What was said just before (the cargo) is not what "who fired" asks: it asks who struck the convoy."""
    actors, propositions = convoy
    last = extract(text, dt.date(2025, 11, 20), actors, propositions).statements[-1]
    assert (last["type"], last["about"]) == ("non_confirmation", "ostrelia_struck_aid_convoy")


def test_a_question_of_who_with_no_deed_in_it_blames_no_one(convoy):
    text = ("Kemeria's foreign ministry accused Ostrelian forces of striking the aid convoy near Lanterna. Ostrelia "
            "replied that the relief trucks were smuggling weapons. The UN envoy's office declined to say who had "
            "stayed behind in the town.")
    actors, propositions = convoy
    last = extract(text, dt.date(2025, 11, 20), actors, propositions).statements[-1]
    assert last["about"] != "ostrelia_struck_aid_convoy"


@pytest.mark.parametrize("text,sign", [
    ("A teacher in Kolno said the water came into the towns while everyone slept.", "+"),
    ("Residents said the water came to the towns hours before any official appeared.", "+"),
    ("The regional governor said the towns had been warned long before the water came.", "-"),
])
def test_words_agreeing_with_a_negative_proposition_by_other_means_keep_their_sign(text, sign, invented):
    """Only words that speak of what the proposition says is not so ("warned") deny it; "the water came into the
    towns while everyone slept" says, in other words, that nobody warned them."""
    actors, _ = invented
    p = Place(Path("p.yaml"), 1)
    warned = {"unwarned": Proposition("unwarned", "Nobody warned the towns before the water came.", (), (), False, p)}
    (statement,) = extract(text, dt.date(2027, 5, 10), actors, warned).statements
    assert (statement["about"], statement.get("factuality", "CT+")[-1]) == ("unwarned", sign)


@pytest.mark.parametrize("reaction", [
    'Ostrelia\'s defence ministry rejected the allegations as "lies from start to finish".',
    "Ostrelia's foreign ministry dismissed the reports of a strike on the convoy as a fabrication.",
])
def test_the_side_blamed_denies_that_it_did_the_deed_not_that_it_happened(reaction, convoy):
    """The UN's word that the convoy was struck is not what Ostrelia denies: it denies that its forces struck it."""
    text = ("The UN said the Lanterna aid convoy was struck in the humanitarian corridor. Kemeria blamed Ostrelian "
            f"forces for the attack on the convoy. {reaction}")
    actors, propositions = convoy
    last = extract(text, dt.date(2025, 11, 20), actors, propositions).statements[-1]
    assert (last["speaker"].split("_")[0], last["about"]) == ("ostrelia", "ostrelia_struck_aid_convoy")


@pytest.mark.parametrize("words", [
    "sirens sounded for the residents well before the flood",
    "an air-raid alert reached every resident before the flood",
    "the alarm went off for residents long before the flood came",
])
def test_sirens_and_alerts_are_warnings(words):
    assert _linked(words, warned="Residents were warned before the flood.",
                   drowned="Residents drowned in the flood.") == "warned"


@pytest.mark.parametrize("text,expected", [
    ("Varania's defence ministry said Corvasian units had been sent to Varania in line with the mutual assistance "
     "treaty.", "corvasia_troops_in_varania"),
    ("A Corvasian spokesman said soldiers were transferred to Varania last month in full conformity with the mutual "
     "assistance treaty.", "corvasia_troops_in_varania"),
    ("A Corvasian spokesman said the deployment of Corvasian soldiers to Varania was fully in line with international "
     "law.", "cooperation_lawful"),
])
def test_the_rule_a_deed_follows_is_not_what_the_words_tell(text, expected, invented):
    """ "Sent in line with the treaty" tells of the sending; "the deployment was in line with the law" of the law."""
    assert about(text, invented) == [expected]

"""Each construction news writing uses to attribute statements, on at least two differently worded sentences.

The registry is the development corpus's invented one (tests/corpus): its states, ministries
and spokespeople are known; everyone else in these sentences is new to kg.
"""

import datetime as dt
from pathlib import Path

import pytest

from kg.annotations import DEFAULT_FACTUALITY, Actor, Membership, Place, read_actors, read_propositions
from kg.extract import extract

from .conftest import ROOT, store_independent

pytestmark = store_independent

CORPUS = ROOT / "tests" / "corpus"
WEDNESDAY = dt.date(2025, 3, 12)


@pytest.fixture(scope="module")
def registry():
    return read_actors(CORPUS / "actors.yaml"), read_propositions(CORPUS / "propositions.yaml")


@pytest.fixture(scope="module")
def seed():
    """The registry kg ships (data/): real states and officials, for constructions met in real coverage."""
    return read_actors(ROOT / "data" / "actors.yaml"), read_propositions(ROOT / "data" / "propositions.yaml")


def draft(text, registry, published=WEDNESDAY):
    actors, propositions = registry
    return extract(text, published, actors, propositions)


def one(text, registry, published=WEDNESDAY) -> dict:
    (statement,) = draft(text, registry, published).statements
    return statement


def factuality(s: dict) -> str | None:
    return s.get("factuality", DEFAULT_FACTUALITY[s["type"]])


# --- 1. speakers kg does not know yet -------------------------------------------------------------------------

@pytest.mark.parametrize("text,speaker,name,role,organization", [
    ("Varanian Defence Ministry spokesman Igor Talvik said the column had crossed the river.",
     "igor_talvik", "Igor Talvik", "spokesman", "varania_mod"),
    ("Belmark's deputy foreign minister Oleh Danko told reporters that the talks had stalled.",
     "oleh_danko", "Oleh Danko", "deputy foreign minister", "belmark"),
    ("Varania's chief cabinet secretary Ilse Marrow said the government would respond.",
     "ilse_marrow", "Ilse Marrow", "chief cabinet secretary", "varania"),
])
def test_a_title_before_a_new_name_proposes_a_person_with_role_and_affiliation(registry, text, speaker, name, role,
                                                                              organization):
    d = draft(text, registry)
    assert d.statements[0]["speaker"] == speaker
    (actor,) = d.actors
    assert (actor["name"], actor["type"]) == (name, "person")
    membership = (actor.get("memberships") or [{}])[0]
    assert membership.get("role") == role and membership.get("organization") == organization


@pytest.mark.parametrize("text,kind,organization", [
    # the registry's organisation of that state the description fits: Ardenne's defence ministry, Belmark's
    # defence intelligence
    ("A senior Ardenne defence official said the units were still in the east.", "person", "ardenne_mod"),
    ("A diplomat at the United Nations, who requested anonymity, said a vote was unlikely.", "person", "un"),
    ("Two Belmark military intelligence officers said the strike had hit a depot.", "group", "belmark_bdi"),
])
def test_an_unnamed_official_is_proposed_with_affiliation(registry, text, kind, organization):
    d = draft(text, registry)
    (actor,) = d.actors
    assert d.statements[0]["speaker"] == actor["id"]
    assert actor["type"] == kind and actor["memberships"][0]["organization"] == organization


@pytest.mark.parametrize("text", [
    "A diplomat in Geneva said the talks would resume.",
    "An official in Rotterdam said the shipment had left.",
])
def test_a_place_is_never_a_person(registry, text):
    d = draft(text, registry)
    assert all(a["id"] not in ("geneva", "rotterdam") for a in d.actors)
    assert d.statements[0]["speaker"] in {a["id"] for a in d.actors}
    assert "geneva" not in d.statements[0]["speaker"] and "rotterdam" not in d.statements[0]["speaker"]


@pytest.mark.parametrize("text,speaker,state", [
    ("The Varanian embassy in Halden said in a statement that the committee had been misled.", "varanian_embassy",
     "varania"),
    ("Belmark's consulate in Valmont said the convoy had been stopped.", "belmark_consulate", "belmark"),
    ("A diplomat in Kordesk said the talks would resume.", "diplomat", None),
])
def test_a_capital_after_in_says_where_the_speaker_is_not_whom_they_speak_for(registry, text, speaker, state):
    # Halden, Valmont and Kordesk are the registry's names for their governments; here they are only places
    d = draft(text, registry)
    assert d.statements[0]["speaker"] == speaker
    (actor,) = d.actors
    assert actor.get("part_of") == state or (actor.get("memberships") or [{}])[0].get("organization") == state


@pytest.mark.parametrize("text,quote", [
    ("Yelena Dravina told reporters the claims were false.", "the claims were false"),
    ("Anatol Mirnov told a news conference the convoy had turned back at the border.",
     "the convoy had turned back at the border"),
])
def test_who_was_told_is_not_part_of_the_words_when_that_is_left_out(registry, text, quote):
    assert one(text, registry)["quote"] == quote


@pytest.mark.parametrize("text,expected", [
    ("Tashgard's foreign ministry rejected the report.", "corvasia_mfa"),
    ("The Varanian defence ministry denied the claims.", "varania_mod"),
])
def test_an_organisation_of_a_known_state_is_the_registry_one(registry, text, expected):
    assert one(text, registry)["speaker"] == expected


@pytest.mark.parametrize("text,name", [
    ("The Ministry of Maritime Affairs said the port was closed.", "Ministry of Maritime Affairs"),
    ("Estmark's coast guard said two ships had been stopped.", "Estmark's coast guard"),
])
def test_an_unknown_organisation_is_proposed(registry, text, name):
    d = draft(text, registry)
    (actor,) = d.actors
    assert actor["type"] == "organization" and actor["name"] == name and d.statements[0]["speaker"] == actor["id"]


def test_a_bare_surname_after_an_introduction_is_that_person(registry):
    d = draft("Army chief of staff Rolf Ekdahl visited the border. Ekdahl said the line was holding.\n\n"
              "Later, Ekdahl told reporters that reinforcements had arrived.", registry)
    assert [s["speaker"] for s in d.statements] == ["rolf_ekdahl", "rolf_ekdahl"]
    assert [a["id"] for a in d.actors] == ["rolf_ekdahl"]


def test_a_new_surname_is_a_new_speaker_not_the_last_one(registry):
    d = draft("Yelena Dravina said the report was false. Halvorsen said it was accurate.", registry)
    assert [s["speaker"] for s in d.statements] == ["dravina", "halvorsen"]


# --- 2. reporting verbs by class --------------------------------------------------------------------------------

@pytest.mark.parametrize("verb", ["stressed", "emphasised", "pointed out", "explained", "noted", "added", "argued",
                                  "insisted", "maintained", "alleged", "asserted", "reiterated"])
def test_assertive_verbs_report_certain_claims(registry, verb):
    s = one(f"Yelena Dravina {verb} that the border was calm.", registry)
    assert (s["speaker"], s["type"], factuality(s)) == ("dravina", "claim", "CT+")


@pytest.mark.parametrize("verb", ["estimated", "believes", "expected", "assessed"])
def test_verbs_of_belief_report_probable_claims(registry, verb):
    assert factuality(one(f"Estmark's spy agency {verb} that 4,000 soldiers were in Varania.", registry)) == "PR+"


@pytest.mark.parametrize("text,kind", [
    ("Varania's foreign ministry denied that any soldiers had crossed.", "denial"),
    ("The Varanian defence ministry rejected the report.", "denial"),
    ("Yelena Dravina refuted the claims.", "denial"),
    ("Anatol Mirnov rebuffed the allegations.", "denial"),
    ("Anatol Mirnov dismissed the reports.", "dismissal"),
    ("Yelena Dravina brushed off questions about the convoy.", "dismissal"),
    ("Yelena Dravina called the report baseless.", "dismissal"),
    ("Anatol Mirnov described the footage as a provocation.", "dismissal"),
    ("Yelena Dravina said the claims were fake.", "dismissal"),
])
def test_negative_verbs_and_naming_it_false(registry, text, kind):
    s = one(text, registry)
    assert s["type"] == kind and factuality(s)[-1] == "-"


@pytest.mark.parametrize("text", [
    "Marta Ruzhyn urged partners to send more air defence.",
    "Marta Ruzhyn called on the Compact to act.",
    "Daria Voss demanded that Tashgard withdraw its soldiers.",
])
def test_directive_verbs_are_calls(registry, text):
    s = one(text, registry)
    assert (s["type"], factuality(s)) == ("call", None)


@pytest.mark.parametrize("text", [
    "Marta Ruzhyn accused Kordesk of hiding the deployment.",
    "Daria Voss blamed Tashgard for the escalation.",
    "Estmark's spy agency charged that the soldiers wore Varanian uniforms.",
])
def test_accusing_verbs_are_accusations(registry, text):
    assert one(text, registry)["type"] == "accusation"


# --- 3. non-commitment is not denial ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Anatol Mirnov declined to confirm that Corvasian soldiers were in the country.",
    "Yelena Dravina refused to deny the report.",
    "Anatol Mirnov would neither confirm nor deny the presence of foreign units.",
    "Yelena Dravina stopped short of denying that troops had arrived.",
    "Anatol Mirnov refrained from commenting on the video.",
    "Yelena Dravina said she had nothing to add.",
    'Jonas Vellander said the alliance had "no information at this time" on the convoy.',
    "Anatol Mirnov said he would not rule out that advisers were present.",
    "Yelena Dravina said she was not in a position to confirm the figure.",
])
def test_a_refusal_around_a_speech_verb_is_a_no_comment(registry, text):
    s = one(text, registry)
    assert (s["type"], factuality(s)) == ("non_confirmation", "Uu")


@pytest.mark.parametrize("text,kind", [
    ("Corvasia's envoy told the council that his country categorically rejects the allegations.", "denial"),
    ('Anatol Mirnov said "we firmly deny these reports" and left the podium.', "denial"),
    ("Gleb Arkanov said his government dismissed such claims.", "dismissal"),
])
def test_the_speakers_own_side_rejecting_the_reports_is_a_denial_not_a_claim(registry, text, kind):
    # "he said his country rejects the allegations" asserts nothing positive: it is his country's denial
    s = one(text, registry)
    assert s["type"] == kind and factuality(s)[-1] == "-"


def test_someone_else_rejecting_the_reports_is_their_denial_relayed(registry):
    s = one("Henrik Aaland said Kordesk had denied the reports within hours.", registry)
    assert (s["type"], s["speaker"], s["via"]) == ("denial", "varania_government", ["aaland"])


# --- 4. nominal cues -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,speaker,kind,quote", [
    ("The ministry's rejection of the report as 'baseless' came a day later.", None, "dismissal", "the report"),
    ("Claims by Belmark that Corvasian units were fighting could not be checked.", "belmark", "claim",
     "Corvasian units were fighting"),
    ("Daria Voss's assertion that the convoy had turned back was contradicted by footage.", "voss", "claim",
     "the convoy had turned back"),
    ("In a statement, the Varanian defence ministry said no foreign units were involved.", "varania_mod", "claim",
     "no foreign units were involved"),
])
def test_nominal_cues(registry, text, speaker, kind, quote):
    d = draft(("Varania's foreign ministry spoke on Monday. " if speaker is None else "") + text, registry)
    s = d.statements[-1]
    assert s["type"] == kind and s["quote"].startswith(quote)
    if speaker:
        assert s["speaker"] == speaker


# --- 5. quote mechanics --------------------------------------------------------------------------------------------

def test_a_stray_quote_mark_does_not_shift_the_pairing_of_the_rest(registry):
    text = ('Troops "moved overnight, a witness said.\n\n'
            '"We have seen nothing of the kind," Yelena Dravina said.\n\n'
            '"The border is calm and will stay calm," Anatol Mirnov said.')
    # the first line is a witness's words (attribution after them), whatever its stray mark
    assert [(s["speaker"], s["direct"]) for s in draft(text, registry).statements] == [
        ("witness", False), ("dravina", True), ("mirnov", True)]


@pytest.mark.parametrize("text,quote", [
    ('Anatol Mirnov spoke after the meeting.\n\n"Nothing has changed on the ground since last week."',
     "Nothing has changed on the ground since last week"),
    ('Yelena Dravina told Varpress: "These stories are invented by people who want the war to go on."',
     "These stories are invented by people who want the war to go on"),
])
def test_attribution_in_the_sentence_before_the_quote(registry, text, quote):
    s = draft(text, registry).statements[-1]
    assert (s["speaker"] in ("mirnov", "dravina"), s["quote"], s["direct"]) == (True, quote, True)


@pytest.mark.parametrize("text", [
    "Henrik Aaland said there were signs of a build-up near the border, but what it would be used for was unclear.",
    "Jonas Vellander said the alliance saw movement near Drovny, but it was not clear whether the units would fight.",
])
def test_one_attribution_two_statements_a_claim_and_a_no_comment(registry, text):
    statements = draft(text, registry).statements
    assert [(s["type"], factuality(s)[-1]) for s in statements] == [("claim", "+"), ("non_confirmation", "u")]
    assert statements[0]["speaker"] == statements[1]["speaker"]


@pytest.mark.parametrize("text", [
    "Varania denies sending for troops\n\nVarania's foreign ministry on Tuesday denied that it had asked Corvasia "
    "for troops.",
    "Kordesk says border is calm\n\nYelena Dravina said on Tuesday that the border with Belmark was calm.",
    "Spy chief tells MPs Corvasian units could reach front within weeks\n\nSigrun Holt, the director of the bureau, "
    "said on Tuesday that Corvasian soldiers could be sent into combat against Belmark as early as next month.",
    "Speakers warn against widening of war\n\nIvo Starkov warned that Corvasian troops joining the war would "
    "escalate and widen it.",
])
def test_a_headline_repeating_the_body_is_one_statement(registry, text):
    statements = draft(text, registry).statements
    assert len(statements) == 1 and statements[0]["start"] > text.index("\n")


def test_a_transcript_answer_is_the_labelled_speaker_s(registry):
    text = ("Deputy Spokesperson Nadia Vell\n\nQUESTION: Can you confirm the reports?\n\n"
            "MS VELL: I'm not going to get into intelligence matters. We call on Tashgard to withdraw its forces.")
    statements = draft(text, registry).statements
    assert [(s["speaker"], s["type"]) for s in statements] == [("nadia_vell", "non_confirmation"), ("nadia_vell", "call")]


@pytest.mark.parametrize("answer", [
    "As a matter of principle, Tavoria does not comment on relations between third countries.",
    "The ministry does not comment on intelligence assessments, as you know.",
])
def test_a_spokesperson_declining_for_their_side_in_a_transcript_speaks_themselves(registry, answer):
    text = f"Spokesperson Ardal Venn's press conference\n\nQ: Are the troops there?\n\nArdal Venn: {answer}"
    assert [(s["speaker"], s["type"]) for s in draft(text, registry).statements] == [("ardal_venn", "non_confirmation")]


@pytest.mark.parametrize("text", [
    "Q: Does Tavoria believe Corvasian troops are in Varania?",
    "Why did Varania's foreign ministry deny that the convoy had crossed the river?",
])
def test_a_question_asserts_nothing(registry, text):
    assert draft(text, registry).statements == []


@pytest.mark.parametrize("text,speaker", [
    ("Tavoria's foreign ministry, in a brief written response to the agency, said the figure was plausible.",
     "tavoria_mfa"),
    ("The Palace, in a post on social media, said the convoy had been turned back.", "varania_presidency"),
    ("Briefing the Council, Ivo Starkov said the convoy had been turned back.", "starkov"),
    ("Speaking to reporters in Valmont, Martin Ashby said the figure was plausible.", "ashby"),
])
def test_a_circumstance_between_commas_or_before_the_speaker_is_not_the_speaker(registry, text, speaker):
    assert one(text, registry)["speaker"] == speaker


@pytest.mark.parametrize("text", [
    'The ministry said it had "taken note" of the reports and again urged all sides to show restraint.',
    "Anatol Mirnov said the convoy had stopped and once again called on Belmark to open talks.",
])
def test_a_second_verb_after_and_again_is_a_second_statement(registry, text):
    d = draft("Varania's foreign ministry spoke on Monday. " + text, registry)
    assert [s["type"] for s in d.statements][-1] == "call" and len(d.statements) == 2


@pytest.mark.parametrize("text,speaker", [
    ("A diplomat at the United Nations, who asked not to be named, said Belmark and its allies expected to request "
     "an emergency session next week.", "un_diplomat"),
    ("Daria Voss said the Corvasian units were believed to be training and expected to move east by Friday.", "voss"),
])
def test_a_belief_verb_taking_an_infinitive_is_no_second_speaker(registry, text, speaker):
    # "allies expected to request a session" says what they mean to do; the diplomat is the only speaker
    d = draft(text, registry)
    assert [s["speaker"] for s in d.statements] == [speaker]


@pytest.mark.parametrize("text,speaker,via,fact", [
    ("The Royal Intelligence Bureau estimates that about 4,000 soldiers have crossed, according to lawmakers "
     "briefed by the agency.", "estmark_rib", "lawmakers_briefed_by_the_agency", "PR+"),
    ("According to two officials, Varania's foreign ministry denied that the convoy had crossed the river.",
     "varania_mfa", "officials", "CT-"),
])
def test_according_to_relays_the_statement_of_the_subject_it_names(registry, text, speaker, via, fact):
    s = one(text, registry)
    assert (s["speaker"], s["via"], factuality(s)) == (speaker, [via], fact)


@pytest.mark.parametrize("text,quote", [
    ("In Halden, Ines Varga told a regular news conference that the government shared the assessment.",
     "the government shared the assessment"),
    ("Anatol Mirnov told the Security Council that the convoy had turned back.", "the convoy had turned back"),
])
def test_a_longer_listener_before_that_is_not_the_words(registry, text, quote):
    assert one(text, registry)["quote"] == quote


@pytest.mark.parametrize("text,speaker", [
    ("Yelena Dravina spoke on Monday. On Friday she declined to comment on her earlier remarks.", "dravina"),
    ("Anatol Mirnov spoke on Monday. In a later interview he said the convoy had been turned back.", "mirnov"),
])
def test_a_pronoun_after_a_time_or_place_phrase_without_a_comma_speaks(registry, text, speaker):
    assert draft(text, registry).statements[-1]["speaker"] == speaker


@pytest.mark.parametrize("text,kinds", [
    ('The Varanian embassy said that the committee had been "fed fairy tales" and that Estmark had misled its '
     'allies.', ["dismissal", "claim"]),
    ("Anatol Mirnov said that the report was a provocation and that the border had been quiet all week.",
     ["dismissal", "claim"]),
    ("Anatol Mirnov said that the convoy had turned back and that the border had been quiet all week.",
     ["claim", "claim"]),
])
def test_two_that_clauses_are_two_statements(registry, text, kinds):
    # each reported clause says something of its own, as the seed-story annotators read "said that A and that B"
    assert [s["type"] for s in draft(text, registry).statements] == kinds


@pytest.mark.parametrize("text,speakers,kind", [
    ("Henrik Aaland said Corvasian soldiers were near the front, the clearest account yet of a deployment both "
     "Kordesk and Tashgard deny.", ["aaland", "varania_government", "corvasia_government"], "denial"),
    ("Daria Voss repeated the allegation, an accusation that Varania's foreign ministry has flatly rejected.",
     ["varania_mfa"], "denial"),
    ("The figure, which the Kordesk Palace disputes, came from Estmark's intelligence bureau.", ["varania_presidency"],
     "denial"),
])
def test_a_thing_named_then_who_rejects_it_is_their_denial(registry, text, speakers, kind):
    d = draft(text, registry)
    assert [s["speaker"] for s in d.statements] == speakers
    assert d.statements[-1]["type"] == kind and "," not in d.statements[0]["quote"][-25:]


# --- 6. reference --------------------------------------------------------------------------------------------------

def test_pronouns_resolve_by_gender(registry):
    d = draft("Spokeswoman Yelena Dravina met Palace spokesman Anatol Mirnov on Monday. She said the talks were useful. "
              "He said the border was calm.", registry)
    assert [s["speaker"] for s in d.statements] == ["dravina", "mirnov"]
    d = draft("Mr Mirnov and Ms Dravina spoke in turn. She said the talks were useful. He said the border was calm.",
              registry)
    assert [s["speaker"] for s in d.statements] == ["dravina", "mirnov"]


@pytest.mark.parametrize("text,speaker", [
    ("Yelena Dravina, the Varanian Foreign Ministry spokeswoman, spoke in Kordesk. The spokeswoman said the "
     "report was false.", "dravina"),
    ("Corvasia's defence ministry issued a statement on Monday. The ministry said its units were at home.",
     "corvasia_mod"),
])
def test_role_nouns_refer_back(registry, text, speaker):
    assert draft(text, registry).statements[-1]["speaker"] == speaker


@pytest.mark.parametrize("text,speaker", [
    ('Daria Voss said the assessment was sound. "There are clear signs of movement on the roads," she said.', "voss"),
    ('A senior Ardenne defence official said the estimate was credible. "We see columns moving east every night," '
     'the official said.', "ardenne_mod_senior_defence_official"),
])
def test_a_pronoun_after_a_quote_can_point_to_the_speaker_named_earlier_in_the_paragraph(registry, text, speaker):
    # the paragraph is read in order: the quote's "she" is resolved after the sentence before it named its speaker
    d = draft("Anatol Mirnov spoke earlier in the day.\n\n" + text, registry)
    assert [s["speaker"] for s in d.statements[-2:]] == [speaker, speaker]


# --- 7. dates of the speech act ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,when", [
    ("Anatol Mirnov said on Tuesday that the border was calm.", {"date": "2025-03-11"}),
    ("Anatol Mirnov said on Mar. 5 that the border was calm.", {"date": "2025-03-05"}),
    ("Anatol Mirnov said yesterday that the border was calm.", {"date": "2025-03-11"}),
    ("Last week Anatol Mirnov said the border was calm.", {"earliest": "2025-03-03", "latest": "2025-03-09"}),
    ("Anatol Mirnov said the units would be home by March 30.", {"latest": "2025-03-12"}),
])
def test_dates_resolve_against_publication_for_the_speech_act(registry, text, when):
    s = one(text, registry)
    assert {k: s[k] for k in ("date", "earliest", "latest") if k in s} == when


@pytest.mark.parametrize("text,quote,when", [
    ("Anatol Mirnov said Tuesday the border was calm.", "the border was calm", {"date": "2025-03-11"}),
    ("Anatol Mirnov told reporters Monday night that the column had turned back.", "the column had turned back",
     {"date": "2025-03-10"}),
    ("The column has turned back, Anatol Mirnov said Tuesday.", "The column has turned back", {"date": "2025-03-11"}),
    ("The column has turned back, Anatol Mirnov told lawmakers Monday, the first such account from the army.",
     "The column has turned back", {"date": "2025-03-10"}),
    ("The column has turned back, Anatol Mirnov told lawmakers on Monday, the first such account from the army.",
     "The column has turned back", {"date": "2025-03-10"}),
])
def test_a_bare_weekday_after_the_verb_is_the_date_not_the_words(registry, text, quote, when):
    s = one(text, registry)
    assert s["quote"] == quote
    assert {k: s[k] for k in ("date", "earliest", "latest") if k in s} == when


@pytest.mark.parametrize("text,speaker,quote", [
    ("The column has turned back, according to Rep. Ilse Marrow, who attended the hearing.", "ilse_marrow",
     "The column has turned back"),
    ("According to Gen. Petro Kalyn, the column has turned back.", "kalyn", "the column has turned back"),
])
def test_an_abbreviated_title_does_not_end_the_source(registry, text, speaker, quote):
    s = one(text, registry)
    assert (s["speaker"], s["quote"]) == (speaker, quote)


# --- more constructions met in wire copy ----------------------------------------------------------------------------

@pytest.mark.parametrize("text,speaker,quote", [
    ("The convoy has already crossed into Varania, said Belmark's military intelligence chief Petro Kalyn.",
     "kalyn", "The convoy has already crossed into Varania"),
    ("Kordesk claimed the soldiers were volunteers, however, these claims are not backed by any evidence, "
     "said Daria Voss.", "voss", "these claims are not backed by any evidence"),
])
def test_an_attribution_after_the_words(registry, text, speaker, quote):
    statements = draft(text, registry).statements
    assert (statements[-1]["speaker"], statements[-1]["quote"]) == (speaker, quote)


@pytest.mark.parametrize("text", [
    'Daria Voss asked: "Are there Corvasian soldiers in Varania or not?"',
    "Marta Ruzhyn said she had asked Kordesk whether the units would stay.",
])
def test_a_question_takes_no_stance(registry, text):
    assert draft(text, registry).statements == []


@pytest.mark.parametrize("text", [
    "Yelena Dravina declined to answer a question about the convoy.",
    "Anatol Mirnov avoided answering the question.",
])
def test_refusing_to_answer_is_a_no_comment(registry, text):
    assert one(text, registry)["type"] == "non_confirmation"


@pytest.mark.parametrize("text", [
    "Varania maintains a broad relationship with Corvasia, officials in Kordesk say.",
    "Yelena Dravina noted the date of the meeting in her diary.",
])
def test_ordinary_uses_of_reporting_verbs_are_no_statements(registry, text):
    assert all(s["cue"] not in ("maintains", "noted") for s in draft(text, registry).statements)


def test_a_quote_running_over_paragraphs_after_an_introduction(registry):
    text = ("Tashgard, March 5 (CCNA) -- Taver Oskun, vice-minister of foreign affairs, released the following "
            "statement on Wednesday:\n\n"
            "\u201cThe units were sent under the treaty of mutual assistance.\n\n"
            "\u201cThe Estmark authorities had better stop their smear campaign.\u201d")
    statements = draft(text, registry).statements
    assert [(s["speaker"], s["type"], s["direct"]) for s in statements] == [
        ("oskun", "claim", True), ("oskun", "call", True)]


@pytest.mark.parametrize("text", [
    "The Kordesk Palace spokesman said the reports were false.",
    "A spokesman for the Office of the President of Varania said the reports were false.",
])
def test_the_one_holder_of_a_role_in_a_known_organisation(registry, text):
    assert one(text, registry)["speaker"] == "mirnov"


@pytest.mark.parametrize("text,speaker,quote", [
    ("The convoy crossed at night, according to Petro Kalyn, Belmark's military intelligence chief.", "kalyn",
     "The convoy crossed at night"),
    ("Two brigades are already at the front, according to Daria Voss, the president of Belmark.", "voss",
     "Two brigades are already at the front"),
])
def test_according_to_a_name_and_its_description_after_the_words(registry, text, speaker, quote):
    assert (one(text, registry)["speaker"], one(text, registry)["quote"]) == (speaker, quote)


@pytest.mark.parametrize("text", [
    "Corvasian units have reached Drovny. This was stated by Petro Kalyn on Tuesday.",
    "Corvasian units have reached Drovny. That was confirmed by Petro Kalyn on Tuesday.",
])
def test_a_passive_attribution_of_the_sentence_before(registry, text):
    s = one(text, registry)
    assert (s["speaker"], s["quote"], s["date"]) == ("kalyn", "Corvasian units have reached Drovny", "2025-03-11")


@pytest.mark.parametrize("text,speaker", [
    ("Varania's foreign ministry released a statement on Monday saying that no foreign units were involved.",
     "varania_mfa"),
    ("Petro Kalyn issued a short statement saying that the convoy had crossed.", "kalyn"),
])
def test_a_statement_issued_saying(registry, text, speaker):
    assert one(text, registry)["speaker"] == speaker


@pytest.mark.parametrize("text", [
    "Anatol Mirnov left without comment the Belmark claims about the convoy.",
    "Yelena Dravina left the question without an answer.",
    "Anatol Mirnov said the ministry did not feel the need to confirm the figure.",
    "Yelena Dravina said Kordesk does not see any need to comment on the video.",
    "Anatol Mirnov admitted that they do not yet know whether the units will fight.",
    "Yelena Dravina said officials did not know if the convoy had crossed.",
    "Anatol Mirnov noted that such claims have yet to be verified.",
    "Yelena Dravina said the figures remained unconfirmed.",
    "Anatol Mirnov said the ministry saw no need to confirm the figure.",
    "Yelena Dravina said Kordesk sees no need to comment on the video.",
    "Anatol Mirnov said he had not seen the video.",
    "Yelena Dravina said she hadn't seen those satellite images yet.",
])
def test_more_ways_of_leaving_a_claim_open(registry, text):
    assert one(text, registry)["type"] == "non_confirmation"


@pytest.mark.parametrize("text", [
    '"That is how we should read these reports," Anatol Mirnov said.',
    '"Nobody knows what the alliance must do next," Yelena Dravina said.',
])
def test_a_modal_inside_a_question_word_clause_is_no_call(registry, text):
    assert one(text, registry)["type"] != "call"


@pytest.mark.parametrize("text", [
    "Anatol Mirnov acknowledged reports that Corvasian units had arrived.",
    "Yelena Dravina acknowledged the claims about the convoy.",
])
def test_acknowledging_reports_is_no_confirmation_of_them(registry, text):
    assert one(text, registry)["type"] == "non_confirmation"


@pytest.mark.parametrize("text", [
    "Estmark's spy agency published its findings on Monday. The report said 4,000 soldiers were in Varania.",
    "Corvasia's defence ministry issued a communique on Friday. The communique said no units had left.",
])
def test_a_document_speaks_for_its_issuer(registry, text):
    assert draft(text, registry).statements[-1]["speaker"] in ("estmark_rib", "corvasia_mod")


@pytest.mark.parametrize("text,speaker", [
    ("The UN is worried about the convoy, but does not have any information on its route.", "un"),
    ("Kordesk is aware of the footage but has declined to comment on it.", "varania_government"),
])
def test_the_subject_of_a_sentence_goes_on_after_but(registry, text, speaker):
    s = draft(text, registry).statements[-1]
    assert (s["speaker"], s["type"]) == (speaker, "non_confirmation")


@pytest.mark.parametrize("text", ["Yelena Dravina declined to comment.", "Anatol Mirnov refused to answer."])
def test_a_refusal_with_no_words_after_it(registry, text):
    s = one(text, registry)
    assert (s["type"], s["quote"]) == ("non_confirmation", text.split(" ", 2)[2].rstrip("."))


@pytest.mark.parametrize("text,polarity", [
    ("Ivo Starkov said the question was not whether Corvasian troops were in Varania, but how many.", "+"),
    ('"This was not a training exercise. It was a deployment," Henrik Aaland said.', "+"),
    ("Henrik Aaland said the columns were not heading home but moving towards the front.", "+"),
    ("Daria Voss said that, volunteers or not, the men crossing the border were soldiers.", "+"),
    ("Martin Ashby said he would be surprised if there were no Corvasian officers in Varania.", "+"),
    ("Ivo Starkov said Corvasian troops had not crossed the border.", "-"),
])
def test_negations_that_affirm(registry, text, polarity):
    # a contrast, a correction, a concession and an understatement assert; a plain negation denies
    assert factuality(one(text, registry))[-1] == polarity


def test_an_understatement_is_probable_not_certain(registry):
    s = one("Martin Ashby said he would be surprised if there were no Corvasian officers in Varania.", registry)
    assert factuality(s) == "PR+"


@pytest.mark.parametrize("text", [
    "Anatol Mirnov said Varania supplies no weapons to anyone and that its trade with Corvasia is lawful.",
    "Ivo Starkov insisted that Corvasia had sent not a single shell to Varania, and that all its exports were legal.",
])
def test_a_negated_part_of_the_proposition_denies_it_and_splits_the_clauses(registry, text):
    d = draft(text, registry)
    assert len(d.statements) == 2
    first = d.statements[0]
    assert first["about"] in ("corvasia_supplies_weapons", "corvasia_shells_supplied") and factuality(first)[-1] == "-"


@pytest.mark.parametrize("text,quote", [
    ('Aydin Keral said "not a single foreign serviceman" is in Varania.', '"not a single foreign serviceman" is in Varania'),
    ('Ivo Starkov said the "so-called volunteers" were soldiers on leave.', 'the "so-called volunteers" were soldiers on leave'),
])
def test_a_quoted_phrase_inside_an_indirect_clause_keeps_the_clause(registry, text, quote):
    assert one(text, registry)["quote"] == quote


@pytest.mark.parametrize("text,speaker", [
    ('Daria Voss has posted on her official channel: "The convoy has crossed the river and is heading east."', "voss"),
    ('Henrik Aaland, in his nightly address on Monday, had this to say: "They wanted this war fought by others."',
     "aaland"),
    ("Ardenne's Secretary of External Affairs, Martin Ashby, has weighed in on social media: \"Tashgard must stop "
     "arming Kordesk.\"", "ashby"),
])
def test_a_quote_after_a_colon_belongs_to_the_clause_s_subject_whatever_the_verb(registry, text, speaker):
    d = draft("Earlier paragraphs named Yelena Dravina.\n\n" + text, registry)
    assert [s["speaker"] for s in d.statements] == [speaker]


def test_a_colon_after_no_speaker_gives_no_statement(registry):
    assert draft('There was only one thing left to say: "We will win this war."', registry).statements == []


@pytest.mark.parametrize("text", [
    "Radio Halden, 14 March. Presenter: Lina Berg. Guest: Anatol Mirnov.\n\n"
    "LINA BERG: Welcome. Your neighbours say the convoy crossed the river. What changed?\n\n"
    "ANATOL MIRNOV: Nothing changed. The convoy never crossed the river.\n\n"
    "BERG: One of the drivers says on camera that he was paid by the army.\n\n"
    "MIRNOV: A man in front of a camera says what he is told.",
    "Evening News: the envoy on convoys\n\n"
    "Q-AND-A WITH ANATOL MIRNOV\n\n"
    "LINA BERG: Did the convoy cross the river?\n\n"
    "ANATOL MIRNOV: The convoy never crossed the river.\n\n"
    "LINA BERG: Are you sure? Henrik Aaland says it did.\n\n"
    "ANATOL MIRNOV: A man in front of a camera says what he is told.",
])
def test_an_interviewer_s_turns_hold_only_what_they_relay(registry, text):
    speakers = [s["speaker"] for s in draft(text, registry).statements]
    assert "lina_berg" not in speakers and "evening_news" not in speakers and "mirnov" in speakers


@pytest.mark.parametrize("text,speaker", [
    ("Varania's foreign ministry spokeswoman said the report was false.", "dravina"),
    ("Ardenne's Secretary of External Affairs told reporters the convoy had crossed.", "ashby"),
    ("The Secretary of External Affairs told reporters the convoy had crossed.", "ashby"),
])
def test_a_role_in_a_state_is_its_one_holder_in_any_of_its_organisations(registry, text, speaker):
    # the registry has the role in a ministry of the state, the text names only the state
    assert one(text, registry)["speaker"] == speaker


@pytest.mark.parametrize("text,speaker,name", [
    ("Tavoria's Minister for Trade Jon Elder said exports had stopped.", "jon_elder", "Jon Elder"),
    ("Belmark's Secretary of State Ann Roe said the talks had stalled.", "ann_roe", "Ann Roe"),
])
def test_an_office_named_with_of_or_for_is_no_person_but_the_name_after_it_is(registry, text, speaker, name):
    d = draft(text, registry)
    assert d.statements[0]["speaker"] == speaker and [a["name"] for a in d.actors] == [name]


@pytest.mark.parametrize("text,speaker", [
    ("Martin Ashby spoke first. Every one of those convoys, he added, had reached Varania in breach of the embargo.",
     "ashby"),
    ("The convoy, Anatol Mirnov said on Friday, had turned back at the river.", "mirnov"),
])
def test_an_attribution_between_commas_inside_the_words_owns_the_sentence(registry, text, speaker):
    s = draft(text, registry).statements[-1]
    assert s["speaker"] == speaker and s["quote"].endswith(("embargo", "river"))
    assert "mirnov" not in s["about"] and "said" not in s["about"]  # the aside is left out of the match


@pytest.mark.parametrize("text,speakers", [
    ("Varania and Belmark traded accusations over the flooding.", ["varania", "belmark"]),
    ("Kordesk and Tashgard have blamed each other for the flooding.", ["varania_government", "corvasia_government"]),
])
def test_two_sides_accusing_each_other_make_an_accusation_each(registry, text, speakers):
    d = draft(text, registry)
    assert [(s["speaker"], s["type"]) for s in d.statements] == [(x, "accusation") for x in speakers]


@pytest.mark.parametrize("text,speaker,quote", [
    ("Belmark's intelligence bureau gave a briefing. It showed what it said were serial plates stamped in Corvasia.",
     "belmark", "serial plates stamped in Corvasia"),
    ("The footage shows what Daria Voss says is a Corvasian drone.", "voss", "a Corvasian drone"),
])
def test_what_someone_said_was_is_their_claim(registry, text, speaker, quote):
    s = draft(text, registry).statements[-1]
    assert (s["speaker"], s["quote"]) == (speaker, quote)


@pytest.mark.parametrize("text,speaker", [
    ("Belmark's envoy spoke for an hour, accusing Kordesk of using water as a weapon.", "belmark_envoy"),
    ("Daria Voss took the floor, accusing Tashgard of arming Kordesk.", "voss"),
])
def test_a_participle_after_any_clause_goes_on_with_its_subject(registry, text, speaker):
    s = one(text, registry)
    assert (s["speaker"], s["type"]) == (speaker, "accusation")


@pytest.mark.parametrize("text", [
    'Anatol Mirnov told reporters he had "nothing to say" about the pilot.',
    "Yelena Dravina said the ministry had 'nothing further to add'.",
])
def test_a_quoted_nothing_to_say_is_a_no_comment(registry, text):
    assert one(text, registry)["type"] == "non_confirmation"


@pytest.mark.parametrize("text,speaker,organization", [
    ("Varania's envoy to the UN, Ivo Petrak, said the convoy turned back.", "ivo_petrak", "varania"),
    ("Ivo Petrak, Belmark's ambassador to Tavoria, said the convoy turned back.", "ivo_petrak", "belmark"),
    ("Radio Halden. Presenter: Lina Berg. Guest: Ivo Petrak, Ambassador of Corvasia to Estmark.\n\n"
     "LINA BERG: Are the troops there?\n\nIVO PETRAK: Not a single soldier of ours has ever set foot in Varania.",
     "ivo_petrak",
     "corvasia"),
])
def test_an_envoy_serves_the_state_that_sends_them_not_the_one_they_are_sent_to(registry, text, speaker, organization):
    d = draft(text, registry)
    assert d.statements[-1]["speaker"] == speaker
    (actor,) = [a for a in d.actors if a["id"] == speaker]
    assert actor["memberships"][0]["organization"] == organization


@pytest.mark.parametrize("text", [
    'Anatol Mirnov said Varania would take "all necessary measures" if the crew were not freed within two days.',
    "Martin Ashby said that if the deliveries continue there will be a cost for Tashgard.",
    "Yelena Dravina said Varania will not stand by while its ships are seized.",
])
def test_a_conditional_threat_is_a_warning_and_not_a_denial(registry, text):
    s = one(text, registry)
    assert s["type"] == "warning" and factuality(s)[-1] == "+"


@pytest.mark.parametrize("text", [
    "Henrik Aaland said the convoy crossed. The Halden Daily could not verify the claims independently.",
    "Henrik Aaland said the convoy crossed. Varpress could not independently confirm the figure.",
])
def test_an_outlet_s_own_caveat_is_no_statement(registry, text):
    assert [s["speaker"] for s in draft(text, registry).statements] == ["aaland"]


@pytest.mark.parametrize("answer", [
    "As the Secretary of External Affairs said on Monday, the units are being readied for combat.",
    "The Defence Secretary told parliament yesterday that the units are being readied for combat.",
])
def test_a_spokesperson_s_the_secretary_is_the_one_on_their_side(registry, answer):
    text = f"Department of External Affairs briefing\n\nMS VELL: {answer}"
    d = draft(text, registry)
    assert d.statements[0]["speaker"] in ("ashby", "dumont")


@pytest.mark.parametrize("text,polarity", [
    ("Yelena Dravina said there isn't a single Corvasian soldier in Varania.", "-"),
    ("Anatol Mirnov said the convoy doesn't exist.", "-"),
    ("Martin Ashby said that if Tashgard does not stop, it will face consequences from Ardenne.", "+"),
    ("Henrik Aaland said Corvasia would pay a price unless it did not send more troops.", "+"),
    # the negation quoted: its quote mark does not hide it
    ("Yelena Dravina said there was \"no Corvasian soldier, no Corvasian gun\" in Varania.", "-"),
    ("Anatol Mirnov said there had been “no Corvasian unit whatsoever” near the border.", "-"),
    # no doubt is certainty
    ("Petro Kalyn said there was \"no longer any serious doubt\" that Corvasian units were at the border.", "+"),
    ("Marta Ruzhyn said there is no doubt that Corvasian units are at the border.", "+"),
])
def test_contractions_negate_and_a_condition_s_negation_is_not_the_clause_s(registry, text, polarity):
    assert factuality(one(text, registry))[-1] == polarity


@pytest.mark.parametrize("text", [
    "Anatol Mirnov insisted that Corvasia is neutral in the war between Varania and Belmark.",
    "Yelena Dravina said Corvasia remained strictly non-belligerent in the war against Belmark.",
])
def test_neutral_denies_involvement(registry, text):
    s = one(text, registry)
    assert s["about"] == "corvasia_military_involvement" and factuality(s)[-1] == "-"


@pytest.mark.parametrize("text,speaker", [
    ("The flooding has brought death and displacement, the UN humanitarian chief told the Council.\n\n"
     "Briefing the Council, Rosa Ibarra, Under-Secretary-General for Humanitarian Affairs, said that at least 63 "
     "people had been killed.", "rosa_ibarra"),
    ("The convoy was hit twice, Estmark's naval commander told reporters.\n\n"
     "Jon Tarr, commander of Estmark's naval forces, said the convoy had been escorted.", "jon_tarr"),
])
def test_an_unnamed_official_named_later_is_that_person(registry, text, speaker):
    assert [s["speaker"] for s in draft(text, registry).statements] == [speaker, speaker]


@pytest.mark.parametrize("text,quote", [
    ("Martin Ashby said that at least 40 soldiers had been killed.", "at least 40 soldiers had been killed"),
    ("Yelena Dravina told reporters that at most two convoys had crossed.", "at most two convoys had crossed"),
])
def test_at_least_opens_words_not_a_circumstance(registry, text, quote):
    assert one(text, registry)["quote"] == quote


def test_an_outlet_named_by_its_title_word_gives_no_caveat_statement(registry):
    text = ("Petro Kalyn said two fighters had carried passports. The Courier was shown photographs of the "
            "documents but could not verify them independently.")
    assert [s["speaker"] for s in draft(text, registry).statements] == ["kalyn"]


@pytest.mark.parametrize("header,day", [
    ("Department Press Briefing, March 19, 2025", "2025-03-19"),
    ("Regular press conference of 18 March 2025", "2025-03-18"),
])
def test_a_briefing_s_answers_are_dated_to_the_session_it_records(registry, header, day):
    text = f"{header}\n\nQUESTION: Can you confirm the reports?\n\nMS VELL: We call on Tashgard to withdraw its forces."
    (s,) = draft(text, registry, dt.date(2025, 3, 20)).statements
    assert s["date"] == day and "latest" not in s


@pytest.mark.parametrize("heading,day", [("Tuesday 11 March", "2025-03-11"), ("March 10, 2025", "2025-03-10")])
def test_a_live_blog_entry_is_dated_to_the_day_it_is_filed_under(registry, heading, day):
    text = (f"Live: the border crisis\n\n{heading}\n\n09:30\nDaria Voss has posted on her channel that the convoy "
            "turned back at the river.\n\n10:15\nAnatol Mirnov has told reporters that the crossing is open.")
    assert [s["date"] for s in draft(text, registry).statements] == [day, day]


@pytest.mark.parametrize("text", [
    "Martin Ashby said Ardenne welcomed the ceasefire proposal and supported it fully.",
    "Daria Voss said Belmark backs an independent inquiry into the strike.",
])
def test_backing_a_proposal_is_calling_for_it(registry, text):
    s = one(text, registry)
    assert s["type"] == "call"


@pytest.mark.parametrize("text,quote", [
    ("Daria Voss said overnight that Corvasian units were moving towards the border.",
     "Corvasian units were moving towards the border"),
    ("Anatol Mirnov said later that the crossing would stay open.", "the crossing would stay open"),
])
def test_a_time_word_between_the_verb_and_that_is_not_the_words(registry, text, quote):
    assert one(text, registry)["quote"] == quote


@pytest.mark.parametrize("text,quotes", [
    ("Taver Oskun said that relations with Kordesk were reaching a new stage and that no force on earth could "
     "dictate their course.", ["relations with Kordesk were reaching a new stage",
                               "no force on earth could dictate their course"]),
    ("Taver Oskun said that Corvasia sends no soldiers abroad and that its treaty with Varania is lawful.",
     ["Corvasia sends no soldiers abroad", "its treaty with Varania is lawful"]),
])
def test_a_denial_then_an_account_is_two_statements_and_so_is_a_flourish(registry, text, quotes):
    assert [s["quote"] for s in draft(text, registry).statements] == quotes


@pytest.mark.parametrize("text", [
    "Anatol Mirnov said only Varanian soldiers were fighting Belmark's forces at the front.",
    "Yelena Dravina said the front line near Drovny was held against Belmark's forces by Varanian units alone.",
])
def test_our_own_forces_alone_denies_that_anothers_did_it(registry, text):
    s = one(text, registry)
    assert s["about"] == "corvasia_troops_at_front" and factuality(s)[-1] == "-"


@pytest.mark.parametrize("text", [
    "Foreign Minister Arkanov said the cooperation with Corvasia broke no law.",
    "Varania's foreign ministry said its military partnership with Corvasia threatened no third country.",
])
def test_words_saying_one_half_of_a_two_part_proposition_are_about_it_and_keep_their_polarity(text, registry):
    # "cooperation … is lawful and threatens no third country": either half is that proposition, asserted
    s = one(text, registry)
    assert (s["about"], factuality(s)) == ("cooperation_lawful", "CT+")


@pytest.mark.parametrize("text", [
    "Tashgard's foreign ministry said the so-called report about the dispatch of Corvasian soldiers to Varania was "
    "a crude fabrication.",
    "Corvasia's foreign ministry dismissed reports of Corvasian troops in Varania as disinformation.",
])
def test_a_dismissal_is_about_the_claim_it_dismisses_not_about_disinformation(text, registry):
    # the label says how the claim is received; "reports … are disinformation" is a proposition of its own
    s = one(text, registry)
    assert s["about"] == "corvasia_troops_in_varania" and factuality(s)[-1] == "-"


@pytest.mark.parametrize("reaction", [
    "Foreign Ministry spokeswoman Yelena Dravina called the footage a crude fake.",
    "Palace spokesman Anatol Mirnov dismissed the video as staged.",
])
def test_the_video_named_by_its_kind_is_about_what_the_sentence_introducing_it_said(reaction, registry):
    # the latest claim before the reaction is about combat; the video it rejects showed training
    text = ("Belmark's intelligence agency released a video on Tuesday that it says shows Corvasian soldiers "
            "training at a military site in Varania.\n\n"
            "Agency chief Petro Kalyn said Corvasian units would be sent into combat against Belmark within days.\n\n"
            + reaction)
    last = draft(text, registry).statements[-1]
    assert last["about"] == "corvasia_troops_training_varania" and factuality(last)[-1] == "-"


@pytest.mark.parametrize("reaction", [
    "Palace spokesman Anatol Mirnov said he had nothing to add to the Foreign Ministry's comments.",
    "Asked about Dravina's remarks, Palace spokesman Anatol Mirnov declined to comment.",
    "Palace spokesman Anatol Mirnov declined to comment, referring questions to the Foreign Ministry.",
    "Asked about the Foreign Ministry's statement, Palace spokesman Anatol Mirnov said he had no information.",
])
def test_deferring_to_or_answering_someones_words_is_about_what_they_said(reaction, registry):
    # the claim raised just before the reaction is about combat; the ministry's spokeswoman spoke of presence
    text = ("Foreign Ministry spokeswoman Yelena Dravina said reports that Corvasian troops were in Varania were "
            "fabrications.\n\n"
            "Belmark's intelligence chief Petro Kalyn said Corvasian units would be sent into combat against Belmark "
            "within days.\n\n" + reaction)
    last = draft(text, registry).statements[-1]
    assert last["speaker"] == "mirnov" and last["about"] == "corvasia_troops_in_varania"


@pytest.mark.parametrize("text", [
    "The Ostrov bridge collapsed on Monday after a night of shelling.\n\n"
    "Varania and Belmark traded accusations over the collapse on Tuesday.",
    "Kordesk and Selvana blame each other for the collapse of the Ostrov bridge, which Belmark says Varanian "
    "artillery brought down.",
])
def test_two_sides_blaming_each_other_each_say_the_other_did_the_same_deed(text, registry):
    # each accusation is about the other side's strike, whichever of the two the article names
    from .test_match import _registry

    actors, _ = registry
    props = _registry(varania_hit_bridge="Varania's forces struck the Ostrov bridge.",
                      belmark_hit_bridge="Belmark's forces struck the Ostrov bridge.",
                      varania_arms="Corvasia supplies weapons to Varania.")
    about = {s["speaker"].split("_")[0]: s["about"] for s in extract(text, WEDNESDAY, actors, props).statements
             if s["type"] == "accusation"}  # the states or their governments
    assert about == {"varania": "belmark_hit_bridge", "belmark": "varania_hit_bridge"}


@pytest.mark.parametrize("text,claimant,claim,responder,about", [
    ("Commenting on claims by Belmark that Corvasian soldiers had reached Varania, Yelena Dravina said the West was "
     "spreading fabrications.", "belmark", "Corvasian soldiers had reached Varania", "dravina",
     "corvasia_troops_in_varania"),
    ("Responding to Estmark's assertion that Corvasia had sent 3,000 troops, Yelena Dravina dismissed the figure.",
     "estmark", "Corvasia had sent 3,000 troops", "dravina", "corvasia_thousands_of_troops"),
])
def test_a_claim_named_in_an_opening_phrase_ends_where_the_answer_begins(registry, text, claimant, claim, responder,
                                                                         about):
    first, second = draft(text, registry).statements
    assert (first["type"], first["speaker"], first["quote"]) == ("claim", claimant, claim)
    assert (second["type"], second["speaker"]) == ("dismissal", responder)
    assert first["about"] == second["about"] == about


@pytest.mark.parametrize("text,speaker,about", [
    ("Anatol Mirnov, asked by journalists about photographs said to show Corvasian soldiers in Varania, did not deny "
     "the reports.", "mirnov", "corvasia_troops_in_varania"),
    ("Questioned about artillery shells shipped from Corvasia, Yelena Dravina declined to comment.", "dravina",
     "corvasia_shells_supplied"),
])
def test_what_a_speaker_was_asked_about_is_what_the_answer_is_about(registry, text, speaker, about):
    s = one(text, registry)
    assert (s["speaker"], s["about"]) == (speaker, about)


@pytest.mark.parametrize("text", [
    "Anatol Mirnov said satellite images said to show Corvasian soldiers in Varania were fakes.",
    "A Corvasian unit reported to be near the border has been pulled back, Anatol Mirnov said.",
])
def test_hearsay_said_to_show_or_reported_to_be_is_no_speech_act(registry, text):
    assert [s["speaker"] for s in draft(text, registry).statements] == ["mirnov"]


@pytest.mark.parametrize("text", [
    "Anatol Mirnov said to reporters that the column had turned back.",
    "Anatol Mirnov said to the newspaper on Monday that the column had turned back.",
])
def test_said_to_a_listener_is_not_part_of_the_words(registry, text):
    assert one(text, registry)["quote"] == "the column had turned back"


@pytest.mark.parametrize("header,label", [
    ("Deputy Spokesperson Nadia Vell Holds a Press Briefing", "MS. VELL"),
    ("Press briefing, March 11", "DEPUTY SPOKESPERSON NADIA VELL"),
])
def test_a_transcript_turn_with_an_abbreviated_or_long_title_label_is_the_speakers(registry, header, label):
    text = (f"{header}\n\nQUESTION: Are the units in Varania?\n\n{label}: I'd say it's likely that the units are "
            "moving towards Varania. But I don't have more details to share on that just yet.\n\n"
            "QUESTION: Sanctions?\n\nMS. VELL: I won't get ahead of any decisions. Nothing I can share right now.")
    d = draft(text, registry)
    assert [(s["speaker"], s["type"]) for s in d.statements] == [
        ("nadia_vell", "claim"), ("nadia_vell", "non_confirmation"), ("nadia_vell", "non_confirmation"),
        ("nadia_vell", "non_confirmation")]


@pytest.mark.parametrize("answer", [
    "Good afternoon. I'll start with an update on the border. With that, I'll take your questions.",
    "Thank you all for coming. We're watching the situation very closely. I will take a few questions.",
    # announcing plain words says nothing yet
    "Let me be plain about the border. I will take a few questions.",
    "Let me be very clear. Thank you.",
])
def test_running_a_briefing_takes_no_stance(registry, answer):
    text = f"Department of External Affairs briefing\n\nMS VELL: {answer}"
    assert draft(text, registry).statements == []


@pytest.mark.parametrize("text", [
    "Martin Ashby said Ardenne had not seen them in combat at this point.",
    "Yelena Dravina said the ministry had seen no evidence that the convoy had crossed.",
])
def test_having_seen_nothing_is_no_denial(registry, text):
    assert one(text, registry)["type"] == "non_confirmation"


@pytest.mark.parametrize("text,speaker", [
    ("South Korean officials said on Monday that North Korean troops were in Russia.", "south_korea"),
    ("A senior North Korean diplomat said the reports were false.", "north_korea_senior_diplomat"),
])
def test_a_demonym_of_two_words_is_a_state_not_a_name(seed, text, speaker):
    assert one(text, seed, dt.date(2024, 10, 23))["speaker"] == speaker


@pytest.mark.parametrize("text,dates", [
    ("As late as March 3 Anatol Mirnov could not confirm the crossing; on March 10 he said the column had crossed.",
     ["2025-03-03", "2025-03-10"]),
    ("On Monday Daria Voss denied the reports; on Tuesday she said the convoy had turned back.",
     ["2025-03-10", "2025-03-11"]),
])
def test_each_clause_of_a_sentence_keeps_its_own_date(registry, text, dates):
    assert [s["date"] for s in draft(text, registry).statements] == dates


@pytest.mark.parametrize("text,speaker", [
    ("Belmark's intelligence agency told lawmakers that Varania paid the fighters. In return, Varania is likely to "
     "give Corvasia fuel, it said.", "belmark_bdi"),
    ("Anatol Mirnov said Daria Voss had misled the council. Voss's figures were invented, he added.", "mirnov"),
])
def test_a_pronoun_after_the_words_is_the_previous_speaker_not_a_name_in_them(registry, text, speaker):
    assert [s["speaker"] for s in draft(text, registry).statements] == [speaker, speaker]


@pytest.mark.parametrize("text,quote,direct", [
    ("Belmark's intelligence agency told lawmakers on Tuesday that the column had crossed, according to Ilse Marrow.",
     "the column had crossed", False),
    ('"Belmark\'s intelligence agency told us that the column had crossed," Ilse Marrow said.',
     "the column had crossed", False),
])
def test_who_said_it_first_speaks_through_the_source_that_relays_it(registry, text, quote, direct):
    s = one(text, registry)
    assert (s["speaker"], s["quote"], s["direct"], s.get("via")) == ("belmark_bdi", quote, direct, ["ilse_marrow"])


@pytest.mark.parametrize("text,issuer", [
    ("Amrel, March 11 (VNA) -- The Supreme Security Council of Varania issued a written statement on Tuesday on the "
     "border operation.\n\nThe statement said that the column had crossed. It said that the operation had ended.",
     "supreme_security_council_of_varania"),
    ("The Varanian Foreign Ministry released a statement on Monday about the convoy. Anatol Mirnov was quoted by "
     "Corvasian media.\n\nThe statement said that the convoy had turned back. It said that the border was calm.",
     "varania_mfa"),
])
def test_the_statement_a_sentence_says_was_issued_speaks_for_its_issuer(registry, text, issuer):
    assert [s["speaker"] for s in draft(text, registry).statements] == [issuer, issuer]


@pytest.mark.parametrize("text", [
    "Respected Comrade Anatol Mirnov said that the column had crossed.",
    "Dear Comrade Anatol Mirnov noted that the column had crossed.",
])
def test_comrade_is_a_title(registry, text):
    assert one(text, registry)["speaker"] == "mirnov"


@pytest.mark.parametrize("text", [
    "Anatol Mirnov said Varania would never forget the courage of the Corvasian fighters.",
    "Daria Voss said she did not doubt that Corvasian troops were in Varania.",
    "Yelena Dravina said Varania had not forgotten what Corvasia had done.",
])
def test_a_negated_negative_verb_affirms(registry, text):
    assert factuality(one(text, registry))[-1] == "+"


@pytest.mark.parametrize("turns", [
    "QUESTION: Is Corvasia still shipping shells to Varania?\n\nMS VELL: Corvasia has shipped artillery shells to "
    "Varania.\n\nQUESTION: Will the crossing at Halden reopen? And when?\n\nMS VELL: I won't get ahead of any "
    "decisions.",
    "QUESTION: Are Corvasian troops in Varania?\n\nMS VELL: We believe Corvasian troops are in Varania.\n\n"
    "QUESTION: When will the embassy in Halden reopen?\n\nMS VELL: I have nothing to share on that.",
])
def test_a_refusal_answers_the_question_just_asked_even_one_no_proposition_covers(registry, turns):
    first, second = draft(f"Department of External Affairs briefing\n\n{turns}", registry).statements
    assert first["about"] in ("corvasia_shells_supplied", "corvasia_troops_in_varania")
    assert second["type"] == "non_confirmation" and second["about"].startswith("draft_")


def test_a_refusal_after_a_question_relaying_a_claim_is_about_the_claim(registry):
    text = ("Department of External Affairs briefing\n\nQUESTION: Estmark says thousands of Corvasian soldiers are in "
            "Varania. Can you confirm this?\n\nMS VELL: I have nothing to share on that.")
    assert [s["about"] for s in draft(text, registry).statements][-1] == "corvasia_thousands_of_troops"


@pytest.mark.parametrize("text,speaker", [
    ("At the summit on March 10 Daria Voss, asked about the photographs, said that the column had crossed.", "voss"),
    ("In Halden on Tuesday Anatol Mirnov, questioned by reporters, said that the column had crossed.", "mirnov"),
    ("At the summit on Monday Yelena Dravina, asked about the photographs, said that the column had crossed.", "dravina"),
])
def test_an_opening_phrase_that_ends_in_the_speaker_keeps_the_speaker(registry, text, speaker):
    assert one(text, registry)["speaker"] == speaker


@pytest.mark.parametrize("turns", [
    "Varpress: Does Tavoria believe the convoy has crossed?\n\nArdal Venn: I'd refer you to the competent authorities.",
    "Halden Daily: Is the column in Varania, in your view?\n\nArdal Venn: I refer all questions to the defence ministry.",
])
def test_a_question_asserts_nothing_and_referring_it_elsewhere_is_a_refusal(registry, turns):
    text = f"Foreign Ministry Spokesperson Ardal Venn's Regular Press Conference\n\n{turns}"
    assert [(s["speaker"], s["type"]) for s in draft(text, registry).statements] == [("ardal_venn", "non_confirmation")]


@pytest.mark.parametrize("answer", [
    "How Varania and Corvasia develop their relations is their own business, and I have no information to offer.",
    "Varania and Corvasia are sovereign states entitled to build relations as they see fit; and we have nothing to "
    "add on the convoy.",
])
def test_a_claim_before_the_answer_s_refusal_is_a_statement_of_its_own(registry, answer):
    text = f"Foreign Ministry Spokesperson Ardal Venn's Regular Press Conference\n\nArdal Venn: {answer}"
    statements = draft(text, registry).statements
    assert [s["type"] for s in statements] == ["claim", "non_confirmation"]
    assert statements[0]["about"] == "sovereign_right_bilateral_ties"


@pytest.mark.parametrize("text", [
    'Stepan Kolm told reporters he had "nothing to say" about the convoy and referred all questions to the army.',
    "Yelena Dravina declined to comment on the convoy and referred reporters to the defence ministry.",
])
def test_two_refusals_joined_by_and_are_one(registry, text):
    assert [s["type"] for s in draft(text, registry).statements] == ["non_confirmation"]


@pytest.mark.parametrize("text,speaker,role,organization", [
    ("Russia's Foreign Minister Sergei Lavrov said the convoy had crossed.", "sergei_lavrov", "Foreign Minister", "russia"),
    ("Japan's Chief Cabinet Secretary Yoshimasa Hayashi said the convoy had crossed.", "yoshimasa_hayashi", None, None),
    ("South Korean President Yoon Suk Yeol said the convoy had crossed.", "yoon_suk_yeol", "President", "south_korea"),
])
def test_a_states_title_before_a_new_name_is_that_states_officeholder(seed, text, speaker, role, organization):
    d = draft(text, seed, dt.date(2024, 10, 23))
    (actor,) = d.actors
    membership = (actor.get("memberships") or [{}])[0]
    assert (d.statements[0]["speaker"], membership.get("role"), membership.get("organization")) == \
        (speaker, role, organization)
    assert actor["name"] == " ".join(w.title() for w in speaker.split("_"))  # the name, no title or owner


@pytest.mark.parametrize("text,speaker", [
    ("US Secretary of State Antony Blinken said the convoy had crossed.", "antony_blinken"),
    ("The US Secretary of the Treasury Janet Yellen said the convoy had crossed.", "janet_yellen"),
    ("The French Minister of the Armed Forces Sebastien Lecornu said the convoy had crossed.", "sebastien_lecornu"),
    ("Seoul's spy agency said the convoy had crossed.", "nis"),
    ("Kyiv's military intelligence agency said the convoy had crossed.", "hur"),
])
def test_an_office_or_a_capital_before_the_speaker_is_read_for_what_it_is(seed, text, speaker):
    assert one(text, seed, dt.date(2024, 10, 23))["speaker"] == speaker


@pytest.mark.parametrize("text,speaker", [
    ("Anatol Mirnov's deputy, Ilse Marrow, said the convoy had crossed.", "ilse_marrow"),
    ("Kim Jong Un's powerful sister, Kim Yo Jong, said the convoy had crossed.", "kim_yo_jong"),
    ("The Institute for the Study of War said the convoy had crossed.", "institute_for_the_study_of_war"),
    ("The National Security Council of Belmark said the column had crossed.", "national_security_council_of_belmark"),
])
def test_an_owner_is_not_the_speaker_and_an_institute_is_a_body(registry, text, speaker):
    assert one(text, registry)["speaker"] == speaker


@pytest.mark.parametrize("text,speaker", [
    ("Yelena Dravina pledged that Varania would stand by Corvasia until victory.", "dravina"),
    ("Anatol Mirnov vowed that the column would hold the bridge.", "mirnov"),
])
def test_a_pledge_or_a_vow_with_a_clause_is_a_claim(registry, text, speaker):
    s = one(text, registry)
    assert (s["speaker"], s["type"]) == (speaker, "claim")


@pytest.mark.parametrize("text,speaker", [
    ("The US said North Korean troops were in Russia.", "united_states"),
    ("The DPRK said the reports were fake.", "north_korea"),
])
def test_a_states_short_name_speaks_for_it(seed, text, speaker):
    assert one(text, seed, dt.date(2024, 10, 23))["speaker"] == speaker


@pytest.mark.parametrize("text", [
    "Varanian officials have not denied the reports.",
    "Corvasia has never officially confirmed the deployment.",
    "The ministry has not yet acknowledged the crossing.",
])
def test_the_outlet_noting_what_has_not_been_said_is_no_statement(registry, text):
    assert draft(text, registry).statements == []


@pytest.mark.parametrize("text", [
    "The Kremlin has neither confirmed nor denied the presence of Corvasian troops.",
    "Yelena Dravina would neither confirm nor deny the reports.",
])
def test_neither_confirming_nor_denying_is_a_refusal(registry, text):
    s = one(text, registry)
    assert s["type"] == "non_confirmation" and s["quote"].startswith(("neither", "would"))


@pytest.mark.parametrize("text,speaker", [
    ("Japanese officials told reporters the NIS estimate was consistent with what Tokyo had seen.", "officials"),
    ("A Foreign Ministry spokesman said on Monday the Pentagon claims were baseless.", "foreign_ministry_spokesman"),
])
def test_a_cue_word_with_a_verb_of_its_own_is_a_noun_not_a_speech_act(text, speaker, seed):
    # "the NIS estimate was …" is what the officials say of the NIS's estimate, not the NIS estimating
    assert [s["speaker"] for s in draft(text, seed).statements] == [speaker]


@pytest.mark.parametrize("text,second", [
    ("The UN's political chief told the Council the organisation could not verify reports that North Korean troops "
     "had been sent to Russia, but any such deployment would risk a dangerous widening of the war.",
     "any such deployment would risk a dangerous widening of the war"),
    ("NATO said it was unable to confirm that North Korean soldiers were fighting in Ukraine, but their presence in "
     "Russia would be a significant escalation.", "their presence in Russia would be a significant escalation"),
])
def test_a_refusal_then_but_and_a_clause_of_its_own_is_two_statements(text, second, seed):
    # "could not verify reports that A, but B would C": no stance on A, and a claim (or warning) B
    first, then = draft(text, seed).statements
    assert first["type"] == "non_confirmation" and then["type"] != "non_confirmation"
    assert then["quote"] == second and then["about"] == "nk_troops_escalate_war"


@pytest.mark.parametrize("text,state", [
    ("Officials in Seoul said on Monday that North Korean troops were in Russia.", "south_korea"),
    ("The authorities in Kyiv said on Tuesday that North Korean soldiers were fighting in Kursk.", "ukraine"),
])
def test_a_states_unnamed_officials_speak_for_it(text, state, seed):
    # "officials in Seoul" speak for South Korea, as "South Korean officials" do (diplomats in a capital do not)
    assert [s["speaker"] for s in draft(text, seed).statements] == [state]


@pytest.mark.parametrize("text,quotes", [
    ("Ukraine's special forces said on January 31 that North Korean troops had probably been pulled out.[3] "
     "The Kremlin declined to comment on the reports.[4]",
     ["North Korean troops had probably been pulled out", "declined to comment on the reports"]),
    ("The NIS said on February 4 that North Korean soldiers had not fought since mid-January.[12] Kyiv said on "
     "February 7 that North Korean forces were back in Kursk.[13]",
     ["North Korean soldiers had not fought since mid-January", "North Korean forces were back in Kursk"]),
])
def test_a_note_marker_ends_a_sentence_and_is_no_part_of_the_words(text, quotes, seed):
    # assessments in the style of think tanks number their sources: ".[3] The …" is a sentence boundary
    assert [s["quote"] for s in draft(text, seed).statements] == quotes


@pytest.mark.parametrize("text,actor,state", [
    ("A spokesperson for the U.S. State Department said on Monday that North Korean troops were in Russia.",
     "united_states_spokesperson", "united_states"),
    ("A spokeswoman for the South Korean Defence Ministry said on Monday that North Korean troops were in Russia.",
     "south_korea_spokeswoman", "south_korea"),
])
def test_a_spokesperson_for_a_ministry_is_a_person_of_its_state(text, actor, state, seed):
    d = draft(text, seed)
    (entry,) = [a for a in d.actors if a["id"] == actor]
    assert entry["type"] == "person" and entry["memberships"][0]["organization"] == state


@pytest.mark.parametrize("text,ministry", [
    ("A spokeswoman for the Russian Foreign Ministry said on Monday that North Korean troops were not in Russia.",
     "russia_mfa"),
    ("North Korean soldiers were not in Russia, a Russian foreign ministry spokeswoman told reporters.", "russia_mfa"),
])
def test_a_ministry_s_spokesperson_is_not_another_organisation_s_of_the_same_state(text, ministry, seed):
    # the registry's one Russian spokesman is the Kremlin's: the ministry's own is a new person of the ministry
    d = draft(text, seed)
    (statement,) = d.statements
    (entry,) = [a for a in d.actors if a["id"] == statement["speaker"]]
    assert entry["type"] == "person" and entry["memberships"][0]["organization"] == ministry
    assert draft("A spokesman for the Kremlin said the reports were fake news.", seed).statements[0]["speaker"] == \
        "peskov"


@pytest.mark.parametrize("text,speaker", [
    ("On Monday Andriy Kovalenko, who heads the counter-disinformation centre of Ukraine's security council, wrote on "
     "Telegram that the first North Korean units had been hit in Kursk.", "andriy_kovalenko"),
    ("In late April Pyongyang, which had called reports of its troops in Russia groundless, confirmed that its "
     "soldiers had fought in "
     "Kursk.", "north_korean_government"),
    ("The foreign ministers of the G7, joined by South Korea, Australia and New Zealand, said in a joint statement "
     "that North Korea had sent thousands of soldiers to Russia.", "foreign_ministers"),
    ("NATO, along with Japan and South Korea, said on Friday that North Korean troops were in Russia.", "nato"),
])
def test_a_clause_describing_the_subject_is_no_speaker(text, speaker, seed):
    # "X, who heads …, wrote", "X, joined by A, B and C, said": the speaker is X, not a name inside the description
    assert draft(text, seed).statements[-1]["speaker"] == speaker


def test_a_relative_clause_inside_the_words_before_an_inverted_attribution_is_kept(seed):
    text = ("The strike was a premeditated crime of the Kyiv regime, which has been shelling the plant for weeks, "
            "Russian Foreign Ministry spokeswoman Maria Zakharova declared on Saturday.")
    (statement,) = draft(text, seed).statements
    assert statement["speaker"] == "maria_zakharova" and statement["quote"].startswith("The strike was")


@pytest.mark.parametrize("text,speaker,quote", [
    ('"Every package chips away at the machine Russia uses to wage this war," Kaja Kallas, the EU\'s foreign policy '
     'chief, said on Monday.', "kaja_kallas", "Every package chips away at the machine Russia uses to wage this war"),
    ('"We have seen the troops and they are fighting," Andriy Kovalenko, a Ukrainian security official, told '
     'reporters.', "andriy_kovalenko", "We have seen the troops and they are fighting"),
])
def test_a_quote_then_a_name_and_who_they_are_then_the_verb(text, speaker, quote, seed):
    (statement,) = draft(text, seed).statements
    assert (statement["speaker"], statement["quote"]) == (speaker, quote)


@pytest.mark.parametrize("text,speakers", [
    ("Ukrainian, U.S. and South Korean officials estimate that North Korea has sent about 11,000 troops.",
     ["ukraine", "united_states", "south_korea"]),
    ("American and South Korean officials said on Monday that North Korean troops were in Russia.",
     ["united_states", "south_korea"]),
    ("Two Russian officials said on Monday that the reports were false.", ["russia"]),
])
def test_unnamed_officials_speak_for_their_state_each(text, speakers, seed):
    # as the annotators of real-story coverage read them: "South Korean officials" is South Korea speaking
    # without a name; officials of several states are one statement each
    assert [s["speaker"] for s in draft(text, seed).statements] == speakers


@pytest.mark.parametrize("text,kind,quote", [
    ("Yoon asked Beijing to play a constructive role in dealing with North Korea's military cooperation with Russia, "
     "according to his office.", "call",
     "Beijing to play a constructive role in dealing with North Korea's military cooperation with Russia"),
    ("South Korea's foreign minister asked China to use its influence to stop the deployment.", "call",
     "China to use its influence to stop the deployment"),
    ("Biden described North Korea's ties with Russia as reckless and a threat to stability.", "claim",
     "North Korea's ties with Russia as reckless and a threat to stability"),
    ("Zelensky on Monday described the deployment as a major escalation.", "claim",
     "the deployment as a major escalation"),
])
def test_a_request_of_someone_and_a_description_are_statements(text, kind, quote, seed):
    (statement,) = draft(text, seed).statements
    assert (statement["type"], statement["quote"]) == (kind, quote)


@pytest.mark.parametrize("text", [
    "North Korea's state media has said nothing about troops in Russia since the reports first emerged.",
    "Pyongyang said nothing for six months.",
    "The Kremlin said little about the deployment.",
])
def test_saying_nothing_is_a_silence_the_outlet_notes_not_a_statement(text, seed):
    assert draft(text, seed).statements == []


@pytest.mark.parametrize("text,expected", [
    ("In late April Russia declared that it had recaptured the whole region, although Kyiv said at the time that "
     "its troops were still fighting there.",
     [("russia", "it had recaptured the whole region"), ("ukraine", "its troops were still fighting there")]),
    ("The NIS said on Monday that 3,000 more soldiers had arrived, while Moscow insisted that no foreign troops "
     "were in Russia.", [("nis", "3,000 more soldiers had arrived"),
                         ("russian_government", "no foreign troops were in Russia")]),
])
def test_another_speakers_attribution_after_a_comma_ends_the_words(text, expected, seed):
    assert [(s["speaker"], s["quote"]) for s in draft(text, seed).statements] == expected


@pytest.mark.parametrize("text,speakers,via", [
    ("The Gotham Chronicle reported on January 30, citing unnamed US and Ukrainian officials, that North Korean "
     "forces had been pulled back from the front line.", ["united_states", "ukraine"], "gotham_chronicle"),
    ("The Lombard Times reported, citing South Korean intelligence, that 3,000 more soldiers had arrived.",
     ["nis"], "lombard_times"),
])
def test_a_report_citing_its_sources_is_their_statement_relayed(text, speakers, via, seed):
    statements = draft(text, seed).statements
    assert [s["speaker"] for s in statements] == speakers and all(s["via"] == [via] for s in statements)


@pytest.mark.parametrize("text,speaker", [
    ("The State Department said Pyongyang's deployment to Russia must end.", "state_department"),
    ("The Defense Department said North Korean troops were in Russia.", "defense_department"),
])
def test_a_department_named_in_capitals_speaks_for_itself(seed, text, speaker):
    """"The State Department" is an organisation the draft proposes; "the ministry" points back to one named before."""
    assert one(text, seed)["speaker"] == speaker


@pytest.mark.parametrize("text", [
    "Dmitry Peskov brushed off questions about the troops, referring them to the Defence Ministry.",
    "Anatol Mirnov waved the question away, referring it to the General Staff.",
])
def test_whom_questions_are_referred_to_is_not_a_speaker(seed, text):
    assert all(s["speaker"] not in ("defence_ministry", "general_staff") for s in draft(text, seed).statements)


@pytest.mark.parametrize("text", [
    "Foreign ministers of the G7 said in a joint statement that North Korea had sent troops to Russia. They condemned "
    "the deepening military cooperation between Moscow and Pyongyang.",
    "Defence chiefs of the Nordic countries said North Korean soldiers were fighting in Kursk. They urged Pyongyang to "
    "withdraw its troops.",
])
def test_they_points_back_to_officials_named_in_the_plural(seed, text):
    """"Foreign ministers of the G7" are a group, whatever follows the noun, so "they" can be them."""
    first, second = draft(text, seed).statements
    assert second["speaker"] == first["speaker"] != "russia"


@pytest.mark.parametrize("text,about", [
    ('The G7 ministers condemned "in the strongest terms" the deepening military cooperation between Russia and North '
     'Korea.', "russia_nk_military_cooperation"),
    ('Seoul denounced "in no uncertain terms" the dispatch of North Korean troops to Russia.', "nk_troops_in_russia"),
])
def test_a_quoted_manner_phrase_is_not_what_was_condemned(seed, text, about):
    s = one(text, seed)
    assert (s["type"], s["about"]) == ("accusation", about) and s["quote"].endswith(("Korea", "Russia"))


@pytest.mark.parametrize("text,quote", [
    ("How Russia will act under Article 4 of the treaty is a matter for Moscow alone, Russian President Vladimir Putin "
     "said at the final news conference of the BRICS summit on Thursday.",
     "How Russia will act under Article 4 of the treaty is a matter for Moscow alone"),
    ("North Korean troops are not in Russia, the North Korean envoy said of the reports at a meeting of the Council.",
     "North Korean troops are not in Russia"),
])
def test_where_and_of_what_an_attribution_after_the_words_was_made_is_no_content(seed, text, quote):
    assert one(text, seed)["quote"] == quote


@pytest.mark.parametrize("text", [
    "Seoul's spy agency said North Korean troops were in Russia. Peskov waved the reports away as yet more fake news.",
    "Seoul's spy agency said North Korean troops were in Russia. Zakharova brushed the allegations aside as another "
    "Western provocation.",
])
def test_a_dismissal_whose_particle_follows_its_object(seed, text):
    claim, dismissal = draft(text, seed).statements
    assert (dismissal["type"], dismissal["about"]) == ("dismissal", claim["about"]) == ("dismissal", "nk_troops_in_russia")


@pytest.mark.parametrize("text", [
    "The soldiers waved their flags and walked off.",
    "Officials brushed snow off the monument before the ceremony.",
])
def test_waving_or_brushing_something_off_is_no_dismissal(seed, text):
    assert draft(text, seed).statements == []


@pytest.mark.parametrize("text,quote", [
    ("The Pentagon's press secretary, Pat Ryder, put the total number of North Korean troops in Russia at 11,000 to "
     "12,000.", "the total number of North Korean troops in Russia at 11,000 to 12,000"),
    ("Seoul's spy agency puts North Korean losses at around 4,700 killed and wounded.",
     "North Korean losses at around 4,700 killed and wounded"),
])
def test_putting_a_figure_at_a_number_is_a_claim(seed, text, quote):
    s = one(text, seed)
    assert (s["type"], s["quote"]) == ("claim", quote)


def test_putting_a_matter_to_rest_at_an_hour_is_no_claim(seed):
    assert draft("The minister put the matter to rest at 10 a.m.", seed).statements == []


def test_a_figure_put_in_a_clause_describing_the_speaker_is_no_statement_of_its_own(seed):
    text = ("South Korea's spy agency said on Monday that North Korean troops were in Russia. The agency, which had put "
            "the figure at 12,000, now says North Korean troops are in Kursk.")
    assert [s["quote"] for s in draft(text, seed).statements] == ["North Korean troops were in Russia",
                                                                   "North Korean troops are in Kursk"]


@pytest.mark.parametrize("text", [
    "The Kremlin spokesman declined to comment, referring reporters to the Foreign Ministry.",
    "Kremlin spokesman Dmitry Peskov declined to comment, referring questions to the Defence Ministry.",
])
def test_a_refusal_and_its_participle_are_one_statement_of_one_speaker(seed, text):
    assert [(s["speaker"], s["type"]) for s in draft(text, seed).statements] == [("peskov", "non_confirmation")]


@pytest.mark.parametrize("text,speaker", [
    ("The Pentagon, which had earlier spoken of 3,000, now says North Korean troops are in Russia.", "us_dod"),
    ("Seoul's spy agency now puts North Korean losses at around 4,700 killed and wounded.", "nis"),
    ("South Korea's spy agency, which had counted 1,000 dead, now says North Korean troops are in Kursk.", "nis"),
])
def test_an_adverb_or_a_thousands_comma_before_the_verb_is_no_part_of_the_speaker(seed, text, speaker):
    assert draft(text, seed).statements[-1]["speaker"] == speaker


@pytest.mark.parametrize("text", [
    "Your government now admits that North Korean soldiers are fighting in Kursk. What changed?",
    "My government has never denied that North Korean soldiers are in Russia, the host said.",
])
def test_your_or_my_government_names_no_one_kg_knows(seed, text):
    assert all(not s["speaker"].startswith(("your_", "my_")) for s in draft(text, seed).statements)


@pytest.mark.parametrize("text,guest", [
    ("Transcript. Host: Ana Pires. Guest: Tomas Lindqvist, a researcher at the Nordic Defence Institute.\n\n"
     "Q: Are North Korean soldiers still in Kursk?\n\nA: Several thousand North Korean soldiers are still guarding the "
     "border there.\n", "tomas_lindqvist"),
    ("Interview by Karl Weber. Guest: Mina Haruto, former Japanese defence official.\n\n"
     "Q: What does Pyongyang get in return?\n\nA: Moscow has helped Pyongyang with satellite technology.\n",
     "mina_haruto"),
])
def test_answers_labelled_a_are_the_one_guests(seed, text, guest):
    statements = draft(text, seed).statements
    assert statements and all(s["speaker"] == guest and s["direct"] for s in statements)


def test_answers_labelled_a_with_two_guests_name_no_one(seed):
    text = ("Guests: Tomas Lindqvist and Mina Haruto.\n\nQ: Are North Korean soldiers still in Kursk?\n\n"
            "A: Several thousand North Korean soldiers are still guarding the border there.\n")
    assert draft(text, seed).statements == []


@pytest.mark.parametrize("text", [
    "Budanov: North Korean troops are already in Kursk\n\nNorth Korean troops have already arrived in Russia's Kursk "
    "region.\n\nSource: Kyrylo Budanov, head of Ukraine's military intelligence, on national television\n\n"
    "Quote: \"The first North Korean units reached Kursk on Wednesday.\"\n",
    "Zelensky on North Korean losses\n\nNorth Korean soldiers have been killed in fighting in Kursk Oblast.\n\n"
    "Source: President Volodymyr Zelensky in his evening address\n\nDetails: Zelensky said the losses were heavy.\n\n"
    "Quote: \"Moscow is throwing them into assaults with no protection.\"\n",
])
def test_a_source_line_names_who_said_the_lead_and_the_quote(seed, text):
    """Ukrainian outlets label their paragraphs: the lead above "Source: X" and the "Quote:" below are X's."""
    statements = draft(text, seed).statements
    speakers = {s["speaker"] for s in statements}
    assert len(statements) >= 2 and len(speakers) == 1 and speakers <= {"budanov", "volodymyr_zelensky"}
    assert statements[0]["quote"].startswith("North Korean") and statements[-1]["direct"]


@pytest.mark.parametrize("text,speaker", [
    ("Pro-Kremlin channels called the video a crude fake.", "pro_kremlin_channels"),
    ("Pro-Kremlin commentators said the North Korean soldiers were not in Kursk.", "pro_kremlin_commentators"),
])
def test_a_name_that_says_whose_side_someone_is_on_names_no_speaker(seed, text, speaker):
    assert one(text, seed)["speaker"] == speaker


@pytest.mark.parametrize("text,speaker", [
    # a government named by its seat is whom the capital names
    ("The Kiev authorities claimed North Korean troops were already fighting.", "ukraine"),
    ("The Kyiv regime alleged that Pyongyang intends to send troops to fight.", "ukraine"),
    ("The Pyongyang leadership said the troops were in Russia lawfully.", "north_korean_government"),
    # how long or how often before the verb is no part of the speaker
    ("The Kiev regime has for weeks alleged that Pyongyang intends to send troops to fight.", "ukraine"),
    ("Seoul has for months warned that Pyongyang would send troops to Russia.", "south_korea"),
    ("Zelensky has repeatedly claimed that North Korean troops are fighting in Kursk.", "zelensky"),
    # people named by what they do are speakers
    ("Anti-Kremlin activists said North Korean troops were in Kursk.", "anti_kremlin_activists"),
    ("Pro-Russian bloggers said North Korean soldiers had been seen in Kursk.", "pro_russian_bloggers"),
    ("Ukrainian volunteers said North Korean soldiers were fighting near Sudzha.", "ukraine_volunteers"),
    ("A Japanese journalist said the soldiers were in Kursk.", "journalist"),
])
def test_who_a_seat_a_habit_or_a_trade_names_as_speaker(seed, text, speaker):
    assert one(text, seed)["speaker"] == speaker



@pytest.mark.parametrize("text,start", [
    ("Zelensky said that China, as North Korea's neighbour, could influence Pyongyang if it wanted the war to end.",
     "China, as North Korea's neighbour, could influence Pyongyang"),
    ("Blinken said that Beijing, as Pyongyang's main ally, should press it to withdraw the troops.",
     "Beijing, as Pyongyang's main ally, should press it"),
])
def test_an_apposition_opened_by_as_is_part_of_the_clause(seed, text, start):
    assert one(text, seed)["quote"].startswith(start)


@pytest.mark.parametrize("text,speaker,words", [
    ("Kirby said the troops were moving toward Kursk, as officials had warned.", "officials",
     "the troops were moving toward Kursk"),
    ("Zelensky said that North Korean troops were already fighting, as Seoul had predicted.", "south_korea",
     "North Korean troops were already fighting"),
])
def test_what_was_foretold_is_what_the_other_speaker_said_not_their_saying_it(seed, text, speaker, words):
    (foretold,) = [s for s in draft(text, seed).statements if s["speaker"] == speaker]
    assert foretold["quote"] == words


@pytest.mark.parametrize("text,words", [
    ("Sergei Lavrov told Choe Son Hui last month that Russia would never forget the soldiers.",
     "Russia would never forget the soldiers"),
    ("Kirby told Austin earlier this week that the troops were in Russia.", "the troops were in Russia"),
])
def test_whom_a_speaker_told_and_when_are_no_part_of_the_words(seed, text, words):
    assert one(text, seed)["quote"] == words


@pytest.mark.parametrize("text,speaker,kind,words", [
    ("“There is nothing accidental about it,” the Belmark envoy said on Monday, accusing Kordesk of shelling the "
     "grain silos on purpose.", "belmark_envoy", "accusation", "Kordesk of shelling the grain silos on purpose"),
    ("“We saw the convoys ourselves,” Colonel Ruth Amadi told reporters, accusing Tashgard of lying about its "
     "soldiers.", "ruth_amadi", "accusation", "Tashgard of lying about its soldiers"),
    ("“The convoys are real,” Colonel Ruth Amadi said, adding that Corvasian troops were training near Kordesk.",
     "ruth_amadi", "claim", "Corvasian troops were training near Kordesk"),
    ("“This is a provocation,” the Belmark envoy said, calling for the Security Council to meet.",
     "belmark_envoy", "call", "the Security Council to meet"),
    ("“Nobody breaches a dam by mistake. It was an order,” the Belmark envoy said, accusing Kordesk of turning the "
     "river into a weapon.", "belmark_envoy", "accusation", "Kordesk of turning the river into a weapon"),
])
def test_a_participle_after_a_quotes_attribution_is_a_second_act_by_its_speaker(registry, text, speaker, kind, words):
    quoted, second = draft(text, registry).statements
    assert quoted["direct"] and quoted["speaker"] == speaker
    assert (second["speaker"], second["type"], second["quote"], second["direct"]) == (speaker, kind, words, False)


@pytest.mark.parametrize("text,first,kind,second", [
    ("Colonel Ruth Amadi said the convoys were real, accusing Tashgard of lying about its soldiers.",
     "the convoys were real", "accusation", "Tashgard of lying about its soldiers"),
    ("The Belmark envoy told the council that the silos had been shelled twice, blaming Kordesk for the attack.",
     "the silos had been shelled twice", "accusation", "Kordesk for the attack"),
    ("Colonel Ruth Amadi said the convoys had crossed the border, denying that Belmark had provoked them.",
     "the convoys had crossed the border", "denial", "Belmark had provoked them"),
])
def test_a_participle_ends_the_reported_clause_and_opens_a_second_act(registry, text, first, kind, second):
    said, then = draft(text, registry).statements
    assert (said["quote"], then["type"], then["quote"], then["speaker"]) == (first, kind, second, said["speaker"])


@pytest.mark.parametrize("text,said,others", [
    ("Corvasian shells have been found in a tanker stopped off Selvana, the Belmark foreign ministry said on Friday, "
     "the strongest evidence yet against Tashgard's insistence that it is neutral.",
     ("belmark_mfa", "Corvasian shells have been found in a tanker stopped off Selvana"),
     {("corvasia_government", "claim", "it is neutral")}),
    ("Corvasian convoys crossed the border at night, Colonel Ruth Amadi said on Monday, a fresh blow to Kordesk's "
     "assertion that no foreign troops are in Varania.",
     ("ruth_amadi", "Corvasian convoys crossed the border at night"),
     {("varania_government", "claim", "no foreign troops are in Varania")}),
    ("Corvasian troops have crossed into Varania, the Royal Intelligence Bureau said, a claim Tashgard has dismissed "
     "as fiction.", ("estmark_rib", "Corvasian troops have crossed into Varania"),
     {("corvasia_government", "dismissal", "a claim Tashgard has dismissed")}),
    ("About 3,000 Corvasian soldiers are now in Varania, Colonel Ruth Amadi said on Monday, a figure Kordesk rejected.",
     ("ruth_amadi", "About 3,000 Corvasian soldiers are now in Varania"),
     {("varania_government", "denial", "a figure Kordesk rejected")}),
])
def test_the_writers_aside_after_an_attribution_is_not_the_speakers_words(registry, text, said, others):
    first, *rest = draft(text, registry).statements
    assert (first["speaker"], first["quote"]) == said
    assert {(s["speaker"], s["type"], s["quote"]) for s in rest} == others


def test_words_that_go_on_after_an_attribution_in_the_middle_are_still_the_speakers(registry):
    (s,) = draft("In the end, Colonel Ruth Amadi said, the soldiers will go home.", registry).statements
    assert s["quote"].endswith("the soldiers will go home")


@pytest.mark.parametrize("text,words", [
    ("Marta Ruzhyn called the shelling of the silos “a deliberate war crime” and demanded an inquiry.",
     "the shelling of the silos “a deliberate war crime”"),
    ("Oskun branded the blockade of the port an act of collective punishment and said it would fail.",
     "the blockade of the port an act of collective punishment"),
    ("The Belmark foreign ministry called the convoy's seizure an act of state piracy.",
     "the convoy's seizure an act of state piracy"),
    ("Colonel Ruth Amadi described the strike as “the work of professionals”.",
     "the strike as “the work of professionals”"),
])
def test_naming_something_with_a_label_that_does_not_dismiss_it_is_a_claim(registry, text, words):
    named = draft(text, registry).statements[0]
    assert (named["type"], named["quote"]) == ("claim", words)


def test_calling_someone_at_a_time_names_nothing(registry):
    assert draft("Oskun called the minister a day later.", registry).statements == []


@pytest.mark.parametrize("text,speaker", [
    ("On March 6 the Varanian foreign ministry insisted that every soldier in its army is Varanian.", "varania_mfa"),
    ("In a statement the Belmark foreign ministry said that no soldier had crossed.", "belmark_mfa"),
    ("Later that day the Royal Intelligence Bureau said that the convoys had turned back.", "estmark_rib"),
])
def test_an_opening_phrase_with_no_comma_is_no_part_of_the_speaker(registry, text, speaker):
    assert one(text, registry)["speaker"] == speaker


@pytest.mark.parametrize("text,first,second", [
    ("The photographs were “crude forgeries,” Varania's defence ministry said, and no Corvasian soldier had ever set "
     "foot in Kordesk.", ("dismissal", "The photographs were “crude forgeries,”"),
     ("claim", "no Corvasian soldier had ever set foot in Kordesk")),
    ("The convoys were empty, Colonel Ruth Amadi said on Monday, and the drivers had been sent home.",
     ("claim", "The convoys were empty"), ("claim", "the drivers had been sent home")),
])
def test_words_on_both_sides_of_an_attribution_joined_by_and_are_two_statements(registry, text, first, second):
    before, after = draft(text, registry).statements
    assert (before["type"], before["quote"]) == first and (after["type"], after["quote"]) == second
    assert before["speaker"] == after["speaker"]


@pytest.mark.parametrize("text", ["Dravina called the satellite images “doctored”.",
                                  "Oskun said the documents were forgeries."])
def test_forged_and_doctored_dismiss(registry, text):
    assert one(text, registry)["type"] == "dismissal"


@pytest.mark.parametrize("text", ["Belmark's customs officers said the convoy's papers had been forged.",
                                  "Colonel Ruth Amadi said the ship's manifest was forged in Tashgard."])
def test_saying_papers_were_forged_is_a_claim(registry, text):
    assert one(text, registry)["type"] == "claim"


@pytest.mark.parametrize("text,speaker", [
    ("Last week the Royal Intelligence Bureau told lawmakers that the convoys had turned back.", "estmark_rib"),
    ("On Friday the Ministry of Defence of Estmark said the border was quiet.", "estmark_mod"),
    ("Last week the Defence Secretary told parliament that the convoys were empty.", "dumont"),
    ("On March 3 the Secretary General said that the alliance was ready.", "vellander"),
    ("Even Tashgard's own foreign ministry admits that the soldiers are there.", "corvasia_mfa"),
    ("Mirnov spoke first. The same Mirnov later said the convoys were empty.", "mirnov"),
])
def test_when_or_even_before_a_speaker_is_no_part_of_them(registry, text, speaker):
    assert draft(text, registry).statements[-1]["speaker"] == speaker


@pytest.mark.parametrize("text", [
    "The government of Corvasia held a briefing. On Monday its foreign ministry denied any link to the convoys.",
    "Corvasia's government met on Sunday. Its foreign ministry then denied that troops had crossed.",
])
def test_its_ministry_after_a_government_is_that_states_ministry(registry, text):
    assert draft(text, registry).statements[-1]["speaker"] == "corvasia_mfa"


@pytest.mark.parametrize("text,speaker", [
    ("Olek Brandis, a farmer, said the convoys came at night. President Mirnov said nothing.\n\n"
     "Brandis has heard the news. “They will come back,” he said.", "olek_brandis"),
    ("Hanna Veil, a nurse, said the ward was full. Oskun said nothing.\n\n"
     "Veil shrugged. “We will manage,” she said.", "hanna_veil"),
    ("Corvasia's state news agency CCNA has weighed in. In a commentary, it called the reports lies.", "ccna"),
])
def test_a_pronoun_points_to_the_subject_named_just_before(registry, text, speaker):
    assert draft(text, registry).statements[-1]["speaker"] == speaker


@pytest.mark.parametrize("text,speaker", [
    ("Varania's envoy Ivo Petrak said the talks had failed. The diplomat stressed that the convoy was never there.",
     "ivo_petrak"),
    ("Colonel Ruth Amadi said the border was calm. The officer added that the convoys had turned back.", "ruth_amadi"),
    ("Senator Ann Holt said the hearing was closed. The lawmaker added that the convoys had crossed twice.",
     "ann_holt"),
    ("Defence Secretary Tom Reyes said the talks had failed. The minister added that Belmark would send no troops.",
     "tom_reyes"),
])
def test_a_general_role_noun_points_back_to_whoever_holds_such_a_role(registry, text, speaker):
    _, pointing_back = draft(text, registry).statements
    assert pointing_back["speaker"] == speaker


@pytest.mark.parametrize("text,speaker,relay", [
    ("Varania's envoy, Ivo Petrak, was quoted by the Belmark paper Selvana Post on Sunday as saying that “every "
     "soldier is home.”", "ivo_petrak", "selvana_post"),
    ("Committee chairman Ezra Temba, citing Belmark estimates, said Corvasia now has some 2,000 soldiers near the "
     "border.", "belmark", "ezra_temba"),
    ("Senator Ann Holt, citing the Royal Intelligence Bureau, told reporters that the convoys had crossed at night.",
     "estmark_rib", "ann_holt"),
])
def test_whom_a_speaker_quotes_or_cites_speaks_and_the_speaker_relays(registry, text, speaker, relay):
    s = one(text, registry)
    assert (s["speaker"], s.get("via")) == (speaker, [relay])


@pytest.mark.parametrize("text,speaker,quote", [
    ("MIRNOV: Good morning. The convoys you asked about did not cross.\n\n"
     "Second, the border. We saw no Corvasian soldiers there this week.", "mirnov",
     "We saw no Corvasian soldiers there this week"),
    ("DRAVINA: Thank you all for coming.\n\nOn the talks, our delegation will travel to Selvana on Monday.",
     "dravina", "On the talks, our delegation will travel to Selvana on Monday"),
])
def test_a_transcript_turn_runs_on_into_paragraphs_in_the_speakers_own_voice(registry, text, speaker, quote):
    assert (speaker, quote) in {(s["speaker"], s["quote"]) for s in draft(text, registry).statements}


def test_narration_after_a_transcript_turn_is_not_the_speakers(registry):
    text = ("MIRNOV: The convoys you asked about did not cross the border.\n\n"
            "The briefing ended after ten minutes and the ministry published no transcript of it.")
    assert [s["quote"] for s in draft(text, registry).statements] == ["The convoys you asked about did not cross the border"]


@pytest.mark.parametrize("text,speaker", [
    ("The ministry of foreign affairs of Varania said the convoys had turned back.", "varania_mfa"),
    ("On Monday the general staff of the armed forces of Belmark said the front was quiet.", "belmark_general_staff"),
])
def test_a_long_official_name_written_in_lower_case_is_still_that_body(registry, text, speaker):
    assert one(text, registry)["speaker"] == speaker


@pytest.mark.parametrize("text,first,second", [
    ("The Royal Intelligence Bureau did not say who had sent the convoys, and a spokesman declined to say whether "
     "they had crossed.", ("estmark_rib", "did not say who had sent the convoys"),
     ("estmark_rib_spokesman", "declined to say whether they had crossed")),
    ("Tashgard did not say where the units were, but a senior official refused to confirm that they had left.",
     ("corvasia_government", "did not say where the units were"),
     ("senior_official", "refused to confirm that they had left")),
])
def test_a_second_speaker_after_and_or_but_has_words_of_their_own(registry, text, first, second):
    one_, two = draft(text, registry).statements
    assert (one_["speaker"], one_["quote"]) == first and (two["speaker"], two["quote"]) == second


@pytest.mark.parametrize("text,speaker,words", [
    ("These losses were not in vain for Tashgard, argues Marta Ruzhyn, who follows the Corvasian army at a Halden "
     "institute.", "ruzhyn", "These losses were not in vain for Tashgard"),
    ("The convoys will be back within a month, predicts Oskun, who has watched the border for a decade.", "oskun",
     "The convoys will be back within a month"),
])
def test_an_inverted_attribution_may_describe_its_speaker_after_the_name(registry, text, speaker, words):
    s = one(text, registry)
    assert (s["speaker"], s["quote"]) == (speaker, words)


@pytest.mark.parametrize("text,speaker", [
    ("The Belmark ministry puts the number at 3,000; Estmark's spy agency says the total has passed 4,000.",
     "estmark_rib"),
    ("Varania denies any crossing; Dumont says the convoys crossed twice.", "dumont"),
])
def test_a_semicolon_parts_two_speakers(registry, text, speaker):
    assert draft(text, registry).statements[-1]["speaker"] == speaker


@pytest.mark.parametrize("text,speaker,relay,words", [
    ("Mirnov spoke at the parade. In his speech, according to Varpress, he said the convoys had shown the world what "
     "a brave army could do.", "mirnov", "varpress", "the convoys had shown the world what a brave army could do"),
    ("Dravina spoke on Monday. At the briefing, according to BNC News, she said that no soldier had crossed.",
     "dravina", "bnc", "no soldier had crossed"),
])
def test_a_clause_of_its_own_after_according_to_is_its_subjects_words_relayed(registry, text, speaker, relay, words):
    s = one(text, registry)
    assert (s["speaker"], s.get("via"), s["quote"]) == (speaker, [relay], words)


@pytest.mark.parametrize("text,words", [
    ("Mirnov made it clear that the convoys would return.", "the convoys would return"),
    ("Dravina made clear on Monday that no soldier had crossed.", "no soldier had crossed"),
    ("Mirnov has been clear that the convoys will not return.", "the convoys will not return"),
    ("The Defence Secretary has been very clear on this: no Corvasian soldier will cross the border.",
     "no Corvasian soldier will cross the border"),
])
def test_making_clear_is_saying(registry, text, words):
    s = one(text, registry)
    assert (s["type"], s["quote"]) == ("claim", words)


@pytest.mark.parametrize("text,speaker", [
    ("MS DRAVINA: The Minister said on Monday that the border stays closed.", "arkanov"),
    ("MS DRAVINA: Good morning. The Minister has made clear that no soldier will cross.", "arkanov"),
])
def test_the_minister_in_a_spokespersons_answer_is_their_own_minister(registry, text, speaker):
    assert draft(text, registry).statements[-1]["speaker"] == speaker


@pytest.mark.parametrize("text,speaker", [
    ("The mayor, Olek Brandis, said the convoys came at night.\n\nIn the basement ward, Dr Hanna Veil has treated 23 "
     "soldiers since March. Their wounds are consistent with shrapnel, she said.", "hanna_veil"),
    ("Mirnov said the border was calm.\n\nColonel Ruth Amadi walked the line at dawn. The crossings were empty, she "
     "said.", "ruth_amadi"),
])
def test_a_person_introduced_by_title_in_a_sentence_that_reports_nothing_is_whom_a_pronoun_means(registry, text,
                                                                                                  speaker):
    assert draft(text, registry).statements[-1]["speaker"] == speaker


STATEMENT_IN_FULL = (
    "KORDESK, March 5 (Varpress) - The Ministry of Foreign Affairs of Varania on Wednesday released a statement on "
    "the reports of foreign troops. Varpress publishes the statement in full below.\n\n"
    "STATEMENT OF THE MINISTRY OF FOREIGN AFFAIRS OF VARANIA\n\n"
    "1. The Ministry categorically rejects the reports of Corvasian troops on Varanian soil.\n\n"
    "2. Not a single foreign soldier serves in the Varanian armed forces. We call on Belmark to stop spreading "
    "fabrications.\n\n"
    "Kordesk, 5 March 2025\n")


def test_a_statement_reproduced_in_full_is_its_issuers_words(registry):
    statements = draft(STATEMENT_IN_FULL, registry).statements
    assert {s["speaker"] for s in statements} == {"varania_mfa"}
    assert [(s["type"], s["quote"]) for s in statements[-3:]] == [
        ("denial", "the reports of Corvasian troops on Varanian soil"),
        ("claim", "Not a single foreign soldier serves in the Varanian armed forces"),
        ("call", "Belmark to stop spreading fabrications")]


COMMUNIQUE_IN_FULL = (
    "The Defence Intelligence of Belmark put out a communique on Friday about the border. The text of the communique "
    "follows.\n\n"
    "The convoys that crossed on Thursday carried Corvasian infantry. Our observers counted forty lorries.\n\n"
    "Selvana, 7 March 2025\n")


def test_a_communique_whose_text_follows_is_its_issuers_words(registry):
    statements = draft(COMMUNIQUE_IN_FULL, registry).statements
    assert [(s["speaker"], s["quote"]) for s in statements] == [
        ("belmark_bdi", "The convoys that crossed on Thursday carried Corvasian infantry"),
        ("belmark_bdi", "Our observers counted forty lorries")]


@pytest.mark.parametrize("text,speaker", [
    ('"The convoys crossed at dawn. We counted forty lorries," Belmark\'s agent before the Permanent Tribunal for '
     'Border Claims, Deputy Foreign Minister Ivo Petrak, told the judges.', "ivo_petrak"),
    ('Oskun spoke first. "We went to the border expecting a hard case. It was not one," Halden Watch\'s director, '
     'Ana Ruzic, said in a statement.', "ana_ruzic"),
])
def test_after_a_quote_who_someone_is_may_come_before_their_name(registry, text, speaker):
    (quoted,) = [s for s in draft(text, registry).statements if s["direct"]]
    assert (quoted["speaker"], quoted["quote"].split(".")[0]) == (speaker, text.split('"')[1].split(".")[0])


@pytest.mark.parametrize("text,speaker", [
    ('Olek Brandis said the convoys came at night.\n\nOutside the court, Hanna Veil, who lost her son in March, spoke '
     'for the families. "They knew it was a convoy of civilians," she said.', "hanna_veil"),
    ('Oskun said the talks had failed.\n\nMarek Dalby, a farmer near the border, watched the lorries pass. "There were '
     'soldiers in every cab," he said.', "marek_dalby"),
])
def test_a_person_named_and_described_in_a_sentence_that_reports_nothing_is_whom_a_pronoun_means(registry, text,
                                                                                                   speaker):
    assert draft(text, registry).statements[-1]["speaker"] == speaker


@pytest.mark.parametrize("label,speaker", [("Marek", "marek_dalby"), ("Hanna", "hanna_veil")])
def test_a_first_name_label_is_the_guest_the_header_named_in_full(registry, label, speaker):
    text = ("Bordercast, episode 3. Host: Jo Aldine. Guests: Marek Dalby, a former envoy, and Hanna Veil of the Halden "
            "Institute.\n\nJo Aldine: Did the convoys cross?\n\n"
            "Marek Dalby: They crossed the border twice last week, and the ministry in Kordesk knows it.\n\n"
            "Hanna Veil: Our observers saw no convoy at all on the Halden road that week.\n\nJo: And the lorries?\n\n"
            f"{label}: The lorries carried Corvasian infantry and ammunition, not grain for the markets.")
    assert draft(text, registry).statements[-1]["speaker"] == speaker


def test_the_article_goes_on_in_its_own_words_after_a_reproduced_statement_is_signed(registry):
    signed = len(STATEMENT_IN_FULL)
    text = STATEMENT_IN_FULL + ("\nThe statement came two days after Belmark published satellite photographs of "
                                "convoys at the border crossing near Selvana.\n")
    assert [s["quote"] for s in draft(text, registry).statements if s["start"] >= signed] == []


@pytest.mark.parametrize("text,calls", [
    ("The envoy, Hana Lutz, called on Tarsk to open the northern crossings, and on Vell to stop shelling the road.",
     ["Tarsk to open the northern crossings", "Vell to stop shelling the road"]),
    ("Varga urged the army to let convoys through and the rebels to free the drivers they hold.",
     ["the army to let convoys through", "the rebels to free the drivers they hold"]),
    ("Varga called upon both sides to respect the truce and upon the Security Council to send monitors.",
     ["both sides to respect the truce", "the Security Council to send monitors"]),
    # one addressee asked two things, or two addressees asked one thing: one call
    ("Varga urged Corvasia to withdraw its troops and to stop the shelling.",
     ["Corvasia to withdraw its troops and to stop the shelling"]),
    ("Varga called on Ardenne and Belmark to hold talks.", ["Ardenne and Belmark to hold talks"]),
])
def test_a_call_on_two_addressees_each_asked_something_of_its_own_is_two_calls(registry, text, calls):
    statements = draft(text, registry).statements
    assert [(s["type"], s["quote"]) for s in statements] == [("call", c) for c in calls]


@pytest.mark.parametrize("text,expected", [
    ('Belmark\'s foreign minister, Ruzhyn, shared the clip on Saturday with the words: "Here is Corvasia\'s '
     'neutrality, in broad daylight." Speaking to reporters on Monday, she said the footage removed any doubt.',
     [("ruzhyn", "Here is Corvasia's neutrality, in broad daylight"), ("ruzhyn", "the footage removed any doubt")]),
    ('Mirnov told reporters in Ostrovets: "We have nothing to hide from anyone in this matter." He said inspectors '
     'could visit the base next week.',
     [("mirnov", "We have nothing to hide from anyone in this matter"),
      ("mirnov", "inspectors could visit the base next week")]),
])
def test_a_quote_that_ends_its_sentence_leaves_the_next_sentences_to_be_read(registry, text, expected):
    # the closing mark stands just past the sentence's full stop; the quote's sentence is still that one
    assert [(s["speaker"], s["quote"]) for s in draft(text, registry).statements] == expected


@pytest.mark.parametrize("text,expected", [
    ("The border was not the place to settle this, Ruzhyn said, adding: \u201cOnly an inquiry can say who "
     "fired first.\u201d",
     [("ruzhyn", "The border was not the place to settle this"), ("ruzhyn", "Only an inquiry can say who fired first")]),
    ('Belmark had closed the two crossings, Mirnov told reporters, before adding: "Nothing crosses that line '
     'without being searched."',
     [("mirnov", "Belmark had closed the two crossings"), ("mirnov", "Nothing crosses that line without being searched")]),
])
def test_words_before_said_adding_and_the_quote_after_are_the_same_speakers(registry, text, expected):
    # "P, X said, adding: '…'": the quote is X's, not the subject of P's, and P is X's indirect statement
    assert [(s["speaker"], s["quote"]) for s in draft(text, registry).statements] == expected


@pytest.mark.parametrize("text,speaker", [
    ('Ruzhyn spoke first: "We will not stay silent about this crossing." Varania\'s envoy to the United Nations, Starkov, '
     'said in a statement on Sunday: "Not one soldier has crossed into Belmark."', "starkov"),
    ('Ruzhyn spoke first: "We will not stay silent about this crossing." Mirnov, the Varanian president\'s spokesman, '
     'told reporters in Ostrovets: "Not one soldier has crossed into Belmark."', "mirnov"),
])
def test_a_quote_after_a_description_and_a_name_is_the_named_speakers(registry, text, speaker):
    # "X's minister, Name, said in a statement:" names the speaker; the quote does not continue the one before
    statements = draft(text, registry).statements
    assert [(s["speaker"], s["quote"]) for s in statements][-1] == (speaker, "Not one soldier has crossed into Belmark")


#: a statement issued in the passive, introduced as "the following is the text of", with the outlet's note inside it
#: and a signature above its place and date; and a second one worded otherwise
TRANSLATED_STATEMENT = (
    "The statement was issued by the Defence Intelligence of Belmark and posted on its channel late on Tuesday.\n\n"
    "The following is the text of the statement, translated from Belmarkian:\n\n"
    "To the people of Belmark:\n\n"
    "The convoys that crossed on Thursday carried Corvasian infantry. Our observers counted forty lorries.\n\n"
    "[Editor's note: the figure could not be verified independently.]\n\n"
    "We call on the Northern Compact to send monitors to the border.\n\n"
    "Defence Intelligence of Belmark\nSelvana, 7 March 2025\n\n"
    "The agency's earlier statements were not always borne out.\n")
COMMUNIQUE_BELOW = (
    "A communique was released by the Defence Intelligence of Belmark on Friday. Below is the full text of the "
    "communique:\n\n"
    "Corvasian artillery has moved to within ten kilometres of the border. Our units are ready to defend every village.\n\n"
    "[Note from the desk: Corvasia denies moving any guns.]\n\n"
    "Selvana, 8 March 2025\n")


@pytest.mark.parametrize("text,expected", [
    (TRANSLATED_STATEMENT, [("claim", "The convoys that crossed on Thursday carried Corvasian infantry"),
                            ("claim", "Our observers counted forty lorries"),
                            ("call", "the Northern Compact to send monitors to the border")]),
    (COMMUNIQUE_BELOW, [("claim", "Corvasian artillery has moved to within ten kilometres of the border"),
                        ("claim", "Our units are ready to defend every village")]),
])
def test_a_text_issued_by_someone_and_reproduced_is_theirs_but_for_the_outlets_notes(registry, text, expected):
    # "was issued by X", "the following is the text of", "below is the full text of": X's words, to the signature;
    # a bracketed note inside is the outlet's, and the paragraph after the place and date is the article's again
    statements = draft(text, registry).statements
    assert {s["speaker"] for s in statements} == {"belmark_bdi"}
    assert [(s["type"], s["quote"]) for s in statements] == expected


@pytest.mark.parametrize("text,expected", [
    ("ANNA GREAVES, PRESENTER: Minister, good morning. Is the border still closed?\n\n"
     "HALVARD SENN, MINISTER OF INFORMATION: The border has been closed to all traffic since Monday night. No "
     "convoy will cross it before the inspectors arrive.\n\n"
     "PRESENTER: Will it reopen before the truce ends?\n\n"
     "MINISTER: The army has asked for two more weeks, and it will get them.\n\n"
     "PRESENTER: Minister Senn, thank you for joining us.",
     [("halvard_senn", "The border has been closed to all traffic since Monday night"),
      ("halvard_senn", "No convoy will cross it before the inspectors arrive"),
      ("halvard_senn", "The army has asked for two more weeks, and it will get them")]),
    ("TOMAS REIN, HOST: Our guest tonight is Belmark's foreign minister. Did Corvasia fire first?\n\n"
     "MARTA RUZHYN, FOREIGN MINISTER OF BELMARK: Corvasian guns opened fire at dawn on Tuesday.\n\n"
     "HOST: And the talks?\n\n"
     "FOREIGN MINISTER: The talks are over until the guns fall silent.",
     [("ruzhyn", "Corvasian guns opened fire at dawn on Tuesday"),
      ("ruzhyn", "The talks are over until the guns fall silent")]),
])
def test_a_transcript_label_with_a_role_names_the_speaker_and_a_later_role_label_is_the_same(registry, text, expected):
    # "NAME, ROLE:" is a turn, a later "ROLE:" (or a word of it) is the same person, and a presenter's or host's turns
    # hold no statements of their own
    assert [(s["speaker"], s["quote"]) for s in draft(text, registry).statements] == expected


@pytest.mark.parametrize("text,expected", [
    ("Briefing the Council, Ruzhyn said that of twenty convoys sent since January only three had reached the city. "
     "Permits for the others had been withheld by the border authority without explanation. Unless food arrived "
     "within weeks, famine conditions were likely among its remaining residents.",
     [("ruzhyn", "of twenty convoys sent since January only three had reached the city"),
      ("ruzhyn", "Permits for the others had been withheld by the border authority without explanation"),
      ("ruzhyn", "Unless food arrived within weeks, famine conditions were likely among its remaining residents")]),
    ("Speaking as the country concerned, Mirnov said the inquiry had been politically motivated from the start. "
     "Its investigators had never visited the border villages, and their sources would not be named.",
     [("mirnov", "the inquiry had been politically motivated from the start"),
      ("mirnov", "Its investigators had never visited the border villages, and their sources would not be named")]),
    # the writer's own sentences after it are no one's: what the speaker did, or a fact told in the present
    ("Mirnov said the inquiry had been politically motivated. He did not repeat his earlier claim that the "
     "investigators had been paid. The Council meets again on Friday.",
     [("mirnov", "the inquiry had been politically motivated")]),
])
def test_reported_speech_runs_on_in_the_sentences_after_it_in_its_tense(registry, text, expected):
    assert [(s["speaker"], s["quote"]) for s in draft(text, registry).statements] == expected


@pytest.mark.parametrize("text,expected", [
    ("LENA VOSS (anchor): Good evening. The border crossing at Ostrovets has been shut since dawn. Belmark's foreign "
     "ministry said the closure was a security measure.\n\n"
     "PIETER HAL (live, Ostrovets): Lena, the queue of lorries here now runs for eleven kilometres.\n\n"
     "[CLIP] HALVARD SENN, MINISTER OF INFORMATION: The crossing will stay closed until the inspectors have "
     "finished their work.",
     [("belmark_mfa", "the closure was a security measure"),
      ("halvard_senn", "The crossing will stay closed until the inspectors have finished their work")]),
    ("TOMAS REIN (presenter): Tonight, the talks in Selvana. Mirnov said on Monday that the talks had failed.\n\n"
     "[SOUNDBITE] MARTA RUZHYN, FOREIGN MINISTER OF BELMARK: Nobody in Selvana has left the table, and nobody in "
     "our delegation will leave before Friday.",
     [("mirnov", "the talks had failed"),
      ("ruzhyn", "Nobody in Selvana has left the table, and nobody in our delegation will leave before Friday")]),
])
def test_a_broadcasts_anchor_and_correspondent_relay_and_a_clip_label_names_its_speaker(registry, text, expected):
    # "NAME (anchor):", "NAME (live, Place):" are the outlet's own people, who say nothing but what they relay;
    # "[CLIP] NAME, ROLE:" is a turn of the person named
    assert [(s["speaker"], s["quote"]) for s in draft(text, registry).statements] == expected


@pytest.mark.parametrize("text,holder", [
    ("1. Hanne Bjork (Vellmouth West): What progress she has made in securing the release of the detained crew.\n\n"
     "The Minister of Foreign Affairs (Margit Osterdal): The crew were arrested eleven miles inside our own waters, "
     "and I have asked Kordesk to release all six without conditions.", "margit_osterdal"),
    ("4. Oskar Fenn (Harlow Dale): Whether he regards the naval exercise announced on Monday as a threat.\n\n"
     "The Secretary of State for Defence (Tobias Krenn): Eleven warships off our coast in the fishing season are a "
     "message, and the message has been received in this House.", "tobias_krenn"),
])
def test_a_parliamentary_record_gives_the_office_then_its_holder_and_its_questions_assert_nothing(registry, text,
                                                                                                holder):
    # "The Minister of Foreign Affairs (Margit Osterdal):" is her turn; "1. Name (Constituency): What progress she has
    # made …" is a question put in the record's form, no statement
    statements = draft(text, registry).statements
    assert statements and {s["speaker"] for s in statements} == {holder}


@pytest.mark.parametrize("text,expected", [
    ("QUESTION (Vera Tomic, Varpress): Belmark's foreign minister told her parliament last week that the exercise "
     "was a message. What is your comment?",
     [("ruzhyn", "the exercise was a message")]),
    ("QUESTION (Jorun Dahl, NRB): Mirnov told his own party's lawmakers on Monday that the border would stay closed. "
     "Is that the government's position?",
     [("mirnov", "the border would stay closed")]),
])
def test_a_question_from_the_floor_relays_and_its_asker_is_no_ones_subject(registry, text, expected):
    # the asker named in "QUESTION (Name, Outlet):" relays; "told her parliament", "told his own party's lawmakers":
    # who heard it, then the words after "that"
    assert [(s["speaker"], s["quote"]) for s in draft(text, registry).statements] == expected


@pytest.mark.parametrize("text,kind", [
    ('Ruzhyn called the reports "a fever dream of the Kordesk press".', "dismissal"),
    ("Mirnov called the findings an invention designed to win an election.", "dismissal"),
    ('Dravina described the video as "a clumsy montage".', "dismissal"),
    ('"We do not dispute that the anchor of the ship struck the cable," Mirnov said.', "confirmation"),
    ("MS DRAVINA: We don't contest that the convoy was hit on our side of the line.", "confirmation"),
])
def test_labels_of_invention_dismiss_and_a_concession_in_ones_own_words_confirms(registry, text, kind):
    assert [s["type"] for s in draft(text, registry).statements] == [kind]


@pytest.mark.parametrize("text,expected", [
    ('In a post on its official account, the Varanian embassy hit back: "The reporter was caught with a camera at a '
     'military site."', [("claim", "The reporter was caught with a camera at a military site")]),
    ("Mirnov fired back that the convoy had carried weapons across the border.",
     [("claim", "the convoy had carried weapons across the border")]),
    ('Ruzhyn slammed the report as "a pack of lies".', [("dismissal", 'the report as "a pack of lies')]),
    ("Dravina shrugged off the accusations from Selvana.", [("dismissal", "the accusations from Selvana")]),
])
def test_the_verbs_of_a_tabloid_report_what_was_said(registry, text, expected):
    # "hit back", "fired back" report a claim; "slammed", "shrugged off" a dismissal (their past forms double the
    # consonant)
    assert [(s["type"], s["quote"]) for s in draft(text, registry).statements] == expected


def test_reported_speech_runs_on_past_a_noun_that_is_also_a_reporting_verb(registry):
    text = ("Mirnov said the market had been hit from the air. The blast had been caused by a bomb dropped from a "
            "Belmark jet.")
    assert [(s["speaker"], s["quote"]) for s in draft(text, registry).statements] == [
        ("mirnov", "the market had been hit from the air"),
        ("mirnov", "The blast had been caused by a bomb dropped from a Belmark jet")]


@pytest.mark.parametrize("text,speaker", [
    ('Varania\'s foreign ministry said the men had been freed after the skipper admitted fishing without a licence. '
     'Henrik Daal laughs at that. "I signed a paper in a language I cannot read. That was the price of the door."',
     "henrik_daal"),
    ('Mirnov said the convoy had been turned back for its own safety. Ruzhyn shook her head. "Nobody turned back '
     'anything. The convoy was shelled on the road."', "ruzhyn"),
])
def test_a_quote_after_a_sentence_about_someone_else_than_the_last_speaker_is_theirs(registry, text, speaker):
    # the sentence before begins with a person's name and reports nothing: the quote is that person's, not a
    # continuation of the speaker before
    assert draft(text, registry).statements[-1]["speaker"] == speaker


@pytest.mark.parametrize("text,speaker", [
    ("@BelmarkGeneralStaff (Tue 09:14)\n\nIn a thread, the general staff said the convoy had been shelled twice near "
     "Ostrovets.", "belmark_general_staff"),
    ("@NorthernCompact (Wed 11:02)\n\nIt said its members would meet on Friday to discuss the border.",
     "northern_compact"),
])
def test_a_social_media_handle_names_its_owner_for_what_follows(registry, text, speaker):
    # a monitoring desk's roundup heads each entry with the account's handle, which spells its owner's name
    assert [s["speaker"] for s in draft(text, registry).statements] == [speaker]


def test_an_air_force_or_an_airline_is_what_the_air_force_or_the_airline_points_back_to():
    place = Place(CORPUS / "actors.yaml", 1)
    actors = {"air_force": Actor("air_force", "organization", "Air Force of Belmark", (), None, None, None, (), place),
              "carrier": Actor("carrier", "organization", "Selvana Airline", (), None, None, None, (), place)}
    text = ("The Air Force of Belmark posted a radar plot on Monday.\n\nThe air force said the airliner had been hit "
            "by a missile.\n\nSelvana Airline published its maintenance records.\n\nThe airline said the jet had "
            "been fully airworthy.")
    assert [s["speaker"] for s in extract(text, WEDNESDAY, actors, {}).statements] == ["air_force", "carrier"]


@pytest.mark.parametrize("text,factuality", [
    ("Ruzhyn said it was unlikely that the shelling was the work of rogue units.", "PR-"),
    ("Ruzhyn said it seemed highly doubtful the convoy had been hit by accident.", "PR-"),
    ("Ruzhyn said it was likely that the shelling was the work of rogue units.", "PR+"),
])
def test_something_judged_unlikely_is_probably_not_so(registry, text, factuality):
    assert [s.get("factuality") for s in draft(text, registry).statements] == [factuality]


@pytest.mark.parametrize("label,later", [("COLONEL TAVER OSKUN, SPOKESMAN", "COL. OSKUN"),
                                         ("LIEUTENANT GENERAL TAVER OSKUN", "LT. GEN. OSKUN")])
def test_a_transcript_label_with_an_abbreviated_rank_is_the_officer_named_before(registry, label, later):
    text = (f"Briefing by the General Staff, 14 May\n\n{label}: Good morning. Our units held the bridge overnight.\n\n"
            f"QUESTION (Daria Voss, BNC News): Villagers say soldiers burned their homes. What is your answer?\n\n"
            f"{later}: No house was burned by our units. I won't go into operational details.")
    # the officer's answer is his, and a short sentence that denies something is a statement, short as it is
    assert [(s["speaker"], s["quote"]) for s in draft(text, registry).statements] == [
        ("oskun", "Our units held the bridge overnight"), ("villagers", "soldiers burned their homes"),
        ("oskun", "No house was burned by our units"), ("oskun", "won't go into operational details")]


@pytest.mark.parametrize("text,expected", [
    ("MONDAY 11:47 - Tavoria's interior ministry replied: \"We reject the slanders of Estmark. Not one Corvasian "
     "soldier is in Varania.\"",
     ("tavoria_interior_ministry", "We reject the slanders of Estmark. Not one Corvasian soldier is in Varania")),
    ("14:05 GMT: The Halvard Institute said the satellite images showed \"tents for 3,000 soldiers\".",
     ("halvard_institute", 'the satellite images showed "tents for 3,000 soldiers')),
])
def test_a_live_entry_s_time_is_no_part_of_the_speaker_s_name(registry, text, expected):
    [statement] = draft(text, registry).statements
    assert (statement["speaker"], statement["quote"]) == expected


@pytest.mark.parametrize("text,speaker", [
    ("MONDAY 08:30 - President Anatol Mirnov (@PresidencyBelmark): \"Our soldiers bleed on the same roads. The men "
     "who did this sleep in Tashgard.\"", "mirnov"),
    ("SUNDAY 18:52 - @CCNA_Official, the agency's verified account: \"Three of our reporters were detained this "
     "afternoon near the border.\"", "ccna"),
])
def test_a_post_quoted_after_its_account_s_label_is_the_account_holder_s(registry, text, speaker):
    # the name before a handle speaks; a handle alone speaks for whom it spells, an acronym in capitals included
    assert [s["speaker"] for s in draft(text, registry).statements] == [speaker]


@pytest.mark.parametrize("text,expected", [
    ("Letter dated 9 March 2026 from the Permanent Representative of Varania to the United Nations addressed to the "
     "President of the Security Council\n\n"
     "I have the honour to draw your attention to the shelling of Kordesk by Belmark's artillery.\n\n"
     "The mayor of Kordesk, Ivo Lant, has informed my Government that the shells came from the west. Varania "
     "calls upon the Council to condemn these attacks.\n\n"
     "I should be grateful if the present letter could be circulated as a document of the Security Council.\n\n"
     "(Signed) Ivo Starkov\nPermanent Representative",
     [("starkov", "claim"), ("ivo_lant", "claim"), ("starkov", "call")]),
    ("An open letter from Belmark's foreign minister to the Northern Compact\n\n"
     "Dear colleagues,\n\n"
     "Belmark rejects the claim that its artillery fired on Kordesk. We ask the Compact to send its own monitors to "
     "the border without delay.\n\n"
     "(signed) Marta Ruzhyn",
     [("ruzhyn", "denial"), ("ruzhyn", "call")]),
])
def test_a_letter_given_whole_is_its_signatory_s_own_words(registry, text, expected):
    # no verb of saying introduces a letter's sentences: each that takes a stance is the signatory's, her state's
    # words are hers, someone she cites speaks for himself, and the request to circulate the letter says nothing
    assert [(s["speaker"], s["type"]) for s in draft(text, registry).statements] == expected


@pytest.mark.parametrize("title,speaker", [
    ("Foreign Ministry Spokeswoman Yelena Dravina's Regular Press Conference on July 30, 2026", "dravina"),
    ("Press Briefing by Deputy Spokesperson Nadia Vell, March 11", "nadia_vell"),
])
def test_the_answers_of_a_q_and_a_transcript_are_those_of_whose_briefing_its_title_says_it_is(registry, title, speaker):
    text = (f"{title}\n\nQ: Are Varanian units moving towards the border?\n\n"
            "A: Varania has never sent a single soldier across the river. I would refer you to the competent "
            "authorities.")
    assert [(s["speaker"], s["type"]) for s in draft(text, registry).statements] == [
        (speaker, "claim"), (speaker, "non_confirmation")]


@pytest.mark.parametrize("title,speaker", [
    ("Answers of the Official Representative of the Foreign Ministry Yelena Dravina to questions from the media",
     "dravina"),
    ("Deputy Spokesperson Nadia Vell's replies to journalists' questions, March 11", "nadia_vell"),
    ("Comment by Yelena Dravina in reply to a media question", "dravina"),
])
def test_the_answers_of_a_transcript_are_those_of_whose_answers_to_the_press_its_title_says_it_gives(
        registry, title, speaker):
    text = (f"{title}\n\nQuestion: Are Varanian units moving towards the border?\n\n"
            "Answer: Varania has never sent a single soldier across the river. I would refer you to the competent "
            "authorities.")
    assert [(s["speaker"], s["type"]) for s in draft(text, registry).statements] == [
        (speaker, "claim"), (speaker, "non_confirmation")]


@pytest.mark.parametrize("text", [
    "Which side fired first on the night the ceasefire was meant to begin along the river is disputed: the Varanian "
    "foreign ministry has stated that "
    "Belmark's guns opened fire at dawn.",
    "Only one question mattered to the families who had waited at the bridge all through the cold night: the "
    "Varanian foreign ministry has said that "
    "Belmark's guns opened fire at dawn.",
])
def test_a_clause_a_colon_ends_is_no_part_of_the_subject_after_it(registry, text):
    # the clause before the colon once made the subject too long to be anyone's
    assert [(s["speaker"], s["quote"]) for s in draft(text, registry).statements] == [
        ("varania_mfa", "Belmark's guns opened fire at dawn")]


@pytest.mark.parametrize("turn", [
    "Nor would I. And let me say this to Belmark tonight: if its guns fire on Kordesk again, it will bear the "
    "consequences.",
    "So do I. Let me tell the Compact plainly: if Belmark's guns fire on Kordesk again, Belmark will pay a heavy price.",
])
def test_let_me_say_in_a_turn_is_the_speaker_s_own_saying(registry, turn):
    # "I." before "And" was read as an initial, which made "So would I. And" a new person called "And"
    text = ("Border Talk, episode 5\n\nANNA GREAVES: Good evening, this is Anna Greaves, and my guest tonight is Taver "
            f"Oskun.\n\nTAVER OSKUN: {turn}")
    assert [(s["speaker"], s["type"]) for s in draft(text, registry).statements] == [("oskun", "warning")]


@pytest.mark.parametrize("text,speaker", [
    ("Vesna Dobra spent the war in her cellar. His brother Anton helped to carry the bodies out. “Nobody ties the hands "
     "of a man killed by a shell.”", "anton"),
    ("Daria Voss spoke first. Their neighbour, Ilse Varga, was less guarded. “The soldiers came at night and took the "
     "men to the orchard.”", "ilse_varga"),
])
def test_a_quote_after_a_sentence_about_someone_s_kin_or_neighbour_is_theirs(registry, text, speaker):
    # "His" and "Their" were once taken for the surname of someone new
    assert [s["speaker"] for s in draft(text, registry).statements] == [speaker]


@pytest.mark.parametrize("text,expected", [
    ("The border has been quiet since Sunday, Daria Voss said by telephone from Selvana.",
     ("voss", "The border has been quiet since Sunday")),
    ("No convoy has crossed the river, Anatol Mirnov said via video link from Tashgard.",
     ("mirnov", "No convoy has crossed the river")),
    ("The shelling never stopped, her husband, Tomas, said.", ("tomas", "The shelling never stopped")),
    ("Our house was the first to burn, his neighbour, Ilse, said on Monday.", ("ilse", "Our house was the first to burn")),
])
def test_the_words_before_an_attribution_end_before_it_however_it_ends(registry, text, expected):
    # how the words were given ("by telephone from Selvana") is no part of them, nor is whose kin the speaker is
    assert [(s["speaker"], s["quote"]) for s in draft(text, registry).statements] == [expected]


@pytest.mark.parametrize("text,expected", [
    ("Belmark, according to Daria Voss, has moved two brigades to the border.",
     ("voss", "has moved two brigades to the border")),
    ("The convoy, according to the Varanian foreign ministry, was carrying only medicine.",
     ("varania_mfa", "was carrying only medicine")),
])
def test_according_to_between_a_subject_and_its_verb_leaves_the_clause_going_on(registry, text, expected):
    # the verb phrase after the aside, lower-case, was once read as a description of the source
    assert [(s["speaker"], s["quote"]) for s in draft(text, registry).statements] == [expected]


@pytest.mark.parametrize("text,expected", [
    ("The Varanian foreign ministry issued a statement on Monday. \"Belmark's guns opened fire at dawn,\" the "
     "statement read.", [("varania_mfa", "Belmark's guns opened fire at dawn")]),
    ("The Varanian foreign ministry posted an update at noon. Wednesday's update went further. \"Belmark's guns "
     "opened fire at dawn,\" it read.", [("varania_mfa", "Belmark's guns opened fire at dawn")]),
    ("Daria Voss read the report twice before the meeting.", []),
    ("\"I have read that letter,\" Daria Voss added.", [("voss", "I have read that letter")]),
])
def test_a_document_s_words_are_what_it_reads(registry, text, expected):
    # "read" gives a document's words, and the words are its issuer's; a person reading is only reading
    assert [(s["speaker"], s["quote"]) for s in draft(text, registry).statements] == expected


@pytest.mark.parametrize("text", [
    "Daria Voss called reports of a massacre “exaggerated”.",
    "The Varanian foreign ministry described the casualty figures as inflated and overblown.",
])
def test_calling_figures_or_reports_exaggerated_dismisses_them(registry, text):
    assert [s["type"] for s in draft(text, registry).statements] == ["dismissal"]


@pytest.mark.parametrize("reaction,about", [
    ("The Varanian embassy in Halden said in a statement posted on social media that the committee had been fed fairy "
     "tales.", "corvasia_troops_will_fight"),
    ("The Corvasian embassy, which says its military advisers in Varania only train local crews, called that a fairy "
     "tale.", "corvasia_troops_will_fight"),
    # what the sentence says the speaker was asked about is what the answer is about
    ("Asked about the prisoners, Varania's foreign ministry spokeswoman said she had nothing to add and referred "
     "reporters to the defence ministry in Tashgard.", "corvasia_casualties"),
])
def test_a_back_reference_points_to_what_was_said_before_not_to_its_own_attribution(registry, reaction, about):
    # the words of the attribution ("which says its military advisers …") once made the sentence raise a claim of its
    # own, which the back-reference then took
    text = f"Kalyn told the committee that Corvasian units would soon be sent into combat against Belmark. {reaction}"
    assert [s["about"] for s in draft(text, registry).statements] == ["corvasia_troops_will_fight", about]


@pytest.mark.parametrize("heading,speaker", [
    ("STATEMENT BY THE FOREIGN MINISTER OF BELMARK, MARTA RUZHYN", "ruzhyn"),
    ("Statement by Henrik Aaland, Estmark's defence minister", "aaland"),
])
def test_a_statement_headed_by_its_author_s_name_is_theirs(registry, heading, speaker):
    # a minister's statement a page gives under a heading, each paragraph opening with a quotation mark
    text = ("The Varanian defence ministry said on Tuesday that its troops had come under fire near Orsk.\n\n"
            f"{heading}\n\n\"Corvasian troops are fighting against Belmark's forces at the front near Drovny.\n\n"
            "\"We call on Corvasia to withdraw its military personnel from Varania.\"\n\nREACTIONS\n\n"
            "The border has been quiet since Tuesday night, and farmers have returned to their fields.")
    assert [(s["speaker"], s["quote"]) for s in draft(text, registry).statements] == [
        ("varania_mod", "its troops had come under fire near Orsk"),
        (speaker, "Corvasian troops are fighting against Belmark's forces at the front near Drovny"),
        (speaker, "Corvasia to withdraw its military personnel from Varania")]


@pytest.mark.parametrize("text,expected", [
    ("The Company notes the statement of the Varanian foreign ministry on 3 March that the depot had been empty.",
     [("varania_mfa", "claim", "the depot had been empty")]),
    ("Belmark dismissed the assertion of Anatol Mirnov that the depot had been empty.",
     [("belmark", "dismissal", "the assertion of Anatol Mirnov that the depot had been empty"),
      ("mirnov", "claim", "the depot had been empty")]),
    # "claims of torture" say what is claimed, not who claims it
    ("He spoke of the claims of torture that had reached the committee.", []),
])
def test_the_statement_of_someone_that_is_their_claim(registry, text, expected):
    assert [(s["speaker"], s["type"], s["quote"]) for s in draft(text, registry).statements] == expected


@pytest.mark.parametrize("text,expected", [
    ("Press conference in Tashgard\n\nQUESTION: On Friday your defence ministry said Belmark had shelled the depot at "
     "Orsk. Is that still your position?\n\nANATOL MIRNOV: Our position has not changed since Friday.",
     [("varania_mod", "Belmark had shelled the depot at Orsk"), ("mirnov", "Our position has not changed since Friday")]),
    ("Briefing in Halden\n\nREPORTER: In March your foreign ministry said Corvasian troops were training in Varania. "
     "Do you still believe that?\n\nDARIA VOSS: We have seen nothing since March that changes our assessment.",
     [("belmark_mfa", "Corvasian troops were training in Varania"),
      ("voss", "We have seen nothing since March that changes our assessment")]),
])
def test_your_in_a_question_from_the_floor_is_whoever_answers_it(registry, text, expected):
    # the question is put to the next speaker: "your defence ministry" is the Varanian foreign minister's side's
    assert [(s["speaker"], s["quote"]) for s in draft(text, registry).statements] == expected


@pytest.mark.parametrize("text,expected", [
    ("Counsel for Belmark submitted that Corvasian troops were in Varania.",
     [("belmark", "claim", "Corvasian troops were in Varania")]),
    ("Anatol Mirnov submitted that the detention served no purpose.",
     [("mirnov", "claim", "the detention served no purpose")]),
    ("Belmark submits that the deployment violates Security Council resolutions.",
     [("belmark", "claim", "the deployment violates Security Council resolutions")]),
    # a party submits a report or a request: no words of its own
    ("Varania submitted a report to the Council on Monday.", []),
])
def test_what_counsel_or_a_party_submits_that_is_claimed(registry, text, expected):
    # the register of courts and hearings: "counsel submitted that …" argues a case
    assert [(s["speaker"], s["type"], s["quote"]) for s in draft(text, registry).statements] == expected


@pytest.mark.parametrize("text,expected", [
    ("ROYAL INTELLIGENCE BUREAU\nDaily Update 12/2025 issued on 4 March 2025\n\nSummary\n\nThe Bureau assesses that "
     "several thousand Corvasian troops have been sent to Varania.\n\n- Corvasian troops are training at military sites "
     "in Varania.",
     [("estmark_rib", "several thousand Corvasian troops have been sent to Varania"),
      ("estmark_rib", "Corvasian troops are training at military sites in Varania")]),
    ("COMMUNIQUÉ on the situation in Drovny\n\nMinistry of Foreign Affairs of Belmark\nPress Service, Communiqué No. "
     "7/2025\nHalden, 4 March 2025\n\nCorvasian troops are fighting against Belmark's forces at the front near Drovny.",
     [("belmark_mfa", "Corvasian troops are fighting against Belmark's forces at the front near Drovny")]),
    # a title and a reporter's byline name no issuer, and leave no speaker behind
    ("Soldiers report new enemy units near Drovny\n\nBy Lena Holt, Southern Correspondent\n\nDROVNY — \"At first it "
     "was one or two call signs. Now whole assault groups speak Corvasian,\" said a company commander who goes by the "
     "call sign Heron.", []),
])
def test_a_document_under_its_issuer_s_name_and_kind_is_the_issuer_s(registry, text, expected):
    # a monitoring mission's daily report, a ministry's communiqué: the issuer's name on a line of its own and a line
    # that says what kind of document it is; "the Bureau" in it is the issuer
    assert [(s["speaker"], s["quote"]) for s in draft(text, registry).statements] == expected


@pytest.mark.parametrize("lead,opening,closing,speaker", [
    ("The statement, issued by Belmark's foreign ministry, follows in full:", '"', '"', "belmark_mfa"),
    ("The communiqué, released by the Royal Intelligence Bureau, is reproduced below.", "“", "”", "estmark_rib"),
])
def test_a_statement_given_in_full_inside_quotation_marks_is_its_issuer_s_until_they_close(registry, lead, opening,
                                                                                           closing, speaker):
    text = (f"Halden, March 12. Governments reacted on Wednesday to the reports.\n\n{lead}\n\n{opening}STATEMENT ON "
            "THE DEPLOYMENT\n\n1. Several thousand Corvasian troops have been sent to Varania.\n\n"
            f"2. Corvasian troops will be sent into combat against Belmark within weeks.{closing}\n\n"
            "Markets in Halden closed lower on Wednesday as investors weighed the risk of a wider war.")
    assert [(s["speaker"], s["quote"]) for s in draft(text, registry).statements] == [
        (speaker, "Several thousand Corvasian troops have been sent to Varania"),
        (speaker, "Corvasian troops will be sent into combat against Belmark within weeks")]


@pytest.mark.parametrize("entry,expected", [
    ("Has called the reports of Corvasian troops in Varania \"a fairy tale\" since February.",
     ("mirnov", "the reports of Corvasian troops in Varania \"a fairy tale\"")),
    ("Flatly denied on Monday that any Corvasian soldier had crossed into Varania.",
     ("mirnov", "any Corvasian soldier had crossed into Varania")),
    ("Has so far declined to say whether Corvasian units are in Drovny.",
     ("mirnov", "declined to say whether Corvasian units are in Drovny")),
])
def test_a_guide_s_entry_leaves_out_the_subject_its_heading_names(registry, entry, expected):
    # "Who's who": a heading in capitals names the player, and the paragraph under it leaves them out as its subject
    text = ("Who's who in the Drovny crisis\n\nOur guide to the key players.\n\nANATOL MIRNOV, Varania's foreign "
            f"minister\n\n{entry}\n\nDARIA VOSS, President of Belmark\n\nHas urged Ardenne to impose new sanctions.")
    assert [(s["speaker"], s["quote"]) for s in draft(text, registry).statements] == [
        expected, ("voss", "Ardenne to impose new sanctions")]


@pytest.mark.parametrize("header,body,speaker", [
    ("Defence Intelligence of Belmark | Assessment | 4 March 2025",
     "We assess that several thousand Corvasian troops have been sent to Varania.", "belmark_bdi"),
    ("Royal Intelligence Bureau | Update | Last updated: 4 March 2025",
     "We have seen Corvasian soldiers training at military sites in Varania.", "estmark_rib"),
])
def test_a_page_under_its_issuer_s_header_is_the_issuer_s_through_its_section_headings(registry, header, body, speaker):
    # a web page's header gives the body, the kind of page and the day; "we" in it is the body, under every heading
    text = (f"Corvasian forces in Varania\n\n{header}\n\nSUMMARY\n\n{body}\n\nKEY POINTS\n\nVarania's foreign "
            f"ministry said on Monday that no Corvasian troops were in the country. {body}")
    assert [s["speaker"] for s in draft(text, registry).statements] == [speaker, "varania_mfa", speaker]


@pytest.mark.parametrize("end", ["ENDS", "-ends-", "###"])
def test_a_press_release_ends_at_its_end_mark(registry, end):
    text = ("Belmark condemns the deployment\n\nPRESS RELEASE - Ministry of Foreign Affairs of Belmark, 2 April 2025"
            "\n\nThe Ministry condemns the deployment of Corvasian troops to Varania.\n\n"
            f"{end}\n\nNotes to editors: The Ministry's spokesperson is available for interviews on Thursday.")
    assert [(s["speaker"], s["quote"]) for s in draft(text, registry).statements] == [
        ("belmark_mfa", "the deployment of Corvasian troops to Varania")]


@pytest.mark.parametrize("heading", [
    "Answered by Henrik Aaland, Minister of Defence of Estmark",
    "Answer given by Minister Aaland on behalf of the Government of Estmark (18.3.2031)",
])
def test_a_written_answer_is_the_words_of_whoever_its_heading_says_gives_it(registry, heading):
    # a parliament's written questions and answers: the answer has no verb of saying, and "the Government" is its giver
    text = ("Written questions and answers\n\nAsked by Marta Ruzhyn\n\nTo ask the Minister of Defence (a) whether "
            "Corvasian troops are in Varania; and (b) whether the Government will send shells to Belmark.\n\n"
            f"{heading}\n\n(a) Several thousand Corvasian troops have been sent to Varania in recent weeks.\n\n"
            "(b) The Government has no plans to send artillery shells to Belmark at this time.")
    assert [(s["speaker"], s["quote"]) for s in draft(text, registry).statements] == [
        ("aaland", "Several thousand Corvasian troops have been sent to Varania in recent weeks"),
        ("aaland", "The Government has no plans to send artillery shells to Belmark at this time")]


@pytest.mark.parametrize("standfirst", [
    "Ivo Starkov, 52, was Varania's envoy until March, when he resigned. His account has been condensed. As told to "
    "Lena Holt.",
    "Ivo Starkov spent eleven years as Varania's envoy before he resigned in March.\n\nAs told to Lena Holt",
])
def test_a_first_person_account_as_told_to_a_reporter_is_its_narrator_s(registry, standfirst):
    text = (f"FIRST PERSON\n\n{standfirst}\n\nI saw the Corvasian units arrive at the depot in February. Nobody in "
            "Tashgard told us the truth about why they had come.\n\nI do not know what happens to them now.")
    assert [(s["speaker"], s["quote"]) for s in draft(text, registry).statements] == [
        ("starkov", "I saw the Corvasian units arrive at the depot in February"),
        ("starkov", "Nobody in Tashgard told us the truth about why they had come"),
        ("starkov", "I do not know what happens to them now")]


@pytest.mark.parametrize("voss,mirnov", [
    ("[through interpreter]", "(via interpreter)"),
    ("(speaking through an interpreter)", "[in translation]"),
])
def test_a_transcript_label_that_says_the_words_were_interpreted_is_still_the_speaker_s(registry, voss, mirnov):
    text = (f"Press conference of Daria Voss and Anatol Mirnov\n\nDARIA VOSS {voss}: Our border is closed to every "
            f"convoy until the inspectors arrive.\n\nANATOL MIRNOV {mirnov}: Corvasian units have never crossed into "
            "Belmark.")
    assert [(s["speaker"], s["quote"]) for s in draft(text, registry).statements] == [
        ("voss", "Our border is closed to every convoy until the inspectors arrive"),
        ("mirnov", "Corvasian units have never crossed into Belmark")]


@pytest.mark.parametrize("text,speaker", [
    ("On the day of the landing the interior ministry said the pilot was safe.", "interior_ministry"),
    ("On the eve of the vote Daria Voss said the depot was empty.", "voss"),
    ("On the night after the strike Anatol Mirnov said the depot was empty.", "mirnov"),
    # "your" with no one addressed names no one, and a weekday is no part of a name
    ("On Friday your defence ministry said Belmark had struck the depot.", None),
    ("In December your ambassador told us the blockade was the reason for dearer bread.", None),
])
def test_a_time_said_before_the_subject_is_no_part_of_its_name(registry, text, speaker):
    assert [s["speaker"] for s in draft(text, registry).statements] == ([speaker] if speaker else [])


@pytest.mark.parametrize("reaction,about", [
    ("Varania's foreign ministry would not say whether Ardenne's ambassador had been summoned.",
     "draft_whether_ardenne_ambassador_summon"),
    ("The Varanian defence ministry dismissed the talk of a grain deal with Ardenne as theatre.",
     "draft_talk_grain_deal_ardenne_theatre"),
    ("Daria Voss declined to say whether the Security Council would meet on Friday.",
     "draft_whether_security_council_meet_friday"),
    # words that only point back, or say it with a pronoun, answer what was said just before
    ("Varania's foreign ministry would not say whether they would be used.", "corvasia_troops_will_fight"),
    ("Daria Voss would not say when that would happen.", "corvasia_troops_will_fight"),
    ("The Varanian defence ministry declined to comment.", "corvasia_troops_will_fight"),
])
def test_a_refusal_that_says_what_it_is_about_is_not_about_what_was_said_just_before(registry, reaction, about):
    # no proposition covers "whether Ardenne's ambassador had been summoned" well enough, and it shares nothing with
    # the troops sent into combat: it proposes its own, rather than inventing a stance on the claim before it
    text = f"Kalyn told the committee that Corvasian units would soon be sent into combat against Belmark. {reaction}"
    assert [s["about"] for s in draft(text, registry).statements] == ["corvasia_troops_will_fight", about]


@pytest.mark.parametrize("text,expected", [
    ("On Monday Daria Voss blamed the shelling on a Belmark battery, four days after telling Varpress that the guns "
     "had been silent all week.",
     [("accusation", "the shelling on a Belmark battery", "2025-03-10"),
      ("claim", "the guns had been silent all week", "2025-03-06")]),
    ("Anatol Mirnov said on Tuesday that a rocket had hit the depot, a day after denying any Corvasian role.",
     [("claim", "a rocket had hit the depot", "2025-03-11"), ("denial", "any Corvasian role", "2025-03-10")]),
    ("Anatol Mirnov on Monday admitted the depot had been hit, after saying Saturday that the guns had been silent.",
     [("confirmation", "the depot had been hit", "2025-03-10"), ("claim", "the guns had been silent", "2025-03-08")]),
])
def test_what_a_speaker_said_before_told_after_the_words_is_a_statement_of_its_own_day(registry, text, expected):
    # a position that moved, told in one sentence: the earlier words are dated by the gap the sentence gives
    assert [(s["type"], s["quote"], s.get("date")) for s in draft(text, registry).statements] == expected


@pytest.mark.parametrize("opening,later", [
    ("TOMAS REIN: Welcome back. I'm Tomas Rein.\n\nANNA GREAVES: And I'm Anna Greaves. With us is Taver Oskun.",
     "TOMAS"),
    ("ANNA GREAVES: Good evening, this is Anna Greaves, and my guest tonight is Taver Oskun.", "ANNA"),
])
def test_a_programme_s_hosts_introduce_themselves_and_their_first_name_labels_are_theirs(registry, opening, later):
    # hosts say nothing of their own but what they relay; a later first-name label is the host named in full before
    text = (f"Border Talk, episode 4\n\n{opening}\n\n"
            f"{later}: This week the talks in Selvana look finished. Varania's foreign ministry said on Monday that "
            "the talks had failed.\n\n"
            "TAVER OSKUN: Nobody in our delegation has left the table, and nobody will leave before Friday.\n\n"
            "OSKUN: The Varanian delegation has been stalling the talks for weeks.")
    assert [s["speaker"] for s in draft(text, registry).statements] == ["varania_mfa", "oskun", "oskun"]


@pytest.mark.parametrize("text", [
    "Daria Voss met Henrik Aaland in Selvana on Monday. \"Our border is closed to every convoy until the inspectors "
    "arrive,\" the Head of State said.",
    "Daria Voss met Henrik Aaland in Selvana on Monday. According to the Belmark leader, our border is closed to "
    "every convoy until the inspectors arrive.",
])
def test_the_head_of_state_or_a_state_s_leader_is_the_leader_the_story_named(registry, text):
    # not a new speaker called "head", nor "belmark_leader": Belmark's president, named before
    assert [s["speaker"] for s in draft(text, registry).statements] == ["voss"]


@pytest.mark.parametrize("text,expected", [
    ("Voss recalled that Corvasian troops had crossed the river in March.",
     [("voss", "Corvasian troops had crossed the river in March")]),
    ("Voss reaffirmed that Belmark would not cede land. Belmark recalled its ambassador from Kordesk on Monday.",
     [("voss", "Belmark would not cede land")]),
])
def test_recalled_and_reaffirmed_report_only_with_a_clause(registry, text, expected):
    # a readout's verbs; "recalled its ambassador" is a deed, not a report
    assert [(s["speaker"], s["quote"]) for s in draft(text, registry).statements] == expected


@pytest.mark.parametrize("text,speaker", [
    ("Negotiators have settled most of the text of a ceasefire, according to three people familiar with the talks.",
     "sources_familiar_with_the_talks"),
    ("Two officials briefed on the draft said its wording matched the version handed to both delegations.",
     "officials_briefed_on_the_draft"),
    ("The ceasefire could begin on Friday, a person with knowledge of the matter said.",
     "source_with_knowledge_of_the_matter"),
])
def test_unnamed_sources_described_by_what_they_know_speak(registry, text, speaker):
    assert [s["speaker"] for s in draft(text, registry).statements] == [speaker]


@pytest.mark.parametrize("text", [
    "Daria Voss, Belmark's president, told the Selvana Post the Corvasian attack bore every hallmark of its drone units.",
    "Daria Voss told Varpress on Monday the Corvasian attack bore every hallmark of its drone units.",
])
def test_told_a_named_listener_then_the_words_without_that(registry, text):
    # the outlet told is who heard it, not the start of the words, and the words are not the speaker's name
    assert [(s["speaker"], s["quote"]) for s in draft(text, registry).statements] == [
        ("voss", "the Corvasian attack bore every hallmark of its drone units")]


@pytest.mark.parametrize("note", [
    "Correction, August 22: An earlier version of this article misattributed a quote beginning \"There was no swap\" "
    "to Daria Voss. It was said by Marta Ruzhyn.",
    "An earlier version of this story said Ruzhyn had called the talks a failure. She said they had stalled.",
])
def test_an_outlets_correction_note_is_its_own_voice(registry, note):
    text = f"Voss said the talks had failed.\n\n{note}"
    assert [(s["speaker"], s["quote"]) for s in draft(text, registry).statements] == [("voss", "the talks had failed")]


@pytest.mark.parametrize("text", [
    "The talks have failed, a ministry spokesman, Ivo Lant, told Varpress.",
    "The talks have failed, Ivo Lant, a ministry spokesman, said on Monday.",
])
def test_words_then_a_name_and_its_description_then_the_cue(registry, text):
    # the name and its description are no part of the words, and the outlet told is no speaker
    assert [(s["speaker"], s["quote"]) for s in draft(text, registry).statements] == [
        ("ivo_lant", "The talks have failed")]


@pytest.mark.parametrize("outlet", ["Varpress", "BNC News"])
def test_an_outlets_own_label_in_its_interview_only_asks_and_relays(registry, outlet):
    # the outlet's turns hold what they relay, not its own claims; "Mr Oskun, the minister told …" addresses the guest
    text = (f"{outlet}: Mr Oskun, the Varanian foreign ministry said on Monday that the talks had failed. The border "
            "has been closed for a week.\n\n"
            "Oskun: Nobody in our delegation has left the table, and nobody will leave before Friday.")
    assert [(s["speaker"], s["quote"]) for s in draft(text, registry).statements] == [
        ("varania_mfa", "the talks had failed"),
        ("oskun", "Nobody in our delegation has left the table, and nobody will leave before Friday")]


@pytest.mark.parametrize("text", [
    "Varpress: In May you told parliament that not one Varanian soldier was in Belmark. Was that true?\n\n"
    "Oskun: Nobody in our delegation has left the table, and nobody will leave before Friday.",
    "TOMAS REIN (presenter): Our guest is Taver Oskun. Minister, you said on Monday that not one Varanian soldier "
    "was in Belmark. Is that still so?\n\n"
    "TAVER OSKUN: Nobody in our delegation has left the table, and nobody will leave before Friday.",
])
def test_you_in_an_interviewers_question_is_the_guest(registry, text):
    assert [(s["speaker"], s["quote"][:30]) for s in draft(text, registry).statements] == [
        ("oskun", "not one Varanian soldier was i"), ("oskun", "Nobody in our delegation has l")]


@pytest.mark.parametrize("text", [
    "Varania has been insisting since March that no soldier crossed the river.",
    "Varania is insisting that no soldier crossed the river.",
])
def test_a_continuous_tense_reports_and_a_time_before_that_is_no_part_of_the_words(registry, text):
    # "is insisting" is no passive, and "since March" says when, not what
    assert [(s["speaker"], s["quote"]) for s in draft(text, registry).statements] == [
        ("varania", "no soldier crossed the river")]


@pytest.mark.parametrize("text", [
    "The Minister of Foreign Affairs (Marta Ruzhyn): With permission, I shall make a statement. The border has been "
    "closed to all convoys since Monday night.\n\nTaver Oskun (Corvasia): Will the border reopen before the truce "
    "ends?\n\nThe Minister of Foreign Affairs: No convoy will cross it before the inspectors arrive.",
    "The Foreign Minister (Marta Ruzhyn): Let me first thank the border guards, who have worked day and night. The "
    "border has been closed to all convoys since Monday night.\n\nTaver Oskun (Corvasia): Will it reopen?\n\n"
    "The Foreign Minister: No convoy will cross it before the inspectors arrive.",
])
def test_a_parliamentary_record_names_an_office_s_holder_once_then_the_office(registry, text):
    # the later "The Minister …:" is the holder named in brackets before; opening courtesies take no stance
    assert [(s["speaker"], s["quote"]) for s in draft(text, registry).statements] == [
        ("ruzhyn", "The border has been closed to all convoys since Monday night"),
        ("ruzhyn", "No convoy will cross it before the inspectors arrive")]


@pytest.mark.parametrize("intro", [
    "Taver Oskun, who advises the foreign ministry, spoke to the Selvana Post.",
    "The vice foreign minister, Taver Oskun, talked to BNC News in Tashgard on Monday.",
    # the outlet met its guest, named or as "him" after the sentence that opened on him
    "Taver Oskun, Corvasia's vice foreign minister, has spent a month defending the talks. The Post met him in his "
    "office on Monday.",
    "We sat down with the vice foreign minister, Taver Oskun, in Tashgard last week.",
])
def test_the_answers_of_an_interview_are_those_of_whom_its_introduction_says_it_is_with(registry, intro):
    text = (f"Talks in trouble\n\n{intro} The interview has been edited.\n\nQ: Have the talks failed?\n\n"
            "A: Nobody in our delegation has left the table, and nobody will leave before Friday.")
    assert [s["speaker"] for s in draft(text, registry).statements] == ["oskun"]


@pytest.mark.parametrize("text,speaker", [
    ("@DMirnov, 12:40, quoting that post: \"Nothing? The hand of Belmark is visible in this attack.\"", "mirnov"),
    ("@CCNA_Official, 11:02: \"The so-called revelations are anonymous fantasy dressed up as journalism.\"", "ccna"),
])
def test_a_post_labelled_with_its_account_and_time_is_the_account_holders(registry, text, speaker):
    # a time after the handle is no account's description, and a handle may spell a surname with an initial
    assert [s["speaker"] for s in draft(text, registry).statements] == [speaker]


@pytest.mark.parametrize("text,quote", [
    ("Headline\n\nThe brigade commander, Oleh Marko, met our correspondent at dawn.\n\n«They crossed the field in a "
     "line, forty of them,» said Marko.", "They crossed the field in a line, forty of them"),
    ("Headline\n\n»Nobody here has seen a foreign soldier«, said Ivan Petrov, a farmer in the village.",
     "Nobody here has seen a foreign soldier"),
])
def test_guillemets_quote_as_curly_quotes_do(registry, text, quote):
    # translated and European copy quotes with «…» or »…«; the quote keeps the article's own characters
    (s,) = draft(text, registry).statements
    assert s["quote"] == quote and text[s["start"]:s["start"] + len(quote)] == quote


@pytest.mark.parametrize("text,expected", [
    ('Headline\n\nThe company commander, who uses the call sign "Bear" [Translator\'s note: "Medved" in the original; '
     "soldiers at the front are known by call signs], says the first attack came at dawn on 23 November.",
     [("company_commander", "the first attack came at dawn on 23 November")]),
    ("Headline\n\nPetro Kalyn said the column had crossed the river. [Editor's note: on 9 March Daria Voss had said "
     "she could not confirm that Corvasian troops were in Varania.]",
     [("kalyn", "the column had crossed the river"),
      ("voss", "could not confirm that Corvasian troops were in Varania")]),
])
def test_a_translators_note_inside_a_sentence_is_passed_over_and_one_standing_alone_is_read(registry, text, expected):
    assert [(s["speaker"], s["quote"]) for s in draft(text, registry).statements] == expected


@pytest.mark.parametrize("text", [
    "On Tuesday the Varanian Defence Ministry, in a statement read on state television, again said that no soldier "
    "had crossed the river.",
    "Last week the Varanian Defence Ministry, in a note to embassies, once again insisted that no soldier had crossed "
    "the river.",
])
def test_an_opening_phrase_then_the_speaker_an_aside_and_an_adverb(registry, text):
    # no comma closes "On Tuesday", the aside sets the scene, and "again" is no part of the subject
    assert [(s["speaker"], s["quote"]) for s in draft(text, registry).statements] == [
        ("varania_mod", "no soldier had crossed the river")]


@pytest.mark.parametrize("intro,speaker", [
    ("The head of the district administration, Ihor Valek, welcomed the news but asked for more.", "ihor_valek"),
    ("Lev Horak, 24, flies drones for the same company.", "lev_horak"),
])
def test_a_person_introduced_with_a_description_is_who_he_means_next(registry, intro, speaker):
    text = f"Petro Kalyn said the column had crossed the river.\n\n{intro} “We need shells, not words,” he said."
    speakers = [s["speaker"] for s in draft(text, registry).statements]
    assert (speakers[0], speakers[-1], set(speakers[1:])) == ("kalyn", speaker, {speaker})  # "asked for more" is a call


@pytest.mark.parametrize("byline,tagline", [
    ("By Taver Oskun, Foreign Minister of Corvasia", ""),
    ("By Taver Oskun", "\n\nTaver Oskun is the foreign minister of Corvasia."),
    # the outlet goes on after the closing line, in the same paragraph, in its own voice
    ("By Taver Oskun", "\n\nTaver Oskun is Corvasia's Foreign Minister. The Post offered Belmark's foreign ministry "
                       "space to reply; it declined."),
    ("By Taver Oskun", "\n\nTaver Oskun is the foreign minister of Corvasia. The Royal Intelligence Bureau, asked "
                       "to respond, said it does not comment."),
    # the closing line set in italics, as a web page's text keeps them
    ("By Taver Oskun", "\n\n*Taver Oskun is the Minister of Foreign Affairs of Corvasia.*"),
    ("By Taver Oskun", "\n\n_Taver Oskun is Corvasia's foreign minister._"),
])
def test_an_op_ed_an_office_holder_signs_is_his_sentence_by_sentence(registry, byline, tagline):
    # no verb of saying anywhere: the byline (or the closing line) says who speaks, and "I call on" is him
    text = (f"The border cannot wait\n\n{byline}\n\nOur border lies forty kilometres from the river. Corvasian "
            "soldiers have never crossed it. I call on Belmark to withdraw its drones from the border."
            f"{tagline}")
    statements = [(s["speaker"], s["type"]) for s in draft(text, registry).statements]
    assert statements[:3] == [("oskun", "claim"), ("oskun", "claim"), ("oskun", "call")]
    assert statements[3:] == ([("estmark_rib", "non_confirmation")] if "comment" in tagline else [])


@pytest.mark.parametrize("after", [
    "\n\nREACTIONS\n\nBelmark's foreign ministry dismissed the article as \"a fantasy for domestic readers\".",
    "\n\nThe column drew a swift reply.\n\nMikael Arnholt, a spokesman for Belmark's foreign ministry, told "
    "reporters that the minister \"knows perfectly well where the drones are\".",
])
def test_an_op_ed_whose_closing_line_is_followed_by_the_outlets_report_is_still_the_authors(registry, after):
    # the page goes on after "X is Corvasia's foreign minister." with the reactions: the column is still his
    text = ("The border cannot wait\n\nBy Taver Oskun\n\nOur border lies forty kilometres from the river. Corvasian "
            "soldiers have never crossed it. I call on Belmark to withdraw its drones from the border.\n\n"
            f"Taver Oskun is Corvasia's Foreign Minister.{after}")
    statements = [(s["speaker"], s["type"]) for s in draft(text, registry).statements]
    assert statements[:3] == [("oskun", "claim"), ("oskun", "claim"), ("oskun", "call")]
    assert len(statements) == 4 and statements[3][0] != "oskun"


@pytest.mark.parametrize("byline", [
    "By Karin Solberg, political correspondent",
    "By Hanna Veselka, The Selvana Post, Friday 24 October 2025",
])
def test_a_reporters_byline_leaves_the_text_the_outlets_own(registry, byline):
    text = f"The border cannot wait\n\n{byline}\n\nOur reporters saw no soldiers. Taver Oskun said the border was calm."
    assert [(s["speaker"], s["quote"]) for s in draft(text, registry).statements] == [
        ("oskun", "the border was calm")]


@pytest.mark.parametrize("text,speaker", [
    ("Two engineers who studied the photographs said the fragments came from drones.", "engineers"),
    ("Three analysts who reviewed the footage for the Evening Herald said the camp could hold a brigade.", "analysts"),
    ("A nurse who treated the wounded said most of them were children.", "nurse"),
])
def test_a_counted_source_and_what_it_did_speaks_not_the_outlet_that_asked(registry, text, speaker):
    assert [s["speaker"] for s in draft(text, registry).statements] == [speaker]



@pytest.mark.parametrize("text,speaker", [
    ("Deputy Foreign Minister Ilse Marrow said the column had crossed the river.\n\nThe Deputy Foreign Minister said "
     "the bridge was closed.", "ilse_marrow"),
    ("Director General Tomas Ekwall said the column had crossed the river.\n\n“The bridge is closed,” the Director "
     "General said.", "tomas_ekwall"),
])
def test_an_office_of_several_words_is_its_holder_named_before(registry, text, speaker):
    assert [s["speaker"] for s in draft(text, registry).statements] == [speaker, speaker]


@pytest.mark.parametrize("text", [
    "The UN monitoring team said the shelling had stopped.\n\nThe team reported that it had heard a loud explosion.",
    "The Varanian investigation team said the shelling had stopped.\n\nThe team said it had heard a loud explosion.",
])
def test_the_team_is_the_team_named_before(registry, text):
    first, second = draft(text, registry).statements
    assert second["speaker"] == first["speaker"] and second["quote"].endswith("heard a loud explosion")


@pytest.mark.parametrize("text,speaker", [
    ("The inspectors were told by the Varanian Defence Ministry that the bridge was closed.", "varania_mod"),
    ("We were informed by the Security Council that the bridge was closed.", "un_security_council"),
])
def test_told_or_informed_by_an_agent_that_gives_the_agents_words(registry, text, speaker):
    assert [(s["speaker"], s["quote"]) for s in draft(text, registry).statements] == [
        (speaker, "the bridge was closed")]


@pytest.mark.parametrize("text,speaker", [
    ("Belmark accused its neighbour of lying.\n\nThe Ministry of Foreign Affairs said the column had crossed the river.",
     "belmark_mfa"),
    ("Varania denied it.\n\nThe Ministry of Defence said no column had crossed the river.", "varania_mod"),
])
def test_a_ministry_named_without_its_state_is_that_of_the_state_just_spoken_of(registry, text, speaker):
    assert draft(text, registry).statements[-1]["speaker"] == speaker


@pytest.mark.parametrize("text,speaker", [
    ("Summary of the Ministry of Defence of Varania on the situation at the front, 10 May\n\nThe enemy attempted to "
     "cross the river with two boat groups.\n\nThe ministry calls on the Compact to condemn the shelling.",
     "varania_mod"),
    ("Statement by the Ministry of Foreign Affairs of Belmark\n\nBelmark will never accept the annexation of the river "
     "islands. We call on the Compact to condemn the shelling.", "belmark_mfa"),
])
def test_a_document_titled_as_its_issuers_is_the_issuers_throughout(registry, text, speaker):
    statements = draft(text, registry).statements
    assert [(s["speaker"], s["type"]) for s in statements] == [(speaker, "claim"), (speaker, "call")]


@pytest.mark.parametrize("text,speaker", [
    ("According to the regional governor, Ivan Petrov, fragments fell on a kindergarten.", "ivan_petrov"),
    ("According to the head of the district, Olha Marenko, fragments fell on a kindergarten.", "olha_marenko"),
])
def test_according_to_a_description_then_a_name(registry, text, speaker):
    assert [(s["speaker"], s["quote"]) for s in draft(text, registry).statements] == [
        (speaker, "fragments fell on a kindergarten")]


@pytest.mark.parametrize("text,speaker", [
    ("As the Varanian Defence Ministry stated on 4 May, the column had crossed the river.", "varania_mod"),
    ("As Voss said on Monday, the column had crossed the river.", "voss"),
])
def test_as_someone_said_then_the_words(registry, text, speaker):
    assert [(s["speaker"], s["quote"]) for s in draft(text, registry).statements] == [
        (speaker, "the column had crossed the river")]


@pytest.mark.parametrize("text", [
    '"It was a panic stunt from day one," Nils Brekke blasted.',
    '"It was a panic stunt from day one," Nils Brekke fumed.',
    'Nils Brekke was furious. "It was a panic stunt from day one," he snapped.',
])
def test_a_tabloids_verb_of_manner_after_a_quote_says_how_not_what(registry, text):
    assert [(s["speaker"], s["type"], s["quote"]) for s in draft(text, registry).statements] == [
        ("nils_brekke", "claim", "It was a panic stunt from day one")]


@pytest.mark.parametrize("intro,speaker", [
    ("Opposition health spokesman Nils Brekke was not impressed.", "nils_brekke"),
    ("Pharmacist Lise Holm, 52, was not so sure.", "lise_holm"),
])
def test_a_role_then_a_name_is_who_the_next_pronoun_means(registry, intro, speaker):
    text = f"Voss said the talks had failed.\n\n{intro} “Nobody believes the border is calm,” {'she' if 'Lise' in intro else 'he'} said."
    assert [s["speaker"] for s in draft(text, registry).statements] == ["voss", speaker]


@pytest.mark.parametrize("line,speaker", [
    ('Claim: "No Corvasian soldier has crossed the river." (Taver Oskun, 12 April)', "oskun"),
    ('Claim: "No Corvasian soldier has crossed the river." (a post shared 40,000 times by the account Border Truth)',
     "border_truth"),
])
def test_a_fact_checks_claim_line_is_said_by_whom_its_bracket_names_and_the_verdict_by_no_one(registry, line, speaker):
    text = f"Fact check: three claims about the river\n\n{line}\n\nVerdict: FALSE\n\nSatellite images show the opposite."
    assert [(s["speaker"], s["quote"]) for s in draft(text, registry).statements] == [
        (speaker, "No Corvasian soldier has crossed the river")]


@pytest.mark.parametrize("host", ["HOST: Minister Oskun, thank you for coming in.", "PRESENTER: Taver Oskun, welcome."])
def test_a_host_greeting_the_guest_by_name_makes_the_guest_no_interviewer(registry, host):
    text = (f"Morning show\n\n{host} Has the column crossed?\n\nTAVER OSKUN: Nobody in our delegation has left the "
            "table, and nobody will leave before Friday.")
    assert [s["speaker"] for s in draft(text, registry).statements] == ["oskun"]


@pytest.mark.parametrize("question", ["MARSH: Minister Oskun, has the column crossed the river?",
                                      "MARSH: Mr Oskun, will Belmark answer the charge?"])
def test_a_host_asking_the_guest_by_name_does_not_declare_the_hosts_label(registry, question):
    """ "MARSH: Mr Oskun, …?" is a turn, not a header saying MARSH is Oskun: the host's later words stay hers."""
    text = ("Evening Desk\n\nTranscript. Host: Lena Marsh. Guest: Taver Oskun.\n\n" + question +
            "\n\nOSKUN: Nobody in our delegation has left the table.\n\nMARSH: That is not what we hear. The column "
            "crossed at dawn, and the talks are over.\n\nOSKUN: That is wrong.")
    assert [s["quote"] for s in draft(text, registry).statements if s["speaker"] == "oskun"] == [
        "Nobody in our delegation has left the table", "That is wrong"]


@pytest.mark.parametrize("text,quote", [
    ('Taver Oskun called Tashgard "a nest of liars".', 'Tashgard "a nest of liars'),
    ('- Belmark\'s Foreign Minister Taver Oskun called Halden "a city of war criminals".',
     'Halden "a city of war criminals'),
])
def test_a_naming_verb_whose_object_is_a_name(registry, text, quote):
    assert [(s["speaker"], s["quote"]) for s in draft(text, registry).statements] == [("oskun", quote)]


@pytest.mark.parametrize("line", [
    '- Taver Oskun, in Halden on Monday: "Nobody in our delegation has left the table."',
    'Taver Oskun, at the border crossing: "Nobody in our delegation has left the table."',
])
def test_a_newsletters_name_and_where_then_a_colon_and_the_words(registry, line):
    text = f"Voss spoke first.\n\n{line}"
    assert [(s["speaker"], s["quote"]) for s in draft(text, registry).statements] == [
        ("oskun", "Nobody in our delegation has left the table")]


@pytest.mark.parametrize("question", ["Every family asked us: will anyone be punished?", "Who will be punished?"])
def test_a_quoted_question_then_its_speaker_then_more_words(registry, question):
    # the question takes no stance, but its attribution after the question mark says who goes on
    text = f"Voss said the talks had failed.\n\n“{question}” Oskun said. “The answer has to be yes.”"
    assert [s["speaker"] for s in draft(text, registry).statements] == ["voss", "oskun"]


@pytest.mark.parametrize("text,speaker,quote", [
    ("Belmark wants Corvasian troops to pull back from the river first.", "belmark",
     "Corvasian troops to pull back from the river first"),
    ("President Voss wants the people responsible brought before an international court.", "voss",
     "the people responsible brought before an international court"),
])
def test_wanting_others_to_act_is_a_call(registry, text, speaker, quote):
    assert [(s["speaker"], s["type"], s["quote"]) for s in draft(text, registry).statements] == [
        (speaker, "call", quote)]


@pytest.mark.parametrize("text", ["Belmark wants peace.", "Voss wants to talk.",
                                  "Voss wanted the exercise to pass without a confrontation."])
def test_a_wish_or_a_motive_told_is_no_call(registry, text):
    assert draft(text, registry).statements == []


@pytest.mark.parametrize("place,speaker", [("Varania", "varania_mod"), ("Valmont", "ardenne_mod")])
def test_in_a_place_the_ministry_is_that_places_not_the_one_named_last(registry, place, speaker):
    text = (f"Belmark's foreign ministry said the talks had failed. In {place}, the defence ministry said the column "
            "had crossed the river.")
    assert [s["speaker"] for s in draft(text, registry).statements] == ["belmark_mfa", speaker]


@pytest.mark.parametrize("text,first,second", [
    ('Daria Voss, who in March could not confirm that the column had crossed, said on Monday that it "has engaged in '
     'combat".', "could not confirm that the column had crossed", 'it "has engaged in combat'),
    ("Voss, who had denied that any troops were there, now says they were sent to train.",
     "any troops were there", "they were sent to train"),
])
def test_what_a_relative_clause_reports_ends_where_the_main_clause_resumes(registry, text, first, second):
    assert [(s["speaker"], s["quote"]) for s in draft(text, registry).statements] == [("voss", first), ("voss", second)]


@pytest.mark.parametrize("lead", [
    "The Royal Intelligence Bureau published the following advisory on Tuesday. We reproduce it in full.",
    "This bulletin is issued by the Royal Intelligence Bureau.",
])
def test_a_document_an_article_says_it_reproduces_is_its_issuers(registry, lead):
    text = (f"Headline\n\n{lead}\n\nSUMMARY\n\nWe assess that the column crossed the river on 3 May.\n\n"
            "Border guards should close the bridge.")
    assert [(s["speaker"], s["type"], s["quote"]) for s in draft(text, registry).statements] == [
        ("estmark_rib", "claim", "the column crossed the river on 3 May"),
        ("estmark_rib", "call", "Border guards should close the bridge")]


@pytest.mark.parametrize("lead,speaker", [
    ("Daria Voss spoke for ten minutes and took no questions. Below is the text of her speech, as delivered.", "voss"),
    ("Gleb Arkanov addressed parliament on Monday. The following is the full text of Arkanov's remarks.", "arkanov"),
])
def test_a_speech_an_article_gives_in_full_is_its_speakers(registry, lead, speaker):
    text = f"Headline\n\n{lead}\n\nFriends, the enemy column crossed the river at dawn on 3 May. No one should go back there."
    assert [(s["speaker"], s["quote"]) for s in draft(text, registry).statements] == [
        (speaker, "Friends, the enemy column crossed the river at dawn on 3 May"), (speaker, "No one should go back there")]


@pytest.mark.parametrize("text,quote", [
    ("Belmark's foreign ministry said it takes no position on the dispute over the river islands.",
     "takes no position on the dispute over the river islands"),
    ("Asked about the islands, Daria Voss said Ardenne did not take a formal position on the dispute.",
     "did not take a formal position on the dispute"),
])
def test_taking_no_position_is_declining_to_commit(registry, text, quote):
    assert [(s["type"], s["quote"]) for s in draft(text, registry).statements] == [("non_confirmation", quote)]


@pytest.mark.parametrize("text", [
    "The Royal Intelligence Bureau concurred with the finding that the column crossed the river.",
    "The Royal Intelligence Bureau concurs that the column crossed the river.",
])
def test_concurring_is_confirming(registry, text):
    assert [(s["speaker"], s["type"]) for s in draft(text, registry).statements] == [("estmark_rib", "confirmation")]


@pytest.mark.parametrize("text", [
    "Skyvel rejected the ministry's account. The plane never left its assigned corridor, the airline said.",
    "Skyvel was asked about the ministry's claim. In a statement, the company said the plane had never left its "
    "assigned corridor.",
])
def test_a_business_the_registry_names_is_the_company_or_the_airline_the_article_calls_it(text):
    here = Place(Path("actors.yaml"), 1)
    actors = {"skyvel": Actor("skyvel", "organization", "Skyvel", (), None, None, None, (), here),
              "ministry": Actor("ministry", "organization", "Ministry of Transport", (), None, None, None, (), here)}
    statements = extract(text, WEDNESDAY, actors, {}).statements
    assert [(s["speaker"], s["quote"].rsplit(" ", 3)[-3:]) for s in statements][-1] == (
        "skyvel", ["its", "assigned", "corridor"])


@pytest.mark.parametrize("text,via", [
    ("The Royal Intelligence Bureau has concluded that the column crossed the river, according to Daria Voss.",
     ["voss"]),
    ("The Royal Intelligence Bureau had found that the column crossed the river, according to people who have seen "
     "the report.", None),
])
def test_what_a_body_concluded_as_others_tell_it_is_the_bodys_relayed_by_them(registry, text, via):
    (statement,) = draft(text, registry).statements
    assert (statement["speaker"], statement["quote"], statement.get("via")) == (
        "estmark_rib", "the column crossed the river", via)


@pytest.mark.parametrize("text,quote", [
    ("Belmark has asked its allies to close the border.", "its allies to close the border"),
    ("Varania asked the council not to close the airspace.", "the council not to close the airspace"),
    ("Belmark asked for more air defence.", "more air defence"),
    ("Daria Voss asked the Compact for new sanctions on Corvasia.", "the Compact for new sanctions on Corvasia"),
])
def test_asking_others_to_act_or_for_something_is_a_call(registry, text, quote):
    assert [(s["type"], s["quote"]) for s in draft(text, registry).statements] == [("call", quote)]


@pytest.mark.parametrize("text", ["Asked for comment, the ministry said nothing.", "Daria Voss was asked for her view.",
                                  "Daria Voss asked the ministry whether it was ready to talk."])
def test_asking_for_comment_or_whether_is_no_call(registry, text):
    assert not [s for s in draft(text, registry).statements if s["type"] == "call"]


@pytest.mark.parametrize("second", [
    "The head of the district administration, Ihor Valek, welcomed the news but asked for more shells.",
    "The commander of the border guard, Olha Marenko, praised the talks and warned that nothing was agreed.",
])
def test_who_did_one_thing_and_then_spoke_is_the_sentences_subject_not_the_speaker_before(registry, second):
    text = f"Petro Kalyn said the column had crossed the river.\n\n{second}"
    assert [s["speaker"] for s in draft(text, registry).statements][1:] == [
        "ihor_valek" if "Valek" in second else "olha_marenko"]


@pytest.mark.parametrize("text", [
    "Henrik Aaland of the Royal Intelligence Bureau said the column had crossed the river.",
    '"The column crossed the river at dawn," Henrik Aaland of the Royal Intelligence Bureau told reporters.',
])
def test_a_known_person_of_a_known_organisation_is_the_person(registry, text):
    assert [s["speaker"] for s in draft(text, registry).statements] == ["aaland"]


@pytest.mark.parametrize("text,speaker,quote", [
    ("The Royal Intelligence Bureau does not comment on briefings given to parliament, a spokesperson said.",
     "spokesperson", "does not comment on briefings given to parliament"),
    ("Ardenne never comments on intelligence matters, Daria Voss told reporters on Friday.", "voss",
     "never comments on intelligence matters"),
    ("Ardenne could not confirm the report, Daria Voss said.", "voss", "could not confirm the report"),
])
def test_a_refusal_then_who_said_it_is_the_speakers_refusal(registry, text, speaker, quote):
    assert [(s["speaker"], s["type"], s["quote"]) for s in draft(text, registry).statements] == [
        (speaker, "non_confirmation", quote)]


@pytest.mark.parametrize("text,speaker", [
    ("The Royal Intelligence Bureau estimated that 4,000 soldiers had crossed, Henrik Aaland said.", "estmark_rib"),
    ("Varania's defence ministry denied that any column had crossed, a spokesman said.", "varania_mod"),
])
def test_a_clause_with_its_own_speaker_then_who_relays_it_is_the_first_speakers(registry, text, speaker):
    assert [s["speaker"] for s in draft(text, registry).statements][:1] == [speaker]


@pytest.mark.parametrize("text,speaker,quote", [
    ("Petro Kalyn renewed his call for a ceasefire.", "kalyn", "a ceasefire"),
    ("Belmark's foreign ministry reiterated its appeal to partners to send more air defence.", "belmark_mfa",
     "partners to send more air defence"),
    ("Daria Voss issued a call on both sides to show restraint.", "voss", "both sides to show restraint"),
])
def test_a_call_made_again_or_issued_named_by_its_noun_is_a_call(registry, text, speaker, quote):
    assert [(s["speaker"], s["type"], s["quote"]) for s in draft(text, registry).statements] == [(speaker, "call", quote)]


def test_a_phone_call_is_no_call(registry):
    assert draft("Daria Voss made a call to the Belmark embassy.", registry).statements == []


@pytest.mark.parametrize("header", ["PRESS RELEASE - Skyvel Tracking, Halden, 3 March 2025",
                                    "FROM THE SKYVEL TRACKING BLOG, 4 March 2025"])
def test_a_document_under_a_header_naming_its_issuer_is_the_issuers_but_for_whom_it_quotes(header):
    here = Place(Path("actors.yaml"), 1)
    actors = {"skyvel": Actor("skyvel", "organization", "Skyvel Tracking", (), None, None, None, (), here),
              "navy": Actor("navy", "organization", "Royal Halden Navy", (), None, None, None, (), here)}
    text = (f"Cable faults: what the data show\n\nThe Monitor reproduces two texts below.\n\n{header}\n\n"
            "Our data show one ship whose track crossed both cables. \"It was dragging something heavy,\" said Ana "
            "Berg, our senior analyst.\n\nWe passed the track to the Royal Halden Navy on Monday. The navy would not "
            "say whether the ship is the focus of its inquiry.")
    statements = extract(text, WEDNESDAY, actors, {}).statements
    assert [(s["speaker"], s["type"], s["quote"]) for s in statements] == [
        ("skyvel", "claim", "Our data show one ship whose track crossed both cables"),
        ("ana_berg", "claim", "It was dragging something heavy"),
        ("skyvel", "claim", "We passed the track to the Royal Halden Navy on Monday"),
        ("navy", "non_confirmation", "would not say whether the ship is the focus of its inquiry")]


@pytest.mark.parametrize("heading", ["Skyvel Tracking: what the data show", "Royal Halden Navy: the questions it has not "
                                                                            "answered"])
def test_a_heading_with_a_name_before_a_colon_is_no_transcript_turn(heading):
    here = Place(Path("actors.yaml"), 1)
    actors = {"skyvel": Actor("skyvel", "organization", "Skyvel Tracking", (), None, None, None, (), here),
              "navy": Actor("navy", "organization", "Royal Halden Navy", (), None, None, None, (), here)}
    text = (f"Cable faults\n\n{heading}\n\nOur reporters watched the ship for a week and saw it slow near the cables.\n\n"
            "Ana Berg, an analyst, said the ship had been dragging its anchor.")
    assert [(s["speaker"], s["quote"]) for s in extract(text, WEDNESDAY, actors, {}).statements] == [
        ("ana_berg", "the ship had been dragging its anchor")]


@pytest.mark.parametrize("second", ["We could not independently establish where the column had crossed.",
                                    "Our reporters were not able to reach the crossing, which had been closed."])
def test_the_writers_own_sentence_after_reported_speech_does_not_run_it_on(registry, second):
    text = f"Daria Voss said the column had crossed the river at dawn. {second}"
    assert [s["speaker"] for s in draft(text, registry).statements] == ["voss"]


@pytest.mark.parametrize("text,speaker", [
    ("Daria Voss spoke on Monday. Asked whether she shared that view, her spokesman declined to comment.",
     "voss_spokesman"),
    ("Henrik Aaland was in Valmont on Friday. His spokeswoman said he had not seen the report.", "aaland_spokeswoman"),
    ("Petro Kalyn was in Halden. His office said the column had crossed the river.", "belmark_bdi"),
    ("Taver Oskun arrived in Halden. His ministry said the visit was routine.", "corvasia_mfa"),
    ("Marta Ruzhyn spoke to parliament. Her government said it would send more shells.", "belmark_government"),
])
def test_his_or_her_office_staff_or_government_is_the_persons_or_the_state_the_person_serves(registry, text, speaker):
    assert [s["speaker"] for s in draft(text, registry).statements] == [speaker]


def test_according_to_his_office_after_a_clause_leaves_the_words_the_clauses_subjects(registry):
    text = ("Henrik Aaland spoke on Friday.\n\nPetro Kalyn asked Ardenne to send more air defence to the border, "
            "according to his office.")
    assert [(s["speaker"], s["type"]) for s in draft(text, registry).statements][-1] == ("kalyn", "call")


@pytest.mark.parametrize("text", ["Belmark's foreign ministry did say, on 17 March, that the column was a routine exercise.",
                                  "Daria Voss does say the column was a routine exercise."])
def test_an_emphatic_did_say_is_a_claim(registry, text):
    assert [(s["type"], s["quote"]) for s in draft(text, registry).statements] == [
        ("claim", "the column was a routine exercise")]


@pytest.mark.parametrize("text", ["Daria Voss did not say whether the column was a routine exercise.",
                                  "Did Daria Voss say the column was a routine exercise?"])
def test_not_saying_or_asking_whether_someone_said_is_no_claim(registry, text):
    assert not [s for s in draft(text, registry).statements if s["type"] == "claim"]


@pytest.mark.parametrize("text,quote", [
    ('In March Daria Voss had called it "far too early" to say who fired.', 'it "far too early" to say who fired'),
    ("Daria Voss said it was too early to determine the cause of the blast.",
     "it was too early to determine the cause of the blast"),
    ("Petro Kalyn said it would be premature to draw conclusions.", "it would be premature to draw conclusions"),
])
def test_too_early_to_say_declines_to_commit(registry, text, quote):
    assert [(s["type"], s["quote"]) for s in draft(text, registry).statements] == [("non_confirmation", quote)]


def test_arriving_too_early_is_no_refusal(registry):
    assert [s["type"] for s in draft("Daria Voss said the troops arrived too early to say goodbye.", registry)
            .statements] == ["claim"]


@pytest.mark.parametrize("text,quote", [
    ('Henrik Aaland called talk of sabotage "an insult to a hard-working crew".',
     'talk of sabotage "an insult to a hard-working crew'),
    ('Petro Kalyn called them "the bravest men I know".', 'them "the bravest men I know'),
])
def test_calling_a_bare_noun_or_a_pronoun_something_quoted_is_a_statement(registry, text, quote):
    assert [s["quote"] for s in draft(text, registry).statements] == [quote]


@pytest.mark.parametrize("text,quote", [
    ("Daria Voss reported hearing several explosions near the bridge on Sunday night.",
     "hearing several explosions near the bridge on Sunday night"),
    ("The Royal Intelligence Bureau reported seeing two columns of armour near the border.",
     "seeing two columns of armour near the border"),
])
def test_reporting_what_was_heard_or_seen_is_a_claim(registry, text, quote):
    assert [(s["type"], s["quote"]) for s in draft(text, registry).statements] == [("claim", quote)]


@pytest.mark.parametrize("text,relay", [
    ("Daria Voss also said she had been informed by Belmark's foreign ministry that the column had crossed the river.",
     "voss"),
    ("Citing Belmark's foreign ministry, Varpress said the column had crossed the river.", "varpress"),
])
def test_a_source_named_as_informing_or_cited_speaks_and_the_speaker_relays(registry, text, relay):
    (statement,) = draft(text, registry).statements
    assert (statement["speaker"], statement.get("via"), statement["quote"]) == (
        "belmark_mfa", [relay], "the column had crossed the river")


@pytest.mark.parametrize("text", ['Daria Voss said only that Ardenne "stands by every word".',
                                  'Daria Voss said simply that Ardenne "stands by every word".'])
def test_said_only_that_leaves_only_the_words(registry, text):
    assert [s["quote"] for s in draft(text, registry).statements] == ['Ardenne "stands by every word']


@pytest.mark.parametrize("text,speakers", [
    ("The Royal Intelligence Bureau, headed by Ivo Brant, said the column had crossed the river.", ["estmark_rib"]),
    # a body the article has not introduced is no one kg knows, and its leader did not speak
    ("The inspection team at the plant, led by Ivo Brant, reported that the column had crossed the river.", []),
    ("The monitoring mission, now headed by Ivo Brant, said the column had crossed the river.", []),
])
def test_the_body_led_by_someone_speaks_not_its_leader(registry, text, speakers):
    assert [s["speaker"] for s in draft(text, registry).statements] == speakers


@pytest.mark.parametrize("text,quote", [
    ('Daria Voss called the shelling "a staged provocation by the occupiers".',
     'the shelling "a staged provocation by the occupiers".'),
    ("Daria Voss called the reports “a fabrication made with actors”, adding nothing.",
     "the reports “a fabrication made with actors”,"),
])
def test_a_quoted_label_runs_to_its_closing_mark(registry, text, quote):
    assert [(s["type"], s["quote"]) for s in draft(text, registry).statements] == [("dismissal", quote)]


@pytest.mark.parametrize("entry,day", [
    ("11 March – Belmark's foreign ministry says the column crossed the river. Varania calls the claim a lie.",
     "2025-03-11"),
    ("March 4: Belmark's foreign ministry says the column crossed the river. Varania calls the claim a lie.",
     "2025-03-04"),
])
def test_a_chronologys_entry_files_its_statements_under_its_day(registry, entry, day):
    text = f"The river crossing: a chronology\n\nA look back at a month of claims.\n\n{entry}"
    assert [s["date"] for s in draft(text, registry).statements] == [day, day]


@pytest.mark.parametrize("text,speaker", [
    ("Three interviewees said they had been told to stay silent.", "interviewees"),
    ("Two employees of the plant said they had been told to stay silent.", "employees"),
    ("One respondent said she had been told to stay silent.", "respondent"),
])
def test_interviewees_employees_and_respondents_speak(registry, text, speaker):
    assert [s["speaker"] for s in draft(text, registry).statements] == [speaker]


@pytest.mark.parametrize("text,speaker", [
    ("There is no evidence, a senior Ardennian official stressed, that the column has crossed the river.",
     "ardenne_senior_official"),
    ("The column, one diplomat added, had been seen near the border.", "diplomat"),
])
def test_an_unnamed_speaker_set_between_commas_keeps_the_words_on_both_sides(registry, text, speaker):
    (statement,) = draft(text, registry).statements
    assert (statement["speaker"], statement["quote"]) == (speaker, text.rstrip("."))


@pytest.mark.parametrize("text", [
    'A Belmark foreign ministry statement called the reports "baseless".',
    "Belmark's foreign ministry met the envoy on Monday. Its statement called the reports baseless lies.",
    'Belmark\'s foreign ministry met the envoy on Monday. A ministry statement called the reports "baseless".',
])
def test_a_document_named_by_its_issuer_speaks_for_the_issuer(registry, text):
    assert [(s["speaker"], s["type"]) for s in draft(text, registry).statements] == [("belmark_mfa", "dismissal")]


@pytest.mark.parametrize("text", [
    "Dmitry Peskov said Russia's cooperation with Pyongyang \"is not directed against third countries\".",
    "Sergei Lavrov said Russia's cooperation with North Korea was not directed against any third country.",
])
def test_negating_what_the_proposition_says_no_to_asserts_it(seed, text):
    # "threatens no third country": the words negate the same thing, so they assert the proposition
    (statement,) = draft(text, seed).statements
    assert (statement["about"], statement.get("factuality", DEFAULT_FACTUALITY[statement["type"]])) == (
        "russia_nk_cooperation_lawful", "CT+")


@pytest.mark.parametrize("text", [
    "The column has crossed the river, a Belmark official said on Wednesday, citing the Royal Intelligence Bureau.",
    "The column has crossed the river, a senior diplomat said on Wednesday, adding that more would follow.",
])
def test_an_attribution_that_goes_on_after_its_comma_ends_the_words(registry, text):
    assert draft(text, registry).statements[0]["quote"] == "The column has crossed the river"


@pytest.mark.parametrize("aside", ["a claim that could not be independently verified",
                                   "an account which Varania has dismissed"])
def test_the_writers_aside_on_a_claim_is_no_part_of_it(registry, aside):
    text = f"Petro Kalyn said the column had crossed the river near Ostrovets, {aside}."
    first = draft(text, registry).statements[0]
    assert (first["speaker"], first["type"], first["quote"]) == (
        "kalyn", "claim", "the column had crossed the river near Ostrovets")


@pytest.mark.parametrize("aside", ["a figure that Ardenne has not confirmed", "a figure Ardenne has never confirmed"])
def test_a_figure_someone_has_not_confirmed_is_no_confirmation(registry, aside):
    text = f"Petro Kalyn said 4,000 soldiers had crossed the river, {aside}."
    assert [s["type"] for s in draft(text, registry).statements] == ["claim"]


@pytest.mark.parametrize("text", [
    "Daria Voss told reporters after a closed-door briefing that the Royal Intelligence Bureau had assessed that the "
    "column had crossed the river.",
    "Daria Voss said on Friday that Estmark's Royal Intelligence Bureau now firmly believes that the column had crossed "
    "the river.",
])
def test_a_body_with_a_long_name_relayed_by_the_speaker_speaks(registry, text):
    (statement,) = draft(text, registry).statements
    assert (statement["speaker"], statement.get("via"), statement["quote"]) == (
        "estmark_rib", ["voss"], "the column had crossed the river")


@pytest.mark.parametrize("headline", ['Varania calls reports of a river crossing "groundless rumours"',
                                      "Belmark says the column crossed the river, calls it ‘an invasion’"])
def test_a_headline_ending_in_a_quoted_label_is_still_a_headline(registry, headline):
    text = f"{headline}\n\nVarania's foreign ministry said on Friday that no column had crossed the river."
    assert [s["speaker"] for s in draft(text, registry).statements] == ["varania_mfa"]


@pytest.mark.parametrize("text", ['Belmark\'s foreign ministry said it was "not aware of the situation".',
                                  "Daria Voss said Ardenne was ‘not aware of any such plans’."])
def test_not_aware_of_in_quotation_marks_declines_to_commit(registry, text):
    assert [s["type"] for s in draft(text, registry).statements] == ["non_confirmation"]


@pytest.mark.parametrize("quote", ["We will not stand idly by",
                                   "Belmark will respond in whatever way it considers appropriate"])
def test_a_threat_in_the_speakers_own_words_is_a_warning(registry, quote):
    assert [(s["type"], s["quote"]) for s in draft(f'"{quote}," Daria Voss said.', registry).statements] == [
        ("warning", quote)]


def test_responding_to_questions_is_no_threat(registry):
    text = '"The ministry will respond to questions on Friday," Daria Voss said.'
    assert [s["type"] for s in draft(text, registry).statements] == ["claim"]


@pytest.mark.parametrize("rated", ["Claim: Daria Voss has accused Varania of sending the column.\nRating: False",
                                   "Claim: Daria Voss has accused Varania of sending the column.\n\nVerdict: Misleading"])
def test_a_fact_checks_rated_claim_line_is_no_statement_by_whom_it_names(registry, rated):
    text = f"Three viral claims about the river crossing\n\n{rated}\n\nShe has not. Daria Voss said on Monday that " \
           "the column's origin was unknown."
    assert [s["speaker"] for s in draft(text, registry).statements] == ["voss"]


@pytest.mark.parametrize("text", ["No Varanian official has confirmed a deployment of any size.",
                                  "Nobody in Belmark's government has denied the report."])
def test_no_one_confirming_is_the_writers_note_not_a_statement(registry, text):
    assert draft(text, registry).statements == []


@pytest.mark.parametrize("text", [
    'Posts shared thousands of times since Monday say that Varania has "officially admitted" sending the column.',
    "Viral videos claim that Belmark's foreign ministry has confirmed the crossing.",
])
def test_what_posts_say_someone_admitted_is_no_ones_admission(registry, text):
    assert draft(text, registry).statements == []


@pytest.mark.parametrize("text,quote", [
    ('Petro Kalyn called on Ardenne to respond "not with words but with shells".',
     'Ardenne to respond "not with words but with shells'),
    ('Daria Voss urged Varania to say "clearly and at once" where its column was.',
     'Varania to say "clearly and at once" where its column was'),
])
def test_a_quoted_phrase_after_to_and_a_verb_belongs_to_the_call(registry, text, quote):
    assert [(s["speaker"], s["type"], s["quote"]) for s in draft(text, registry).statements] == [
        ("kalyn" if "Kalyn" in text else "voss", "call", quote)]


@pytest.mark.parametrize("link", ["after", "hours after"])
def test_after_someone_else_said_ends_the_words_and_they_speak(registry, link):
    text = f"Petro Kalyn called for more air defence {link} the Royal Intelligence Bureau said the column had crossed."
    assert [(s["speaker"], s["quote"]) for s in draft(text, registry).statements] == [
        ("kalyn", "more air defence"), ("estmark_rib", "the column had crossed")]


@pytest.mark.parametrize("text,kind", [
    ("Daria Voss stressed that Ardenne would not be drawn into the conflict.", "claim"),
    ("Daria Voss said Ardenne would not be drawn into the war between its neighbours.", "claim"),
    ("Daria Voss would not be drawn on the reports.", "non_confirmation"),
    ("Daria Voss declined to be drawn into speculation about the column.", "non_confirmation"),
])
def test_not_being_drawn_into_a_war_is_no_refusal_to_comment(registry, text, kind):
    assert [s["type"] for s in draft(text, registry).statements] == [kind]


@pytest.mark.parametrize("quote", ["We can confirm that the column crossed the river at dawn",
                                   "I can now confirm that Varanian soldiers are on Belmark's soil"])
def test_we_can_confirm_in_the_speakers_own_words_is_a_confirmation(registry, quote):
    assert [(s["type"], s["quote"]) for s in draft(f'"{quote}," Daria Voss said.', registry).statements] == [
        ("confirmation", quote)]


@pytest.mark.parametrize("link", ["a day after", "two weeks after"])
def test_a_refusal_ends_where_another_speakers_attribution_after_it_begins(registry, link):
    text = f"Varania refused to say whether its soldiers had crossed the river, {link} Belmark said they had."
    assert [(s["speaker"], s["type"], s["quote"]) for s in draft(text, registry).statements][0] == (
        "varania", "non_confirmation", "refused to say whether its soldiers had crossed the river")


@pytest.mark.parametrize("asked", ["Asked whether Varania denied the reports", "Pressed on whether Belmark rejected the claim"])
def test_the_verb_of_a_question_put_to_a_speaker_is_no_ones_statement(registry, asked):
    text = f'Daria Voss spoke on Friday. {asked}, she replied: "I have already answered that."'
    assert [(s["speaker"], s["type"]) for s in draft(text, registry).statements] == [("voss", "non_confirmation")]


@pytest.mark.parametrize("listener", ["South Korean broadcaster KBS", "the German daily Bild"])
def test_a_listener_named_as_an_outlet_is_no_part_of_the_words(registry, listener):
    text = f"Daria Voss told {listener} that the column had crossed the river."
    assert [s["quote"] for s in draft(text, registry).statements] == ["the column had crossed the river"]


@pytest.mark.parametrize("quote", ["I have already answered that", "We've already commented on this"])
def test_having_already_answered_declines_to_say_more(registry, quote):
    assert [(s["type"], s["quote"]) for s in draft(f'"{quote}," Daria Voss said.', registry).statements] == [
        ("non_confirmation", quote)]


@pytest.mark.parametrize("text", [
    "Ministry of Foreign Affairs of Belmark | 4 May 2025\n\n"
    "The Ministry has read the report with surprise.\n\n"
    'Claim: "Belmark has moved two brigades to the border."\n'
    "Fact: No Belmark brigade has left its barracks since March.\n\n"
    'Claim: "Belmark refuses to talk."\n'
    "Fact: Belmark sent no soldier to the border this year.",
    "Ministry of Foreign Affairs of Belmark | May 4, 2025\n\n"
    "Myth: Belmark has moved two brigades to the border.\n\n"
    "Reality: No Belmark brigade has left its barracks since March.\n\n"
    "Myth 2: Belmark refuses to talk.\n\n"
    "Truth: Belmark sent no soldier to the border this year.",
])
def test_a_rebuttal_gives_its_issuer_the_answers_and_no_one_the_claims_it_answers(registry, text):
    """A body's rebuttal under its name and the day: "Fact:" lines are its own, "Claim:" lines what it denies."""
    statements = draft(text, registry).statements
    answers = [s for s in statements if "brigade has left" in s["quote"] or "no soldier" in s["quote"]]
    assert [(s["speaker"], s["quote"]) for s in answers] == [
        ("belmark_mfa", "No Belmark brigade has left its barracks since March"),
        ("belmark_mfa", "Belmark sent no soldier to the border this year")]
    assert not [s for s in statements if "moved two brigades" in s["quote"] or "refuses to talk" in s["quote"]]
    assert {s["speaker"] for s in statements} == {"belmark_mfa"}


@pytest.mark.parametrize("header", ["The Ledra Courier | 4 May 2025", "Daria Voss | 4 May 2025"])
def test_an_outlets_or_a_persons_name_over_the_day_is_no_issuer(registry, header):
    text = f"{header}\n\nThe border was quiet on Sunday. Farmers returned to the fields near Orsk."
    assert draft(text, registry).statements == []


@pytest.mark.parametrize("label,speaker", [("CLIP, DRAVINA", "dravina"), ("SOUNDBITE (Yelena Dravina)", "dravina"),
                                          ("CLIP, MIRNOV", "mirnov")])
def test_a_bulletins_recorded_words_are_whose_the_label_names(registry, label, speaker):
    text = ("NEWSREADER: Varania has answered the charge.\n\n"
            f"{label}: We have never sent a single soldier across that border.")
    (statement,) = draft(text, registry).statements
    assert (statement["speaker"], statement["quote"]) == (speaker, "We have never sent a single soldier across that border")


@pytest.mark.parametrize("handover,label", [
    ("Our border correspondent, Lena Holt.", "HOLT"),
    ("Lena Holt is in Orsk.", "HOLT"),
    ("Lena Holt reports from the frontier.", "LENA HOLT"),
])
def test_a_reporter_handed_over_to_speaks_for_the_outlet(registry, handover, label):
    """The reporter's own sentences are the outlet's; what they relay keeps its speaker."""
    text = (f"NEWSREADER: Shelling resumed overnight near Orsk. {handover}\n\n"
            f"{label}: The shelling stopped at dawn, and the road north is open again. "
            "Anatol Mirnov said Varanian troops had not fired a single shell.")
    statements = draft(text, registry).statements
    assert [(s["speaker"], s["quote"]) for s in statements] == [("mirnov", "Varanian troops had not fired a single shell")]


def test_a_guest_introduced_by_name_still_speaks_for_themselves(registry):
    text = ("PRESENTER: With me is the spokesman, Anatol Mirnov.\n\n"
            "MIRNOV: Varanian troops have not fired a single shell at Orsk.")
    (statement,) = draft(text, registry).statements
    assert statement["speaker"] == "mirnov"


@pytest.mark.parametrize("salutation,second", [("Sir,", "Dear Editor,"), ("Dear Sir,", "To the Editor:")])
def test_each_letter_on_a_letters_page_is_its_signatorys(registry, salutation, second):
    text = ("Letters to the Editor\n\n"
            "The ministry has it wrong\n\n"
            f"{salutation} Your report of 2 May says Belmark wants war. It does not.\n\n"
            "Our troops have stayed in their barracks all spring, and they will stay there.\n\n"
            "Marta Ruzhyn, Minister of Foreign Affairs, Belmark\n\n"
            "A farmer's view\n\n"
            f"{second} The shelling near Orsk has not stopped for a single night this month.\n\n"
            "Tomas Rell, Orsk")
    statements = draft(text, registry).statements
    by = {}
    for s in statements:
        by.setdefault(s["speaker"], []).append(s["quote"])
    assert set(by) == {"ruzhyn", "tomas_rell"}
    assert "Our troops have stayed in their barracks all spring, and they will stay there" in by["ruzhyn"]
    assert by["tomas_rell"] == ["The shelling near Orsk has not stopped for a single night this month"]


@pytest.mark.parametrize("first,second", [
    ("From Marta Ruzhyn, Minister of Foreign Affairs, Belmark", "From Sir Tomas Rell, former ambassador, Orsk"),
    ("From Dr Marta Ruzhyn, Minister of Foreign Affairs of Belmark", "From Tomas Rell, farmer, Orsk"),
])
def test_each_letter_under_a_heading_that_names_its_writer_is_theirs(registry, first, second):
    # the heading over the next letter was once read as the signature under this one
    text = ("Letters\n\nYour report on the border brought many letters. A selection follows.\n\n"
            f"{first}\n\nSir, Our troops have stayed in their barracks all spring, and they will stay there.\n\n"
            f"{second}\n\nSir, The shelling near Orsk has not stopped for a single night this month.")
    assert [(s["speaker"], s["quote"]) for s in draft(text, registry).statements] == [
        ("ruzhyn", "Our troops have stayed in their barracks all spring, and they will stay there"),
        ("tomas_rell", "The shelling near Orsk has not stopped for a single night this month")]


@pytest.mark.parametrize("phrase,actor,role", [
    ("Sir Tomas Rell, former ambassador of Belmark", "tomas_rell", "former ambassador"),
    ("Dame Ilse Varga", "ilse_varga", None),
    ("Mr Tomas Rell", "tomas_rell", None),
])
def test_a_title_of_address_is_neither_name_nor_role(registry, phrase, actor, role):
    from kg.extract.mentions import ActorIndex

    (speaker,) = ActorIndex(registry[0]).speakers(phrase)
    assert (speaker.actor, speaker.role) == (actor, role)


@pytest.mark.parametrize("text", [
    "Nor, I suspect, does anyone else in Tashgard.",
    "What, Kalyn asked, is Varania hiding?",
])
def test_a_word_that_opens_a_sentence_is_no_one_s_name(registry, text):
    from kg.extract.mentions import ActorIndex

    index = ActorIndex(registry[0])
    assert index.speakers(text.split(",")[0]) == []


@pytest.mark.parametrize("text,speaker", [
    ("The spokesman recorded a message on Sunday.\n\n"
     "[00:00:03] Good evening. I am Anatol Mirnov, spokesman of the President of Varania.\n\n"
     "[00:00:20] Varanian troops have not crossed the border at Orsk.\n\n"
     "[00:01:05] We call on Belmark to open the crossing to aid convoys.", "mirnov"),
    ("Belmark's President, Daria Voss, released a video address late on Friday.\n\n"
     "(0:04) The shelling of Orsk must stop tonight.\n\n"
     "(0:52) Our troops have not crossed the border at Orsk.", "voss"),
])
def test_a_recording_transcribed_under_time_codes_is_one_speakers(registry, text, speaker):
    """Every coded paragraph is the speaker's own words; saying who they are takes no stance."""
    statements = draft(text, registry).statements
    assert {s["speaker"] for s in statements} == {speaker}
    assert any("not crossed the border at Orsk" in s["quote"] for s in statements)
    assert not [s for s in statements if s["quote"].startswith(("[", "(", "Good evening", "I am"))]


def test_a_live_blogs_clock_times_are_no_recording(registry):
    text = ("09:12 Shelling resumed near Orsk overnight.\n\n"
            "09:40 Anatol Mirnov said Varanian troops had not crossed the border.")
    assert [s["speaker"] for s in draft(text, registry).statements] == ["mirnov"]


@pytest.mark.parametrize("text", [
    "The Halden Daily leads with the funerals. Corvasian troops crossed the river at dawn, the paper says.",
    "The Selvana Post has its own account. The newspaper writes that Corvasian troops crossed the river at dawn.",
])
def test_the_paper_is_the_outlet_named_last(registry, text):
    statement = one(text, registry)
    assert (statement["speaker"], statement["quote"]) == (
        "halden_daily" if "Halden" in text else "selvana_post", "Corvasian troops crossed the river at dawn")


@pytest.mark.parametrize("text", [
    "The ministry published a white paper on Monday. The white paper says the bridge at Orsk was never mined.",
    "The ministry's working paper says the bridge at Orsk was never mined.",
])
def test_a_white_paper_is_a_document_not_an_outlet(registry, text):
    assert not [s for s in draft(text, registry).statements if s["speaker"].endswith(("herald", "express", "paper"))]


@pytest.mark.parametrize("text,speaker", [
    ('The daily Kordesk Herald quotes the Varanian foreign ministry\'s spokeswoman, Yelena Dravina: "Not one of our '
     'soldiers has set foot in Belmark."', "dravina"),
    ('The paper cites Anatol Mirnov: "Not one of our soldiers has set foot in Belmark."', "mirnov"),
])
def test_who_an_outlet_quotes_before_a_colon_speaks(registry, text, speaker):
    assert one(text, registry)["speaker"] == speaker


@pytest.mark.parametrize("text", [
    'The Halden Daily ran the story. Dravina, according to the paper, also dismissed the reports as "pure invention".',
    'The Selvana Post ran the story. Yelena Dravina, according to the newspaper, then rejected the reports as "pure '
    'invention".',
])
def test_an_according_to_aside_inside_a_speakers_clause_gives_no_statement_of_its_own(registry, text):
    (statement,) = draft(text, registry).statements
    assert statement["speaker"] == "dravina" and statement["quote"].startswith("the reports as")


@pytest.mark.parametrize("who", ["an officer of the 3rd Mountain Rifle Brigade who spoke on condition of anonymity",
                                 "an officer of the 3rd Mountain Rifle Brigade who asked not to be named"])
def test_why_a_source_goes_unnamed_is_no_part_of_who_they_are(who):
    """The source speaks, the paper relays; the clause had left the phrase naming no one, and no statement. (The
    registry of war 26 knows the brigade.)"""
    war = ROOT / "tests" / "corpus26"
    text = f"Citing {who}, the paper reported that both soldiers were led away."
    statement = one(text, (read_actors(war / "actors.yaml"), read_propositions(war / "propositions.yaml")))
    assert (statement["speaker"], statement["quote"]) == ("ostravia_mountain_brigade_officer_of",
                                                          "both soldiers were led away")


@pytest.mark.parametrize("tail,speaker", [("a senior officer is quoted as saying", "senior_officer"),
                                          ("a Varanian diplomat was quoted as saying by the paper", "varania_diplomat")])
def test_a_quote_the_outlet_says_it_quoted_is_the_speakers(registry, tail, speaker):
    text = f'"Not one of our soldiers has set foot in Belmark," {tail}.'
    assert one(text, registry)["speaker"] == speaker


@pytest.mark.parametrize("title,end", [
    ("Statement by the Ministry of Foreign Affairs of Belmark on the incident at Orsk", "Marta Ruzhyn, Foreign Minister"),
    ("STATEMENT OF THE MINISTRY OF FOREIGN AFFAIRS OF BELMARK", "REACTIONS"),
])
def test_a_statement_an_article_gives_after_its_lead_is_its_issuers_to_its_end(registry, title, end):
    text = ("The Varanian ministry of defence said on Tuesday that its troops had come under fire near Orsk. Belmark's "
            "foreign ministry answered within the hour.\n\n"
            f"{title}\n\n"
            "Belmark has not fired a single shell across the border at Orsk.\n\n"
            "We call on Varania to withdraw its artillery from the river.\n\n"
            f"{end}\n\n"
            "The border has been quiet since Tuesday night, and farmers have returned to their fields.")
    statements = draft(text, registry).statements
    assert [(s["speaker"], s["quote"]) for s in statements if s["start"] > text.index(title)] == [
        ("belmark_mfa", "Belmark has not fired a single shell across the border at Orsk"),
        ("belmark_mfa", "Varania to withdraw its artillery from the river")]



@pytest.mark.parametrize("bidding", ["Let the inspectors look.", "Release the crew today."])
def test_a_bidding_with_no_subject_is_a_call(registry, bidding):
    text = f"MARTA RUZHYN: We have nothing to hide at Orsk. {bidding}"
    assert [s["type"] for s in draft(text, registry).statements] == ["claim", "call"]


@pytest.mark.parametrize("words", ["Let me be clear: our troops are in their barracks.",
                                   "Let me put it plainly: our troops are in their barracks."])
def test_let_me_be_clear_bids_nothing(registry, words):
    assert [s["type"] for s in draft(f"MARTA RUZHYN: {words}", registry).statements] == ["claim"]


@pytest.mark.parametrize("label", ["MODERATOR", "QUESTION"])
def test_a_labelled_paragraph_after_an_answer_does_not_run_it_on(registry, label):
    text = ("MARTA RUZHYN: Our troops are in their barracks, and we have said so for a week.\n\n"
            f"{label}: We have time for two more questions, and we will take them from the back.")
    assert [s["speaker"] for s in draft(text, registry).statements] == ["ruzhyn"]


@pytest.mark.parametrize("text,quote", [
    ("The patrol was attacked without warning, as Marta Ruzhyn said on Friday, and the army returned fire.",
     "The patrol was attacked without warning"),
    ("Asked whether Varania accepted that its troops had crossed the river, as Marta Ruzhyn said last week, Anatol Mirnov "
     "replied that the border was calm.", "its troops had crossed the river"),
])
def test_an_attribution_with_as_after_the_words_gives_the_clause_before(registry, text, quote):
    statements = draft(text, registry).statements
    assert ("ruzhyn", quote) in [(s["speaker"], s["quote"]) for s in statements]
    assert not [s for s in statements if s["speaker"] == "ruzhyn" and s["quote"] != quote]


@pytest.mark.parametrize("asked", ["Asked by a reporter from the Halden Daily whether Varania",
                                   "Asked by journalists at the weekly briefing if Varania"])
def test_a_question_put_by_a_named_asker_is_no_ones_statement(registry, asked):
    text = f"{asked} denied the reports, Anatol Mirnov said the matter was closed."
    assert [s["speaker"] for s in draft(text, registry).statements] == ["mirnov"]


@pytest.mark.parametrize("text,quote", [
    ("Interview\n\nTaver Oskun spoke to the Selvana Post.\n\nQ: Belmark says the drone that hit the station was "
     "yours.\n\nA: It was not. Corvasia does not attack pumping stations.", "It was not"),
    ("The border cannot wait\n\nBy Taver Oskun\n\nIn New York, Belmark's envoy said we had staged the attack "
     "ourselves. No, we did not. No government bombs its own harvest.\n\nTaver Oskun is the foreign minister of "
     "Corvasia.", "No, we did not"),
])
def test_an_answer_that_only_says_no_is_a_denial(registry, text, quote):
    # the verb it answers is left out; what follows is a claim of its own
    assert ("denial", quote) in [(s["type"], s["quote"]) for s in draft(text, registry).statements]


@pytest.mark.parametrize("text,published", [
    ("FACTBOX-What they said about the border\n\nCORVASIA\n\nTAVER OSKUN, Corvasia's vice foreign minister, on "
     "Monday:\n\n- \"Our soldiers have never set foot beyond the border. Nobody in Tashgard is hiding anything.\"\n\n"
     "- Said the inspectors could visit the depots at any time.\n\n- Called the reports \"a provocation\".\n\n"
     "BELMARK\n\nMARTA RUZHYN, foreign minister, on Tuesday:\n\n- Accused Corvasia of sending two brigades to the "
     "border.", dt.date(2025, 3, 12)),
    ("Reactions at a glance\n\nTaver Oskun, vice foreign minister of Corvasia, on March 10:\n\n• Our soldiers have "
     "never set foot beyond the border, and nobody in Tashgard is hiding anything.\n\n• Said the inspectors could "
     "visit the depots at any time.\n\n• Called the reports a provocation.\n\nMarta Ruzhyn, Belmark's foreign "
     "minister, on March 11:\n\n• Accused Corvasia of sending two brigades to the border.", dt.date(2025, 3, 12)),
])
def test_a_factboxs_bullets_are_the_speaker_its_line_names(registry, text, published):
    # a bullet quotes, paraphrases or reports with the subject left out ("Said …", "Called …"): all the speaker's,
    # on the day the line gives
    d = draft(text, registry, published)
    said = [(s["speaker"], s["type"], s.get("date")) for s in d.statements]
    assert said[0] == ("oskun", "claim", "2025-03-10")
    assert said[-3:] == [("oskun", "claim", "2025-03-10"), ("oskun", "dismissal", "2025-03-10"),
                         ("ruzhyn", "accusation", "2025-03-11")]
    assert {s["speaker"] for s in d.statements} == {"oskun", "ruzhyn"}


@pytest.mark.parametrize("line", ["Key points:", "The ministry released the following statement:"])
def test_a_list_under_a_line_that_names_no_one_is_the_writers(registry, line):
    # a heading of the writer's own list, or a colon with no role after the name, is no speaker's line
    text = f"The border\n\n{line}\n\n- Corvasian soldiers were seen at the border on Monday.\n\n- Talks resume soon."
    assert draft(text, registry).statements == []


@pytest.fixture(scope="module")
def chamber(registry):
    """The development registry with two members of Belmark's parliament: a party's leader and a journalist's."""
    actors, propositions = registry
    here = Place(CORPUS / "actors.yaml", 1)
    more = {"unity_party": Actor("unity_party", "organization", "Unity Party", (), None, None, None, (), here),
            "brenner": Actor("brenner", "person", "Ottilie Brenner", (), None, None, None,
                             (Membership("unity_party", "party leader", None, None, here),), here)}
    return {**actors, **more}, propositions


@pytest.mark.parametrize("label", ["2. Mrs Ottilie Brenner (Lake District North) (Leader of the Opposition):",
                                   "Mrs Brenner (Lake District North):"])
def test_a_member_putting_questions_speaks_for_herself(chamber, label):
    # a parliament's member asks, as an interviewer does, but what she asserts is hers, and "she" is the minister
    text = ("Official Record: Questions to the Foreign Minister\n\n1. Mr Hal Dorn (Riverside): Was the border "
            "closed?\n\nThe Foreign Minister (Mrs Marta Ruzhyn): Nobody in this Government was told that a convoy was "
            f"in danger.\n\n{label} The convoy reached the border on Sunday night. On Monday she told this House that "
            "there had been no warning. Why did her Government keep the border open?")
    assert [(s["speaker"], s["quote"]) for s in draft(text, chamber).statements] == [
        ("ruzhyn", "Nobody in this Government was told that a convoy was in danger"),
        ("brenner", "The convoy reached the border on Sunday night"),
        ("ruzhyn", "there had been no warning")]


@pytest.mark.parametrize("tail", [
    "the Royal Intelligence Bureau said today, releasing the findings of a five-day survey.",
    "the Royal Intelligence Bureau said, presenting its annual report in Halden.",
])
def test_what_a_speaker_was_doing_as_it_spoke_is_no_part_of_its_words(registry, tail):
    # the words come before the attribution; the participle after it says the occasion, not what was said
    text = f"Headline\n\nCorvasian soldiers have been seen near the border for a week, {tail}"
    assert [(s["speaker"], s["quote"]) for s in draft(text, registry).statements] == [
        ("estmark_rib", "Corvasian soldiers have been seen near the border for a week")]


@pytest.mark.parametrize("text,day", [
    # an op-ed says what it says the day it is published
    ("The border cannot wait\n\nBy Taver Oskun\n\nOur border lies forty kilometres from the river. Corvasian soldiers "
     "have never crossed it. I call on Belmark to withdraw its drones.\n\nTaver Oskun is the foreign minister of "
     "Corvasia.", None),
    # an interview's answers are given the day its introduction says it took place
    ("Talks in trouble\n\nTaver Oskun, Corvasia's vice foreign minister, has spent a month defending the talks. The "
     "Post met him in his office on March 3.\n\nQ: Have the talks failed?\n\nA: Nobody in our delegation has left "
     "the table, and nobody will leave before Friday.", "2025-03-03"),
    ("Talks in trouble\n\nTaver Oskun spoke to the Selvana Post. The interview was recorded on Monday.\n\nQ: Have "
     "the talks failed?\n\nA: Nobody in our delegation has left the table, and nobody will leave before Friday.",
     "2025-03-10"),
])
def test_words_given_whole_are_dated_by_the_page_they_are_given_on(registry, text, day):
    statements = draft(text, registry).statements
    assert statements and {s.get("date") for s in statements} == {day or WEDNESDAY.isoformat()}


@pytest.mark.parametrize("page,expected", [
    # an "In quotes" page: a heading per country, each quote on its own line with the credit line under it
    ("In quotes: reactions to the border clash\n\nVARANIA\n\n“Not one Varanian soldier has crossed the river.”\n"
     "Anatol Mirnov, in a televised address on Sunday\n\nBELMARK\n\n“Corvasian drones hit our border posts twice "
     "this week.”\nPetro Kalyn, spokesman for the General Staff, Monday",
     [("mirnov", "Not one Varanian soldier has crossed the river"),
      ("kalyn", "Corvasian drones hit our border posts twice this week")]),
    # pull quotes credited after a dash, a body as well as a person
    ("What they said\n\n“We call on both sides to stop firing at once and to let the monitors in.”\n— Department of "
     "External Affairs of Ardenne, statement of 3 May\n\n“Our border has been calm for a month.”\n— Taver Oskun, "
     "Foreign Minister of Corvasia",
     [("ardenne_dea", "We call on both sides to stop firing at once and to let the monitors in"),
      ("oskun", "Our border has been calm for a month")]),
])
def test_a_quote_on_its_own_line_belongs_to_the_credit_line_under_it(registry, page, expected):
    assert [(s["speaker"], s["quote"]) for s in draft(page, registry).statements] == expected


@pytest.mark.parametrize("after", [
    "\nBELMARK\n\nThe General Staff has said nothing since.",  # a heading in capitals credits no one
    "\nThe ministry later said it had nothing to add.",  # nor does a sentence of the article
])
def test_a_line_under_a_quote_that_is_no_credit_leaves_the_quote_to_the_speaker_before(registry, after):
    text = f"Petro Kalyn spoke to reporters on Monday.\n\n“Our border posts were hit twice this week.”{after}"
    assert draft(text, registry).statements[0]["speaker"] == "kalyn"


@pytest.mark.parametrize("text,quote", [
    ("Varpress: Mr Oskun, in March your ministry called these reports fabrications. Do you still call them that?\n\n"
     "Oskun: Nobody in our delegation has left the table.", "these reports fabrications."),
    ("TOMAS REIN (presenter): Our guest is Taver Oskun. Minister, three weeks ago your foreign ministry said that no "
     "Corvasian soldier had crossed the river. Is that still so?\n\nTAVER OSKUN: It is.",
     "no Corvasian soldier had crossed the river"),
])
def test_your_ministry_in_an_interviewers_question_is_the_guests_organisation(registry, text, quote):
    # the guest is Corvasia's vice foreign minister: "your ministry" is his ministry, not him, nor a new actor
    statements = {s["quote"]: s["speaker"] for s in draft(text, registry).statements}
    assert statements[quote] == "corvasia_mfa"


@pytest.mark.parametrize("text,expected", [
    ("Petro Kalyn has changed his tune. Two weeks ago he told the Belmark Courier that the border was quiet.",
     ("kalyn", "the border was quiet")),
    ("Marta Ruzhyn was cautious. Ten days ago she said the talks had stalled.", ("ruzhyn", "the talks had stalled")),
    ("Tonight the government of Belmark says the drones came from Corvasia.",
     ("belmark", "the drones came from Corvasia")),
])
def test_a_time_before_the_subject_with_no_preposition_is_no_part_of_it(registry, text, expected):
    assert [(s["speaker"], s["quote"]) for s in draft(text, registry).statements] == [expected]


@pytest.mark.parametrize("text,expected", [
    ("On Monday Belmark's foreign ministry denied that any drone had crossed the border. A day later it said two "
     "drones had strayed.", ("belmark_mfa", "two drones had strayed")),
    ("Petro Kalyn said nothing on Monday. The next morning he told reporters that the border was quiet.",
     ("kalyn", "the border was quiet")),
])
def test_a_time_after_an_earlier_one_before_the_subject_is_no_part_of_it(registry, text, expected):
    assert [(s["speaker"], s["quote"]) for s in draft(text, registry).statements][-1] == expected


@pytest.mark.parametrize("text,expected", [
    # Mirnov speaks for the presidency: "his foreign ministry" is his state's, not his own office
    ("President Anatol Mirnov said on Monday that Varanian troops were in Belmark. A month earlier his foreign "
     "ministry had called the same reports slander.", ("varania_mfa", "dismissal")),
    ("Anatol Mirnov was asked about the drones in Halden. His defence ministry said on Friday that no drone had flown "
     "over Belmark.", ("varania_mod", "claim")),
])
def test_his_ministry_named_by_what_it_does_is_the_one_of_his_state(registry, text, expected):
    assert [(s["speaker"], s["type"]) for s in draft(text, registry).statements][-1] == expected


@pytest.mark.parametrize("text,quote", [
    ("Belmark's foreign ministry requested an emergency session of the council on Friday.",
     "an emergency session of the council on Friday"),
    ("Varania's defence ministry asked that the monitors leave the border zone.", "the monitors leave the border zone"),
    ("In its note the Government of Belmark requests that both sides withdraw their artillery.",
     "both sides withdraw their artillery"),
])
def test_requesting_something_or_asking_that_others_act_is_a_call(registry, text, quote):
    assert [(s["type"], s["quote"]) for s in draft(text, registry).statements] == [("call", quote)]


@pytest.mark.parametrize("text", [
    "A diplomat at the council, who requested anonymity to discuss the talks, said the session was postponed.",
    "A resident of Halden asked that her surname not be published.",
    "The council met in the session that Belmark had requested under Article 4 of the Compact.",
    "Marta Ruzhyn said the drones struck on the eve of a meeting that Varania itself had requested.",
])
def test_a_request_for_anonymity_or_one_the_writer_names_as_a_noun_is_no_call(registry, text):
    assert not [s for s in draft(text, registry).statements if s["type"] == "call"]


@pytest.mark.parametrize("text,expected", [
    ("The Delegation of Tarsk further said that the drones came from Corvasia.", "delegation_of_tarsk"),
    ("The Permanent Mission of Tarsk initially denied that the drones came from Corvasia.",
     "permanent_mission_of_tarsk"),
])
def test_an_adverb_between_the_subject_and_its_verb_is_no_part_of_the_subject(registry, text, expected):
    assert [s["speaker"] for s in draft(text, registry).statements] == [expected]


@pytest.mark.parametrize("text,expected", [
    ("The Northern Compact notes that the column crossed the river on Friday.",
     ("northern_compact", "the column crossed the river on Friday")),
    ("In its reply, Varania's foreign ministry notes that no drone was launched from Varanian soil.",
     ("varania_mfa", "no drone was launched from Varanian soil")),
])
def test_notes_that_in_the_present_reports_what_a_body_says(registry, text, expected):
    assert [(s["speaker"], s["quote"]) for s in draft(text, registry).statements] == [expected]


@pytest.mark.parametrize("text,expected", [
    # the registry knows the governments of Varania, Belmark, Corvasia, Estmark and Ardenne, but no Lysse
    ("The Government of Lysse said that the drones came from Corvasia.", "government_of_lysse"),
    ("The Government said on Friday that the drones came from Corvasia.", "government"),
    ("Belmark closed its airspace. The Government said on Friday that the drones came from Corvasia.",
     "belmark_government"),
])
def test_a_government_of_a_state_the_article_has_not_named_is_none_the_registry_knows(registry, text, expected):
    assert [s["speaker"] for s in draft(text, registry).statements] == [expected]


@pytest.mark.parametrize("text,expected", [
    ("The Ministry of Foreign Affairs of the Republic of Belmark said that the drones came from Corvasia.",
     "belmark_mfa"),
    ("Corvasia protested. The Ministry of Defence of the Republic of Varania stated that no drone had been launched.",
     "varania_mod"),
])
def test_a_body_named_in_full_with_its_states_formal_name_is_that_states_body(registry, text, expected):
    assert [s["speaker"] for s in draft(text, registry).statements][-1] == expected


@pytest.mark.parametrize("text,expected", [
    ("The UN Humanitarian Coordinator for Belmark, Claire Dumont, has called for an independent investigation.",
     "dumont"),
    ("The Compact envoy to Varania, Jonas Vellander, has urged both sides to stop shelling.", "vellander"),
])
def test_a_role_naming_a_state_then_a_known_name_is_the_person(registry, text, expected):
    assert [s["speaker"] for s in draft(text, registry).statements] == [expected]


@pytest.mark.parametrize("text,expected", [
    ("Chokepoint, episode 9\n\nRecorded Monday. HOST 1: Lena Brask. HOST 2: Ole Marsk. GUEST: Dr Ivo Renn, Halden "
     "Institute.\n\n[00:00:04] HOST 1: Welcome. Whose drone was it?\n\n[00:00:09] GUEST: The wreckage points to a "
     "Corvasian drone launched from the coast.\n\n[00:00:30] HOST 2: And the border?\n\n[00:00:33] GUEST: The "
     "border has been quiet for three whole weeks.",
     [("ivo_renn", "The wreckage points to a Corvasian drone launched from the coast"),
      ("ivo_renn", "The border has been quiet for three whole weeks")]),
    ("The Harbour Hour\n\nPRESENTER: Mira Toll. GUEST: Anna Kers, a former naval officer.\n\n(12:31) PRESENTER: Is "
     "the strait safe?\n\n(12:40) GUEST: No merchant ship should sail through the strait this week.",
     [("anna_kers", "No merchant ship should sail through the strait this week")]),
])
def test_a_transcripts_generic_labels_are_the_names_its_header_gives_them(registry, text, expected):
    assert [(s["speaker"], s["quote"]) for s in draft(text, registry).statements] == expected


@pytest.mark.parametrize("text,quote", [
    ("Belmark's border guard told its members on Thursday to wait for escorts.",
     "its members on Thursday to wait for escorts"),
    ("Varania's foreign ministry told Corvasia not to send more drones.", "Corvasia not to send more drones"),
])
def test_telling_someone_to_act_is_a_call(registry, text, quote):
    assert [(s["type"], s["quote"]) for s in draft(text, registry).statements] == [("call", quote)]


def test_telling_reporters_to_expect_something_is_no_call(registry):
    assert [s["type"] for s in draft("Petro Kalyn told reporters to expect more strikes.", registry).statements] == \
        ["claim"]


@pytest.mark.parametrize("text,expected", [
    ("Varania's defence ministry states that no drone had crossed the border.",
     ("varania_mod", "no drone had crossed the border")),
    ("The Northern Compact now states that \"the column crossed the river\".",
     ("northern_compact", "the column crossed the river")),
])
def test_states_that_in_the_present_reports_what_a_body_says(registry, text, expected):
    assert [(s["speaker"], s["quote"]) for s in draft(text, registry).statements] == [expected]


@pytest.mark.parametrize("text", ["The member states that signed the Compact met in Halden on Friday.",
                                  "Diplomatic notes that were exchanged in March have not been published."])
def test_states_or_notes_with_a_relative_clause_are_nouns(registry, text):
    assert draft(text, registry).statements == []


@pytest.mark.parametrize("text,expected", [
    ("The shipowners' association said on Friday that no ship would sail to Halden.", "shipowners_association"),
    ("The pilots' union warned that crews would refuse the route.", "pilots_union"),
    ("Belmark's accident investigation board said that the drone came from Corvasia.",
     "belmark_accident_investigation_board"),
])
def test_an_association_or_board_described_by_whom_it_serves_is_a_new_organisation(registry, text, expected):
    assert [s["speaker"] for s in draft(text, registry).statements] == [expected]


@pytest.mark.parametrize("text,quote", [
    ("Belmark's accident investigation board found that the drone came from Corvasia.", "the drone came from Corvasia"),
    ("The Northern Compact concluded that the column had crossed the river.", "the column had crossed the river"),
])
def test_finding_or_concluding_that_is_a_claim(registry, text, quote):
    assert [(s["type"], s["quote"]) for s in draft(text, registry).statements] == [("claim", quote)]


@pytest.mark.parametrize("text", ["Belmark's border guard found the wreckage near Halden.",
                                  "If a drone was fired, the Northern Compact will find that it came from Varania.",
                                  "Belmark's border guard searched the hills but found nothing that day."])
def test_finding_things_or_a_finding_to_come_is_no_claim(registry, text):
    assert draft(text, registry).statements == []


@pytest.mark.parametrize("text,speaker", [
    ("The Northern Compact | Fifth Report of Session 2030-31 | Published 22 May 2031\n\nWe conclude that the column "
     "crossed the river.", "northern_compact"),
    ("Northern Compact | Briefing | Last updated 3 June 2031\n\nThe Varanian column crossed the river near Halden "
     "on Friday night.",
     "northern_compact"),
])
def test_a_page_under_its_issuers_header_with_a_numbered_kind_or_a_publication_line_is_theirs(registry, text, speaker):
    assert [s["speaker"] for s in draft(text, registry).statements] == [speaker]


@pytest.mark.parametrize("text", ["Investigators said that the fuse was Varanian, Petro Kalyn said.",
                                  "Engineers told him that the dam was intact, Petro Kalyn said."])
def test_a_relay_left_with_no_words_of_its_own_is_no_statement(registry, text):
    assert all(s["quote"].strip() for s in draft(text, registry).statements)


@pytest.mark.parametrize("text,expected", [
    ("Varania's human rights commissioner says Belmark keeps its prisoners without letters or visits.",
     "varania_human_rights_commissioner"),
    ("Belmark's ombudsman said that the four men had been identified.", "belmark_ombudsman"),
    ("The Compact's special rapporteur warned that the camps were full.", "northern_compact_special_rapporteur"),
])
def test_a_commissioner_ombudsman_or_rapporteur_is_an_official_of_whom_they_serve(registry, text, expected):
    assert [s["speaker"] for s in draft(text, registry).statements] == [expected]


@pytest.mark.parametrize("text,expected", [
    ("Varanian officials at first described the video as \"a crude fake\".", "varania"),
    ("Belmark's foreign ministry at the time said that no drone had crossed the border.", "belmark_mfa"),
])
def test_at_first_between_the_subject_and_its_verb_is_no_part_of_the_subject(registry, text, expected):
    assert [s["speaker"] for s in draft(text, registry).statements] == [expected]


@pytest.mark.parametrize("text", ["The cutter's captain tells it differently.", "Belmark's foreign ministry sees things "
                                  "otherwise, and Petro Kalyn tells it another way."])
def test_telling_it_differently_announces_an_account_and_says_nothing(registry, text):
    assert draft(text, registry).statements == []


@pytest.mark.parametrize("text,expected", [
    ("The Northern Compact fears that the column will cross the river.",
     ("northern_compact", "warning", "the column will cross the river")),
    ("Belmark's foreign ministry feared that Varanian drones would return.",
     ("belmark_mfa", "warning", "Varanian drones would return")),
])
def test_fearing_that_aloud_is_a_warning(registry, text, expected):
    assert [(s["speaker"], s["type"], s["quote"]) for s in draft(text, registry).statements] == [expected]


@pytest.mark.parametrize("text", ["Amid fears that the column would cross, Belmark closed the border.",
                                  "Growing fears that the drones would return kept Halden awake.",
                                  "There are fears that the column will cross the river."])
def test_fears_as_a_noun_are_no_warning(registry, text):
    assert draft(text, registry).statements == []


@pytest.mark.parametrize("text,expected", [
    ("Strike\nBelmark's border guard reported that the drone hit the forward hold.[1]\n\nVarania denied involvement.",
     [("belmark_border_guard", "the drone hit the forward hold"), ("varania", "involvement")]),
    ("Talks\nMarta Ruzhyn said that talks would resume in Halden next week.[12][13]\n\nPetro Kalyn said the column "
     "had crossed the river.", [("ruzhyn", "talks would resume in Halden next week"),
                                ("kalyn", "the column had crossed the river")]),
])
def test_a_sentence_ending_in_a_note_number_is_no_headline(registry, text, expected):
    assert [(s["speaker"], s["quote"]) for s in draft(text, registry).statements] == expected


@pytest.mark.parametrize("text", [
    "NORTHERN COMPACT - INCIDENT NOTICES, HALDEN SECTOR\n\nNotice 3/2031 - issued 4 March 2031\n\n1. A Varanian "
    "drone struck the grain terminal at Halden overnight and set two silos on fire.",
    "Northern Compact – Situation report no. 7, Halden sector\n\nHalden, 4 March 2031\n\nA Varanian drone struck the "
    "grain terminal at Halden overnight and set two silos on fire.",
])
def test_a_title_line_naming_its_issuer_before_a_dash_opens_the_issuers_page(registry, text):
    assert [(s["speaker"], s["quote"]) for s in draft(text, registry).statements] == [
        ("northern_compact", "A Varanian drone struck the grain terminal at Halden overnight and set two silos on fire")]


@pytest.mark.parametrize("field", ["Position: Colonel; Commander, 2nd Battalion, Varanian Ground Forces.",
                                   "Role: Deputy commander of the Varanian artillery brigade deployed near Halden."])
def test_a_forms_fields_on_an_issuers_page_are_no_statements(registry, field):
    text = (f"Northern Compact | Designation notice | Issued 5 June 2031\n\n{field}\n\nThe Northern Compact has "
            "reasonable grounds to suspect that the colonel ordered the strike on Halden.")
    assert [s["quote"] for s in draft(text, registry).statements] == [
        "The Northern Compact has reasonable grounds to suspect that the colonel ordered the strike on Halden"]


@pytest.mark.parametrize("text,expected", [
    ("In the view of Belmark, the column crossed the river on Friday night.",
     ("belmark", "claim", "the column crossed the river on Friday night")),
    ("In Varania's view, the Northern Compact should send observers to Halden.",
     ("varania", "call", "the Northern Compact should send observers to Halden")),
    ("It is the assessment of the Northern Compact that the drone came from Varania.",
     ("northern_compact", "claim", "the drone came from Varania")),
    ("The drone came from Varania, in the opinion of Belmark's foreign ministry.",
     ("belmark_mfa", "claim", "The drone came from Varania")),
])
def test_a_view_named_by_a_phrase_is_its_owners_statement(registry, text, expected):
    assert [(s["speaker"], s["type"], s["quote"]) for s in draft(text, registry).statements] == [expected]


def test_a_view_of_a_river_or_the_eyes_of_a_crew_is_no_source(registry):
    text = "The ferry had a clear view of the river, and in the eyes of the crew the night was calm."
    assert draft(text, registry).statements == []


@pytest.mark.parametrize("text,quote", [
    ("Belmark's accident investigation board found the damage consistent with a drone strike.",
     "the damage consistent with a drone strike"),
    ("Belmark's foreign ministry judged the video authentic.", "the video authentic"),
])
def test_finding_a_thing_consistent_with_something_or_authentic_is_a_claim(registry, text, quote):
    assert [(s["type"], s["quote"]) for s in draft(text, registry).statements] == [("claim", quote)]


@pytest.mark.parametrize("text,quote", [
    ("Belmark's border guard has reported three deaths in Halden.", "three deaths in Halden"),
    ("The Northern Compact announced at least 40 ceasefire violations overnight.",
     "at least 40 ceasefire violations overnight"),
])
def test_a_count_reported_or_announced_is_a_claim(registry, text, quote):
    assert [(s["type"], s["quote"]) for s in draft(text, registry).statements] == [("claim", quote)]


def test_reporting_an_incident_to_someone_is_no_claim(registry):
    assert draft("Belmark's border guard reported the incident to the Northern Compact.", registry).statements == []


@pytest.mark.parametrize("intro,speaker,day", [
    ("Belmark's foreign ministry declined a recorded interview. Its spokeswoman, Marta Ruzhyn, agreed to answer "
     "written questions by email. We sent five on Monday; her answers arrived on Friday.", "ruzhyn",
     dt.date(2025, 3, 7)),
    ("Petro Kalyn answered our questions in writing on Tuesday.", "kalyn", dt.date(2025, 3, 11)),
])
def test_written_answers_are_theirs_who_the_introduction_says_answered_on_the_day_they_came(registry, intro,
                                                                                            speaker, day):
    text = f"Interview\n\n{intro}\n\nQ: Where did the drone come from?\n\nA: The drone came from Varania and crossed the river near Halden."
    assert [(s["speaker"], s["quote"], s.get("date")) for s in draft(text, registry).statements] == [
        (speaker, "The drone came from Varania and crossed the river near Halden", day.isoformat())]


@pytest.mark.parametrize("text", [
    "MINISTRY OF FOREIGN AFFAIRS OF BELMARK\nAnnual Report 2030\n\nThe figure rose as the water fell, and on 2 May "
    "the Ministry confirmed 31 deaths.",
    "MINISTRY OF FOREIGN AFFAIRS OF BELMARK\nAnnual Report 2030\n\nBy 2 May the Ministry had confirmed 31 deaths.",
])
def test_the_issuers_head_noun_after_a_date_on_its_own_page_is_the_issuer(registry, text):
    assert [(s["speaker"], s["quote"]) for s in draft(text, registry).statements] == [("belmark_mfa", "31 deaths")]


@pytest.mark.parametrize("text,quote", [
    ("Northern Compact Situation Report: Halden sector\n\nA Varanian drone struck the grain terminal at Halden "
     "overnight and set two silos on fire.",
     "A Varanian drone struck the grain terminal at Halden overnight and set two silos on fire"),
    ("NORTHERN COMPACT INCIDENT LOG - HALDEN CROSSINGS\n\nA Varanian drone struck the grain terminal at Halden "
     "overnight and set two silos on fire.",
     "A Varanian drone struck the grain terminal at Halden overnight and set two silos on fire"),
    ("Northern Compact Service Status: Halden crossings\n\nThe Varanian column crossed the river near Halden on Friday "
     "night and closed two roads.", "The Varanian column crossed the river near Halden on Friday night and closed two roads"),
    ("Northern Compact | Economics and markets | Client note | 4 March 2031\n\nOur analysts think the Varanian column "
     "will cross the river before the end of March.",
     "Our analysts think the Varanian column will cross the river before the end of March"),
])
def test_a_title_naming_its_issuer_and_then_the_kind_of_page_opens_the_issuers_page(registry, text, quote):
    assert [(s["speaker"], s["quote"]) for s in draft(text, registry).statements] == [("northern_compact", quote)]


def test_a_title_whose_words_before_the_kind_of_page_are_no_name_opens_no_page(registry):
    text = ("Halden summit: the joint statement, in full\n\nA Varanian drone struck the grain terminal at Halden "
            "overnight and set two silos on fire.")
    assert draft(text, registry).statements == []


@pytest.mark.parametrize("text,speaker", [
    ("Thread: the Halden briefing\n\n5/ Kalyn says the column crossed the river near Halden on Friday night.\n\n"
     "6/ He also says Varanian drones struck the grain terminal twice.", "kalyn"),
    ("Live from Halden (thread)\n\n2/12 Marta Ruzhyn is speaking now. The column crossed the river on Friday night, "
     "she says.\n\n3/12 She says Varanian drones struck the grain terminal twice.", "ruzhyn"),
])
def test_a_threads_post_number_is_no_part_of_the_posts_first_sentence(registry, text, speaker):
    assert [(s["speaker"], s["quote"]) for s in draft(text, registry).statements][-1] == (
        speaker, "Varanian drones struck the grain terminal twice")


@pytest.mark.parametrize("text,expected", [
    ("Petro Kalyn said the column crossed the river. It is the first time Belmark has said that in public.",
     [("kalyn", "claim", "the column crossed the river")]),
    ("Marta Ruzhyn told the Courier that Belmark had had \"no warning of any kind\" before the strike.",
     [("ruzhyn", "claim", "Belmark had had \"no warning of any kind\" before the strike")]),
])
def test_no_warning_is_a_noun_and_words_that_only_say_how_are_no_statement(registry, text, expected):
    assert [(s["speaker"], s["type"], s["quote"]) for s in draft(text, registry).statements] == expected


@pytest.mark.parametrize("byline,body,speaker,tagline", [
    ("By Marta Ruzhyn | 10 March 2025", "The Varanian column crossed the river near Halden on Friday night, and I saw "
     "it.", "ruzhyn", "Marta Ruzhyn is the foreign minister of Belmark."),
    ("By Petro Kalyn | Opinion | 10 March 2025", "Our engineers saw the Varanian column cross the river near Halden on "
     "Friday night.", "kalyn", "Petro Kalyn is the commander of Belmark's border guard."),
])
def test_an_op_ed_byline_may_give_the_day_or_the_section_after_a_bar(registry, byline, body, speaker, tagline):
    text = f"OPINION | Halden deserves the truth\n\n{byline}\n\n{body}\n\n{tagline}"
    assert [(s["speaker"], s["quote"]) for s in draft(text, registry).statements] == [(speaker, body.rstrip("."))]


def test_a_post_by_someone_the_registry_knows_is_theirs_entry_by_entry_on_its_day(registry):
    text = ("Notes from Halden\n\nPosted by Dr Petro Kalyn, volunteer at the Halden clinic\n\nMonday 10 March, 9 p.m.\n\n"
            "I saw the Varanian column cross the river near Halden this morning, and we counted forty vehicles.\n\n"
            "Tuesday 11 March\n\nWe heard Varanian drones over the grain terminal at Halden all night.")
    assert [(s["speaker"], s.get("date")) for s in draft(text, registry).statements] == [
        ("kalyn", "2025-03-10"), ("kalyn", "2025-03-11")]


@pytest.mark.parametrize("label", ["NARRATOR", "VOICEOVER"])
def test_a_films_narrator_is_its_makers_voice_not_a_speaker(registry, label):
    text = (f"THE CROSSING\nHalden Films | First broadcast 12 March 2025\n\n{label}: By morning the water had reached "
            "the first villages below Halden and the roads were closed.\n\nKALYN: The column crossed the river near "
            "Halden on Friday night, and we saw every vehicle.")
    assert [s["speaker"] for s in draft(text, registry).statements] == ["kalyn"]


@pytest.mark.parametrize("text", [
    "Cold Switch: how Varania turned off the Halden grid\n\nNorthern Compact | Report NC-2031-004 | TLP:CLEAR | 24 January "
    "2031\n\nThe Varanian column crossed the river near Halden on Friday night.",
    "What Petro Kalyn knew about Halden\n\nNORTHERN COMPACT\nSituation report 4, issued 24 January 2031\n\nThe Varanian "
    "column crossed the river near Halden on Friday night.",
])
def test_a_title_that_names_someone_is_no_issuer_the_heading_under_it_is(registry, text):
    assert [(s["speaker"], s["quote"]) for s in draft(text, registry).statements] == [
        ("northern_compact", "The Varanian column crossed the river near Halden on Friday night")]


@pytest.mark.parametrize("text,expected", [
    ('Petro Kalyn spoke of "a navigational accident in a storm".', ("kalyn", "a navigational accident in a storm")),
    ("Belmark's foreign ministry now speaks of a Varanian drone strike on the grain terminal.",
     ("belmark_mfa", "a Varanian drone strike on the grain terminal")),
    ('Belmark reported "a hostile intrusion" into the control systems of the Halden grid.',
     ("belmark", '"a hostile intrusion" into the control systems of the Halden grid')),
    ('The Northern Compact announced "a full investigation" into the strike on Halden.',
     ("northern_compact", '"a full investigation" into the strike on Halden')),
])
def test_speaking_of_something_or_reporting_a_quoted_phrase_is_a_claim(registry, text, expected):
    assert [(s["speaker"], s["quote"]) for s in draft(text, registry).statements] == [expected]


def test_speaking_of_as_a_discourse_marker_is_no_claim(registry):
    assert draft("Speaking of the ceasefire, the weather in Halden was cold.", registry).statements == []


@pytest.mark.parametrize("text,expected", [
    ("Belmark's foreign ministry has just issued a statement: any Varanian strike on Halden would make the Compact a "
     "party to the conflict.",
     ("belmark_mfa", "any Varanian strike on Halden would make the Compact a party to the conflict")),
    ("The Northern Compact released a short statement on Friday: the column had crossed the river near Halden.",
     ("northern_compact", "the column had crossed the river near Halden")),
])
def test_a_statement_issued_and_given_after_a_colon_is_its_issuers(registry, text, expected):
    assert [(s["speaker"], s["quote"]) for s in draft(text, registry).statements] == [expected]


@pytest.mark.parametrize("text,expected", [
    ("Marta Ruzhyn spoke on Monday. On 17 Jan she told the Courier the border guard had had no warning of the strike.",
     ("ruzhyn", "the border guard had had no warning of the strike", "2025-01-17")),
    ("Petro Kalyn spoke on Monday. On 9 Dec he told reporters the column had crossed the river near Halden.",
     ("kalyn", "the column had crossed the river near Halden", "2024-12-09")),
])
def test_an_abbreviated_month_before_the_subject_is_no_part_of_it(registry, text, expected):
    assert [(s["speaker"], s["quote"], s.get("date")) for s in draft(text, registry).statements] == [expected]


@pytest.mark.parametrize("text,expected", [
    ("Belmark's foreign minister, Marta Ruzhyn, accused Varania the same day of \"shelling the grain terminal\".",
     ("ruzhyn", "accusation", "Varania the same day of \"shelling the grain terminal")),
    ("Belmark's intelligence chief, Petro Kalyn, blamed Varania on Friday for \"the strike on the grain terminal\".",
     ("kalyn", "accusation", "Varania on Friday for \"the strike on the grain terminal")),
])
def test_whom_an_apposed_speaker_accuses_is_no_speaker_after_the_words(registry, text, expected):
    assert [(s["speaker"], s["type"], s["quote"]) for s in draft(text, registry).statements] == [expected]


@pytest.mark.parametrize("text,expected", [
    ("Opposition spokesman Petro Kalyn wants sanctions on Varania before the ink is dry.",
     ("kalyn", "call", "sanctions on Varania before the ink is dry")),
    ("The Northern Compact wants an independent investigation into the strike on Halden.",
     ("northern_compact", "call", "an independent investigation into the strike on Halden")),
])
def test_wanting_sanctions_or_an_inquiry_is_a_call(registry, text, expected):
    assert [(s["speaker"], s["type"], s["quote"]) for s in draft(text, registry).statements] == [expected]


@pytest.mark.parametrize("text", ["Belmark wants peace.", "Marta Ruzhyn wants answers."])
def test_wanting_peace_or_answers_is_a_wish_not_a_call(registry, text):
    assert draft(text, registry).statements == []


@pytest.mark.parametrize("text,expected", [
    ("The Northern Compact judged that most of the Varanian vehicles never left Halden.",
     ("northern_compact", "most of the Varanian vehicles never left Halden")),
    ("Belmark's foreign ministry judges that the column will cross the river within days.",
     ("belmark_mfa", "the column will cross the river within days")),
])
def test_judging_that_is_a_claim(registry, text, expected):
    assert [(s["speaker"], s["quote"]) for s in draft(text, registry).statements] == [expected]


@pytest.mark.parametrize("text,speaker", [
    ("Marta Ruzhyn, Belmark's foreign minister, spoke on Monday. On 6 March the same minister said that the column had "
     "crossed the river.", "ruzhyn"),
    ("Petro Kalyn, Belmark's intelligence chief, spoke on Monday. On Friday the very same intelligence chief said that "
     "the column had crossed the river.", "kalyn"),
])
def test_the_same_official_after_a_date_is_the_one_named_before(registry, text, speaker):
    assert [s["speaker"] for s in draft(text, registry).statements] == [speaker]


@pytest.mark.parametrize("text,expected", [
    ("The drone struck the grain terminal at Halden.\n\nBelmark's border guard reported that the drone hit the forward "
     "hold.[1] Varania denied involvement.[2]\n\nReferences\n1. Belmark border guard, 4 Mar.\n2. Varanian foreign "
     "ministry, 5 Mar.", [("belmark_border_guard", "2025-03-04"), ("varania", "2025-03-05")]),
    ("Petro Kalyn first said the column had \"turned back at the river\".¹ A day later he said that it had crossed "
     "near Halden.²\n\nNotes\n1 Belmark military intelligence, press release, 3 February 2025.\n2 Petro Kalyn, quoted "
     "by the Courier, 4 February 2025.", [("kalyn", "2025-02-03"), ("kalyn", "2025-02-04")]),
])
def test_a_statement_marked_with_a_note_is_dated_by_the_note(registry, text, expected):
    assert [(s["speaker"], s.get("date")) for s in draft(text, registry).statements] == expected


@pytest.mark.parametrize("text,expected", [
    ("The Northern Compact has examined the footage and judged it authentic.",
     ("northern_compact", "it authentic")),
    ("Belmark's foreign ministry considers the Varanian figures unreliable.",
     ("belmark_mfa", "the Varanian figures unreliable")),
])
def test_judging_or_considering_a_thing_authentic_or_unreliable_is_a_claim(registry, text, expected):
    assert [(s["speaker"], s["quote"]) for s in draft(text, registry).statements] == [expected]


@pytest.mark.parametrize("text,speaker", [
    ("A former detainee told us that guards beat him at every roll call.", "former_detainee"),
    ("One evacuee said the water had reached the second floor within an hour.", "evacuee"),
    ("A freed hostage told reporters that the gunmen had kept them in a school.", "freed_hostage"),
])
def test_people_a_war_befalls_are_speakers_as_residents_are(registry, text, speaker):
    """Rights groups and reporters quote detainees, evacuees and hostages as they quote residents and witnesses."""
    assert [s["speaker"] for s in draft(text, registry).statements] == [speaker]


@pytest.mark.parametrize("text,speaker", [
    ("Taver Oskun spoke to the agency on Sunday. The agency also quoted him as saying that 200 Corvasian soldiers had "
     "crossed the river.", "oskun"),
    ("Daria Voss met reporters in Halden. Varpress quoted her as saying that Corvasian soldiers had crossed the river.",
     "voss"),
    ("The Tashgard Courier quotes Taver Oskun, who spoke from Halden, as saying that Corvasian soldiers had crossed the "
     "river.", "oskun"),
])
def test_quoted_as_saying_names_the_one_quoted_by_a_pronoun_too(registry, text, speaker):
    assert [s["speaker"] for s in draft(text, registry).statements] == [speaker]


@pytest.mark.parametrize("text,speaker", [
    ("One of the engineers said the dam was old but would not have fallen by itself.", "engineer"),
    ("One of the witnesses told the paper that the dam was old.", "witness"),
])
def test_one_of_a_group_is_proposed_as_one_of_them(registry, text, speaker):
    """Not an actor called "of the engineers"."""
    assert [s["speaker"] for s in draft(text, registry).statements] == [speaker]

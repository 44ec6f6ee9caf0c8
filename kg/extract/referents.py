"""What statements that point back are about: answers, refusals, "the reports", "the video", "each other".

A refusal, a dismissal or "the reports" shares no words with what it answers, so it takes the
proposition of what it points to, most specific first: what its own sentence says it was asked
about; the question just asked in a briefing; the thing the article introduced and now names by
its kind ("the video"); the words of the actor it defers to ("nothing to add to the ministry's
comments"); the story's claim ("the reports"); the latest claim raised. Two sides "trading
accusations" each say the other did the same deed.

>>> most_supported(["front", "thousands", "front", "in"], {"front": {"in"}, "thousands": {"in"}, "in": set()})
'in'
"""

from __future__ import annotations

import re
from collections.abc import Container

from ..annotations import Proposition
from ..compile import sentence_spans
from .attribution import Found
from .lexicon import ANSWERING, DISMISSIVE
from .match import SYNONYMS, Candidate, Matcher, is_predicate, names_doer
from .mentions import ActorIndex


def raised(text: str, matcher: Matcher) -> list[tuple[int, str]]:
    """The propositions the article's sentences (headline and questions too) are about, in text order.

    A dismissive label ("another provocation", "fake news") says how a claim is received, not
    what it is, so it is no part of what a sentence raises.
    """
    found = []
    for a, b in sentence_spans(text):
        ranked = matcher.rank(DISMISSIVE.sub(" ", text[a:b]), limit=1, implicit=False)
        if ranked and ranked[0].score >= matcher.threshold * 0.7:
            found.append((a, ranked[0].proposition))
    return found


#: a noun phrase that names something said before ("the idea", "these plans", "Macron's proposal")
ANAPHOR = re.compile(r"\b(?:the|this|that|these|those|such|his|her|its|their|\w+['’]s)\s+(?:\w+\s+)?"
                      r"(?:ideas?|proposals?|plans?|suggestions?|initiatives?|offers?|demands?)\b(?!\s+(?:of|to|for|that)\b)",
                      re.I)  # not "the idea of deploying forces": that idea says what it is
REPORT_NOUNS = re.compile(r"\b(?:reports?|claims?|allegations?|accusations?|rumou?rs?|stories|story|news|publications?|"
                           r"footage|video|images?|assertions?|speculation|fabrications?)\b", re.I)


#: a report named with its content: "Russia's claim that the Kursk region had been retaken" says what it is about
CONTENT_GIVEN = re.compile(REPORT_NOUNS.pattern + r"\s+(?:that|of)\s+(?:\w+\s+){2,}\w+", re.I)


#: a question about something already named: "Have they gone into combat?", "Is that your information?"
_POINTING = re.compile(r"^\W*(?:[A-Z]+:\s+)?(?:\w+\s+)?(?:they|it|that|this|these|those|he|she|them)\b", re.I)


def open_question(text: str, before: int, raised: list[tuple[int, str]], questions: list[tuple[int, int]]) -> str | None:
    """The question just asked before a refusal, when no proposition covers it and nothing was raised since:
    "Will there be a response? Sanctions?" — "I won't get ahead of any decisions" is about sanctions, not about
    what an earlier question raised."""
    asked = [(a, b) for a, b in questions if b <= before and before - b <= 400]
    if not asked or (raised and raised[-1][0] >= text.rfind("\n", 0, asked[-1][0])):
        return None  # the question's turn relays a claim ("X said … Can you confirm this?"): the claim is asked about
    start = asked[-1][0]
    while (earlier := [(a, b) for a, b in asked if b < start and start - b <= 3]):  # "Will there be a response? Sanctions?"
        start = earlier[-1][0]
    question = text[start:asked[-1][1]]
    return None if _POINTING.match(question) else question


#: statements that answer something: what they answer is what they are about
RESPONSES = ("non_confirmation", "denial", "dismissal", "confirmation")
#: what a sentence says its speaker was asked about or comments on: "asked by journalists about images said to
#: show …,", "Commenting on claims by Kyiv that …,", "In response to the NIS estimate,"
_ANSWERING = re.compile(r"(?:^|,\s*)\W*(?:(?:when|after being|upon being)\s+)?(?:" + ANSWERING +
                        r"|in\s+(?:response|reply)\s+to)\b(?:\s+by\s+[\w\s]{1,30}?(?=\s+(?:about|on|"
                        r"whether|if|over)\b))?(?:\s+(?:about|on|whether|if|over|to))?\s+(?P<what>[^,;]{8,}?),\s", re.I)


def own_raised(text: str, f: Found, earlier: list[tuple[int, str]],
               sentences: Container[tuple[int, str]]) -> set[tuple[int, str]]:
    """What the statement's own sentence raised, which a back-reference does not point to: the words of its
    attribution ("The embassy, which says its advisers only train crews, called that a fairy tale"), unless the
    sentence says what the speaker was asked about or comments on ("Asked about the prisoners, …")."""
    if _ANSWERING.search(text[f.sentence[0]:f.start]):
        return set()
    return {entry for entry in earlier if entry in sentences and entry[0] >= f.sentence[0]}


def answered(text: str, f: Found, matcher: Matcher) -> str | None:
    """The proposition of what the statement's sentence says it answers, when that is covered well enough.

    "Asked about images said to show North Korean soldiers at Russian bases, Putin did not deny the reports" is
    about the soldiers in Russia, whatever the story's other reports are about.
    """
    # searched from the sentence's start, "^" matches only at the text's: a sentence that opens "Asked about X," is
    # read here only as the article's first; reading it in every sentence linked 12 more statements right and 16
    # more to unrelated propositions over 48 corpora, so it stays so
    found = _ANSWERING.search(text, f.sentence[0], f.start)
    if not found or found.end() > f.start:
        return None
    best = matcher.best(found["what"])
    return best.proposition if best else None


#: things a story introduces and later names by their kind alone: "the video", "the figure", "the assessment"
_INTRODUCED = re.compile(r"\b(?:the|that|this|those|these)\s+(?:\w+\s+)?(video|footage|images?|photos?|photographs?|pictures?|"
                         r"figures?|estimates?|assessments?|imagery|documents?|dossier|"
                         r"recording|intercepts?|photo)\b", re.I)


def introduced(words: str, earlier: list[tuple[int, str]], text: str, registry: Container[str],
               entailed: dict[str, set[str]] | None = None, before: int | None = None) -> tuple[str, str] | None:
    """What "the video", "the figure" or "the assessment" is about: the known proposition of the sentence that
    first spoke of one (before ``before``), or of a later one that says more of it (one that entails the rest).

    >>> text = "Belmark released a video of Corvasian soldiers training. Kalyn said units will fight."
    >>> introduced("the footage was a crude fake", [(0, "training"), (57, "will_fight")], text, {"training", "will_fight"})
    ('training', 'points back to the footage introduced before')
    """
    named = _INTRODUCED.search(words)
    if not named:
        return None
    kind = named.group(1).lower().rstrip("s")
    same = {"footage": ("video", "footage"), "video": ("video", "footage"), "photo": ("photo", "image", "picture")}
    nouns = same.get(kind, (kind,))
    bounds = [pos for pos, _ in earlier] + [len(text) if before is None else before]
    ends = [b for _, b in sentence_spans(text)]
    speaking = [pid for (pos, pid), end in zip(earlier, bounds[1:]) if pid in registry and
                re.search(rf"\b(?:{'|'.join(nouns)})", text[pos:min(end, next((e for e in ends if e > pos), end))], re.I)]
    if not speaking:
        return None
    # a headline's "video of troops in Varania", then the lead's "video of soldiers at a training ground": the
    # most specific account, the one that entails the others, says what it shows
    specific = next((pid for pid in speaking if all(o == pid or o in (entailed or {}).get(pid, ()) for o in speaking)),
                    speaking[0])
    return specific, f"points back to the {named.group(1).lower()} introduced before"


#: deferring to or agreeing with someone else's words: "nothing to add to the Foreign Ministry's comments",
#: "referred questions to the Defence Ministry", "beyond what the Secretary said", "I'll leave that to the minister",
#: "consistent with what Tokyo had seen", "agreed with what the Ukrainians reported"
_DEFERS = re.compile(r"\b(?:add(?:ed)?\s+(?:to|beyond)|referr?(?:ed|ing)?\s+(?:\w+\s+){0,3}?to|leave\s+(?:\w+\s+)?to|"
                     r"(?:beyond|with)\s+what|deferr?(?:ed|ing)?\s+to)\s+(?P<who>[^,.;:!?]+)", re.I)


#: what someone named said or found: "Voss's remarks", "the ministry's claims", "Belmark's accusation", "Seoul's
#: assessment", "the NIS estimate", "the Pentagon figures"
_SPEECH_OF = re.compile(r"(?:(?P<who>\b(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)['’]s?|\b(?i:the)\s+(?P<name>[A-Z][\w.-]*"
                        r"(?:\s+[A-Z][\w.-]*)*))\s+(?:\w+\s+)?(?:remarks?|comments?|claims?|accusations?|allegations?|"
                        r"assertions?|statements?|words|account|figures?|estimates?|assessments?|findings|conclusions?|"
                        r"information|intelligence|data|reporting|views?)\b")


def cites(words: str) -> bool:
    """True when the words name someone else's words or findings ("shares Seoul's assessment", "in line with what
    Tokyo had seen"), which ``deferred`` can take the proposition of."""
    return bool(_DEFERS.search(words) or _SPEECH_OF.search(words)) and not CONTENT_GIVEN.search(words)


def deferred(words: str, statements: list[dict], before: int, index: ActorIndex,
              propositions: dict[str, Proposition], entailed: dict[str, set[str]]) -> tuple[str, str] | None:
    """What a speaker defers to or answers: what the actor they name (or its people) said before, the claim
    their statements support most (as for "the reports", see ``referent``).

    "Had nothing to add to the Foreign Ministry's comments" is about what the ministry's spokeswoman said;
    the latest sentence before it may be about something else.
    """
    references = sorted((m for pattern in (_DEFERS, _SPEECH_OF) if (m := pattern.search(words))), key=lambda m: m.start())
    for named_in in references:  # the first named: "the Estmark assessment was consistent with what Ardenne had seen"
        phrase = re.split(r"['’]s\b|\b(?:comments?|remarks?|statements?|said|says|on|about|for|had|has|have|saw|seen|"
                          r"found|reported|assessed|knew|knows)\b", named_in.group("who") or named_in.group("name"))[0]
        named = {actor for _, _, actor in index.mentions(phrase)}
        if not named and re.fullmatch(r"\s*(?:the\s+)?[A-Z][\w.-]*\s*", phrase) and (state := index.affiliation(phrase)):
            named = {state}  # a state by its capital or people: "Seoul's assessment", "what the Ukrainians reported"
        wanted = set(re.findall(r"[a-z]+", phrase.lower())) - {"the", "a", "his", "her", "its", "their", "what", "him",
                                                               "them"}
        theirs = []
        for s in statements:
            speaks_for = {s["speaker"]} | index.organisations(s["speaker"])
            if s["start"] < before and s["about"] in propositions and (
                    named & speaks_for or not named and wanted and any(wanted <= index.name_words(a) for a in speaks_for)):
                theirs.append(s["about"])
        if theirs:
            return most_supported(theirs, entailed), "points back to the words it defers to"
    return None


LATEST = "points back to what was said just before"
#: where the story's claim was told: "the contents of the briefing", "what was said at the hearing"
_TOLD_AT = re.compile(r"\b(?:briefings?|hearings?|testimony|session|closed-door|meeting)\b", re.I)


def referent(earlier: list[tuple[int, str]], words: str, entailed: dict[str, set[str]],
             own: Container[tuple[int, str]] = ()) -> tuple[str, str]:
    """What a back-reference points to: the reports the article is about, or the question just asked.

    "Dismissed the reports" and "called the claims fabrications" answer the story's claim: of the
    propositions the article has raised so far, the one its mentions support most, itself or through
    entailment (reports of 4,000 troops and of troops at the front are both reports of troops in the
    country); on a tie, the one raised first (the headline's). "Would not discuss the briefing" is about
    what the story says was told there, its first claim. "Declined to comment" and "that is not true"
    answer the latest one (in a briefing, the question just asked), raised before the statement's own
    sentence: what that sentence raised (``own``) is its attribution's words.

    >>> entails = {"front": {"in"}, "thousands": {"in"}, "in": set()}
    >>> referent([(0, "front"), (50, "thousands"), (90, "front"), (120, "in")], "dismissed the reports", entails)[0]
    'in'
    """
    if REPORT_NOUNS.search(words):
        return most_supported([pid for _, pid in earlier], entailed), "points back to the reports the article is about"
    if _TOLD_AT.search(words):
        return earlier[0][1], "points back to what the story says was told there"
    # what the statement's own sentence raised is its attribution's words ("Belmark's foreign ministry declined to
    # comment"), not what was said before it
    before = [entry for entry in earlier if entry not in own] or earlier
    return before[-1][1], LATEST


#: a pronoun that stands for something named before: "whether they will be used", "whether that included soldiers"
_PRONOUN = re.compile(r"\b(?:it|they|them|this|these|those)\b|\b(?:whether|if)\s+that\b", re.I)
ELSEWHERE = "says something of its own that what was said just before does not: a new one"


def says_otherwise(words: str, latest: str, matcher: Matcher, ranked: list[Candidate]) -> bool:
    """True when a refusal or denial that covers no proposition well enough still says what it is about, and that
    shares nothing with the latest claim raised: "would not say whether a ceasefire at sea was being discussed"
    after a prisoner exchange, "dismissed the talk of drone fragments as theatre props" after an artillery strike.
    ``ranked`` is every proposition the words share a part with (``Matcher.rank`` without a limit).

    Such words are about something the article has not raised as a proposition, not about whatever came just
    before. Words that only point back ("declined to comment", "rejected the claims") or say it with a pronoun
    ("whether they will be used") keep the latest claim. Over the seed and the 49 invented corpora this took 33
    statements off unrelated propositions (5 onto the right one), against 7 right and 4 one-step links lost.
    """
    if matcher.is_backreference(words) or _PRONOUN.search(words):
        return False
    return bool(ranked) and latest not in {c.proposition for c in ranked}


EACH_OTHER = "accusing each other"
EACH_OTHER_WORDS = re.compile(r"\W*(?:each other|one another)\b", re.I)


def blamed(raised_in: list[tuple[int, str]], accused: set[str], accuser: str, matcher: Matcher) -> str | None:
    """What two sides "trading accusations" or "blaming each other" accuse each other of: for each side, the claim
    the article raises (anywhere: the deed is often told after) that the other side did it, naming the other
    state and not its own, the one the article's mentions support most."""
    def swapped(parts: set[str]) -> frozenset[str]:
        swap = {f"@{accuser}": f"@{other}" for other in accused} | {f"@{other}": f"@{accuser}" for other in accused}
        return frozenset(re.sub(r"@\w+", lambda m: swap.get(m.group(), m.group()), part) for part in parts)

    by_parts = {frozenset(parts): pid for pid, parts in matcher.parts.items()}

    def blames(pid: str) -> bool:
        return {f"@{a}" for a in accused} <= matcher.parts[pid] and f"@{accuser}" not in matcher.parts[pid]

    # the same deed, which each side says the other did: a raised claim that one side did it, or its mirror
    raised = [pid if blames(pid) else by_parts[swapped(matcher.parts[pid])] for _, pid in raised_in
              if pid in matcher.parts and swapped(matcher.parts[pid]) in by_parts]
    raised = [pid for pid in raised if blames(pid)]
    return most_supported(raised, matcher.entailed) if raised else None


def most_supported(raised: list[str], entailed: dict[str, set[str]]) -> str:
    """Of the propositions raised, in order, the one their mentions support most, itself or through entailment;
    on a tie, the one raised first."""
    support = {pid: sum(pid == other or pid in entailed.get(other, ()) for other in raised) for pid in raised}
    first = {pid: -n for n, pid in reversed(list(enumerate(raised)))}
    return max(support, key=lambda pid: (support[pid], first[pid]))


#: an open question of who did a deed, after a refusal's wrapper or a verb of knowing: "(declined to say) who fired on
#: the convoy", "whose mine it was", "on whose instruction", "what hit the hospital", "which side shelled the dam", "I
#: will not guess who is behind it", "would not speculate on who might be behind them"
_WHO_DID = re.compile(
    r"(?:^\W*|\b(?:say|tell|know|knows|determine|establish|confirm|identify|speculate|guess|clear|sure|certain|shown?|"
    r"assess|indicate|on|about|as\s+to)\s+(?:yet\s+|exactly\s+|for\s+sure\s+)?)"
    r"(?:whose\b|who(?:m)?\b(?!\s+(?:said|says|say|told|spoke|speaks|saw|"
    r"sees?|heard|lives?|lived|works?|worked)\b)|which\s+(?:side|country|state|army|party|group|unit|forces?|"
    r"government)\b|what\s+(?=(?:had\s+|has\s+)?(?:hit|struck|caused|destroyed|damaged|brought\s+down|sank|downed|"
    r"blew\s+up)\b))", re.I)
#: the same question put as a task: "to attribute this to anyone", "to assign blame", "declined to name a culprit"
_BLAME = re.compile(r"\b(?:attribut(?:e|ing)|assign(?:ing)?|apportion(?:ing)?|lay(?:ing)?|plac(?:e|ing))\s+(?:the\s+)?"
                    r"(?:blame|responsibility)\b|\battribut(?:e|ing)\s+(?:it|this|that|them|the\s+\w+(?:\s+\w+)?)\s+to\s+"
                    r"(?:anyone|anybody|any\b|a\s+(?:state|country|culprit|perpetrator))|\bname\s+(?:a|the|any)\s+"
                    r"(?:culprits?|perpetrators?|attackers?)\b", re.I)
#: words that only say someone did it: "who was responsible", "who is to blame", "who was behind it"
_ANY_DOER = re.compile(r"\b(?:responsible|responsibility|to\s+blame|behind(?:\s+(?:it|this|that|them))?)\b", re.I)
#: verbs of firing a weapon, which the lexicon leaves plain words: to fire or launch at something is to attack it
_FIRING = {"fire": "attack", "launch": "attack", "shoot": "attack", "shot": "attack"}
CULPRIT = "leaves open who did the deed the article blames on someone"


def culprit(words: str, raised_in: list[tuple[int, str]], before: int, matcher: Matcher) -> str | None:
    """What a refusal to say who did a deed is about: the claim the article raises that someone did it.

    "Could not yet say who had fired on the convoy", "too early to say whose mine it was", "declined to
    name a culprit": the words leave the doer open, so they share no part with "Ostrelian forces
    struck the convoy", and what was said just before is often something else. They are about the
    article's claim that someone did the deed: of the propositions that name a doer and say the deed the
    words name (or, when the question is put as a task, "to apportion blame", the deed of the latest claim
    raised before them), the one the article's mentions support most. Words that name no deed ("who was
    responsible", "who he is") are left to the other rules.

    >>> from kg.annotations import Proposition, Place
    >>> from pathlib import Path
    >>> p = Place(Path("p.yaml"), 1)
    >>> props = {"hit": Proposition("hit", "The hospital was hit by a missile.", (), (), False, p),
    ...          "ost": Proposition("ost", "Ostrelian forces fired the missile that hit the hospital.", (), (), False, p)}
    >>> from kg.annotations import Actor
    >>> m = Matcher(props, {"ostrelia": Actor("ostrelia", "state", "Ostrelia", (), None, None, None, (), p)})
    >>> culprit("who fired the missile", [(0, "hit"), (60, "ost")], 200, m)
    'ost'
    """
    asked = _WHO_DID.search(words)
    if not asked and not _BLAME.search(words):
        return None
    deed = _ANY_DOER.sub(" ", re.split(r"[,;:.!?]|\s+(?:and|but|or)\s+", words[asked.end():])[0]) if asked else ""
    named = {_FIRING.get(c, c) for c in matcher.concepts(deed)}
    if not deed.strip(" .,;:\"'“”"):  # "to assign blame", "to attribute this to anyone": the deed raised just before
        latest = [pid for pos, pid in raised_in if pos < before and pid in matcher.parts]
        named = {c for c in matcher.parts[latest[-1]] if is_predicate(c)} if latest else set()
    doing = {c for c in named if is_predicate(c)}
    doing |= {"attack", "fight"} if doing & {"attack", "fight"} else set()  # firing on something is attacking it
    things = {c for c in named if c in SYNONYMS and not is_predicate(c)}
    if not doing:
        return None  # "who stayed in the school", "who he is": no deed to blame anyone for

    def says(pid: str, wanted: set[str]) -> bool:
        return any(not wanted.isdisjoint(c.split("|")) for c in matcher.explains[pid])

    doers = [pid for pid, parts in matcher.parts.items() if not matcher.directive[pid] and names_doer(parts)
             and says(pid, doing) and (not things or says(pid, things))]
    # the claim that says no more than who did it goes first: "Kolvan's missile hit the hospital" before "the hospital
    # was a legitimate target"
    only = [pid for pid in doers if {c for c in matcher.parts[pid] if is_predicate(c)} <= doing]
    raised = [pid for _, pid in raised_in if pid in only] or [pid for _, pid in raised_in if pid in doers]
    return most_supported(raised, matcher.entailed) if raised else None


OWN_DEED = "denied by the side it blames: the claim that names the speaker's side as the doer"


def own_deed(prop: str, speaker_state: str, raised_in: list[tuple[int, str]], matcher: Matcher) -> str | None:
    """What a side denies when it denies a deed that names no doer: the claim that it did it.

    "Dismissed the accusations as a provocation", "the dam was never targeted", said by the side the
    article blames, deny "Gorvenian forces fired on the dam", not that the dam was hit: of the
    propositions that say the speaker's own state did what ``prop`` says happened (they entail it), the
    one the article's mentions support most; None when ``prop`` names a doer already or none is raised.
    """
    if prop not in matcher.parts or names_doer(matcher.parts[prop]):
        return None
    theirs = [pid for pid, parts in matcher.parts.items() if f"@{speaker_state}" in parts and
              prop in matcher.propositions[pid].entails and not matcher.directive[pid]]
    raised = [pid for _, pid in raised_in if pid in theirs]
    return most_supported(raised, matcher.entailed) if raised else None

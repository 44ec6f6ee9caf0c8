"""Finding attributed statements in news sentences: who, which cue, which words, where.

An attribution has three parts (as in PARC 3.0): a **source** (the speaker phrase), a
**cue** (a reporting verb, a refusal around one, or a reporting noun) and the **content**
(the reported words). Constructions handled, each tested in tests/test_extract.py:

- direct quotes in straight or curly marks, paired within a paragraph (a stray mark never
  shifts the pairing of the rest of the article), attribution after ("…," Peskov said),
  before (Peskov said: "…"), or in the sentence before; a quote continuing over paragraphs;
- indirect speech: "X said (on DATE) that …", "X told reporters that …", "X denied …",
  "X accused Y of …", "X called for …", coordinated speakers ("A and B both said"),
  appositions ("Russia's ambassador, Georgy Zinoviev, insisted"), content before the
  attribution ("…, the ministry said on Tuesday.");
- non-commitment wrapped around a speech verb ("declined to confirm", "would neither
  confirm nor deny", "stopped short of saying", "had nothing to add"): a no-comment;
- naming verbs that dismiss ("called the reports baseless", "described it as a provocation");
- nominal cues: "claims by X that …", "X's assertion that …", "the ministry's rejection of
  the report as 'baseless'", "in a statement, X …";
- relative and passive attribution: "…, Kyrylo Budanov, who claimed that …", "That was
  reportedly confirmed by X, which stated that …", "an idea put on the table by X";
- continuations: "…, stating instead that …", "…, adding that …" (the same speaker again);
- sources: "according to X, …", "Reports by X suggested that …", "X reported that Y said …"
  (Y speaks, X relays), "X quoted Y as saying …", "reportedly";
- one attribution, two statements: "X said there were signs of A, but what they would be
  used for was unclear" is a claim and a no-comment.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..compile import ABBREVIATION, TITLE, sentence_spans
from .lexicon import (ANONYMOUS, ANSWERING, CAPTION, CUE_RE, DENYING, DIRECTIVE, DISMISSIVE, LABEL_RE, NEEDS_CLAUSE,
                      THAT_CLAUSE,
                      NEGATED_DISMISSIVE, NONCOMMIT_RE, OPEN_CLAIM, ORG_NOUNS, OWN_REJECTION, PRONOUNS, REPORTEDLY,
                      NOT_EVENT_BEFORE, ROLE_NOUNS, STOPWORDS, Cue, cue_of, is_verb)
from .dates import DATELINE
from .mentions import SHARED_HEAD, ActorIndex, Speaker

#: quotation marks pair by kind: curly with curly, straight with straight, never across a line
QUOTE = re.compile(r"“(?P<c>[^”“\n]{3,}?)”|\"(?P<s>[^\"\n]{3,}?)\"|(?<![\w])‘(?P<g>[^’‘\n]{12,}?)’(?![\w])")
#: "as" that opens an apposition inside the clause, not a clause of its own: "China, as North Korea's neighbour,
#: could …" (but "…, as officials said", "…, as the troops arrived")
_APPOSITIVE_AS = (r"(?!\s+(?:an?\s+|the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,4},\s+(?:could|would|should|can|will|must|may|might|"
                  r"has|have|had|is|are|was|were|did|does)\b)")
_CLAUSE_END = re.compile(r",\s+(?:stating|saying|adding|urging|insisting|noting|arguing|warning|calling|accusing|blaming|"
                         r"denying|dismissing|rejecting|demanding|stressing|which|who|while|whereas|"
                         r"according to|as" + _APPOSITIVE_AS + r"|however)\b|\s+[—–]\s+|\s+-\s+|"
                         # the writer's aside on what was said: "…, a claim that could not be independently verified"
                         r",\s+(?:an?|another)\s+(?:[\w-]+\s+){0,2}?(?:claim|assertion|allegation|account|figure|estimate|"
                         r"charge|version)s?\s+(?:that|which)\s+(?:\w+\s+){0,3}?(?:not|never|yet|denie[sd]|dismisse[sd]|"
                         r"reject(?:s|ed)|disputes?|disputed|confirm(?:s|ed))\b|"
                         r"[;!?](?:\s|$)|\.(?:\s|$)")
#: a weekday said bare after the verb, as wire copy does: "said Tuesday", "told reporters Monday night"
_BARE_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?"
#: a participle of saying, which starts a statement of its own: "blamed A on B, days after saying that P"
_SAYING = (r"(?:saying|telling|stating|claiming|insisting|arguing|declaring|announcing|asserting|denying|"
           r"confirming|admitting|rejecting|dismissing|calling)\b")
_THAT = re.compile(r"^(?:\s*,?\s+(?i:on|in|at|last|earlier|late|during|after|before|this|yesterday|today|overnight|"
                   r"tonight|later|since|for|over|throughout|" + _BARE_DAY + r")\b(?:(?!,\s*[a-z]+ing\b|\s" + _SAYING +
                   r")[\w ,.'’-])*?)?"
                   r"(?:\s+(?:to\s+)?(?:reporters|journalists|the \w+(?: \w+){0,2}|parliament|lawmakers|a \w+(?: \w+){0,2}|an \w+(?: \w+){0,2}|"
                   r"(?:his|her|their|its|our|my) [\w'’-]+(?: [\w'’-]+){0,2}|"
                   # "South Korean broadcaster KBS", "the German daily Bild"
                   r"(?:the )?(?:[A-Z][\w'’-]* ){0,2}(?:[a-z]+ )?(?:broadcaster|newspaper|daily|weekly|television|TV|radio|"
                   r"channel|station|agency|outlet|magazine|paper|website|network) [A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,2}|"
                   r"state media|state television|the press|the media|them|him|her|us|me|"
                   r"[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2}))?"
                   r"(?:\s*,?\s+(?:on|in|at|late|last|earlier|during|after|this|yesterday|today|(?i:" + _BARE_DAY +
                   r"))\b(?:(?!,\s*[a-z]+ing\b|\s" + _SAYING + r")[\w ,.'’-])*?)?"
                   r"(?:\s+(?i:instead|also|again|repeatedly|flatly|firmly|only|simply|merely))?\s*,?\s*(?i:that\s+|:\s*)")
_PASSIVE = re.compile(r"\b(?:was|were|is|are|has been|have been|had been|been)(?:\s+(?:reportedly|also|later|publicly|"
                      r"officially|swiftly|flatly|firmly))?\s*$", re.I)
_BY_AGENT = re.compile(r"^\s+by\s+(?P<np>.+?)(?=\s+on\s|\s+earlier\b|\s+last\b|,|\.|\s+which\b|\s+who\b|\s+that\b|$)")
_RELATIVE = re.compile(r"(?:^|,\s*)(?P<np>[^,]+?),?\s+(?:who|which)(?:\s+(?:also|later|reportedly|had|has|have|"
                       r"earlier|previously|then|on \w+))*\s*$")
_REPORTS_BY = re.compile(r"\b(?:reports?|claims?|suggestions?|allegations?|assertions?)\s+(?:by|from|in)\s+"
                         r"(?P<np>(?:(?!\bthat\b)[^,])+?)"
                         r"(?:\s+(?:have|has|had|on\s+\w+\s+\d+))*\s*$", re.I)
#: words that open with who said what, before a source that relays them: "the NIS told lawmakers on Wednesday that …"
_RELAYED = re.compile(r"(?P<np>[^,;]{3,80}?)\s+(?:(?:has|have|had)\s+)?(?:told|said|informed|briefed|assessed|estimated|"
                      r"reported|concluded|found|determined|established|judged|confirmed)\b[^,;]{0,60}?\s+that\s+")
_ACCORDING = re.compile(r"\b(?:according\s+to|in\s+the\s+\w+\s+of|it\s+is\s+the\s+\w+\s+of)\s+"
                        r"(?P<np>(?:" + TITLE + r"\s+)?(?:(?!\s+that\s)[^,.;])+)(?:\s+that(?=\s))?|"
                        r"\bin\s+(?P<owner>(?:the\s+)?[^,.;]+?)['’]s?\s+\w+", re.I)
_QUOTED_AS = re.compile(r"\bquot(?:ed|es|ing)\s+(?!by\s)(?P<speaker>.+?),?\s+as\s*$", re.I)
#: the one quoted named by a pronoun: "quoted him as saying" is "he said"
_OBJECT_PRONOUN = {"him": "he", "her": "she", "them": "they"}
#: "Kuratov was quoted by Varpress as calling …": the subject speaks, the agent relays
_QUOTED_BY = re.compile(r"(?P<speaker>[^,]+?),?\s+(?:was|were|is|are|has been|had been)\s+quoted\s+(?:by\s+(?P<relay>.+?)\s+)?as\s*$",
                        re.I)
#: how far before a cue its speaker and relays are looked for (characters)
_WINDOW = 400
_ONLY_WHEN = re.compile(r"^\s*(?:(?:(?:on|last|late|early|in|at(?!\s+(?:least|most|leas)\b)|during|to|of|for|after|before|"
                        r"by|via|from|over|outside)\s+(?:a\s+|an\s+|the\s+)?"
                        r"[\w.]+(?:\s+[\w.]+){0,3}?|yesterday|today|earlier|later|reporters|journalists|lawmakers|"
                        + _BARE_DAY + r")\s*,?\s*){0,3}$", re.I)
_DATELINE = re.compile(r"^[A-Z][A-Z .,'()-]{2,60}\s*(?:\([^)]*\))?\s*[—–-]+\s+|^[^—–]{0,60}\s[—–]\s|"
                       # a live page's or a roundup's entry time: "SUNDAY 18:52 - ", "14:05 GMT: ", "9:30 a.m. | "
                       r"^(?:[A-Z][A-Za-z]+,?\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|[A-Z]{2,4}|local\s+time)?\s*[—–:|-]\s+|"
                       + DATELINE.pattern)
_INTRO = re.compile(r"^(?:(?i:on|in|at|after|following|earlier|later|last|despite|amid|speaking|asked|during|"
                    r"responding|in response|meanwhile|separately|however|but|and|also|yesterday|today|"
                    r"at a|addressing|writing|briefing)\b[^,]*,\s*"
                    r"|[A-Z][a-z]+ing\s+(?i:to|on|at|the|a|an|with|about|from|in|reporters|journalists)\b[^,]*,\s*)+")
_NOMINAL = re.compile(r"(?P<np>[^,;:]{2,80}?)['’]s?\s+(?:repeated\s+|earlier\s+|latest\s+|flat\s+|swift\s+|public\s+)?"
                      r"(?P<noun>claims?|assertions?|insistence|denials?|rejection|dismissal|warnings?|confirmation|"
                      r"accusations?|allegations?|statement|calls?|suggestions?|admission|acknowledg(?:e)?ment)\s+"
                      r"(?P<link>that|of|for|to)\s+", re.I)
_NOUN_BY = re.compile(r"\b(?P<noun>claims?|assertions?|denials?|warnings?|accusations?|allegations?|suggestions?|"
                      r"calls?)\s+(?:by|from)\s+(?P<np>[^,;:]+?)\s+(?:that|of|for)\s+", re.I)
#: a reporting noun with "of" and the one who made it, maybe when: "the statement of the Norrel Air Force on 3 March
#: that …", "the assertion of the Varanian side that …" (a name after "of", never "claims of torture")
_NOUN_OF = re.compile(r"\bthe\s+(?:\w+\s+)?(?P<noun>statements?|claims?|assertions?|denials?|warnings?|accusations?|"
                      r"allegations?)\s+of\s+(?P<np>(?:the\s+)?[A-Z][^,;:]*?)(?:\s+(?:on|of|dated)\s+[^,;:]{3,25}?)?"
                      r"\s+(?P<link>that)\s+")
#: a comma, then a short subject and a reporting verb: another speaker's words begin
_NEXT_SPEAKER = re.compile(r",\s+(?:[A-Z][\w.'’-]*|the\s+\w+|she|he|they)(?:\s+[\w.'’-]+){0,5}?\s+(?="
                           + CUE_RE.pattern + r"|" + NONCOMMIT_RE.pattern + r"|" + LABEL_RE.pattern + r")")
_NOUN_TYPE = {"claim": "claim", "assertion": "claim", "insistence": "claim", "statement": "claim", "suggestion": "claim",
              "allegation": "claim", "denial": "denial", "rejection": "dismissal", "dismissal": "dismissal",
              "warning": "warning", "confirmation": "confirmation", "admission": "confirmation",
              "acknowledgment": "confirmation", "acknowledgement": "confirmation", "accusation": "accusation",
              "call": "call"}
_AS_LABEL = re.compile(rf"\s+(?:as\s+)?(?:[\"“‘']|(?=(?:an?|another|pure|mere|complete|utter|total|totally|sheer|yet|simply|"
                       rf"nothing but|just)\s)|(?={DISMISSIVE.pattern}))"
                       rf"(?P<label>(?:an?\s+|the\s+|pure\s+|mere\s+|another\s+|simply\s+)*[\w\s-]{{0,30}}?{DISMISSIVE.pattern})",
                       re.I)
#: what a sentence says of a claim it names: "… have not been independently verified", "… could not be checked"
_JUDGED = re.compile(r"\s+(?:have|has|had|were|was|are|is|could|can|cannot|could not|remain|remained|remains)\s+"
                     r"(?:not\s+|yet\s+|so far\s+|since\s+)*(?:been\s+|be\s+)?(?:independently\s+|officially\s+)?"
                     r"(?:verified|confirmed|checked|corroborated|substantiated|denied|rejected|dismissed|unverified|"
                     r"unconfirmed|disputed)\b", re.I)
#: "his country rejects the allegations": the speaker's own side as subject of a nested reporting verb
_OWN_SIDE = re.compile(r"^\s*(?:his|her|its|their|our|my)\s+(?:country|government|side|ministry|state|nation|office|"
                       r"administration|army|forces)\s*$|^\s*(?:it|they|we|he|she|I)\s*$", re.I)
_UNCLEAR = re.compile(r"\b(?:unclear|not clear|not yet clear|unknown|remains? to be seen|uncertain|could not say|"
                      r"cannot say|can't say|did not say|didn't say|would not say|no way of knowing|not known)\b", re.I)
_BUT = re.compile(r",?\s+but\s+|;\s+(?:however,\s+)?", re.I)


@dataclass
class Found:
    """One attributed statement found in the text, before typing and dating."""

    speaker: Speaker
    cue: str
    kind: str
    start: int
    end: int
    direct: bool
    sentence: tuple[int, int]
    attribution: str
    via: list[str] = field(default_factory=list)
    reportedly: bool = False
    pending: bool = False  # a passive cue ("was confirmed by X") whose words follow in the next clause
    rule: str = ""
    certainty: str | None = None  # what the cue itself implies ("believe": PR)
    match_from: int | None = None  # where the reported content starts, past a refusal wrapper
    match_to: int | None = None  # where it ends, before a dismissive label ("the reports" of "the reports 'fake'")
    on_day: dt.date | None = None  # the day the words were given, when the text's form says it: a briefing's
    # answers on the day it records, a live blog's entries on the day they are filed under
    days_before: int | None = None  # said this many days before the day its attribution gives ("four days after
    # telling PELPRESS that …")


_DISMISSING = re.compile(r"\b(?:is|are|was|were|be|been|looks? like|sounds? like|seems? like|appears? to be|nothing but|"
                         r"pure|simply|just|another|more|complete|total|utter|sheer|regard\w*|these are|this is)\s+"
                         r"(?:[\w\"“”'‘’-]+\s+){0,3}?[\"“'‘]?" + DISMISSIVE.pattern + r"|^\W*(?:an?\s+)?" + DISMISSIVE.pattern, re.I)


#: backing a proposal: "we welcome that initiative", "Ardenne supports an independent inquiry"
_BACKING = re.compile(r"\b(?:welcome[sd]?|support(?:s|ed)?|back(?:s|ed)?|endorse[sd]?)\s+(?:fully\s+)?(?:the|this|that|an?|"
                      r"such\s+an?|any|[A-Z][\w'’]+['’]s)\s+(?:\w+\s+){0,2}?(?:initiative|proposal|plan|idea|call|ceasefire|"
                      r"truce|talks|resolution|investigation|inquiry|enquiry|corridor|mission)s?\b", re.I)


#: a question takes no stance: "are there troops in Russia?", "he asked Russia whether …"
_ASKED = re.compile(r"\W*(?:\w+\s+){0,2}(?:asked|asks|wondered|questioned)\b(?:\s+\w+){0,3}\s+(?:whether|if|why|how|what|when)\b",
                    re.I)
#: a question put in the form of a parliamentary record, as an indirect question standing alone: "What progress she
#: has made in securing …", "Whether he regards the exercise as a threat"
_RECORDED_QUESTION = re.compile(r"\W*(?:what|whether|if|how|when|why|which)\s+(?:\w+\s+){0,2}?(?:she|he|the\s+"
                                r"(?:Minister|Secretary|Government|Prime\s+Minister))\s+(?:has|have|had|is|are|will|would|"
                                r"regards?|intends?|plans?|proposes?|expects?|believes?)\b", re.I)
_WH_MODAL = re.compile(r"\b(?:how|what|whether|where|when|why|which)\s+(?:\w+\s+){0,2}(?:should|must|ought to)\b", re.I)


#: the tense of reported speech: "had been withheld", "would", "could", "were likely"
_BACKSHIFT = re.compile(r"\b(?:had\s+(?:\w+ly\s+|not\s+|never\s+|also\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|ne|t|d)|would|could|"
                        r"might|(?:was|were)\s+(?:\w+ly\s+)?(?:likely|unlikely|ready|prepared|willing|determined|not)|"
                        r"(?:was|were)\s+(?:\w+ly\s+)?[a-z]+ing)\b")
#: reporting verbs whose clause a summary of a meeting runs on with in the sentences after
_REPORTED = re.compile(r"\b(?:said|stated|told|added|noted|stressed|explained|argued|insisted|maintained|recalled|"
                       r"underlined|emphasized|emphasised|pointed out|reported|informed)\b")


def running_on(text: str, sentence: tuple[int, int], before: Found | None) -> list[Found]:
    """Reported speech running on: "She said that only four convoys had been allowed in. Permits for the others had
    been withheld without explanation." In a summary of what was said (a meeting, a hearing), the sentences after
    an indirect statement, in its paragraph and in the backshifted tense of reported speech, with no attribution
    of their own, are its speaker's too."""
    if before is None or before.direct or before.kind not in ("claim", "warning", "denial", "non_confirmation") or \
            not _REPORTED.search(before.cue) or before.sentence[1] > sentence[0] or \
            text[before.sentence[1]:sentence[0]].strip():
        return []
    words = text[sentence[0]:sentence[1]]
    if re.match(r"\W*(?:he|she|they|his|her|their|we|our|i)\b", words, re.I):
        # "He did not repeat the ministry's earlier claim": the writer telling what the speaker did; "We could not
        # establish where it was filmed": the writer speaking
        return []
    cued = any(is_verb(text, m) for m in CUE_RE.finditer(text, sentence[0], sentence[1]))
    if QUOTE.search(words) or not _BACKSHIFT.search(words) or cued or NONCOMMIT_RE.search(words) and \
            not re.match(r"\W*(?:it|this|that)\s+(?:was|were)\b", words, re.I):
        return []
    kind = stance_of(words)
    if kind == "question":
        return []
    end = trim_end(text, sentence[0], sentence[1], " .")
    return [Found(before.speaker, before.cue, kind, sentence[0], end, False, sentence, before.attribution,
                  via=list(before.via), reportedly=before.reportedly, rule="reported speech running on")]


#: a concession in the speaker's own words: "We do not dispute that the anchor struck the cable", "I won't contest that"
_CONCEDED = re.compile(r"\W*(?:we|i)\s+(?:do|did|will|would|can|could)(?:\s+not|n['’]t)\s+(?:dispute|contest|question|deny)\s+"
                       r"(?:that|it|this)\b", re.I)


#: an answer that only says no, the verb it answers left out: "It was not.", "No, they did not.", "We did not."
_ELLIPTIC_DENIAL = re.compile(r"\W*(?:no,?\s+)?(?:it|that|this|they|we|he|she|i)\s+(?:is|was|are|were|am|do|does|did|has|have|"
                              r"had)(?:\s+not|n['’]t)(?:\s+at\s+all)?\W*", re.I)


#: a confirmation in the speaker's own words: "We can confirm that …", "I can now confirm the reports"
_CONFIRMED = re.compile(r"\W*(?:we|i)\s+(?:can|could)\s+(?:now\s+|also\s+|today\s+)?confirm\b", re.I)


#: a bidding in the speaker's own words, with no subject: "Let the inspectors look.", "Release the crew today." ("Let me
#: be clear" and "Let us say" bid nothing)
_IMPERATIVE = re.compile(r"\W*(?:Let\s+(?!me\b|us\s+(?:be|say|not|hope|see|recall|remember)\b)(?:the|them|those|our|their|its|"
                         r"his|her|us|[A-Z])|(?:Release|Free|Stop|End|Open|Withdraw|Return|Allow|Bring|Lift|Halt|Pull)\s+"
                         r"(?:the|them|those|our|their|all|every|your|its|his|her)\b)")


def stance_of(words: str) -> str:
    """The kind of statement a speaker's own words make by themselves: a refusal, a denial, a dismissal, a call or a claim.

    >>> [stance_of(w) for w in ("I have nothing to add.", "That is simply not true.", "It was not.", "This is fake news.",
    ...                         "Partners should act now.", "Troops are at the border.")]
    ['non_confirmation', 'denial', 'denial', 'dismissal', 'call', 'claim']
    """
    if _CONCEDED.match(words) or _CONFIRMED.match(words):
        return "confirmation"
    if words.rstrip(" ”\"’").endswith("?") or _ASKED.match(words) or \
            _RECORDED_QUESTION.match(words) and not NONCOMMIT_RE.search(words):
        return "question"
    if NONCOMMIT_RE.search(words) or OPEN_CLAIM.search(words):
        return "non_confirmation"
    if DENYING.search(words) and len(words.split()) <= 10 or _ELLIPTIC_DENIAL.fullmatch(words):
        return "denial"
    if own := OWN_REJECTION.search(words):
        return "dismissal" if own.group("dismissal") else "denial"
    if not NEGATED_DISMISSIVE.search(words) and (_DISMISSING.search(words) or
                                                 (len(words.split()) <= 4 and DISMISSIVE.search(words))):
        return "dismissal"
    if _BACKING.search(words) or _IMPERATIVE.match(words):
        # "we welcome that initiative and support it": backing a proposal is calling for it; "Let the inspectors
        # look.", "Release the crew today.": the speaker bids it done
        return "call"
    if (DIRECTIVE.search(words) and not _WH_MODAL.search(words)) or re.search(r"\b(?:we|I)\s+(?:again\s+|once again\s+|continue to\s+)?"
                                           r"(?:call on|call upon|call for|urge|appeal to|demand|request|ask\s+(?:the\s+)?"
                                           r"[\w-]+(?:\s+[\w-]+){0,3}?\s+to)\b", words, re.I):
        return "call"
    return "claim"


def split_stances(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """A quote as runs of sentences, or of clauses joined by "but", that take the same kind of stance.

    "There are signs of movement, but what the units will do we cannot say" is a claim and a
    non-confirmation, as are the same words in two sentences.

    >>> q = "There are signs the units are moving, but whether they will fight, we cannot say"
    >>> [(q[a:b], kind) for a, b, kind in split_stances(q, 0, len(q))]
    [('There are signs the units are moving', 'claim'), ('whether they will fight, we cannot say', 'non_confirmation')]
    """
    runs: list[tuple[int, int, str]] = []
    for a, b in sentence_spans(text[start:end]):
        for a, b in _clauses(text, start + a, start + b):
            b = trim_end(text, a, b, ",.; ")
            kind = stance_of(text[a:b])
            if runs and runs[-1][2] == kind:
                runs[-1] = (runs[-1][0], b, kind)
            else:
                runs.append((a, b, kind))
    return runs or [(start, end, "claim")]


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A sentence cut before each ", but" / "; but" that joins two clauses."""
    cuts = [m for m in re.finditer(r"[,;]\s+but\s+", text[start:end])]
    bounds = [start] + [start + m.end() for m in cuts]
    ends = [start + m.start() for m in cuts] + [end]
    return list(zip(bounds, ends))


#: a note marker at the end of a sentence: "withdrawn.[3]"
_NOTE_MARK = re.compile(r"\[\d{1,3}\]$")


def trim_end(text: str, start: int, end: int, chars: str = " ,.”\"’") -> int:
    """Where a span ends once trailing spaces and punctuation (``chars``) are left out.

    >>> trim_end('he said "no," and', 0, 12)
    11
    >>> trim_end("it was withdrawn.[3]", 0, 20)
    16
    """
    while end > start:
        if text[end - 1] in chars:
            end -= 1
        elif note := _NOTE_MARK.search(text, start, end):
            end = note.start()
        else:
            break
    return end


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans (one per line of text); captions and photo credits are left out."""
    spans = []
    for m in re.finditer(r"[^\n]+", text):
        if m.group().strip() and not CAPTION.search(m.group()):
            spans.append((m.start(), m.end()))
    return spans


#: "…, and blamed …", "…, but has stopped short of …", "…, though he refused to …": a new attribution begins
_COORDINATED = re.compile(r",?\s+(?:and|but|though|although|while)\s+(?:he\s+|she\s+|it\s+|they\s+)?(?:also\s+|later\s+|then\s+|again\s+|once again\s+|repeatedly\s+)?"
                          r"(?:has\s+|have\s+|had\s+|was\s+|were\s+|is\s+|are\s+)?(?=" + CUE_RE.pattern + r"|"
                          + LABEL_RE.pattern + r"|" + NONCOMMIT_RE.pattern + r")", re.I)


#: another speaker's attribution after the words, set off by a comma or a conjunction of time: "…, although Kyiv said
#: at the time that …", "…, and US officials told the paper that …", "… after his intelligence services said …"
_ANOTHER_ATTRIBUTION = re.compile(
    r"(?:,\s+(?:and|but|though|although|while|whereas)|,?\s+(?:(?:(?:a|one|two|three|several|some)\s+)?"
    r"(?:hours?|days?|weeks?|months?)\s+(?:after|before)|shortly\s+after|soon\s+after|after|before|as|since|when|once))"
    r"\s+(?:(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s+"
    r"(?:officials\s+|has\s+|have\s+|had\s+)?(?=" + CUE_RE.pattern + r")|"
    r"(?:the|a|an|his|her|its|their)\s+(?:[a-z][\w'’-]*\s+){0,2}?(?:" + "|".join(sorted({*ROLE_NOUNS, *ORG_NOUNS})) +
    r")s?\s+(?:has\s+|have\s+|had\s+)?(?=" + CUE_RE.pattern + r"|" + NONCOMMIT_RE.pattern + r"))")


def _clause_end(text: str, start: int, limit: int) -> int:
    """Where the clause starting at ``start`` ends: punctuation, a dash, a relative, or "and" + a reporting verb."""
    for coordinated in (_COORDINATED, _ANOTHER_ATTRIBUTION):
        if m := coordinated.search(text, start, limit):
            limit = m.start()
    end = limit
    for m in _CLAUSE_END.finditer(text, start, limit):
        if m.group().startswith(".") and ABBREVIATION.search(text, max(start, m.start() - 6), m.start() + 1):
            continue
        if m.start() > start:
            end = m.start()
            break
    return trim_end(text, start, end)


_SUBORDINATE = re.compile(r"^.*\b(?:even though|although|though|because|while|whereas|after|before|when|since|as|"
                          r"once|until|that|and then|but|so)\s+(?=\S)", re.I)


#: a comma chunk that describes the noun before it rather than names a speaker of its own
_DESCRIBING = re.compile(r"\s*(?:who|which|whose|joined by|along with|together with|accompanied by|backed by|"
                         r"supported by)\b", re.I)


_ADVERBS = (r"once\s+(?:again|more)|repeatedly|publicly|formally|officially|now|also|later|earlier|again|since|then|"
            r"meanwhile|previously|already|still|too|in\s+turn|itself|themselves")
_ADVERB_ONLY = re.compile(r"\s*(?:" + _ADVERBS + r")\s*", re.I)
_TRAILING_ADVERB = re.compile(r"(?<=\S)\s+(?:(?:has|have|had)(?=\s+(?:for|over|in|throughout|long|repeatedly)\b))?"
                              r"(?:\s*(?:" + _ADVERBS + r"|long|repeatedly|(?:for|over|in|throughout)\s+(?:the\s+)?"
                              r"(?:past\s+|last\s+)?(?:\w+\s+)?(?:days|weeks|months|years)))+\s*$", re.I)
#: a clause that a colon ends before the subject, which a label ("NEWSREADER:", "Update:") is not
_CLAUSE_BEFORE_COLON = re.compile(r"^[^:]*\b[a-z]+\b[^:]*:\s+(?=[^:]+$)")
#: where a sentence's chunks part: a comma (not a thousands separator, "3,000") or a dash set off by spaces
_CHUNK_BREAK = re.compile(r",(?!\d{3}\b)\s*|;\s*|\s+[—–-]\s+")


#: whom a question opens by addressing, before a subject that runs on into its verb with no comma: "Mr Roth, the
#: President told parliament …" (not "Mr Roth, the party's leader, said", an apposition)
_VOCATIVE = re.compile(r"^\W*(?:(?:Mr|Mrs|Ms|Dr|Madam|Madame|Minister|President|General|Admiral|Ambassador|Senator)\.?"
                       r"(?:\s+[A-Z][\w'’-]+)?|Sir),\s+(?=(?:(?:(?:in|on|last|this|earlier)\s+\w+(?:\s+\d{1,2})?|today|"
                       r"(?:\w+\s+)?(?:days?|weeks?|months?|years?)\s+ago)\s+)?(?:the|your|our|a|an)\s+[^,]+$)")


def _chunks_before(text: str, sentence_start: int, cue_start: int) -> list[str]:
    """The comma chunks before a cue; the last one starts after any subordinating word ("even though X said")."""
    raw = _DATELINE.sub("", text[sentence_start:cue_start])
    raw = _VOCATIVE.sub("", raw)  # "Mr Roth, the President told parliament …": whom the question addresses
    raw = _CLAUSE_BEFORE_COLON.sub("", raw)  # "Who held the dam is contested: the ministry has stated that …"
    chunks = [c for c in _CHUNK_BREAK.split(_INTRO.sub("", raw)) if c.strip()]
    if raw.strip() and (all(_CIRCUMSTANCE.match(c) or _ADVERB_ONLY.fullmatch(c) for c in chunks)
                        or chunks and _DESCRIBING.match(chunks[0])):
        # "At the summit on October 24 Vladimir Putin, asked about images, said", "On Monday Andriy Kovalenko, who
        # heads the centre, wrote", "On Tuesday the ministry, in a statement, again said": the opening phrase ends in
        # the speaker
        chunks = [c for c in _CHUNK_BREAK.split(raw) if c.strip()]
    # an adverb before the verb is no part of its subject: "the agency now puts …", "the Pentagon, which had spoken
    # of 3,000, now says …"
    while len(chunks) >= 2 and _ADVERB_ONLY.fullmatch(chunks[-1]):
        chunks.pop()
    if chunks and (tail := _SUBORDINATE.sub("", chunks[-1])).strip():
        chunks[-1] = tail
    while len(chunks) >= 2 and " and " in chunks[-1] and \
            SHARED_HEAD.fullmatch(f"{chunks[-2].strip()}, {chunks[-1].strip()}"):
        chunks[-2:] = [f"{chunks[-2]}, {chunks[-1]}"]  # "Ukrainian, U.S. and South Korean officials": one subject
    for i in range(1, len(chunks)):
        rest = chunks[i + 1:]
        if _DESCRIBING.match(chunks[i]) and not re.match(r"\s*(?:who|which)\s+(?:asked|spoke|requested|declined)\b",
                                                          chunks[i]) and \
                (not rest or not re.match(r"\s*(?:who|which|whose)\b", chunks[i]) and
                 all(len(c.split()) <= 4 for c in rest) and re.search(r"\band\s", rest[-1])):
            # "Kovalenko, who heads the centre, wrote", "the G7, joined by Japan, Australia and Canada, said": the
            # clause describes the speaker before it
            chunks = chunks[:i]
            break
    if chunks:
        chunks[-1] = re.sub(r"^\s*(?:and|but|while|whereas)\s+", "", chunks[-1])  # "…, and several members pressed"
        chunks[-1] = _TRAILING_ADVERB.sub("", chunks[-1])
        # "Tashgard has been saying for a month that …": the auxiliary of a continuous tense is no part of the subject
        chunks[-1] = re.sub(r"(?<=\S)\s+(?:(?:has|have|had)\s+(?:long\s+)?been|is|are|was|were)\s*$", "", chunks[-1])
    return chunks


def find_quotes(text: str, para: tuple[int, int], index: ActorIndex, previous: list[Found],
                within: tuple[int, int] | None = None) -> list[Found]:
    """Direct quotes in a paragraph (those opening ``within`` a span of it) with the speaker named after,
    before, or in the sentence before them."""
    found = []
    start, end = para
    sentences = sentence_spans(text[start:end])
    for m in QUOTE.finditer(text, start, end):
        if within and not within[0] <= m.start() < within[1]:
            continue
        group = "c" if m["c"] is not None else "s" if m["s"] is not None else "g"
        q_start, q_end = m.start(group), m.end(group)
        if len(text[q_start:q_end].split()) < 4:
            continue  # a scare quote or a quoted word belongs to the sentence around it
        q_end = trim_end(text, q_start, q_end, ",. ")
        # the sentence the quote closes in (its closing mark may stand just past the sentence's full stop)
        after_end = next((start + b for a, b in sentences if start + a <= m.end() - 1 <= start + b), end)
        if not text[m.end():after_end].strip() and text[q_start:m.end()].rstrip("”\"’ ").endswith(("?", "!")):
            # '"Will anyone be punished?" Dirks said.': the question mark ended a sentence the attribution goes on
            after_end = next((start + b for a, b in sentences if start + a >= m.end()), after_end)
        after = text[m.end():after_end]
        speakers, cue, q_sentence, rule = [], None, m.start(), "quote, attribution after"
        if c := re.match(r"^\s*,?\s*(?P<np>[^,.“\"]+?)\s+(?P<cue>" + CUE_RE.pattern + r")", after):
            # '"…," the officer is quoted as saying': the one quoted
            speakers, cue = index.speakers(_QUOTED_AS_TAIL.sub("", c["np"])), c["cue"]
        elif c := re.match(r"^\s*,?\s*(?P<name>[^,.“\"]+?),\s+(?P<np>(?:the|a|an|[A-Z][\w'’.-]*['’]s)\s[^,“\"]+?),\s+"
                           r"(?P<cue>" + CUE_RE.pattern + r")", after):
            # '"…," Kaja Kallas, the EU's foreign policy chief, said': the name, then who she is
            speakers, cue = subject_speakers([c["name"], c["np"]], index), c["cue"]
        elif c := re.match(r"^\s*,?\s*(?P<np>[^,.“\"]+?),\s+(?P<name>(?:[A-Z][\w'’.-]*\s+){1,5}[A-Z][\w'’-]+),\s+"
                           r"(?P<cue>" + CUE_RE.pattern + r")", after):
            # '"…," Lantern Watch's director, Ana Ruzic, said': who they are, then the name
            speakers, cue = subject_speakers([c["np"], c["name"]], index), c["cue"]
        elif c := re.match(r"^\s*,?\s*(?P<cue>said|says|added|adds|insisted|told \w+|wrote|stressed|noted|explained|"
                           r"declared|argued|warned|continued)\s+(?P<np>[^,.]+)", after):
            speakers, cue = index.speakers(c["np"]), c["cue"]
        if not speakers:
            sentence_start = next((start + a for a, b in sentences if start + a <= m.start() < start + b), start)
            before = text[max(sentence_start, m.start() - _WINDOW):m.start()]
            if (re.match(r"\s+(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should)\b|\s+[a-z]+(?:ed|s)\b",
                         after) or re.match(r"\s+(?:the|a|an|its|their|his|her|this|these|those)\s+\w", after) and
                    not re.match(r"\s*(?:[\w'’-]+\s+){1,5}?(?:" + CUE_RE.pattern + r")", after)) and \
                    not re.search(r"[:,]\s*$", before):
                # 'said "not a single soldier" is in the country', 'condemned "in the strongest terms" the
                # deepening cooperation': a quoted phrase inside an indirect clause
                continue
            if (c := re.search(r"(?P<np>[^,.“\"]+?)\s+(?P<cue>" + CUE_RE.pattern + r")" + _TO_WHOM + _ADDING +
                               r"\s*[:,]?\s*$", before) or _APPOSITION_CUE.search(before)) and \
                    not (c.re is not _APPOSITION_CUE and NOT_EVENT_BEFORE.search(c["np"] + " ")):
                # "X said: '…'", and "Maridor's foreign minister, Rafael Ostrand, said in a statement: '…'"
                np = _INTRO.sub("", _DATELINE.sub("", c["np"]))
                speakers = subject_speakers([np, c["name"]], index) if c.re is _APPOSITION_CUE else index.speakers(np)
                cue = c["cue"]
                after_end = max(after_end, m.end())
                q_sentence, rule = sentence_start, "quote, attribution before"
                if c["adding"] and speakers:
                    found += _before_adding(text, sentence_start, max(sentence_start, m.start() - _WINDOW) + c.start("np"),
                                            speakers, cue)
            if not speakers and (speakers := _handle_speakers(text[sentence_start:m.start()], index)):
                # a post quoted in a roundup: '@BelmarkMFA, the ministry's account: "…"', 'Anatol Mirnov (@Mirnov): "…"'
                cue, after_end, q_sentence, rule = "wrote", max(after_end, m.end()), sentence_start, "quote after a handle"
            if not speakers and re.search(r":\s*$", before) and (speakers := _colon_speakers(before, index)):
                # "X has posted on his channel: '…'", "X had this to say: '…'": whoever the clause is about speaks
                cue, after_end, q_sentence, rule = "said", max(after_end, m.end()), sentence_start, "quote after a colon"
        if not speakers and (credited := _credit(text, m, para, index)):
            speakers, cue, rule = [credited], "said", "quote over its credit line"
        before_this = found or previous
        if not speakers and text[q_start:q_start + 1].isupper() and (named := _named_just_before(text, start, m.start(),
                                                                                                sentences, index)):
            # 'Daal laughs at that. "I signed a paper …"': the person the sentence before is about speaks
            speakers, cue, rule = [named], "said", "quote after a sentence about its speaker"
        elif not speakers and before_this and text[q_start:q_start + 1].isupper() and \
                before_this[-1].sentence[1] >= start - 400:
            speakers, cue, rule = [before_this[-1].speaker], before_this[-1].cue, "quote continuing the previous speaker"
        elif not speakers and text[q_start:q_start + 1].isupper() and index.recent and \
                index.kind(index.recent[0]) == "person" and m.start() == start:
            # 'Mirnov was defiant.\n\n"Nothing has changed."': the person just named speaks
            speakers, cue, rule = [Speaker(index.recent[0], index.recent[0], confidence=0.5)], "said", \
                "quote after a sentence naming its speaker"
        if not speakers or cue is None:
            continue
        cue_match = CUE_RE.match(cue) or NONCOMMIT_RE.match(cue)
        info = cue_of(cue_match) if cue_match else Cue("claim")
        runs = [r for r in (split_stances(text, q_start, q_end) if info.type == "claim" else [(q_start, q_end, info.type)])
                if r[2] != "question"] or [(q_start, q_end, "question")]
        # a quote that only asks takes no stance, but says who speaks on: '"Will anyone be punished?" Dirks said.
        # "The answer has to be yes."'
        if (relayed := _RELAYED.match(text, q_start, q_end)) and \
                not re.fullmatch(r"(?i)\W*(?:I|we|he|she|they|it)", relayed["np"]) and \
                (heard := index.speakers(relayed["np"])):
            # '"The NIS told us that P," Lee said': the agency's words, which Lee relays
            found.append(Found(heard[0], cue, "claim", relayed.end(), q_end, False, (q_sentence, after_end),
                               text[q_sentence:m.start()] + text[m.end():after_end], via=[s.actor for s in speakers],
                               rule=rule + ", relaying"))
            continue
        for speaker in speakers:
            index.remember(speaker, text[q_sentence:after_end])
            for a, b, kind in runs:
                found.append(Found(speaker, cue, kind if info.type == "claim" else info.type, a, b, True,
                                   (q_sentence, after_end), text[q_sentence:m.start()] + text[m.end():after_end],
                                   rule=rule + (", one stance of several" if len(runs) > 1 else ""),
                                   certainty=info.certainty))
    return found


#: the line under a quote that says whose it is, as "In quotes" pages and pull quotes set it: "Aurel Stannic, Prime
#: Minister, in a televised address on Saturday", "— Embassy of Valdany, statement of 8 March"
_CREDIT = re.compile(r"\n[ \t]*(?:[—–-]+[ \t]*)?(?P<line>[A-Z][^\n“”\"]{2,160}?)[ \t]*(?=\n|$)")


def _credit(text: str, quote: re.Match, para: tuple[int, int], index: ActorIndex) -> Speaker | None:
    """Who the line under a quote that stands alone on its own line credits it to: a name or a body, then maybe who
    they are and where they said it, and no verb of saying (a sentence of the article is no credit, nor is a
    heading in capitals)."""
    if text[para[0]:quote.start()].strip() or text[quote.end():para[1]].strip(" .,"):
        return None
    line = _CREDIT.match(text, para[1])
    if not line or line["line"].isupper() or re.search(r"[.!?:]\s*$", line["line"]) or \
            any(is_verb(text, c) for c in CUE_RE.finditer(text, *line.span("line"))):
        return None
    chunks = [c.strip() for c in line["line"].split(",")]
    return listed_speaker(chunks, index) if len(chunks[0].split()) <= 6 else None


def _named_just_before(text: str, start: int, quote: int, sentences: list[tuple[int, int]],
                       index: ActorIndex) -> Speaker | None:
    """The person a sentence right before a quote is about, when it begins with their name and reports nothing
    ("Daal laughs at that.", "Mirnov was defiant."): who the quote that opens the next sentence is by."""
    before = [(start + a, start + b) for a, b in sentences if start + b <= quote]
    if not before or text[before[-1][1]:quote].strip() or QUOTE.search(text, *before[-1]):
        return None
    a, b = before[-1]
    if any(is_verb(text, m) for m in CUE_RE.finditer(text, a, b)):
        return None
    # "Mirnov was defiant.", and after whose kin or neighbour: "Her neighbour Marko, 41, helped to dig."
    name = re.match(r"(?:(?:His|Her|Their|Our|The)\s+(?:[a-z]+,?\s+){1,2})?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})"
                    r"(?=,?\s+[a-z\d])", text[a:b])
    found = index.speakers(name["name"]) if name and not re.search(r"['’]s?$", name["name"]) else []
    return found[0] if found and found[0].kind == "person" else None


def quote_reach(text: str, quote: Found) -> int:
    """Where the sentence of a direct quote stops being the quote and its attribution.

    A participle after the attribution is a second act by the same speaker, read as
    indirect speech: '"…," the envoy said, accusing Kordesk of shelling the silos' and
    '"…," she told reporters, adding that talks would resume' end the quote's reach at
    the comma before "accusing" and "adding".
    """
    closing = re.compile(r"[”\"’]").search(text, quote.end, quote.sentence[1])
    for m in _PARTICIPLE_ACT.finditer(text, closing.end() if closing else quote.end, quote.sentence[1]):
        if CUE_RE.match(text, m.end()):
            return m.start()
    return quote.sentence[1]


def _before_adding(text: str, start: int, attribution: int, speakers: list[Speaker], cue: str) -> list[Found]:
    """"P, she said, adding: '…'": P, the words before the attribution, is the speaker's indirect statement
    (a refusal when it says one: "The UN was not in a position to determine how …")."""
    end = trim_end(text, start, attribution, " ,")
    start = _after_dateline(start, text[start:end])
    if len(text[start:end].split()) < 4:
        return []
    kind, match_from = "claim", None
    if (refusal := NONCOMMIT_RE.search(text, start, end)) and refusal.start() - start < 40:
        kind, match_from = "non_confirmation", refusal.end()
    return [Found(speaker, cue, kind, start, end, False, (start, end), text[end:attribution], rule="words before "
                  "'said, adding:'", match_from=match_from) for speaker in speakers]


_PARTICIPLE_ACT = re.compile(r",\s+(?=[a-z]+ing\b)")


#: the subject of a clause, up to its verb (a clause that introduces a quote with a colon, or a participle)
_COLON_CLAUSE = re.compile(r"^\W*(?P<np>.+?)\s+(?:has|have|had|is|was|were|will|would|posted|wrote|tweeted|published|"
                           r"put it|weighed in|took to|went on|spoke|took|made|gave|held|came|[a-z]{3,}ed)\b")
#: the passive that says an outlet quoted the speaker: "the officer is quoted as (saying)", "Radesh was quoted as"
_QUOTED_AS_TAIL = re.compile(r"\s+(?:is|was|were|are|has\s+been|have\s+been|had\s+been)\s+quoted\s+as$")
#: whom a clause says it quotes before a colon: "It quotes the ministry's spokesman, Colonel Milo Radesh:", "The paper
#: cites a senior officer:"; the one quoted speaks, not the outlet quoting
_QUOTES_WHOM = re.compile(r"\b(?:quotes|quoted|quoting|cites|cited|citing)\s+(?P<np>[^:;]+?)\s*:\s*$")
#: "what it said were", "what officials described as": the relative clause names the speaker
_WHAT_SAID = re.compile(r"\bwhat\s+(?P<np>(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?)\s*$")


def _handle_speakers(before: str, index: ActorIndex) -> list[Speaker]:
    """Who posted a quote labelled with an account: the name before the handle, or whom the handle spells, or the
    account's description."""
    label = _HANDLE_LABEL.match(_DATELINE.sub("", before))
    if not label:
        return []
    for phrase in (label["np"].strip(), label["handle"], label["account"]):
        if phrase and (speakers := index.speakers(phrase)):
            return speakers
    return []


def _colon_speakers(before: str, index: ActorIndex) -> list[Speaker]:
    """Who speaks in a quote after "<subject> <verb phrase>:", whatever the verb."""
    clause = _INTRO.sub("", _DATELINE.sub("", before.strip().lstrip("-–•* ")))
    if _NOT_SPEAKERS.match(clause.split("\n")[-1].rstrip(" :")):
        return []  # 'Claim: "…"' heads what a rebuttal answers, 'Quote: "…"' a quotation: no one's name
    if quoted := _QUOTES_WHOM.search(clause):
        return subject_speakers([c for c in re.split(r",\s*", quoted["np"]) if c.strip()], index)
    m = _COLON_CLAUSE.match(clause)
    if not m and not _FINITE.search(clause) and len(clause.split()) <= 14:
        # a newsletter's "President Sofia Trenk, in Brezna on Sunday: '…'": a name and where, then the words
        chunks = [c for c in re.split(r",\s*", clause.rstrip(" :")) if c.strip()]
        while len(chunks) >= 2 and (_CIRCUMSTANCE.match(chunks[-1]) or _OPENING_PHRASE.match(chunks[-1])):
            chunks = chunks[:-1]
        return index.speakers(chunks[0]) if len(chunks) == 1 else []
    if not m or m["np"].lower() in ("there", "it", "this", "that", "what"):
        return []
    chunks = [c for c in re.split(r",\s*", m["np"]) if c.strip()]
    while len(chunks) >= 2 and _CIRCUMSTANCE.match(chunks[-1]):
        chunks = chunks[:-1]
    return subject_speakers(chunks, index)


#: "X gave the following answer …:", "X released the following press statement:": the paragraphs after are X's words
_FOLLOWING = re.compile(r"\s+(?:gave|released|issued|made|published|delivered|read out|sent|posted)\s+"
                        r"(?:the\s+following|this)\s+(?:\w+\s+)?(?:answer|statement|remarks|comment|reply|message|"
                        r"response|text)\b[^:]*:\s*$", re.I)
_OPENING = re.compile(r"\s*(?P<mark>[“\"])")


def paragraph_quote(text: str, para: tuple[int, int], index: ActorIndex, intro: Speaker | None,
                    previous: list[Found]) -> list[Found]:
    """A paragraph of a quote that runs over several paragraphs: it opens with a mark and does not close it.

    Its speaker is the one a paragraph ending in a colon introduced ("X released the following
    statement:"), or, on a later paragraph, the speaker of the paragraph before.
    """
    start, end = para
    opening = _OPENING.match(text, start, end)
    if not opening:
        return []
    closing = "”" if opening["mark"] == "“" else '"'
    body = text[opening.end():end]
    balanced = body.count('"') % 2 == 1 if closing == '"' else body.count("”") >= body.count("“") + 1
    if balanced:
        return []  # the paragraph closes what it opens: an ordinary quote with its attribution in the paragraph
    speaker = intro or (previous[-1].speaker if previous and previous[-1].direct and
                        previous[-1].sentence[1] >= start - 3 else None)
    if speaker is None:
        return []
    index.remember(speaker)
    return _stances(text, speaker, "statement", opening.end(), trim_end(text, opening.end(), end, " .,”\""), True,
                    (start, end), "quote running over paragraphs")


def _stances(text: str, speaker: Speaker, cue: str, start: int, end: int, direct: bool, sentence: tuple[int, int],
             rule: str) -> list[Found]:
    """A speaker's words between ``start`` and ``end`` as statements, one per stance they take (questions none)."""
    return [Found(speaker, cue, kind, a, b, direct, sentence, "", rule=rule)
            for a, b, kind in split_stances(text, start, end) if kind != "question"]


#: an outlet's labelled paragraphs (Ukrainska Pravda and others): "Source: X on Telegram", "Quote: "…""
_SOURCE_LINE = re.compile(r"Source:\s+(?P<who>[^,;\n]+?)(?=\s+(?:on|in|at|after|during|citing|via|speaking|said|"
                          r"says|quoted)\b|[,;.]|\s*$)")
_QUOTE_LINE = re.compile(r"Quote:\s+(?P<mark>[“\"])")


#: the rule that reads a fact-check's claim line, whose bracket after the quote makes it look like a headline
CHECKED_CLAIM = "a fact-check's claim line"
#: a fact-check's claim line: 'Claim: "…" (Drosvian Ministry of Defence, 12 April)', with who said it in brackets
_CHECKED = re.compile(r"\s*(?i:claim|the claim|what was claimed|statement)\s*:\s*"
                      r"[“\"](?P<words>[^”\"\n]{3,}?)[”\"]\s*\((?P<who>[^()\n]+?)\)\s*")
#: how the bracket says where a claim was posted: "a post shared 40,000 times by the account Nordic Truth Watch"
_POSTED_BY = re.compile(r"^.*?\bby\s+(?:the\s+)?(?:account|user|channel|page|group)?\s*", re.I)
#: a date closing the bracket: ", 12 April", ", 14 April 2027"
_BRACKET_DATE = re.compile(r",\s*(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})(?:,?\s+\d{4})?\s*$")


#: a fact-check's claim line in its own words, rated next: "Claim: Thalmark's prime minister has blamed Varsenia.",
#: then "Rating: False" (in the same paragraph or the next)
_RATED_CLAIM = re.compile(r"\s*(?i:claim|the claim|what was claimed)\s*:\s*[^\n]+(?:\n\s*|\n\n\s*|$)"
                          r"(?=(?i:rating|verdict|our\s+rating|the\s+verdict)\s*:)")


def rated_claim(text: str, para: tuple[int, int]) -> bool:
    """True for a fact-check's claim line given in the checker's words and rated after it: what it reports someone
    said is under check, so it is no statement by whom it names ("Claim: the prime minister has blamed Varsenia"
    rated false is not the prime minister's accusation)."""
    return bool(_RATED_CLAIM.match(text, para[0]))


#: a rebuttal's lines: "Claim: …" (or "Myth:", "Allegation:") gives what the other side says, "Fact: …" (or "Truth:",
#: "Reality:") the answer of whoever publishes it
_REBUTTED_LINE = re.compile(r"^[ \t]*(?:claim|myth|allegation|assertion|lie)(?:\s+\d{1,2})?\s*:[^\n]*", re.I | re.M)
_ANSWER_LABEL = re.compile(r"^[ \t]*(?:fact|facts|the\s+facts|truth|the\s+truth|reality)(?:\s+\d{1,2})?\s*:\s*", re.I | re.M)


def rebuttal(text: str, para: tuple[int, int]) -> list[tuple[int, int]] | None:
    """Where the answers run in a rebuttal's paragraph ("Claim: … / Fact: …"), or None when it is none.

    The claim line is what the rebuttal denies, in the words it gives the other side: no statement of
    the issuer's, nor a safe one of whoever it names. The answer after "Fact:" is the issuer's own.
    """
    answers = list(_ANSWER_LABEL.finditer(text, para[0], para[1]))
    claimed = _REBUTTED_LINE.search(text, para[0], para[1])
    if not (claimed and (answers or _ANSWER_LABEL.search(text, para[1], para[1] + 400)) or
            answers and _REBUTTED_LINE.search(text, max(0, para[0] - 400), para[0])):
        return None
    ends = [m.start() for m in _REBUTTED_LINE.finditer(text, para[0], para[1])] + [para[1]]
    return [(m.end(), min(e for e in ends if e > m.start())) for m in answers]


def checked_claim(text: str, para: tuple[int, int], index: ActorIndex) -> list[Found]:
    """A fact-check's claim line: the words in quotes, said by whoever the bracket after them names.

    The verdict and the checker's reasoning that follow are the outlet's own voice.
    """
    found = _CHECKED.fullmatch(text, para[0], para[1])
    if not found:
        return []
    who = _BRACKET_DATE.sub("", found["who"])
    speakers = index.speakers(_POSTED_BY.sub("", who))
    if not speakers:
        return []
    index.note(text[para[0]:para[1]], speakers[:1])
    return _stances(text, speakers[0], "Claim:", found.start("words"), trim_end(text, found.start("words"),
                                                                                 found.end("words"), " ."),
                    True, para, CHECKED_CLAIM)


def source_line(text: str, para: tuple[int, int], index: ActorIndex) -> Speaker | None:
    """Who a "Source:" paragraph names: the speaker of the lead above it and of the "Quote:" paragraphs below."""
    found = _SOURCE_LINE.match(text, para[0], para[1])
    speakers = index.speakers(found["who"]) if found else []
    if speakers:
        index.note(text[para[0]:para[1]], speakers[:1])
    return speakers[0] if speakers else None


def labelled_source(text: str, lead: tuple[int, int], source: Speaker) -> list[Found]:
    """The lead above a "Source:" line, which that source said: one statement per stance it takes."""
    return _stances(text, source, "Source:", lead[0], trim_end(text, lead[0], lead[1], " ."), False, lead,
                    "lead of a Source: line")


def labelled_quote(text: str, para: tuple[int, int], source: Speaker | None) -> list[Found]:
    """A "Quote: "…"" paragraph: the words of the source its "Source:" line named, as said."""
    found = _QUOTE_LINE.match(text, para[0], para[1])
    if not found or source is None:
        return []
    return _stances(text, source, "Quote:", found.end(), trim_end(text, found.end(), para[1], " .,”\""), True, para,
                    "a Quote: paragraph")


def introduces(text: str, para: tuple[int, int], index: ActorIndex) -> Speaker | None:
    """The speaker whose words follow a paragraph that ends in a colon ("… gave the following answer:")."""
    line = text[para[0]:para[1]]
    if not line.rstrip().endswith(":"):
        return None
    last = sentence_spans(line)[-1] if sentence_spans(line) else (0, len(line))
    sentence = _DATELINE.sub("", line[last[0]:last[1]])
    m = _FOLLOWING.search(sentence) or re.search(r"\s+(?P<cue>" + CUE_RE.pattern + r")" + _TO_WHOM + r"\s*:\s*$", sentence)
    if not m:
        return None
    chunks = [c for c in re.split(r",\s*", _INTRO.sub("", sentence[:m.start()])) if c.strip()]
    speakers = subject_speakers(chunks, index)
    return speakers[0] if speakers else None


#: between a cue and the quote it introduces, only who heard it and when ("told Varpress on Tuesday:");
#: anything else ("said the alliance had \"no information\"") makes the quote part of an indirect clause
_TO_WHOM = (r"(?:\s+(?:reporters|journalists|the press|parliament|lawmakers|state media|state television|"
            r"(?:the\s+)?[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+)?|on\s+\w+(?:\s+\d{1,2})?|in\s+a\s+statement|in\s+an\s+interview|"
            r"in\s+[A-Z][\w-]+|by\s+(?:tele)?phone|"
            r"at\s+a\s+(?:news\s+|press\s+)?(?:conference|briefing)|later|earlier|again|also|simply|bluntly|flatly))*")
#: who someone is, then their name, then the cue, before a quote: "Maridor's foreign minister, Rafael Ostrand, said:"
#: (its empty "adding" group stands for the "…, adding:" the plain form may end with)
_APPOSITION_CUE = re.compile(r"(?:^|[,;:]\s+)(?P<np>[^,.“\"]+?),\s+(?P<name>[^,.“\"]+?),\s+(?P<cue>" + CUE_RE.pattern + r")" +
                             _TO_WHOM + r"(?P<adding>)\s*[:,]?\s*$")
#: a quote the speaker goes on to after an attribution: "…, she said, adding: '…'", "he told reporters, before adding:"
_ADDING = r"(?P<adding>,?\s+(?:and\s+|before\s+|then\s+)?(?:adding|added|continuing|continued|going\s+on))?"
#: an account's label before the post it quotes: "@BelmarkMFA, the ministry's official account:", "Anatol Mirnov
#: (@MirnovOfficial):"
_HANDLE_LABEL = re.compile(r"^\s*(?P<np>(?:[A-Z][\w'’.-]*\s+){0,5}?)\(?(?P<handle>@[A-Za-z]\w{2,40})\)?"
                           r"(?:,\s+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?(?:,\s+(?P<account>[^:“\"]{2,60}))?\s*:\s*$")
#: a transcript line: "MS FERRIS: We've seen the reports." (a question's label is not a speaker)
TRANSCRIPT = re.compile(r"(?:\[[A-Z][A-Z ]{1,20}\]\s*|\d{1,3}\.\s+|[\[(]\d{1,2}(?::\d{2}){1,2}[\])]\s*)?"  # "[00:01:24] GUEST:"
                        # a parliamentary record's office, then who holds it: "The Minister of Foreign Affairs (Margit
                        # Osterdal):"
                        r"(?:The\s+(?P<office>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|for|the|and)){0,6})\s+"
                        r"\((?P<holder>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})\)|"
                        r"(?P<label>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}(?:\s+\d)?)"  # "HOST 2:"
                        r"(?:,\s+(?P<role>[A-Z][A-Z.'’-]+(?:\s+(?:[A-Z][A-Z.'’-]*|of|for|the|and))*)|"
                        # a member's constituency, then maybe their office: "Mr Elias Marten (Dunmore North) (Leader of
                        # the Opposition):"
                        r"\s+\((?P<aside>[\w ,.'’-]{1,40})\)(?:\s+\([\w ,.'’-]{1,40}\))?)?)"
                        # words given through an interpreter are the speaker's: "MINISTER SABELIN [through interpreter]:"
                        r"(?:\s*[\[(](?:speaking\s+)?(?:through|via|in)\s+(?:an?\s+)?(?:interpreter|interpretation|"
                        r"translation|translator)[\])])?:\s+(?=\S)")
#: the roles of a broadcast's or an interview's own people, whose turns say nothing of their own but what they relay:
#: "LENA VOSS (anchor):", "ANNA GREAVES, PRESENTER:", "PIETER HAL (live, Aldhaven):"
_HOSTS = r"presenter|host|interviewer|anchor|moderator|newsreader|newscaster|announcer"
#: a host's last words handing over to the outlet's reporter: "Our maritime correspondent, Tobias Wren.", "Nils Arden
#: was at the airport.", "Lena Voss reports from the border."
_HANDOVER = re.compile(r"\b(?:correspondent|reporter|(?:was|is)\s+(?:at|in|on|outside|near|by|with|there)\b|"
                       r"reports\b|has\s+(?:more|the\s+story|this\s+report|the\s+details)\b|sent\s+this\s+report)", re.I)
#: a bulletin's recorded words, labelled with whose they are: "CLIP, HALLOWAY:", "SOUNDBITE (Ines Halloway):"
_RECORDING = re.compile(r"(?:CLIP|SOUNDBITE|SOUND\s?BITE|SOT|ACTUALITY|AUDIO|INSERT|TAPE|RECORDING|VOICE\s?CLIP)", re.I)
_HOST_ROLE = re.compile(rf"\b(?:{_HOSTS}|correspondent|reporter|live)\b", re.I)
#: the rubrics of a fact-check or a rebuttal, which head a line as a speaker's label would: "Claim:", "Fact:", "Verdict:"
_RUBRICS = r"CLAIM|FACT|FACTS|THE FACTS|MYTH|TRUTH|REALITY|VERDICT|RATING|OUR RATING|ALLEGATION|ASSERTION|LIE"
_NOT_SPEAKERS = re.compile(r"^(?:Q|QUESTION|QUESTIONS|REPORTER|JOURNALIST|MODERATOR|PARTICIPANT|INTERVIEWER|SOURCE|QUOTE|"
                           r"NARRATOR|NARRATION|VOICE-?OVER|V/O|"
                           r"DETAILS|MORE DETAILS|BACKGROUND|CONTEXT|HEADLINES|" + _RUBRICS + r"|"
                           r"UPDATE|BREAKING|NOTE|EDITOR'?S NOTE|CORRECTION|WATCH|READ MORE|RELATED|PHOTO)(?:\s+\d{1,2})?$",
                           re.I)


#: a transcript's header naming who asks: "Presenter: Tom Alder.", "Interviewed by Jane Roe"
_ASKER = re.compile(rf"\b(?:{_HOSTS}|interviewed by|questions by)\s*:?\s+"
                    r"(?P<name>(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}))", re.I)


#: a transcript's header naming a participant and what they are: "Guest: Orhan Vesali, Ambassador of Ilvaro."
_CAST = re.compile(r"\b(?:guest|guests|interviewee|speaker|panellist|panelist|with)\s*:\s+(?P<who>(?-i:[A-Z][\w'’-]*"
                   r"(?:\s+[A-Z][\w'’-]*){1,3})(?:,\s*[^.\n]{3,120})?)", re.I)


#: a title that says whose briefing a transcript is: "Spokeswoman Zoya Marrel's Regular Press Conference on July 30",
#: "Press Briefing by Deputy Spokesperson Nadia Vell"
_BRIEFING = r"(?:(?:Regular|Daily|Weekly|Routine|Special)\s+)?(?:Press\s+Conference|Press\s+Briefing|News\s+Conference|Briefing)"
_HOST_NAME = r"(?:[A-Z][\w'’.-]*\s+){1,6}[A-Z][\w'’-]+"
_HOSTED = re.compile(rf"(?P<who>{_HOST_NAME})['’]s\s+{_BRIEFING}\b|{_BRIEFING}\s+(?:by|with)\s+(?P<by>{_HOST_NAME})")
#: a title that says whose answers to the press a transcript gives: "Answers of the Official Representative of the
#: Foreign Ministry I.V. Vashkova to questions from the media", "Spokesperson Lin Maro's Replies to Journalists'
#: Questions", "Comment by Ambassador Dana Orlov in reply to a media question"
_ANSWERED_BY = re.compile(rf"(?:(?P<who>{_HOST_NAME})['’]s\s+(?i:answers?|replies|responses?|comments?)|"
                          r"(?i:answers?|replies|responses?|comments?)\s+(?:of|by|from)\s+(?P<by>(?:the\s+)?[A-Z][^\n:;]{2,160}?))"
                          r"\s+(?i:to|on|in\s+(?:reply|response)\s+to)\s+(?i:an?\s+|the\s+)?(?i:(?:media|press|news|"
                          r"journalists['’]?|reporters['’]?)\s+)?(?i:questions?|quer(?:y|ies)|enquir(?:y|ies))\b")


#: an interview's introduction that names whom it is with: "Ragna Ulvestad, who heads energy research at …, spoke to
#: The Market Ledger", "The leader of the party spoke to the Courier in Brannock", "Its spokesman, Teodor Vail, agreed
#: to answer written questions by email"
_SPOKE_TO = re.compile(r"(?P<who>[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,8}?)(?:,\s+(?P<also>[^,.]{3,120}),)?\s+(?:(?:spoke|talked)\s+to\s+"
                       r"(?:the\s+)?[A-Z]|(?:(?:agreed|offered|chose)\s+to\s+(?:answer|reply\s+to|respond\s+to)|answered|"
                       r"replied\s+to|responded\s+to)\s+(?:(?:our|the|\d+|[a-z]+)\s+){0,3}questions\b)")


#: an interview's introduction that says the outlet met its guest: "Compass met her in her office", "We sat down with the
#: vice minister, Taver Oskun, in Tashgard"
_MET = re.compile(r"\b(?:[Ww]e|I|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:met|interviewed|sat\s+down\s+with|"
                  r"(?:spoke|talked)\s+(?:with|to))\s+(?P<who>him|her|[^.;:\n]{3,120}?)"
                  r"(?=\s+(?:in|at|on|by|for|over|last|this|after|before|during|via|shortly|between)\b|[.;]|$)")
#: whom an introduction opens on, for a "her" or "him" later: "Henrike Stael, Tarvessa's minister of water and energy,
#: has spent three years …"
_INTRO_SUBJECT = re.compile(r"(?:^|(?<=[.!?]\s))(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})"
                            r"(?:,\s+(?P<also>[^,.]{3,120}),)?\s+(?:has|have|had|is|was|became|leads|heads|runs|[a-z]+ed)\b",
                            re.M)


def _met_guest(text: str, end: int, index: ActorIndex) -> list[Speaker]:
    """The guest an interview's introduction (up to ``end``) says the outlet met, named or as "her" or "him" after
    the sentence that opened on them."""
    met = _MET.search(text, 0, end)
    if not met:
        return []
    if met["who"] in ("him", "her"):
        opened = list(_INTRO_SUBJECT.finditer(text, 0, met.start()))
        return subject_speakers([c for c in (opened[-1]["who"], opened[-1]["also"]) if c], index) if opened else []
    return subject_speakers([c.strip() for c in met["who"].split(",") if c.strip()], index)


def _first_question(text: str, before: int) -> int:
    """Where the first "Q:" of an interview is, at or before ``before``."""
    found = re.search(r"^(?:Q|QUESTION):", text[:before], re.M)
    return found.start() if found else before


def introduce_cast(text: str, index: ActorIndex) -> None:
    """Read a transcript header's participants ("Guest: NAME, ROLE of STATE") so their turns know who they are."""
    for m in _CAST.finditer(text[:1000]):
        index.speakers(m["who"])


#: how a programme's host opens it: "Welcome back. I'm Nina Holm.", "And I'm Jakob Reist."
_HOST_INTRODUCED = re.compile(r"\b(?:I['’]m|I am|this is|my name is)\s+(?:your host,?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+\s*[.,]")


def interviewers(text: str, index: ActorIndex) -> set[str]:
    """The transcript speakers who ask rather than answer: named as presenter or host in the header, or
    whose turns mostly end in a question. Their turns hold no statements of their own, only what they relay."""
    turns: dict[str, list[str]] = {}
    hosts: set[str] = set()
    turn_spans: list[tuple[int, int]] = []
    handed: set[str] = set()  # the outlet's reporters, handed over to at the end of the paragraph before their turn
    before = (0, 0)
    for para in paragraphs(text):
        if TRANSCRIPT.match(text, *para) and _ASKER.match(text, *para):
            turn_spans.append(para)  # "HOST: Mayor Koval, thank you": a host's turn, whoever the host is
        if turn := transcript_speaker(text, para, index):
            turns.setdefault(turn[0].actor, []).append(text[turn[1]:para[1]])
            turn_spans.append(para)
            last = max(before[0] + (sentence_spans(text[before[0]:before[1]]) or [(0, 0)])[-1][0],
                       labelled.end() if (labelled := TRANSCRIPT.match(text, *before)) else 0)  # not "REPORTER:" itself
            if _HANDOVER.search(text, last, before[1]) and \
                    index.name_words(turn[0].actor) & set(re.findall(r"\w+", text[last:before[1]].lower())) - STOPWORDS:
                handed.add(turn[0].actor)  # "… Nils Arden was at the airport." then "ARDEN: They came through arrivals"
            if (label := TRANSCRIPT.match(text, *para)) and (_HOST_ROLE.search(label["role"] or label["aside"] or "") or
                                                              re.fullmatch(rf"(?:{_HOSTS})(?:\s+\d)?", label["label"] or "", re.I)) or \
                    len(turn_spans) <= 3 and _HOST_INTRODUCED.search(text, turn[1], para[1]) or \
                    index.kind(turn[0].actor) == "media":
                # "ANNA GREAVES, PRESENTER:", "LENA VOSS (anchor):", "Welcome back. I'm Nina Holm.", and an outlet's own
                # label in its interview ("Courier: Mr Roth, …")
                hosts.add(turn[0].actor)
        before = para
    asking = hosts | handed | {a for a, said in turns.items() if not _member(a, index) and
                               len(said) >= 2 and sum("?" in t for t in said) >= 0.6 * len(said)}
    for m in _ASKER.finditer(text[:1000]):
        if any(a <= m.start() < b for a, b in turn_spans):
            continue  # "PRESENTER: Minister Senn, thank you": a turn, not a header naming the presenter
        asking |= {s.actor for s in index.speakers(m["name"]) if s.actor in turns}
    return asking


def _member(actor: str, index: ActorIndex) -> bool:
    """True for someone who asks questions but speaks for themselves: a member putting questions in a parliament or a
    hearing, whom the registry knows and no outlet employs ("Mr Elias Marten (Leader of the Opposition): … the bulletin
    reached Kestrow the same afternoon. Why …?"). An interviewer's assertions are the outlet's framing."""
    orgs = index.organisations(actor)
    return actor in index.actors and index.kind(actor) == "person" and bool(orgs) and \
        all(index.kind(o) != "media" for o in orgs)


def _role_label(word: str) -> re.Pattern:
    """An earlier transcript label that names someone and gives their role with ``word`` in it."""
    return re.compile(rf"^(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,4}}),\s+[^:\n]*\b{word}\b[^:\n]*:", re.M)


def _declared_label(label: str, text: str, before: int) -> str | None:
    """The name a header gives a generic label ("HOST 1: Mara Ellison. GUEST: Dr Nadia Corwen, Kessing Institute"),
    read from the paragraphs before ``before`` that declare it rather than open a turn with it.

    >>> _declared_label("GUEST", "Recorded Monday. HOST: Mara Ellison. GUEST: Dr Nadia Corwen, analyst.\\n\\nGUEST: Hi.", 71)
    'Nadia Corwen'
    """
    declared = re.compile(rf"(?:^|(?<=[.;]\s))\s*{re.escape(label)}\s*:\s+(?:(?i:{_TITLES})\.?\s+)?"
                          r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})(?=\s*(?:[.,;]|$))", re.M)
    for a, b in paragraphs(text[:before]):
        for m in declared.finditer(text, a, b):
            # a turn that opens with the label says something after the name ("GUEST: Nadia Corwen, welcome back."), or
            # asks the one it names ("KORDT: Mr Brannock, is the recording genuine?")
            if m.start() > a or re.fullmatch(r"\s*(?:,[^.:?!\n]{0,120})?\.?\s*", text[m.end():b]):
                return m["name"]
    return None


def _full_label(word: str, text: str, before: int) -> str | None:
    """The full name of an earlier transcript label that a one-word label is part of ("NINA" of "NINA HOLM")."""
    for m in re.finditer(r"^(?P<name>[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){1,3})(?:,[^:\n]*|\s+\([^)\n]*\))?:",
                         text[:before], re.M):
        name = [w for w in m["name"].split() if not re.fullmatch(rf"(?i:{_TITLES})\.?", w)]
        if word.upper() in name and len(name) > 1:
            return " ".join(name)
    return None


def past_asker_label(text: str, para: tuple[int, int]) -> tuple[int, int]:
    """The paragraph after the label of a question asked from the floor ("QUESTION (Stefan Oder, Financial Post):",
    "Q:", "REPORTER:"): what the question relays is read from there, and the asker named in the label is no one's
    subject ("QUESTION (Vera Tomic, CST): Norvaal's foreign minister told her parliament …": the minister told)."""
    m = TRANSCRIPT.match(text, para[0], para[1])
    return (m.end(), para[1]) if m and m["label"] and _NOT_SPEAKERS.match(m["label"]) else para


#: an office alone as a parliamentary record's label, once its holder has been named: "The Prime Minister:"
_OFFICE_LABEL = re.compile(r"The\s+(?P<office>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|for|the|and)){0,6}):\s+(?=\S)")
#: the abbreviated titles and ranks a transcript's label may give before a surname: "MS.", "COL.", "LT. GEN."
_TITLES = r"mr|ms|mrs|dr|prof|col|gen|lt|maj|capt|cpt|adm|cmdr|cdr|brig|sgt|amb|gov|sen|rep|rev|hon"


#: a title after a label, which no turn is: "Orsa Star: what the tracking data show" (a turn ends in punctuation, or a
#: dash where it is cut off)
_TITLE_AFTER_LABEL = re.compile(r"\s*[^\s.!?]+(?:\s+[^\s.!?]+){0,11}?(?<![.!?…\"”’—–-])\s*")


def transcript_speaker(text: str, para: tuple[int, int], index: ActorIndex) -> tuple[Speaker, int] | None:
    """The speaker of a transcript line and where the answer starts ("MS FERRIS:" -> Nadia Ferris)."""
    m = TRANSCRIPT.match(text, para[0], para[1])
    if m and m["holder"]:
        speakers = index.speakers(f"{m['holder']}, {m['office']}") or index.speakers(m["holder"])
        return (speakers[0], m.end()) if speakers else None
    if (office := _OFFICE_LABEL.match(text, para[0], para[1])) and \
            (first := re.search(rf"^The\s+{re.escape(office['office'])}\s+\((?P<holder>[^)\n]+)\):", text[:para[0]], re.M)):
        # a parliamentary record names an office's holder once ("The Prime Minister (Helle Marten):"), then the office
        speakers = index.speakers(f"{first['holder']}, {office['office']}") or index.speakers(first["holder"])
        return (speakers[0], office.end()) if speakers else None
    # "MS. SINGH:", "LT. COL. VASK:" are turns; a full stop inside any other label ends a sentence, so that is no turn
    bare = re.sub(rf"^(?:(?i:{_TITLES})\.\s+)+", "", m["label"]) if m else ""
    recorded = m["role"] or m["aside"] if m and _RECORDING.fullmatch(m["label"]) else None
    # "MINISTER:" after "HALVARD SENN, MINISTER OF INFORMATION:" is Halvard Senn
    named = _role_label(re.escape(m["label"])).search(text, 0, para[0]) if m and not m["role"] and not recorded else None
    if not m or _NOT_SPEAKERS.match(m["label"]) or m["label"].isdigit() or \
            re.match(r"(?:The|A|An)\s", m["label"]) or re.search(r"\.\s", bare) or \
            not m["label"].isupper() and _TITLE_AFTER_LABEL.fullmatch(text, m.end(), para[1]) or \
            not (m["role"] or m["aside"] or named) and \
            (_ASKER.search(text, para[0], para[1]) or _CAST.search(text, para[0], para[1])):
        # "The Evening Brief: …" and "Orsa Star: what the data show" are headlines and "Presenter: X. Guest: Y" a
        # header, not turns
        return None
    if m["label"].upper() in ("A", "ANSWER"):
        # "Q: … A: …" with one guest named in the header, or whose briefing the title says it is: they answer
        cast = list(_CAST.finditer(text[:1000]))
        alone = len(cast) == 1 and not re.match(r"guests|panel", cast[0].group(), re.I) and \
            not re.match(r"\s+and\s+[A-Z]", text[cast[0].end():])
        host = (_HOSTED.search(text, 0, min(para[0], 600)) or _ANSWERED_BY.search(text, 0, min(para[0], 600))) \
            if not cast else None
        guest = index.speakers(cast[0]["who"]) if alone else index.speakers(host["who"] or host["by"]) if host else []
        if not cast and not host and (spoke := _SPOKE_TO.search(text, 0, _first_question(text, para[0]))):
            # "Ragna Ulvestad, who heads …, spoke to The Market Ledger.", "The vice minister, Taver Oskun, talked to …"
            guest = subject_speakers([c for c in (spoke["who"], spoke["also"]) if c], index)
        if not cast and not host and not guest:
            guest = _met_guest(text, _first_question(text, para[0]), index)
        return (guest[0], m.end()) if guest else None
    label = " ".join(w for w in (recorded or m["label"]).split() if not re.fullmatch(rf"(?i:{_TITLES}|sir)\.?", w))
    if not label:
        return None
    if named:
        label = named["name"]
    if len(label.split()) == 1 and (earlier := _full_label(label, text, para[0])):
        label = earlier  # "NINA:" after "NINA HOLM: Welcome back."
    elif declared := _declared_label(label, text, para[0]):
        label = declared  # "GUEST:" after the header's "GUEST: Dr Nadia Corwen, Kessing Institute"
    surname = label.split()[-1].title() if label.isupper() else label.split()[-1]
    # a surname alone ("MS FERRIS") is the name in full the text gives; a name in full is itself
    full = re.search(rf"((?:[A-Z][\w.'’-]+\s+){{1,5}}){re.escape(surname)}\b", text) if len(label.split()) < 2 else None
    phrase = (full.group(0) if full else label.title() if label.isupper() else label)
    speakers = index.speakers(phrase)
    return (speakers[0], m.end()) if speakers else None


#: the verb a subject goes on with after an aside: "also dismissed", "had told", "then said"
_ITS_VERB = re.compile(r"(?:(?:also|later|then|again|had|has|have|once|even|quickly|publicly|repeatedly)\s+)*(?="
                       + CUE_RE.pattern + r")", re.I)
#: a clause of its own after "according to X,": "In his speech, according to state media, he said …"
_SUBJECT_AND_CUE = re.compile(r"(?:he|she|they|it|the\s+\w+|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+(?:also\s+)?"
                              r"(?=" + CUE_RE.pattern + r")")


#: what someone wants others to do: "wants Corvasian troops to pull back", "wants those responsible brought to trial",
#: "wants sanctions on the company"
_WANTED = re.compile(r"\s*(?!to\b)(?:the|a|an|its|their|his|her|all|every|both|[A-Z][\w'’-]*|[a-z]+s)\b[^.;:]{0,80}?\s"
                     r"(?:to\s+[a-z]+|(?:brought|put|handed|sent|tried|punished|held|released|returned|removed|"
                     r"withdrawn|pulled|lifted|stopped|halted|investigated|prosecuted)\b)|"
                     # what is wanted of others, named by its noun: "wants sanctions on the company", "want an inquiry"
                     r"\s*(?:(?:an?|new|more|tougher|further)\s+)?(?:(?:independent|international|full|immediate|"
                     r"impartial|public)\s+){0,2}(?:sanctions|investigation|inquiry|probe|ceasefire|compensation|"
                     r"apology|tribunal)\b")
#: where a sentence's main clause resumes after a relative clause: ", said on Monday that", ", now says"
_MAIN_CLAUSE = re.compile(r",\s+(?:(?:now|later|then|also|has|have|had|on\s+\w+|last\s+\w+|this\s+\w+)\s+){0,3}(?="
                          + CUE_RE.pattern + r")", re.I)
#: a sentence that opens by saying where: "In Veldren, the health ministry said …"
_IN_PLACE = re.compile(r"\s*In\s+(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?),\s")
#: an attribution that opens its sentence with "as": "As the ministry stated on 4 May, …", "As Voss said, …"
_AS_SAID = re.compile(r"\s*(?:and\s+|but\s+)?as\s+(?!if\b|though\b|well\b|long\b|soon\b|far\b|much\b)", re.I)
#: an attribution set after the words it gives, with "as": "…, as the Foreign Minister said on Friday, …"
_AS_X_SAID = re.compile(r",\s+as\s+(?!if\b|though\b|well\b|long\b|soon\b|far\b|much\b|usual\b|always\b|expected\b)"
                        r"(?P<np>[^,;]{2,80}?)\s*$", re.I)
#: where the clause such an attribution gives starts: after "that", "whether", "if", a comma, or the verb of a question
#: put about it ("whether Istrana believed P, as X said")
_CLAUSE_LEAD = re.compile(r"\b(?:that|whether|if)\s+|,\s+|\b(?:believed|believes|thought|thinks|accepted|accepts|agreed|"
                          r"agrees)\s+(?:that\s+)?", re.I)
#: what may stand between the cue of such an attribution and the comma the words start after
_AS_SAID_TAIL = re.compile(r"(?:\s+(?!that\b)[\w'’-]+){0,6}?\s*,\s*")
#: a person's name set between commas after the description that came first
_APPOSED_NAME = re.compile(r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}),\s*")


def _according_to(text: str, m: re.Match, s_start: int, s_end: int, index: ActorIndex):
    """'According to X, …' or '…, according to X.': the speaker and where the words are."""
    np = _ACCORDING.match(text, m.start())
    source = np and (np["np"] or np["owner"])  # "in Velden's view": the owner before the noun
    # "Yoon asked Beijing to …, according to his office": his office relays what the clause's own cue reads as his
    relays_subject = np and re.match(r"(?:his|her)\s", source, re.I) and m.start() > s_start + 3
    speakers = index.speakers(source) if np and not relays_subject else []
    after = np.end() if np else m.end()
    after += len(text[after:s_end]) - len(text[after:s_end].lstrip(" ,"))
    if m.start() > s_start + 3 and _ITS_VERB.match(text, after) and \
            0 < len(re.split(r"[.!?”\"]\s+", text[s_start:m.start()])[-1].strip(" ,").split()) <= 4:
        # "Dzovik, according to the paper, also dismissed …": an aside in the subject's own clause, whose verb reads it
        return [], after, after
    rest = text[after:_clause_end(text, after, s_end)]
    if rest and index.is_description(rest) and m.start() > s_start + 3 and not _SUBJECT_AND_CUE.match(rest) and \
            not _FINITE.match(rest):  # "Dalgard, according to the consul, has turned down …": the clause goes on
        # "…, according to Sergiy Kyslytsya, Ukraine's envoy to the UN.": a description, the words came before
        speakers = index.speakers(f"{source}, {rest}") or speakers
        after = s_end
    if np and m.start() <= s_start + 3 and (named := _APPOSED_NAME.match(text, after, s_end)) and \
            index.is_description(source) and (person := index.speakers(f"{named['name']}, {source}")):
        # "According to the head of the Pelta region, Vitaly Garan, fragments fell …": the name is no part of the words
        speakers, after = person, named.end()
    if after < s_end - 1:
        return speakers, after, _clause_end(text, after, s_end)
    end = trim_end(text, s_start, m.start(), " ,")
    begin = s_start + len(text[s_start:end]) - len(_DATELINE.sub("", text[s_start:end]))
    return speakers, begin, end


#: a verb of saying in the past that opens a sentence with its subject left out: "Said …", "Called …", "Told …" (not
#: "Claims by X that …", a noun)
_LEFT_OUT_SUBJECT = re.compile(r"(?:[A-Z][a-z]+ed|Said|Told|Wrote|Gave|Made|Put|Spoke)\b")
#: a guide's entry also leaves its subject out before a verb in the present: "Proposes a joint investigation"
_LEFT_OUT_ENTRY = re.compile(r"[A-Z][a-z]+s\b|" + _LEFT_OUT_SUBJECT.pattern)
#: what may stand before a verb whose subject is left out, at a sentence's start: "Has called", "Flatly denied", "Has
#: so far declined"
_LEFT_OUT_BEFORE = re.compile(r"\s*(?:Has|Had|Is|Was|Also|Then|Later|Since|Still|Now|Never|[A-Z][a-z]+ly)(?:\s+(?:so\s+far|since|not|never|"
                              r"also|still|now|then|repeatedly|[a-z]+ly))*\s+")


def _speakers_before(text: str, m: re.Match, s_start: int, s_end: int, index: ActorIndex, found: list[Found],
                     quotes: list[Found]):
    """Who speaks through cue ``m``, any relay, where the words start (None: a later clause), and the rule."""
    # the clause before a cue that names its speaker is short: a window keeps end-anchored patterns linear
    pre = text[max(s_start, m.start() - _WINDOW):m.start()]
    after, cue = text[m.end():s_end], " ".join(m.group().lower().split())
    if _PASSIVE.search(pre) and not cue.endswith("ing"):
        # "That was confirmed by X, which …": X speaks; "Oskun's assertion has been rejected" names no speaker (and
        # "Varania is insisting that …" is no passive)
        agent = _BY_AGENT.match(after)
        if agent and (told := re.match(r"\s+that\s+", after[agent.end():])):
            # "The team was informed by plant management that …", "we were told by the ministry that …": the agent's
            return index.speakers(agent["np"]), [], m.end() + agent.end() + told.end(), "passive with agent, then that"
        return (index.speakers(agent["np"]) if agent else []), [], None, "passive with agent"
    if (quoted := _QUOTED_BY.search(pre)) and cue.endswith("ing"):
        relay = index.speakers(quoted["relay"]) if quoted["relay"] else []
        return index.speakers(_INTRO.sub("", quoted["speaker"])), [s.actor for s in relay], m.end(), "was quoted as"
    if (quoted := _QUOTED_AS.search(pre)) and cue == "saying":
        relay = subject_speakers(_chunks_before(text, s_start, s_start + quoted.start()), index)
        # "quoted him as saying", "quotes one of them, who asked not to be named, as saying": whom it names
        who = re.sub(r",\s*(?:who|whom|which)\b.*$", "", _OBJECT_PRONOUN.get(quoted["speaker"].lower(), quoted["speaker"]))
        return index.speakers(who), [s.actor for s in relay], m.end(), "quoted as saying"
    if cue.endswith("ing") and (issued := _ISSUED.search(pre)):
        # "X released a statement on Friday saying that …": the issuer speaks
        chunks = [c for c in re.split(r",\s*", _INTRO.sub("", pre[:issued.start()])) if c.strip()]
        return subject_speakers(chunks, index), [], m.end(), "statement saying"
    # "…, argues Katrin Albers, who follows the North Korean military": the name, not what describes it
    after_np = _RELATIVE_TAIL.sub("", after.strip().rstrip(".!?”\"’"))
    if re.search(r",\s*$", pre) and after_np and len(after_np.split()) <= 12 and not re.search(r"\bthat\b", after_np) and \
            not cue.endswith("ing") and not re.search(r"\b(?:to|for|with|by|from|of|at|on|about)$", cue) and \
            not cue.startswith(("told", "tell")) and \
            not (re.match(r"(?:accus|blam|charg)", cue, re.I) and re.search(r"\s(?:of|for)\s", after_np)) and \
            re.match(r"(?:[A-Z]|(?:the|a|an|its|his|her|their|one|two)\s)", after_np) and \
            not _FINITE.search(after_np) and not CUE_RE.search(after_np) and \
            not re.search(r"\b\w+ed\s+(?:to|that)\b", after_np) and \
            (inverted := index.speakers(_TIME_TAIL.sub("", after_np))):
        # "…, these assertions are baseless, said Kremlin spokesperson Dmitry Peskov.": the words come first (but in
        # "Meridan's foreign minister, Lucan Perrot, accused Drevsk of …" the name after the verb is the accused)
        return inverted, [], None, "attribution after the words"
    if (what := _WHAT_SAID.search(pre)) and (speakers := index.speakers(what["np"])):
        # "showed what it said were serial plates stamped in Ilvaro": its claim is what follows
        start = m.end() + (len(be[0]) if (be := re.match(r"\s*(?:was|were|is|are|to be|as)\b", after)) else 0)
        return speakers, [], start, "what X said was"
    participle = cue.split()[0].endswith("ing")  # "accusing", "calling for"
    if participle and re.search(r",\s*$", pre) and not found and quotes:
        # '"…," the envoy said, accusing Kordesk of …': the quote's speaker goes on
        return [quotes[-1].speaker], [], m.end(), "continuation after the quote"
    if participle and re.search(r",\s*$", pre) and not found and \
            (subject := _COLON_CLAUSE.match(_INTRO.sub("", _DATELINE.sub("", pre)))):
        # "Belmark's envoy spoke for an hour, accusing Kordesk of …": the clause's subject goes on
        return subject_speakers([c for c in re.split(r",\s*", subject["np"]) if c.strip()], index), [], m.end(), \
            "continuation of the clause's subject"
    chunks = _chunks_before(text, s_start, m.start())
    if chunks and (done := _DONE_AND.search(chunks[-1])) and (done.start() > 0 or len(chunks) >= 2) and \
            re.fullmatch(r"[a-z]+ed|said|told|wrote|made|put", cue.split()[0]) and \
            not re.search(r"\bthat\b", chunks[-1][:done.start()]) and \
            (own := subject_speakers(chunks[:-1] + ([chunks[-1][:done.start()]] if done.start() > 0 else []), index)):
        # "…, Ihor Valek, welcomed the news but asked", "The ministry welcomed the talks but warned": who did the
        # one does the other, not whoever spoke before
        return own, [], m.end(), "subject before cue"
    if (participle and re.search(r",\s*$|\band\s*$", pre)) or (found and re.search(
            r"[\w\"”’],?\s+(?:and|but)\s+(?:also\s+|later\s+|then\s+|again\s+|once again\s+|repeatedly\s+)?(?:has\s+|have\s+|had\s+|was\s+|were\s+)?$", pre)):
        # "…, adding that …", "X urged A and blamed B": the same speaker goes on
        return ([found[-1].speaker] if found else []), [], m.end(), "continuation"
    if rel := _RELATIVE.search(pre):
        # "…, Andrey Kovalenko, head of the centre, who claimed that …": the name before the description
        chunks = _chunks_before(text, s_start, s_start + rel.end("np"))
        named = index.speakers(", ".join(chunks[-3:])) if len(chunks) >= 2 and index.is_description(chunks[-1]) else []
        return named or index.speakers(rel["np"]) or ([found[-1].speaker] if found else []), [], m.end(), "relative clause"
    if rep := _REPORTS_BY.search(pre):
        return index.speakers(rep["np"]), [], m.end(), "reports by"
    speakers = subject_speakers(chunks, index)
    if not chunks and not pre.strip() and index.speaking and _LEFT_OUT_SUBJECT.match(m.group()):
        # a factbox's bullet under its speaker's line, the subject left out: "- Said the data had been handed over"
        return [index.speaking], [], m.end(), "the listed speaker"
    if index.entry and (not pre.strip() and _LEFT_OUT_ENTRY.match(m.group()) or _LEFT_OUT_BEFORE.fullmatch(pre)):
        # a guide's entry under the name it is about: "Has called the strike …", "Flatly denied on 3 October that …"
        return [index.entry], [], m.end(), "the entry's subject"
    if chunks and (where := _IN_PLACE.match(_DATELINE.sub("", text[s_start:m.start()]))) and \
            re.match(r"\s*the\s+[a-z]", chunks[-1]) and (state := index.state_at(where["place"])) and \
            (theirs := index.speakers(f"{index.actors[state].name}'s {chunks[-1].strip()[4:]}")):
        speakers = theirs  # "In Veldren, the health ministry said": Veldren's, not the ministry named last
    if not speakers and _COORDINATED_VP.search(pre) and (subject := _FIRST_NP.match(_INTRO.sub("", pre))):
        # "The UN is concerned about …, but does not have any information": the sentence's subject goes on
        speakers = index.speakers(subject["np"])
    return speakers, [], m.end(), "subject before cue"


#: an attribution set between commas inside the words: "…, he added, …", "…, the minister said, …"
_MIDDLE = re.compile(r",\s*(?P<np>(?:he|she|they|it|we|I|the\s+[\w-]+(?:\s+[\w-]+)?|"
                     r"(?:a|an|one)\s+[\w.-]+(?:\s+[\w.-]+){0,2}|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}))\s*$")


#: "…, a claim Tashgard has dismissed", "…, an estimate others call too high": what the words are, then a relative clause
_ASIDE_NOUN = re.compile(r"(?:[\w-]+\s+){0,2}?(?:claim|assertion|allegation|charge|accusation|assessment|figure|estimate|"
                         r"account|version|view|position|number)s?\b", re.I)
_WRITERS_ASIDE = re.compile(r"(?:\s+(?:on|in|at|last|this|late|early)\s+[\w ]{1,20}?)?\s*,\s*(?:the|a|an|another)\s+(?P<np>[^.;:]*)")


def _aside_after(text: str, start: int, end: int) -> bool:
    """Whether the attribution is followed by the writer's aside, not more reported words: "…, the navy said on
    Friday, the clearest blow yet to Tashgard's claim that …" (a noun phrase with no verb of its own)."""
    aside = _WRITERS_ASIDE.match(text, start, end)
    if not aside:
        return False
    return not _FINITE.search(re.split(r"\bthat\b", aside["np"])[0]) or bool(_ASIDE_NOUN.match(aside["np"]))


#: a question put to a speaker, up to the cue: "Asked whether Moscow denied the reports"
_ASKED_CLAUSE = re.compile(r"\b(?:asked|pressed|questioned)\s+(?:by\s+[^,;:]{3,90}?\s+|(?:\w+\s+){0,3}?)(?:whether|if)\b"
                           r"[^,;:]*$", re.I)
#: what sources no one speaks through say: "Posts shared thousands of times say that …", "Viral videos claim that …"
_HEARSAY_SAID = re.compile(r"\W*(?:\w+\s+){0,2}(?:posts|accounts|messages|videos|clips|rumou?rs|memes)\b[^.;:]*?\s"
                           r"(?:say|said|claim|claimed|allege|alleged|suggest|suggested|show|showed)\s+(?:that\s+)?",
                           re.I)
#: the attribution itself going on after its comma: "…, a lawmaker said on Wednesday, citing the spy agency."
_ATTRIBUTION_GOES_ON = re.compile(r"(?:\s+(?:on|in|at|last|this|late|early)\s+[\w ]{1,20}?)?\s*,\s*(?:citing|quoting|adding|"
                                  r"referring|according|speaking|in\s+(?:a|an|his|her|its|their)\s)", re.I)
_MIDDLE_END = re.compile(r"(?:\s+(?:on|in|at|last|this|late|early)\s+[\w ]{1,20}?)?\s*,\s*\S")
#: the attribution inside the words, left out when they are matched to a proposition
ASIDE = re.compile(r",\s*[^,]{1,50}?\s+(?:" + CUE_RE.pattern + r")(?:\s+(?:on|in|at|last|this|late|early)\s+[\w ]{1,20}?)?\s*,",
                   re.I)


#: a comma chunk that sets the scene rather than names anyone: "in a written response to CPA", "on Friday"
_CIRCUMSTANCE = re.compile(r"\s*(?:in|on|at|during|after|before|via|through|from|with|without|speaking|writing|"
                           r"in response|(?:when\s+)?" + ANSWERING + r")\s+(?:a|an|the|his|her|its|their|\w+day|[a-z]+)\b"
                           # who leads the body that speaks: "The team at the site, led by Anselm Ruud, reported"
                           r"|\s*(?:now\s+|currently\s+|still\s+|jointly\s+)?(?:led|headed|chaired|run|commanded|"
                           r"directed)\s+by\s")


_OPENING_PHRASE = re.compile(r"\s*(?i:on|in|at|during|after|before|since|last|earlier|later|this)\s")


def listed_speaker(chunks: list[str], index: ActorIndex) -> Speaker | None:
    """Who a line that only names a speaker names (a factbox's "TOMAS RHEEDE, ICAC Secretary-General:", the credit
    under a quote): the known actor its name is (Tomas Rheede, not the body his title names), else the name its
    description describes."""
    named = index.speakers(chunks[0])
    return named[0] if named and named[0].known else next(iter(subject_speakers(chunks, index)), None)


#: a word that names a time, which no speaker's name starts with
_TIME_WORD = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
              r"August|September|October|November|December)\b")


def subject_speakers(chunks: list[str], index: ActorIndex) -> list[Speaker]:
    """The speakers of the comma chunks before a verb: the last chunk, or the name it describes.

    "Dorvan Hessk, chief of the General Staff, said" and "an official, who asked not to be
    named, said": the name (or the official) before the description speaks.
    """
    while len(chunks) >= 2 and _CIRCUMSTANCE.match(chunks[-1]):
        chunks = chunks[:-1]  # "the ministry, in a written response to CPA, said": the ministry speaks
    speakers = index.speakers(chunks[-1]) if chunks else []
    if not speakers and chunks and _OPENING_PHRASE.match(chunks[-1]):
        # "On March 6 the foreign ministry said", "In a statement the ministry said": no comma ends the opening phrase
        # (never from a time: "On Friday your defence ministry said" does not name a "Friday your defence ministry")
        speakers = next((found for m in re.finditer(r"\s(?=the\s|[A-Z])(?!" + _TIME_WORD + r")", chunks[-1])
                         if (found := index.speakers(chunks[-1][m.end():]))), [])
    if len(chunks) >= 2 and len(speakers) == 1 and not speakers[0].known and speakers[0].kind == "person" and \
            index.is_description(chunks[-2]):
        index.describe(speakers[0], chunks[-2])  # "Varania's envoy to the UN, Ivo Petrak, said"
        return speakers
    apposition = len(chunks) >= 2 and (not speakers or not speakers[0].known or index.is_description(chunks[-1])) and \
        re.fullmatch(r"\s*(?:[A-Z][\w.'’-]+\s+){1,3}[A-Z][\w'’-]+\s*", chunks[-2])
    if len(chunks) >= 2 and (not speakers or speakers[0].rule == "unnamed official" or apposition) and \
            not _FINITE.search(chunks[-2]) and not re.search(r"\b[a-z]{3,}ed\b", chunks[-2]):
        # (a clause before, "Varania and Belmark traded accusations, and several members …", names no one here)
        speakers = index.speakers(", ".join(chunks[-3:])) or speakers
    return speakers


#: what the subject did before the cue's verb, joined to it: "welcomed the news but", "praised the talks and"
_DONE_AND = re.compile(r"(?:^|(?<=\s))(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bis\s)(?<!\bare\s)(?:also\s+|first\s+)?"
                       r"[a-z]+ed\b(?:(?!\b(?:that|was|were|is|are|been|being)\b)[^,;:])*\s(?:and|but|yet)\s+"
                       r"(?:also\s+|then\s+)?$")
_RELATIVE_TAIL = re.compile(r",\s+(?:who|which|whose)\b.*$", re.S)
_INVERTED_TAIL = re.compile(r"(?:\s+(?!that\b)[\w.'’-]+){1,10}\s*[.!?”\"’]*\s*")
_ISSUED = re.compile(r"\s+(?:released|issued|put out|posted|published|sent|read out|made)\s+(?:a|an|the)\s+(?:\w+\s+)?"
                     r"(?:statement|communiqu[eé]|message|post|letter|video|note|declaration)(?:\s+(?:on|in|late|early)\s+[\w .]+?)?"
                     r"\s*,?\s*$", re.I)
_COORDINATED_VP = re.compile(r"[\w\"”’],?\s+(?:and|but|yet)\s+(?:also\s+|later\s+|then\s+|again\s+|once again\s+|repeatedly\s+)?(?:has\s+|have\s+|had\s+|was\s+|were\s+)?$")
_FIRST_NP = re.compile(r"(?P<np>[^,]+?)\s+(?:is|are|was|were|has|have|had|does|do|did|will|would|can|could|says|said|"
                       r"remains?|remained|appears?|seems?)\b")
#: a finite verb: what follows a cue is then a clause of reported words, not the speaker's name
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|did|does|do|be|been|should|must|may|might)\b",
                     re.I)
_TIME_TAIL = re.compile(r"\s+(?:on|in|at|during|late|early|last|this)\b.*$|\s+(?:yesterday|today|overnight)$", re.I)


#: a bare weekday right after the verb, before the words: "said Tuesday it had seen evidence"
_DAY_FIRST = re.compile(r"\s*(?:on\s+)?(?i:" + _BARE_DAY + r")\s+(?=[a-z])")
#: who is told, when "that" is left out: "told reporters the claims were false"
_LISTENER = re.compile(r"(?:reporters|journalists|the press|the media|parliament|lawmakers|legislators|MPs|senators|"
                       r"(?:the|a|an)\s+(?:\w+\s+)?(?:council|committee|conference|briefing|meeting|audience|parliament|"
                       r"broadcaster|newspaper|agency|channel)|"
                       r"state media|state television|him|her|them|us|me|"
                       # a name: "told the Gazette the attack bore every hallmark", "told Varpress on Tuesday it was"
                       r"(?-i:(?:the\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}))"
                       r"(?:\s+(?:on|last|this|late|early)\s+(?-i:[A-Z][a-z]+|week|night|month|morning|evening))?\s+", re.I)


def _after_dateline(s_start: int, before: str) -> int:
    """Where the words of a sentence starting at ``s_start`` begin, once a dateline opening ``before`` is left out
    ("KORDESK, March 5 (Varpress) - The convoys …": at "The")."""
    return s_start + len(before) - len(_DATELINE.sub("", before).lstrip()) if _DATELINE.match(before) else s_start


#: a name or a short description set off by commas before a cue: "Ivo Lant", "a ministry spokesman", "the Council's
#: spokesman"
#: who a person is to someone, as a description set beside their name: "his wife, Lea, said"
_KIN = r"wife|husband|widow|mother|father|son|daughter|brother|sister|cousin|uncle|aunt|neighbou?r|friend|colleague|lawyer"
_APPOSED = re.compile(r"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}|(?:a|an|the|its|their|his|her|our|my)\s+"
                      r"(?:[\w'’-]+\s+){0,3}(?:" + "|".join(sorted(ROLE_NOUNS, key=len, reverse=True)) + "|" + _KIN + r")s?)")


def _words_after(text: str, content_start: int, s_start: int, s_end: int, pre: str, told: bool = False) -> tuple[int, int]:
    """The reported words after a cue (after 'that'), or before it when the attribution ends the sentence."""
    rest, after_cue = text[content_start:s_end], content_start
    that = _THAT.match(rest)
    if that and _NOUN_THAT.search(rest, 0, that.end()):
        that = None  # "said on Friday, the clearest blow yet to Tashgard's claim that …": the noun's clause, not the verb's
    if not that and (day := _DAY_FIRST.match(rest)):
        content_start += day.end()  # "said Tuesday it had seen evidence": the day, then the words
        rest = text[content_start:s_end]
    content_start += that.end() if that else len(rest) - len(rest.lstrip(" ,"))
    if told and not that and (listener := _LISTENER.match(text, content_start, s_end)) and \
            len(text[listener.end():_clause_end(text, listener.end(), s_end)].split()) >= 3:
        content_start = listener.end()  # "told reporters the claims were false": who heard it, then the words
    else:
        listener = None
    content_end = _clause_end(text, content_start, s_end)
    # "…, Dravina told Varpress on Tuesday.": the rest names who heard it
    addressee_only = told and not that and not listener
    # "…, the bureau said on Monday, the first time …": a circumstance, then an aside, no reported words
    # "…, the organisation said today, releasing its findings.": a day, then what it was doing as it spoke
    addressee_only = addressee_only or not that and (
        _aside_after(text, after_cue, s_end) or
        bool(re.match(r"(?:(?:on|in|at|to|during|late|early|last)\s[^,]{1,40}|(?i:" + _BARE_DAY +
                      r"|today|yesterday|tonight)),\s", text[content_start:content_end])) or
        "," in text[after_cue:content_start] and not CUE_RE.match(text, content_start) and
        bool(re.match(r"(?!citing\b)[a-z]+ing\b", text[content_start:content_end])))  # not "denied holding the men"
    if (addressee_only or _ONLY_WHEN.match(text[content_start:content_end])) and (comma := pre.rfind(", ")) > 0:
        # "…, the Pentagon confirmed on November 4.": the words come before the attribution, and before a name and
        # its description set off by commas ("…, a ministry spokesman, Ivo Lant, said")
        while (earlier := pre.rfind(", ", 0, comma)) > 0 and _APPOSED.fullmatch(pre[earlier + 2:comma]):
            comma = earlier
        content_start = _after_dateline(s_start, pre[:comma])
        content_end = s_start + comma
        if inner := next((m for m in CUE_RE.finditer(text, content_start, content_end) if is_verb(text, m) and
                          not re.search(r"\b(?:is|are|was|were|be|been|being)\s+$", text[content_start:m.start()]) and
                          not re.match(r"\s+to\b", text[m.end():content_end])), None):
            # "Kirby said the troops were moving, as officials had warned": what was warned is what Kirby said
            that = _THAT.match(text[inner.end():content_end])
            content_start = inner.end() + (that.end() if that else 0)
            content_start += len(text[content_start:content_end]) - len(text[content_start:content_end].lstrip(" ,"))
    return content_start, content_end


#: the last comma of a clause, a closing quote mark with it: where the words before an attribution end
_LAST_COMMA = re.compile(r",[”\"’]?\s+(?!.*,[”\"’]?\s)")
#: words that go on after the attribution: "…, the ministry said, and no soldier had ever crossed"
_AND_MORE = re.compile(r"(?:\s+(?:on|in|at|last|this|late|early)\s+[\w ]{1,20}?)?\s*,\s+and\s+(?!(?:added|said|"
                       r"insisted|warned|stressed|noted)\b)(?=\w)")
_NOUN_THAT = re.compile(r"\b(?:claims?|insistence|assertions?|denials?|suggestions?|allegations?|statements?|arguments?|"
                        r"position|views?|beliefs?|fears?|hopes?|evidence|signs?|proof|assessments?|fact|news|reports?|"
                        r"idea|notion|impression)\s+that\s*$", re.I)


#: what a speaker cites, a noun phrase whatever verb-like words it holds: "citing Belmark estimates"
_CITED = re.compile(r"\bciting\s+[^,;.]+", re.I)
#: the sources a speaker cites, before the verb: "Ezra Temba, citing Kestrian estimates, said"
_CITED_BEFORE = re.compile(r",\s*citing\s+(?P<who>[^,]+?),\s*$|^\W*citing\s+(?P<first>[^,]+?),\s*(?=\S[^,]*$)",
                           re.I)
#: a source the speaker names inside the words: "she had been informed by Tamberia's foreign ministry that …"
_INFORMED_BY = re.compile(r"\s*(?:\w+\s+){0,3}?(?:had|has|have|was|were)\s+been\s+(?:informed|told|assured|advised|briefed|"
                          r"notified)\s+by\s+(?P<np>[^,;]{3,80}?)\s+that\s+")
#: what was perceived, which a report of it needs no clause for: "reported hearing several detonations"
_PERCEIVED = re.compile(r"\s+(?:hearing|seeing|observing|noticing|detecting|recording|witnessing|finding)\b")
#: a count as the object of a verb that otherwise reports only a clause: "has reported three deaths", "announced at
#: least 40 ceasefire violations" (but "reported the incident", "announced a visit")
_COUNT_OBJECT = re.compile(r"\s+(?:(?:at\s+least|at\s+most|some|about|around|nearly|almost|more\s+than|over|up\s+to)\s+)?"
                           r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
                           r"forty|fifty|a\s+hundred|dozens\s+of|hundreds\s+of|thousands\s+of)\s+(?:[a-z-]+\s+){0,2}?"
                           r"(?:dead|deaths|killed|casualties|wounded|injured|missing|victims|violations|incidents|strikes|"
                           r"attacks|drones|missiles|shells|arrests|detentions)\b")
#: the sources a report cites, between the verb and its words: "reported on January 30, citing unnamed officials,"
_CITING = re.compile(r"[^,]{0,40}?,\s+citing\s+(?:unnamed\s+|anonymous\s+|several\s+|two\s+|three\s+)?(?P<who>[^,]{3,80}?)"
                     r"(?=,?\s+that\b)")


#: a request made of someone: "asked Beijing to play a constructive role", "has asked its member states to bar …" (not
#: "asked to comment", "when asked")
_ASKED_TO = re.compile(r"(?<!\bwhen\s)(?<!\bif\s)\b(?:asked|asks|asking)(?=\s+(?:(?:the\s+)?[A-Z][\w'’.-]*"
                       r"(?:\s+[A-Z][\w'’.-]*){0,3}|(?:the|its|their|his|her|all|every|both)\s+[a-z][\w-]*"
                       r"(?:\s+[a-z][\w-]*){0,2})"
                       r"(?:\s+on\s+\w+)?\s+(?:not\s+)?to\s+(?!comment|confirm|say|speak|respond|answer|elaborate|be\s)"
                       r"[a-z]+)")


#: an estimate given as a figure: "put the total number of troops in Russia at 11,000 to 12,000"
_PUT_AT = re.compile(r"(?<!\bwhich\s)(?<!\bwho\s)(?<!\bwhich had\s)(?<!\bwho had\s)(?<!\bthat had\s)"
                     r"\b(?:put|puts|putting|placed|places|placing)(?=\s+(?:(?:the|their|its|his|her)\s+)?(?:[\w-]+\s+){0,3}?"
                     r"(?:number|figure|total|toll|count|strength|size|losses|casualties)\b[^.;]{0,80}?\s+at\s+"
                     r"(?:about\s+|around\s+|roughly\s+|some\s+|up\s+to\s+|more\s+than\s+|as\s+many\s+as\s+|nearly\s+|"
                     r"almost\s+|over\s+)?\d)", re.I)
#: a dismissal whose particle follows its object: "waved the reports away as …", "brushed the claims aside"
_SPLIT_DISMISSAL = re.compile(r"\b(?:wav(?:e|ed|es|ing)|brush(?:ed|es|ing)?|shrug(?:ged|s|ging)?|laugh(?:ed|s|ing)?)"
                              r"(?=\s+(?:(?!and\b|or\b)[\w'’-]+\s+){1,4}?(?:away|aside|off)\b(?:\s+as\b|\s*[,.;]|$))", re.I)
#: "The Secretary has been clear that …": having been clear about something is having said it
_BEEN_CLEAR = re.compile(r"\b(?:has|have|had)\s+been\s+(?:very\s+|quite\s+|absolutely\s+)?clear(?=\s+(?:that\b|on\s+this\b|:))",
                         re.I)
#: a request for something: "asked allies for sanctions", "has asked for more air defence" (not for comment)
_NOT_ASKED_FOR = (r"(?![^.;]{0,12}?\b(?:comment|comments|clarification|details|an interview|information|his view|her view|"
                  r"their view|a response|a reaction|reaction|response)\b)")
_ASKED_FOR = re.compile(r"(?<!\bwhen\s)(?<!\bif\s)(?<!\bwas\s)(?<!\bwere\s)\b(?:asked|asks|asking)(?:\s+for(?=\s)" +
                        _NOT_ASKED_FOR +
                        r"|(?=\s+(?:(?:the|its|their|his|her|all)\s+)?(?:[A-Z][\w'’.-]*|[a-z][\w-]*)"
                        r"(?:\s+[A-Z][\w'’.-]*){0,2}\s+for\s" + _NOT_ASKED_FOR + r"))")
#: telling someone to act: "told its members on Thursday to wait", "tells the crews not to sail" (not "told reporters
#: to expect …", which says what is coming, nor "was told to leave")
_TOLD_TO = re.compile(r"(?:told|tells|telling)\s+(?!reporters|journalists|the\s+press)"
                      r"(?:him|her|them|us|(?:the|its|their|his|her|all|every|both)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}|"
                      r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
                      r"(?:\s+(?:on|last|this)\s+\w+)?\s+(?:not\s+)?to\s+(?!expect\b|be\b)[a-z]+")
#: a finding to come, not one made: "will find that", "may find it credible", "to find that"
_NOT_TO_COME = r"(?<!\bwill\s)(?<!\bwould\s)(?<!\bmay\s)(?<!\bmight\s)(?<!\bcould\s)(?<!\bto\s)"
#: what an inquiry, a court or an analyst concludes: "the board found that the drone came from the coast", "We
#: conclude that …", "Parallax judged that most of the vehicles stayed"
#: (never "found wreckage", "what we found" or "I find that credible")
_FOUND_THAT = re.compile(_NOT_TO_COME +
                         r"\b(?:found|finds|find|concluded|concludes|conclude|judged|judges|judge)"
                         r"(?=" + THAT_CLAUSE.pattern + ")")
#: a finding on a thing, with no clause: "found the damage consistent with an internal blast", "judged the video
#: authentic", "considers the figures unreliable" (not "found the wreckage", "will find it credible")
_FOUND_TO_BE = re.compile(_NOT_TO_COME +
                          r"\b(?:found|finds|judged|judges|deemed|deems|considers|considered)"
                          r"(?=\s+(?:(?:the|its|their|his|her|this|these|those|both|all|each|every)\s+[^.;,:]{1,60}?|it|them)"
                          r"\s+(?:to\s+be\s+)?(?:(?:consistent|inconsistent|"
                          r"compatible|incompatible)\s+with|authentic|genuine|credible|fake|false|forged|staged|doctored|"
                          r"manipulated|(?:un)?reliable|(?:in)?accurate|(?:un)?founded|(?:un)?lawful|(?:il)?legal)\b)")
#: a statement issued and then given after a colon: "has just issued a statement: any decision would …"
_ISSUED_COLON = re.compile(r"\b(?:released|issued|issues|put\s+out|published|sent\s+out|read\s+out)\s+(?:a|an|the|its)\s+"
                           r"(?:[\w-]+\s+){0,2}?(?:statement|communiqu[eé]|message|note|declaration)"
                           r"(?:\s+(?:on|in|late|early|this|last)\s+[\w .]{1,30}?)?\s*:(?=\s+\S)", re.I)
#: a fear said aloud is a warning: "Custodia fears that they are at risk of torture" (never the noun: "amid fears that",
#: "growing fears that", "raised fears that")
_FEARS_THAT = re.compile(r"(?<!\bamid\s)(?<!\bover\s)(?<!\bare\s)(?<!\bwere\s)(?<!\bof\s)(?<!\bwith\s)(?<!ing\s)(?<!ed\s)"
                         r"\b(?:fears|feared|fear)(?=" + THAT_CLAUSE.pattern + ")")
#: a call in the subjunctive: "asked that the Commission examine the launchers", "requests that both sides withdraw"
_ASKED_THAT = re.compile(r"(?<!\bwhen\s)(?<!\bif\s)\b(?:asked|asks|asking|requests?)(?=\s+that\s)(?!" + ANONYMOUS + ")")
#: a call verb whose object came before it, followed only by where or when: "the consultations that Halvenia
#: requested under Article 6", "the talks Moscow demanded in March"
_NO_OBJECT = re.compile(r"(?:under|in|at|during|after|before|since|from|with|by|on|last|this|earlier|yesterday|today)\b"
                        r"(?![^.;]*\b(?:that|to)\s)")
#: a call made again or kept to, named by its noun: "renewed his call for talks", "reiterated the appeal to allies"
_RENEWED_CALL = re.compile(r"\b(?:renew(?:s|ed|ing)?|repeat(?:s|ed|ing)?|reiterat(?:es|ed|ing)|restat(?:es|ed|ing)|"
                           r"stood\s+by|stands\s+by|issued|issues)\s+(?:his|her|its|their|an?|the|this)\s+"
                           r"(?:earlier\s+|urgent\s+|previous\s+|repeated\s+|public\s+)?(?:calls?|appeals?|demands?)\s+"
                           r"(?:for|to|on)(?=\s)", re.I)
#: cues no verb list holds, with the cue each is and whether it must read as a verb: "asked Beijing to play a
#: constructive role" and "asked for sanctions" (calls), "put the total number at 11,000" (a claim), "waved the
#: reports away" (a dismissal)
_OTHER_CUES = ((_ASKED_TO, Cue("call", None, "ask"), False), (_ASKED_FOR, Cue("call", None, "ask for"), False),
               (_ASKED_THAT, Cue("call", None, "ask"), True),
               (_PUT_AT, Cue("claim", None, "put"), False),
               (_FOUND_THAT, Cue("claim", None, "find"), True), (_FOUND_TO_BE, Cue("claim", None, "find"), True),
               (_ISSUED_COLON, Cue("claim", None, "issue"), False),
               (_FEARS_THAT, Cue("warning", None, "fear"), True),
               (_SPLIT_DISMISSAL, Cue("dismissal", None, "wave away"), True),
               (_BEEN_CLEAR, Cue("claim", None, "say"), False))


def _events(text: str, s_start: int, s_end: int) -> list[tuple[re.Match, Cue]]:
    """The cues of a sentence in text order: refusals and renewed calls first, then the verbs not inside one."""
    events = [(m, cue_of(m)) for m in NONCOMMIT_RE.finditer(text, s_start, s_end)]
    events += [(m, Cue("call", None, "call")) for m in _RENEWED_CALL.finditer(text, s_start, s_end)]
    taken = [(m.start(), m.end()) for m, _ in events]
    # what a speaker cites is a noun phrase: "citing Belmark estimates, said"
    taken += [(c.start(), c.end()) for c in _CITED.finditer(text, s_start, s_end)]
    for m in CUE_RE.finditer(text, s_start, s_end):
        if any(a <= m.start() < b or m.start() <= a < m.end() for a, b in taken) or not is_verb(text, m):
            continue
        # "told its members on Thursday to wait for escorts": an order, as "asked them to wait" is a call
        events.append((m, Cue("call", None, "tell") if _TOLD_TO.match(text, m.start(), s_end) else cue_of(m)))
        taken.append((m.start(), m.end()))
    for pattern, cue, verb_only in _OTHER_CUES:
        for m in pattern.finditer(text, s_start, s_end):
            if not any(a <= m.start() < b for a, b in taken) and (not verb_only or is_verb(text, m)):
                events.append((m, cue))
    for m in LABEL_RE.finditer(text, s_start, s_end):
        clause_end = _clause_end(text, m.end(), s_end)
        if not any(a <= m.start() < b for a, b in taken) and is_verb(text, m) and \
                _AS_LABEL.search(text, m.end(), min(clause_end + 2, s_end)):
            events.append((m, Cue("dismissal", None, "label")))
        elif not any(a <= m.start() < b for a, b in taken) and is_verb(text, m) and \
                re.match(r"(?:describ|characteri[sz]|portray|depict|brand)", m.group(), re.I) and \
                re.match(r"\s+(?:[\w'’-]+\s+){1,8}?as\s+[“\"‘]?\w", text[m.end():clause_end]):
            events.append((m, Cue("claim", None, "describe")))  # "described the deployment as an escalation"
        elif not any(a <= m.start() < b for a, b in taken) and is_verb(text, m) and \
                _NAMED_AS.match(text, m.end(), clause_end + 1):
            events.append((m, Cue("claim", None, "label")))  # 'called the boarding "an act of piracy"'
    return sorted(events, key=lambda e: e[0].start())


#: a speaker set off by a comma just before a cue that ends the sentence: "…, a spokesman said on Friday."
_SPEAKER_LAST = re.compile(r",\s+(?!(?:and|but|or|nor|which|who|whom|whose|where|when|while|as|if|because|although|"
                           r"though|that|so|yet|even|since|after|before|until|unless)\b)"
                           r"(?P<np>[\w.'’-]+(?:\s+[\w.'’-]+){0,5})\s*$", re.I)
_SHORT_TAIL = re.compile(r"(?:\s+(?!that\b)[\w.'’-]+){0,10}\s*[.!?”\"’]*\s*")


def _ends_sentence(text: str, m: re.Match, cue: Cue, s_start: int, s_end: int, index: ActorIndex) -> bool:
    """True for an attribution after the words ("…, said Dmitry Peskov.", "…, a spokesman said."): it owns
    everything before it, so it is read first, before any cue in the words ("Ardenne does not comment on …")."""
    if m.group().endswith("ing"):
        return False
    pre = text[s_start:m.start()]
    if re.search(r",\s*$", pre):
        return bool(_INVERTED_TAIL.fullmatch(_RELATIVE_TAIL.sub("", text[m.end():s_end])))
    # "The NIS estimated that P, Lee said": the NIS speaks and Lee relays, which the clause's own cue reads
    return bool(cue.type == "claim" and (last := _SPEAKER_LAST.search(pre)) and
                _SHORT_TAIL.fullmatch(text, m.end(), s_end) and not CUE_RE.search(last["np"]) and
                index.speakers(last["np"]) and
                not any(re.match(r"\s*,?\s*(?:that|whether)\b", text[c.end():m.start()])
                        for c in CUE_RE.finditer(text, s_start, m.start())))


#: a naming verb's object and a label that does not dismiss it: 'called the shelling “a war crime”', 'branded the
#: seizure an act of piracy', 'called talk of sabotage “an insult”', 'called it “far too early”' (but not "called the
#: minister a day later")
_NAMED_AS = re.compile(r"\s+(?:(?:the|this|that|these|those|its|his|her|their|[A-Z][\w'’-]*['’]s?)\s+"
                       r"(?:[\w'’-]+\s+){0,5}?|(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?=[“\"‘])|"
                       r"(?:it|them|(?-i:[a-z][\w'’-]*)(?:\s+(?-i:[a-z][\w'’-]*)){0,3})\s+(?=[“\"‘]))"
                       r"(?:[“\"‘][^”\"’]{3,60}[”\"’]|an?\s+(?!(?:day|week|month|year|hour|few|second|number)\b)[\w-]+"
                       r"(?:\s+[\w-]+){0,4}(?=\s*[.,;]|\s+(?:and|but)\s|\s*$))", re.I)


#: a thing named, then who rejects or confirms it: "a deployment both Kordesk and Tashgard deny", "claims that
#: Moscow has dismissed" (the relative clause ends the clause it is in)
_NAMED_THEN_JUDGED = re.compile(
    r"(?P<obj>\b(?i:a|an|the|this|these|those|such)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)(?:,?\s+(?:that|which))?\s+"
    r"(?P<subj>(?:both\s+)?(?:the\s+)?[A-Z][\w’'-]+(?:\s+[\w’'-]+){0,3}?"
    r"(?:(?:,\s*|\s+and\s+)(?:the\s+)?[A-Z][\w’'-]+(?:\s+[\w’'-]+){0,3}?)*)"
    r"\s+(?:has\s+|have\s+|had\s+|also\s+|still\s+)?(?:\w+ly\s+)?(?<!\bnot\s)(?<!\bnever\s)(?<!n['’]t\s)"
    r"(?P<cue>den(?:y|ies|ied)|reject(?:s|ed)?|dismiss(?:es|ed)?|disput(?:e|es|ed)|confirm(?:s|ed)?|acknowledg(?:e|es|ed))"
    r"(?=\s*[.,;)]|\s*$|\s+as\s+[\w\s“”\"-]+[.;]?$)")


#: "Kaldor and Zeloria traded accusations", "the two sides blamed each other": an accusation by each
_RECIPROCAL = re.compile(
    r"(?P<subj>(?:the\s+)?[A-Z][\w’'-]+(?:\s+[\w’'-]+){0,2}?\s+and\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[\w’'-]+){0,2}?)\s+"
    r"(?:have\s+|had\s+|again\s+)?(?:(?:traded|exchanged|swapped)\s+(?:\w+\s+)?(?:accusations|blame|charges|"
    r"recriminations)|(?:accused|blamed)\s+(?:each other|one another))")


def _reciprocal(text: str, sentence: tuple[int, int], index: ActorIndex) -> list[Found]:
    """Two speakers accusing each other: one accusation by each, the words being the whole phrase."""
    found = []
    for m in _RECIPROCAL.finditer(text, *sentence):
        speakers = index.speakers(m["subj"])
        if len(speakers) != 2:
            continue
        for speaker in speakers:
            found.append(Found(speaker, m.group()[len(m["subj"]):].strip(), "accusation", m.start(), m.end(), False,
                               sentence, text[sentence[0]:sentence[1]], rule="accusing each other"))
    return found


def _named_then_judged(text: str, sentence: tuple[int, int], index: ActorIndex) -> list[Found]:
    """'…, the most detailed account yet of a deployment both Kordesk and Tashgard deny.': a denial by each."""
    found = []
    for m in _NAMED_THEN_JUDGED.finditer(text, *sentence):
        subject = re.sub(r"^both\s+", "", m["subj"])
        speakers = [s for s in index.speakers(subject) if s.known or index.kind(s.actor) != "person"]
        if not speakers or len(speakers) < len(re.split(r",\s*|\s+and\s+", subject)):
            continue
        kind = cue_of(CUE_RE.match(m["cue"])).type
        for speaker in speakers:
            found.append(Found(speaker, m["cue"], kind, m.start("obj"), m.end("cue"), False, sentence,
                               text[sentence[0]:sentence[1]], rule="a thing named, then who judges it",
                               match_from=m.start("obj"), match_to=m.end("obj")))
    return found


#: a document whose words "read" gives: '"…," the statement read', "Wednesday's update read:"
_DOCUMENT_READS = re.compile(r"\b(?:statement|post|letter|message|update|note|text|communiqu[eé]|release|readout|"
                             r"bulletin|sign|banner|caption|placard|leaflet|notice|tweet|entry|headline|it)s?\s*$", re.I)


def find_indirect(text: str, sentence: tuple[int, int], index: ActorIndex, skip: list[tuple[int, int]],
                  quoted: list[Found] = ()) -> list[Found]:
    """Indirect attributions in one sentence, outside the spans in ``skip`` (quotes, earlier contents);
    ``quoted`` are the sentence's direct quotes, whose speaker a trailing participle continues."""
    s_start, s_end = sentence
    found: list[Found] = _named_then_judged(text, sentence, index) + _reciprocal(text, sentence, index)
    covered = list(skip) + [(f.start, f.end) for f in found]
    # the writer's aside that holds them ("…, the most detailed account yet of …") is no one's reported words
    asides = [text.rfind(", ", s_start, f.start) for f in found]
    events = _events(text, s_start, s_end)
    # an attribution after the words ("…, said Dmitry Peskov.") owns everything before it: read it first
    events.sort(key=lambda e: not _ends_sentence(text, *e, s_start, s_end, index))
    for m, info in events:
        if any(a <= m.start() < b for a, b in covered):
            continue
        kind, cue, certainty, more = info.type, " ".join(m.group().split()), info.certainty, []
        pre = text[s_start:m.start()]
        if info.lemma == "read" and not _DOCUMENT_READS.search(pre):
            continue  # "read the report", "read a statement to the hearing": reading, not a document's words
        if _HEARSAY_SAID.match(pre):
            continue  # "Posts shared on X say that North Korea has admitted …": said by posts, not North Korea
        if _ASKED_CLAUSE.search(pre):
            continue  # "Asked whether Moscow denied the reports, he replied …": the question's verb, no one's statement
        reportedly = bool(REPORTEDLY.search(pre + cue))
        if info.lemma == "according to":
            (speakers, content_start, content_end), via, rule = _according_to(text, m, s_start, s_end, index), [], "according to"
            if content_start < m.start() and (relayed := _RELAYED.match(text, content_start, content_end)) and \
                    (heard := index.speakers(_INTRO.sub("", relayed["np"]))):
                # "The agency told lawmakers that P, according to Lee": the agency's words, relayed by Lee
                speakers, via, content_start, rule = heard, [s.actor for s in speakers], relayed.end(), "according to, relaying"
        elif (as_x := _AS_X_SAID.search(pre)) and _AS_SAID_TAIL.match(text, m.end(), s_end) and \
                (speakers := index.speakers(as_x["np"])):
            # "… whether Keldorian forces had opened fire first, as Foreign Minister Koritar said on Friday, Vashel
            # replied …": the clause before the "as" is what X said
            via, rule = [], "as X said, after the words"
            leads = list(_CLAUSE_LEAD.finditer(pre, 0, as_x.start()))
            content_start, content_end = s_start + (leads[-1].end() if leads else 0), s_start + as_x.start()
        elif (mid := _MIDDLE.search(pre)) and len(pre[:mid.start()].split()) >= 2 and \
                _MIDDLE_END.match(text[m.end():s_end]) and not _aside_after(text, m.end(), s_end) and \
                not _ATTRIBUTION_GOES_ON.match(text, m.end(), s_end) and \
                (speakers := index.speakers(mid["np"])):
            # "Every one of those drones, he added, had reached Zeloria": the words around the attribution
            via, rule = [], "attribution in the middle"
            content_start = _after_dateline(s_start, pre)
            content_end = trim_end(text, content_start, s_end)
            if conj := _AND_MORE.match(text, m.end(), s_end):
                more, content_end = [(conj.end(), content_end)], s_start + mid.start()
        else:
            speakers, via, content_start, rule = _speakers_before(text, m, s_start, s_end, index, found,
                                                                  [q for q in quoted if q.end <= m.start()])
            if content_start is None and rule == "attribution after the words":
                content_start = _after_dateline(s_start, pre)
                content_end = trim_end(text, content_start, m.start(), " ,")
                if contrast := list(re.finditer(r",?\s+(?:however|but|yet)\s*,?\s+", text[content_start:content_end])):
                    content_start += contrast[-1].end()  # "X claimed P, however, Q, said Y": Q is Y's own
                speakers = speakers if content_end > content_start else []
            elif content_start is None:  # "That was confirmed by X, which stated that …"
                if speakers:
                    found.append(Found(speakers[0], cue, kind, s_start, s_end, False, sentence, pre,
                                       reportedly=reportedly, pending=True, rule=rule))
                    index.remember(speakers[0], pre)
                agent = _BY_AGENT.match(text[m.end():s_end])
                covered.append((m.start(), m.end() + (len(agent[0]) if agent else 0)))
                continue
            if rule == "subject before cue" and (cited := _CITED_BEFORE.search(pre)) and \
                    (sources := index.speakers(cited["who"] or cited["first"])):
                # "Temba, citing Kestrian estimates, said …", "Citing the ministry, KorPress said …": the estimates'
                # authors speak, Temba relays
                relay = subject_speakers(_chunks_before(text, s_start, s_start + cited.start()), index) \
                    if cited["who"] else speakers
                via, speakers, rule = [s.actor for s in relay], sources, rule + ", citing"
            if rule != "attribution after the words" and speakers and \
                    (sources := _CITING.match(text, content_start, s_end)) and \
                    (cited := index.speakers(sources["who"])):
                # "The paper reported, citing US and Ukrainian officials, that …": the officials speak, the paper relays
                via, speakers, content_start = [s.actor for s in speakers], cited, sources.end("who")
                rule += ", citing"
            as_said = bool(_AS_SAID.match(_DATELINE.sub("", pre)))
            if rule != "attribution after the words":
                after_cue = content_start
                content_start, content_end = _words_after(text, content_start, s_start, s_end, pre,
                                                          info.lemma == "tell" and info.type != "call")
                if as_said and (comma := _AS_SAID_TAIL.match(text, after_cue, s_end)):
                    content_start = comma.end()  # "As the ministry stated on 4 May, the side is ready …"
                if (conj := _AND_MORE.match(text, after_cue, s_end)) and (comma := _LAST_COMMA.search(pre)):
                    # "The photographs were fakes, the ministry said, and no soldier had crossed": words on both sides
                    more = [(conj.end(), trim_end(text, conj.end(), _clause_end(text, conj.end(), s_end)))]
                    content_start = _after_dateline(s_start, pre[:comma.start()])
                    content_end = s_start + comma.start()
            else:
                after_cue = content_start
            if info.lemma == "want" and not _WANTED.match(text, content_start, content_end):
                continue  # "Belmark wants peace", "wants to talk": a wish, not a call on anyone
            if rule != "attribution after the words" and info.lemma in NEEDS_CLAUSE and content_start > after_cue and \
                    not re.search(r"\bthat\b|:", text[after_cue:content_start]) and not as_said and \
                    not _PERCEIVED.match(text, after_cue) and not _COUNT_OBJECT.match(text, after_cue) and \
                    not re.match(r"\s+[“\"]", text[after_cue:after_cue + 3]):  # 'reported "a hostile intrusion"'
                continue  # "maintains a broad relationship": an ordinary verb, not a report
            if rule != "attribution after the words" and speakers and \
                    (informed := _INFORMED_BY.match(text, content_start, content_end)) and \
                    (sources := index.speakers(informed["np"])):
                # "Solvang said she had been informed by Tamberia's foreign ministry that …": the ministry speaks
                via, speakers, content_start = [s.actor for s in speakers], sources, informed.end()
                rule += ", informed by"
        if (rule == "relative clause" or re.search(r",\s+(?:who|which)\b[^,]*$", pre)) and \
                (resumed := _MAIN_CLAUSE.search(text, content_start, content_end)):
            # "Voss, who in March could not confirm that P, said on Monday that Q": P ends where her clause resumes
            content_end = resumed.start()
        said_before = _said_earlier(text, content_start, content_end, s_end) if speakers else None
        if said_before:
            content_end = trim_end(text, content_start, said_before[0], " ,")
        if not speakers or (content_end <= content_start and kind != "non_confirmation"):
            continue  # a refusal needs no words after it: "Dravina declined to comment."
        match_from = match_to = None
        if kind == "non_confirmation":
            match_from = content_start
            content_start = m.start()  # the refusal is part of what is quoted ("could not confirm …")
            content_end = max(content_end, m.end())
        near = _word_end(text, min(content_start + 40, content_end))
        inner_nc = NONCOMMIT_RE.search(text, content_start, near)
        # a cue near the start of the words may be a relayed speaker's ("the National Intelligence Service had assessed
        # that"), farther only before any comma
        comma = text.find(",", content_start, content_end)
        farther = _word_end(text, min(content_start + 70, comma if comma >= 0 else content_end))
        inner = CUE_RE.search(text, content_start, near) or CUE_RE.search(text, content_start, farther)
        if inner and cue_of(inner).lemma == "read" and not _DOCUMENT_READS.search(text, content_start, inner.start()):
            inner = None  # "I have read that letter": reading, not what a letter says
        if kind == "claim" and not inner_nc and len(text[content_start:content_end].split()) <= 20:
            inner_nc = NONCOMMIT_RE.search(text, content_start, content_end)
        if kind == "claim" and inner_nc and (inner_nc.start() - content_start < 30 or
                                             len(text[content_start:content_end].split()) <= 20) and \
                not re.search(r"\bthat\b", text[content_start:inner_nc.start()]):
            kind, cue, content_start, match_from = "non_confirmation", inner_nc.group(), inner_nc.start(), inner_nc.end()
            rule += ", refusal inside"
        elif inner and kind == "claim" and cue_of(inner).type != "claim" and is_verb(text, inner) and \
                _OWN_SIDE.match(text[content_start:inner.start()].replace("“", "").replace('"', "")):
            # "X said his country 'categorically rejects' the allegations": a denial by X
            kind, cue = cue_of(inner).type, inner.group()
            content_start = relayed_start(text, inner, content_end)
            content_start += len(text[content_start:content_end]) - len(text[content_start:content_end].lstrip(" ”\""))
            rule += ", own side's verb inside"
        elif inner and kind == "claim" and is_verb(text, inner) and rule != "attribution after the words" and \
                (content_start > m.end() or rule == "according to") and (cue_of(inner).lemma not in NEEDS_CLAUSE or
                                             _THAT.match(text[inner.end():content_end]) or rule == "according to") and \
                (relayed := _relayed(text, content_start, inner, content_end, index, rule == "according to")):
            # "X reported that Y said that …": Y speaks, X relays
            via = [s.actor for s in speakers]
            speakers, kind, cue, content_start = relayed, cue_of(inner).type, inner.group(), relayed_start(text, inner, content_end)
            certainty = cue_of(inner).certainty
            rule += ", relayed"
        elif kind in ("claim", "dismissal") and (label := _label(text, m, content_start, s_end)):
            match_from, match_to = content_start, label[0]
            kind, content_end, rule = "dismissal", label[1], rule + ", naming it false"
        if found and found[-1].pending and found[-1].speaker.actor == speakers[0].actor:
            pending = found.pop()  # the passive cue gives the type; this clause gives the words
            kind, cue, reportedly = pending.kind, pending.cue, pending.reportedly or reportedly
        for aside in asides:
            if content_start < aside < content_end:
                content_end = aside
        if text.count("“", content_start, content_end) > text.count("”", content_start, content_end) and \
                (closing := re.match(r"[,.!?]?”", text[content_end:content_end + 2])):
            content_end += closing.end()  # 'the shelling “a war crime”': the closing mark the trim took
        attribution = text[s_start:content_start] + text[content_end:s_end]
        clauses = _that_clauses(text, content_start, content_end) if kind != "call" else \
            [] if _NO_OBJECT.match(text, content_start, content_end) else _addressees(text, content_start, content_end)
        parts = [part for a, b in clauses + more
                 for part in (_split_but(text, a, b, kind) if kind in ("claim", "non_confirmation") else [(a, b, kind)])]
        for a, b, k in parts:
            for speaker in speakers:
                found.append(Found(speaker, cue, k, a, b, False, sentence, attribution, via=list(via),
                                   reportedly=reportedly, rule=rule + (", second part" if a != content_start else ""),
                                   certainty=certainty, match_from=match_from, match_to=match_to))
                index.remember(speaker, attribution)
        covered.append((content_start, content_end))
        if said_before:
            _, cue_match, start, end, days = said_before
            earlier_cue = cue_of(cue_match)
            when = text[s_start:content_start] + text[content_end:s_end] if days is not None else \
                text[cue_match.start():start]  # "after saying Saturday that …": its own day
            for speaker in speakers:
                found.append(Found(speaker, cue_match.group(), earlier_cue.type, start, end, False, sentence, when,
                                   rule=rule + ", said earlier", certainty=earlier_cue.certainty, days_before=days))
            covered.append((cue_match.start(), end))
    return found


#: a statement the same speaker made earlier, told after the words: "…, four days after telling PELPRESS that P",
#: "…, a day after denying any role", "…, after saying Saturday that P"
_SAID_EARLIER = re.compile(r",?\s+(?:(?P<gap>(?:just\s+|only\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
                           r"\d{1,2})\s+(?P<unit>hours?|days?|weeks?)|hours|days|weeks)\s+)?after\s+(?=" + _SAYING + ")")
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10}


def _said_earlier(text: str, start: int, end: int, s_end: int) -> tuple[int, re.Match, int, int, int | None] | None:
    """Where the words of an attribution stop because what follows tells what the speaker said before ("blamed the
    breach on a rocket strike, four days after telling PELPRESS that the dam had collapsed"): that point, the
    earlier cue, its words, and how many days before it was said (None when its own words date it, or when they
    say only "days after")."""
    m = _SAID_EARLIER.search(text, start, end)
    if not m or m.start() <= start:
        return None
    cue = CUE_RE.match(text, m.end())
    if not cue:
        return None
    rest = text[cue.end():s_end]
    that = _THAT.match(rest)
    words = cue.end() + (that.end() if that else len(rest) - len(rest.lstrip(" ,")))
    words_end = trim_end(text, words, _clause_end(text, words, s_end))
    if words_end <= words:
        return None
    days = None
    if m["gap"]:
        count = m["gap"].split()[-2].lower()
        n = int(count) if count.isdigit() else _NUMBER_WORDS.get(count, 1)
        days = 0 if m["unit"].startswith("hour") else n * (7 if m["unit"].startswith("week") else 1)
    return m.start(), cue, words, words_end, days


def _label(text: str, cue: re.Match, start: int, end: int) -> tuple[int, int] | None:
    """'called the reports "baseless"': where the object ends and the label ends, when a naming verb dismisses it."""
    if not LABEL_RE.fullmatch(cue.group()) and not re.match(r"(?:dismiss|reject)", cue.group(), re.I):
        return None
    m = _AS_LABEL.search(text, start, end)
    if not m or m.start() <= start or m.start() - start > 120:
        return None
    label_end = m.end()
    opened = text[m.start():label_end]
    if opened.count("“") > opened.count("”") or opened.count('"') % 2:
        # 'called the shelling "a staged provocation by the occupiers"': the label runs to its closing mark
        close = re.compile(r"[”\"]").search(text, label_end, end)
        label_end = close.start() if close and close.start() - label_end <= 120 else label_end
    while label_end < end and text[label_end] in ".,”\"’'":
        label_end += 1
    return m.start(), label_end


def _that_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """'said that A and that B': two reported clauses, two statements, each about what it says.

    >>> t = 'the committee had been "fed fairy tales" and that Estmark was wrong'
    >>> [t[a:b] for a, b in _that_clauses(t, 0, len(t))]
    ['the committee had been "fed fairy tales"', 'Estmark was wrong']
    """
    bounds, at = [], start
    for m in re.finditer(r",?\s+(?:and|but)\s+(?:also\s+)?that\s+", text[start:end]):
        bounds.append((at, trim_end(text, at, start + m.start(), " ,")))
        at = start + m.end()
    bounds.append((at, end))
    return bounds


#: a call's second addressee and what it is asked: "called on A to X, and on B to Y", "urged A to X and B to Y"
_NEXT_ADDRESSEE = re.compile(r",?\s+and\s+(?:(?:on|upon)\s+(?P<on>(?:the\s+|both\s+|all\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?)|"
                             r"(?P<name>(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}|the\s+[a-z]+))\s+to\s+"
                             r"(?!the\b|a\b|an\b|its\b|their\b)[a-z]+\b")

#: who a call is on, and what it asks of them: "Tarsk to open", "both sides to respect"
_ADDRESSEE = re.compile(r"\s*(?:the\s+|both\s+|all\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,4}?\s+to\s+[a-z]+")


def _addressees(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A call on two addressees, each asked something of its own: two calls, each about what it asks.

    >>> t = "Tarsk to open the northern crossings, and on Vell to stop shelling the road"
    >>> [t[a:b] for a, b in _addressees(t, 0, len(t))]
    ['Tarsk to open the northern crossings', 'Vell to stop shelling the road']
    """
    found = _NEXT_ADDRESSEE.search(text, start, end)
    if not found or not _ADDRESSEE.match(text, start, found.start()):
        return [(start, end)]
    second = found.start("on") if found.group("on") else found.start("name")
    return [(start, trim_end(text, start, found.start(), " ,")), (second, end)]


def _split_but(text: str, start: int, end: int, kind: str = "claim") -> list[tuple[int, int, str]]:
    """'A, but B is unclear': a claim A and a no-comment B under one attribution; 'could not verify reports
    that A, but such a deployment would B': a refusal and a claim of its own (a clause with its own verb)."""
    for m in _BUT.finditer(text, start, end):
        second = text[m.end():end]
        if kind == "claim" and _UNCLEAR.search(second) and m.start() - start > 15:
            return [(start, m.start(), "claim"), (m.end(), end, "non_confirmation")]
        if kind == "non_confirmation" and _FINITE.search(second) and not _UNCLEAR.search(second) and \
                not NONCOMMIT_RE.search(second) and m.start() - start > 15 and len(second.split()) >= 4:
            return [(start, m.start(), "non_confirmation"), (m.end(), end, "claim")]
    return [(start, end, kind)]


def find_nominal(text: str, sentence: tuple[int, int], index: ActorIndex, skip: list[tuple[int, int]]) -> list[Found]:
    """Reporting nouns: "claims by X that …", "X's assertion that …", "X's rejection of the report as 'baseless'"."""
    s_start, s_end = sentence
    found = []
    for pattern, rule in ((_NOUN_BY, "reporting noun with 'by'"), (_NOUN_OF, "reporting noun with 'of'"),
                          (_NOMINAL, "possessive reporting noun")):
        for m in pattern.finditer(text, s_start, s_end):
            if any(a <= m.start("noun") < b for a, b in skip):
                continue
            noun = m["noun"].lower().rstrip("s") if m["noun"].lower() not in ("insistence",) else "insistence"
            noun = "acknowledgment" if noun.startswith("acknowledg") else noun
            kind = _NOUN_TYPE.get(noun)
            np = m["np"]
            if pattern is _NOMINAL:
                np = re.split(r"\b(?:the|to|of|on|that|by|from|with|after|over)\s+(?=[A-Z]|the\b)", np)[-1] if \
                    not index.mentions(np) else np
            speakers = index.speakers(_INTRO.sub("", np))
            if not kind or not speakers or (kind == "call" and m.group("link") not in ("for", "to")):
                continue
            start = m.end()
            end = _clause_end(text, start, s_end)
            if then := _NEXT_SPEAKER.search(text, start, end):
                end = then.start()  # "Commenting on claims by Kyiv that P, Zakharova said …": P, not her words
            if judged := _JUDGED.search(text, start, end):
                end = judged.start()  # "Claims by X that P have not been verified": P, not the verdict
            if kind == "dismissal" and (label := _AS_LABEL.search(text, start, end)):
                end = label.start()
            if end - start < 3:
                continue
            for speaker in speakers:
                found.append(Found(speaker, m["noun"], kind, start, end, False, sentence,
                                   text[s_start:start], rule=rule))
                index.remember(speaker, text[s_start:start])
            skip = skip + [(start, end)]
    return found


def find_passive_proposals(text: str, sentence: tuple[int, int], index: ActorIndex) -> list[Found]:
    """'…, an idea put on the table by X': a proposal whose words are the phrase before the cue."""
    found = []
    s_start, s_end = sentence
    for m in re.finditer(r"(?P<np>(?:the|an?)\s+(?:idea|proposal|plan|suggestion)[^,]*?)(?:,\s*an?\s+(?:idea|proposal|plan)\s+|\s+)"
                         r"(?P<cue>put on the table|put forward|proposed|floated)\s+by\s+(?P<agent>[^,.]+)", text[s_start:s_end]):
        agent = re.sub(r"\s+(?:earlier|last|this|in)\b.*$", "", m["agent"])
        for speaker in index.speakers(agent):
            index.remember(speaker)
            found.append(Found(speaker, m["cue"], "call", s_start + m.start("np"), s_start + m.end("agent"), False,
                               sentence, m["agent"], rule="passive proposal"))
    return found


def _relayed(text: str, start: int, inner: re.Match, end: int, index: ActorIndex,
             pronouns: bool = False) -> list[Speaker]:
    """The speakers of an attribution nested at the start of a content ("… that Y said …"), if any; with
    ``pronouns``, "he" or "she" too ("In his speech, according to state media, he said …")."""
    subject = text[start:inner.start()].strip(" ,")
    if not subject or len(subject.split()) > 8:
        return []
    if subject.lower() in PRONOUNS:
        return [found] if pronouns and subject.lower() in ("he", "she") and (found := index.refer(subject)) else []
    return [s for s in index.speakers(subject) if s.known]


def _word_end(text: str, at: int) -> int:
    """``at``, or the end of the word it falls in: a search window cut inside "assessed" would find "assess"."""
    while 0 < at < len(text) and text[at].isalnum() and text[at - 1].isalnum():
        at += 1
    return at


def relayed_start(text: str, inner: re.Match, end: int) -> int:
    """Where the words of a nested attribution begin: after its cue and an optional 'that'."""
    that = _THAT.match(text[inner.end():end])
    return inner.end() + (that.end() if that else len(text[inner.end():end]) - len(text[inner.end():end].lstrip()))

"""Raw news text to a draft annotation: attributed statements for a person to review.

>>> import datetime as dt
>>> from kg.extract import extract
>>> draft = extract('“It is fake news,” Dmitry Peskov said on Monday.', dt.date(2024, 10, 21), {}, {})
>>> [(s["speaker"], s["type"], s["date"]) for s in draft.statements]
[('dmitry_peskov', 'dismissal', '2024-10-21')]
>>> draft.actors
[{'id': 'dmitry_peskov', 'type': 'person', 'name': 'Dmitry Peskov'}]

Everything is rule-based (see :mod:`kg.extract.lexicon`): no model and no data are
downloaded. Each statement carries a ``confidence`` and ``review: pending``; new actors
and propositions are proposed in the draft, never silently added, and no entailment
link is ever invented.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..annotations import DEFAULT_FACTUALITY, Actor, Place, Proposition, Statement
from ..compile import sentence_spans
from .attribution import (ASIDE, CHECKED_CLAIM, QUOTE, TRANSCRIPT, Found, checked_claim, find_indirect, find_nominal,
                          find_passive_proposals, find_quotes, interviewers, introduce_cast, introduces, labelled_quote,
                          labelled_source, listed_speaker, paragraph_quote, paragraphs, past_asker_label, quote_reach,
                          rated_claim, rebuttal, running_on, source_line, stance_of, transcript_speaker, trim_end)
from .dates import TIMESTAMP, day_heading, day_led, find_date, note_days, noted_day, session_date, speech_date
from .factbox import BULLET, entry_of, listed_by
from .letters import (AS_TOLD, LETTER, OP_ED, RECORDED, TIME_CODE, WRITTEN_ANSWER, as_told_to, document_header,
                      heading_lines, is_formality, issued_title, issuer_heading, letter, written_answer,
                      letters_to_editor, op_ed, recorded_statement, signs_off, unshouted)
from .lexicon import DISMISSIVE, MANNER_DISMISSALS, MEDIA_NOUNS, POSSIBLE, PROBABLE, STOPWORDS, WARNING_CONTENT
from .marks import plain
from .match import Matcher, similar
from .polarity import negated, same_negation, understated
from .mentions import OWNER_PRONOUNS, ActorIndex, Speaker, slugify
from .propose import draft_id
from .referents import (ANAPHOR, CONTENT_GIVEN, CULPRIT, EACH_OTHER, EACH_OTHER_WORDS, ELSEWHERE, LATEST, OWN_DEED,
                        RESPONSES, answered, blamed, cites, culprit, deferred, introduced, open_question, own_deed,
                        own_raised, raised, referent, says_otherwise)


@dataclass
class Draft:
    """A draft annotation: article metadata, statements, proposed actors and propositions.

    ``explanations`` holds, per statement id, why it was drafted: the cue, the rule, the
    attribution words and the ranked candidate propositions (``kg extract --explain``).
    """

    article: dict
    statements: list[dict] = field(default_factory=list)
    actors: list[dict] = field(default_factory=list)
    propositions: list[dict] = field(default_factory=list)
    explanations: dict[str, dict] = field(default_factory=dict)

    def to_yaml(self) -> str:
        """The draft in kg's annotation format, ready for review."""
        doc = {"article": self.article}
        if self.actors:
            doc["actors"] = self.actors
        if self.propositions:
            doc["propositions"] = self.propositions
        doc["statements"] = self.statements
        header = ("# Draft annotation written by 'kg extract'. Review every statement: check speaker, type,\n"
                  "# factuality, date and proposition ('candidates' ranks the closest ones), then delete its\n"
                  "# 'review: pending' line. Proposed actors and propositions need the same care; add\n"
                  "# entails/incompatible_with links yourself.\n")
        return header + yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=110)

    def records(self) -> list[Statement]:
        """The drafted statements as annotation records, as ``kg eval`` reads them."""
        place = Place(Path("draft"), 0)
        day = lambda s, k: dt.date.fromisoformat(s[k]) if s.get(k) else None  # noqa: E731
        return [Statement(s["id"], s["type"], s["speaker"], s["about"], s.get("factuality", DEFAULT_FACTUALITY[s["type"]]),
                          day(s, "date"), day(s, "earliest"), day(s, "latest"), s["cue"], s["quote"], s["start"],
                          s["direct"], tuple(s.get("via", ())), bool(s.get("reportedly")), (), None, None, place)
                for s in self.statements]

    def explain(self) -> str:
        """For each drafted statement: the cue, the rule and the words that produced it, and the candidates."""
        lines = []
        for s in self.statements:
            e = self.explanations.get(s["id"], {})
            lines.append(f"{s['id']}  [{s['start']}-{s['start'] + len(s['quote'])}]  {s['type']} "
                         f"{s.get('factuality', DEFAULT_FACTUALITY[s['type']]) or ''} by {s['speaker']}")
            lines.append(f"  cue:      {s['cue']!r} ({e.get('rule', '')})")
            lines.append(f"  speaker:  {e.get('speaker_rule', '')}")
            lines.append(f"  words:    {e.get('attribution', '').strip()!r}")
            lines.append(f"  quote:    {s['quote']!r}")
            lines.append(f"  about:    {s['about']} ({e.get('about_rule', '')})")
            for c in e.get("candidates", []):
                lines.append(f"    {c.score:5.2f}  {c.proposition} \"{c.text}\": {c.why}")
        return "\n".join(lines) + ("\n" if lines else "")


def classify(found: Found, text: str) -> tuple[str, str | None]:
    """The statement type and FactBank value, from the cue, the words and their hedges."""
    kind = found.kind
    content = text[found.start:found.end]
    if kind == "dismissal" and found.direct and _MANNER.fullmatch(found.cue):
        kind = "claim"  # '"It was a panic stunt," he blasted': how it was said; the words say what it is
    if kind == "claim":
        kind = stance_of(content)
    if kind == "question":
        return kind, None
    elif kind == "confirmation" and (_REPORTS_LEAD.match(content) or stance_of(content) == "non_confirmation"):
        # "acknowledged press reports suggesting …" (that reports exist, not that they are true), "admitted that
        # we do not know whether …"
        kind = "non_confirmation"
    factuality = DEFAULT_FACTUALITY[kind]
    if kind == "claim" and WARNING_CONTENT.search(content):
        kind = "warning"
    if kind in ("claim", "warning", "accusation"):
        hedged = re.split(r"\b(?:because|since|although|though|after|as a result)\b", content)[0]
        certainty = found.certainty or ("PS" if POSSIBLE.search(hedged) else
                                        "PR" if PROBABLE.search(hedged) or kind == "warning" or understated(hedged)
                                        else "CT")
        polarity = "-" if negated(content) else "+"
        if _UNLIKELY.search(hedged):
            # "it was unlikely that they acted on their own": probably not
            certainty, polarity = "PR", "+" if polarity == "-" else "-"
        factuality = certainty + polarity
    return kind, factuality


#: a verb that only says how quoted words were said when it has no object of its own
_MANNER = re.compile(r"(?:" + "|".join(rf"{v}\w*" for v in sorted(MANNER_DISMISSALS)) + r")", re.I)
#: a judgement that something is probably not so
_UNLIKELY = re.compile(r"\b(?:is|was|were|are|seems?|seemed|appears?|appeared|looks?|looked|remains?|remained)\s+(?:\w+ly\s+)?"
                       r"(?:unlikely|improbable|doubtful|implausible)\b", re.I)
#: an outlet's own caveat about what it reports
_VERIFYING = re.compile(r"\b(?:verify|verified|confirm|confirmed|corroborate|independently|authenticate)\b", re.I)
_REPORTS_LEAD = re.compile(r"^\W*(?:the\s+)?(?:\w+\s+)?(?:reports?|claims?|allegations?|rumou?rs?|accounts?)\b", re.I)


#: an article that goes on to reproduce a statement: "publishes the statement in full below", "It reads as follows"
_IN_FULL = re.compile(r"\b(?:in\s+full\s+below|the\s+full\s+text|reads\s+as\s+follows|reads\s+in\s+full|follows?\s+in\s+full|"
                      r"(?:is|are)\s+(?:reproduced|published|printed)\s+(?:in\s+full\s+)?below|"
                      r"text\s+of\s+the\s+\w+\s+follows|the\s+following\s+(?:joint\s+)?(?:statement|advisory|bulletin|"
                      r"communiqu[eé]|declaration|notice|alert|assessment|update)|(?:following|below|here)\s+is\s+the\s+"
                      r"(?:full\s+|complete\s+)?text\s+of|this\s+(?:joint\s+)?(?:advisory|bulletin|statement|communiqu[eé]|"
                      r"declaration|notice|alert)\s+(?:is|has\s+been)\s+(?:issued|published|released)\s+by)\b", re.I)
#: whose text the article reproduces, when it says so: "Below is the text of his speech", "the full text of Marvany's
#: remarks", "X's concession speech in full"
_WHOSE_TEXT = re.compile(r"\b(?:text|transcript)\s+of\s+(?:the\s+)?(?P<owner>his|her|their|its|"
                         r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*['’]s?)\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:speech|remarks|address|statement|letter|message|post|testimony|declaration|appeal|advisory)\b"
                         # "The statement, issued by the Prime Minister's office, follows in full"
                         r"|\b(?:statement|communiqu[eé]|declaration|text)\s*,?\s+(?:issued|released|published)\s+by\s+"
                         r"(?P<issuer>(?:the\s+)?[A-Z][^,;:]{2,80}?)(?=\s*,|\s+(?:follows|reads|is\s+below)\b)",
                         re.I)
#: a heading over the reproduced text in capitals, or a line too short to say anything ("Annex")
_HEADING = re.compile(r"\s*[A-Z0-9][A-Z0-9 ,.'’()&:-]+\s*|\s*\S+(?:\s+\S+){0,3}\s*")
#: the place and date a reproduced text is signed with, which ends it: "Vardenz, 5 November 2025"
_SIGN_OFF = re.compile(r"\s*(?:[^\n]+\n\s*)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?,\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\.?\s*"
                       # the mark that ends a press release: "ENDS", "-ends-", "###"
                       r"|\s*(?:[-–—]*\s*(?i:ends)\s*[-–—]*|#{3})\s*")
#: the quotation mark a reproduced statement's paragraph opens with
_OPENING_MARK = re.compile(r"\s*[\"“]")
#: the outlet's own note inside a text it reproduces: "[Polaris note: …]"
_EDITORS_NOTE = re.compile(r"\s*\[[^\]]*\]\s*")
#: the speaker's own voice, which carries a transcript turn on into the next paragraph
_OWN_WORDS = re.compile(r"\b(?:I|we|We|our|Our|us|my|My)\b")
#: a direct question: it opens with an auxiliary or a question word and ends with a question mark
_INTERROGATIVE = re.compile(r"\W*(?:[A-Z]+:\s+)?(?i:does|do|did|is|are|was|were|has|have|had|can|could|will|would|should|"
                            r"why|how|what|when|where|who|which|whether)\b[^?]*\?[\s”\"’]*$")
#: a speaker saying who they are, which takes no stance: "I am Sigrid Alvarenga, Head of the Mission.", "My name is …"
_SELF_INTRODUCTION = re.compile(r"\W*(?:(?:good\s+(?:morning|afternoon|evening)|hello)[.,!]?\s+)?"
                                r"(?:I\s+am|I'm|my\s+name\s+is)\s+(?-i:[A-Z])[^.;:]*[.!]?\s*$", re.I)


def extract(text: str, published: dt.date | None, actors: dict[str, Actor],
            propositions: dict[str, Proposition], article_id: str = "article", text_file: str = "article.txt",
            title: str | None = None, outlet: str | None = None) -> Draft:
    """Find the attributed statements in ``text`` and return them as a draft annotation."""
    original, text = text, plain(text)
    index = ActorIndex(actors, text=text)
    found: list[Found] = []
    intro = None
    introduce_cast(text, index)
    asking = interviewers(text, index)
    blog_day = None  # a live blog's current day heading
    lead: tuple[int, int] | None = None  # the paragraph before, which a "Source:" line may attribute
    source: Speaker | None = None  # who the latest "Source:" line named
    live = sum(bool(TIMESTAMP.match(text, a, b)) for a, b in paragraphs(text)) >= 2  # entries under time stamps
    answering: tuple[Speaker, str] | None = None  # who answered in the turn before, and under which label
    guest: Speaker | None = None  # who last answered an interviewer's question
    answerers: list[tuple[int, Speaker]] | None = None  # where each answering turn starts, read once when needed
    issued: Speaker | None = None  # whose statement the article reproduces in full from here on
    in_marks = False  # whether the article gives that statement inside quotation marks
    headed = False  # whether a header inside the article opened it, so that a signature or a heading ends it
    written = _given_whole(text, index)
    entry_day: dt.date | None = None  # the day of the diary entry read, in an author's own text
    # a ministry's summary, a statement under its issuer's own title, a report under its issuer's name
    titled = issued_title(text, index) or issuer_heading(text, index)
    session_day = session_date(text, published)  # the day a transcript's answers were given
    entry_subject: Speaker | None = None  # whom the guide's entry under the heading just read is about
    listed: tuple[Speaker, dt.date | None] | None = None  # whose remarks a factbox's bullets are, and when made
    paras = paragraphs(text)
    following = dict(zip(paras, paras[1:]))
    for para in paras:
        if titled and para[0] >= titled[1]:
            issued, titled = titled[0], None
        if header := document_header(text, para, index):
            # "PRESS RELEASE - Skerra Net, …", "FROM THE WAKELINE BLOG, …": its issuer's, to the next section heading;
            # a page that opens under its issuer's header is theirs throughout ("Parallax | Report | 21 October 2031",
            # then "SUMMARY", "GEOLOCATION", …)
            issued, headed = header, not _opens_page(text, paras, para)
            continue
        if given := next((w for w in written if w[1] < para[1] and para[0] < w[2]), None):
            if given[3] == OP_ED and (heading := day_heading(text[para[0]:para[1]], published)):
                entry_day = heading  # a diary's entry, written that day: "Sunday 4 March, 11 p.m."
            elif not _HEADING.fullmatch(text, *para) and not is_formality(text[para[0]:para[1]]):
                start = max(para[0], given[1])
                start = code.end() if (code := TIME_CODE.match(text, start, para[1])) else start  # "[00:01:30] …"
                start = item.end() if (item := _ITEM.match(text, start, para[1])) else start  # "(a) The aircraft …"
                answers = _answer(text, (start, min(para[1], given[2])), given[0], index, given[3])
                # an op-ed says what it says the day it is published
                found += _given_on(answers, given[0], entry_day or published) if given[3] in (OP_ED, WRITTEN_ANSWER) \
                    else answers
            continue
        if issued:
            if _SIGN_OFF.fullmatch(text, *para) or headed and signs_off(text, para):
                issued = None  # the article's own words go on after the signature, or under its next heading
            elif (answers := rebuttal(text, para)) is not None:
                for answer in answers:  # "Claim: … / Fact: …": the issuer's answer, never the claim it answers
                    found += _answer(text, answer, issued, index, "statement")
            elif not _HEADING.fullmatch(text, *para) and not _EDITORS_NOTE.fullmatch(original, *para):
                # others it quotes by name speak for themselves: '"We will not speculate," said its chief executive'
                index.speaking = issued  # and "we" in them is the issuer: "We assess that the hospital was struck"
                quoted = [q for q in find_quotes(text, para, index, found) if q.speaker.actor != issued.actor]
                index.speaking = None
                closing = re.search(r"[\"”]\s*$", text[para[0]:para[1]]) if in_marks else None
                # "- The Mission recorded …"; a quotation's paragraphs each open with a mark ('"Savrin has …')
                opening = BULLET.match(text, *para) or _OPENING_MARK.match(text, *para)
                body = (opening.end() if opening else para[0], para[0] + closing.start() if closing else para[1])
                found += quoted + _answer(text, body, issued, index, "statement",
                                          skip=[(q.sentence[0], quote_reach(text, q)) for q in quoted])
                if closing:
                    issued = None  # a statement the article gives inside quotation marks ends where they close
            if not _EDITORS_NOTE.fullmatch(original, *para):
                continue  # the outlet's own note inside the statement is read as its other sentences are
        if (line := listed_by(text, para, following.get(para))) and \
                (who := listed_speaker([unshouted(c) for c in re.split(r",\s+", line["who"])], index)):
            listed = who, find_date(line["when"] or "", published)[0]  # "ILYA MARREK, foreign minister, on Tuesday:"
            continue
        if listed and (mark := BULLET.match(text, *para)):
            # a bullet that quotes them whole is read inside its marks
            start, end = mark.end() + (text[mark.end()] in "\"“"), trim_end(text, mark.end(), para[1], " \"”")
            found += _given_on(_answer(text, (start, end), listed[0], index, "factbox"), *listed)
            continue
        listed = None
        if answering and not TRANSCRIPT.match(text, *para) and _OWN_WORDS.search(text, *para) and \
                not QUOTE.search(text, *para):
            # a turn that runs on over paragraphs: "Second, the perimeter. … we did not approach them"
            found += _answer(text, para, answering[0], index, answering[1])
            continue
        answering = None
        if checked := checked_claim(text, para, index):
            found += checked
            continue
        if rated_claim(text, para):
            continue  # "Claim: the prime minister has blamed Varsenia. Rating: False": under check, said by no one named
        if said_by := source_line(text, para, index):
            # "Source: X on Telegram" names who said the lead above it, if nothing there is attributed yet
            if lead and not any(lead[0] <= f.start < lead[1] for f in found):
                found += labelled_source(text, lead, said_by)
            source, lead = said_by, None
            continue
        if quoted := labelled_quote(text, para, source):
            found += quoted
            continue
        if turn := transcript_speaker(text, para, index):
            if turn[0].actor in asking:
                # "you" in a question is the guest who answered last, or who answers next
                if guest is None and answerers is None:
                    answerers = _answering_turns(text, paras, index, asking)
                index.addressed = guest or next((s for a, s in answerers or () if a > para[0]), None)
            else:
                guest = turn[0]
            answers = _answer(text, (turn[1], para[1]), turn[0], index, text[para[0]:turn[1]].strip(),
                              asks=turn[0].actor in asking)
            index.addressed = None
            answering = None if turn[0].actor in asking else (turn[0], text[para[0]:turn[1]].strip())
            found += _given_on(answers, turn[0], session_day)
            continue
        if heading := day_heading(text[para[0]:para[1]], published):
            blog_day = heading
            continue
        index.entry, entry_subject = entry_subject, None
        if (who := entry_of(text, para, following.get(para))) and \
                (subject := listed_speaker([unshouted(c) for c in re.split(r",\s+", who)], index)) and \
                ("," in who or subject.known):
            entry_subject = subject  # "HELENA SAARVA, President of Estmark": the next paragraph is about her
            index.remember(subject)
            continue
        lead = para
        entry = len(found)
        if running := paragraph_quote(text, para, index, intro, found):
            found += running
            intro = intro if not text[para[0]:para[1]].rstrip().endswith(("”", '"')) else None
            continue
        intro = introduces(text, para, index)
        if (asked := past_asker_label(text, para)) != para:
            # a question from the floor is put to whoever answers next: "your defence ministry said …" is theirs
            if answerers is None:
                answerers = _answering_turns(text, paras, index, asking)
            index.addressed = next((s for a, s in answerers if a > para[0]), None)
        para = asked
        skip: list[tuple[int, int]] = []
        for a, b in sentence_spans(text[para[0]:para[1]]):
            sentence = (para[0] + a, para[0] + b)
            # quotes are read in order with the sentences around them, so "he" after a quote can be the
            # speaker the sentence before it named
            quotes = find_quotes(text, para, index, found, within=sentence)
            found += quotes
            skip += [(q.sentence[0], quote_reach(text, q)) for q in quotes]
            if any(x <= sentence[0] and sentence[1] <= y for x, y in skip):
                continue
            if _INTERROGATIVE.match(text, sentence[0], sentence[1]):
                index.note(text[sentence[0]:sentence[1]])
                continue  # "Does Tavoria believe the troops are there?": a question asks, nobody asserts
            nominal = find_nominal(text, sentence, index, skip)
            said = find_indirect(text, sentence, index, skip + [(f.start, f.end) for f in nominal],
                                 [q for q in found if q.direct and q.sentence[1] > sentence[0]])
            found += nominal + said + find_passive_proposals(text, sentence, index)
            if not nominal and not said and not quotes:
                # "She said that only four convoys had got in. Permits for the others had been withheld."
                found += running_on(text, sentence, found[-1] if found and found[-1].start >= para[0] else None)
            index.note(text[sentence[0]:sentence[1]], [f.speaker for f in said])
        index.addressed = None
        if blog_day and live:
            for f in found[entry:]:
                f.on_day = blog_day  # a live blog's entry, filed under that day
        elif entry_day := day_led(text[para[0]:para[1]], published):
            for f in found[entry:]:
                f.on_day = entry_day  # "11 June – The ministry says …": a chronology's entry, on that day
        if _IN_FULL.search(text, *para) and (owner := index.issuer or _owner_of_text(text, para, index)):
            issued = owner  # "The ministry released a statement … publishes the statement in full below"
            in_marks = para in following and bool(_OPENING_MARK.match(text, *following[para]))
    found = _resolve_pending(found, text)
    matcher = Matcher(propositions, actors, index)
    matcher.read_topic([text[a:b] for a, b in sentence_spans(text)])
    later = index.named_later()
    for f in found:
        f.speaker = later.get(f.speaker.actor, f.speaker)
    for f in found:
        if text[f.start:f.start + 1] in "\"“" and not re.search(r"[\"”]", text[f.start + 1:f.end]):
            f.start += 1  # 'said that "the column crossed the river".': the mark opens words the full stop ends
    # a relay whose words all belong to the statement it relays leaves none of its own ("X said that P, Y said")
    found = _drop_headline_repeats(_dedupe([f for f in found if text[f.start:f.end].strip(" ,.;:\"“”'‘’")], text, index),
                                   text)
    draft = Draft(article={"id": article_id, "text": text_file, "title": title or article_id,
                           "published": published.isoformat() if published else None})
    if outlet:
        draft.article["outlet"] = outlet
    taken_ids: set[str] = set()
    new_props: dict[str, dict] = {}
    new_parts: dict[str, set[str]] = {}
    context = raised(text, matcher)
    notes = note_days(original, published)  # the day each numbered note dates what it cites
    sentences_raised = set(context)
    called: set[str] = set()
    questions = [(a, b) for a, b in sentence_spans(text) if text[a:b].rstrip(" ”\"’").endswith("?")]
    for f in found:
        kind, factuality = classify(f, text)
        if kind == "question":
            continue  # "he asked whether …", "are there troops in Russia?": a question takes no stance
        content = text[f.start:f.end]
        if _ONLY_CIRCUMSTANCE.fullmatch(content.strip(" .,;:")) and text[f.start - 1:f.start] not in "\"“‘":
            # "First time the Pact has said that in public.": the words are elsewhere, or nowhere (but a quoted phrase
            # is words: 'called the ceasefire "on life support"')
            continue
        if kind == "non_confirmation" and _VERIFYING.search(content) and (
                index.kind(f.speaker.actor) == "media" or f.speaker.name.split()[-1].lower() in MEDIA_NOUNS):
            continue  # "the Courier could not verify the claims independently": the outlet's caveat, not a stance
        match_text = ASIDE.sub(" ", text[f.match_from if f.match_from is not None else f.start:f.match_to or f.end])
        earlier = [(pos, pid) for pos, pid in context if pos < f.start]
        antecedent = None
        if earlier and ANAPHOR.search(match_text):
            # "Macron's ideas should be revisited": the idea is the latest proposal named before, and its parts count
            proposals = [pid for _, pid in earlier if matcher.directive.get(pid)]
            if proposals or earlier[-1][1] in propositions:
                antecedent = propositions[proposals[-1] if proposals else earlier[-1][1]].text
        if kind in ("dismissal", "denial"):
            match_text = DISMISSIVE.sub(" ", match_text)  # "the so-called report … is a fabrication" is about the report
        # every proposition the words share a part with; the first three are the reviewer's candidates
        shared = matcher.rank(match_text, limit=len(propositions), speaker=f.speaker.actor, kind=kind,
                              antecedent=antecedent)
        candidates = shared[:3]
        best = candidates[0] if candidates and candidates[0].score >= matcher.threshold else None
        accused = {matcher.root(g.speaker.actor) for g in found if g.start == f.start and g is not f} \
            if f.rule == EACH_OTHER or EACH_OTHER_WORDS.match(content) else set()
        asked_about = answered(text, f, matcher) if kind in RESPONSES or not best or \
            matcher.is_backreference(match_text) else None
        if accused and (deed := blamed(context, accused, matcher.root(f.speaker.actor), matcher)):
            prop, about_rule = deed, "the other side's deed the article has raised"
        elif asked_about:
            prop, about_rule = asked_about, "answers what the sentence says it was asked about or comments on"
        elif kind == "non_confirmation" and (doer := culprit(match_text, context, f.start, matcher)):
            prop, about_rule = doer, CULPRIT
        elif kind == "non_confirmation" and (question := open_question(text, f.start, earlier, questions)):
            prop = _new_proposition(question, matcher, propositions, new_props, new_parts)
            about_rule = "answers the question just asked, which no proposition covers"
        elif earlier and (matcher.is_backreference(match_text) or
                          (not best and kind in ("non_confirmation", "denial", "dismissal")
                           and not CONTENT_GIVEN.search(match_text))):
            own = own_raised(text, f, earlier, sentences_raised)
            prior = [e for e in earlier if e not in own] or earlier  # what was raised before the statement's sentence
            prop, about_rule = introduced(match_text, earlier, text, propositions, matcher.entailed, f.start) or \
                deferred(f"{content}. {f.attribution}", draft.statements, f.start, index, propositions,
                          matcher.entailed) or \
                referent(_disputable(earlier, matcher, called) if kind in ("denial", "dismissal") else earlier,
                         match_text, matcher.entailed, own=own)
            if about_rule == LATEST and (event := _event_before(draft.statements, prior[-1], matcher)):
                prop, about_rule = event, "points back to the event the words before spoke of"
            elif about_rule == LATEST and says_otherwise(match_text, prop, matcher, shared):
                prop, about_rule = _new_proposition(match_text, matcher, propositions, new_props, new_parts), ELSEWHERE
        elif not best and earlier and cites(content) and \
                (agreed := deferred(content, draft.statements, f.start, index, propositions, matcher.entailed)):
            prop, about_rule = agreed  # "Washington shares Seoul's assessment": about what Seoul said
        elif best:
            prop, about_rule = best.proposition, f"best covered ({best.score:.2f})"
        else:
            prop = _new_proposition(match_text, matcher, propositions, new_props, new_parts)
            about_rule = "no proposition covered well enough: a new one"
        if (kind in ("denial", "dismissal") or negated(content)) and \
                (theirs := own_deed(prop, matcher.root(f.speaker.actor), context, matcher)):
            prop, about_rule = theirs, OWN_DEED
        context.append((f.start, prop))
        if kind == "call":
            called.add(prop)
        context.sort()
        # a statement that says one half of a two-part proposition takes its polarity from that half
        prop_text = best.matched if best and best.proposition == prop else \
            propositions[prop].text if prop in propositions else ""
        if factuality and factuality[-1] in "+-" and prop in propositions and \
                (half := matcher.closest_half(content, prop_text)) != content:
            factuality = factuality[:2] + ("-" if negated(half) else "+")
        if factuality and factuality[-1] == "+" and prop in propositions and (
                matcher.negates_part(match_text, prop)
                or matcher.excludes(match_text, prop)):
            factuality = factuality[:2] + "-"  # "supplies no weapons" denies "supplies weapons"; "by X alone" denies Y
        if factuality and factuality[-1] in "+-" and prop in propositions and matcher.opposes(match_text, prop):
            factuality = factuality[:2] + ("+" if factuality[-1] == "-" else "-")  # "violates the law" denies "lawful"
        if factuality and factuality[-1] in "+-" and prop in propositions and (
                negated(prop_text) and (factuality[-1] == "-" or matcher.reaches_negation(match_text, prop_text))
                or factuality[-1] == "-" and same_negation(content, prop_text)):
            # "the army has never left its borders" asserts "Corvasia has no troops abroad"; "the water came into the
            # towns while everyone slept" asserts "nobody warned the towns before the water came", sharing no negated word
            factuality = factuality[:2] + ("+" if factuality[-1] == "-" else "-")
        day, earliest, latest = speech_date(f.attribution, published, f.cue)
        if f.days_before is not None:
            # "four days after telling PELPRESS that …": that many days before the day the attribution gives
            day, earliest, latest = (day - dt.timedelta(days=f.days_before), None, None) if day else \
                (None, None, latest)
        if not day and not earliest and (noted := noted_day(original, f.end, f.sentence[1], notes)):
            day, latest = noted, None  # "Haldor denied involvement.[2]", dated by its note
        if f.on_day and not day and not earliest:
            day, latest = f.on_day, None  # a briefing's answers are given on its day, a blog entry on its
        slug = f"{f.speaker.actor}_{'_'.join(slugify(f.cue).split('_')[:3])}"
        sid, k = slug, 2
        while sid in taken_ids:
            sid, k = f"{slug}_{k}", k + 1
        taken_ids.add(sid)
        statement = {"id": sid, "type": kind, "speaker": f.speaker.actor, "about": prop}
        if factuality and factuality != DEFAULT_FACTUALITY[kind]:
            statement["factuality"] = factuality
        if kind == "call" and prop in propositions:
            # a call is for or against the action its proposition names ("urged Seoul not to arm Kyiv": against)
            statement["stance"] = "against" if negated(content) != negated(prop_text) else "for"
        for key, value in (("date", day), ("earliest", earliest), ("latest", latest)):
            if value:
                statement[key] = value.isoformat()
        statement.update({"cue": f.cue, "quote": original[f.start:f.end], "start": f.start, "direct": f.direct})
        if f.via:
            statement["via"] = f.via
        if f.reportedly:
            statement["reportedly"] = True
        if candidates:
            statement["candidates"] = [{"id": c.proposition, "text": c.text, "score": c.score, "why": c.why}
                                       for c in candidates]
        confidence = f.speaker.confidence * (0.9 if best else 0.7)
        statement.update({"confidence": round(confidence, 2), "review": "pending"})
        draft.statements.append(statement)
        draft.explanations[sid] = {"rule": f.rule, "speaker_rule": f.speaker.rule, "attribution": f.attribution,
                                   "about_rule": about_rule, "candidates": candidates}
    for speaker in index.proposed.values():
        if any(s["speaker"] == speaker.actor for s in draft.statements):
            entry = {"id": speaker.actor, "type": speaker.kind, "name": speaker.name}
            if speaker.organization and speaker.kind in ("person", "group"):
                entry["memberships"] = [{"organization": speaker.organization, **({"role": speaker.role} if speaker.role else {})}]
            elif speaker.organization and speaker.kind in ("organization", "media"):
                entry["part_of" if speaker.kind == "organization" else "based_in"] = speaker.organization
            draft.actors.append(entry)
    draft.propositions = [p for p in new_props.values() if any(s["about"] == p["id"] for s in draft.statements)]
    return draft


#: a field of a form or a list entry, label then value: "DOB: 11/02/1981", "Nationality: Dravian", "Position: Major"
_FIELD = re.compile(r"^\W*[A-Z][A-Za-z]*(?:\s+[a-z]+){0,2}:\s+(?![\"“‘])")
#: what a briefer says to run the briefing, taking no stance: "I'll start with an update", "with that, I'll take
#: your questions", "good afternoon", "we're watching the situation closely"
_PROCEDURE = re.compile(r"^\W*(?:(?:with that|ok(?:ay)?|all right|so|now|first|and),?\s+)*(?:I|we)(?:['’]ll|\s+will)\s+"
                        r"(?:start|begin|open|take|turn|go|get|move|end|close|wrap|stop|leave it)\b|"
                        r"^\W*(?:good (?:morning|afternoon|evening)|thank you|thanks|hi|hello)\b|"
                        r"\btake (?:your|a few|some|one more|a couple of) questions?\b|"
                        r"^\W*with (?:your )?permission\b|\b(?:I|we) (?:shall|will|would like to|wish to) make a statement\b|"
                        r"^\W*(?:let me|I (?:must|want to|would like to)) (?:first |begin by |start by )?thank(?:ing)?\b|"
                        r"^\W*let me be (?:very |quite |absolutely )?(?:clear|plain|frank|direct|honest|blunt)"
                        r"(?:\s+(?:about|on)\s+[^:;,]{1,60})?\W*$|"
                        r"^\W*(?:we|I)(?:['’]re|\s+are|['’]m|\s+am|\s+will\s+(?:continue\s+to\s+)?)?\s*(?:continue\s+to\s+)?"
                        r"(?:watch|monitor|follow|track)(?:ing)?\s+(?:\w+\s+){0,3}?(?:very\s+)?closely\W*$", re.I)


#: a clause, then "and" and the speaker's refusal: "…, and I have no information to offer"
_BEFORE_REFUSAL = re.compile(r"[,;]\s+(?:and|but)\s+(?=(?:I|we)\b)")


def _said_before_refusal(text: str, sentence: tuple[int, int], speaker: Speaker, label: str) -> tuple[Found, int] | None:
    """The clause an answer says before ", and I …" when it takes a stance of its own, and where the rest starts."""
    words = text[sentence[0]:sentence[1]]
    if not (cut := _BEFORE_REFUSAL.search(words)) or \
            (kind := stance_of(words[:cut.start()])) in ("non_confirmation", "question"):
        return None
    return Found(speaker, label, kind, sentence[0], sentence[0] + cut.start(), True, sentence, label,
                 rule="transcript answer, before a refusal"), sentence[0] + cut.end()


def _owner_of_text(text: str, para: tuple[int, int], index: ActorIndex) -> Speaker | None:
    """Whose speech or statement a paragraph says follows in full: the owner it names, or the one its possessive
    pronoun points back to ("Below is the text of his speech, as delivered")."""
    if not (whose := _WHOSE_TEXT.search(text, *para)):
        return None
    owner = whose["owner"] or whose["issuer"]
    if owner.lower() in OWNER_PRONOUNS:
        return index.refer(OWNER_PRONOUNS[owner.lower()])
    found = index.speakers(re.sub(r"['’]s?$", "", owner))
    return found[0] if found else None


#: the letter or number of an item that answers one part of a question: "(a)", "b)", "(iv)", "(3)"
#: words that only say when, where or how, which no statement is: "in public", "on Thursday", "yet", "so"
_ONLY_CIRCUMSTANCE = re.compile(r"(?:in|on|at|of|for|with|by|from|to|since|about|over|before|after|yet|again|too|also|"
                                r"now|then|later|today|so|either)\b(?:\s+[\w'’-]+){0,2}", re.I)
_ITEM = re.compile(r"\s*(?:\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)|(?:[a-z]|\d{1,2})\))\s+")


def _answering_turns(text: str, paras: list[tuple[int, int]], index: ActorIndex,
                     asking: set[str]) -> list[tuple[int, Speaker]]:
    """Where each answering turn of a transcript starts, and whose it is (not an interviewer's)."""
    return [(a, t[0]) for a, b in paras if (t := transcript_speaker(text, (a, b), index)) and t[0].actor not in asking]


def _opens_page(text: str, paras: list[tuple[int, int]], para: tuple[int, int]) -> bool:
    """True when ``para`` comes before any sentence of the text: only a title or a note is above it."""
    before = paras[:paras.index(para)]
    return len(heading_lines(text, before)) == len(before)


def _given_whole(text: str, index: ActorIndex) -> list[tuple[Speaker, int, int, str]]:
    """The texts an article gives whole, each with who wrote or spoke it, where it runs and the cue of its statements:
    the letter or op-ed the article is, a recording it transcribes under time codes, or each letter on its page."""
    if given := letter(text, index):
        return [(*given, LETTER)]
    if given := op_ed(text, index):
        return [(*given, OP_ED)]
    if given := recorded_statement(text, index):
        return [(*given, RECORDED)]
    if given := written_answer(text, index):
        return [(*given, WRITTEN_ANSWER)]
    if given := as_told_to(text, index):
        return [(*given, AS_TOLD)]
    return [(*given, LETTER) for given in letters_to_editor(text, index)]


def _given_on(found: list[Found], speaker: Speaker, day: dt.date | None) -> list[Found]:
    """``found``, the speaker's own words in it (not what they relay) marked as given on ``day``."""
    for f in found:
        if f.speaker.actor == speaker.actor:
            f.on_day = day
    return found


def _answer(text: str, body: tuple[int, int], speaker: Speaker, index: ActorIndex, label: str,
            asks: bool = False, skip: list[tuple[int, int]] = ()) -> list[Found]:
    """A transcript answer: the speaker's own words, one statement per sentence that takes a stance.

    Sentences that attribute something themselves ("what the Secretary said, which is that …")
    are read as such, with "I" and "we" standing for the speaker; a plain sentence is a
    statement when it refuses, denies, dismisses or calls, or asserts something of substance.
    An interviewer's turn (``asks``) holds only what it relays ("Calvore says …"). Sentences in ``skip`` are
    someone else's, already read.
    """
    found: list[Found] = []
    index.speaking = None if asks else speaker
    if not asks:
        index.remember(speaker)  # an asker's "she told this House" is someone else: the asker would say "I"
    for a, b in sentence_spans(text[body[0]:body[1]]):
        sentence = (body[0] + a, body[0] + b)
        words = text[sentence[0]:sentence[1]]
        if _INTERROGATIVE.match(words) or _SELF_INTRODUCTION.match(words) or _FIELD.match(words) or \
                any(a < sentence[1] and sentence[0] < b for a, b in skip):
            # "Does China believe the deployment …?": a question asserts nothing, whoever asks it; nor does a form's
            # field ("Position: Colonel; Commander, 112th Brigade.")
            continue
        inner = find_nominal(text, sentence, index, [])
        inner += find_indirect(text, sentence, index, [(f.start, f.end) for f in inner])
        index.note(words, [f.speaker for f in inner])  # "We passed the track to the navy. The navy would not say"
        for f in inner:
            if not f.via and (f.kind == "non_confirmation" and index.kind(f.speaker.actor) != "person" and
                              index.kind(speaker.actor) == "person" or
                              label in (LETTER, OP_ED, WRITTEN_ANSWER) and
                              index.speaks_for(speaker.actor, f.speaker.actor)):
                # "As a rule, Tavoria does not comment on …": a spokesperson declines for their side; "Halvoria calls
                # upon the Council …" in her letter: an ambassador speaks for hers
                f.speaker, f.rule = speaker, f.rule + ", the answering speaker's side"
        if asks:
            found += [f for f in inner if f.speaker.actor != speaker.actor]
            continue
        before = _said_before_refusal(text, sentence, speaker, label)
        if inner:
            if before and all(f.kind == "non_confirmation" for f in inner) and inner[0].start >= before[1]:
                found.append(before[0])  # "How they develop their relations is their own business, and I have no …"
            found += inner
            continue
        kind = stance_of(words)
        if kind == "question":
            continue
        if kind == "non_confirmation" and before and stance_of(text[before[1]:sentence[1]]) == "non_confirmation":
            found.append(before[0])  # "They are sovereign states; and we have nothing to add": a claim, then a refusal
            sentence = (before[1], sentence[1])
            words = text[sentence[0]:sentence[1]]
        content_words = len([w for w in re.findall(r"[a-z]+", words.lower()) if w not in STOPWORDS])
        if kind == "claim" and (content_words < (3 if negated(words) else 5) or _PROCEDURE.search(words)):
            continue  # "Good morning, everyone": no stance; "No house was burned by our units" is one, short as it is
        end = trim_end(text, sentence[0], sentence[1], " .")
        found.append(Found(speaker, label, kind, sentence[0], end, True, sentence, label, rule="transcript answer"))
    index.speaking = None
    return found


def _new_proposition(content: str, matcher: Matcher, propositions: dict[str, Proposition], new_props: dict[str, dict],
                     new_parts: dict[str, set[str]]) -> str:
    """A new draft proposition for ``content``, or a near-duplicate one this draft already proposed; "Russia's
    claim that the region was retaken" proposes what was claimed."""
    if (named := CONTENT_GIVEN.search(content)) and (clause := re.search(r"\s(?:that|of)\s+(.+)", named.group(0))):
        content = content[named.start() + clause.start(1):]
    parts = matcher.concepts(content)
    for pid, other in new_parts.items():
        if similar(parts, other) >= 0.6:
            return pid
    prop = draft_id(content, set(propositions) | set(new_props))
    new_props[prop] = {"id": prop, "text": content[:1].upper() + content[1:].rstrip(" .") + "."}
    new_parts[prop] = parts
    return prop


def _resolve_pending(found: list[Found], text: str) -> list[Found]:
    """'This was stated by X': the words are the sentence before; a passive cue that found no words goes."""
    kept = []
    for f in found:
        if not f.pending:
            kept.append(f)
            continue
        if re.match(r"\s*(?:this|that|it|these|those)\b", f.attribution, re.I):
            before = [(a, b) for a, b in sentence_spans(text) if b <= f.sentence[0]]
            if before:
                a, b = before[-1]
                b = trim_end(text, a, b, " .”\"")
                f.start, f.end, f.pending, f.rule = a, b, False, f.rule + ", the sentence before"
                f.attribution = text[f.sentence[0]:f.sentence[1]]
                kept.append(f)
    return kept


def _dedupe(found: list[Found], text: str, index: ActorIndex) -> list[Found]:
    """One statement per speaker and overlapping words, in text order; two refusals by one speaker joined by "and"
    are one ("had 'nothing to say' about the pilot and referred all questions to the military"). Words inside
    another statement's, given to the organisation its speaker speaks for, are that speaker's ("the Kremlin
    spokesman declined to comment, referring reporters to the ministry": the spokesman, once)."""
    def same(k: Found, f: Found) -> bool:
        return k.speaker.actor == f.speaker.actor or \
            k.start <= f.start and f.end <= k.end and f.speaker.actor in index.organisations(k.speaker.actor)

    kept: list[Found] = []
    for f in sorted(found, key=lambda f: (f.start, -(f.end - f.start))):
        if any(same(k, f) and k.start < f.end and f.start < k.end for k in kept):
            continue
        if kept and f.kind == kept[-1].kind == "non_confirmation" and f.speaker.actor == kept[-1].speaker.actor and \
                re.fullmatch(r",?\s+and\s+(?:\w+\s+)?", text[kept[-1].end:f.start]):
            kept[-1].end = f.end
            continue
        kept.append(f)
    return kept


def _disputable(earlier: list[tuple[int, str]], matcher: Matcher, called: set[str]) -> list[tuple[int, str]]:
    """What a denial or dismissal can point back to: claims, not calls ("she urged the Council to act. He called it
    a cheap show based on fake intelligence": the show is the claim the call rests on). ``called`` are the
    propositions the article's calls so far were drafted as."""
    return [(pos, pid) for pos, pid in earlier if not matcher.directive.get(pid) and pid not in called] or earlier


def _event_before(statements: list[dict], latest: tuple[int, str], matcher: Matcher) -> str | None:
    """What "it" in "declined to confirm it" is when the words just before said something of an event: the
    proposition that the event happened ("if the deployment did exist, it would be lawful. He saw no need to confirm
    it": the deployment), not what they said of it."""
    before = next((s for s in reversed(statements) if (s["start"], s["about"]) == latest), None)
    event = matcher.event_of(before["quote"]) if before else None
    found = matcher.best(event) if event else None
    return found.proposition if found and found.proposition != latest[1] else None


def _is_headline(text: str, f: Found) -> bool:
    line_start = text.rfind("\n", 0, f.start) + 1
    line_end = text.find("\n", f.end)
    line = text[line_start: line_end if line_end >= 0 else len(text)].strip()
    # a sentence ends in a stop, maybe inside a closing quote or before a note's number ("… the forward hold.[1]"); a
    # headline may end in a quoted label ('… "groundless rumours"') but not in a stop
    return len(line.split()) <= 25 and not re.search(r"[.!?][\"”’]?(?:\[\d{1,3}\])*$", line) and f.rule != CHECKED_CLAIM


def _drop_headline_repeats(found: list[Found], text: str) -> list[Found]:
    """A headline's statements are kept only when the body has none.

    A headline compresses what the body reports ("Spy chief tells MPs …", "Speakers Call for
    Independent Investigation"), names speakers loosely and drops the hedges; the body says the
    same with its speaker, words and date, so the statement is drawn from the body, once.
    """
    body = [f for f in found if not _is_headline(text, f)]
    return body or found


def extract_file(path: Path, data_dir: Path | None, published: dt.date | None, outlet: str | None = None,
                 title: str | None = None, text_file: str | None = None) -> Draft:
    """Extract from an article file, linking to the actors and propositions of ``data_dir``."""
    from ..annotations import read_actors, read_propositions
    from ..errors import DataError

    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"cannot read article: {exc}", path) from None
    if data_dir is not None and not data_dir.is_dir():
        raise DataError("no such data directory: speakers and propositions are linked to those of --data", data_dir)
    actors = read_actors(data_dir / "actors.yaml") if data_dir and (data_dir / "actors.yaml").exists() else {}
    propositions = read_propositions(data_dir / "propositions.yaml") if data_dir and (data_dir / "propositions.yaml").exists() else {}
    return extract(text, published, actors, propositions, article_id=slugify(path.stem).replace("_", "-"),
                   text_file=text_file or path.name, title=title, outlet=outlet)

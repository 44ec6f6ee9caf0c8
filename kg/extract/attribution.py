"""Finding attributed statements in news sentences: who, which cue, which words, where.

Constructions handled (each with tests in tests/test_extract.py):

- direct quotes in straight or curly marks, attribution after ("…," Peskov said) or before
  (Peskov said: "…"), quotes spanning sentences;
- indirect speech: "X said (on DATE) that …", "X told reporters that …", "X denied …",
  "X accused Y of …", "X called for …", "X could not confirm …", coordinated speakers
  ("A and B both said"), appositions ("Russia's ambassador, Georgy Zinoviev, insisted");
- relative and passive attribution: "…, Kyrylo Budanov, who claimed that …", "That was
  reportedly confirmed by X, which stated that …", "an idea put on the table by X";
- continuations: "…, stating instead that …" (the same speaker again);
- sources: "according to X, …", "Reports by X suggested that …", "X reported that Y said …"
  (Y speaks, X relays), "reportedly".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..compile import sentence_spans
from .lexicon import CAPTION, CUE_RE, PRONOUNS, REPORTEDLY, cue_type
from .mentions import ActorIndex, Speaker

QUOTE = re.compile(r"[“\"](?P<q>[^”\"]{3,}?)[”\"]")
_CLAUSE_END = re.compile(r",\s+(?:stating|saying|adding|which|who|while|according to)\b|\s+[—–-]\s+|[;.!?](?:\s|$)")
_THAT = re.compile(r"^(?:\s+(?:on|in|at|last|earlier)\s+[\w ,]+?)?(?:\s+(?:reporters|journalists|the \w+|parliament))?(?:\s+(?:instead|also|again|repeatedly))?\s+that\s+", re.I)
_PASSIVE = re.compile(r"\b(?:was|were|is|are|has been|have been|had been|been)(?:\s+(?:reportedly|also|later|publicly))?\s*$", re.I)
_BY_AGENT = re.compile(r"^\s+by\s+(?P<np>.+?)(?=\s+on\s|\s+earlier\b|\s+last\b|,|\.|\s+which\b|\s+who\b|$)")
_RELATIVE = re.compile(r"(?:^|,\s*)(?P<np>[^,]+?),?\s+(?:who|which)(?:\s+(?:also|later|reportedly|had|has))?\s*$")
_REPORTS_BY = re.compile(r"\breports?\s+(?:by|from|in)\s+(?P<np>.+?)(?:\s+(?:have|has|had|on\s+\w+\s+\d+))*\s*$", re.I)
_ACCORDING = re.compile(r"\baccording to (?P<np>[^,.]+)", re.I)
_QUOTED_AS = re.compile(r"\bquoted\s+(?P<speaker>.+?)\s+as\s*$", re.I)
_ONLY_WHEN = re.compile(r"^\s*(?:(?:on|last)\s+[\w ]+?|yesterday|today|earlier|later)?\s*$", re.I)
_DATELINE = re.compile(r"^[^—–]{0,60}\s[—–]\s")
_INTRO = re.compile(r"^(?:(?:on|in|at|after|following|earlier|later|last|despite|amid)\b[^,]*,\s*)+", re.I)


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


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans; captions and bylines (photo credits) are left out."""
    spans, start = [], 0
    for m in re.finditer(r"\n\s*\n", text + "\n\n"):
        if text[start:m.start()].strip() and not CAPTION.search(text[start:m.start()]):
            spans.append((start, m.start()))
        start = m.end()
    return spans


def _clause_end(text: str, start: int, limit: int) -> int:
    m = _CLAUSE_END.search(text, start, limit)
    end = m.start() if m else limit
    while end > start and text[end - 1] in " ,.”\"":
        end -= 1
    return end


def _subject(text: str, sentence_start: int, cue_start: int) -> str:
    """The subject phrase before a cue: the last comma chunk after any introductory phrase."""
    before = _INTRO.sub("", text[sentence_start:cue_start])
    chunks = [c for c in re.split(r",\s*", before) if c.strip()]
    return chunks[-1] if chunks else ""


def _role_chunk(text: str, sentence_start: int, cue_start: int) -> str:
    before = text[sentence_start:cue_start]
    chunks = [c for c in re.split(r",\s*", before) if c.strip()]
    return chunks[-2] if len(chunks) >= 2 else ""


def find_quotes(text: str, para: tuple[int, int], index: ActorIndex) -> list[Found]:
    """Direct quotes in a paragraph with the speaker named after or before them."""
    found = []
    start, end = para
    sentences = sentence_spans(text[start:end])
    for m in QUOTE.finditer(text, start, end):
        q_start, q_end = m.start("q"), m.end("q")
        while q_end > q_start and text[q_end - 1] in ",. ":
            q_end -= 1
        after_end = next((start + b for a, b in sentences if start + a <= m.end() <= start + b), end)
        after = text[m.end():after_end]
        speakers, cue, q_sentence = [], None, m.start()
        if c := re.match(r"^\s*,?\s*(?P<np>[^,.“\"]+?)\s+(?P<cue>" + CUE_RE.pattern + r")", after):
            speakers, cue = index.speakers(c["np"]), c["cue"]
        elif c := re.match(r"^\s*,?\s*(?P<cue>said|says|added|insisted)\s+(?P<np>[^,.]+)", after):
            speakers, cue = index.speakers(c["np"]), c["cue"]
        else:
            sentence_start = next((start + a for a, b in sentences if start + a <= m.start() < start + b), start)
            before = text[sentence_start:m.start()]
            if c := re.search(r"(?P<np>[^,.“\"]+?)\s+(?P<cue>" + CUE_RE.pattern + r")\s*[:,]?\s*$", before):
                speakers, cue = index.speakers(_INTRO.sub("", c["np"])), c["cue"]
                after_end = max(after_end, m.end())
                q_sentence = sentence_start
        for speaker in speakers:
            index.remember(speaker)
            found.append(Found(speaker, cue, cue_type(CUE_RE.match(cue)), q_start, q_end, True,
                               (q_sentence, after_end), text[q_sentence:m.start()] + text[m.end():after_end]))
    return found


def _according_to(text: str, m: re.Match, s_start: int, s_end: int, index: ActorIndex):
    """'According to X, …' or '…, according to X.': the speaker and where the words are."""
    np = _ACCORDING.match(text, m.start())
    speakers = index.speakers(np["np"]) if np else []
    after = np.end() if np else m.end()
    after += len(text[after:s_end]) - len(text[after:s_end].lstrip(" ,"))
    if after < s_end - 1:
        return speakers, after, _clause_end(text, after, s_end)
    end = m.start()
    while end > s_start and text[end - 1] in " ,":
        end -= 1
    return speakers, s_start, end


def _speakers_before(text: str, m: re.Match, s_start: int, s_end: int, index: ActorIndex, found: list[Found]):
    """Who speaks through cue ``m``, any relay, and where the words start (None: in a later clause)."""
    pre, after, cue = text[s_start:m.start()], text[m.end():s_end], m.group().lower()
    if _PASSIVE.search(pre) and (agent := _BY_AGENT.match(after)):
        return index.speakers(agent["np"]), [], None
    if (quoted := _QUOTED_AS.search(pre)) and cue == "saying":
        # "X quoted Y as saying that …": Y speaks, X relays
        relay = index.speakers(_subject(text, s_start, s_start + quoted.start()))
        return index.speakers(quoted["speaker"]), [s.actor for s in relay], m.end()
    if cue in ("stating", "saying"):
        return ([found[-1].speaker] if found else []), [], m.end()
    if rel := _RELATIVE.search(pre):
        return index.speakers(rel["np"]) or ([found[-1].speaker] if found else []), [], m.end()
    if rep := _REPORTS_BY.search(pre):
        return index.speakers(rep["np"]), [], m.end()
    subject = _subject(text, s_start, m.start())
    speakers = index.speakers(subject)
    role = _role_chunk(text, s_start, m.start())
    if not speakers and role:
        speakers = index.speakers(role + ", " + subject)  # "NAME, ROLE, said": the name speaks
    return speakers, [], m.end()


def _words_after(text: str, content_start: int, s_start: int, s_end: int, pre: str) -> tuple[int, int]:
    """The reported words after a cue (after 'that'), or before it when the attribution ends the sentence."""
    rest = text[content_start:s_end]
    that = _THAT.match(rest)
    content_start += that.end() if that else len(rest) - len(rest.lstrip())
    content_end = _clause_end(text, content_start, s_end)
    if _ONLY_WHEN.match(text[content_start:content_end]) and (comma := pre.rfind(", ")) > 0:
        # "…, the Pentagon confirmed on November 4.": the words come before the attribution
        content_start = s_start + len(pre[:comma]) - len(_DATELINE.sub("", pre[:comma]))
        content_end = s_start + comma
    return content_start, content_end


def find_indirect(text: str, sentence: tuple[int, int], index: ActorIndex, skip: list[tuple[int, int]]) -> list[Found]:
    """Indirect attributions in one sentence, outside the spans in ``skip`` (quotes, earlier contents)."""
    s_start, s_end = sentence
    found: list[Found] = []
    covered = list(skip)
    for m in CUE_RE.finditer(text, s_start, s_end):
        if any(a <= m.start() < b for a, b in covered):
            continue
        kind, cue = cue_type(m), m.group()
        pre = text[s_start:m.start()]
        reportedly = bool(REPORTEDLY.search(pre + cue))
        if cue.lower() == "according to":
            (speakers, content_start, content_end), via = _according_to(text, m, s_start, s_end, index), []
        else:
            speakers, via, content_start = _speakers_before(text, m, s_start, s_end, index, found)
            if content_start is None:  # "That was confirmed by X, which stated that …"
                if speakers:
                    found.append(Found(speakers[0], cue, kind, s_start, s_end, False, sentence, pre,
                                       reportedly=reportedly, pending=True))
                    index.remember(speakers[0])
                covered.append((m.start(), m.end() + len(_BY_AGENT.match(text[m.end():s_end])[0])))
                continue
            content_start, content_end = _words_after(text, content_start, s_start, s_end, pre)
        if not speakers or content_end <= content_start:
            continue
        inner = CUE_RE.search(text, content_start, min(content_start + 40, content_end))
        if inner and cue_type(inner) == "non_confirmation" and kind == "claim":
            kind, cue, content_start = "non_confirmation", inner.group(), inner.start()
        elif inner and kind == "claim" and (relayed := _relayed(text, content_start, inner, content_end, index)):
            # "X reported that Y said that …": Y speaks, X relays
            via = [s.actor for s in speakers]
            speakers, kind, cue, content_start = relayed, cue_type(inner), inner.group(), relayed_start(text, inner, content_end)
        if found and found[-1].pending and found[-1].speaker.actor == speakers[0].actor:
            pending = found.pop()  # the passive cue gives the type; this clause gives the words
            kind, cue, reportedly = pending.kind, pending.cue, pending.reportedly or reportedly
        attribution = text[s_start:content_start] + text[content_end:s_end]
        for speaker in speakers:
            found.append(Found(speaker, cue, kind, content_start, content_end, False, sentence, attribution,
                               via=list(via), reportedly=reportedly))
            index.remember(speaker)
        covered.append((content_start, content_end))
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
                               sentence, m["agent"]))
    return found


def _relayed(text: str, start: int, inner: re.Match, end: int, index: ActorIndex) -> list[Speaker]:
    """The speakers of an attribution nested at the start of a content ("… that Y said …"), if any."""
    subject = text[start:inner.start()].strip(" ,")
    if not subject or subject.lower() in PRONOUNS or len(subject.split()) > 8:
        return []
    return [s for s in index.speakers(subject) if s.known]


def relayed_start(text: str, inner: re.Match, end: int) -> int:
    """Where the words of a nested attribution begin: after its cue and an optional 'that'."""
    that = _THAT.match(text[inner.end():end])
    return inner.end() + (that.end() if that else len(text[inner.end():end]) - len(text[inner.end():end].lstrip()))

"""Texts given whole: every sentence of a letter, or of an op-ed an office holder signs, is its author's.

A letter to the Security Council, an open letter, a letter to the editor or a minister's op-ed is not
reported speech: it gives its author's words in the first person, with no verb of saying anywhere. The
drafter reads such a text the way it reads a transcript answer, once it knows who wrote it. An op-ed
counts when its byline (or its closing line) names someone who speaks for a state or an organisation
("By Annelise Kroon, Foreign Minister of Veldren"); a reporter's byline ("By Karin Solberg, political
correspondent") leaves the text the outlet's own.

>>> text = ("Letter dated 9 October from the Permanent Representative of Ardenne addressed to the President\\n\\n"
...         "I have the honour to protest.\\n\\n(Signed) Ivo Petrak")
>>> name, author, start, end = letter_spans(text)
>>> name, author, text[start:end].strip()
('Ivo Petrak', 'the Permanent Representative of Ardenne', 'I have the honour to protest.')
"""

from __future__ import annotations

import re

from .attribution import paragraphs
from .lexicon import ROLE_NOUNS
from .mentions import ActorIndex, Speaker

#: the cue of a letter's statements: the letter itself says them
LETTER = "letter"
#: the cue of an op-ed's statements
OP_ED = "op-ed"
#: the cue of a recorded statement's
RECORDED = "recorded statement"
#: the cue of a written answer's statements, and of a first-person account's
WRITTEN_ANSWER = "written answer"
AS_TOLD = "account"
#: a letter's title: "Letter dated 9 October 2026 from the Permanent Representative of X to the United Nations
#: addressed to the President of the Security Council", "An open letter from Y to Z"
_TITLE = re.compile(r"\s*(?:an?\s+)?(?:open\s+)?letter\b(?:\s+dated\s+[\w ,]+?)?\s+from\s+(?P<author>.+?)\s+"
                    r"(?:addressed\s+)?to\s", re.I)
#: how a letter opens when no title says it is one
_SALUTATION = re.compile(r"\s*(?:I have the honour to\b|Dear\s+[A-Z]|Your Excellency\b|Excellency,)")
#: the signature that ends it: "(Signed) Lidia Farkas", then who she is on the line below
_SIGNED = re.compile(r"\s*\((?i:signed)\)\s+(?P<name>[^\n]+?)\s*")
#: an op-ed's byline: "By Annelise Kroon, Foreign Minister of Veldren"
_BYLINE = re.compile(r"\s*(?:By|(?P<posted>Posted\s+by|Written\s+by))\s+(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+)?"
                     r"(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})(?:,\s+(?P<role>[^\n|]{3,120}?))?"
                     r"(?:\s*\|[^\n|]{1,60}?)*\s*")  # "By Emeric Salander | 20 March 2029"
#: the closing line that says who wrote it: "Annelise Kroon is Veldren's foreign minister." (the outlet may go on in
#: the same paragraph: "… The Post offered the ministry space to reply."), maybe set in italics ("*… minister.*")
_TAGLINE = re.compile(r"\s*[*_]{0,2}(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s+is\s+"
                      r"(?P<role>(?:the|a|an|[A-Z][\w'’.-]+['’]s)\s[^\n]{3,160}?)(?:\.?[*_]{0,2}\s*$|\.\s+(?=[A-Z]))")
#: a newsroom's own roles, whose bylines are reporting
_NEWSROOM = re.compile(r"\b(?:correspondent|reporter|editor|writer|journalist|columnist|staff|contributor|desk|team|"
                       r"direction)\b", re.I)
#: the author's own voice
_FIRST_PERSON = re.compile(r"\b(?:I|[Mm]y|[Ww]e|[Oo]ur)\b")
#: an article's section heading in capitals, after a document it reproduces: "REACTIONS", "WHAT HAPPENS NEXT"
_SECTION = re.compile(r"\s*[A-Z][A-Z'’&-]+(?:\s+[A-Z'’&-]+){0,5}\s*")
#: the formula that asks for a letter to be circulated, which takes no stance
_FORMALITY = re.compile(r"\b(?:grateful|appreciate)\b[^.]*\bcirculated\b", re.I)


def letter_spans(text: str) -> tuple[str | None, str | None, int, int] | None:
    """Who signed a letter the text gives whole, who the title says wrote it, and where its body starts and ends.

    A letter is a text whose title in its first lines says it is one, or that opens with a salutation
    and ends with a signature.
    """
    paras = paragraphs(text)
    signed = next(((m["name"], a) for a, b in paras if (m := _SIGNED.fullmatch(text, a, b))), (None, len(text)))
    for i, (a, b) in enumerate(paras[:4]):
        if title := _TITLE.match(text, a, b):
            return signed[0], title["author"], paras[i + 1][0] if i + 1 < len(paras) else b, signed[1]
        if _SALUTATION.match(text, a, b) and signed[0]:
            return signed[0], None, a, signed[1]
    return None


def letter(text: str, index: ActorIndex) -> tuple[Speaker, int, int] | None:
    """The signatory of a letter the text gives whole (the author its title names when unsigned), and its body."""
    spans = letter_spans(text)
    if not spans:
        return None
    name, author, start, end = spans
    after = re.match(r"\s*\n([^\n]+)", text[end:])
    role = after.group(1).strip() if after and name else ""
    speakers = (role and index.speakers(f"{name}, {role}") or index.speakers(name)) if name else []
    if not speakers and author:
        speakers = index.speakers(author)
    return (speakers[0], start, end) if speakers else None


#: how a letter to the editor opens: "Sir, Your editorial …", "Dear Editor,", "To the Editor:"
_TO_THE_EDITOR = re.compile(r"\s*(?:Sir|Madam|Sir\s*/\s*Madam|Dear\s+(?:Sir|Madam|Editor)|To\s+the\s+Editor)\s*[,:]\s*")
#: the line that signs it: "Teodor Brannic, Minister of Foreign Affairs, Veyra", "Dr Ysolde Kramer, University of Almont"
_SIGNATURE = re.compile(r"\s*(?P<name>(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Rev|Lord|Lady)\.?\s+)?"
                        r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}),\s+(?P<who>[^\n]{2,160}?)(?<![.!?\"”])\s*")


#: a heading over a letter that names its writer: "From Sir Edmund Farrow, former ambassador of Norvenne"
_FROM = re.compile(r"\s*From\s+" + _SIGNATURE.pattern.removeprefix(r"\s*"))


def letters_to_editor(text: str, index: ActorIndex) -> list[tuple[Speaker, int, int]]:
    """Each letter on a letters page: who signed it (or the heading over it names), and where its body runs (from
    after "Sir," to the signature or the next heading).

    A letter to the editor is its signatory's words in the first person, with no verb of saying;
    the page gives one after another, each under its own headline.

    >>> from pathlib import Path
    >>> from kg.annotations import Actor, Place
    >>> text = "Letters\\n\\nSir, The ministry is wrong.\\n\\nWe were never told.\\n\\nAnna Lind, Port Ellis"
    >>> [(s.name, text[a:b]) for s, a, b in letters_to_editor(text, ActorIndex({}))]
    [('Anna Lind', 'The ministry is wrong.\\n\\nWe were never told.')]
    """
    paras, found, opened, headed = paragraphs(text), [], None, None
    for i, (a, b) in enumerate(paras):
        # a page may head each letter with its writer instead ("From Dr Lena Aske, hydraulic engineer"): the letter
        # under the heading is theirs, up to the next heading
        heading = _FROM.fullmatch(text, a, b) if i + 1 < len(paras) and _TO_THE_EDITOR.match(text, *paras[i + 1]) \
            else None
        if heading:
            if opened is not None and headed:
                found.append((headed, opened, len(text[:a].rstrip())))
            headed, opened = _writer(heading, index), None
        elif salutation := _TO_THE_EDITOR.match(text, a, b):
            opened = salutation.end()
        elif opened is not None and not headed and (signed := _SIGNATURE.fullmatch(text, a, b)):
            if writer := _writer(signed, index):
                found.append((writer, opened, len(text[:a].rstrip())))
            opened = None
    if opened is not None and headed:
        found.append((headed, opened, len(text.rstrip())))
    return found


def _writer(line: re.Match, index: ActorIndex) -> Speaker | None:
    """The person a letter's signature or heading names."""
    speakers = index.speakers(f"{line['name']}, {line['who']}") or index.speakers(line["name"])
    return speakers[0] if speakers and speakers[0].kind == "person" else None


#: a recording's time code heading a paragraph of its transcript: "[00:01:30]", "(0:41)", "00:02:12 –"
TIME_CODE = re.compile(r"\s*[\[(]?(?P<code>\d{1,2}:\d{2}(?::\d{2})?)[\])]?\s*[–—-]?\s+(?=\S)")
#: who speaks in it, by their own words or the introduction's
_I_AM = re.compile(r"\b(?:I\s+am|I'm|My\s+name\s+is|This\s+is)\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})"
                   r"(?:,\s+(?P<role>[^.\n]{3,120}))?")
_RECORDED = re.compile(r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}),?\s+(?:has\s+|had\s+)?(?:released|posted|published|"
                       r"recorded|issued|gave|delivered)\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,3}?"
                       r"(?:statement|message|address|speech|appeal|remarks)")


def recorded_statement(text: str, index: ActorIndex) -> tuple[Speaker, int, int] | None:
    """The speaker of a recording transcribed under time codes, and where the coded paragraphs run.

    A video statement given whole ("[00:00:41] Two weeks ago I told you …") is one speaker's words
    with no verb of saying; the speaker says who they are ("I am Sigrid Alvarenga, Head of …") or
    the introduction says who released it. The first code starts the recording (under a minute in):
    a live blog's clock times are not a recording's.

    >>> text = "Intro.\\n\\n[00:00:04] I am Ana Lind, the mayor.\\n\\n[00:00:30] The bridge is closed."
    >>> speaker, start, end = recorded_statement(text, ActorIndex({}))
    >>> speaker.name, text[start:end]
    ('Ana Lind', '[00:00:04] I am Ana Lind, the mayor.\\n\\n[00:00:30] The bridge is closed.')
    """
    coded = [(a, b) for a, b in paragraphs(text) if TIME_CODE.match(text, a, b)]
    if len(coded) < 2 or not re.fullmatch(r"0{1,2}:00(?::\d{2})?|0?0:[0-5]\d", TIME_CODE.match(text, *coded[0])["code"]):
        return None
    first = text[coded[0][0]:coded[0][1]]
    if said := _I_AM.search(first):
        speakers = index.speakers(f"{said['name']}, {said['role']}" if said["role"] else said["name"])
    elif intro := _RECORDED.search(text, 0, coded[0][0]):
        speakers = index.speakers(intro["name"])
    else:
        return None
    return (speakers[0], coded[0][0], coded[-1][1]) if speakers and speakers[0].kind == "person" else None


def op_ed(text: str, index: ActorIndex) -> tuple[Speaker, int, int] | None:
    """The office holder who wrote an op-ed in the first person, and where its body runs (after the byline).

    >>> from pathlib import Path
    >>> from kg.annotations import Actor, Place
    >>> here = Place(Path("actors.yaml"), 1)
    >>> index = ActorIndex({"veldren": Actor("veldren", "state", "Veldren", (), None, None, None, (), here)})
    >>> text = "Headline\\n\\nBy Ana Kroon, Foreign Minister of Veldren\\n\\nI told parliament we were ready."
    >>> speaker, start, end = op_ed(text, index)
    >>> speaker.name, speaker.organization, text[start:end]
    ('Ana Kroon', 'veldren', 'I told parliament we were ready.')
    """
    paras = paragraphs(text)
    for i, (a, b) in enumerate(paras[:4]):
        if not (byline := _BYLINE.fullmatch(text, a, b)):
            continue
        # the closing line may end the page or be followed by the outlet's own report ("REACTIONS …")
        role = byline["role"] or next((m["role"] for c, d in paras[i + 1:] if (m := _TAGLINE.match(text, c, d))
                                       and m["name"] == byline["name"]), None)
        if not role or _NEWSROOM.search(role) or not _FIRST_PERSON.search(text, b):
            return None
        if not (byline["posted"] and index.known_in_full(byline["name"])) and \
                not any(word.lower() in ROLE_NOUNS for word in re.findall(r"[\w-]+", role)):
            # an office holder's op-ed, or the post of someone the registry knows on their own page ("Posted by Dr
            # Nadia Petrescu, anaesthetist at Harrow General Hospital")
            return None
        speakers = index.speakers(f"{byline['name']}, {role}")
        if not speakers or speakers[0].kind != "person":
            return None
        author = speakers[0]
        serves = {author.organization} if author.organization else index.organisations(author.actor) if author.known \
            else set()
        if not serves or any(index.kind(o) == "media" for o in serves):
            return None  # a reporter's byline ("By Solomiya Brez, The Kerrin Gazette"): the text is the outlet's
        end = next((c for c, d in paras[i + 1:] if _TAGLINE.match(text, c, d)), len(text))
        return author, paras[i + 1][0] if i + 1 < len(paras) else b, end
    return None


#: the heading over a written answer to a parliamentary question: "Answered by Mattias Keel, Minister of Defence",
#: "Answer given by High Representative Aske on behalf of the Commission"
_ANSWER_HEADING = re.compile(r"\s*(?:answered\s+by|answer\s+(?:given\s+)?by|repl(?:y|ied)\s+(?:given\s+)?by|reply\s+from|"
                             r"response\s+(?:given\s+)?by)\s+(?P<name>[A-Z][^,\n(]{2,80}?)"
                             r"(?:,\s+(?P<role>[^\n(]{3,120}?))?(?:\s+on\s+behalf\s+of\s+[^\n(]{3,80}?)?"
                             r"(?:\s*\([^)\n]{1,40}\))?[.:]?\s*", re.I)
#: a heading that opens the next question on the page: "Asked by …", "Question WQ 31/0418"
_NEXT_QUESTION = re.compile(r"\s*(?:asked\s+by|question\b|to\s+ask\b)", re.I)


def written_answer(text: str, index: ActorIndex) -> tuple[Speaker, int, int] | None:
    """Who a written answer to a parliamentary question is by, and where it runs (to the next question, if any).

    A page of written questions and answers gives the answer whole under a heading that names the
    office holder who gives it, with no verb of saying: every sentence after it is theirs, and "the
    Government" they answer for is them too.

    >>> from pathlib import Path
    >>> from kg.annotations import Actor, Place
    >>> here = Place(Path("actors.yaml"), 1)
    >>> index = ActorIndex({"veldren": Actor("veldren", "state", "Veldren", (), None, None, None, (), here)})
    >>> text = ("To ask the Minister whether troops were sent.\\n\\nAnswered by Ana Kroon, Minister of Defence of "
    ...         "Veldren\\n\\nNo troops were sent.")
    >>> speaker, start, end = written_answer(text, index)
    >>> speaker.name, text[start:end]
    ('Ana Kroon', 'No troops were sent.')
    """
    paras = paragraphs(text)
    for i, (a, b) in enumerate(paras[:-1]):
        if not (heading := _ANSWER_HEADING.fullmatch(text, a, b)):
            continue
        name = heading["name"].strip()
        speakers = (index.speakers(f"{name}, {heading['role']}") if heading["role"] else []) or index.speakers(name)
        if not speakers or speakers[0].kind != "person":
            return None
        end = next((c for c, d in paras[i + 1:] if _NEXT_QUESTION.match(text, c, d)), len(text))
        return speakers[0], paras[i + 1][0], end
    return None


#: a first-person account given to a reporter: "His account has been condensed. As told to Ingrid Solheim."
_AS_TOLD_TO = re.compile(r"\b(?:as\s+told\s+to|in\s+conversation\s+with)\s+(?P<reporter>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})",
                         re.I)
#: who gives the account, named where the paragraph that says so opens: "Teodor Brannik, 34, was a captain …"
_NARRATOR = re.compile(r"\s*(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})(?=,|\s+(?:is|was|has|had|spent|fled|lives|"
                       r"served|worked)\b)")


def as_told_to(text: str, index: ActorIndex) -> tuple[Speaker, int, int] | None:
    """The person whose first-person account a reporter wrote down ("As told to …"), and where it runs.

    A magazine's first-person piece gives one person's words whole, with no verb of saying; the
    standfirst that says whose they are names them first ("Teodor Brannik, 34, was a captain … As
    told to Ingrid Solheim."). The account is theirs from the next paragraph on.
    """
    paras = paragraphs(text)
    for i, (a, b) in enumerate(paras[:6]):
        if not (told := _AS_TOLD_TO.search(text, a, b)):
            continue
        opening = _NARRATOR.match(text, a, b) or (_NARRATOR.match(text, *paras[i - 1]) if i else None)
        if not opening or opening["name"] == told["reporter"] or i + 1 >= len(paras) or \
                not _FIRST_PERSON.search(text, paras[i + 1][0]):
            return None
        speakers = index.speakers(opening["name"])
        return (speakers[0], paras[i + 1][0], len(text)) if speakers and speakers[0].kind == "person" else None
    return None


#: a document's title that names its issuer: "Summary of the Ministry of Defence of Drosvia on the situation …",
#: "Statement by the Foreign Ministry on …", "Joint communiqué issued by the two governments"
_ISSUED_TITLE = re.compile(r"\s*(?:(?:full\s+text|update\s+\d+)\s*[:—–-]\s*)?(?:daily\s+|joint\s+|official\s+)?"
                           r"(?:statement|summary|communiqu[eé]|press\s+release|readout|declaration)\s+"
                           r"(?:of|by|from|issued\s+by)\s+(?P<issuer>(?:the\s+)?[A-Z][^,:\n]*?)"
                           r"(?:\s+(?:on|about|regarding|concerning|following)\s[^\n]*|,[^\n]*)?\s*", re.I)


def issued_title(text: str, index: ActorIndex) -> tuple[Speaker, int] | None:
    """The organisation a document's title says issued it, and where its body starts.

    A ministry's daily summary or a statement published under its own title speaks in the issuer's
    voice throughout ("The enemy attempted to strike the plant"), with no verb of saying.
    """
    paras = paragraphs(text)
    for i, (a, b) in enumerate(paras[:3]):
        if (title := _ISSUED_TITLE.fullmatch(text, a, b)) and (issuers := index.speakers(title["issuer"])) and \
                index.kind(issuers[0].actor) not in ("person", "media"):
            return issuers[0], paras[i + 1][0] if i + 1 < len(paras) else b
    return None


#: a line that says what kind of document a text is: "Daily Report 6/2031 issued on 8 March 2031", "Press Service,
#: Communiqué No. 27/2031", "Incident notice"
_DOCUMENT_KIND = re.compile(r"\b(?:report|communiqu[eé]|statement|bulletin|notice|update|press\s+release|advisory|"
                            r"readout|briefing\s+note|technical\s+note|situation\s+report|sitrep|client\s+note|"
                            r"service\s+status|status\s+page|incident\s+log)\b", re.I)


#: a line that is a sentence, not a heading: it ends as one does, or holds one's end
_SENTENCE = re.compile(r"[.!?:][\"”’]?\s*$|[.!?]\s+[A-Z]")


def heading_lines(text: str, paras: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The paragraphs before the text's first sentence: its title, notes, bylines and headers.

    >>> heading_lines("REPORT\\nDaily Update 3/2025\\nThe team saw craters. More follow.", [(0, 6), (7, 26), (27, 57)])
    [(0, 6), (7, 26)]
    """
    head = []
    for a, b in paras:
        if _SENTENCE.search(text, a, b):
            break
        head.append((a, b))
    return head


#: a record of what several people said: "Official Report", "Verbatim record", "Minutes of the meeting"
_PROCEEDINGS = re.compile(r"\b(?:official\s+report|record|proceedings|hansard|transcript|minutes|hearing|debate|"
                          r"session|sitting)\b", re.I)


#: a name, each word capitalised, as an issuer heads its own page: "Velnet", "Aldergate Bank", "Ministry of Defence of
#: the Republic of Halvenia, Press Office", "Orme Maritime Security Advisory (OMSA)"
_PROPER_NAME = re.compile(r"[A-Z][\w'’&.-]*(?:,?\s+(?:[A-Z][\w'’&.-]*|of|for|and|the|on|in))*(?:\s+\([\w .&-]{1,40}\))?")


def issuer_heading(text: str, index: ActorIndex) -> tuple[Speaker, int] | None:
    """The organisation a document's heading lines name, when they also say what kind of document it is, and where
    its body starts.

    A monitoring mission's daily report or a ministry's communiqué opens with the issuer's name on
    a line of its own ("AMBREL CEASEFIRE MONITORING MISSION", then "Daily Report 6/2031 issued on 8
    March 2031"); what follows is the issuer's, with no verb of saying ("The Mission recorded 312
    ceasefire violations").
    """
    head = heading_lines(text, paragraphs(text)[:6])
    if not any(_DOCUMENT_KIND.search(text, a, b) for a, b in head) or \
            any(_PROCEEDINGS.search(text, a, b) for a, b in head):
        return None  # a record of proceedings gives each speaker's own turns
    for a, b in head:
        line = unshouted(text[a:b].strip())
        named = re.split(r"\s+[-–—|]\s+", line)[0]  # "ORME MARITIME SECURITY ADVISORY (OMSA) - INCIDENT NOTICES"
        kind = _DOCUMENT_KIND.search(line)  # "Velnet Service Status: Nationwide loss of supply": the issuer, then the kind
        before_kind = line[:kind.start()].strip() if kind else ""
        for name in (named, before_kind if _PROPER_NAME.fullmatch(before_kind) else ""):
            if name and name != line and (issuer := index.known_in_full(name)) and \
                    index.kind(issuer.actor) not in ("person", "media", "state"):
                return issuer, head[-1][1]
        if len(line.split()) > 10 or _DOCUMENT_KIND.search(line) or re.search(r"\d", line):
            continue  # a title, or a dateline ("Vossberg, 4 March 2031")
        if _PROPER_NAME.fullmatch(line) and (issuer := index.known_in_full(line)) and \
                index.kind(issuer.actor) not in ("person", "media", "state"):
            return issuer, head[-1][1]  # a name, not a title naming someone ("Cold Switch: how Greyfen …")
    return None


#: a line over a document an article reproduces, or a body publishes, naming who issued it: "PRESS RELEASE - Skerra Net,
#: Ostrand, 17 January 2029", "Statement: Ministry of Defence", "FROM THE WAKELINE BLOG, 18 January 2029", "Embassy of
#: Varnholt in Maelis | 20 March 2028"
_DOCUMENT_HEADER = re.compile(
    r"\s*(?:(?:press|news|media)\s+release|statement|communiqu[eé]|advisory)\s*[-–—:|]\s*(?P<issuer>[^,\n]{2,80}?)"
    r"(?:,[^\n]{0,60})?\s*"
    r"|\s*from\s+(?:the\s+)?(?P<site>[^,\n]{2,60}?)\s+(?:blog|website|channel|page|newsletter)(?:,[^\n]{0,60})?\s*"
    # "Embassy of Varnholt in Maelis | 20 March 2028": a body's name and the day, as its web page heads a text, maybe
    # with the kind of page between and a word before the day ("Parallax Investigations | Report | 21 October 2031",
    # "Ministry for Foreign Affairs | Travel advice | Still current at: 29 October 2031", "Foreign Affairs Committee
    # | Fifth Report of Session 2028-29 | Published 22 May 2029")
    r"|\s*(?P<body>[A-Z][^|\n]{2,80}?)\s*\|\s*(?:[A-Z][^|\n]{1,40}?\s*\|\s*)?"
    r"(?:[A-Z][^|\n:\d]{1,30}:\s*|(?:published|updated|last\s+updated|issued|posted)\s+(?:on\s+)?)?"
    r"(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2},?)\s+\d{4}\s*",
    re.I)


def document_header(text: str, para: tuple[int, int], index: ActorIndex) -> Speaker | None:
    """Who issued the document a header line opens, when an article reproduces one after another.

    A trade site that gives an operator's press release and then a tracking firm's blog post heads
    each with its issuer; what follows is the issuer's, sentence by sentence, up to the next header.
    """
    if titled := _ISSUED_TITLE.fullmatch(text, *para):
        # "Statement by Aldmark Shipping on the MV Merel Grace" over a statement an article gives after its lead
        issuer = unshouted(titled["issuer"])
        issuers = index.named_in_full(issuer)
        # by its own name, not by a place in it ("Joint statement of the Ruwa summit" is not the government in Ruwa)
        head = issuer.split(" of ")[0].split()[-1].lower() if issuer.split() else ""
        named = issuers and head in index.name_words(issuers[0].actor)
        # a person's by name ("STATEMENT BY THE MINISTER FOR FOREIGN AFFAIRS, CECILIA BRAMWELL"), not by office alone
        kind = index.kind(issuers[0].actor) if issuers else None
        in_full = kind != "person" or issuers[0].name.split()[-1].lower() in issuer.lower()
        return issuers[0] if named and issuers[0].known and kind != "media" and in_full else None
    if not (header := _DOCUMENT_HEADER.fullmatch(text, *para)):
        return None
    issuers = index.speakers(unshouted(header["issuer"] or header["site"] or header["body"]))
    # an outlet's name over the day is its own dateline, not a document it reproduces
    mute = ("person", "media") if header["body"] else ("person",)
    return issuers[0] if issuers and index.kind(issuers[0].actor) not in mute else None


def unshouted(name: str) -> str:
    """A name set in capitals as a heading sets it: "THE MINISTRY OF FOREIGN AFFAIRS" -> "Ministry of Foreign Affairs"."""
    if not name.isupper():
        return name
    name = re.sub(r"\b(?:Of|The|And|For|On|In|To|At)\b", lambda m: m.group().lower(), name.title())
    return name.removeprefix("the ")


def signs_off(text: str, para: tuple[int, int]) -> bool:
    """True for a line that ends a document an article reproduces: its signature ("Marten Osk, Chief Executive") or
    the article's next section heading in capitals ("REACTIONS")."""
    return bool(_SIGNATURE.fullmatch(text, *para) or _SECTION.fullmatch(text, *para))


def is_formality(sentence: str) -> bool:
    """True for the closing request to circulate the letter, which says nothing."""
    return bool(_FORMALITY.search(sentence))

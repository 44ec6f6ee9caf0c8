"""When a statement was made, from the words around its attribution, relative to the article's date.

Explicit days ("on October 19", "19 October", "October 19, 2024", "Oct. 19"), weekdays ("on
Monday": the last such day on or before publication), "yesterday", "overnight", "today", and
spans ("earlier this month", "earlier in October", "earlier this year", "this week", "last
week": the calendar week before). Words that say nothing about when leave the date open;
:func:`speech_date` then bounds it by publication, since nothing is reported before it is said.

>>> published = dt.date(2024, 10, 21)
>>> find_date("said on October 19 that", published)
(datetime.date(2024, 10, 19), None, None)
>>> find_date("Earlier in October, Moscow had", published)
(None, datetime.date(2024, 10, 1), datetime.date(2024, 10, 20))
>>> find_date("told reporters on Monday", published)
(datetime.date(2024, 10, 21), None, None)
"""

from __future__ import annotations

import calendar
import contextlib
import datetime as dt
import re

from ..compile import sentence_spans

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
EXPLICIT = re.compile(
    rf"\b(?:(?P<m1>{_MONTH})\.? (?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:,? (?P<y1>\d{{4}}))?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)? (?P<m2>{_MONTH})(?:,? (?P<y2>\d{{4}}))?)\b", re.I)
WEEKDAY = re.compile(r"\b(?:on |last )?(?P<w>" + "|".join(WEEKDAYS) + r")\b", re.I)
EARLIER_IN = re.compile(rf"\bearlier (?:in|this) (?P<m>{_MONTH}|month|year|week)\b", re.I)
RELATIVE = re.compile(r"\b(?P<r>yesterday|today|tonight|overnight|last night|last week|last month|this week|this month)\b",
                      re.I)

DateFound = tuple[dt.date | None, dt.date | None, dt.date | None]
#: "KYIV, Nov. 5 (Wire) —", "KORDESK, March 4. /Agency/.": when the article was filed, not when anyone spoke
DATELINE = re.compile(rf"^\s*[A-Z][\w .'’-]{{1,40}},\s+(?i:(?:{_MONTH})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?:{_MONTH}))(?:,?\s+\d{{4}})?\.?"
                      rf"\s*(?:\([^)]*\)|/[^/]+/\.?)?\s*[—–-]*\s*")


def _year_for(month: int, day: int, published: dt.date) -> int:
    """The year that puts month/day on or before publication (news reports the past)."""
    return published.year if (month, day) <= (published.month, published.day) else published.year - 1


def find_date(text: str, published: dt.date | None) -> DateFound:
    """(date, earliest, latest) from ``text``; all None when it says nothing about when."""
    if m := EXPLICIT.search(text):
        month = MONTHS[(m["m1"] or m["m2"]).lower()]
        day = int(m["d1"] or m["d2"])
        year = int(m["y1"] or m["y2"]) if (m["y1"] or m["y2"]) else (_year_for(month, day, published) if published else None)
        if year:
            try:
                return dt.date(year, month, day), None, None
            except ValueError:
                return None, None, None
    if published is None:
        return None, None, None
    if m := EARLIER_IN.search(text):
        unit = m["m"].lower()
        before = published - dt.timedelta(days=1)
        if unit == "year":
            return None, dt.date(published.year, 1, 1), before
        if unit == "week":
            monday = published - dt.timedelta(days=published.weekday())
            return None, min(monday, before), before
        month = published.month if unit == "month" else MONTHS[unit]
        year = published.year if month <= published.month else published.year - 1
        last = before if (year, month) == (published.year, published.month) else \
            dt.date(year, month, calendar.monthrange(year, month)[1])
        return None, dt.date(year, month, 1), last
    if m := RELATIVE.search(text):
        word = m["r"].lower()
        monday = published - dt.timedelta(days=published.weekday())
        if word in ("today", "tonight"):
            return published, None, None
        if word in ("yesterday", "overnight", "last night"):
            return published - dt.timedelta(days=1), None, None
        if word == "this week":
            return (published, None, None) if monday == published else (None, monday, published)
        if word == "this month":
            return None, published.replace(day=1), published
        if word == "last week":
            return None, monday - dt.timedelta(days=7), monday - dt.timedelta(days=1)
        last_month_end = published.replace(day=1) - dt.timedelta(days=1)
        return None, last_month_end.replace(day=1), last_month_end
    if m := WEEKDAY.search(text):
        back = (published.weekday() - WEEKDAYS[m["w"].lower()]) % 7
        return published - dt.timedelta(days=back), None, None
    return None, None, None


def speech_date(text: str, published: dt.date | None, cue: str | None = None) -> DateFound:
    """:func:`find_date`, or, when the words say nothing, "on or before publication" (a ``latest`` bound).

    >>> speech_date("Peskov said", dt.date(2024, 10, 21))
    (None, None, datetime.date(2024, 10, 21))
    >>> speech_date("KYIV, Nov. 5 (Wire) — the Pentagon confirmed on November 4", dt.date(2024, 11, 5))[0]
    datetime.date(2024, 11, 4)
    >>> speech_date("On October 19 he could not confirm it; on October 23 he said", dt.date(2024, 11, 5), "said")[0]
    datetime.date(2024, 10, 23)
    """
    text = DATELINE.sub("", text)
    # "As late as October 19 X could not confirm it; on October 23 he said …": the date of the cue's own clause
    clause = next((c for c in re.split(r";\s+", text) if cue and cue.lower() in c.lower()), text)
    found = find_date(clause, published) if clause != text else (None, None, None)
    found = found if any(found) else find_date(text, published)
    return found if any(found) or published is None else (None, None, published)


#: the clause of an introduction that says when the interview took place: "Compass met her in her office on June 29",
#: "The interview was recorded on Tuesday", or when written answers came: "his answers arrived on Friday evening"
_HELD = re.compile(r"\b(?:met|interviewed|spoke|talked|sat down|conducted|took place|recorded|answers\s+(?:arrived|came)|"
                   r"answered|replied|responded)\b", re.I)
#: the first turn of a transcript, where its introduction ends: "Q:", "MS FERRIS:"
_FIRST_TURN = re.compile(r"^(?:Q|QUESTION|[A-Z][A-Z .'’-]{1,40}):", re.M)


def session_date(text: str, published: dt.date | None) -> dt.date | None:
    """The day a transcript records: the first full date in its header ("Department Press Briefing, March 19,
    2025"), or the day its introduction says the interview took place, else the day of publication.

    >>> session_date("Press Briefing\\n\\nMarch 19, 2025\\n\\nQUESTION: …", dt.date(2025, 3, 20))
    datetime.date(2025, 3, 19)
    >>> session_date("Interview\\n\\nThe Post met her in Lodz on June 29.\\n\\nQ: …", dt.date(2029, 7, 6))
    datetime.date(2029, 6, 29)
    """
    for m in EXPLICIT.finditer(text[:400]):
        if m["y1"] or m["y2"]:
            month = MONTHS[(m["m1"] or m["m2"]).lower()]
            with contextlib.suppress(ValueError):
                return dt.date(int(m["y1"] or m["y2"]), month, int(m["d1"] or m["d2"]))
    turn = _FIRST_TURN.search(text, 0, 2000)
    intro = text[:turn.start() if turn else 0]
    for start, end in sentence_spans(intro):
        for clause in intro[start:end].split(";"):  # "We sent them on 8 May; his answers arrived on Friday."
            if _HELD.search(clause) and (day := find_date(clause, published)[0]):
                return day
    return published


#: a live blog entry's time stamp: "08:45", "9.30am", "14:05 GMT"
TIMESTAMP = re.compile(r"\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\b", re.I)
_DAY_HEADING = re.compile(rf"^\s*(?:(?:{'|'.join(WEEKDAYS)}),?\s+)?(?:\d{{1,2}}\s+(?:{_MONTH})|(?:{_MONTH})\s+\d{{1,2}})"
                          rf"(?:,?\s+\d{{4}})?(?:,?\s+(?:at\s+)?\d{{1,2}}(?:[:.]\d{{2}})?\s*(?:[ap]\.?m\.?)?)?\s*$", re.I)


_DAY_LED = re.compile(rf"\s*(?:(?:{'|'.join(WEEKDAYS)}),?\s+)?(?:\d{{1,2}}\s+(?:{_MONTH})|(?:{_MONTH})\s+\d{{1,2}})"
                     rf"(?:,?\s+\d{{4}})?\s*[–—:-]\s+(?=\S)", re.I)


def day_led(paragraph: str, published: dt.date | None) -> dt.date | None:
    """The day a chronology's entry opens with ("11 June – The ministry says …"), which its statements were
    made on, or None for a paragraph that opens otherwise.

    >>> day_led("11 June – Korsavia's defence ministry says drones struck the site.", dt.date(2029, 9, 14))
    datetime.date(2029, 6, 11)
    >>> day_led("On 11 June the ministry said drones struck the site.", dt.date(2029, 9, 14)) is None
    True
    """
    if not (m := _DAY_LED.match(paragraph)) or published is None:
        return None
    return find_date(m.group(), published)[0]


def day_heading(paragraph: str, published: dt.date | None) -> dt.date | None:
    """The day a live blog's or a diary's heading names ("Tuesday 9 September"), or None for any other paragraph.

    >>> day_heading("Tuesday 9 September", dt.date(2025, 9, 9))
    datetime.date(2025, 9, 9)
    >>> day_heading("Sunday 7 September, 11 p.m.", dt.date(2025, 9, 9))
    datetime.date(2025, 9, 7)
    >>> day_heading("Troops crossed on 9 September", dt.date(2025, 9, 9)) is None
    True
    """
    if not _DAY_HEADING.match(paragraph) or published is None:
        return None
    return find_date(paragraph, published)[0]


#: the heading of an article's notes, whose entries say where and when each cited statement was made
_NOTES_HEADING = re.compile(r"^[ \t]*(?:References|Notes|Sources|Footnotes|Endnotes)[ \t]*$", re.M | re.I)
#: one entry of the notes: "2. Haldoran foreign ministry, 5 Mar.", "[4] Interview with HTV, 29 October.", "1 Norrel …"
_NOTE_ENTRY = re.compile(r"^[ \t]*(?:\[(?P<bracketed>\d{1,3})\]|(?P<number>\d{1,3})\.?)[ \t]+(?P<entry>\S[^\n]*)$", re.M)
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
#: a note's mark after the words it cites: "denied involvement.[2]", "asserted that he had been kidnapped.²"
_NOTE_MARK = re.compile(r"\[(?P<bracketed>\d{1,3})\]|(?P<superscript>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})")


def note_days(text: str, published: dt.date | None) -> dict[int, dt.date]:
    """The day each of an article's numbered notes gives for what it cites, read from its notes section.

    An encyclopedia article or a journal's footnotes date a statement by its source, not in the sentence:

    >>> note_days("Haldor denied it.[1]\\n\\nReferences\\n1. Haldoran foreign ministry, 5 Mar.", dt.date(2031, 4, 9))
    {1: datetime.date(2031, 3, 5)}
    """
    headings = list(_NOTES_HEADING.finditer(text))
    if not headings:
        return {}
    days = {}
    for entry in _NOTE_ENTRY.finditer(text, headings[-1].end()):  # the last such heading: notes come at the end
        if day := find_date(entry["entry"], published)[0]:
            days[int(entry["bracketed"] or entry["number"])] = day
    return days


def noted_day(text: str, end: int, sentence_end: int, days: dict[int, dt.date]) -> dt.date | None:
    """The day the first note mark after ``end`` in its sentence (or right after its stop) dates it to."""
    if not days:
        return None
    if mark := _NOTE_MARK.search(text, end, min(len(text), sentence_end + 8)):
        return days.get(int(mark["bracketed"] or mark["superscript"].translate(_SUPERSCRIPTS)))
    return None

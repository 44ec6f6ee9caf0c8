"""A wire factbox of what each side said: a line naming a speaker, then bullets that are theirs.

"WHAT THEY SAID" lists run the same way in every wire: a line that names the speaker, their role
and when they spoke, ending in a colon, then one bullet per remark. A bullet quotes the speaker
("- "We will not pay for a crime we did not commit.""), reports them with the subject left out
("- Said the data had been handed over in full.", "- Called the session a tribunal."), or
paraphrases them ("- The airline followed every notice in force."). All of it is the speaker's.

>>> text = "WHAT THEY SAID\\n\\nILYA MARREK, foreign minister, on Tuesday:\\n\\n- Said the site was open."
>>> line = listed_by(text, (16, 58), (60, 85))
>>> line["who"], line["when"]
('ILYA MARREK, foreign minister', 'on Tuesday')
"""

from __future__ import annotations

import re

#: a bullet's mark: "- ", "• ", "* ", "– "
BULLET = re.compile(r"\s*[-•*–]\s+(?=\S)")
#: the line naming who the bullets after it are from: "ILYA MARREK, Vendria's permanent representative, on Tuesday:",
#: "A spokesman for the U.N. Secretary-General, on Monday:"
_SPEAKER_LINE = re.compile(r"\s*(?P<who>[A-Z][^:\n]{2,200}?)(?:,\s+(?P<when>(?:on|in|at|late|early|last)\s+[^,:\n]{2,40}|"
                           r"(?:yesterday|today|earlier|this week|last week)))?\s*:\s*")


def listed_by(text: str, para: tuple[int, int], following: tuple[int, int] | None) -> re.Match | None:
    """The speaker line ``para`` is, when the paragraph after it (``following``) is a bullet: its ``who`` names
    the speaker and its ``when`` says when they spoke. A line that ends in a colon with no bullet after it is
    no list ("He released the following statement:")."""
    if following is None or not BULLET.match(text, *following):
        return None
    line = _SPEAKER_LINE.fullmatch(text, *para)
    # a name with a role, or with when they spoke: "Key Takeaways:" heads the writer's own list
    return line if line and ("," in line["who"] or line["when"]) else None


#: a guide's entry heading: "HELENA SAARVA, President of Estmark", "KOLVAN'S DEFENCE MINISTRY" (the name in capitals,
#: maybe its role after a comma, and no sentence)
_ENTRY = re.compile(r"\s*(?P<who>[A-Z][A-Z'’.-]+(?:(?:\s+(?:[A-Z][A-Z'’.-]+|of|the|for)){1,5}(?:,\s+[^\n.:!?]{3,100})?|"
                    r",\s+[^\n.:!?]{3,100}))\s*")


def entry_of(text: str, para: tuple[int, int], following: tuple[int, int] | None) -> str | None:
    """Who a guide's entry heading names, when the paragraph after it tells what they said ("Who's who: the key
    players"): that paragraph leaves them out as its subject ("Has called the strike a war crime.").

    >>> text = "HELENA SAARVA, President of Estmark\\nHas called the strike a war crime."
    >>> entry_of(text, (0, 35), (36, 70))
    'HELENA SAARVA, President of Estmark'
    """
    if following is None or BULLET.match(text, *following) or _ENTRY.fullmatch(text, *following):
        return None
    found = _ENTRY.fullmatch(text, *para)
    return found["who"] if found and re.match(r"\s*[A-Z][a-z]+\b", text[following[0]:following[1]]) else None

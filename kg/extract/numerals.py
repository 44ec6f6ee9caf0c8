"""Numbers written in words, as digits: "sixty-one" is 61, "six hundred" 600, "a thousand" 1000.

Quotes and some outlets spell numbers out ("the toll stands at sixty-one", "more than six hundred of
our soldiers") where a proposition writes them in digits ("killed 61 workers"); a count is one of a
proposition's parts only if both are read the same way. Numbers below ten stay words ("one of them",
"two sides" are no counts), and so do scale words alone ("thousands of troops", "several thousand"),
which say how many only roughly. The arithmetic is text2num's.

>>> digits("The official toll now stands at sixty-one, with a hundred and four injured")
'The official toll now stands at 61, with 104 injured'
>>> digits("one of the Twenty-Third Brigade's several thousand men")
"one of the Twenty-Third Brigade's several thousand men"
"""

from __future__ import annotations

import re

from text_to_num import text2num

_WORD = (r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
         r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|"
         r"billion)")
#: a run of number words, joined by spaces, hyphens or "and", not part of an ordinal or a longer word
_RUN = re.compile(r"(?<![\w-])(?:an?\s+)?" + _WORD + r"(?:(?:-|\s+|\s+and\s+)" + _WORD + r")*(?![\w-])", re.I)
_SCALE = re.compile(r"^(?:hundred|thousand|million|billion)$", re.I)


def _value(run: str) -> str:
    if _SCALE.match(run):
        return run
    words = re.sub(r"^an?\s+", "one ", run, flags=re.I)
    try:
        value = text2num(words.lower(), "en")
    except ValueError:
        return run
    return str(value) if value >= 10 else run


def digits(text: str) -> str:
    """The text with every number of ten or more written in words replaced by its digits."""
    return _RUN.sub(lambda m: _value(m.group()), text)

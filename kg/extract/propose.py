"""Which proposition a statement is about: the closest existing one, or a new draft.

Closeness is the Jaccard overlap of content words (lower-cased, stop words dropped,
crude suffix stemming) between the statement's words and a proposition's text. At or
above :data:`THRESHOLD` the existing proposition is proposed; below it, a new draft
proposition with the statement's words. No entailment link is ever proposed: the
reviewer decides them.

>>> closeness("North Korean troops could be ready to join the fight", "North Korean troops are in Russia.")
0.429
"""

from __future__ import annotations

import re

from ..annotations import Proposition
from .lexicon import STOPWORDS
from .mentions import normalise, slugify

THRESHOLD = 0.3


def words(text: str) -> set[str]:
    """Content words, crudely stemmed, so 'troops'/'troop' and 'captured'/'capture' meet."""
    out = set()
    for w in re.findall(r"[a-z0-9][a-z0-9'-]*", normalise(text).lower()):
        if w in STOPWORDS or len(w) < 3:
            continue
        for suffix in ("ing", "ed", "es", "s"):
            if w.endswith(suffix) and len(w) - len(suffix) >= 4:
                w = w[: -len(suffix)]
                break
        out.add(w)
    return out


def closeness(a: str, b: str) -> float:
    """Jaccard overlap of the content words of two texts, rounded to three places."""
    x, y = words(a), words(b)
    return round(len(x & y) / len(x | y), 3) if x | y else 0.0


def closest(content: str, propositions: dict[str, Proposition]) -> tuple[str | None, float]:
    """The id of the closest proposition and its closeness, or (None, best) below the threshold."""
    best, score = None, 0.0
    for prop in propositions.values():
        value = closeness(content, prop.text)
        if value > score:
            best, score = prop.id, value
    return (best, score) if score >= THRESHOLD else (None, score)


def draft_id(content: str, taken: set[str]) -> str:
    """A fresh proposition id from the first content words; of stems found at the same place ('waterwork'
    and 'water' in 'waterworks'), the longer, the word written there, comes first."""
    text = content.lower()
    base = "draft_" + slugify(" ".join(sorted(words(content), key=lambda w: (text.find(w), -len(w), w))[:5]))[:50]
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}_{n}", n + 1
    return slug

"""Letters given whole: every sentence between the title (or salutation) and the signature is the signatory's.

A letter to the Security Council, an open letter or a letter to the editor is not reported speech: it
gives its author's words in the first person, with no verb of saying anywhere. The drafter reads such a
text the way it reads a transcript answer, once it knows who signed it.

>>> text = ("Letter dated 9 October from the Permanent Representative of Ardenne addressed to the President\\n\\n"
...         "I have the honour to protest.\\n\\n(Signed) Ivo Petrak")
>>> name, author, start, end = letter_spans(text)
>>> name, author, text[start:end].strip()
('Ivo Petrak', 'the Permanent Representative of Ardenne', 'I have the honour to protest.')
"""

from __future__ import annotations

import re

from .attribution import paragraphs
from .mentions import ActorIndex, Speaker

#: the cue of a letter's statements: the letter itself says them
LETTER = "letter"
#: a letter's title: "Letter dated 9 October 2026 from the Permanent Representative of X to the United Nations
#: addressed to the President of the Security Council", "An open letter from Y to Z"
_TITLE = re.compile(r"\s*(?:an?\s+)?(?:open\s+)?letter\b(?:\s+dated\s+[\w ,]+?)?\s+from\s+(?P<author>.+?)\s+"
                    r"(?:addressed\s+)?to\s", re.I)
#: how a letter opens when no title says it is one
_SALUTATION = re.compile(r"\s*(?:I have the honour to\b|Dear\s+[A-Z]|Your Excellency\b|Excellency,)")
#: the signature that ends it: "(Signed) Lidia Farkas", then who she is on the line below
_SIGNED = re.compile(r"\s*\((?i:signed)\)\s+(?P<name>[^\n]+?)\s*")
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


def is_formality(sentence: str) -> bool:
    """True for the closing request to circulate the letter, which says nothing."""
    return bool(_FORMALITY.search(sentence))

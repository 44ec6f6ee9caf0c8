"""Typography the rules do not read, rewritten at the same length into what they do.

Translated and European copy quotes with guillemets («…», or »…« in German style) where English
copy uses curly quotes, and a translator or editor speaks inside the text in brackets: "the call
sign "Chaban" [Translator's note: "shepherd"], says …". The rules read English quotation marks and
whole sentences, so guillemets become curly quotes, a note inside a sentence becomes blank space (the
sentence reads on past it), and a note standing as a sentence of its own keeps its words and loses
its brackets and label, so what it relays is read like the outlet's other sentences. A thread's post
numbers ("4/ ") and footnote marks in superscript ("… kidnapped.² Within a day") are blank space, so a
sentence opens on its subject and ends at its stop. Every character keeps its place, so offsets into
the rewritten text are offsets into the original.

>>> plain("«They crossed the field,» he said.")
'“They crossed the field,” he said.'
>>> plain('The commander [Editor\\'s note: a major], says the attack came at dawn.').split()
['The', 'commander', ',', 'says', 'the', 'attack', 'came', 'at', 'dawn.']
"""

from __future__ import annotations

import re

#: a pair of guillemets, French-style «…» or German-style »…«
_FRENCH = re.compile(r"«([^«»\n]*)»")
_GERMAN = re.compile(r"»([^«»\n]*)«")
#: a translator's or editor's note: "[Translator's note: …]", "[Editor's note - …]", "[Note: …]", "[Ed.: …]"
_NOTE = re.compile(r"\[(?P<label>\s*(?:(?:[A-Z][\w'’]*\s+){0,3}(?:note|Note|NOTE)|Ed\.|Editor|Translator)"
                   r"\s*[:.–—-]\s*)(?P<words>[^\[\]\n]*)\]")
#: a thread's post number opening a paragraph: "4/ That is a shift.", "(12/14) Karst's foreign ministry …"
_POST_NUMBER = re.compile(r"^[ \t]*\(?\d{1,3}/(?:\d{1,3})?\)?(?=[ \t]+\S)", re.M)
#: a footnote's mark in superscript digits after a word or a stop: "… had been kidnapped.² Within a day …"
_SUPERSCRIPT_MARK = re.compile(r"(?<=\S)[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}")
#: what may follow a note that closes a sentence or a paragraph
_ENDS = re.compile(r"\s*(?:$|\n)")


def _blank(found: re.Match) -> str:
    return " " * len(found.group())


def _unwrapped(text: str, found: re.Match) -> str:
    """The note's words where it stands as a sentence of its own, else blank space."""
    before = text[:found.start()].rstrip(" ")
    own = (not before or before.endswith(("\n", ".", "!", "?", "”", '"'))) and _ENDS.match(text, found.end())
    if not own:
        return _blank(found)
    return " " * (len(found.group("label")) + 1) + found.group("words") + " "


def plain(text: str) -> str:
    """``text`` with guillemets as curly quotes, translators' and editors' notes read as the outlet's own, and a
    thread's post numbers and superscript note marks blank."""
    text = _POST_NUMBER.sub(_blank, text)
    text = _SUPERSCRIPT_MARK.sub(_blank, text)
    text = _FRENCH.sub(lambda m: f"“{m.group(1)}”", text)
    text = _GERMAN.sub(lambda m: f"“{m.group(1)}”", text)
    return _NOTE.sub(lambda m: _unwrapped(text, m), text)

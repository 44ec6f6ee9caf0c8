"""Who a noun phrase names: actors already in the graph first, then new ones with a role.

Names and aliases of known actors are matched longest first ("South Korea's spy agency"
before "South Korea"); a person's surname alone ("Rutte") finds them once they are known;
"he", "she" and "they" point at the last speaker of that kind. A title and a name that
match no known actor ("French President Emmanuel Macron") propose a new person with the
role and, from the demonym or a known organisation, the affiliation.

>>> from kg.annotations import Actor, Place
>>> from pathlib import Path
>>> p = Place(Path("a.yaml"), 1)
>>> index = ActorIndex({"peskov": Actor("peskov", "person", "Dmitry Peskov", (), None, None, None, (), p),
...                     "kremlin": Actor("kremlin", "organization", "the Kremlin", ("Kremlin",), None, None, None, (), p)})
>>> [s.actor for s in index.speakers("Kremlin spokesman Dmitry Peskov")]
['peskov']
>>> index.speakers("Peskov")[0].actor
'peskov'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..annotations import Actor
from .lexicon import DEMONYMS, PRONOUNS, TITLE_WORDS

_NAME = re.compile(r"(?:[A-Z][\w’'\-.]+)(?:\s+[A-Z][\w’'\-.]+)+")
_LEADING = re.compile(r"^(?:the|a|an|and|but|while|as|even though|although|though|after|before|when|because)\s+", re.I)
_TRAILING = re.compile(r"\s+(?:both|also|reportedly|had|has|have|again|later|repeatedly|previously|publicly|"
                       r"then|earlier|on \w+ \d+|last \w+)$", re.I)


def normalise(text: str) -> str:
    """Typographic apostrophes and spaces made plain, so names match however the article set them."""
    return text.replace("’", "'").replace("\u00a0", " ")


def slugify(name: str) -> str:
    """A new actor id from a name: ``Kim Jong Un`` -> ``kim_jong_un``."""
    return "_".join(re.findall(r"[a-z0-9]+", normalise(name).lower())) or "actor"


@dataclass
class Speaker:
    """A resolved speaker: a known actor id, or a proposal for a new one."""

    actor: str
    name: str
    known: bool = True
    kind: str = "person"
    role: str | None = None
    organization: str | None = None
    confidence: float = 0.9


@dataclass
class ActorIndex:
    """Names, aliases and surnames of the actors already in the graph."""

    actors: dict[str, Actor]
    names: list[tuple[str, str]] = field(default_factory=list)
    surnames: dict[str, str] = field(default_factory=dict)
    last: dict[str, str] = field(default_factory=dict)
    proposed: dict[str, Speaker] = field(default_factory=dict)

    def __post_init__(self) -> None:
        entries = []
        surname_count: dict[str, list[str]] = {}
        for actor in self.actors.values():
            for name in (actor.name, *actor.aliases):
                entries.append((normalise(name), actor.id))
                if name.lower().startswith("the "):
                    entries.append((normalise(name[4:]), actor.id))
            if actor.type == "person":
                surname_count.setdefault(actor.name.split()[-1], []).append(actor.id)
        self.names = sorted(set(entries), key=lambda e: -len(e[0]))
        self.surnames = {s: ids[0] for s, ids in surname_count.items() if len(ids) == 1}

    def mentions(self, text: str) -> list[tuple[int, int, str]]:
        """Known actors named in ``text``: (start, end, id), longest names first, never overlapping."""
        plain = normalise(text)
        taken: list[tuple[int, int, str]] = []
        for name, actor in self.names:
            for m in re.finditer(rf"(?<![\w]){re.escape(name)}(?![\w])", plain):
                if not any(m.start() < e and s < m.end() for s, e, _ in taken):
                    taken.append((m.start(), m.end(), actor))
        for surname, actor in self.surnames.items():
            for m in re.finditer(rf"(?<![\w]){re.escape(surname)}(?![\w])", plain):
                if not any(m.start() < e and s < m.end() for s, e, _ in taken):
                    taken.append((m.start(), m.end(), actor))
        return sorted(taken)

    def kind(self, actor: str) -> str:
        known = self.actors.get(actor)
        return known.type if known else self.proposed.get(actor, Speaker(actor, actor)).kind

    def remember(self, speaker: Speaker) -> None:
        """Note the latest speaker of each kind, for pronouns in later sentences."""
        self.last["person" if self.kind(speaker.actor) == "person" else "other"] = speaker.actor

    def speakers(self, phrase: str) -> list[Speaker]:
        """The speakers a subject phrase names; coordinated phrases ("A and B") give several."""
        phrase = _TRAILING.sub("", _LEADING.sub("", normalise(phrase).strip(" ,")))
        if phrase.lower() in PRONOUNS:
            key = "person" if phrase.lower() in ("he", "she") else "other"
            who = self.last.get(key) or (self.last.get("person") if key == "other" else None)
            return [Speaker(who, who, confidence=0.6)] if who else []
        found = []
        if "," in phrase:  # "NAME, ROLE": the name speaks, the role describes
            head, _, role = phrase.partition(",")
            named = self._one(head)
            if named and not named.known:
                named.role = named.role or " ".join(w for w in role.split() if w.lower() in TITLE_WORDS) or None
                named.organization = named.organization or next(
                    (a for _, _, a in self.mentions(role)), None)
            return [named] if named else []
        for part in re.split(r"\s+and\s+", phrase):
            speaker = self._one(part)
            if speaker:
                found.append(speaker)
        if len(found) < 2:
            single = self._one(phrase)
            found = [single] if single else []
        return found

    def note(self, text: str) -> None:
        """Remember the actors a sentence mentions, so a pronoun in the next one can find them."""
        for _, _, actor in self.mentions(text):
            self.remember(Speaker(actor, actor))

    def _one(self, phrase: str) -> Speaker | None:
        phrase = phrase.strip(" ,")
        # a possessive names a modifier ("North Korea's minister"), not the speaker
        every = self.mentions(phrase)
        mentions = [m for m in every if phrase[m[1]:m[1] + 2] not in ("'s", "’s")]
        names = [m for m in _NAME.finditer(phrase) if not all(w.lower() in TITLE_WORDS for w in m.group().split())
                 and phrase[m.end() - 2:m.end()] not in ("'s", "’s")]
        unknown = [m for m in names if not any(s <= m.start() < e or m.start() <= s < m.end() for s, e, _ in every)]
        if mentions and (not unknown or mentions[-1][1] >= unknown[-1].end()):
            start, end, actor = mentions[-1]
            return Speaker(actor, phrase[start:end], confidence=0.9 if end == len(phrase) else 0.75)
        if unknown:
            return self._propose(phrase, unknown[-1], mentions)
        return None

    def _propose(self, phrase: str, name: re.Match, mentions: list) -> Speaker:
        words = name.group().split()
        lead = [w for w in words if w.lower() in TITLE_WORDS or w.lower() in DEMONYMS]
        person_name = " ".join(w for w in words if w not in lead) or name.group()
        before = (phrase[: name.start()] + " " + " ".join(lead)).strip()
        organization = next((a for s, e, a in reversed(mentions) if e <= name.start() + 1), None)
        demonym = next((DEMONYMS[w.lower()] for w in re.findall(r"[\w.]+", before) if w.lower() in DEMONYMS), None)
        if organization is None and demonym in self.actors:
            organization = demonym
        role_words = [w for w in re.findall(r"[\w'’]+", before) if w.lower() in TITLE_WORDS - {"of", "to", "the"}]
        slug = slugify(person_name)
        speaker = Speaker(slug, person_name, known=False, kind="person", role=" ".join(role_words) or None,
                          organization=organization, confidence=0.5)
        self.proposed.setdefault(slug, speaker)
        return speaker

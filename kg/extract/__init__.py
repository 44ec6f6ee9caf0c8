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
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..annotations import DEFAULT_FACTUALITY, Actor, Proposition
from ..compile import sentence_spans
from .attribution import Found, find_indirect, find_passive_proposals, find_quotes, paragraphs
from .dates import find_date
from .lexicon import DIRECTIVE, DISMISSIVE, NEGATION, POSSIBLE, PROBABLE
from .mentions import ActorIndex, slugify
from .propose import closest, draft_id


@dataclass
class Draft:
    """A draft annotation: article metadata, statements, proposed actors and propositions."""

    article: dict
    statements: list[dict] = field(default_factory=list)
    actors: list[dict] = field(default_factory=list)
    propositions: list[dict] = field(default_factory=list)

    def to_yaml(self) -> str:
        """The draft in kg's annotation format, ready for review."""
        doc = {"article": self.article}
        if self.actors:
            doc["actors"] = self.actors
        if self.propositions:
            doc["propositions"] = self.propositions
        doc["statements"] = self.statements
        header = ("# Draft annotation written by 'kg extract'. Review every statement: check speaker, type,\n"
                  "# factuality, date and proposition, then delete its 'review: pending' line. Proposed actors\n"
                  "# and propositions need the same care; add entails/incompatible_with links yourself.\n")
        return header + yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=110)


def classify(found: Found, text: str) -> tuple[str, str | None]:
    """The statement type and FactBank value, from the cue, the words and their hedges."""
    kind = found.kind
    content = text[found.start:found.end]
    if found.direct or kind == "claim":
        if DISMISSIVE.search(content):
            kind = "dismissal"
        elif found.direct and DIRECTIVE.search(content):
            kind = "call"
    factuality = DEFAULT_FACTUALITY[kind]
    if kind in ("claim", "warning", "accusation"):
        hedged = f"{found.cue} {content} {found.attribution}"
        certainty = "PS" if POSSIBLE.search(hedged) else "PR" if (PROBABLE.search(hedged) or kind == "warning") else "CT"
        polarity = "-" if NEGATION.search(" ".join(content.split()[:5])) else "+"
        factuality = certainty + polarity
    return kind, factuality


def extract(text: str, published: dt.date | None, actors: dict[str, Actor],
            propositions: dict[str, Proposition], article_id: str = "article", text_file: str = "article.txt",
            title: str | None = None, outlet: str | None = None) -> Draft:
    """Find the attributed statements in ``text`` and return them as a draft annotation."""
    index = ActorIndex(actors)
    found: list[Found] = []
    for para in paragraphs(text):
        quotes = find_quotes(text, para, index)
        found += quotes
        skip = [(q.sentence[0], q.sentence[1]) for q in quotes]
        for a, b in sentence_spans(text[para[0]:para[1]]):
            sentence = (para[0] + a, para[0] + b)
            if any(x <= sentence[0] and sentence[1] <= y for x, y in skip):
                continue
            found += find_indirect(text, sentence, index, skip)
            found += find_passive_proposals(text, sentence, index)
            index.note(text[sentence[0]:sentence[1]])
    found = _dedupe(found)
    draft = Draft(article={"id": article_id, "text": text_file, "title": title or article_id,
                           "published": published.isoformat() if published else None})
    if outlet:
        draft.article["outlet"] = outlet
    taken_ids, new_props = set(), {}
    for f in found:
        kind, factuality = classify(f, text)
        content = text[f.start:f.end]
        prop, score = closest(content, propositions)
        if prop is None:
            prop = draft_id(content, set(propositions) | set(new_props))
            new_props[prop] = {"id": prop, "text": content[:1].upper() + content[1:].rstrip(" .") + "."}
        day, earliest, latest = find_date(f.attribution, published)
        slug = f"{f.speaker.actor}_{slugify(f.cue)}"
        sid, k = slug, 2
        while sid in taken_ids:
            sid, k = f"{slug}_{k}", k + 1
        taken_ids.add(sid)
        statement = {"id": sid, "type": kind, "speaker": f.speaker.actor, "about": prop}
        if factuality and factuality != DEFAULT_FACTUALITY[kind]:
            statement["factuality"] = factuality
        for key, value in (("date", day), ("earliest", earliest), ("latest", latest)):
            if value:
                statement[key] = value.isoformat()
        statement.update({"cue": f.cue, "quote": content, "start": f.start, "direct": f.direct})
        if f.via:
            statement["via"] = f.via
        if f.reportedly:
            statement["reportedly"] = True
        confidence = f.speaker.confidence * (0.9 if score >= 0.3 else 0.7)
        statement.update({"confidence": round(confidence, 2), "review": "pending"})
        draft.statements.append(statement)
    for speaker in index.proposed.values():
        if any(s["speaker"] == speaker.actor for s in draft.statements):
            entry = {"id": speaker.actor, "type": speaker.kind, "name": speaker.name}
            if speaker.organization:
                entry["memberships"] = [{"organization": speaker.organization, **({"role": speaker.role} if speaker.role else {})}]
            draft.actors.append(entry)
    draft.propositions = [p for p in new_props.values() if any(s["about"] == p["id"] for s in draft.statements)]
    return draft


def _dedupe(found: list[Found]) -> list[Found]:
    """One statement per speaker and overlapping words, in text order."""
    kept: list[Found] = []
    for f in sorted(found, key=lambda f: (f.start, -(f.end - f.start))):
        if any(k.speaker.actor == f.speaker.actor and k.start < f.end and f.start < k.end for k in kept):
            continue
        kept.append(f)
    return kept


def extract_file(path: Path, data_dir: Path | None, published: dt.date | None, outlet: str | None = None,
                 title: str | None = None, text_file: str | None = None) -> Draft:
    """Extract from an article file, linking to the actors and propositions of ``data_dir``."""
    from ..annotations import read_actors, read_propositions
    from ..errors import DataError

    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"cannot read article: {exc}", path) from None
    actors = read_actors(data_dir / "actors.yaml") if data_dir and (data_dir / "actors.yaml").exists() else {}
    propositions = read_propositions(data_dir / "propositions.yaml") if data_dir and (data_dir / "propositions.yaml").exists() else {}
    return extract(text, published, actors, propositions, article_id=slugify(path.stem).replace("_", "-"),
                   text_file=text_file or path.name, title=title, outlet=outlet)

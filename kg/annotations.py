"""The human-written annotation files, read into plain records with precise errors.

A data directory holds::

    actors.yaml             actors and their affiliations, shared by all articles
    propositions.yaml       propositions with entailment and incompatibility links
    articles/<id>.yaml      one article's metadata and statements
    articles/<id>.txt       that article's text, which the statements quote

:func:`load_corpus` reads them all and checks everything that can be checked without
RDF: required fields, unknown fields (typos), enumerations, dates, duplicate ids,
references between files, and that every quote stands at its offset in the article.
Each problem is a :class:`~kg.errors.DataError` naming the file and line.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import ids, yamlread
from .errors import DataError

ACTOR_TYPES = ("person", "organization", "state", "intergovernmental", "media", "group")
STATEMENT_TYPES = (
    "claim", "denial", "confirmation", "non_confirmation",
    "warning", "call", "dismissal", "accusation",
)
FACTUALITIES = ("CT+", "CT-", "PR+", "PR-", "PS+", "PS-", "Uu")
#: What a call can be for or against: its content is an action, so it takes a stance, not a factuality.
STANCES = ("for", "against")
#: The commitment a statement type carries unless the annotation overrides it (DESIGN.md).
DEFAULT_FACTUALITY: dict[str, str | None] = {
    "claim": "CT+", "denial": "CT-", "confirmation": "CT+", "non_confirmation": "Uu",
    "warning": "PR+", "call": None, "dismissal": "PR-", "accusation": "CT+",
}
_SLUG = ids.SLUG
_ARTICLE_SLUG = ids.ARTICLE_SLUG
_WIKIDATA = re.compile(r"^Q[1-9][0-9]*\Z")
#: Article annotations with this suffix are drafts awaiting review; ``kg build`` leaves them out.
DRAFT_SUFFIX = ".draft.yaml"


@dataclass(frozen=True)
class Place:
    """Where an item was written: file and 1-based line."""

    file: Path
    line: int

    def error(self, message: str) -> DataError:
        """A DataError pointing here."""
        return DataError(message, self.file, self.line)


@dataclass(frozen=True)
class Membership:
    """A person's (or organisation's) role in an organisation, optionally bounded in time."""

    organization: str
    role: str | None
    start: dt.date | None
    end: dt.date | None
    place: Place


@dataclass(frozen=True)
class Actor:
    """A person, organisation, state, media outlet or group."""

    id: str
    type: str
    name: str
    aliases: tuple[str, ...]
    wikidata: str | None
    part_of: str | None
    based_in: str | None
    memberships: tuple[Membership, ...]
    place: Place


@dataclass(frozen=True)
class Proposition:
    """What statements take a stance on."""

    id: str
    text: str
    entails: tuple[str, ...]
    incompatible_with: tuple[str, ...]
    conditional: bool
    place: Place
    #: other wordings of the same proposition, as reports phrase it; claim matching compares the words with each
    paraphrases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Statement:
    """One attributed utterance in one article."""

    id: str
    type: str
    speaker: str
    about: str
    factuality: str | None
    date: dt.date | None
    earliest: dt.date | None
    latest: dt.date | None
    cue: str | None
    quote: str
    start: int
    direct: bool
    via: tuple[str, ...]
    reportedly: bool
    target: tuple[str, ...]
    responds_to: str | None
    note: str | None
    place: Place
    review: str | None = None
    confidence: float | None = None
    stance: str | None = None
    or_about: tuple[str, ...] = ()

    @property
    def end(self) -> int:
        """Offset just past the quote in the article text."""
        return self.start + len(self.quote)


@dataclass(frozen=True)
class Article:
    """An article, its text and its statements."""

    id: str
    title: str
    published: dt.date
    text: str
    text_file: Path
    outlet: str | None
    url: str | None
    language: str | None
    statements: tuple[Statement, ...]
    place: Place
    actors: dict[str, Actor] = field(default_factory=dict)
    propositions: dict[str, Proposition] = field(default_factory=dict)


@dataclass
class Corpus:
    """Everything in a data directory, checked and cross-referenced."""

    actors: dict[str, Actor] = field(default_factory=dict)
    propositions: dict[str, Proposition] = field(default_factory=dict)
    articles: dict[str, Article] = field(default_factory=dict)


# ---------------------------------------------------------------- field readers

class _Fields:
    """Typed access to one YAML mapping, turning every mistake into a located DataError."""

    def __init__(self, mapping: Any, file: Path, what: str, line: int = 0):
        if not isinstance(mapping, yamlread.Mapping):
            raise DataError(f"{what} must be a mapping of fields", file, getattr(mapping, "line", None) or line or None)
        self.m, self.file, self.what = mapping, file, what
        self.place = Place(file, mapping.line)

    def fail(self, key: str, message: str) -> DataError:
        return DataError(f"{self.what}: {message}", self.file, self.m.key_line(key))

    def only(self, allowed: tuple[str, ...]) -> None:
        for key in self.m:
            if key not in allowed:
                hint = difflib.get_close_matches(str(key), allowed, n=1)
                suggestion = f" (did you mean '{hint[0]}'?)" if hint else f" (allowed: {', '.join(allowed)})"
                raise self.fail(key, f"unknown field '{key}'{suggestion}")

    def str(self, key: str, required: bool = False) -> str | None:
        value = self.m.get(key)
        if value is None:
            if required:
                raise DataError(f"{self.what}: missing required field '{key}'", self.file, self.m.line)
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            raise self.fail(key, f"'{key}' must be text")
        text = str(value)
        if required and not text.strip():
            raise self.fail(key, f"'{key}' must not be empty")
        return text

    def slug(self, key: str, required: bool = False, pattern: re.Pattern = _SLUG) -> str | None:
        value = self.str(key, required)
        if value is not None and not pattern.match(value):
            raise self.fail(key, f"'{key}' must be a lowercase slug (letters, digits, _), got '{value}'")
        return value

    def choice(self, key: str, choices: tuple[str, ...], default: str | None = None) -> str | None:
        value = self.str(key, required=default is None)
        if value is None:
            return default
        if value not in choices:
            raise self.fail(key, f"unknown {key} '{value}' (expected one of: {', '.join(choices)})")
        return value

    def date(self, key: str, required: bool = False) -> dt.date | None:
        value = self.str(key, required)
        if value is None:
            return None
        try:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                raise ValueError
            return dt.date.fromisoformat(value)
        except ValueError:
            raise self.fail(key, f"invalid date '{value}' for '{key}' (expected a real day as YYYY-MM-DD)") from None

    def bool(self, key: str, default: bool) -> bool:
        value = self.m.get(key, default)
        if not isinstance(value, bool):
            raise self.fail(key, f"'{key}' must be true or false")
        return value

    def int(self, key: str) -> int | None:
        value = self.m.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise self.fail(key, f"'{key}' must be a non-negative whole number")
        return value

    def number(self, key: str) -> float | None:
        value = self.m.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
            raise self.fail(key, f"'{key}' must be a number from 0 to 1")
        return float(value)

    def slugs(self, key: str) -> tuple[str, ...]:
        value = self.m.get(key)
        if value is None:
            return ()
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) and _SLUG.match(v) for v in value):
            raise self.fail(key, f"'{key}' must be a list of lowercase ids")
        return tuple(value)

    def strs(self, key: str) -> tuple[str, ...]:
        value = self.m.get(key)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(key, f"'{key}' must be a list of texts")
        return tuple(value)

    def items(self, key: str) -> list:
        value = self.m.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.fail(key, f"'{key}' must be a list")
        return value


def _refuse_duplicate(f: _Fields, what: str, key: str, seen: dict) -> None:
    if key in seen:
        first = seen[key].place
        where = f"line {first.line}" if first.file == f.file else f"{first.file}:{first.line}"
        raise f.fail("id", f"duplicate {what} id '{key}' (first at {where})")


def _top(path: Path, key: str) -> _Fields:
    doc = yamlread.load(path)
    if doc is None:
        raise DataError(f"empty file, expected a '{key}:' list", path, 1)
    return _Fields(doc, path, path.name, 1)


# ---------------------------------------------------------------- actors and propositions

def read_actors(path: Path) -> dict[str, Actor]:
    """Read ``actors.yaml`` into actors by id."""
    top = _top(path, "actors")
    top.only(("actors",))
    return _actor_items(top, path, {})


def _actor_items(top: _Fields, path: Path, actors: dict[str, Actor]) -> dict[str, Actor]:
    """Add the ``actors:`` list of a file to ``actors``, refusing duplicate ids."""
    for item in top.items("actors"):
        f = _Fields(item, path, "actor", top.m.line)
        f.only(("id", "type", "name", "aliases", "wikidata", "part_of", "based_in", "memberships"))
        actor_id = f.slug("id", required=True)
        f.what = f"actor '{actor_id}'"
        _refuse_duplicate(f, "actor", actor_id, actors)
        wikidata = f.str("wikidata")
        if wikidata is not None and not _WIKIDATA.match(wikidata):
            raise f.fail("wikidata", f"invalid Wikidata id '{wikidata}' (expected Q followed by digits)")
        memberships = []
        for m in f.items("memberships"):
            mf = _Fields(m, path, f"membership of '{actor_id}'", f.m.line)
            mf.only(("organization", "role", "from", "until"))
            start, end = mf.date("from"), mf.date("until")
            if start and end and start > end:
                raise mf.fail("until", f"membership ends ({end}) before it begins ({start})")
            memberships.append(Membership(mf.slug("organization", True), mf.str("role"), start, end, mf.place))
        actors[actor_id] = Actor(
            id=actor_id, type=f.choice("type", ACTOR_TYPES), name=f.str("name", required=True),
            aliases=f.strs("aliases"), wikidata=wikidata, part_of=f.slug("part_of"),
            based_in=f.slug("based_in"), memberships=tuple(memberships), place=f.place,
        )
    return actors


def read_propositions(path: Path) -> dict[str, Proposition]:
    """Read ``propositions.yaml`` into propositions by id."""
    top = _top(path, "propositions")
    top.only(("propositions",))
    return _proposition_items(top, path, {})


def _proposition_items(top: _Fields, path: Path, props: dict[str, Proposition]) -> dict[str, Proposition]:
    """Add the ``propositions:`` list of a file to ``props``, refusing duplicate ids."""
    for item in top.items("propositions"):
        f = _Fields(item, path, "proposition", top.m.line)
        f.only(("id", "text", "paraphrases", "entails", "incompatible_with", "conditional"))
        prop_id = f.slug("id", required=True)
        f.what = f"proposition '{prop_id}'"
        _refuse_duplicate(f, "proposition", prop_id, props)
        props[prop_id] = Proposition(
            id=prop_id, text=f.str("text", required=True), entails=f.slugs("entails"),
            incompatible_with=f.slugs("incompatible_with"), conditional=f.bool("conditional", False),
            place=f.place, paraphrases=f.strs("paraphrases"),
        )
    return props


# ---------------------------------------------------------------- articles

def read_article(path: Path, root: Path | None = None) -> Article:
    """Read one article annotation and the text file it names; check every quote's offsets.

    With ``root`` (the data directory, when building), the text must be a file inside it:
    no absolute path, no ``..``, no symbolic link leading out, since the text becomes
    part of the graph that is queried and served.
    """
    top = _top(path, "article")
    top.only(("article", "actors", "propositions", "statements"))
    a = _Fields(top.m.get("article"), path, "article", top.m.key_line("article"))
    a.only(("id", "text", "title", "published", "outlet", "url", "language"))
    article_id = a.slug("id", required=True, pattern=_ARTICLE_SLUG)
    text_file, text = _read_text(a, path.parent, a.str("text", required=True), root)
    statements: dict[str, Statement] = {}
    for item in top.items("statements"):
        s = _read_statement(item, path, text, top.m.line)
        if s.id in statements:
            raise s.place.error(f"duplicate statement id '{s.id}' (first at line {statements[s.id].place.line})")
        statements[s.id] = s
    for s in statements.values():
        if s.responds_to is not None and s.responds_to not in statements:
            raise s.place.error(f"statement '{s.id}': responds_to names unknown statement '{s.responds_to}'"
                                + _suggest(s.responds_to, statements))
    return Article(
        id=article_id, title=a.str("title", required=True), published=a.date("published", required=True),
        text=text, text_file=text_file, outlet=a.slug("outlet"), url=a.str("url"),
        language=a.str("language"), statements=tuple(statements.values()), place=a.place,
        actors=_actor_items(top, path, {}), propositions=_proposition_items(top, path, {}),
    )


def _read_text(a: _Fields, base: Path, name: str, root: Path | None) -> tuple[Path, str]:
    """The article text file named by ``text:`` and its content, refused unless it is a readable UTF-8 file."""
    relative = Path(name)
    if root is not None and (relative.is_absolute() or ".." in relative.parts):
        raise a.fail("text", f"article text '{name}' must be a file inside the data directory "
                             "(no absolute path, no '..')")
    text_file = base / relative
    try:
        if root is not None and not text_file.resolve(strict=True).is_relative_to(root.resolve()):
            raise a.fail("text", f"article text {text_file} links to a file outside the data directory")
        if not text_file.is_file():
            raise a.fail("text", f"article text {text_file} is not a regular file")
        return text_file, text_file.read_text(encoding="utf-8")
    except OSError as exc:
        raise a.fail("text", f"cannot read article text {text_file}: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise a.fail("text", f"article text {text_file} is not UTF-8 (byte {exc.object[exc.start]:#04x} "
                             f"at byte offset {exc.start})") from None


def _read_statement(item: Any, path: Path, text: str, line: int) -> Statement:
    f = _Fields(item, path, "statement", line)
    f.only(("id", "type", "speaker", "about", "factuality", "date", "earliest", "latest", "cue", "quote",
            "start", "direct", "via", "reportedly", "target", "responds_to", "note", "confidence", "review",
            "candidates", "stance", "or_about"))
    sid = f.slug("id", required=True)
    f.what = f"statement '{sid}'"
    stype = f.choice("type", STATEMENT_TYPES)
    factuality = f.choice("factuality", FACTUALITIES, default=DEFAULT_FACTUALITY[stype] or "")
    if stype == "call" and factuality:
        raise f.fail("factuality", "a call is a directive and takes no factuality value")
    if stype == "non_confirmation" and factuality != "Uu":
        raise f.fail("factuality", "a non-confirmation is uncommitted: its factuality is Uu")
    stance = f.choice("stance", STANCES, default="")
    if stance and stype != "call":
        raise f.fail("stance", f"only a call takes a stance (for or against an action); a {stype} has a factuality")
    about, or_about = f.slug("about", True), f.slugs("or_about")
    if about in or_about or len(set(or_about)) != len(or_about):
        raise f.fail("or_about", "an alternative reading must differ from 'about' and from the other alternatives")
    date, earliest, latest = f.date("date"), f.date("earliest"), f.date("latest")
    if date and (earliest or latest):
        raise f.fail("date", "give either 'date' or 'earliest'/'latest', not both")
    if earliest and latest and earliest > latest:
        raise f.fail("latest", f"latest date {latest} is before earliest date {earliest}")
    quote = f.str("quote", required=True)
    start = _locate_quote(f, text, quote, f.int("start"))
    return Statement(
        id=sid, type=stype, speaker=f.slug("speaker", True), about=about, or_about=or_about, stance=stance or None,
        factuality=factuality or None, date=date, earliest=earliest, latest=latest, cue=f.str("cue"),
        quote=quote, start=start, direct=f.bool("direct", False), via=f.slugs("via"),
        reportedly=f.bool("reportedly", False), target=f.slugs("target"), responds_to=f.slug("responds_to"),
        note=f.str("note"), review=f.str("review"), confidence=f.number("confidence"), place=f.place,
    )


def _locate_quote(f: _Fields, text: str, quote: str, start: int | None) -> int:
    """Check the quote against the article: at ``start`` if given, else its only occurrence."""
    if start is not None:
        if text[start:start + len(quote)] == quote:
            return start
        found = text.find(quote)
        hint = f"; it occurs at offset {found}" if found >= 0 else "; it does not occur in the article at all"
        raise f.fail("start", f"quote is not at offset {start}{hint}")
    count = text.count(quote)
    if count == 0:
        raise f.fail("quote", f"quote not found in the article: '{_shorten(quote)}'")
    if count > 1:
        raise f.fail("quote", f"quote occurs {count} times in the article; give 'start' to choose one")
    return text.find(quote)


def _shorten(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _suggest(name: str, known) -> str:
    hint = difflib.get_close_matches(name, list(known), n=1)
    return f" (did you mean '{hint[0]}'?)" if hint else ""


# ---------------------------------------------------------------- the corpus

def load_corpus(data_dir: Path) -> Corpus:
    """Read and cross-check a whole data directory; the first problem raises a DataError."""
    data_dir = Path(data_dir)
    if not data_dir.is_dir():
        raise DataError("data directory not found", data_dir)
    corpus = Corpus(
        actors=read_actors(data_dir / "actors.yaml"),
        propositions=read_propositions(data_dir / "propositions.yaml"),
    )
    article_files = sorted(p for p in (data_dir / "articles").glob("*.yaml") if not p.name.endswith(DRAFT_SUFFIX))
    for path in article_files:
        article = read_article(path, root=data_dir)
        if article.id in corpus.articles:
            raise DataError(f"duplicate article id '{article.id}' (also in {corpus.articles[article.id].place.file})",
                            path, article.place.line)
        for s in article.statements:
            if s.review:
                confidence = f" (confidence {s.confidence:.2f})" if s.confidence is not None else ""
                raise s.place.error(f"statement '{s.id}' is awaiting review{confidence}: check it, then delete "
                                    f"its 'review: {s.review}' line")
        _merge(corpus.actors, article.actors, "actor")
        _merge(corpus.propositions, article.propositions, "proposition")
        corpus.articles[article.id] = article
    check_references(corpus)
    return corpus


def _merge(registry: dict, extra: dict, what: str) -> None:
    """Add an article's own actors or propositions to the shared ones; an id may be defined once."""
    for key, item in extra.items():
        if key in registry:
            first = registry[key].place
            raise item.place.error(f"duplicate {what} id '{key}' (first at {first.file}:{first.line})")
        registry[key] = item


def check_references(corpus: Corpus) -> None:
    """Every id an item mentions must exist and be of a fitting kind."""
    actors, props = corpus.actors, corpus.propositions

    def need_actor(name: str, place: Place, what: str, kinds: tuple[str, ...] | None = None) -> None:
        if name not in actors:
            raise place.error(f"{what}: unknown actor '{name}'" + _suggest(name, actors))
        if kinds and actors[name].type not in kinds:
            raise place.error(f"{what}: '{name}' is a {actors[name].type}, expected {' or '.join(kinds)}")

    orgs = ("organization", "state", "intergovernmental", "media")
    for actor in actors.values():
        what = f"actor '{actor.id}'"
        if actor.part_of:
            if actor.type not in orgs:
                raise actor.place.error(f"{what}: only organisations can be part_of another")
            need_actor(actor.part_of, actor.place, what, orgs)
        if actor.based_in:
            need_actor(actor.based_in, actor.place, what, ("state",))
        for m in actor.memberships:
            need_actor(m.organization, m.place, what, orgs)
    _check_part_of_cycles(actors)
    for prop in props.values():
        for other in prop.entails + prop.incompatible_with:
            if other not in props:
                raise prop.place.error(f"proposition '{prop.id}': unknown proposition '{other}'" + _suggest(other, props))
            if other == prop.id:
                raise prop.place.error(f"proposition '{prop.id}' cannot entail or exclude itself")
    _check_consistency(props)
    for article in corpus.articles.values():
        if article.outlet:
            need_actor(article.outlet, article.place, f"article '{article.id}'")
        for s in article.statements:
            what = f"statement '{s.id}'"
            need_actor(s.speaker, s.place, what)
            for name in s.via + s.target:
                need_actor(name, s.place, what)
            for about in (s.about, *s.or_about):
                if about not in props:
                    raise s.place.error(f"{what}: unknown proposition '{about}'" + _suggest(about, props))


def entailed(pid: str, propositions: dict[str, Proposition]) -> set[str]:
    """Every proposition ``pid`` entails, directly or through others."""
    seen, todo = set(), [pid]
    while todo:
        current = propositions.get(todo.pop())
        for nxt in current.entails if current else ():
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


def _entailed(props: dict[str, Proposition], start: str) -> dict[str, list[str]]:
    """Every proposition ``start`` entails, itself included, with the shortest chain of entailments to it."""
    paths = {start: [start]}
    queue = [start]
    for current in queue:
        for other in props[current].entails:
            if other not in paths:
                paths[other] = paths[current] + [other]
                queue.append(other)
    return paths


def _check_consistency(props: dict[str, Proposition]) -> None:
    """Refuse a proposition that entails two incompatible ones (itself and its negation included).

    Asserting it would commit a speaker both for and against one proposition, and every
    conflict computed through it would be spurious. The shortest such chain is reported.
    """
    incompatible: dict[str, set[str]] = {p: set() for p in props}
    for prop in props.values():
        for other in prop.incompatible_with:
            incompatible[prop.id].add(other)
            incompatible[other].add(prop.id)
    worst = None
    for prop in props.values():
        paths = _entailed(props, prop.id)
        for a, path_a in paths.items():
            for b in sorted(incompatible[a] & paths.keys()):
                found = (len(path_a) + len(paths[b]), prop, path_a, paths[b])
                if worst is None or found[0] < worst[0]:
                    worst = found
    if worst is not None:
        _, prop, path_a, path_b = worst
        raise prop.place.error(f"proposition '{prop.id}' is inconsistent: it commits to {' ⇒ '.join(path_a)} and to "
                               f"{' ⇒ '.join(path_b)}, but {path_a[-1]} ⊥ {path_b[-1]}")


def _check_part_of_cycles(actors: dict[str, Actor]) -> None:
    for actor in actors.values():
        seen = [actor.id]
        current = actor.part_of
        while current:
            if current in seen:
                raise actor.place.error(f"actor '{actor.id}': part_of forms a cycle: {' -> '.join(seen + [current])}")
            seen.append(current)
            current = actors[current].part_of

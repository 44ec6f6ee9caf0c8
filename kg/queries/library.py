"""One typed function per library query, so notebooks and modules never carry SPARQL.

Each function runs the ``.rq`` file of the same name and returns a list of frozen
dataclasses whose fields are the query's variables, with kg IRIs turned into the ids
users type (``peskov``, ``nk_troops_in_russia``, ``ARTICLE/STATEMENT``):

>>> import kg
>>> store = kg.Store("memory:"); _ = kg.build("data", store)  # doctest: +SKIP
>>> [(c.a, c.b, c.grade) for c in contradictions(store) if c.b == "peskov"][:1]  # doctest: +SKIP
[('budanov', 'peskov', 'conflict')]
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from typing import TypeVar

from ..store import Store
from .loader import load, rows, run

T = TypeVar("T")


def _typed(cls: type[T], store: Store, name: str, **params: str) -> list[T]:
    names = {f.name for f in fields(cls)}
    flags = {f.name for f in fields(cls) if f.type == "bool"}  # Virtuoso answers a boolean expression with 0 or 1
    return [cls(**{k: (bool(v) if k in flags and v is not None else v) for k, v in row.items() if k in names})
            for row in rows(run(store, load(name), {k: v for k, v in params.items() if v is not None}))]


@dataclass(frozen=True)
class ActorRow:
    """An actor with one of its memberships and the state it rolls up to."""

    actor: str
    slug: str
    name: str
    type: str
    wikidata: str | None = None
    organization: str | None = None
    role: str | None = None
    from_: dt.date | None = None
    until: dt.date | None = None
    state: str | None = None


def actors(store: Store, actor: str | None = None) -> list[ActorRow]:
    """Actors and affiliations (``actors.rq``), one row per membership."""
    out = []
    for row in rows(run(store, load("actors"), {"actor": actor} if actor else {})):
        row["from_"] = row.pop("from")
        row.pop("class")
        out.append(ActorRow(**row))
    return out


@dataclass(frozen=True)
class StatementRow:
    """A statement with its type, date, commitment, proposition and words."""

    actor: str
    statement: str
    type: str
    proposition: str
    text: str
    quote: str
    direct: bool
    article: str
    date: dt.date | None = None
    earliest: dt.date | None = None
    latest: dt.date | None = None
    factuality: str | None = None
    cue: str | None = None


def statements_by_actor(store: Store, actor: str | None = None) -> list[StatementRow]:
    """Every statement ``actor`` made, in date order (``statements_by_actor.rq``)."""
    return _typed(StatementRow, store, "statements_by_actor", actor=actor)


@dataclass(frozen=True)
class AboutRow:
    """A statement about a proposition, possibly through a proposition that entails it (``stated``)."""

    proposition: str
    statement: str
    speaker: str
    type: str
    stated: str
    quote: str
    factuality: str | None = None
    date: dt.date | None = None


def statements_about(store: Store, proposition: str | None = None) -> list[AboutRow]:
    """Statements about ``proposition`` or anything that entails it (``statements_about.rq``)."""
    return _typed(AboutRow, store, "statements_about", proposition=proposition)


@dataclass(frozen=True)
class TimelineEntry:
    """One statement on the timeline; ``approximate`` when only a date span is known."""

    speaker: str
    statement: str
    type: str
    proposition: str
    quote: str
    approximate: bool
    when: dt.date | None = None
    factuality: str | None = None
    polarity: str | None = None
    certainty: str | None = None


def timeline(store: Store) -> list[TimelineEntry]:
    """All statements in date order, undated last (``timeline.rq``)."""
    return _typed(TimelineEntry, store, "timeline")


@dataclass(frozen=True)
class Contradiction:
    """Two statements by different actors with opposite commitments (``contradictions.rq``)."""

    a: str
    b: str
    grade: str
    rule: str
    proposition: str
    p1: str
    p2: str
    s1: str
    s2: str
    f1: str
    f2: str
    x: str | None = None
    y: str | None = None
    date1: dt.date | None = None
    date2: dt.date | None = None
    alt1: str | None = None
    alt2: str | None = None


def contradictions(store: Store) -> list[Contradiction]:
    """Who contradicts whom, graded contradiction (both certain) or conflict.

    Rows reached through an alternative reading (``alt1``/``alt2`` set) are one grade weaker.
    """
    return _typed(Contradiction, store, "contradictions")


@dataclass(frozen=True)
class Corroboration:
    """Two statements by different actors committed the same way (``corroborations.rq``)."""

    a: str
    b: str
    sign: int
    proposition: str
    p1: str
    p2: str
    s1: str
    s2: str
    f1: str
    f2: str
    independent: bool
    date1: dt.date | None = None
    date2: dt.date | None = None


def corroborations(store: Store) -> list[Corroboration]:
    """Who backs whom, with whether the two are independent of each other."""
    return _typed(Corroboration, store, "corroborations")


@dataclass(frozen=True)
class Unconfirmed:
    """``a`` asserts what ``b`` says it cannot confirm (``unconfirmed.rq``): not a conflict."""

    a: str
    b: str
    proposition: str
    p1: str
    s1: str
    s2: str
    f1: str
    date1: dt.date | None = None
    date2: dt.date | None = None


def unconfirmed(store: Store) -> list[Unconfirmed]:
    """Claims left unconfirmed by another actor."""
    return _typed(Unconfirmed, store, "unconfirmed")


@dataclass(frozen=True)
class OpposingCall:
    """``a`` calls for an action on ``proposition`` that ``b`` calls against (``opposing_calls.rq``)."""

    a: str
    b: str
    proposition: str
    s1: str
    s2: str
    date1: dt.date | None = None
    date2: dt.date | None = None


def opposing_calls(store: Store) -> list[OpposingCall]:
    """Pairs of calls by different actors urging opposite things on one proposition."""
    return _typed(OpposingCall, store, "opposing_calls")


@dataclass(frozen=True)
class Reading:
    """A statement's alternative reading: it can also fairly be read as about ``alternative``."""

    statement: str
    about: str
    alternative: str


def readings(store: Store, statement: str | None = None) -> list[Reading]:
    """Every alternative reading (``readings.rq``), by statement."""
    return _typed(Reading, store, "readings", statement=statement)


@dataclass(frozen=True)
class StateConflict:
    """Conflicting statement pairs between two states (``state_conflicts.rq``)."""

    state_a: str
    state_b: str
    contradictions: int
    conflicts: int
    pairs: int


def state_conflicts(store: Store) -> list[StateConflict]:
    """Conflicts rolled up to the states the speakers speak for on the statements' dates."""
    return _typed(StateConflict, store, "state_conflicts")


@dataclass(frozen=True)
class ChainStep:
    """One step of a statement's reporting chain; ``position`` is None when none is recorded."""

    statement: str
    article: str
    speaker: str
    reportedly: bool
    position: int | None = None
    source: str | None = None


def reporting_chains(store: Store, statement: str | None = None) -> list[ChainStep]:
    """The reporting chain of every statement (or one), nearest the reader first."""
    return _typed(ChainStep, store, "reporting_chains", statement=statement)


@dataclass(frozen=True)
class Link:
    """A direct ``entails`` or ``incompatibleWith`` link between two propositions."""

    from_: str
    relation: str
    to: str


def entailments(store: Store) -> list[Link]:
    """Every direct link between propositions (``entailments.rq``)."""
    return [Link(r["from"], r["relation"], r["to"]) for r in rows(run(store, load("entailments")))]


def paraphrases(store: Store) -> dict[str, list[str]]:
    """Each proposition's other wordings, alphabetical, by proposition id (``paraphrases.rq``).

    One row per wording rather than ``propositions.rq``'s joined column, so a wording that
    holds the separator stays whole. A proposition without paraphrases is absent.
    """
    out: dict[str, list[str]] = {}
    for r in rows(run(store, load("paraphrases"))):
        out.setdefault(r["proposition"], []).append(r["paraphrase"])
    return out


def conflict_counts(store: Store) -> dict[str, int]:
    """How many statement pairs are contradictions and how many conflicts (``conflict_counts.rq``)."""
    counts = {"contradiction": 0, "conflict": 0}
    counts.update({r["grade"]: r["pairs"] for r in rows(run(store, load("conflict_counts")))})
    return counts


@dataclass(frozen=True)
class ActorConflict:
    """A pair of speakers and how many of their statement pairs conflict (``actor_conflicts.rq``)."""

    a: str
    b: str
    pairs: int
    contradictions: int


def actor_conflicts(store: Store) -> list[ActorConflict]:
    """The 100 speaker pairs with the most conflicting statement pairs, most first, ties by name."""
    return sorted(_typed(ActorConflict, store, "actor_conflicts"), key=lambda c: (-c.pairs, c.a, c.b))

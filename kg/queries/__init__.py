"""The SPARQL query library: ``.rq`` files shipped in this package and a typed function for each.

>>> "contradictions" in names()
True
"""

from .library import (
    AboutRow,
    ActorConflict,
    ActorRow,
    ChainStep,
    Contradiction,
    Corroboration,
    Link,
    OpposingCall,
    Reading,
    StateConflict,
    StatementRow,
    TimelineEntry,
    Unconfirmed,
    actor_conflicts,
    actors,
    conflict_counts,
    contradictions,
    corroborations,
    entailments,
    opposing_calls,
    paraphrases,
    readings,
    reporting_chains,
    state_conflicts,
    statements_about,
    statements_by_actor,
    timeline,
    unconfirmed,
)
from .loader import Param, Query, adhoc_term, bindings, load, names, parse, python_value, rows, run, term

__all__ = [
    "AboutRow", "ActorConflict", "ActorRow", "ChainStep", "Contradiction", "Corroboration", "Link", "OpposingCall", "Param", "Query", "Reading",
    "StateConflict", "StatementRow", "TimelineEntry", "Unconfirmed", "actor_conflicts", "actors", "adhoc_term", "bindings",
    "conflict_counts", "contradictions", "corroborations", "entailments", "load", "names", "opposing_calls", "paraphrases", "parse", "python_value", "readings",
    "reporting_chains", "rows", "run", "state_conflicts", "statements_about", "statements_by_actor",
    "term", "timeline", "unconfirmed",
]

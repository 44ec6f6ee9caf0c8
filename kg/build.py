"""``kg build``: annotation files in, validated named graphs in the store out.

Everything is checked before anything is written — YAML, references, quotes at their
offsets, SHACL shapes — so bad input leaves the stored graph exactly as it was. The
write itself replaces all asserted graphs in one atomic step; graphs of articles that
are no longer in the data directory are dropped, and so is the derived graph, which
would otherwise describe data that has changed. Running it twice gives the same graph.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import ids, shapes
from .annotations import load_corpus
from .compile import compile_corpus
from .queries import load
from .store import Store


@dataclass(frozen=True)
class Summary:
    """Counts describing what a store holds."""

    articles: int
    actors: int
    statements: int
    triples: int

    def __str__(self) -> str:
        return (f"{self.articles} articles, {self.actors} actors, "
                f"{self.statements} statements, {self.triples} triples")


def build(data_dir: str | Path, store: Store) -> Summary:
    """Validate and compile a data directory, then replace the store's asserted graphs with it."""
    compiled = compile_corpus(load_corpus(Path(data_dir)))
    shapes.check(compiled)
    stale = [g for g in (store.named_graphs() if store.exists() else []) if g.startswith(ids.GRAPH)]
    contents = {str(iri): g.serialize(format="nt", encoding="utf-8") for iri, g in compiled.graphs.items()}
    store.replace(contents, drop=[g for g in stale if g not in contents])
    return summary(store)


def summary(store: Store) -> Summary:
    """How many articles, actors, statements and triples the store holds."""
    row = next(iter(store.query(load("summary").text)))
    return Summary(*(int(row[k].value) if row[k] is not None else 0
                     for k in ("articles", "actors", "statements", "triples")))

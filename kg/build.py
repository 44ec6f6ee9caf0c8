"""``kg build``: annotation files in, validated named graphs in the store out.

Everything is checked before anything is written — YAML, references, quotes at their
offsets, SHACL shapes — so bad input leaves the stored graph exactly as it was. The
write itself replaces all asserted graphs in one atomic step; graphs of articles that
are no longer in the data directory are dropped, and so is the derived graph, which
would otherwise describe data that has changed. Running it twice gives the same graph.

Articles are compiled and checked a batch at a time, each batch with the ontology and the
registry, and kept only as N-Triples text until the write: rdflib's indexes never hold
the whole corpus at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import ids, shapes
from .annotations import load_corpus
from .compile import compile_article, compile_registry, new_graph
from .ontology import ontology
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
        return ", ".join(f"{n} {noun}{'' if n == 1 else 's'}" for n, noun in (
            (self.articles, "article"), (self.actors, "actor"), (self.statements, "statement"), (self.triples, "triple")))


BATCH = 200  # articles per pyshacl run: each run checks its batch with the ontology and the registry


def build(data_dir: str | Path, store: Store) -> Summary:
    """Validate and compile a data directory, then replace the store's asserted graphs with it."""
    corpus = load_corpus(Path(data_dir))
    origins: dict = {}
    registry = compile_registry(corpus, origins)
    contents = {str(ids.ONTOLOGY_GRAPH): ontology().serialize(format="nt", encoding="utf-8"),
                str(ids.REGISTRY_GRAPH): registry.serialize(format="nt", encoding="utf-8")}
    articles = list(corpus.articles.values())
    for batch in [articles[i:i + BATCH] for i in range(0, len(articles), BATCH)] or [[]]:
        graphs = [compile_article(article, origins) for article in batch]
        data = new_graph()
        for g in (ontology(), registry, *graphs):
            data += g
        shapes.check(data, origins)
        contents.update({str(g.identifier): g.serialize(format="nt", encoding="utf-8") for g in graphs})
    stale = [g for g in (store.named_graphs() if store.exists() else []) if g.startswith(ids.GRAPH)]
    store.replace(contents, drop=[g for g in stale if g not in contents])
    return summary(store)


def summary(store: Store) -> Summary:
    """How many articles, actors, statements and triples the store holds."""
    row = next(iter(store.query(load("summary").text)))
    return Summary(*(int(row[k].value) if row[k] is not None else 0
                     for k in ("articles", "actors", "statements", "triples")))

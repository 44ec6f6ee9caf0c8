"""The evidence behind each statement, and the entailment paths that join two propositions.

Every analysis result carries both: the quotes, dates and offsets a reader checks, and the
chain of propositions that made two statements meet.

>>> g = proposition_graph([("a", "entails", "b"), ("b", "entails", "c"), ("c", "incompatibleWith", "d")])
>>> entailment_path(g, "a", "c")
('a', 'entails', 'b', 'entails', 'c')
>>> incompatibility_path(g, "a", "c", "d", "d")
('a', 'entails', 'b', 'entails', 'c', 'incompatibleWith', 'd')
>>> meeting_path(g, "a", "c", "b")
('a', 'entails', 'b', 'entails', 'c', 'entailed by', 'b')
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

import networkx as nx
import pyoxigraph as ox

from ..queries import entailments, load, rows, run
from ..sparqltext import bind_rows
from ..store import Store


@dataclass(frozen=True)
class Evidence:
    """One statement as a reader checks it: who, what kind, when, the words and where they stand."""

    id: str
    speaker: str
    type: str
    proposition: str
    quote: str
    direct: bool
    source: str
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    factuality: str | None = None
    stance: str | None = None
    date: dt.date | None = None
    earliest: dt.date | None = None
    latest: dt.date | None = None
    cue: str | None = None
    outlet: str | None = None

    @property
    def day(self) -> dt.date | None:
        """The statement's date, or the last day of its span: what roll-ups use."""
        return self.date or self.latest

    @property
    def first_day(self) -> dt.date | None:
        """The first day the statement can have been made (None when the text gives no lower bound)."""
        return self.date or self.earliest

    def before(self, other: "Evidence") -> bool:
        """Whether this statement was certainly made before ``other``: their date spans do not overlap.

        >>> a = Evidence("a", "x", "claim", "p", "q", False, "s", 0, 1, 0, 1, latest=dt.date(2024, 10, 18))
        >>> b = Evidence("b", "x", "claim", "p", "q", False, "s", 0, 1, 0, 1, date=dt.date(2024, 10, 18))
        >>> c = Evidence("c", "x", "claim", "p", "q", False, "s", 0, 1, 0, 1, date=dt.date(2024, 10, 19))
        >>> a.before(b), a.before(c), c.before(a)
        (False, True, False)
        """
        return self.day is not None and other.first_day is not None and self.day < other.first_day

    def as_dict(self) -> dict:
        """A JSON-ready dict (dates as ISO strings)."""
        out = {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in self.__dict__.items()}
        out["date"] = self.day.isoformat() if self.day else None
        out["approximate_date"] = self.date is None and self.day is not None
        return out


def load_evidence(store: Store, statements: Iterable[str] | None = None) -> dict[str, Evidence]:
    """Evidence for every statement, or for the ``statements`` given as IRIs, by statement id (``evidence.rq``)."""
    if statements is None:
        found = run(store, load("evidence"))
    else:
        terms = [ox.NamedNode(s) for s in sorted(set(statements))]
        if not terms:
            return {}
        found = store.query(bind_rows(load("evidence").text, "statement", terms), union=True)
    out = {}
    for row in rows(found):
        row["id"] = row.pop("statement")
        row["source"] = row.pop("article")
        out[row["id"]] = Evidence(**row)
    return out


def proposition_graph(links) -> nx.DiGraph:
    """A directed graph of ``entails`` edges between propositions; incompatibilities as edge data.

    ``links`` are (from, relation, to) triples or :class:`kg.queries.Link` records.
    """
    g = nx.DiGraph()
    for link in links:
        source, relation, target = (link.from_, link.relation, link.to) if hasattr(link, "from_") else link
        g.add_nodes_from((source, target))
        if relation == "entails":
            g.add_edge(source, target)
        else:
            g.graph.setdefault("incompatible", set()).add(frozenset((source, target)))
    return g


def load_proposition_graph(store: Store) -> nx.DiGraph:
    """The proposition graph of a store."""
    return proposition_graph(entailments(store))


def entailment_path(g: nx.DiGraph, start: str, end: str) -> tuple[str, ...]:
    """The shortest chain ``start entails … end``, with the relation between each step."""
    if start == end:
        return (start,)
    nodes = nx.shortest_path(g, start, end)
    out: list[str] = [nodes[0]]
    for node in nodes[1:]:
        out += ["entails", node]
    return tuple(out)


def _reverse(path: tuple[str, ...]) -> tuple[str, ...]:
    return tuple("entailed by" if step == "entails" else step for step in reversed(path))


def incompatibility_path(g: nx.DiGraph, p1: str, x: str, y: str, p2: str) -> tuple[str, ...]:
    """``p1 entails … x incompatibleWith y … entailed by p2``."""
    return entailment_path(g, p1, x) + ("incompatibleWith",) + _reverse(entailment_path(g, p2, y))


def meeting_path(g: nx.DiGraph, p1: str, meet: str, p2: str, downward: bool = True) -> tuple[str, ...]:
    """How two propositions meet at ``meet``: both entail it (``downward``) or it entails both."""
    if downward:
        return entailment_path(g, p1, meet) + _reverse(entailment_path(g, p2, meet))[1:]
    return _reverse(entailment_path(g, meet, p1)) + entailment_path(g, meet, p2)[1:]

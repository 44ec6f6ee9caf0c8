"""What the interactive network shows: a networkx graph of actors (and optionally statements).

Nodes are actors at the chosen level, sized by how much they said; edges are the graded
relations between them (contradiction, conflict, corroboration, unconfirmed) and their
affiliations. With ``statements=True`` every statement is a node of its own, tied to
its speaker and to the statements it relates to. Nodes list the statements they ``said``
and the state ``group`` they belong to; relation edges list their statement ``pairs``. The
graph's ``statements`` and ``propositions`` (see :mod:`kg.viewcontext`) hold the words the
page shows for them, which it renders as text, never as HTML.

Filters: a date window (``since``/``until``), ``only="conflicts"``, and an ego network
around ``actor`` within ``hops``.
"""

from __future__ import annotations

import datetime as dt
import difflib
import math
from dataclasses import dataclass

import networkx as nx

from .analysis import GRADES, relations
from .analysis.evidence import Evidence, load_evidence
from .analysis.rollup import LEVELS, load_roster, roll_up
from .errors import KGError
from .store import Store
from .viewcontext import proposition_records, statement_records

EDGE_KINDS = ("contradiction", "conflict", "corroboration", "unconfirmed", "affiliation", "said")
ONLY = ("conflicts",)


@dataclass(frozen=True)
class ViewOptions:
    """Which part of the graph to show."""

    level: str = "person"
    statements: bool = False
    actor: str | None = None
    hops: int = 1
    since: dt.date | None = None
    until: dt.date | None = None
    only: str | None = None

    def check(self) -> None:
        """Refuse options that cannot work, naming the valid values."""
        if self.level not in LEVELS:
            raise KGError(f"unknown level '{self.level}' (expected one of: {', '.join(LEVELS)})")
        if self.only is not None and self.only not in ONLY:
            raise KGError(f"unknown filter '{self.only}' (expected: {', '.join(ONLY)})")
        if self.hops < 0:
            raise KGError("hops must be 0 or more")
        if self.since and self.until and self.since > self.until:
            raise KGError(f"the window is empty: since {self.since} is after until {self.until}")


def _in_window(e: Evidence, o: ViewOptions) -> bool:
    if o.since is None and o.until is None:
        return True
    if e.day is None:
        return False
    return (o.since is None or e.day >= o.since) and (o.until is None or e.day <= o.until)


def view_graph(store: Store, options: ViewOptions | None = None) -> nx.MultiDiGraph:
    """The graph to draw: nodes with ``label``, ``kind``, ``size``, ``said``, ``group``; edges with ``kind``, ``count``, ``pairs``."""
    options = options or ViewOptions()
    options.check()
    roster = load_roster(store)
    every = load_evidence(store)
    evidence = {k: e for k, e in every.items() if _in_window(e, options)}
    level = options.level
    g = nx.MultiDiGraph(level=level)

    def actor_node(actor: str) -> str:
        node = roll_up(roster, actor, None, level)
        if node not in g:
            g.add_node(node, label=roster.names.get(node, node), kind=roster.kinds.get(node, "group"),
                       statements=0, speakers=set(), said=[], group=roll_up(roster, node, None, "state"))
        return node

    for actor in roster.kinds:
        actor_node(actor)
    for e in sorted(evidence.values(), key=lambda e: (e.day or dt.date.max, e.id)):
        node = roll_up(roster, e.speaker, e.day, level)
        actor_node(node)
        g.nodes[node]["statements"] += 1
        g.nodes[node]["speakers"].add(e.speaker)
        g.nodes[node]["said"].append(e.id)
        if options.statements:
            g.add_node(e.id, label=e.type.replace("_", "-"), kind="statement", type=e.type, statements=1,
                       speakers={e.speaker}, said=[e.id], group=g.nodes[node]["group"])
            g.add_edge(node, e.id, kind="said", count=1, pairs=[],
                       title=f"{roster.names.get(e.speaker, e.speaker)} made this {e.type.replace('_', '-')}")

    if level != "state":
        for actor, parent in roster.parents.items():
            a, b = actor_node(actor), actor_node(parent)
            if a != b:
                g.add_edge(a, b, kind="affiliation", count=1, pairs=[], title=f"{_name(g, a)} is part of {_name(g, b)}")
        for actor, affiliations in roster.affiliations.items():
            for aff in affiliations:
                a, b = actor_node(actor), actor_node(aff.organization)
                if a != b and not g.has_edge(a, b):
                    span = f" ({aff.start or '…'} to {aff.end or '…'})" if aff.start or aff.end else ""
                    g.add_edge(a, b, kind="affiliation", count=1, pairs=[],
                               title=f"{_name(g, a)} is a member of {_name(g, b)}{span}")

    drawn = [k for k in EDGE_KINDS if k in GRADES]  # possible conflicts and opposing calls are not drawn yet
    found = [r for r in relations(store, include=drawn, level=level, roster=roster, evidence=every)
             if all(s.id in evidence for s in r.statements)]
    grouped: dict[tuple[str, str, str], list] = {}
    for r in found:
        if options.statements:
            first, second = (s.id for s in r.statements)
            g.add_edge(first, second, kind=r.grade, count=1, pairs=_pairs([r]))
        else:
            grouped.setdefault((r.a, r.b, r.grade), []).append(r)
    for (a, b, grade), items in grouped.items():
        g.add_edge(a, b, kind=grade, count=len(items), pairs=_pairs(items))

    if options.only == "conflicts":
        g.remove_edges_from([(u, v, k) for u, v, k, kind in g.edges(keys=True, data="kind")
                             if kind not in ("contradiction", "conflict")])
        g.remove_nodes_from([n for n in list(g) if g.degree(n) == 0])
    if options.actor is not None:
        g = _ego(g, options.actor, options.hops)
    for node, data in g.nodes(data=True):
        data["size"] = round(12 + 6 * math.sqrt(data["statements"]), 1)
        data["speakers"] = sorted(data["speakers"])
    shown = {sid for _, said in g.nodes(data="said") for sid in said}
    g.graph["statements"] = statement_records(store, {k: e for k, e in evidence.items() if k in shown}, roster.names)
    g.graph["propositions"] = proposition_records(store, g.graph["statements"])
    return g


def _name(g: nx.MultiDiGraph, node: str) -> str:
    return g.nodes[node]["label"]


def _ego(g: nx.MultiDiGraph, actor: str, hops: int) -> nx.MultiDiGraph:
    if actor not in g:
        actors = [n for n, kind in g.nodes(data="kind") if kind != "statement"]
        hint = difflib.get_close_matches(actor, actors, n=1)
        raise KGError(f"actor '{actor}' is not in this view" + (f" (did you mean '{hint[0]}'?)" if hint else ""))
    keep = nx.single_source_shortest_path_length(g.to_undirected(as_view=True), actor, cutoff=hops)
    ego = g.copy()  # not g.subgraph(keep).copy(), whose nodes and ties come in a set's hash-seeded order
    ego.remove_nodes_from([n for n in g if n not in keep])
    return ego


def _pairs(items: list) -> list[dict]:
    """The statement pairs behind one tie: which statements, about what, joined by which path."""
    return [{"a": r.statements[0].id, "b": r.statements[1].id, "proposition": r.proposition, "path": list(r.path),
             "independent": r.independent} for r in items]

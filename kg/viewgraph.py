"""What the interactive network shows: a networkx graph of actors (and optionally statements).

Nodes are actors at the chosen level, sized by how much they said; edges are the graded
relations between them (contradiction, conflict, corroboration, unconfirmed) and their
affiliations. With ``statements=True`` every statement is a node of its own, tied to
its speaker and to the statements it relates to. Every node and edge carries a ``tip``:
structured evidence (quotes, dates, sources, certainty) that the page renders as text,
never as HTML.

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
from .reports import path_text
from .store import Store

EDGE_KINDS = ("contradiction", "conflict", "corroboration", "unconfirmed", "affiliation", "said")
ONLY = ("conflicts",)
MAX_QUOTES = 8  # evidence items listed in one edge's tooltip


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


def quote_item(who: str, e: Evidence) -> dict:
    """One piece of evidence as the page shows it."""
    when = e.day.isoformat() + (" (at the latest)" if e.date is None else "") if e.day else "undated"
    return {"who": who, "when": when, "certainty": e.factuality or "none (a call)", "type": e.type,
            "quote": e.quote, "direct": e.direct, "source": f"{e.source} [{e.start}-{e.end}]"}


def view_graph(store: Store, options: ViewOptions | None = None) -> nx.MultiDiGraph:
    """The graph to draw: nodes with ``label``, ``kind``, ``size``, ``tip``; edges with ``kind``, ``count``, ``tip``."""
    options = options or ViewOptions()
    options.check()
    roster = load_roster(store)
    every = load_evidence(store)
    evidence = {k: e for k, e in every.items() if _in_window(e, options)}
    level = options.level
    g = nx.MultiDiGraph()

    def actor_node(actor: str) -> str:
        node = roll_up(roster, actor, None, level)
        if node not in g:
            g.add_node(node, label=roster.names.get(node, node), kind=roster.kinds.get(node, "group"),
                       statements=0, speakers=set(), quotes=[])
        return node

    for actor in roster.kinds:
        actor_node(actor)
    for e in sorted(evidence.values(), key=lambda e: (e.day or dt.date.max, e.id)):
        node = roll_up(roster, e.speaker, e.day, level)
        actor_node(node)
        g.nodes[node]["statements"] += 1
        g.nodes[node]["speakers"].add(e.speaker)
        g.nodes[node]["quotes"].append(quote_item(e.speaker, e))
        if options.statements:
            g.add_node(e.id, label=e.type, kind="statement", type=e.type, statements=1, speakers={e.speaker},
                       quotes=[quote_item(e.speaker, e)])
            g.add_edge(node, e.id, kind="said", count=1, tip={"title": f"{e.speaker} said", "quotes": [quote_item(e.speaker, e)]})

    if level != "state":
        for actor, parent in roster.parents.items():
            a, b = actor_node(actor), actor_node(parent)
            if a != b:
                g.add_edge(a, b, kind="affiliation", count=1, tip={"title": f"{a} is part of {b}", "quotes": []})
        for actor, affiliations in roster.affiliations.items():
            for aff in affiliations:
                a, b = actor_node(actor), actor_node(aff.organization)
                if a != b and not g.has_edge(a, b):
                    span = f" ({aff.start or '…'} to {aff.end or '…'})" if aff.start or aff.end else ""
                    g.add_edge(a, b, kind="affiliation", count=1, tip={"title": f"{a} is a member of {b}{span}", "quotes": []})

    drawn = [k for k in EDGE_KINDS if k in GRADES]  # possible conflicts and opposing calls are not drawn yet
    found = [r for r in relations(store, include=drawn, level=level, roster=roster, evidence=every)
             if all(s.id in evidence for s in r.statements)]
    grouped: dict[tuple[str, str, str], list] = {}
    for r in found:
        if options.statements:
            first, second = (s.id for s in r.statements)
            g.add_edge(first, second, kind=r.grade, count=1, tip=_relation_tip([r], r.grade))
        else:
            grouped.setdefault((r.a, r.b, r.grade), []).append(r)
    for (a, b, grade), items in grouped.items():
        g.add_edge(a, b, kind=grade, count=len(items), tip=_relation_tip(items, grade))

    if options.only == "conflicts":
        g.remove_edges_from([(u, v, k) for u, v, k, kind in g.edges(keys=True, data="kind")
                             if kind not in ("contradiction", "conflict")])
        g.remove_nodes_from([n for n in list(g) if g.degree(n) == 0])
    if options.actor is not None:
        g = _ego(g, options.actor, options.hops)
    for node, data in g.nodes(data=True):
        data["size"] = round(12 + 6 * math.sqrt(data["statements"]), 1)
        data["tip"] = _node_tip(node, data)
        data["speakers"] = sorted(data["speakers"])
    return g


def _ego(g: nx.MultiDiGraph, actor: str, hops: int) -> nx.MultiDiGraph:
    if actor not in g:
        actors = [n for n, kind in g.nodes(data="kind") if kind != "statement"]
        hint = difflib.get_close_matches(actor, actors, n=1)
        raise KGError(f"actor '{actor}' is not in this view" + (f" (did you mean '{hint[0]}'?)" if hint else ""))
    keep = nx.single_source_shortest_path_length(g.to_undirected(as_view=True), actor, cutoff=hops)
    return g.subgraph(keep).copy()


def _relation_tip(items: list, grade: str) -> dict:
    first = items[0]
    quotes = []
    for r in items[:MAX_QUOTES]:
        quotes += [quote_item(f"{r.a}" if r.a == s.speaker else f"{r.a} ({s.speaker})", s) if i == 0 else
                   quote_item(f"{r.b}" if r.b == s.speaker else f"{r.b} ({s.speaker})", s)
                   for i, s in enumerate(r.statements)]
    lines = [f"on {first.proposition}", f"path: {path_text(first.path)}"]
    if first.independent is False:
        lines.append("not independent: one relays the other")
    if len(items) > MAX_QUOTES:
        lines.append(f"and {len(items) - MAX_QUOTES} more pairs")
    return {"title": f"{grade}: {first.a} – {first.b} ({len(items)} statement pair{'s' if len(items) > 1 else ''})",
            "lines": lines, "quotes": quotes}


def _node_tip(node: str, data: dict) -> dict:
    lines = [f"{data['kind']} · {data['statements']} statement{'s' if data['statements'] != 1 else ''}"]
    if data["speakers"] and data["speakers"] != {node}:
        lines.append("speakers: " + ", ".join(sorted(data["speakers"])))
    return {"title": f"{data['label']} ({node})" if data["kind"] != "statement" else node,
            "lines": lines, "quotes": data["quotes"][:MAX_QUOTES]}

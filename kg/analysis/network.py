"""Actor networks in the manner of Discourse Network Analyzer, as plain functions over networkx graphs.

Two actors are tied by the propositions they are committed to: ``agree`` counts the
propositions both are committed to the same way, ``disagree`` those they are committed to
opposite ways (``contradictions`` of which both certainly). The actor x proposition
matrix comes aggregated from the SPARQL engine (``commitments.rq``); only actors and
their ties ever reach networkx.

Edge ``weight`` is ``agree`` (congruence), ``disagree`` (conflict) or their difference
(subtract), optionally normalised by the actors' numbers of propositions: Jaccard divides
by the size of the union of their propositions, cosine by the geometric mean of the sizes.

>>> commitments = {"a": {"p": 1, "q": 1}, "b": {"p": 1, "q": -1}, "c": {"p": -1}}
>>> g = network_from_commitments(commitments)
>>> sorted((u, v, d["agree"], d["disagree"], d["weight"]) for u, v, d in g.edges(data=True))
[('a', 'b', 1, 1, 0), ('a', 'c', 0, 1, -1), ('b', 'c', 0, 1, -1)]
>>> g = network_from_commitments(commitments, weight="congruence", normalize="jaccard")
>>> g["a"]["b"]["weight"]
0.5
"""

from __future__ import annotations

import itertools
import math
from collections import defaultdict
from pathlib import Path

import networkx as nx

from ..errors import KGError
from ..queries import load, rows, run
from ..store import Store
from .rollup import Roster, load_roster, roll_up

WEIGHTS = ("subtract", "congruence", "conflict")
EXPORT_FORMATS = (".graphml", ".gexf")
NORMALIZATIONS = (None, "jaccard", "cosine")
_EXACT_LIMIT = 16  # components up to this many actors are split by exhaustive search


def commitment_matrix(store: Store, level: str = "person", roster: Roster | None = None,
                      certainty: dict | None = None) -> dict[str, dict[str, int]]:
    """Each actor's signed commitments at ``level``: actor -> proposition -> +1 or -1.

    An actor committed both ways on a proposition (a stance change) keeps the sign of its
    certain commitment if only one is certain, and otherwise none: it counts for neither.
    If ``certainty`` is a dict it receives (actor, proposition, sign) -> highest certainty rank.
    """
    roster = roster or load_roster(store)
    ranks: dict[tuple[str, str, int], int] = {}
    for row in rows(run(store, load("commitments"))):
        key = (roll_up(roster, row["speaker"], row["day"], level), row["proposition"], row["sign"])
        ranks[key] = max(ranks.get(key, 0), row["certainty"])
    matrix: dict[str, dict[str, int]] = defaultdict(dict)
    for (who, prop, sign), rank in sorted(ranks.items()):
        other = ranks.get((who, prop, -sign))
        if other is None or (rank == 3 and other < 3):
            matrix[who][prop] = sign
    if certainty is not None:
        certainty.update(ranks)
    return dict(matrix)


def network_from_commitments(commitments: dict[str, dict[str, int]], weight: str = "subtract",
                             normalize: str | None = None, certainty: dict | None = None) -> nx.Graph:
    """The actor graph of a commitment matrix, with ``agree``, ``disagree``, ``contradictions``, ``weight``, ``sign``.

    Actors sharing no proposition are not linked; every actor is a node.
    """
    if weight not in WEIGHTS:
        raise KGError(f"unknown weight '{weight}' (expected one of: {', '.join(WEIGHTS)})")
    if normalize not in NORMALIZATIONS:
        raise KGError(f"unknown normalisation '{normalize}' (expected jaccard or cosine)")
    g = nx.Graph()
    g.add_nodes_from(commitments)
    by_prop: dict[str, dict[int, list[str]]] = defaultdict(lambda: {1: [], -1: []})
    for actor, props in commitments.items():
        for prop, sign in props.items():
            by_prop[prop][sign].append(actor)
    ties: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    for prop, sides in by_prop.items():
        for side in sides.values():
            for u, v in itertools.combinations(sorted(side), 2):
                ties[(u, v)][0] += 1
        for u in sides[1]:
            for v in sides[-1]:
                key = tuple(sorted((u, v)))
                ties[key][1] += 1
                if certainty and certainty.get((u, prop, 1)) == 3 and certainty.get((v, prop, -1)) == 3:
                    ties[key][2] += 1
    for (u, v), (agree, disagree, certain) in sorted(ties.items()):
        raw = {"congruence": agree, "conflict": disagree, "subtract": agree - disagree}[weight]
        g.add_edge(u, v, agree=agree, disagree=disagree, contradictions=certain,
                   sign=(agree > disagree) - (agree < disagree),
                   weight=_normalise(raw, len(commitments[u]), len(commitments[v]),
                                     agree + disagree, normalize))
    return g


def _normalise(value: float, size_u: int, size_v: int, shared: int, how: str | None) -> float:
    if how is None:
        return value
    if how == "jaccard":
        union = size_u + size_v - shared
        return value / union if union else 0.0
    return value / math.sqrt(size_u * size_v) if size_u and size_v else 0.0


def actor_network(store: Store, level: str = "person", weight: str = "subtract",
                  normalize: str | None = None) -> nx.Graph:
    """The agreement/conflict network between actors at ``level``, with camps marked on the nodes.

    Node attributes: ``label``, ``kind``, ``level``, ``statements`` (how many they made),
    ``propositions`` (how many they are committed on), ``camp`` (-1 when in no signed tie).
    Edge attributes: see :func:`network_from_commitments`, plus ``frustrated``.
    """
    roster = load_roster(store)
    certainty: dict = {}
    matrix = commitment_matrix(store, level, roster, certainty)
    g = network_from_commitments(matrix, weight, normalize, certainty)
    said: dict[str, int] = defaultdict(int)
    for row in rows(run(store, load("speaker_counts"))):
        said[roll_up(roster, row["speaker"], row["day"], level)] += row["statements"]
    g.add_nodes_from(said)
    for node in g.nodes:
        g.nodes[node].update(label=roster.names.get(node, node), kind=roster.kinds.get(node, "actor"),
                             level=level, statements=said.get(node, 0),
                             propositions=len(matrix.get(node, {})))
    partition = camps(g)
    _, frustrated = frustration(g, partition)
    for node in g.nodes:
        g.nodes[node]["camp"] = partition.get(node, -1)
    for u, v in g.edges:
        g.edges[u, v]["frustrated"] = (u, v) in frustrated or (v, u) in frustrated
    g.graph.update(level=level, weight=weight, normalize=normalize or "none",
                   frustration=frustration(g, partition)[0])
    return g


def _signed(g: nx.Graph) -> nx.Graph:
    """The ties of ``g`` that have a sign, weighted by ``agree - disagree``."""
    s = nx.Graph()
    for u, v, d in g.edges(data=True):
        if d.get("sign", 0):
            s.add_edge(u, v, w=d["agree"] - d["disagree"])
    return s


def frustration(g: nx.Graph, partition: dict) -> tuple[int, set[tuple]]:
    """How badly a two-camp split violates structural balance, and the violating ties.

    A tie is frustrated when it is positive across camps or negative within one; the
    frustration is the sum of their absolute signed weights (``agree - disagree``).

    >>> g = nx.Graph()
    >>> g.add_edge("a", "b", agree=2, disagree=0, sign=1)
    >>> g.add_edge("b", "c", agree=0, disagree=1, sign=-1)
    >>> frustration(g, {"a": 0, "b": 0, "c": 1})
    (0, set())
    >>> total, ties = frustration(g, {"a": 0, "b": 1, "c": 1})
    >>> total, sorted(ties)
    (3, [('a', 'b'), ('b', 'c')])
    """
    total, bad = 0, set()
    for u, v, d in _signed(g).edges(data=True):
        same = partition.get(u) == partition.get(v)
        if (d["w"] > 0) != same:
            total += abs(d["w"])
            bad.add(tuple(sorted((u, v))))
    return total, bad


def camps(g: nx.Graph) -> dict[str, int]:
    """Split the signed ties into camps that best respect structural balance.

    Each connected component of signed ties is split in two so that as little weight as
    possible is frustrated: exhaustively for components of up to 16 actors, otherwise by
    a two-colouring of a maximum spanning tree improved by single-actor moves. Camps are
    numbered 0, 1 for the largest component, 2, 3 for the next, and so on; camp 0 of a
    component holds its alphabetically first actor. Actors in no signed tie get no camp.

    >>> g = nx.Graph()
    >>> for u, v, s in [("ru", "kremlin", 1), ("ua", "kr", 1), ("ua", "ru", -1), ("kr", "kremlin", -1)]:
    ...     g.add_edge(u, v, agree=max(s, 0), disagree=max(-s, 0), sign=s)
    >>> sorted(camps(g).items())
    [('kr', 0), ('kremlin', 1), ('ru', 1), ('ua', 0)]
    """
    signed = _signed(g)
    out: dict[str, int] = {}
    components = sorted((sorted(c) for c in nx.connected_components(signed)), key=lambda c: (-len(c), c[0]))
    for index, nodes in enumerate(components):
        sub = _component(signed, nodes)
        side = _exact_split(sub, nodes) if len(nodes) <= _EXACT_LIMIT else _greedy_split(sub, nodes)
        if side[nodes[0]] == 1:
            side = {n: 1 - s for n, s in side.items()}
        out.update({n: 2 * index + side[n] for n in nodes})
    return out


def _component(g: nx.Graph, nodes: list[str]) -> nx.Graph:
    """The ties among ``nodes``, in the order of their ids.

    Not ``g.subgraph(nodes)``: a view of fewer than half of ``g``'s nodes iterates them in a set's
    order, which Python's hash seed changes, and with it the spanning tree a large component is
    split along, so the camps (and how frustrated they are) changed from one run to the next.
    """
    sub = nx.Graph()
    sub.add_nodes_from(nodes)
    sub.add_edges_from(sorted(((min(u, v), max(u, v), d) for u, v, d in g.edges(nodes, data=True)),
                              key=lambda e: (e[0], e[1])))
    return sub


def _cost(sub: nx.Graph, side: dict) -> int:
    return sum(abs(d["w"]) for u, v, d in sub.edges(data=True) if (d["w"] > 0) != (side[u] == side[v]))


def _exact_split(sub: nx.Graph, nodes: list[str]) -> dict[str, int]:
    best, best_cost = None, None
    for bits in range(2 ** (len(nodes) - 1)):
        side = {n: (bits >> i) & 1 for i, n in enumerate(nodes[1:])}
        side[nodes[0]] = 0
        cost = _cost(sub, side)
        if best_cost is None or cost < best_cost:
            best, best_cost = side, cost
    return best


def _greedy_split(sub: nx.Graph, nodes: list[str]) -> dict[str, int]:
    weighted = nx.Graph()
    weighted.add_edges_from((u, v, {"abs": abs(d["w"]), "w": d["w"]}) for u, v, d in sub.edges(data=True))
    tree = nx.maximum_spanning_tree(weighted, weight="abs")
    side = {nodes[0]: 0}
    for u, v in nx.bfs_edges(tree, nodes[0]):
        side[v] = side[u] if tree[u][v]["w"] > 0 else 1 - side[u]
    improved = True
    while improved:
        improved = False
        for n in nodes:
            gain = sum(abs(d["w"]) * (1 if ((d["w"] > 0) != (side[n] == side[m])) else -1)
                       for m, d in sub[n].items())
            if gain > 0:
                side[n] = 1 - side[n]
                improved = True
    return side


def export_network(g: nx.Graph, path: str | Path) -> Path:
    """Write ``g`` as GraphML or GEXF (by the file's suffix), keeping every attribute.

    Attribute values that are None are left out (neither format has a null); everything
    else kg puts on a network is a string, number or boolean and survives a round trip.
    """
    path = Path(path)
    check_export_path(path)
    clean = nx.Graph()
    clean.graph.update({k: v for k, v in g.graph.items() if v is not None})
    clean.add_nodes_from((n, {k: v for k, v in d.items() if v is not None}) for n, d in g.nodes(data=True))
    clean.add_edges_from((u, v, {k: v for k, v in d.items() if v is not None}) for u, v, d in g.edges(data=True))
    if path.suffix == ".graphml":
        nx.write_graphml(clean, path)
    else:
        writer = nx.readwrite.gexf.GEXFWriter(encoding="utf-8", prettyprint=True)
        writer.add_graph(clean)
        del writer.graph_element.attrib["name"]  # networkx writes name="", which the GEXF schema does not allow
        with open(path, "wb") as out:
            writer.write(out)
    return path


def check_export_path(path: str | Path) -> None:
    """Refuse a file name whose suffix is not a network format kg writes, before any work is done."""
    suffix = Path(path).suffix
    if suffix not in EXPORT_FORMATS:
        raise KGError(f"{path}: unknown network format '{suffix}' (expected {' or '.join(EXPORT_FORMATS)})")

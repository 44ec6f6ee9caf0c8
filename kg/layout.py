"""Positions for the explorer, computed in Python so that the same graph always looks the same.

Small views: each connected component is laid out by stress majorisation (every tie about
one length), turned to lie across the screen; smaller components and lone actors are set in
rows beneath the biggest; then nodes are nudged apart until no node's label box overlaps
another's, so labels do not run through nodes. Large views are drawn as clusters (a state,
or a detected community): each cluster's members sit in a disc around its centre, hubs in
the middle; the centres come from a seeded spring layout of the clusters weighted by the
ties between them, spread until neither discs nor cluster titles overlap.

>>> g = nx.Graph([("a", "b"), ("b", "c")])
>>> force_layout(g, {n: n for n in g}) == force_layout(g, {n: n for n in g})
True
>>> force_layout(nx.Graph(), {})
{}
"""

from __future__ import annotations

import math

import networkx as nx
import numpy as np

SEED = 7
MANY_CLUSTERS = 300  # above this, clusters are not placed by the ties between them
CHAR_WIDTH = 7.2  # px per character of a 13 px label
LABEL_HEIGHT = 18
GAP = 10  # px kept free around every label box


def _boxes(g: nx.Graph, nodes: list, labels: dict) -> np.ndarray:
    """Half-width, top and bottom of each node's shape-plus-label box, relative to its centre."""
    rows = []
    for n in nodes:
        size = float(g.nodes[n].get("size", 12))
        width = max(2 * size, CHAR_WIDTH * min(len(str(labels[n])), 40))
        rows.append((width / 2 + GAP, size + GAP, size + LABEL_HEIGHT + GAP))
    return np.array(rows, dtype=float).reshape(-1, 3)


def spread(xy: np.ndarray, boxes: np.ndarray, rounds: int = 300) -> np.ndarray:
    """Push overlapping boxes apart along the axis of least overlap until none overlap (or ``rounds`` pass)."""
    xy = xy.copy()
    n = len(xy)
    if n < 2:
        return xy
    upper = np.triu(np.ones((n, n), dtype=bool), 1)
    for _ in range(rounds):
        dx = xy[:, 0][None, :] - xy[:, 0][:, None]
        dy = xy[:, 1][None, :] - xy[:, 1][:, None]
        over_x = boxes[:, 0][:, None] + boxes[:, 0][None, :] - np.abs(dx)
        # j below i: i's bottom against j's top; j above i: j's bottom against i's top
        over_y = np.where(dy >= 0, boxes[:, 2][:, None] + boxes[:, 1][None, :], boxes[:, 1][:, None] + boxes[:, 2][None, :]) - np.abs(dy)
        clash = upper & (over_x > 0) & (over_y > 0)
        if not clash.any():
            break
        i, j = np.nonzero(clash)
        along_x = over_x[i, j] < over_y[i, j]
        sign_x = np.where(dx[i, j] >= 0, 1.0, -1.0)
        sign_y = np.where(dy[i, j] >= 0, 1.0, -1.0)
        push = np.zeros_like(xy)
        step_x = np.where(along_x, over_x[i, j] / 2 + 1, 0) * sign_x
        step_y = np.where(along_x, 0, over_y[i, j] / 2 + 1) * sign_y
        np.add.at(push[:, 0], i, -step_x)
        np.add.at(push[:, 0], j, step_x)
        np.add.at(push[:, 1], i, -step_y)
        np.add.at(push[:, 1], j, step_y)
        xy += push * 0.5
    return xy


def force_layout(g: nx.Graph, labels: dict, spacing: float = 110.0) -> dict:
    """Deterministic positions in px, labels kept clear of other nodes, wider than tall like a screen.

    Each connected component is laid out on its own (:func:`stress_layout`, a tie about
    ``spacing`` px long); the smaller components and lone actors are then set in rows under
    the biggest, as wide as it is, so none drifts off to the page's edge.
    """
    simple = _sorted_simple(g)
    parts = []
    for component in sorted(nx.connected_components(simple), key=lambda c: (-len(c), str(min(c, key=str)))):
        nodes = sorted(component, key=str)
        xy = np.zeros((len(nodes), 2))
        if len(nodes) > 1:
            xy = stress_layout(simple.subgraph(nodes), nodes) * spacing
            xy[:, 0] *= 1.4
            xy -= xy.mean(axis=0)
        parts.append((nodes, xy))
    if not parts:
        return {}
    order = [n for nodes, _ in parts for n in nodes]
    xy = _shelve([xy for _, xy in parts], spacing)
    xy = spread(xy, _boxes(g, order, labels))
    return {n: (round(float(x), 1), round(float(y), 1)) for n, (x, y) in zip(order, xy)}


def _sorted_simple(g: nx.Graph) -> nx.Graph:
    """``g`` as a simple undirected graph with nodes and edges in sorted order: the layout depends on content, not order."""
    simple = nx.Graph()
    simple.add_nodes_from(sorted(g, key=str))
    simple.add_edges_from(sorted(((u, v) if str(u) <= str(v) else (v, u) for u, v in g.edges() if u != v), key=str))
    return simple


def stress_layout(g: nx.Graph, nodes: list, rounds: int = 200) -> np.ndarray:
    """Positions whose distances follow the graph's hop distances (stress majorisation), from a seeded spring layout.

    A force layout packs a densely tied core tight and stretches chains long; this keeps
    every tie about one unit long, so neither crowds nor drifts. The result does not depend on
    the order of ``g``'s nodes: a subgraph view (``g.subgraph(component)``) iterates in the order
    of a set, which changes with Python's hash seed.
    """
    g = _sorted_simple(g)  # the seeded start deals its random points out in node order
    index = {n: i for i, n in enumerate(nodes)}
    hops = np.zeros((len(nodes), len(nodes)))
    for source, lengths in nx.all_pairs_shortest_path_length(g):
        for target, length in lengths.items():
            hops[index[source], index[target]] = length
    start = nx.spring_layout(g, seed=SEED, iterations=100)
    xy = np.array([start[n] for n in nodes], dtype=float) * max(hops.max(), 1)
    weight = np.where(hops > 0, 1.0 / np.maximum(hops, 1) ** 2, 0.0)
    total = weight.sum(axis=1)[:, None]
    for _ in range(rounds):
        delta = xy[:, None, :] - xy[None, :, :]
        distance = np.sqrt((delta ** 2).sum(axis=-1))
        np.fill_diagonal(distance, 1.0)
        target = xy[None, :, :] + hops[:, :, None] * delta / np.maximum(distance, 1e-9)[:, :, None]
        xy = (weight[:, :, None] * target).sum(axis=1) / total
    xy -= xy.mean(axis=0)
    _, axes = np.linalg.eigh(np.cov(xy.T))
    return xy @ axes[:, ::-1]  # longest extent across, as screens are wide


def _shelve(parts: list[np.ndarray], spacing: float) -> np.ndarray:
    """The first part where it is; the others left to right in rows beneath it, no row wider than the first part."""
    margin = np.array([0.6 * spacing, 0.4 * spacing])
    placed = [parts[0]]
    low, high = parts[0].min(axis=0) - margin, parts[0].max(axis=0) + margin
    width = max(high[0] - low[0], 6 * spacing)
    x, y, row = low[0], high[1], 0.0
    for part in parts[1:]:
        size = part.max(axis=0) - part.min(axis=0) + 2 * margin
        if x > low[0] and x + size[0] > low[0] + width:
            x, y, row = low[0], y + row, 0.0
        placed.append(part - part.min(axis=0) + margin + np.array([x, y]))
        x += size[0]
        row = max(row, size[1])
    return np.vstack(placed)


def _cluster_centres(g: nx.Graph, membership: dict, keys: list, radii: list[float]) -> list[tuple[float, float]]:
    """Seeded spring layout of the clusters, weighted by the ties between them, spread until no two discs overlap."""
    if len(keys) == 1:
        return [(0.0, 0.0)]
    between = nx.Graph()
    between.add_nodes_from(keys)
    for u, v in _sorted_simple(g).edges():
        a, b = membership[u], membership[v]
        if a != b:
            weight = between.get_edge_data(a, b, {"weight": 0})["weight"]
            between.add_edge(a, b, weight=weight + 1)
    raw = nx.spring_layout(between, seed=SEED, iterations=200, weight="weight")
    xy = np.array([raw[k] for k in keys], dtype=float)
    r = np.array(radii)
    distance = np.sqrt(((xy[:, None, :] - xy[None, :, :]) ** 2).sum(axis=-1))
    need = (r[:, None] + r[None, :]) * 1.1
    np.fill_diagonal(distance, np.inf)
    xy *= float((need / np.maximum(distance, 1e-9)).max())
    return [(float(x), float(y)) for x, y in xy]


def clusters(g: nx.Graph) -> dict:
    """Each node's cluster: its ``group`` (the state it speaks for) when that splits the graph, else its community.

    The state grouping is used when it yields at least two groups and on average three or more
    members per group; otherwise (a state-level view, actors of no state) Louvain communities,
    seeded, are used and named after their best-connected member.
    """
    groups = {n: g.nodes[n].get("group") or n for n in g}
    distinct = set(groups.values())
    if len(distinct) >= 2 and len(distinct) * 3 <= len(groups):
        return groups
    undirected = _sorted_simple(g)
    leaders = {}
    for community in nx.community.louvain_communities(undirected, seed=SEED):
        leader = max(sorted(community, key=str), key=undirected.degree)
        leaders.update({n: leader for n in community})
    return {n: leaders[n] for n in g}  # in the graph's order, not the communities' set order


def cluster_layout(g: nx.Graph, membership: dict, titles: dict | None = None, spacing: float = 36.0) -> tuple[dict, float]:
    """Members in a sunflower disc around their cluster's centre (hubs first); clusters with many ties between them close.

    Returns the positions and the font size at which a cluster's title (``titles[key]``, as
    drawn on the overview) reads at about 14 px once the drawing is fitted to a laptop's window;
    the clusters are spread so that no two titles overlap at that size.
    """
    members: dict = {}
    for n in sorted(g, key=lambda n: (-g.degree(n), str(n))):
        members.setdefault(membership[n], []).append(n)
    keys = sorted(members, key=lambda k: (-len(members[k]), str(k)))
    radii = [spacing * math.sqrt(len(members[k])) + spacing for k in keys]
    many = len(keys) > MANY_CLUSTERS  # too many to place by their ties (and to read): a sunflower, biggest first
    centres = _sunflower(len(keys), 2.2 * max(radii)) if many else np.array(_cluster_centres(g, membership, keys, radii))
    extent = centres.max(axis=0) - centres.min(axis=0) + 2 * max(radii)
    font = max(14.0, 14 / min(1400 / extent[0], 700 / extent[1]))
    titles = titles or {}
    half_width = np.array([max(r, 0.3 * font * len(str(titles.get(k, k))) + font) for k, r in zip(keys, radii)])
    half_height = np.array([max(r, font) for r in radii])
    if not many:
        centres = spread(centres, np.column_stack([half_width, half_height, half_height]))
    positions = {}
    for key, centre in zip(keys, centres):
        for n, (x, y) in zip(members[key], _sunflower(len(members[key]), spacing) + centre):
            positions[n] = (round(float(x), 1), round(float(y), 1))
    return positions, round(font)


def _sunflower(count: int, step: float) -> np.ndarray:
    """``count`` points on a golden-angle spiral, ``step`` apart or more, the first at the centre."""
    i = np.arange(count, dtype=float)
    angle = i * math.pi * (3 - math.sqrt(5))
    return np.column_stack([step * np.sqrt(i) * np.cos(angle), step * np.sqrt(i) * np.sin(angle)])

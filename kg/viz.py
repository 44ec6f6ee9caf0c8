"""The interactive HTML network: pyvis builds the vis-network data, a template of ours draws it.

pyvis's own templates load vis-network and Bootstrap from CDNs (even ``in_line`` keeps
Bootstrap remote) and render tooltips with ``innerHTML``. So kg keeps its own template
(``kg/templates/network.html``): vis-network's script and style from the pinned pyvis
wheel are inlined, the page references nothing on the network, and every text from an
article reaches the page as JSON data (with ``<``, ``>`` and ``&`` escaped) that the page
writes with ``textContent``. A quote containing ``<script>`` shows as text.

Up to :data:`PHYSICS_LIMIT` nodes the layout is a short forceAtlas2 simulation that stops
once stable; above it, positions come from Python (:func:`spiral_layout`) and physics is off.
"""

from __future__ import annotations

import html
import json
import math
from collections import Counter
from importlib import resources
from pathlib import Path

import jinja2
import networkx as nx
from pyvis.network import Network

from .store import Store
from .viewgraph import EDGE_KINDS, ViewOptions, view_graph

PHYSICS_LIMIT = 300
NODE_STYLE = {
    "person": ("dot", "#4e79a7"), "organization": ("square", "#59a14f"), "state": ("diamond", "#e15759"),
    "intergovernmental": ("hexagon", "#b07aa1"), "media": ("triangle", "#f28e2b"), "group": ("star", "#9c755f"),
    "statement": ("box", "#d9d9d9"),
}
STATEMENT_COLORS = {
    "claim": "#c6dbef", "denial": "#fcbba1", "confirmation": "#c7e9c0", "non-confirmation": "#e5e5e5",
    "warning": "#fdd0a2", "call": "#dadaeb", "dismissal": "#fc9272", "accusation": "#fdae6b",
}
EDGE_STYLE = {  # colour, dashes, css border style, arrow, base width
    "contradiction": ("#d62728", False, "solid", "", 3.0),
    "conflict": ("#ff7f0e", [8, 5], "dashed", "", 2.0),
    "corroboration": ("#2ca02c", False, "solid", "", 1.5),
    "unconfirmed": ("#7f7f7f", [2, 5], "dotted", "to", 1.5),
    "affiliation": ("#9ecae1", False, "solid", "to", 1.0),
    "said": ("#bdbdbd", False, "solid", "to", 1.0),
}


def spiral_layout(g: nx.Graph, spacing: float = 40.0) -> dict:
    """Positions for large graphs in linear time: components on a golden-angle spiral, biggest first.

    Connected actors sit next to each other; no force simulation is run.

    >>> pos = spiral_layout(nx.path_graph(3))
    >>> sorted(pos) == [0, 1, 2] and pos[0] == (0.0, 0.0)
    True
    """
    golden = math.pi * (3 - math.sqrt(5))
    undirected = g.to_undirected(as_view=True) if g.is_directed() else g
    order = []
    for component in sorted(nx.connected_components(undirected), key=lambda c: (-len(c), str(min(c, key=str)))):
        start = min(component, key=str)
        order += list(nx.bfs_tree(undirected, start)) if len(component) > 1 else [start]
    return {n: (round(spacing * math.sqrt(i) * math.cos(i * golden), 1), round(spacing * math.sqrt(i) * math.sin(i * golden), 1))
            for i, n in enumerate(order)}


def _options(physics: bool) -> dict:
    options = {
        "interaction": {"hover": True, "tooltipDelay": 80, "hideEdgesOnDrag": True, "navigationButtons": False},
        "edges": {"smooth": False, "selectionWidth": 2},
        "nodes": {"font": {"size": 13}, "borderWidth": 1},
        "layout": {"improvedLayout": False},
    }
    if physics:
        options["physics"] = {
            "enabled": True, "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 110, "avoidOverlap": 0.4},
            "stabilization": {"enabled": True, "iterations": 250, "updateInterval": 50, "fit": True},
        }
    else:
        options["physics"] = {"enabled": False}
    return options


def to_pyvis(g: nx.MultiDiGraph, physics_limit: int = PHYSICS_LIMIT) -> tuple[Network, dict]:
    """The pyvis network for a view graph, and the tooltips by vis id (``n:ID``, ``e:N``)."""
    physics = g.number_of_nodes() <= physics_limit
    net = Network(directed=True, height="100%", width="100%")
    positions = {} if physics else spiral_layout(g)
    tips = {}
    for node, data in g.nodes(data=True):
        shape, color = NODE_STYLE.get(data["kind"], NODE_STYLE["group"])
        if data["kind"] == "statement":
            color = STATEMENT_COLORS.get(data.get("type"), color)
        extra = {"x": positions[node][0], "y": positions[node][1], "physics": False} if positions else {}
        net.add_node(node, label=data["label"], shape=shape, color=color, size=data["size"],
                     kind=data["kind"], **extra)
        tips[f"n:{node}"] = data["tip"]
    for index, (u, v, data) in enumerate(g.edges(data=True)):
        color, dashes, _, arrow, width = EDGE_STYLE[data["kind"]]
        net.add_edge(u, v, id=index, kind=data["kind"], color=color, dashes=dashes, arrows=arrow,
                     width=round(width + math.log2(data.get("count", 1)), 2))
        tips[f"e:{index}"] = data["tip"]
    net.set_options(json.dumps(_options(physics)))
    return net, tips


def _script_json(value) -> str:
    """JSON that is safe inside a <script> element: no '<', '>' or '&' can end or open a tag."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _vis_asset(name: str) -> str:
    return resources.files("pyvis").joinpath("lib", "vis-9.1.2", name).read_text(encoding="utf-8")


def render_html(g: nx.MultiDiGraph, title: str = "kg: who said what", physics_limit: int = PHYSICS_LIMIT) -> str:
    """A complete, self-contained HTML page for a view graph (physics up to ``physics_limit`` nodes)."""
    net, tips = to_pyvis(g, physics_limit)
    nodes, edges, _heading, _height, _width, options = net.get_network_data()
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(resources.files("kg").joinpath("templates"))), autoescape=True)
    edge_counts = Counter(kind for _, _, kind in g.edges(data="kind"))
    node_counts = Counter(kind for _, kind in g.nodes(data="kind"))
    return environment.get_template("network.html").render(
        title=title,
        summary=f"{g.number_of_nodes()} nodes, {g.number_of_edges()} edges",
        vis_css=_vis_asset("vis-network.css"),
        vis_js=_vis_asset("vis-network.min.js"),
        data=_script_json({"nodes": nodes, "edges": edges, "options": json.loads(options), "tips": tips}),
        searchable=[{"id": n, "label": d["label"]} for n, d in g.nodes(data=True) if d["kind"] != "statement"],
        edge_kinds=[{"name": k, "count": edge_counts[k], "color": EDGE_STYLE[k][0], "css": EDGE_STYLE[k][2]}
                    for k in EDGE_KINDS if edge_counts[k]],
        node_kinds=[{"name": k, "color": NODE_STYLE[k][1]} for k in NODE_STYLE if node_counts[k]],
    )


def write_html(store: Store, path: str | Path, options: ViewOptions | None = None, title: str | None = None) -> nx.MultiDiGraph:
    """Draw the store's graph to ``path``; return the view graph that was drawn."""
    options = options or ViewOptions()
    g = view_graph(store, options)
    Path(path).write_text(render_html(g, title or _title(options)), encoding="utf-8")
    return g


def _title(options: ViewOptions) -> str:
    parts = [f"kg: who said what ({options.level} level"]
    if options.actor:
        parts.append(f", around {options.actor}")
    if options.since or options.until:
        parts.append(f", {options.since or '…'} to {options.until or '…'}")
    if options.only:
        parts.append(f", only {options.only}")
    return "".join(parts) + ")"


def show(store: Store, options: ViewOptions | None = None, height: int = 650):
    """Display the view inline in Jupyter, self-contained (an iframe with the page as ``srcdoc``)."""
    from IPython.display import HTML

    options = options or ViewOptions()
    page = render_html(view_graph(store, options), _title(options))
    return HTML(f'<iframe srcdoc="{html.escape(page, quote=True)}" style="width:100%;height:{height}px;border:0" '
                f'sandbox="allow-scripts"></iframe>')

"""The explorer: pyvis builds the vis-network data, a template of kg's own draws it.

pyvis's own templates load vis-network and Bootstrap from CDNs (even ``in_line`` keeps
Bootstrap remote) and render tooltips with ``innerHTML``. So kg keeps its own template
(``kg/templates/network.html`` with ``explorer.js`` and ``explorer.css``): vis-network's
script and style from the pinned pyvis wheel are inlined, the page references nothing on
the network, and every text from an article reaches the page as JSON data (with ``<``,
``>`` and ``&`` escaped) that the page writes with ``textContent``. A quote containing
``<script>`` shows as text.

Positions come from Python (:mod:`kg.layout`), so the same graph always looks the same and
physics stays off. Above :data:`OVERVIEW_LIMIT` nodes the page opens on an overview of
clusters (states, or communities) that expand on click.
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

from . import layout
from .store import Store
from .viewgraph import EDGE_KINDS, ViewOptions, view_graph

OVERVIEW_LIMIT = 300
# Okabe & Ito's palette for colour-blind readers (https://jfly.uni-koeln.de/color/); shape repeats the kind.
NODE_STYLE = {  # shape, fill, border
    "person": ("dot", "#0072B2", "#004a75"), "organization": ("square", "#CC79A7", "#8f4f74"),
    "state": ("diamond", "#F0E442", "#8a8200"), "intergovernmental": ("hexagon", "#56B4E9", "#2b7fae"),
    "media": ("triangle", "#000000", "#000000"), "group": ("star", "#FFFFFF", "#555555"),
    "statement": ("box", "#e6e6e6", "#777777"),
}
STATEMENT_COLORS = {  # Okabe-Ito hues lightened, so black text stays readable on them
    "claim": "#9ACBEF", "denial": "#EBAE80", "confirmation": "#80CEB9", "non_confirmation": "#D9D9D9",
    "warning": "#F3CF80", "call": "#E6BCD3", "dismissal": "#D98C5F", "accusation": "#F7F1A1",
}
EDGE_STYLE = {  # colour, dashes, css border style, arrow, base width, what it means
    "contradiction": ("#D55E00", False, "solid", "", 3.0, "both certain, opposite"),
    "conflict": ("#E69F00", [8, 5], "dashed", "", 2.0, "opposite, at least one only probable or possible"),
    "corroboration": ("#009E73", False, "solid", "", 1.5, "the same commitment"),
    "unconfirmed": ("#666666", [2, 5], "dotted", "to", 1.5, "arrow to the one who cannot confirm the other's claim"),
    "affiliation": ("#9ab0c0", False, "solid", "to", 1.0, "arrow from member to organisation or state"),
    "said": ("#bbbbbb", False, "solid", "to", 1.0, "arrow from speaker to statement"),
}
DRAW_ORDER = {kind: i for i, kind in enumerate(("said", "affiliation", "unconfirmed", "corroboration", "conflict", "contradiction"))}


def _options(physics: bool) -> dict:
    options = {
        "interaction": {"hover": True, "tooltipDelay": 80, "hideEdgesOnDrag": True, "navigationButtons": False,
                        "multiselect": False},
        "edges": {"smooth": False, "selectionWidth": 2, "hoverWidth": 1.5},
        "nodes": {"font": {"size": 13, "strokeWidth": 3, "strokeColor": "#ffffff"}, "borderWidth": 1.5},
        "layout": {"improvedLayout": False, "randomSeed": layout.SEED},
        "physics": {"enabled": False},
    }
    if physics:  # the plain page benchmarks compare against: vis-network lays the graph out itself
        options["physics"] = {
            "enabled": True, "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 110, "avoidOverlap": 0.4},
            "stabilization": {"enabled": True, "iterations": 250, "updateInterval": 50, "fit": True},
        }
    return options


def to_pyvis(g: nx.MultiDiGraph, overview_limit: int = OVERVIEW_LIMIT, physics: bool = False) -> tuple[Network, dict]:
    """The pyvis network for a view graph, and its clusters (``{key: {label, count, font}}``) when it opens on an overview."""
    net = Network(directed=True, height="100%", width="100%")
    overview = g.number_of_nodes() > overview_limit
    labels = dict(g.nodes(data="label"))
    names = g.graph.get("group_names", {})
    font = 14
    if overview or g.number_of_nodes() > OVERVIEW_LIMIT:  # too many for a force layout: by cluster, shown or not
        membership = layout.clusters(g)
        sizes = Counter(membership.values())
        titles = {key: f"{names.get(key) or labels.get(key, key)} · {count}" for key, count in sizes.items()}
        positions, font = layout.cluster_layout(g, membership, titles)
    else:
        membership = {n: n for n in g}
        positions = layout.force_layout(g, labels)
    for node, data in g.nodes(data=True):
        shape, color, border = NODE_STYLE.get(data["kind"], NODE_STYLE["group"])
        if data["kind"] == "statement":
            color = STATEMENT_COLORS.get(data.get("type"), color)
        place = {} if physics else {"x": positions[node][0], "y": positions[node][1]}
        net.add_node(node, label=data["label"], shape=shape, size=data["size"], kind=data["kind"],
                     color={"background": color, "border": border}, cluster=str(membership[node]),
                     said=data.get("said", []), **place)
    order = sorted(enumerate(g.edges(data=True)), key=lambda item: DRAW_ORDER[item[1][2]["kind"]])
    for index, (u, v, data) in order:  # conflicts drawn after corroborations, contradictions last, on top
        color, dashes, _, arrow, width, _ = EDGE_STYLE[data["kind"]]
        net.add_edge(u, v, id=index, kind=data["kind"], color=color, dashes=dashes, arrows=arrow,
                     width=round(width + math.log2(data.get("count", 1)), 2), count=data.get("count", 1),
                     pairs=data.get("pairs", []), about=data.get("title", ""))
    net.set_options(json.dumps(_options(physics)))
    groups = {}
    if overview:  # a cluster of one is just the node
        groups = {str(key): {"label": names.get(key) or labels.get(key, key), "count": count, "font": font}
                  for key, count in Counter(membership.values()).items() if count > 1}
    return net, groups


def proposition_view(propositions: dict) -> dict:
    """Propositions as nodes, linked by entailment (arrows) and incompatibility, with seeded positions."""
    g = nx.Graph()
    for pid, p in propositions.items():
        g.add_node(pid, size=30)  # a box about four lines high, its label inside
    edges = []
    for pid, p in sorted(propositions.items()):
        for target in p["entails"]:
            g.add_edge(pid, target)
            edges.append({"id": f"p:{pid}>{target}", "from": pid, "to": target, "kind": "entails"})
        for other in p["incompatible"]:
            if pid < other:
                g.add_edge(pid, other)
                edges.append({"id": f"p:{pid}x{other}", "from": pid, "to": other, "kind": "incompatible"})
    labels = {pid: _wrap(p["text"]) for pid, p in propositions.items()}
    if g.number_of_nodes() > OVERVIEW_LIMIT:  # each family of linked propositions in a disc of its own
        family = {n: min(component) for component in nx.connected_components(g) for n in component}
        positions, _ = layout.cluster_layout(g, family, spacing=220)
    else:
        positions = layout.force_layout(g, {pid: label.split("\n")[0] for pid, label in labels.items()}, spacing=180)
    nodes = [{"id": pid, "label": labels[pid], "x": positions[pid][0], "y": positions[pid][1]} for pid in sorted(propositions)]
    return {"nodes": nodes, "edges": edges}


def _wrap(text: str, width: int = 28) -> str:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return "\n".join(lines + [line])


def _script_json(value) -> str:
    """JSON that is safe inside a <script> element: no '<', '>' or '&' can end or open a tag."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _vis_asset(name: str) -> str:
    return resources.files("pyvis").joinpath("lib", "vis-9.1.2", name).read_text(encoding="utf-8")


def _template_asset(name: str) -> str:
    return resources.files("kg").joinpath("templates", name).read_text(encoding="utf-8")


def render_html(g: nx.MultiDiGraph, title: str = "kg: who said what", overview_limit: int = OVERVIEW_LIMIT,
                physics: bool = False) -> str:
    """A complete, self-contained HTML page for a view graph; an overview of clusters above ``overview_limit`` nodes.

    ``physics=True`` gives the plain page vis-network lays out itself (the benchmarks' baseline).
    """
    net, groups = to_pyvis(g, overview_limit, physics)
    nodes, edges, _heading, _height, _width, options = net.get_network_data()
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(resources.files("kg").joinpath("templates"))), autoescape=True)
    edge_counts = Counter(kind for _, _, kind in g.edges(data="kind"))
    node_counts = Counter(kind for _, kind in g.nodes(data="kind"))
    statement_types = Counter(data.get("type") for _, data in g.nodes(data=True) if data["kind"] == "statement")
    propositions = g.graph.get("propositions", {})
    data = {"nodes": nodes, "edges": edges, "options": json.loads(options), "groups": groups,
            "statements": g.graph.get("statements", {}), "propositions": propositions,
            "propositionView": proposition_view(propositions), "title": title,
            "edgeStyle": {k: {"color": v[0], "dashes": v[1], "arrow": v[3]} for k, v in EDGE_STYLE.items()}}
    return environment.get_template("network.html").render(
        title=title,
        summary=f"{g.number_of_nodes()} nodes, {g.number_of_edges()} ties",
        vis_css=_vis_asset("vis-network.css"),
        vis_js=_vis_asset("vis-network.min.js"),
        explorer_css=_template_asset("explorer.css"),
        explorer_js=_template_asset("explorer.js"),
        data=_script_json(data),
        edge_kinds=[{"name": k, "count": edge_counts[k], "color": EDGE_STYLE[k][0], "css": EDGE_STYLE[k][2],
                     "arrow": bool(EDGE_STYLE[k][3]), "meaning": EDGE_STYLE[k][5]} for k in EDGE_KINDS if edge_counts[k]],
        node_kinds=[{"name": k, "shape": NODE_STYLE[k][0], "color": NODE_STYLE[k][1], "border": NODE_STYLE[k][2]}
                    for k in NODE_STYLE if node_counts[k] and k != "statement"],
        statement_types=[{"name": t.replace("_", "-"), "color": STATEMENT_COLORS.get(t, NODE_STYLE["statement"][1])}
                         for t in STATEMENT_COLORS if statement_types[t]],
        overview=bool(groups),
        incompatible=any(p["incompatible"] for p in propositions.values()),
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
                f'sandbox="allow-scripts allow-downloads"></iframe>')

"""View graphs made by hand for the explorer's tests and benchmarks: a hostile one and a large synthetic one.

Both have the shape :func:`kg.viewgraph.view_graph` returns: nodes with ``label``, ``kind``,
``size``, ``said``, ``group``; edges with ``kind``, ``count``, ``pairs``; the graph's
``statements`` and ``propositions`` holding the words the page shows.
"""

from __future__ import annotations

import datetime as dt
import random

import networkx as nx

HOSTILE = '<script>alert(1)</script> & "quotes" </script><img src=x onerror=alert(2)>'
KINDS = ["person"] * 6 + ["organization"] * 2 + ["state", "media", "group"]


def statement(speaker: str, name: str, quote: str, date: str | None, proposition: str, **extra) -> dict:
    """A statement record as :func:`kg.viewcontext.statement_records` makes it."""
    record = {"speaker": speaker, "speakerName": name, "type": "claim", "factuality": "CT+", "commitment": "certain, positive",
              "date": date, "approximate": False, "earliest": None, "cue": "said", "quote": quote, "direct": True,
              "sentence": f"Before. {quote} After.", "quoteAt": 8, "chain": [], "reportedly": False,
              "article": "an article", "articleId": "a", "start": 8, "end": 8 + len(quote), "proposition": proposition}
    record.update(extra)
    return record


def hostile_graph() -> nx.MultiDiGraph:
    """Two actors whose every text (names, quote, sentence, cue, chain, title, proposition, paraphrase) is an attack."""
    g = nx.MultiDiGraph(level="person")
    g.graph["statements"] = {
        "a/s1": statement("x", f"<i>x</i>{HOSTILE}", HOSTILE, "2024-01-01", "p", cue=HOSTILE, chain=[HOSTILE],
                          sentence=f"{HOSTILE} {HOSTILE}", article=HOSTILE, reportedly=True),
        "a/s2": statement("y", "y", "no", "2024-01-03", "p", factuality="CT-", commitment="certain, negative"),
    }
    g.graph["propositions"] = {"p": {"text": HOSTILE, "paraphrases": [f"<b>also</b> {HOSTILE}"],
                                     "entails": [], "incompatible": [],
                                     "camps": {"asserts": [["a/s1", "p"]], "denies": [["a/s2", "p"]], "cannot confirm": []}}}
    g.add_node("x", label=f"<i>x</i>{HOSTILE}", kind="person", size=18, statements=1, said=["a/s1"], group="x")
    g.add_node("y", label="y", kind="state", size=18, statements=1, said=["a/s2"], group="y")
    g.add_edge("x", "y", kind="contradiction", count=1, pairs=[{"a": "a/s1", "b": "a/s2", "proposition": "p",
                                                                "path": ["p"], "independent": None}])
    g.add_edge("x", "y", kind="affiliation", count=1, pairs=[], title=HOSTILE)
    return g


def synthetic_graph(nodes: int, seed: int = 7, states: int = 40) -> nx.MultiDiGraph:
    """``nodes`` actors in ``states`` states, one statement each over 30 days, about 2 ties per actor."""
    rng = random.Random(seed)
    g = nx.MultiDiGraph(level="person")
    start = dt.date(2024, 10, 1)
    statements, propositions = {}, {}
    for p in range(20):
        propositions[f"p{p}"] = {"text": f"Proposition {p}.", "paraphrases": [], "entails": [f"p{p + 1}"] if p % 5 < 4 else [],
                                 "incompatible": [], "camps": {"asserts": [], "denies": [], "cannot confirm": []}}
    for i in range(nodes):
        sid = f"s{i}"
        prop = f"p{i % 20}"
        statements[sid] = statement(f"a{i}", f"Actor {i}", f"statement number {i}",
                                    (start + dt.timedelta(days=i % 30)).isoformat(), prop)
        propositions[prop]["camps"]["asserts" if i % 3 else "denies"].append([sid, prop])
        g.add_node(f"a{i}", label=f"Actor {i}", kind=rng.choice(KINDS), size=round(12 + rng.random() * 20, 1), statements=1,
                   said=[sid], group=f"state{i % states}")
    g.graph["statements"], g.graph["propositions"] = statements, propositions
    g.graph["group_names"] = {f"state{k}": f"State {k}" for k in range(states)}
    # ties mostly within a state and with two neighbouring states; camps of even and odd states
    # conflict, states of a camp corroborate each other; a few hubs draw ties from anywhere
    hubs = list(range(max(3, nodes // 100)))
    by_state = [list(range(k, nodes, states)) for k in range(states)]
    for _ in range(nodes * 2):
        u = rng.randrange(nodes)
        roll = rng.random()
        if roll < 0.03:
            v = rng.choice(hubs)
        elif roll < 0.55:
            v = rng.choice(by_state[u % states])
        else:
            v = rng.choice(by_state[(u + rng.choice((1, 2, -1, -2))) % states])
        if u == v:
            continue
        if u % states == v % states:
            kind = rng.choice(["corroboration", "corroboration", "affiliation", "unconfirmed"])
        elif (u - v) % 2:
            kind = rng.choice(["conflict", "conflict", "conflict", "contradiction"])
        else:
            kind = rng.choice(["corroboration", "unconfirmed"])
        pairs = [] if kind == "affiliation" else [{"a": f"s{u}", "b": f"s{v}", "proposition": f"p{u % 20}",
                                                   "path": [f"p{u % 20}"], "independent": None}]
        g.add_edge(f"a{u}", f"a{v}", kind=kind, count=1, pairs=pairs, title="member" if kind == "affiliation" else "")
    return g

"""What the explorer says about each statement and proposition, in words a reader checks.

The page's evidence panel shows, for every statement: who said it (by name), what kind of
statement it is, the commitment in words ("probable, negative"), the date, the cue, the
reporting chain, whether the article hedged it ("reportedly"), the quote inside its
sentence, and the article's title and offsets. For every proposition: its text, the other
wordings it is known by (paraphrases), its direct links, and its camps, the statements
committed for it, against it, or unable to confirm it, propagated through entailment as the
conflict rules do (DESIGN.md §2).

>>> commitment_words("PR-"), commitment_words("Uu"), commitment_words(None)
('probable, negative', 'cannot confirm or will not say', 'no truth value (a call)')
"""

from __future__ import annotations

import networkx as nx

from .analysis.evidence import Evidence
from .queries import entailments, load, paraphrases, reporting_chains, rows, run
from .store import Store

CERTAINTY = {"CT": "certain", "PR": "probable", "PS": "possible"}
POLARITY = {"+": "positive", "-": "negative"}
CAMPS = ("asserts", "denies", "cannot confirm")


def commitment_words(factuality: str | None) -> str:
    """A FactBank value in words: ``CT+`` is "certain, positive"."""
    if factuality is None:
        return "no truth value (a call)"
    if factuality.startswith("U") or factuality[-1] == "u":
        return "cannot confirm or will not say"
    return f"{CERTAINTY.get(factuality[:2], factuality[:2])}, {POLARITY.get(factuality[-1], factuality[-1])}"


def statement_records(store: Store, evidence: dict[str, Evidence], names: dict[str, str]) -> dict[str, dict]:
    """Every statement in ``evidence`` as the page shows it, by statement id."""
    context = {r["statement"]: r for r in rows(run(store, load("statement_context")))}
    chains: dict[str, list[str]] = {}
    for step in reporting_chains(store):
        if step.source is not None:
            chains.setdefault(step.statement, []).append(names.get(step.source, step.source))
    out = {}
    for sid, e in evidence.items():
        row = context.get(sid, {})
        sentence = row.get("sentence") or e.quote
        out[sid] = {
            "speaker": e.speaker, "speakerName": names.get(e.speaker, e.speaker), "type": e.type.replace("_", "-"),
            "factuality": e.factuality, "commitment": commitment_words(e.factuality),
            "date": e.day.isoformat() if e.day else None, "approximate": e.date is None and e.day is not None,
            "earliest": e.earliest.isoformat() if e.earliest else None,
            "cue": e.cue, "quote": e.quote, "direct": e.direct, "sentence": sentence,
            "quoteAt": max(0, e.start - e.sentence_start) if row.get("sentence") else 0,
            "chain": chains.get(sid, []), "reportedly": bool(row.get("reportedly")),
            "article": row.get("title") or e.source, "articleId": e.source, "start": e.start, "end": e.end,
            "proposition": e.proposition,
        }
    return out


def proposition_records(store: Store, statements: dict[str, dict]) -> dict[str, dict]:
    """Every proposition: ``text``, its ``paraphrases``, direct ``entails`` and ``incompatible`` links, and ``camps``.

    ``camps`` maps "asserts", "denies" and "cannot confirm" to ``[statement id, through]``
    pairs, where ``through`` is the proposition the statement is literally about.
    """
    texts = {r["proposition"]: r["text"] or r["proposition"] for r in rows(run(store, load("propositions")))}
    entails, incompatible = nx.DiGraph(), nx.Graph()
    entails.add_nodes_from(texts)
    incompatible.add_nodes_from(texts)
    for link in entailments(store):
        (entails if link.relation == "entails" else incompatible).add_edge(link.from_, link.to)
    wordings = paraphrases(store)
    out = {p: {"text": text, "paraphrases": wordings.get(p, []), "entails": sorted(entails.successors(p)),
               "incompatible": sorted(incompatible[p]), "camps": {camp: [] for camp in CAMPS}} for p, text in texts.items()}
    for sid, s in sorted(statements.items(), key=lambda item: (item[1]["date"] or "9999", item[0])):
        about = s["proposition"]
        if about not in entails:
            continue
        below = nx.descendants(entails, about) | {about}  # what it entails
        above = nx.ancestors(entails, about) | {about}  # what entails it
        f = s["factuality"]
        if f is None:
            continue
        if f.startswith("U") or f.endswith("u"):
            targets = {"cannot confirm": above}
        elif f.endswith("+"):
            opposed = {q for x in below for y in incompatible[x] for q in nx.ancestors(entails, y) | {y}}
            targets = {"asserts": below, "denies": opposed}
        else:
            targets = {"denies": above}
        for camp, props in targets.items():
            for p in sorted(props):
                out[p]["camps"][camp].append([sid, about])
    return out

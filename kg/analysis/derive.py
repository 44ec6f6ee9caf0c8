"""``kg infer``: materialise the analysis into the derived named graph.

Plain SPARQL users then see ``kg:contradicts``, ``kg:conflictsWith``, ``kg:possiblyConflictsWith``,
``kg:corroborates``, ``kg:leavesUnconfirmed`` and ``kg:opposesCall`` links between statements, and
stance moves as ``kg:reversesStanceOf``, ``kg:firmsStanceOf`` and ``kg:softensStanceOf`` (all
``kg:changesStanceFrom``, later to earlier). Each link also gets a ``kg:Derivation`` node (RDF
reification: ``rdf:subject``, ``rdf:predicate``, ``rdf:object``) naming the rule, the proposition
where the statements meet, the path, the alternative readings it rests on (``kg:reading``) and,
for corroborations, whether they are independent. Only the derived graph is written;
asserted graphs are never touched, and re-running replaces the derived graph whole.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import PROV, XSD

from .. import ids
from ..compile import new_graph
from ..store import Store
from ..vocab import KG
from .conflicts import GRADES, Relation, relations
from .evidence import load_evidence
from .rollup import load_roster
from .stance import KINDS, StanceChange, stance_changes

PREDICATE = {
    "contradiction": KG.contradicts, "conflict": KG.conflictsWith, "possible conflict": KG.possiblyConflictsWith,
    "corroboration": KG.corroborates, "unconfirmed": KG.leavesUnconfirmed, "opposing calls": KG.opposesCall,
}
RULE = {
    "opposite-entails": KG.OppositeThroughEntailment, "opposite-incompatible": KG.OppositeThroughIncompatibility,
    "same-positive": KG.SamePositiveCommitment, "same-negative": KG.SameNegativeCommitment,
    "asserted-uncommitted": KG.AssertedButUncommitted, "opposite-directives": KG.OppositeDirectives,
}
MOVE = {
    "reversal": (KG.reversesStanceOf, KG.StanceReversal), "firming": (KG.firmsStanceOf, KG.StanceFirming),
    "softening": (KG.softensStanceOf, KG.StanceSoftening),
}


def _statement(statement_id: str) -> URIRef:
    article, _, slug = statement_id.partition("/")
    return ids.statement_iri(article, slug)


def _add(g: Graph, subject: str, predicate: URIRef, obj: str, rule: URIRef, proposition: str,
         path: tuple[str, ...], independent: bool | None = None, readings: tuple[str, ...] = ()) -> None:
    s, o = _statement(subject), _statement(obj)
    g.add((s, predicate, o))
    if predicate in (KG.reversesStanceOf, KG.firmsStanceOf, KG.softensStanceOf):
        g.add((s, KG.changesStanceFrom, o))  # the common super-property, for queries without inference
    key = hashlib.sha256(f"{s} {predicate} {o}".encode()).hexdigest()[:16]
    node = URIRef(f"{ids.ID}derivation/{key}")
    g.add((node, RDF.type, KG.Derivation))
    g.add((node, RDF.subject, s))
    g.add((node, RDF.predicate, predicate))
    g.add((node, RDF.object, o))
    g.add((node, PROV.used, s))
    g.add((node, PROV.used, o))
    g.add((node, KG.derivedBy, rule))
    g.add((node, KG.joinedAt, ids.proposition_iri(proposition)))
    g.add((node, KG.path, Literal(" ".join(path))))
    if independent is not None:
        g.add((node, KG.independent, Literal(independent)))
    for reading in readings:
        g.add((node, KG.reading, ids.proposition_iri(reading)))


def derived_graph(found: list[Relation], changes: list[StanceChange]) -> Graph:
    """The derived graph for person-level relations and stance changes."""
    g = new_graph(ids.DERIVED_GRAPH)
    for r in found:
        first, second = r.statements
        if r.grade == "unconfirmed":
            first, second = second, first  # the uncommitted statement leaves the claim unconfirmed
        _add(g, first.id, PREDICATE[r.grade], second.id, RULE[r.rule], r.proposition, r.path, r.independent,
             r.readings)
    for c in changes:
        predicate, rule = MOVE[c.kind]
        _add(g, c.later.id, predicate, c.earlier.id, rule, c.proposition, c.path)
    return g


def infer(store: Store) -> dict[str, int]:
    """Replace the derived graph with the current analysis; return how many links of each kind."""
    roster, evidence = load_roster(store), load_evidence(store)
    found = relations(store, include=GRADES, roster=roster, evidence=evidence)
    changes = stance_changes(store, roster=roster, evidence=evidence)
    g = derived_graph(found, changes)
    g.add((URIRef(ids.DERIVED_GRAPH), PROV.generatedAtTime,
           Literal(dt.datetime.now(dt.timezone.utc).replace(microsecond=0), datatype=XSD.dateTime)))
    store.replace({str(ids.DERIVED_GRAPH): g.serialize(format="nt", encoding="utf-8")})
    counts = {grade: sum(1 for r in found if r.grade == grade) for grade in GRADES}
    counts.update({kind: sum(1 for c in changes if c.kind == kind) for kind in KINDS})
    return counts

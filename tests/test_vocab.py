"""The ontology is complete and documented, and kg.vocab names exactly its terms."""

from rdflib import OWL, RDF, RDFS, URIRef

from kg.ontology import ontology
from kg.vocab import KG

NS = str(KG._NS)


def _ontology_terms() -> set[str]:
    return {str(s)[len(NS):] for s in ontology().subjects() if isinstance(s, URIRef) and str(s).startswith(NS)}


def test_vocab_and_ontology_name_the_same_terms():
    vocab_terms = set(KG.__annotations__)
    assert vocab_terms == _ontology_terms()


def test_every_class_and_property_has_a_label_and_a_one_line_comment():
    g = ontology()
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
    terms = {s for kind in kinds for s in g.subjects(RDF.type, kind) if str(s).startswith(NS)}
    assert len(terms) > 40
    for term in terms:
        assert g.value(term, RDFS.label), term
        comment = g.value(term, RDFS.comment)
        assert comment and "\n" not in comment, term


def test_entails_is_transitive_and_incompatibility_symmetric():
    g = ontology()
    assert (KG.entails, RDF.type, OWL.TransitiveProperty) in g
    assert (KG.incompatibleWith, RDF.type, OWL.SymmetricProperty) in g


def test_a_typo_in_a_term_fails_loudly():
    import pytest

    with pytest.raises(AttributeError):
        KG.Statment  # noqa: B018


def test_actor_classes_are_at_most_two_levels_below_actor():
    """actors.rq and affiliations.rq use a bounded class path instead of rdfs:subClassOf* (for Virtuoso)."""
    g = ontology()
    below = {KG.Actor: 0}
    frontier = [KG.Actor]
    while frontier:
        parent = frontier.pop()
        for child in g.subjects(RDFS.subClassOf, parent):
            below[child] = below[parent] + 1
            frontier.append(child)
    assert max(below.values()) == 2 and below[KG.State] == 2 and below[KG.Person] == 1

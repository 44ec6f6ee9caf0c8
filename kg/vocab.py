"""The kg ontology's terms as a closed namespace: a typo is an AttributeError, not a new IRI.

tests/test_vocab.py checks that this list and ``ontology.ttl`` name the same terms.

>>> KG.Statement
rdflib.term.URIRef('https://w3id.org/kg/ontology#Statement')
>>> KG.Statment  # doctest: +IGNORE_EXCEPTION_DETAIL
Traceback (most recent call last):
AttributeError: term not defined in namespace
"""

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef


class KG(DefinedNamespace):
    """Classes, properties and individuals of https://w3id.org/kg/ontology#."""

    _fail = True

    Accusation: URIRef
    Actor: URIRef
    Article: URIRef
    AssertedButUncommitted: URIRef
    CT_neg: URIRef
    CT_pos: URIRef
    Call: URIRef
    Certainty: URIRef
    Claim: URIRef
    Confirmation: URIRef
    Denial: URIRef
    Derivation: URIRef
    Dismissal: URIRef
    Factuality: URIRef
    FactualityScheme: URIRef
    Group: URIRef
    IntergovernmentalOrganization: URIRef
    MediaOutlet: URIRef
    NonConfirmation: URIRef
    OppositeDirectives: URIRef
    OppositeThroughEntailment: URIRef
    OppositeThroughIncompatibility: URIRef
    Organization: URIRef
    PR_neg: URIRef
    PR_pos: URIRef
    PS_neg: URIRef
    PS_pos: URIRef
    Person: URIRef
    Polarity: URIRef
    Proposition: URIRef
    ReportingStep: URIRef
    Role: URIRef
    Rule: URIRef
    SameNegativeCommitment: URIRef
    SamePositiveCommitment: URIRef
    StanceFirming: URIRef
    StanceReversal: URIRef
    StanceSoftening: URIRef
    State: URIRef
    Statement: URIRef
    StatementTypeScheme: URIRef
    Uu: URIRef
    Warning: URIRef
    about: URIRef
    alias: URIRef
    alternativeAbout: URIRef
    basedIn: URIRef
    certain: URIRef
    certainty: URIRef
    changesStanceFrom: URIRef
    conditional: URIRef
    conflictsWith: URIRef
    contradicts: URIRef
    corroborates: URIRef
    cue: URIRef
    date: URIRef
    derivedBy: URIRef
    earliestDate: URIRef
    entails: URIRef
    evidence: URIRef
    factuality: URIRef
    firmsStanceOf: URIRef
    incompatibleWith: URIRef
    independent: URIRef
    isDirectQuote: URIRef
    joinedAt: URIRef
    latestDate: URIRef
    leavesUnconfirmed: URIRef
    negative: URIRef
    note: URIRef
    opposesCall: URIRef
    paraphrase: URIRef
    path: URIRef
    polarity: URIRef
    position: URIRef
    positive: URIRef
    possible: URIRef
    possiblyConflictsWith: URIRef
    probable: URIRef
    quote: URIRef
    rank: URIRef
    reading: URIRef
    reportedIn: URIRef
    reportedly: URIRef
    reportingStep: URIRef
    respondsTo: URIRef
    reversesStanceOf: URIRef
    sentence: URIRef
    sign: URIRef
    slug: URIRef
    softensStanceOf: URIRef
    source: URIRef
    speaker: URIRef
    stance: URIRef
    target: URIRef
    text: URIRef
    textHash: URIRef
    uncommitted: URIRef
    underspecified: URIRef

    _NS = Namespace("https://w3id.org/kg/ontology#")

"""Annotation records to RDF: one named graph per article, one for the shared registry.

The registry graph holds actors, affiliations and propositions, which every article
shares; each article's graph holds the article and its statements, so an article can be
replaced or removed as a unit. Every node kg mints has an IRI (no blank nodes), and
:func:`compile_corpus` also returns where in the annotation files each one came from,
so a SHACL violation can be reported at the line that caused it.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from rdflib import OWL, RDF, RDFS, SKOS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, PROV

from . import ids
from .annotations import Actor, Article, Corpus, Place, Proposition, Statement
from .ontology import ontology
from .vocab import KG

ORG = Namespace("http://www.w3.org/ns/org#")
OA = Namespace("http://www.w3.org/ns/oa#")
SCHEMA = Namespace("https://schema.org/")
TIME = Namespace("http://www.w3.org/2006/time#")
WD = Namespace("http://www.wikidata.org/entity/")

PREFIXES = {
    "kg": str(KG._NS), "rdf": str(RDF), "rdfs": str(RDFS), "owl": str(OWL), "xsd": str(XSD),
    "skos": str(SKOS), "prov": str(PROV), "org": str(ORG), "foaf": str(FOAF), "schema": str(SCHEMA),
    "oa": str(OA), "dcterms": str(DCTERMS), "time": str(TIME), "wd": str(WD),
    "actor": ids.ID + "actor/", "prop": ids.ID + "proposition/", "stmt": ids.ID + "statement/",
    "article": ids.ID + "article/",
}

ACTOR_CLASS = {
    "person": KG.Person, "organization": KG.Organization, "state": KG.State,
    "intergovernmental": KG.IntergovernmentalOrganization, "media": KG.MediaOutlet, "group": KG.Group,
}
STATEMENT_CLASS = {
    "claim": KG.Claim, "denial": KG.Denial, "confirmation": KG.Confirmation,
    "non_confirmation": KG.NonConfirmation, "warning": KG.Warning, "call": KG.Call,
    "dismissal": KG.Dismissal, "accusation": KG.Accusation,
}
FACTUALITY = {
    "CT+": KG.CT_pos, "CT-": KG.CT_neg, "PR+": KG.PR_pos, "PR-": KG.PR_neg,
    "PS+": KG.PS_pos, "PS-": KG.PS_neg, "Uu": KG.Uu,
}
#: A call's stance is the polarity of the action it urges: for it, or against it.
STANCE = {"for": KG.positive, "against": KG.negative}
_CONTEXT = 32  # characters of prefix/suffix kept in a TextQuoteSelector


@dataclass
class Compiled:
    """The graphs of a corpus by graph IRI, and the annotation place of every node minted."""

    graphs: dict[URIRef, Graph] = field(default_factory=dict)
    origins: dict[URIRef, Place] = field(default_factory=dict)

    def triple_count(self) -> int:
        """Triples over all graphs."""
        return sum(len(g) for g in self.graphs.values())


def new_graph(identifier: URIRef | None = None) -> Graph:
    """An rdflib graph with kg's prefixes bound."""
    g = Graph(identifier=identifier)
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True)
    return g


def compile_corpus(corpus: Corpus) -> Compiled:
    """Compile a checked corpus into the ontology, registry and one graph per article."""
    out = Compiled()
    out.graphs[ids.ONTOLOGY_GRAPH] = ontology()
    out.graphs[ids.REGISTRY_GRAPH] = compile_registry(corpus, out.origins)
    for article in corpus.articles.values():
        out.graphs[ids.article_graph(article.id)] = compile_article(article, out.origins)
    return out


def compile_registry(corpus: Corpus, origins: dict | None = None) -> Graph:
    """The registry graph: every actor, its affiliations, and every proposition."""
    origins = {} if origins is None else origins
    registry = new_graph(ids.REGISTRY_GRAPH)
    for actor in corpus.actors.values():
        _add_actor(registry, actor, origins)
    for prop in corpus.propositions.values():
        _add_proposition(registry, prop, origins)
    return registry


def _add_actor(g: Graph, actor: Actor, origins: dict) -> None:
    node = ids.actor_iri(actor.id)
    origins[node] = actor.place
    g.add((node, RDF.type, ACTOR_CLASS[actor.type]))
    g.add((node, KG.slug, Literal(actor.id)))
    g.add((node, SKOS.prefLabel, Literal(actor.name)))
    g.add((node, RDFS.label, Literal(actor.name)))
    for alias in actor.aliases:
        g.add((node, KG.alias, Literal(alias)))
    if actor.wikidata:
        g.add((node, OWL.sameAs, WD[actor.wikidata]))
    if actor.part_of:
        g.add((node, ORG.subOrganizationOf, ids.actor_iri(actor.part_of)))
    if actor.based_in:
        g.add((node, KG.basedIn, ids.actor_iri(actor.based_in)))
    for n, m in enumerate(actor.memberships, 1):
        ms = URIRef(f"{ids.ID}membership/{actor.id}/{n}")
        origins[ms] = m.place
        g.add((ms, RDF.type, ORG.Membership))
        g.add((ms, ORG.member, node))
        g.add((ms, ORG.organization, ids.actor_iri(m.organization)))
        if m.role:
            role = ids.role_iri(m.role)
            g.add((ms, ORG.role, role))
            g.add((role, RDF.type, KG.Role))
            g.add((role, SKOS.prefLabel, Literal(m.role)))
        if m.start or m.end:
            interval = URIRef(f"{ms}/interval")
            g.add((ms, ORG.memberDuring, interval))
            g.add((interval, RDF.type, TIME.Interval))
            for prop, day in ((TIME.hasBeginning, m.start), (TIME.hasEnd, m.end)):
                if day:
                    instant = URIRef(f"{interval}/{'begin' if prop == TIME.hasBeginning else 'end'}")
                    g.add((interval, prop, instant))
                    g.add((instant, RDF.type, TIME.Instant))
                    g.add((instant, TIME.inXSDDate, Literal(day, datatype=XSD.date)))


def _add_proposition(g: Graph, prop: Proposition, origins: dict) -> None:
    node = ids.proposition_iri(prop.id)
    origins[node] = prop.place
    g.add((node, RDF.type, KG.Proposition))
    g.add((node, KG.text, Literal(prop.text)))
    g.add((node, RDFS.label, Literal(prop.text)))
    for wording in prop.paraphrases:
        g.add((node, KG.paraphrase, Literal(wording)))
    if prop.conditional:
        g.add((node, KG.conditional, Literal(True)))
    for other in prop.entails:
        g.add((node, KG.entails, ids.proposition_iri(other)))
    for other in prop.incompatible_with:
        g.add((node, KG.incompatibleWith, ids.proposition_iri(other)))


def compile_article(article: Article, origins: dict | None = None) -> Graph:
    """The named graph of one article: the article node and all its statements."""
    origins = {} if origins is None else origins
    node = ids.article_iri(article.id)
    g = new_graph(ids.article_graph(article.id))
    origins[node] = article.place
    g.add((node, RDF.type, KG.Article))
    g.add((node, SCHEMA.headline, Literal(article.title)))
    g.add((node, DCTERMS.title, Literal(article.title)))
    g.add((node, SCHEMA.datePublished, Literal(article.published, datatype=XSD.date)))
    g.add((node, SCHEMA.text, Literal(article.text)))
    g.add((node, KG.textHash, Literal(hashlib.sha256(article.text.encode("utf-8")).hexdigest())))
    if article.outlet:
        g.add((node, SCHEMA.publisher, ids.actor_iri(article.outlet)))
    if article.url:
        g.add((node, SCHEMA.url, Literal(article.url, datatype=XSD.anyURI)))
    if article.language:
        g.add((node, SCHEMA.inLanguage, Literal(article.language)))
    sentences = sentence_spans(article.text)
    for s in article.statements:
        _add_statement(g, article, s, sentences, origins)
    return g


def _add_statement(g: Graph, article: Article, s: Statement, sentences: list[tuple[int, int]], origins: dict) -> None:
    node = ids.statement_iri(article.id, s.id)
    origins[node] = s.place
    g.add((node, RDF.type, STATEMENT_CLASS[s.type]))
    g.add((node, KG.speaker, ids.actor_iri(s.speaker)))
    g.add((node, KG.about, ids.proposition_iri(s.about)))
    for other in s.or_about:
        g.add((node, KG.alternativeAbout, ids.proposition_iri(other)))
    if s.stance:
        g.add((node, KG.stance, STANCE[s.stance]))
    g.add((node, KG.reportedIn, ids.article_iri(article.id)))
    g.add((node, KG.quote, Literal(s.quote)))
    g.add((node, KG.isDirectQuote, Literal(s.direct)))
    g.add((node, RDFS.label, Literal(f"{s.speaker}: {s.quote}")))
    if s.factuality:
        g.add((node, KG.factuality, FACTUALITY[s.factuality]))
    for prop, day in ((KG.date, s.date), (KG.earliestDate, s.earliest), (KG.latestDate, s.latest)):
        if day:
            g.add((node, prop, Literal(day, datatype=XSD.date)))
    if s.cue:
        g.add((node, KG.cue, Literal(s.cue)))
    if s.reportedly:
        g.add((node, KG.reportedly, Literal(True)))
    if s.note:
        g.add((node, KG.note, Literal(s.note)))
    for target in s.target:
        g.add((node, KG.target, ids.actor_iri(target)))
    if s.responds_to:
        g.add((node, KG.respondsTo, ids.statement_iri(article.id, s.responds_to)))
    chain = ((article.outlet,) if article.outlet else ()) + s.via
    for position, source in enumerate(chain, 1):
        step = URIRef(f"{node}/step/{position}")
        g.add((node, KG.reportingStep, step))
        g.add((step, RDF.type, KG.ReportingStep))
        g.add((step, KG.position, Literal(position, datatype=XSD.integer)))
        g.add((step, KG.source, ids.actor_iri(source)))
    _add_span(g, node, KG.evidence, article, s.start, s.end, "evidence")
    start, end = sentence_of(sentences, s.start, s.end)
    _add_span(g, node, KG.sentence, article, start, end, "sentence")


def _add_span(g: Graph, statement: URIRef, prop: URIRef, article: Article, start: int, end: int, name: str) -> None:
    text = article.text
    target = URIRef(f"{statement}/{name}")
    position, quote = URIRef(f"{target}/position"), URIRef(f"{target}/quote")
    g.add((statement, prop, target))
    g.add((target, RDF.type, OA.SpecificResource))
    g.add((target, OA.hasSource, ids.article_iri(article.id)))
    g.add((target, OA.hasSelector, position))
    g.add((position, RDF.type, OA.TextPositionSelector))
    # xsd:integer, not the narrower xsd:nonNegativeInteger of the Web Annotation ranges: stores
    # (Oxigraph among them) keep every integer as xsd:integer, and the export must pass the shapes.
    g.add((position, OA.start, Literal(start, datatype=XSD.integer)))
    g.add((position, OA.end, Literal(end, datatype=XSD.integer)))
    g.add((target, OA.hasSelector, quote))
    g.add((quote, RDF.type, OA.TextQuoteSelector))
    g.add((quote, OA.exact, Literal(text[start:end])))
    g.add((quote, OA.prefix, Literal(text[max(0, start - _CONTEXT):start])))
    g.add((quote, OA.suffix, Literal(text[end:end + _CONTEXT])))


#: a full stop that ends an abbreviation or an initial ("Mr.", "Oct. 23", "U.S. officials"), not a sentence
_TITLES = "Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Sen|Rep|Gov|Prof|St"
#: a title abbreviated before a name: "Rep. Lee", "Gen. Smith"
TITLE = rf"(?:{_TITLES})\."
ABBREVIATION = re.compile(rf"(?:\b(?:{_TITLES}|Jr|Sr|No|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)|\b[A-Z]|"
                          r"\b[A-Z]\.[A-Z])\.$")
#: the pronoun ending a sentence, which an initial is not: "So would I. And …", not "I. V. Vashkova"
_PRONOUN_I = re.compile(r"\b(?:would|could|should|will|shall|can|must|might|may|do|did|does|am|was|have|had|than|as|"
                        r"nor|so)\s+I\.$")
#: a sentence ends at ". ", '." ' or, in reports with notes, ".[3] "
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*(?:\[\d{1,3}\])*\s+(?=[\"“‘(]?[A-Z0-9])|\n\s*\n")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Split a news text into sentence spans (start, end), without the spaces between them.

    >>> text = 'He said so. "It is fake," she said.\\n\\nNew paragraph'
    >>> [text[a:b] for a, b in sentence_spans(text)]
    ['He said so.', '"It is fake," she said.', 'New paragraph']
    >>> len(sentence_spans("U.S. officials said on Oct. 23 that Gen. Smith had left. He denied it."))
    2
    >>> len(sentence_spans("So would I. And so would they. Signed, I. V. Vashkova."))
    3
    >>> text = "It had withdrawn.[3] The spokesman declined to comment.[4]"
    >>> [text[a:b] for a, b in sentence_spans(text)]
    ['It had withdrawn.', 'The spokesman declined to comment.[4]']
    """
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        if ABBREVIATION.search(text, max(0, match.start() - 6), match.start()) and not match.group().startswith("\n") \
                and not (_PRONOUN_I.search(text, max(0, match.start() - 12), match.start()) and
                         not re.match(r"[A-Z]\.", text[match.end():match.end() + 2])):
            continue
        end = match.start()
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
        start = match.end()
    end = len(text.rstrip())
    if end > start:
        spans.append((start, end))
    return spans


def sentence_of(spans: list[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    """The smallest run of sentences covering [start, end), for a quote spanning sentences."""
    first = next((a for a, b in spans if a <= start < b), start)
    last = next((b for a, b in spans if a < end <= b), end)
    return min(first, start), max(last, end)

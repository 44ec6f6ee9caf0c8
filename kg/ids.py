"""IRIs of the things kg mints: actors, propositions, statements, articles and graphs.

Ids are slugs chosen by the annotator and stay the same across articles, so the same
actor in two articles is one node:

>>> actor_iri("peskov")
rdflib.term.URIRef('https://w3id.org/kg/id/actor/peskov')
>>> statement_iri("seed", "peskov_fake_news")
rdflib.term.URIRef('https://w3id.org/kg/id/statement/seed/peskov_fake_news')
"""

from __future__ import annotations

import re

from rdflib import URIRef

#: An actor, proposition or statement id; \Z, not $, which also matches before a final newline.
SLUG = re.compile(r"^[a-z][a-z0-9_]*\Z")
#: An article id, which may hold dots and hyphens (it is often a file name).
ARTICLE_SLUG = re.compile(r"^[a-z0-9][a-z0-9_.-]*\Z")

BASE = "https://w3id.org/kg/"
ID = BASE + "id/"
GRAPH = BASE + "graph/"

#: The named graph holding actors, affiliations and propositions shared by all articles.
REGISTRY_GRAPH = URIRef(GRAPH + "registry")
#: The named graph holding the kg ontology itself, so queries can read factuality ranks and labels.
ONTOLOGY_GRAPH = URIRef(GRAPH + "ontology")
#: The named graph holding derived relations (contradicts, corroborates, ...), never asserted data.
DERIVED_GRAPH = URIRef(GRAPH + "derived")


def actor_iri(slug: str) -> URIRef:
    """The IRI of the actor with this slug."""
    return URIRef(f"{ID}actor/{slug}")


def proposition_iri(slug: str) -> URIRef:
    """The IRI of the proposition with this slug."""
    return URIRef(f"{ID}proposition/{slug}")


def article_iri(slug: str) -> URIRef:
    """The IRI of the article with this slug."""
    return URIRef(f"{ID}article/{slug}")


def article_graph(slug: str) -> URIRef:
    """The named graph holding everything asserted by one article."""
    return URIRef(f"{GRAPH}article/{slug}")


def statement_iri(article: str, slug: str) -> URIRef:
    """The IRI of a statement; statement slugs are unique within their article."""
    return URIRef(f"{ID}statement/{article}/{slug}")


def role_iri(label: str) -> URIRef:
    """The IRI of a role, from its label ('Secretary General' -> role/secretary_general)."""
    slug = "_".join("".join(c if c.isalnum() else " " for c in label.lower()).split())
    return URIRef(f"{ID}role/{slug}")


def slug_of(iri: str) -> str:
    """The last path segment of an IRI: the slug of an actor or proposition.

    >>> slug_of("https://w3id.org/kg/id/actor/peskov")
    'peskov'
    """
    return str(iri).rstrip("/").rsplit("/", 1)[-1]


def short(iri: str) -> str:
    """A kg IRI as the id users type: a slug for actors and propositions, ARTICLE/SLUG for statements.

    Other IRIs are returned unchanged.

    >>> short("https://w3id.org/kg/id/statement/seed/peskov_fake_news")
    'seed/peskov_fake_news'
    >>> short("https://w3id.org/kg/id/proposition/nk_troops_in_russia")
    'nk_troops_in_russia'
    >>> short("https://schema.org/NewsArticle")
    'https://schema.org/NewsArticle'
    """
    for kind in ("actor/", "proposition/", "article/", "statement/"):
        if iri.startswith(ID + kind):
            return iri[len(ID + kind):]
    return iri

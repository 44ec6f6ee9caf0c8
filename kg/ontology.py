"""The ontology and SHACL shapes shipped inside the package, parsed once."""

from __future__ import annotations

from functools import cache
from importlib import resources

from rdflib import Graph

from . import ids


def _parse(name: str) -> Graph:
    return Graph(identifier=ids.ONTOLOGY_GRAPH).parse(
        data=resources.files("kg").joinpath(name).read_text("utf-8"), format="turtle")


@cache
def ontology() -> Graph:
    """The kg ontology (``ontology.ttl``); callers must not modify it."""
    return _parse("ontology.ttl")


@cache
def shapes() -> Graph:
    """The SHACL shapes (``shapes.ttl``)."""
    return _parse("shapes.ttl")

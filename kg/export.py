"""Writing the stored graph out in standard RDF formats.

Formats with named graphs (TriG, N-Quads, JSON-LD) keep each article's graph; Turtle,
which has none, gets the union of all graphs.
"""

from __future__ import annotations

import pyoxigraph as ox

from .compile import PREFIXES
from .errors import KGError
from .queries import load
from .store import Store

# Statement ids hold a slash (ARTICLE/SLUG), which a prefixed name must escape (stmt:ARTICLE\/SLUG):
# valid Turtle, but Virtuoso keeps the backslash in the IRI when it loads it. Exports are meant for
# loading elsewhere, so statement IRIs are written whole.
EXPORT_PREFIXES = {name: namespace for name, namespace in PREFIXES.items() if name != "stmt"}

FORMATS = {
    "ttl": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nq": ox.RdfFormat.N_QUADS,
    "jsonld": ox.RdfFormat.JSON_LD,
}


def export(store: Store, fmt: str) -> bytes:
    """The whole store serialised as ``ttl``, ``trig``, ``nq`` or ``jsonld``.

    >>> s = Store("memory:")
    >>> s.replace({"https://w3id.org/kg/graph/x": '<http://example.org/a> <http://example.org/p> "x" .'})
    >>> print(export(s, "nq").decode().strip())
    <http://example.org/a> <http://example.org/p> "x" <https://w3id.org/kg/graph/x> .
    """
    if fmt not in FORMATS:
        raise KGError(f"unknown export format '{fmt}' (expected one of: {', '.join(FORMATS)})")
    if fmt == "ttl":
        triples = store.query(load("union").text)
        return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=EXPORT_PREFIXES)
    return store.dump(FORMATS[fmt], prefixes=EXPORT_PREFIXES)

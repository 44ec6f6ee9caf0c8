"""SHACL validation of compiled graphs against ``shapes.ttl``, reported at the annotation line.

The data is checked together with the ontology, whose ``rdfs:subClassOf`` links let
``sh:class kg:Actor`` accept a ``kg:Person``, and without RDFS inference: inference
would type every value of ``kg:speaker`` an actor by the property's range, so a speaker
that is a proposition would pass, and the shapes exist to catch exactly that. Each
violation's focus node is looked up in the compiled origins to name the file and line
that produced it.
"""

from __future__ import annotations

from collections.abc import Mapping

import pyshacl
from rdflib import Graph, Namespace, URIRef

from .annotations import Place
from .errors import DataError
from .ontology import shapes

SH = Namespace("http://www.w3.org/ns/shacl#")


def violations(data: Graph) -> list[tuple[URIRef, str]]:
    """Every SHACL violation in ``data`` (which must include the ontology) as (focus node, message), sorted."""
    conforms, report, _ = pyshacl.validate(
        data, shacl_graph=shapes(), inference="none", allow_warnings=True,
    )
    if conforms:
        return []
    found = []
    for result in report.subjects(SH.resultSeverity, SH.Violation):
        focus = report.value(result, SH.focusNode)
        message = report.value(result, SH.resultMessage) or "violates a shape"
        path = report.value(result, SH.resultPath)
        detail = f"{message}" + (f" (path {path.n3(data.namespace_manager)})" if isinstance(path, URIRef) else "")
        found.append((focus, str(detail)))
    return sorted(found)


def check(data: Graph, origins: Mapping[URIRef, Place]) -> None:
    """Raise a DataError for the first SHACL violation, at the line that made the offending node.

    ``data`` holds the graphs to check and the ontology; ``origins`` says where each minted
    node came from. (pyshacl's ``focus_nodes`` would check only some nodes, but measured
    seven times slower than checking them all.)
    """
    problems = violations(data)
    if not problems:
        return
    focus_node, message = problems[0]
    place = _origin(origins, focus_node)
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    where = f"{focus_node.n3(data.namespace_manager)}: " if isinstance(focus_node, URIRef) else ""
    raise DataError(f"shape violation: {where}{message}{more}", place.file if place else None, place.line if place else None)


def _origin(origins: Mapping[URIRef, Place], focus) -> Place | None:
    """The place of the node itself, or of the nearest minted node its IRI extends."""
    text = str(focus)
    best = None
    for node, place in origins.items():
        if text == str(node) or text.startswith(str(node) + "/"):
            if best is None or len(str(node)) > len(str(best[0])):
                best = (node, place)
    return best[1] if best else None

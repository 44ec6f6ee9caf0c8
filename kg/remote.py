"""A graph on any SPARQL 1.1 server, through the standard protocols and nothing else.

``--store sparql+http://HOST:PORT/PATH`` points kg at a server. Queries go to
``PATH/query`` (SPARQL 1.1 Protocol, POST), graph writes to ``PATH/store?graph=…`` (SPARQL
1.1 Graph Store Protocol: PUT replaces one graph atomically, DELETE drops it). These are
Oxigraph server's paths; other servers name them differently, so each can be given in the
URL: ``sparql+http://localhost:3030/kg?query=sparql&store=data`` for Apache Jena Fuseki,
``sparql+https://host/repositories/kg?query=&store=rdf-graphs/service`` for GraphDB.

The union of all named graphs, which kg's queries take as their default graph, is asked
for through the protocol itself (``default-graph-uri`` and ``named-graph-uri`` naming every
graph), so it works on any server. With ``dataset=server`` in the URL nothing is sent and
the server's own default graph must be the union (Oxigraph ``--union-default-graph``,
Fuseki ``unionDefaultGraph``, GraphDB, Virtuoso and Neptune by default): use it when a store
holds too many graphs to list in every request.

The protocol has no parameter binding, so a bound value is sent as a ``VALUES`` block,
placed last inside the query's WHERE group, whose terms are written by Oxigraph's
serialiser: a value is always one escaped RDF term, never query text.
"""

from __future__ import annotations

import http.client
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

import pyoxigraph as ox

from .errors import StoreError
from .queryfiles import query_text
from .sparqltext import bind, query_form
from .store import Result, Store, Term, dataset_format, no_named_graphs, open_with_progress, prefix_options

_RESULTS = "application/sparql-results+json"
_TRIPLES = "application/n-triples"
TIMEOUT = 120  # seconds without an answer before a request is given up; ?timeout=SECONDS in the location
BATCH = 200_000  # triples held before a batch of whole graphs is sent


def parse_location(location: str) -> dict[str, str]:
    """Endpoint URLs and options from a ``sparql+http(s)://`` location.

    >>> parse_location("sparql+http://127.0.0.1:7878")["query"]
    'http://127.0.0.1:7878/query'
    >>> parse_location("sparql+http://h:3030/kg?query=sparql&store=data")["store"]
    'http://h:3030/kg/data'
    """
    usage = "expected sparql+http://HOST:PORT/PATH[?query=…&store=…&dataset=union|server&timeout=SECONDS]"
    try:
        url = urllib.parse.urlsplit(location[len("sparql+"):])
        url.port  # noqa: B018 (parsing the port is what checks it)
    except ValueError as exc:
        raise StoreError(f"invalid store location {location!r}: {exc}; {usage}") from None
    options = dict(urllib.parse.parse_qsl(url.query, keep_blank_values=True))
    base = urllib.parse.urlunsplit((url.scheme, url.netloc, url.path.rstrip("/"), "", ""))

    def endpoint(name: str, default: str) -> str:
        path = options.get(name, default)
        return f"{base}/{path}" if path else base

    unknown = set(options) - {"query", "store", "dataset", "timeout"}
    timeout = options.get("timeout", str(TIMEOUT))
    if (unknown or options.get("dataset", "union") not in ("union", "server") or not url.netloc
            or not re.fullmatch(r"\d+(\.\d+)?", timeout) or float(timeout) <= 0):
        raise StoreError(f"invalid store location {location!r}: {usage}")
    return {"query": endpoint("query", "query"), "store": endpoint("store", "store"),
            "dataset": options.get("dataset", "union"), "timeout": timeout}


class RemoteStore(Store):
    """A store on a SPARQL 1.1 server (see the module docstring for the location syntax)."""

    def __init__(self, location: str):
        self.location = location
        self._endpoints = parse_location(location)
        self._graphs: list[str] | None = None

    # ---------------------------------------------------------------- HTTP

    def _request(self, url: str, method: str = "GET", data: bytes | None = None, headers: dict | None = None,
                 missing_ok: bool = False) -> tuple[bytes, str]:
        request = urllib.request.Request(url, data=data, method=method, headers=headers or {})
        try:
            with urllib.request.urlopen(request, timeout=float(self._endpoints["timeout"])) as response:
                return response.read(), response.headers.get("Content-Type", "")
        except urllib.error.HTTPError as exc:
            body = exc.read().decode("utf-8", "replace").strip()
            if missing_ok and exc.code == 404:
                return b"", ""
            if exc.code == 400 and method == "POST" and url == self._endpoints["query"]:
                raise SyntaxError(body.splitlines()[0] if body else "the server refused the query") from None
            raise StoreError(f"{self.location}: the server answered {exc.code} {exc.reason}"
                             + (f": {body.splitlines()[0]}" if body else "")) from None
        except http.client.HTTPException as exc:  # an answer that is no HTTP kg can read ("got more than 100 headers")
            raise StoreError(f"{self.location}: the server's answer could not be read ({type(exc).__name__}: {exc})") \
                from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            if isinstance(reason, TimeoutError):
                raise StoreError(f"the SPARQL server at {self.location} did not answer within "
                                 f"{self._endpoints['timeout']} s (?timeout=SECONDS in the location allows more)") from None
            raise StoreError(f"cannot reach the SPARQL server at {self.location}: {reason}") from None

    def _graph_url(self, iri: str) -> str:
        return f"{self._endpoints['store']}?{urllib.parse.urlencode({'graph': iri})}"

    # ---------------------------------------------------------------- reading

    def named_graphs(self) -> list[str]:
        if self._graphs is None:
            self._graphs = self._list_graphs("graphs") or self._list_graphs("graphs_with_triples")
        return list(self._graphs)

    def _list_graphs(self, name: str) -> list[str]:
        body, content_type = self._request(self._endpoints["query"], "POST",
                                           urllib.parse.urlencode({"query": query_text(name)}).encode(),
                                           {"Accept": _RESULTS, "Content-Type": "application/x-www-form-urlencoded"})
        results = self._results(body, content_type)
        return sorted(solution["g"].value for solution in results if solution["g"] is not None)

    def exists(self) -> bool:
        return bool(self.named_graphs())

    def _graphs_or_fail(self) -> list[str]:
        graphs = self.named_graphs()
        if not graphs:
            raise StoreError(f"no graph in {self.location}: run 'kg build' first")
        return graphs

    def query(self, text: str, bindings: Mapping[str, Term] | None = None, union: bool = False) -> Result:
        """Run a query on the server; the bindings travel as a VALUES block (:func:`bind`)."""
        graphs = self._graphs_or_fail()
        form = [("query", bind(text, bindings) if bindings else text)]
        if self._endpoints["dataset"] == "union":
            # Naming the graphs also keeps a server's own (Virtuoso's system graphs) out of GRAPH ?g.
            form += [("default-graph-uri", g) for g in graphs if union] + [("named-graph-uri", g) for g in graphs]
        # Virtuoso answers CONSTRUCT with a table when results are acceptable: ask for what the form returns.
        kind = query_form(text)
        body, content_type = self._request(
            self._endpoints["query"], "POST", urllib.parse.urlencode(form).encode(),
            {"Accept": _TRIPLES if kind in ("CONSTRUCT", "DESCRIBE") else _RESULTS,
             "Content-Type": "application/x-www-form-urlencoded"})
        if content_type.startswith(_TRIPLES):
            return self._parse(body, lambda data, **kw: [q.triple for q in ox.parse(data, **kw)], format=ox.RdfFormat.N_TRIPLES)
        results = self._results(body, content_type)
        if kind == "ASK" and isinstance(results, ox.QuerySolutions):
            # Virtuoso answers ASK with one row holding 1 or 0 rather than a boolean.
            row = next(iter(results), None)
            value = row[0].value if row is not None and row[0] is not None else "false"
            truth = "true" if value in ("1", "true") else "false"
            return ox.parse_query_results(f'{{"head": {{}}, "boolean": {truth}}}', format=ox.QueryResultsFormat.JSON)
        return results

    def _results(self, body: bytes, content_type: str) -> ox.QuerySolutions | ox.QueryBoolean:
        """SPARQL JSON results, or a StoreError when the server answered something else (an HTML page)."""
        if not (content_type.startswith(_RESULTS) or content_type.startswith("application/json")):
            kind = content_type.split(";")[0] or "no content type"
            raise StoreError(f"{self.location} answered with {kind}, not SPARQL results: is it a SPARQL endpoint?")
        return self._parse(body, ox.parse_query_results, format=ox.QueryResultsFormat.JSON)

    def _parse(self, body: bytes, parser, **kwargs):
        try:
            return parser(body, **kwargs)
        except SyntaxError as exc:
            raise StoreError(f"{self.location} answered with malformed results: {exc}") from None

    def dump(self, fmt: ox.RdfFormat, from_graph: str | None = None, prefixes: Mapping[str, str] | None = None) -> bytes:
        quads = []
        for graph in [from_graph] if from_graph else self._graphs_or_fail():
            body, _ = self._request(self._graph_url(graph), headers={"Accept": _TRIPLES})
            name = ox.NamedNode(graph)
            quads += [ox.Quad(q.subject, q.predicate, q.object, name) for q in ox.parse(body, format=ox.RdfFormat.N_TRIPLES)]
        if from_graph:
            quads = [q.triple for q in quads]
        return ox.serialize(quads, format=fmt, **prefix_options(fmt, prefixes))

    def __len__(self) -> int:
        return int(next(iter(self.query(query_text("quads"))))["n"].value)

    # ---------------------------------------------------------------- writing

    def load_dataset(self, path: Path, progress: Callable[[int, int], None] | None = None) -> None:
        """Replace the server's graphs with the file's, sent in batches of whole graphs.

        The file is parsed once to check it and list its graphs before anything is sent, then
        again to send it: a graph is PUT (replaced, atomically on the server) when first seen
        and POSTed (added to) if it comes back after a batch was sent, which happens only when
        the file interleaves graphs; graphs the file does not name are dropped last. Memory
        holds one batch, however large the file. Quads in the default graph are skipped: kg
        keeps everything in named graphs.
        """
        fmt = dataset_format(path)
        try:
            graphs = {q.graph_name.value for q in ox.parse(path=str(path), format=fmt)
                      if isinstance(q.graph_name, ox.NamedNode)}
        except SyntaxError as exc:
            raise StoreError(f"{path}: not valid {fmt.name}: {exc}") from None
        if not graphs:
            raise no_named_graphs(path)
        stale = [g for g in self.named_graphs() if g not in graphs]
        self._graphs = None
        sent: set[str] = set()
        batch: dict[str, list[ox.Triple]] = {}
        size, current = 0, None
        with open_with_progress(path, progress) as source:
            for quad in ox.parse(source, format=fmt):
                if not isinstance(quad.graph_name, ox.NamedNode):
                    continue
                if quad.graph_name.value != current and size >= BATCH:
                    self._send(batch, sent)
                    batch, size = {}, 0
                current = quad.graph_name.value
                batch.setdefault(current, []).append(quad.triple)
                size += 1
        self._send(batch, sent)
        for iri in stale:
            self._request(self._graph_url(iri), "DELETE", missing_ok=True)

    def _send(self, batch: Mapping[str, list[ox.Triple]], sent: set[str]) -> None:
        for iri, triples in batch.items():
            data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
            self._request(self._graph_url(iri), "POST" if iri in sent else "PUT", data, {"Content-Type": _TRIPLES})
            sent.add(iri)

    def replace(self, graphs: Mapping[str, str | bytes], drop: Iterable[str] = ()) -> None:
        """PUT each graph (atomic per graph on the server), then DELETE the dropped ones.

        Content is parsed here first, so malformed data is refused before anything is sent.
        """
        payloads = {}
        for iri, content in graphs.items():
            data = content.encode("utf-8") if isinstance(content, str) else content
            list(ox.parse(data, format=ox.RdfFormat.N_TRIPLES))
            payloads[iri] = data
        self._graphs = None
        for iri, data in payloads.items():
            self._request(self._graph_url(iri), "PUT", data, {"Content-Type": _TRIPLES})
        for iri in drop:
            self._request(self._graph_url(iri), "DELETE", missing_ok=True)

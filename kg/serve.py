"""``kg serve``: the local graph as a read-only SPARQL endpoint, served by Oxigraph's own server.

kg does not write a SPARQL server: it starts ``oxigraph serve-read-only`` (shipped by the
``oxigraph`` package) on the store's current generation, with the union of all named
graphs as default graph and a per-query timeout, listening on a private loopback port.
In front of it, on the address users query (127.0.0.1 unless another host is asked for),
a small forwarding server checks each query before Oxigraph sees it
(:func:`kg.queries.guard.check`): a ``SERVICE`` clause would make the server send requests
on the query's behalf, and a few thousand nested groups overflow Oxigraph's parser and
kill it; both are answered 400 with one line, and the next query is served as usual.
SIGTERM, SIGHUP and Ctrl-C stop both servers and exit 0, as supervisors expect.

A build made while the server runs writes a new generation; restart the server to serve it.
"""

from __future__ import annotations

import http.client
import http.server
import ipaddress
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from collections.abc import Callable
from pathlib import Path

from .errors import KGError, QueryError, StoreError
from .queries import guard
from .store import EmbeddedStore, Store

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878
TIMEOUT = 30  # seconds a query may run before Oxigraph abandons it
_FORWARDED = ("Accept", "Content-Type")
MAX_BODY = 10 << 20  # bytes of a request body: a query, never data (the server is read-only)


def oxigraph_command() -> str:
    """The path of the ``oxigraph`` server binary installed with kg."""
    beside = Path(sys.executable).parent / "oxigraph"
    found = str(beside) if beside.exists() else shutil.which("oxigraph")
    if not found:
        raise StoreError("the oxigraph server is not installed: pip install oxigraph")
    return found


def serve_command(store: Store, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, timeout: float = TIMEOUT) -> list[str]:
    """The command line that serves ``store`` read-only, abandoning queries after ``timeout`` seconds.

    >>> import tempfile; s = Store(tempfile.mkdtemp()); s.replace({"http://example.org/g": ""})
    >>> serve_command(s)[1:3], serve_command(s)[-5:]
    (['serve-read-only', '--location'], ['--bind', '127.0.0.1:7878', '--union-default-graph', '--timeout-s', '30'])
    """
    if not isinstance(store, EmbeddedStore) or store.location == "memory:":
        raise StoreError(f"kg serve serves an on-disk store; {store.location} is not one")
    generation = store.current_generation()
    return [oxigraph_command(), "serve-read-only", "--location", str(generation),
            "--bind", f"{host}:{port}", "--union-default-graph", "--timeout-s", f"{max(1, round(timeout))}"]


def is_loopback(host: str) -> bool:
    """Whether ``host`` only listens to this machine.

    >>> is_loopback("127.0.0.1"), is_loopback("localhost"), is_loopback("::1"), is_loopback("0.0.0.0")
    (True, True, True, False)
    """
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def query_text(method: str, target: str, content_type: str, body: bytes) -> str | None:
    """The SPARQL query a SPARQL 1.1 Protocol request carries, if any.

    >>> query_text("GET", "/query?query=ASK%7B%7D", "", b"")
    'ASK{}'
    >>> query_text("POST", "/query", "application/sparql-query", b"ASK {}")
    'ASK {}'
    """
    found = urllib.parse.parse_qs(urllib.parse.urlsplit(target).query).get("query", [])
    if method == "POST":
        kind = content_type.split(";")[0].strip().lower()
        if kind == "application/sparql-query":
            found.append(body.decode("utf-8", "replace"))
        elif kind == "application/x-www-form-urlencoded":
            found += urllib.parse.parse_qs(body.decode("utf-8", "replace")).get("query", [])
    return "\n".join(found) if found else None


class _Engine:
    """The ``oxigraph serve-read-only`` child on a private loopback port, restarted to stop a runaway query.

    Oxigraph's own ``--timeout-s`` does not interrupt every query (an aggregate over a cross
    product ran on past it), and nothing else can stop a query inside the engine; the graph
    is read-only, so ending the process loses nothing and a fresh one starts in well under a
    second. Queries running at that moment fail with 502 and can be sent again.
    """

    def __init__(self, store: Store, timeout: float):
        self._store, self._timeout = store, timeout
        self._lock = threading.Lock()
        self.process: subprocess.Popen | None = None
        self.port = 0
        self.start()

    def start(self) -> None:
        port = free_port()
        process = subprocess.Popen(serve_command(self._store, "127.0.0.1", port, self._timeout),
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
        _wait_for(port, process)
        self.process, self.port = process, port

    def restart(self, stale: subprocess.Popen) -> None:
        """Replace the child, unless another thread has replaced ``stale`` already."""
        with self._lock:
            if self.process is stale:
                self.stop()
                self.start()

    def stop(self) -> None:
        if self.process is None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def _handler(engine: _Engine, timeout: float, allow_service: bool) -> type[http.server.BaseHTTPRequestHandler]:
    class Forward(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args) -> None:  # one line per request would drown the startup message
            pass

        def _forward(self) -> None:
            length = self.headers.get("Content-Length") or "0"
            if self.headers.get("Transfer-Encoding"):
                self.close_connection = True
                return self._answer(411, b"query: send the request body with a Content-Length\n")
            if not length.isdigit() or int(length) > MAX_BODY:
                self.close_connection = True
                return self._answer(413, f"query: a request body may hold at most {MAX_BODY:,} bytes\n".encode())
            body = self.rfile.read(int(length))
            text = query_text(self.command, self.path, self.headers.get("Content-Type", ""), body)
            if text is not None:
                try:
                    guard.check(text, allow_service=allow_service, name="query")
                except QueryError as exc:
                    return self._answer(400, str(exc).encode("utf-8") + b"\n")
            process, deadline = engine.process, time.monotonic() + timeout
            connection = http.client.HTTPConnection("127.0.0.1", engine.port, timeout=timeout)
            try:
                connection.request(self.command, self.path, body or None,
                                   {k: self.headers[k] for k in _FORWARDED if self.headers.get(k)})
                response = connection.getresponse()
                chunks = []
                while chunk := response.read1(1 << 16) if self.command != "HEAD" else b"":
                    chunks.append(chunk)
                    if time.monotonic() > deadline:
                        raise TimeoutError
                self._answer(response.status, b"".join(chunks), response.getheader("Content-Type"))
            except TimeoutError:
                connection.close()
                engine.restart(process)
                self._answer(503, f"query: stopped after {timeout:g} s (kg serve --timeout)\n".encode())
            except OSError as exc:
                self._answer(502, f"the query server did not answer: {exc}\n".encode())
            finally:
                connection.close()

        def _answer(self, status: int, payload: bytes, content_type: str | None = "text/plain; charset=utf-8") -> None:
            self.send_response(status)
            if content_type:
                self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(payload)

        do_GET = do_POST = do_HEAD = _forward

    return Forward


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_for(port: int, process: subprocess.Popen, seconds: float = 20.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise StoreError(f"the oxigraph server stopped at start with exit code {process.returncode}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.05)
    raise StoreError(f"the oxigraph server did not start within {seconds:g} s")


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, host: str, port: int, handler):
        self.address_family = socket.AF_INET6 if ":" in host else socket.AF_INET
        super().__init__((host.strip("[]"), port), handler)


def serve(store: Store, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, timeout: float = TIMEOUT,
          allow_service: bool = False, ready: Callable[[str], None] | None = None) -> int:
    """Serve ``store`` read-only at ``http://host:port/query`` until SIGTERM, SIGHUP or Ctrl-C; return 0.

    ``ready(url)`` is called once queries are answered. A query running longer than
    ``timeout`` seconds is answered 503 and stopped (:class:`_Engine`).
    """
    serve_command(store)  # refuse a store that cannot be served before binding anything
    stop = threading.Event()
    previous = {sig: signal.signal(sig, lambda *_: stop.set()) for sig in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT)}
    engine = front = worker = None
    try:
        engine = _Engine(store, timeout)
        try:
            front = _Server(host, port, _handler(engine, timeout, allow_service))
        except OSError as exc:
            raise KGError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
        worker = threading.Thread(target=front.serve_forever, daemon=True)
        worker.start()
        if ready:
            ready(f"http://{host}:{port}/query")
        while not stop.wait(0.5):
            process = engine.process
            if process.poll() is not None:  # died on its own: serve on with a fresh one
                engine.restart(process)
        return 0
    finally:
        if worker is not None:
            front.shutdown()
        if front is not None:
            front.server_close()
        if engine is not None:
            engine.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)

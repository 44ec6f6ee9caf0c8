"""``kg serve``: the local graph as a read-only SPARQL endpoint, served by Oxigraph's own server.

kg does not write a server: it starts ``oxigraph serve-read-only`` (shipped by the
``oxigraph`` package) on the store's current generation, with the union of all named
graphs as default graph, bound to 127.0.0.1 unless another host is asked for. YASGUI,
SPARQLWrapper or any SPARQL client can then query ``http://HOST:PORT/query``. A build
made while the server runs writes a new generation; restart the server to serve it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from .errors import StoreError
from .store import EmbeddedStore, Store

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878


def oxigraph_command() -> str:
    """The path of the ``oxigraph`` server binary installed with kg."""
    beside = Path(sys.executable).parent / "oxigraph"
    found = str(beside) if beside.exists() else shutil.which("oxigraph")
    if not found:
        raise StoreError("the oxigraph server is not installed: pip install oxigraph")
    return found


def serve_command(store: Store, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT) -> list[str]:
    """The command line that serves ``store`` read-only.

    >>> import tempfile; s = Store(tempfile.mkdtemp()); s.replace({"http://example.org/g": ""})
    >>> serve_command(s)[1:3], serve_command(s)[-3:]
    (['serve-read-only', '--location'], ['--bind', '127.0.0.1:7878', '--union-default-graph'])
    """
    if not isinstance(store, EmbeddedStore) or store.location == "memory:":
        raise StoreError(f"kg serve serves an on-disk store; {store.location} is not one")
    generation = store.current_generation()
    return [oxigraph_command(), "serve-read-only", "--location", str(generation),
            "--bind", f"{host}:{port}", "--union-default-graph"]


def run(command: list[str]) -> int:
    """Run a server command until it stops or is interrupted; return its exit code."""
    process = subprocess.Popen(command)
    try:
        return process.wait()
    except KeyboardInterrupt:
        process.terminate()
        return process.wait()

"""Real SPARQL servers on 127.0.0.1 for tests: started on a free port, stopped afterwards.

The ``oxigraph`` PyPI package ships Oxigraph's server; Virtuoso is Debian's
``virtuoso-opensource`` (``virtuoso-t``). Nothing is downloaded.
"""

from __future__ import annotations

import atexit
import functools
import os
import shutil
import subprocess
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from kg.serve import free_port, oxigraph_command

__all__ = ["BACKEND", "free_port", "oxigraph_server", "running", "wait_until_up"]


def wait_until_up(url: str, process: subprocess.Popen, seconds: float = 20.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited with {process.returncode}: {process.stderr.read().decode()}")
        try:
            urllib.request.urlopen(url, timeout=1).close()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"no server answered at {url} within {seconds} s")


def _stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@contextmanager
def running(command: list[str], url: str, seconds: float = 20.0):
    """Run a server command until the block ends; yield once ``url`` answers."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        wait_until_up(url, process, seconds)
        yield process
    finally:
        _stop(process)


@contextmanager
def running_on_free_ports(configure, seconds: float = 20.0, attempts: int = 3):
    """Like ``running``, for a server whose ``configure()`` picks free ports: ``(command, url)``.

    A port found free can be taken by another process before the server binds it; a server
    that exits at start is then configured again on new ports, up to ``attempts`` times.
    """
    for attempt in range(1, attempts + 1):
        command, url = configure()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            wait_until_up(url, process, seconds)
            break
        except RuntimeError:
            _stop(process)
            if attempt == attempts or process.returncode is None:
                raise
    try:
        yield process
    finally:
        _stop(process)


@contextmanager
def oxigraph_server(location: Path | None = None):
    """A read-write Oxigraph server; yields its ``sparql+http://`` store location."""
    def configure():
        nonlocal port
        port = free_port()
        command = [oxigraph_command(), "serve", "--bind", f"127.0.0.1:{port}"]
        if location is not None:
            command += ["--location", str(location)]
        return command, f"http://127.0.0.1:{port}/"

    port = 0
    with running_on_free_ports(configure):
        yield f"sparql+http://127.0.0.1:{port}"


# Virtuoso's settings for kg (README, "Storage"): no cap on result rows, no time or cost limit that
# would silently cut an answer short, and nothing but 127.0.0.1.
VIRTUOSO_INI = """[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = .{allowed}
[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerThreads = 4
[SPARQL]
ResultSetMaxRows = 0
MaxQueryCostEstimationTime = 0
MaxQueryExecutionTime = 0
"""
# The SPARQL endpoint's user may write graphs through the Graph Store Protocol (/sparql-graph-crud).
VIRTUOSO_GRANTS = 'GRANT SPARQL_UPDATE TO "SPARQL"; DB.DBA.RDF_DEFAULT_USER_PERMS_SET (\'nobody\', 7); checkpoint;'


def _virtuoso_start(directory: Path, allowed: Path | None = None) -> tuple[list[str], str]:
    """Writes Virtuoso's settings for ``directory`` on two new ports; its command and SPARQL endpoint."""
    sql_port = http_port = free_port()
    while http_port == sql_port:
        http_port = free_port()
    ini = directory / "virtuoso.ini"
    ini.write_text(VIRTUOSO_INI.format(dir=directory, sql_port=sql_port, http_port=http_port,
                                       allowed=f", {allowed}" if allowed else ""))
    return ["virtuoso-t", "+foreground", "+configfile", str(ini)], f"http://127.0.0.1:{http_port}/sparql"


def virtuoso_sql(directory: Path, statements: str) -> None:
    """Run SQL statements as dba on the Virtuoso serving the database in ``directory``."""
    port = next(line.split(":")[-1].strip() for line in (directory / "virtuoso.ini").read_text().splitlines()
                if line.startswith("ServerPort") and "127.0.0.1" in line)
    subprocess.run(["isql-vt", port, "dba", "dba", f"exec={statements}"],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=24 * 3600)


def virtuoso_bulk_load(directory: Path, dataset: Path) -> None:
    """Virtuoso's own bulk loader on an N-Quads file (its directory must be allowed to the server)."""
    virtuoso_sql(directory, f"ld_dir('{dataset.parent}', '{dataset.name}', 'urn:default'); "
                            "rdf_loader_run(); checkpoint;")


@functools.cache
def _virtuoso_template() -> Path:
    """A fresh Virtuoso database with kg's grants, made once per session and copied for each server.

    Creating a database takes Virtuoso about 4 s; starting on a copy takes 2.
    """
    directory = Path(tempfile.mkdtemp(prefix="kg-virtuoso-template-"))
    atexit.register(shutil.rmtree, directory, ignore_errors=True)
    with running_on_free_ports(lambda: _virtuoso_start(directory), seconds=60):
        virtuoso_sql(directory, VIRTUOSO_GRANTS)
    return directory


@contextmanager
def virtuoso_server(location: Path, allowed: Path | None = None):
    """A private Virtuoso in ``location``; yields its ``sparql+http://`` store location.

    ``allowed`` is a directory the server may read files from (for its bulk loader).
    """
    location.mkdir(parents=True, exist_ok=True)
    shutil.copy(_virtuoso_template() / "virtuoso.db", location / "virtuoso.db")
    def configure():
        nonlocal base
        command, url = _virtuoso_start(location, allowed)
        base = url.removesuffix("/sparql")
        return command, url

    base = ""
    with running_on_free_ports(configure, seconds=60):
        yield f"sparql+{base}?query=sparql&store=sparql-graph-crud"


SERVERS = {"oxigraph": oxigraph_server, "virtuoso": virtuoso_server}
BACKEND = os.environ.get("KG_TEST_BACKEND", "embedded")
if BACKEND not in ("embedded", *SERVERS):
    raise RuntimeError(f"KG_TEST_BACKEND must be 'embedded', 'oxigraph' or 'virtuoso', not {BACKEND!r}")

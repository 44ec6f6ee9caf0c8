"""A real Oxigraph server on 127.0.0.1 for tests: started on a free port, stopped afterwards.

The ``oxigraph`` PyPI package ships the server binary; nothing is downloaded.
"""

from __future__ import annotations

import os
import subprocess
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


@contextmanager
def running(command: list[str], url: str):
    """Run a server command until the block ends; yield once ``url`` answers."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        wait_until_up(url, process)
        yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextmanager
def oxigraph_server(location: Path | None = None):
    """A read-write Oxigraph server; yields its ``sparql+http://`` store location."""
    port = free_port()
    command = [oxigraph_command(), "serve", "--bind", f"127.0.0.1:{port}"]
    if location is not None:
        command += ["--location", str(location)]
    with running(command, f"http://127.0.0.1:{port}/"):
        yield f"sparql+http://127.0.0.1:{port}"


BACKEND = os.environ.get("KG_TEST_BACKEND", "embedded")
if BACKEND not in ("embedded", "oxigraph"):
    raise RuntimeError(f"KG_TEST_BACKEND must be 'embedded' or 'oxigraph', not {BACKEND!r}")

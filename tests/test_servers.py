"""The test servers' own start-up: a port taken between choosing and binding it is retried."""

from __future__ import annotations

import socket
import sys
import urllib.request

import pytest

from .servers import free_port, running_on_free_ports


def test_a_server_that_loses_its_port_starts_again_on_another():
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    ports = [taken.getsockname()[1], free_port()]
    tried = []

    def configure():
        port = ports[len(tried)]
        tried.append(port)
        return [sys.executable, "-m", "http.server", "--bind", "127.0.0.1", str(port)], f"http://127.0.0.1:{port}/"

    with taken, running_on_free_ports(configure):
        urllib.request.urlopen(f"http://127.0.0.1:{ports[1]}/", timeout=5).close()
    assert tried == ports


def test_a_server_that_never_starts_fails_after_the_last_attempt():
    attempts = []

    def configure():
        attempts.append(1)
        return [sys.executable, "-c", "raise SystemExit(3)"], f"http://127.0.0.1:{free_port()}/"

    with pytest.raises(RuntimeError, match="exited with 3"), running_on_free_ports(configure, attempts=2):
        pass
    assert len(attempts) == 2

"""kg serve against the running server: refused attacks, per-query timeout, clean stops, the host warning."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

import kg

from .conftest import DATA
from .servers import free_port, wait_until_up

KG = [str(Path(sys.executable).parent / "kg")]  # the installed command, as users run it
CROSS_PRODUCT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


@pytest.fixture(scope="module")
def disk_store(tmp_path_factory) -> Path:
    """kg serve serves an on-disk store, whatever backend the rest of the suite uses."""
    location = tmp_path_factory.mktemp("served") / "store"
    kg.build(DATA, kg.Store(location))
    return location


def start(store: Path, *args: str) -> tuple[subprocess.Popen, str]:
    port = free_port()
    process = subprocess.Popen([*KG, "--store", str(store), "serve", "--port", str(port), *args],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}/query"
    wait_until_up(url, process)
    return process, url


def ask(url: str, query: str, timeout: float = 30) -> tuple[int, bytes]:
    request = urllib.request.Request(url, data=urllib.parse.urlencode({"query": query}).encode(),
                                     headers={"Accept": "application/sparql-results+json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def count(url: str) -> int:
    status, body = ask(url, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert status == 200, body
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


def children(pid: int) -> list[int]:
    return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]


def stop(process: subprocess.Popen, sig=signal.SIGTERM) -> tuple[int, str]:
    process.send_signal(sig)
    try:
        _, err = process.communicate(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        raise
    return process.returncode, err.decode()


@pytest.fixture(scope="module")
def server(disk_store):
    process, url = start(disk_store, "--timeout", "2")
    yield process, url
    if process.poll() is None:
        stop(process)


def test_serves_the_union_of_named_graphs(server):
    _, url = server
    assert count(url) == 1275


def test_service_is_refused_and_no_request_leaves(server):
    _, url = server
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        listener.settimeout(0.5)
        target = f"http://127.0.0.1:{listener.getsockname()[1]}/sparql"
        status, body = ask(url, f"SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}")
        assert status == 400 and b"SERVICE is refused" in body
        with pytest.raises(socket.timeout):
            listener.accept()
    assert count(url) == 1275


def test_the_nesting_attack_is_refused_and_the_next_query_answered(server):
    process, url = server
    status, body = ask(url, "SELECT * WHERE " + "{" * 2500 + "}" * 2500)
    assert status == 400 and b"deeper than 64 levels" in body
    assert process.poll() is None
    assert count(url) == 1275


def test_a_runaway_query_is_stopped_at_the_timeout(server):
    _, url = server
    began = time.monotonic()
    status, body = ask(url, CROSS_PRODUCT)
    assert status == 503 and b"stopped after 2 s" in body
    assert time.monotonic() - began < 10
    assert count(url) == 1275  # a fresh engine answers


def test_an_oversized_body_is_refused_unread(server):
    _, url = server
    host, port = url.split("/")[2].split(":")
    with socket.create_connection((host, int(port)), timeout=10) as s:
        s.sendall(b"POST /query HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                  b"Content-Length: 99999999999\r\n\r\nASK {}")
        assert s.recv(100).startswith(b"HTTP/1.1 413")
    assert count(url) == 1275


def test_updates_are_refused(server):
    _, url = server
    request = urllib.request.Request(url.replace("/query", "/update"), data=b"update=CLEAR%20ALL",
                                     headers={"Content-Type": "application/x-www-form-urlencoded"})
    with pytest.raises(urllib.error.HTTPError):
        urllib.request.urlopen(request, timeout=10)
    assert count(url) == 1275


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT])
def test_a_signal_stops_both_servers_with_exit_0(disk_store, sig):
    process, url = start(disk_store)
    engines = children(process.pid)
    assert engines, "the oxigraph engine runs as a child of kg serve"
    code, err = stop(process, sig)
    assert code == 0, err
    assert "Traceback" not in err
    for pid in engines:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)
    with pytest.raises(OSError):
        urllib.request.urlopen(url, timeout=2)


def test_a_non_loopback_host_is_warned_about(disk_store):
    # 192.0.2.1 (TEST-NET-1) is assigned to no interface here, so nothing is exposed by this test.
    result = subprocess.run([*KG, "--store", str(disk_store), "serve", "--host", "192.0.2.1", "--port", str(free_port())],
                            capture_output=True, text=True, timeout=60)
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 2
    assert lines[0].startswith("kg: warning: 192.0.2.1 is not a loopback address")
    assert lines[1].startswith("kg: error: cannot listen on 192.0.2.1:") and len(lines) == 2


def test_loopback_hosts_are_not_warned_about():
    from kg.serve import is_loopback

    assert all(is_loopback(h) for h in ("127.0.0.1", "127.1.2.3", "localhost", "::1", "[::1]"))
    assert not any(is_loopback(h) for h in ("0.0.0.0", "::", "192.168.1.10", "example.org"))


def test_kg_query_stops_at_its_timeout(disk_store):
    began = time.monotonic()
    result = subprocess.run([*KG, "--store", str(disk_store), "query", "--timeout", "1", CROSS_PRODUCT],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert result.stderr == "kg: error: the query did not finish within 1 s (--timeout to allow more)\n"
    assert time.monotonic() - began < 20


def test_kg_query_survives_the_nesting_attack(disk_store):
    result = subprocess.run([*KG, "--store", str(disk_store), "query", "SELECT * WHERE " + "{" * 3000 + "}" * 3000],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "deeper than 64 levels" in result.stderr

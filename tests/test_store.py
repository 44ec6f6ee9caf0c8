"""The embedded store: atomic replacement, crash safety, readers never see a mix."""

import os
import signal
import subprocess
import sys
import textwrap

import pyoxigraph as ox
import pytest

from kg.errors import StoreError
from kg.store import MEMORY, Store

G = "https://w3id.org/kg/graph/test"
COUNT_QUERY = "SELECT (COUNT(*) AS ?c) (COUNT(DISTINCT ?o) AS ?versions) { GRAPH ?g { ?s ?p ?o } }"


def version(v: str, n: int = 200) -> str:
    return "".join(f'<http://example.org/s{i}> <http://example.org/p> "{v}" .\n' for i in range(n))


def counts(store: Store) -> tuple[int, int]:
    row = next(iter(store.query(COUNT_QUERY)))
    return int(row["c"].value), int(row["versions"].value)


@pytest.fixture(params=["disk", "memory"])
def store(request, tmp_path) -> Store:
    return Store(tmp_path / "store" if request.param == "disk" else MEMORY)


def test_replace_and_drop(store):
    store.replace({G: version("a"), G + "2": version("b", 3)})
    assert counts(store) == (203, 2)
    store.replace({G: version("c", 5)}, drop=[G + "2"])
    assert counts(store) == (5, 1)
    assert store.named_graphs() == [G]
    store.replace({G + "3": version("d", 2)})
    assert counts(store) == (7, 2)
    assert store.named_graphs() == [G, G + "3"]


def test_replacing_every_named_graph_keeps_the_default_graph(store, tmp_path):
    dump = tmp_path / "mixed.nq"
    dump.write_text(f'<http://example.org/d> <http://example.org/p> "default" .\n'
                    f'<http://example.org/n> <http://example.org/p> "named" <{G}> .\n')
    store.load_dataset(dump)
    store.replace({G: version("new", 2)})
    assert len(list(store.query("SELECT * { ?s ?p \"default\" }"))) == 1
    assert counts(store) == (2, 1)


def test_a_failing_write_changes_nothing(store):
    store.replace({G: version("a")})
    with pytest.raises(SyntaxError):
        store.replace({G: version("b"), G + "2": "this is not N-Triples"})
    assert counts(store) == (200, 1)
    assert store.named_graphs() == [G]


def test_bindings_are_values_not_text(store):
    store.replace({G: version("a", 3)})
    query = "SELECT ?s ?o { GRAPH ?g { ?s ?p ?o } }"
    hostile = ox.Literal('a" } UNION { ?s ?p ?o } #')
    assert list(store.query(query, {"o": hostile})) == []
    assert len(list(store.query(query, {"o": ox.Literal("a")}))) == 3


def test_load_dataset_replaces_everything_and_reports_progress(store, tmp_path):
    store.replace({G + "old": version("old", 3)})
    dump = tmp_path / "dump.nq"
    dump.write_text("".join(line[:-2] + f" <{G}> .\n" for line in version("new", 20000).splitlines(keepends=True)))
    seen: list[tuple[int, int]] = []
    store.load_dataset(dump, progress=lambda done, total: seen.append((done, total)))
    assert counts(store) == (20000, 1)
    assert store.named_graphs() == [G]
    size = dump.stat().st_size
    assert len(seen) > 1 and seen[-1] == (size, size)
    assert [done for done, _ in seen] == sorted(set(done for done, _ in seen))


def test_a_bad_dataset_file_leaves_the_store_as_it_was(store, tmp_path):
    store.replace({G: version("a", 3)})
    bad = tmp_path / "bad.nq"
    bad.write_text(f'<http://example.org/s> <http://example.org/p> "x" <{G}> .\nnot a quad\n')
    with pytest.raises(StoreError, match=r"bad\.nq: not valid N-Quads: .*line 2"):
        store.load_dataset(bad, progress=lambda done, total: None)
    assert counts(store) == (3, 1)


def test_old_generations_are_collected(tmp_path):
    store = Store(tmp_path / "store")
    for v in "abcde":
        store.replace({G: version(v, 2)})
    assert len(list((tmp_path / "store").glob("gen-*"))) == 2
    assert counts(store) == (2, 1)


def test_no_graph_yet_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="run 'kg build' first"):
        Store(tmp_path / "nothing").query("ASK {}")


def _python(code: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", textwrap.dedent(code)], stdout=subprocess.PIPE, text=True)


def test_a_killed_write_leaves_the_previous_graph(tmp_path):
    location = tmp_path / "store"
    Store(location).replace({G: version("old")})
    writer = _python(f"""
        import time
        from kg.store import Store
        def slow(store, fresh):
            store.remove_graph(__import__('pyoxigraph').NamedNode({G!r}))
            print('half-way', flush=True)
            time.sleep(60)
        Store({str(location)!r})._write(slow)
    """)
    assert writer.stdout.readline().strip() == "half-way"
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait()
    store = Store(location)
    assert counts(store) == (200, 1)
    store.replace({G: version("new")})  # the dead writer's lock is gone
    assert next(iter(store.query("SELECT ?o { GRAPH ?g { ?s ?p ?o } } LIMIT 1")))["o"].value == "new"


def test_concurrent_readers_see_old_or_new_never_a_mix(tmp_path):
    location = tmp_path / "store"
    Store(location).replace({G: version("v0")})
    writer = _python(f"""
        from kg.store import Store
        store = Store({str(location)!r})
        for i in range(1, 25):
            store.replace({{{G!r}: "".join(f'<http://example.org/s{{j}}> <http://example.org/p> "v{{i}}" .\\n' for j in range(200))}})
        print('done', flush=True)
    """)
    readers = [_python(f"""
        from kg.store import Store
        store = Store({str(location)!r})
        seen = set()
        for _ in range(400):
            row = next(iter(store.query({COUNT_QUERY!r})))
            seen.add((int(row['c'].value), int(row['versions'].value)))
        print(sorted(seen), flush=True)
    """) for _ in range(2)]
    assert writer.stdout.readline().strip() == "done"
    assert writer.wait(timeout=120) == 0
    for reader in readers:
        out, _ = reader.communicate(timeout=120)
        assert reader.returncode == 0
        assert out.strip() == "[(200, 1)]"
    assert counts(Store(location)) == (200, 1)

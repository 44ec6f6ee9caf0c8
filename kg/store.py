"""Where the graph lives: :class:`Store` opens the right kind of store for a location.

- a directory (default ``.kg/store``): an embedded Oxigraph (pyoxigraph) database on disk,
  which loads four times faster than rdflib's memory store and answers the conflict joins
  in the engine, 160-620 times faster (see README, "Storage");
- ``memory:``: a throw-away in-memory Oxigraph store, for tests and notebooks;
- ``sparql+http://…`` or ``sparql+https://…``: any SPARQL 1.1 server, through the SPARQL 1.1
  Protocol and Graph Store Protocol (:mod:`kg.remote`).

Every store answers the same five calls — ``query``, ``replace``, ``named_graphs``,
``dump``, ``exists`` — so no other module knows which one it talks to.

An on-disk store is a directory of *generations*: each write copies the current
generation with hard links (Oxigraph's checkpoint backup, cheap), or starts an empty one
when the write replaces everything, applies the change to it and then switches the
``current`` symlink to it with one atomic rename. So a
write that fails or is killed half-way leaves the previous graph intact, and readers see
either the old or the new graph, never a mix. Writers take a lock file; readers take
none, and open generations read-only.
"""

from __future__ import annotations

import contextlib
import fcntl
import gc
import importlib
import io
import os
import shutil
import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path

import pyoxigraph as ox

from . import rollups
from .errors import StoreError
from .sparqltext import Term

DEFAULT_LOCATION = Path(".kg") / "store"
MEMORY = "memory:"
_CURRENT = "current"


Result = ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples


class Store:
    """A handle on a graph store: query it, replace named graphs atomically, dump it.

    ``Store(location)`` returns the kind of store the location names (:func:`store_type`).

    >>> Store("memory:")
    EmbeddedStore('memory:')
    """

    location: str

    def __new__(cls, location: str | Path | None = None, *args, **kwargs):
        if cls is Store:
            cls = store_type(location)
        return super().__new__(cls)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.location!r})"

    def exists(self) -> bool:
        """Whether anything has been written to this store yet."""
        raise NotImplementedError

    def query(self, text: str, bindings: Mapping[str, Term] | None = None, union: bool = False) -> Result:
        """Run a SPARQL query, binding variables to values (never pasted into the text as text).

        With ``union``, the default graph is the union of all named graphs.
        """
        raise NotImplementedError

    def named_graphs(self) -> list[str]:
        """The IRIs of the named graphs in the store, sorted."""
        raise NotImplementedError

    def replace(self, graphs: Mapping[str, str | bytes], drop: Iterable[str] = ()) -> None:
        """Replace each named graph with N-Triples content, each atomically, and drop others."""
        raise NotImplementedError

    def dump(self, fmt: ox.RdfFormat, from_graph: str | None = None, prefixes: Mapping[str, str] | None = None) -> bytes:
        """Serialise the whole dataset (or one graph) in an RDF format."""
        raise NotImplementedError

    def load_dataset(self, path: Path, progress: Callable[[int, int], None] | None = None) -> None:
        """Replace the whole store with the dataset in an N-Quads or TriG file.

        ``progress(done, total)`` is called as the file is read, in bytes.
        """
        raise NotImplementedError


# Location schemes served by stores defined elsewhere, as "module:class": imported when a location
# asks for them, so this module imports none of them (kg.remote imports this one).
SCHEMES = {"sparql+http://": "kg.remote:RemoteStore", "sparql+https://": "kg.remote:RemoteStore"}


def store_type(location: str | Path | None) -> type[Store]:
    """The kind of store a location names: the one place that maps locations to store types.

    >>> store_type("sparql+http://127.0.0.1:7878").__name__, store_type(".kg/store").__name__
    ('RemoteStore', 'EmbeddedStore')
    """
    text = str(location or "")
    for scheme, target in SCHEMES.items():
        if text.startswith(scheme):
            module, _, name = target.partition(":")
            return getattr(importlib.import_module(module), name)
    return EmbeddedStore


def dataset_format(path: Path) -> ox.RdfFormat:
    """The RDF dataset format of a file, from its suffix (``.nq`` or ``.trig``)."""
    formats = {".nq": ox.RdfFormat.N_QUADS, ".nquads": ox.RdfFormat.N_QUADS, ".trig": ox.RdfFormat.TRIG}
    if path.suffix not in formats:
        raise StoreError(f"{path}: expected an N-Quads (.nq) or TriG (.trig) file")
    return formats[path.suffix]


class _ProgressReader(io.RawIOBase):
    """A binary file that reports how many bytes were read, for progress bars over a bulk load."""

    def __init__(self, path: Path, progress: Callable[[int, int], None] | None):
        self._file = open(path, "rb", buffering=0)
        self._total = path.stat().st_size
        self._done = 0
        self._progress = progress

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        count = self._file.readinto(buffer)
        if count and self._progress:
            self._done += count
            self._progress(self._done, self._total)
        return count

    def close(self) -> None:
        self._file.close()
        super().close()


def open_with_progress(path: Path, progress: Callable[[int, int], None] | None = None) -> io.BufferedReader:
    """``path`` opened for reading in binary, calling ``progress(done, total)`` in bytes as it is read."""
    return io.BufferedReader(_ProgressReader(path, progress), 1 << 20)


def no_named_graphs(path: Path) -> StoreError:
    """The error for a dataset file with nothing kg could see: loading it would empty the store."""
    return StoreError(f"{path}: no named graphs in the file (kg keeps everything in named graphs; an N-Triples "
                      "file saved as .nq has none); the store is unchanged")


def prefix_options(fmt: ox.RdfFormat, prefixes: Mapping[str, str] | None) -> dict:
    """Keyword arguments that give Oxigraph's serialiser ``prefixes``, for the formats that have them."""
    if prefixes and fmt not in (ox.RdfFormat.N_QUADS, ox.RdfFormat.N_TRIPLES):
        return {"prefixes": dict(prefixes)}
    return {}


def _graph_names(store: ox.Store) -> set[str]:
    """The store's named graphs, and "" if its default graph holds anything."""
    names = {g.value for g in store.named_graphs()}
    if next(iter(store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is not None:
        names.add("")
    return names


def beside(work: Callable[[], None], other: Callable[[], None]) -> None:
    """Run ``work`` on a thread of its own while ``other`` runs on this one; return when both are done.

    ``work``'s error wins when both fail (the bulk load's report of a bad file, not the index's).
    """
    failed: list[BaseException] = []

    def run() -> None:
        try:
            work()
        except BaseException as exc:  # handed to the calling thread below
            failed.append(exc)

    thread = threading.Thread(target=run, name="kg-write")
    thread.start()
    try:
        other()
    finally:
        thread.join()
        if failed:
            raise failed[0]


class EmbeddedStore(Store):
    """Oxigraph in this process: on disk as generations, or in memory."""

    def __init__(self, location: str | Path | None = None):
        location = DEFAULT_LOCATION if location is None else location
        self.location = str(location)
        self._memory = ox.Store() if self.location == MEMORY else None
        self._root = None if self._memory is not None else Path(location)
        self._reader: ox.Store | None = None
        self._reader_generation: Path | None = None
        self._rollups = sqlite3.connect(":memory:") if self._memory is not None else None
        self._rollups_generation: Path | None = None

    # ---------------------------------------------------------------- reading

    def exists(self) -> bool:
        return self._memory is not None or self._current() is not None

    def _current(self) -> Path | None:
        link = self._root / _CURRENT
        if not link.is_symlink():
            return None
        return self._root / os.readlink(link)

    def current_generation(self) -> Path:
        """The directory of the database readers see now (on-disk stores only)."""
        current = self._current() if self._root is not None else None
        if current is None:
            raise StoreError(f"no graph in {self.location}: run 'kg build' first")
        return current

    def reader(self) -> ox.Store:
        """The Oxigraph store to read from, reopened when a write has moved ``current``."""
        if self._memory is not None:
            return self._memory
        for _ in range(3):
            current = self._current()
            if current is None:
                raise StoreError(f"no graph in {self.location}: run 'kg build' first")
            if current == self._reader_generation:
                return self._reader
            try:
                self._reader = ox.Store.read_only(str(current))
                self._reader_generation = current
                return self._reader
            except OSError as exc:
                # Two writes in quick succession can collect a generation between our
                # readlink and our open; the link then names a newer one.
                error = exc
        raise StoreError(f"cannot open the graph in {self.location}: {error}")

    def query(self, text: str, bindings: Mapping[str, Term] | None = None, union: bool = False) -> Result:
        """Run a SPARQL query with Oxigraph's substitutions (SEP-0007) for the bindings.

        >>> s = Store(MEMORY)
        >>> s.replace({"http://example.org/g": '<http://example.org/a> <http://example.org/p> "x" .'})
        >>> [r["o"].value for r in s.query("SELECT ?s ?o { ?s ?p ?o }", {"s": ox.NamedNode("http://example.org/a")}, union=True)]
        ['x']
        """
        substitutions = {ox.Variable(k): v for k, v in (bindings or {}).items()}
        return self.reader().query(text, substitutions=substitutions or None, use_default_graph_as_union=union)

    def named_graphs(self) -> list[str]:
        return sorted(g.value for g in self.reader().named_graphs())

    def dump(self, fmt: ox.RdfFormat, from_graph: str | None = None, prefixes: Mapping[str, str] | None = None) -> bytes:
        reader = self.reader()
        kwargs = prefix_options(fmt, prefixes)
        if from_graph is not None:
            return reader.dump(format=fmt, from_graph=ox.NamedNode(from_graph), **kwargs)
        return reader.dump(format=fmt, **kwargs)

    def __len__(self) -> int:
        return len(self.reader())

    def rollup_index(self) -> sqlite3.Connection | None:
        """The roll-up index written with the graph (:mod:`kg.rollups`), or None if there is none."""
        if self._memory is not None:
            return self._rollups if self._rollups.execute("PRAGMA user_version").fetchone()[0] == rollups.VERSION else None
        generation = self.current_generation()
        if self._rollups is None or self._rollups_generation != generation:
            self._rollups, self._rollups_generation = rollups.open_index(generation / rollups.FILE), generation
        return self._rollups

    # ---------------------------------------------------------------- writing

    def replace(self, graphs: Mapping[str, str | bytes], drop: Iterable[str] = ()) -> None:
        """Replace the graphs and drop others in one step: all of it happens, or, on any failure, none.

        The content is parsed before anything is written. When nothing else in the store
        survives (``kg build`` replacing every article), the graphs are bulk-loaded into an
        empty generation instead of inserted into a copy: 1,000 articles take 4 s instead of
        12 s, or 22 s when the copy's old graphs had to be deleted first.
        """
        gone = set(drop) | set(graphs)
        payload = ox.serialize((ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(iri))
                                for iri, content in graphs.items()
                                for t in ox.parse(content, format=ox.RdfFormat.N_TRIPLES)),
                               format=ox.RdfFormat.N_QUADS)

        def apply(store: ox.Store, fresh: bool) -> None:
            if fresh:
                store.bulk_load(payload, format=ox.RdfFormat.N_QUADS)
                store.optimize()
                return
            for iri in gone:
                store.remove_graph(ox.NamedNode(iri))
            store.load(payload, format=ox.RdfFormat.N_QUADS)

        self._write(apply, fresh=lambda current: current <= gone, changed=gone)

    def load_dataset(self, path: Path, progress: Callable[[int, int], None] | None = None) -> None:
        """Bulk-load the file into a fresh generation, then switch to it.

        One ``bulk_load`` over the whole file lets Oxigraph batch and index on its own threads;
        feeding it pieces (one bulk load each) measured 15-20 % slower. The bulk load leaves one
        overlapping table file per batch that every later lookup must consult, and this process
        exits before RocksDB would merge them in the background, so they are compacted here:
        at 1M statements that costs 24 s once and makes the analysis queries 4-7x faster.
        Meanwhile this thread reads the file a second time for the roll-up index
        (:func:`kg.rollups.read_quads`), so the index costs the load little but a second core.
        """
        fmt = dataset_format(path)

        def apply(store: ox.Store, fresh: bool) -> None:
            if progress is None:
                store.bulk_load(path=str(path), format=fmt)  # read by Oxigraph: no Python on its thread
            else:
                with open_with_progress(path, progress) as source:
                    store.bulk_load(input=source, format=fmt)
            if next(iter(store.named_graphs()), None) is None:
                raise no_named_graphs(path)
            store.optimize()

        def index_source() -> ox.Store:
            # the bulk load checks the file; this second reading only picks out what the index reads
            return rollups.read_quads(ox.parse(path=str(path), format=fmt, lenient=True))

        try:
            self._write(apply, fresh=lambda current: True, index_source=index_source)
        except SyntaxError as exc:
            raise StoreError(f"{path}: not valid {fmt.name}: {exc}") from None

    def _write(self, apply: Callable[[ox.Store, bool], None], fresh: Callable[[set[str]], bool] | None = None,
               changed: set[str] | None = None, index_source: Callable[[], ox.Store] | None = None) -> None:
        """Apply a change to a staging store, then make it current in one step.

        The roll-up index is brought up to date in the same staging step, for the graphs
        ``changed`` (all of them when None or when the store starts empty). With
        ``index_source`` (a function returning a store of the new content, for a write that
        replaces everything), an on-disk index is built from it while ``apply`` runs on another
        thread, rather than from the written store afterwards.

        ``fresh(graphs now in the store)`` says whether the staging store starts empty rather
        than as a copy (without it, always a copy); ``apply`` is told which. The default graph
        counts as the graph named "" when it holds anything. It is asked under the write
        lock, so no other write can slip in between.
        """
        if self._memory is not None:
            empty = fresh is not None and fresh(_graph_names(self._memory))
            staging = ox.Store()
            if not empty:
                staging.extend(self._memory)
            apply(staging, empty)
            index = sqlite3.connect(":memory:")
            if not empty:
                self._rollups.backup(index)
            rollups.update(index, staging, None if empty else changed)
            self._memory, self._rollups = staging, index
            return
        try:
            self._write_generation(apply, fresh, changed, index_source)
        except StoreError:
            raise
        except OSError as exc:  # a full disk, a read-only file system, no permission
            where = f" ({exc.filename})" if getattr(exc, "filename", None) else ""
            raise StoreError(f"cannot write the graph in {self.location}: {exc.strerror or exc}{where}; "
                             "the stored graph is unchanged") from None
        except sqlite3.Error as exc:  # the roll-up index beside it, on the same full or read-only disk
            raise StoreError(f"cannot write the roll-up index in {self.location}: {exc}; "
                             "the stored graph is unchanged") from None

    def _write_generation(self, apply: Callable[[ox.Store, bool], None], fresh: Callable[[set[str]], bool] | None,
                          changed: set[str] | None, index_source: Callable[[], ox.Store] | None) -> None:
        self._root.mkdir(parents=True, exist_ok=True)
        with self._lock():
            current = self._current()
            new = self._root / f"gen-{uuid.uuid4().hex[:12]}"
            try:
                previous = ox.Store.read_only(str(current)) if current is not None else None
                empty = previous is None or (fresh is not None and fresh(_graph_names(previous)))
                if not empty:
                    previous.backup(str(new))
                del previous
                writer = ox.Store(str(new))
                if index_source is not None and empty:
                    index = rollups.open_index(new / rollups.FILE, readonly=False)
                    beside(lambda: apply(writer, empty), lambda: rollups.update(index, index_source(), None))
                    writer.flush()
                else:
                    apply(writer, empty)
                    writer.flush()
                    if not empty and (current / rollups.FILE).exists():
                        shutil.copy(current / rollups.FILE, new / rollups.FILE)
                    index = rollups.open_index(new / rollups.FILE, readonly=False)
                    rollups.update(index, writer, None if empty or not (current / rollups.FILE).exists() else changed)
                index.close()
                del writer
                gc.collect()
                link = self._root / f".{_CURRENT}-{new.name}"
                os.symlink(new.name, link)
                os.replace(link, self._root / _CURRENT)
            except BaseException:
                shutil.rmtree(new, ignore_errors=True)
                raise
            # The predecessor stays: a reader that opened it just before the switch may still use it.
            self._collect(keep={new, current})

    @contextlib.contextmanager
    def _lock(self) -> Iterator[None]:
        with open(self._root / "lock", "w") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise StoreError(f"{self.location} is being written by another kg process; try again") from None
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def _collect(self, keep: set[Path | None]) -> None:
        for old in self._root.glob("gen-*"):
            if old not in keep:
                shutil.rmtree(old, ignore_errors=True)
        for stale in self._root.glob(f".{_CURRENT}-*"):
            stale.unlink(missing_ok=True)

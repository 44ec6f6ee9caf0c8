"""kg's storage and conflict analysis at 10k, 100k and 1M statements, by today's queries and by the roll-up index.

For each size it generates a synthetic corpus (benchmarks/synthetic.py), then, each in a fresh
process so peak memory is its own:

- kg: ``kg load`` into the embedded on-disk store (bulk load and compaction on one thread, the
  roll-up index built from the file on this one); the index build timed again on its own, to
  show what the load hides behind the bulk load; the conflict count, the top-100 speaker pairs
  and the state-level roll-up, each by the library query (today's path, the reference) and from
  the index (the new path), with whether both give the same answer; one actor's conflict totals
  (``kg conflicts --actor``) and one actor's conflicts with their evidence (``kg contradictions
  --actor``) from the index, and the latter also today's way (every conflicting pair listed by
  ``contradictions.rq``, then cut to the actor) up to --actor-query-max, with whether both give
  the same relations in the same order; peak memory.
- engine: Oxigraph's own bulk load of the same file into an on-disk store, the same kind of
  store, with no kg code in the way: the baseline for ``kg load`` (target: <= 1.25x); then the
  compaction kg runs after it, timed on its own.
- virtuoso (when Debian's virtuoso-opensource is installed, up to --virtuoso-max): a private
  server on 127.0.0.1; ``kg load`` through the Graph Store Protocol against Virtuoso's own bulk
  loader (ld_dir + rdf_loader_run) of the same file, then the three queries through kg.

Run: python benchmarks/scale.py [--sizes 10000 100000 1000000] [--virtuoso-max 100000]
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ACTOR = "person_7"  # a speaker present at every size


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _timed(results: dict, name: str, call) -> object:
    started = time.perf_counter()
    value = call()
    results[name] = round(time.perf_counter() - started, 3)
    return value


def _state_key(c) -> tuple:
    return (-c.pairs, c.state_a, c.state_b)


def worker_kg(corpus: Path, workdir: Path, size: int, actor_query_max: int) -> dict:
    import pyoxigraph as ox

    import kg
    from kg import queries, rollups
    from kg.analysis import totals
    from kg.analysis.conflicts import relations

    out: dict = {}
    store = kg.Store(workdir / "store")
    _timed(out, "load_s", lambda: store.load_dataset(corpus))
    # the index's work within the load, done again on its own: the file read for it, then the index
    scratch = rollups.open_index(workdir / "scratch.sqlite", readonly=False)
    kept = _timed(out, "index_read_s", lambda: rollups.read_quads(ox.parse(path=str(corpus), format=ox.RdfFormat.N_QUADS,
                                                                            lenient=True)))
    _timed(out, "index_build_s", lambda: rollups.update(scratch, kept, None))
    scratch.close()
    del kept
    out["index_mb"] = round((store.current_generation() / rollups.FILE).stat().st_size / 1e6)
    out["store_mb"] = round(sum(f.stat().st_size for f in store.current_generation().iterdir()) / 1e6)

    old_counts = _timed(out, "counts_query_s", lambda: queries.conflict_counts(store))
    new_counts = _timed(out, "counts_index_s", lambda: totals.conflict_counts(store))
    out["conflicts"] = new_counts
    out["counts_same"] = old_counts == new_counts
    old_top = _timed(out, "top100_query_s", lambda: queries.actor_conflicts(store))
    new_top = _timed(out, "top100_index_s", lambda: totals.actor_conflicts(store))
    cut = old_top[-1].pairs if old_top else 0
    out["top100_same"] = ([c.pairs for c in old_top] == [c.pairs for c in new_top]
                          and {c for c in old_top if c.pairs > cut} == {c for c in new_top if c.pairs > cut})
    old_states = _timed(out, "states_query_s", lambda: queries.state_conflicts(store))
    new_states = _timed(out, "states_index_s", lambda: totals.state_conflicts(store))
    out["state_pairs"] = len(new_states)
    out["states_same"] = sorted(old_states, key=_state_key) == new_states
    mine = _timed(out, "actor_index_s", lambda: totals.actor_conflicts(store, actor=ACTOR))
    out["actor_pairs"] = [len(mine), sum(c.pairs for c in mine)]
    # kg contradictions --actor: the actor's conflicts with their evidence and paths
    listed = _timed(out, "listing_index_s", lambda: relations(store, actor=ACTOR))
    out["listing"] = len(listed)
    # the same as a command, in a process of its own: Python, kg's imports and opening the store included
    command = [str(Path(sys.executable).with_name("kg")), "--store", str(workdir / "store"), "contradictions", "--actor", ACTOR]
    _timed(out, "listing_command_s", lambda: subprocess.run(command, stdout=subprocess.DEVNULL, check=True))
    if size <= actor_query_max:
        # today's path for it: every conflicting pair listed by contradictions.rq, then cut to the actor
        class Plain:  # the store without its index
            query = store.query

        today = _timed(out, "listing_query_s", lambda: relations(Plain(), actor=ACTOR))
        out["listing_same"] = today == listed
    out["peak_mb"] = round(_peak_mb())
    return out


def worker_engine(corpus: Path, workdir: Path) -> dict:
    import pyoxigraph as ox

    out: dict = {}
    store = ox.Store(str(workdir / "engine"))
    _timed(out, "disk_load_s", lambda: store.bulk_load(path=str(corpus), format=ox.RdfFormat.N_QUADS))
    _timed(out, "optimize_s", store.optimize)  # what kg load runs after it (not part of the baseline)
    return out


def worker_virtuoso(corpus: Path, workdir: Path) -> dict:
    import kg
    from kg import queries
    from tests.servers import virtuoso_bulk_load, virtuoso_server

    out: dict = {}
    with virtuoso_server(workdir / "virtuoso-bulk", allowed=corpus.parent):
        _timed(out, "bulk_load_s", lambda: virtuoso_bulk_load(workdir / "virtuoso-bulk", corpus))
    with virtuoso_server(workdir / "virtuoso") as location:
        # the server's default graph is the union (Virtuoso's default): no graph list in every request
        store = kg.Store(location + "&dataset=server")
        _timed(out, "load_s", lambda: store.load_dataset(corpus))
        _timed(out, "counts_query_s", lambda: queries.conflict_counts(store))
        _timed(out, "top100_query_s", lambda: queries.actor_conflicts(store))
        _timed(out, "states_query_s", lambda: queries.state_conflicts(store))
    return out


def run_worker(kind: str, corpus: Path, workdir: Path, *extra: str) -> dict | None:
    command = [sys.executable, __file__, "--worker", kind, str(corpus), str(workdir), *extra]
    result = subprocess.run(command, stdout=subprocess.PIPE, text=True)
    lines = [line for line in result.stdout.strip().splitlines() if line.startswith("{")]
    return json.loads(lines[-1]) if lines else None


def _pair(old: float, new: float) -> str:
    return f"{old:8.2f}s by the query, {new:8.3f}s from the index ({old / max(new, 1e-3):,.0f}x)"


def report(size: int, ours: dict, engine: dict, virtuoso: dict | None) -> None:
    print(f"  kg load:        {ours['load_s']:8.2f}s (the roll-up index, built beside the bulk load, takes "
          f"{ours['index_read_s']:.2f}s + {ours['index_build_s']:.2f}s on its own; "
          f"{ours['index_mb']} MB beside a {ours['store_mb']} MB store)")
    print(f"  Oxigraph's own bulk load, on disk: {engine['disk_load_s']:.2f}s (compaction after it {engine['optimize_s']:.2f}s); "
          f"kg load = {ours['load_s'] / engine['disk_load_s']:.2f}x (target <= 1.25x)")
    print(f"  conflict count: {_pair(ours['counts_query_s'], ours['counts_index_s'])}   {ours['conflicts']}"
          f"{'' if ours['counts_same'] else '   ANSWERS DIFFER'}")
    print(f"  top-100 pairs:  {_pair(ours['top100_query_s'], ours['top100_index_s'])}"
          f"{'' if ours['top100_same'] else '   ANSWERS DIFFER'}")
    print(f"  state roll-up:  {_pair(ours['states_query_s'], ours['states_index_s'])}   {ours['state_pairs']} state pairs"
          f"{'' if ours['states_same'] else '   ANSWERS DIFFER'}")
    print(f"  one actor ({ACTOR}): kg conflicts --actor {ours['actor_index_s']:.3f}s from the index, "
          f"{ours['actor_pairs'][0]} counterparts, {ours['actor_pairs'][1]} conflicting pairs")
    listing = f"  kg contradictions --actor {ACTOR}: {ours['listing_index_s']:.3f}s from the index, {ours['listing']} relations " \
              f"(the whole command {ours['listing_command_s']:.2f}s)"
    if "listing_query_s" in ours:
        listing += f"; through the full listing {ours['listing_query_s']:.2f}s" + \
                   ("" if ours["listing_same"] else "   ANSWERS DIFFER")
    print(listing)
    print(f"  peak memory:    {ours['peak_mb']:,} MB")
    if virtuoso:
        print(f"  Virtuoso: kg load {virtuoso['load_s']:.2f}s (GSP), its own bulk load {virtuoso['bulk_load_s']:.2f}s "
              f"({virtuoso['load_s'] / virtuoso['bulk_load_s']:.2f}x); conflict count {virtuoso['counts_query_s']:.2f}s, "
              f"top-100 pairs {virtuoso['top100_query_s']:.2f}s, state roll-up {virtuoso['states_query_s']:.2f}s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--virtuoso-max", type=int, default=100_000, help="largest size run on Virtuoso")
    parser.add_argument("--actor-query-max", type=int, default=10_000,
                        help="largest size at which one actor's conflicts are also found today's way")
    parser.add_argument("--worker", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        kind, corpus, workdir, *extra = args.worker
        workers = {"kg": lambda: worker_kg(Path(corpus), Path(workdir), *map(int, extra)),
                   "engine": lambda: worker_engine(Path(corpus), Path(workdir)),
                   "virtuoso": lambda: worker_virtuoso(Path(corpus), Path(workdir))}
        print(json.dumps(workers[kind]()))
        return

    from benchmarks.synthetic import generate

    virtuoso_installed = shutil.which("virtuoso-t") is not None and shutil.which("isql-vt") is not None
    for size in args.sizes:
        with tempfile.TemporaryDirectory(dir=ROOT / ".kg" if (ROOT / ".kg").is_dir() else None) as tmp:
            corpus = Path(tmp) / f"corpus-{size}.nq"
            started = time.perf_counter()
            shape = generate(size, corpus)
            print(f"\n== {size:,} statements: {shape['quads']:,} quads, {shape['actors']:,} actors, "
                  f"{shape['propositions']:,} propositions ({corpus.stat().st_size / 1e6:,.0f} MB, "
                  f"generated in {time.perf_counter() - started:.1f}s)", flush=True)
            ours = run_worker("kg", corpus, Path(tmp), str(size), str(args.actor_query_max))
            engine = run_worker("engine", corpus, Path(tmp))
            virtuoso = (run_worker("virtuoso", corpus, Path(tmp))
                        if virtuoso_installed and size <= args.virtuoso_max else None)
            report(size, ours, engine, virtuoso)
            sys.stdout.flush()


if __name__ == "__main__":
    main()

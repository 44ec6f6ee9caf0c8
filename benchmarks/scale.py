"""kg's storage and analysis at 10k, 100k and 1M statements, against rdflib's memory store.

For each size it generates a synthetic corpus (benchmarks/synthetic.py), then, each in a
fresh process so peak memory is its own:

- kg: pyoxigraph's raw N-Quads parse rate; ``kg load`` into the embedded on-disk store
  (throughput, its ratio to the parse rate, and the CPU time it took); the conflict count;
  the top-100 speaker pairs; the state-level roll-up; building the state-level actor
  network; peak memory.
- engine: Oxigraph's own bulk load of the same file into an in-memory store, with no disk
  and no kg code in the way: the ceiling for any loader built on this engine.
- baseline: the same file into rdflib's in-memory Dataset and the same queries through
  rdflib's SPARQL engine, where it finishes within the timeout.

Every figure is printed with its ratio to the baseline measured in the same run.

Run: python benchmarks/scale.py [--sizes 10000 100000 1000000] [--baseline-max 100000] [--timeout 600]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _progress(done: int, total: int) -> None:
    filled = 30 * done // max(total, 1)
    print(f"\r    loading [{'#' * filled}{'.' * (30 - filled)}] {done / 1e6:,.0f}/{total / 1e6:,.0f} MB",
          end="\n" if done >= total else "", file=sys.stderr, flush=True)


def _cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _timed(results: dict, name: str, call) -> object:
    started = time.perf_counter()
    value = call()
    results[name] = round(time.perf_counter() - started, 3)
    return value


def worker_kg(corpus: Path, workdir: Path) -> dict:
    import pyoxigraph as ox

    import kg
    from kg import queries
    from kg.analysis import actor_network

    out: dict = {}
    count = _timed(out, "parse_s", lambda: sum(1 for _ in ox.parse(path=str(corpus), format=ox.RdfFormat.N_QUADS)))
    out["quads"] = count
    store = kg.Store(workdir / "store")
    cpu = _cpu_s()
    _timed(out, "load_s", lambda: store.load_dataset(corpus, progress=_progress))
    out["load_cpu_s"] = round(_cpu_s() - cpu, 1)
    out["conflicts"] = _timed(out, "conflict_count_s", lambda: queries.conflict_counts(store))
    _timed(out, "top100_s", lambda: queries.actor_conflicts(store))
    out["state_pairs"] = len(_timed(out, "state_rollup_s", lambda: queries.state_conflicts(store)))
    g = _timed(out, "network_s", lambda: actor_network(store, level="state"))
    out["network"] = [g.number_of_nodes(), g.number_of_edges()]
    out["peak_mb"] = round(_peak_mb())
    return out


def worker_engine(corpus: Path) -> dict:
    import pyoxigraph as ox

    out: dict = {}
    store = ox.Store()
    _timed(out, "memory_load_s", lambda: store.bulk_load(path=str(corpus), format=ox.RdfFormat.N_QUADS))
    return out


def worker_rdflib(corpus: Path, workdir: Path, queries_too: bool) -> dict:
    """Prints its results so far after every step, so a timeout keeps what finished."""
    from rdflib import Dataset

    from kg.queries import load

    out: dict = {}

    def step(name: str, call) -> object:
        value = _timed(out, name, call)
        out["peak_mb"] = round(_peak_mb())
        print(json.dumps(out), flush=True)
        return value

    ds = Dataset(default_union=True)
    step("load_s", lambda: ds.parse(str(corpus), format="nquads"))
    if queries_too:
        step("conflict_count_s", lambda: list(ds.query(load("conflict_counts").text)))
        step("top100_s", lambda: list(ds.query(load("actor_conflicts").text)))
        step("state_rollup_s", lambda: list(ds.query(load("state_conflicts").text)))
    return out


def run_worker(kind: str, corpus: Path, workdir: Path, timeout: float, queries_too: bool = True) -> dict | None:
    command = [sys.executable, __file__, "--worker", kind, str(corpus), str(workdir)]
    if not queries_too:
        command.append("--load-only")
    try:
        output = subprocess.run(command, stdout=subprocess.PIPE, text=True, timeout=timeout, check=True).stdout
    except subprocess.TimeoutExpired as exc:
        output = exc.stdout.decode() if isinstance(exc.stdout, bytes) else (exc.stdout or "")
    lines = [line for line in output.strip().splitlines() if line.startswith("{")]
    return json.loads(lines[-1]) if lines else None


def _cell(kg_value: float | None, base: dict | None, key: str, timeout: float) -> str:
    if kg_value is None:
        return "-"
    if base is None:
        return f"{kg_value:8.2f}s   rdflib not run"
    if base.get("timed_out") and key not in base and key == "load_s":
        return f"{kg_value:8.2f}s   rdflib >{timeout:.0f}s"
    if key not in base:
        return f"{kg_value:8.2f}s   rdflib >{timeout:.0f}s" if base.get("timed_out") else f"{kg_value:8.2f}s   rdflib not run"
    return f"{kg_value:8.2f}s   rdflib {base[key]:.2f}s ({base[key] / max(kg_value, 1e-3):.0f}x)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--baseline-max", type=int, default=100_000, help="largest size rdflib loads")
    parser.add_argument("--baseline-queries-max", type=int, default=10_000, help="largest size rdflib queries")
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds each baseline run may take")
    parser.add_argument("--worker", nargs=3, metavar=("KIND", "CORPUS", "WORKDIR"), help=argparse.SUPPRESS)
    parser.add_argument("--load-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        kind, corpus, workdir = args.worker
        workers = {"kg": lambda: worker_kg(Path(corpus), Path(workdir)),
                   "engine": lambda: worker_engine(Path(corpus)),
                   "rdflib": lambda: worker_rdflib(Path(corpus), Path(workdir), not args.load_only)}
        result = workers[kind]()
        print(json.dumps(result))
        return

    from benchmarks.synthetic import generate

    for size in args.sizes:
        with tempfile.TemporaryDirectory(dir=ROOT / ".kg" if (ROOT / ".kg").is_dir() else None) as tmp:
            corpus = Path(tmp) / f"corpus-{size}.nq"
            started = time.perf_counter()
            shape = generate(size, corpus)
            print(f"\n== {size:,} statements: {shape['quads']:,} quads, {shape['actors']:,} actors, "
                  f"{shape['propositions']:,} propositions ({corpus.stat().st_size / 1e6:,.0f} MB, "
                  f"generated in {time.perf_counter() - started:.1f}s)")
            ours = run_worker("kg", corpus, Path(tmp), timeout=24 * 3600)
            engine = run_worker("engine", corpus, Path(tmp), timeout=24 * 3600)
            base = None
            if size <= args.baseline_max:
                queries_too = size <= args.baseline_queries_max
                base = run_worker("rdflib", corpus, Path(tmp), args.timeout, queries_too) or {"timed_out": True}
                if queries_too and "state_rollup_s" not in base:
                    base["timed_out"] = True
            parse_rate = ours["quads"] / ours["parse_s"]
            load_rate = ours["quads"] / ours["load_s"]
            print(f"  raw N-Quads parse (pyoxigraph, to Python objects): {parse_rate:,.0f} quads/s")
            print(f"  kg load:        {_cell(ours['load_s'], base, 'load_s', args.timeout)}"
                  f"   {load_rate:,.0f} quads/s = {load_rate / parse_rate:.2f} x the parse rate, "
                  f"{ours['load_cpu_s']:.0f} CPU s")
            memory_rate = ours["quads"] / engine["memory_load_s"]
            print(f"  Oxigraph bulk load into memory, no disk, no kg: {engine['memory_load_s']:.2f}s   "
                  f"{memory_rate:,.0f} quads/s = {memory_rate / parse_rate:.2f} x the parse rate")
            print(f"  conflict count: {_cell(ours['conflict_count_s'], base, 'conflict_count_s', args.timeout)}"
                  f"   {ours['conflicts']}")
            print(f"  top-100 pairs:  {_cell(ours['top100_s'], base, 'top100_s', args.timeout)}")
            print(f"  state roll-up:  {_cell(ours['state_rollup_s'], base, 'state_rollup_s', args.timeout)}"
                  f"   {ours['state_pairs']} state pairs")
            print(f"  actor network:  {ours['network_s']:8.2f}s   state level, {ours['network'][0]} nodes, "
                  f"{ours['network'][1]} ties")
            peak = (f"   rdflib {base['peak_mb']:,} MB ({base['peak_mb'] / ours['peak_mb']:.1f}x)"
                    if base and "peak_mb" in base else "")
            print(f"  peak memory:    {ours['peak_mb']:,} MB{peak}")


if __name__ == "__main__":
    main()

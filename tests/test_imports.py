"""kg's modules import one another without a circle (issue #16: store -> remote -> queries.loader -> store).

Opening a store by location happens in one place, ``kg.store.store_type``, which names the
remote store's module in a table and imports it only when a ``sparql+http`` location is opened.
"""

from __future__ import annotations

import ast
import subprocess
import sys

import networkx as nx

from .conftest import ROOT

PACKAGE = ROOT / "kg"


def _module(path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def module_imports() -> nx.DiGraph:
    """Which kg module imports which, at module level (imports inside functions run later and are left out)."""
    modules = {_module(p): p for p in PACKAGE.rglob("*.py")}
    graph = nx.DiGraph()
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.parse(path.read_text()).body:
            if isinstance(node, ast.ImportFrom):
                base = package.split(".")[: len(package.split(".")) - node.level + 1] if node.level else []
                source = ".".join(base + ([node.module] if node.module else []))
                targets = [f"{source}.{a.name}" for a in node.names if f"{source}.{a.name}" in modules] or [source]
            elif isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            else:
                continue
            graph.add_edges_from((name, t) for t in targets if t in modules and t != name)
    return graph


def test_no_module_imports_itself_through_others():
    graph = module_imports()
    assert graph.has_edge("kg.remote", "kg.store")  # the check sees imports at all
    assert list(nx.simple_cycles(graph)) == []


def test_the_store_loads_neither_the_remote_store_nor_the_query_library():
    code = ("import sys, kg.store; print(sorted(m for m in ('kg.remote', 'kg.queries', 'kg.queries.loader') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "[]"
    code = "import sys, kg.remote; print('kg.queries.loader' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "False"

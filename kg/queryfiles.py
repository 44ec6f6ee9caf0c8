"""The ``.rq`` files of the query library, read as text.

Stores need a few queries of their own (a remote store lists its graphs with one), so
reading a file lives here, below both the stores and :mod:`kg.queries`, which parses them.

>>> "SELECT" in query_text("graphs")
True
"""

from __future__ import annotations

from importlib import resources


def query_names() -> tuple[str, ...]:
    """The names of all library queries, sorted."""
    return tuple(sorted(p.name[:-3] for p in _folder().iterdir() if p.name.endswith(".rq")))


def query_text(name: str) -> str:
    """The text of the library query ``name`` (which must exist)."""
    return _folder().joinpath(f"{name}.rq").read_text("utf-8")


def _folder():
    # Named through the top package: naming kg.queries would import it, and with it the stores.
    return resources.files("kg").joinpath("queries")

"""One exception hierarchy for kg, so callers catch ``KGError`` and nothing broader.

Every error renders as a single line that names where the problem is, because the
CLI prints ``str(error)`` as is:

>>> str(DataError("unknown actor 'pesk'", file="data/a.yaml", line=12))
"data/a.yaml:12: unknown actor 'pesk'"
"""

from __future__ import annotations

from pathlib import Path


class KGError(Exception):
    """Base class of every error kg raises on purpose."""

    exit_code = 2


class DataError(KGError):
    """Bad input data: malformed annotation, unknown id, misplaced quote, bad date, shape violation."""

    def __init__(self, message: str, file: str | Path | None = None, line: int | None = None):
        self.message = message
        self.file = str(file) if file is not None else None
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.file or ""
        if self.file and self.line:
            where = f"{self.file}:{self.line}"
        return f"{where}: {self.message}" if where else self.message


class QueryError(KGError):
    """A SPARQL query that cannot run: syntax error, unknown name, unknown parameter."""


class StoreError(KGError):
    """The graph store is missing, locked or unreachable."""

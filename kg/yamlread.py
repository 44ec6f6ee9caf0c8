"""Reading YAML so that every mapping remembers the line it came from.

Annotation errors must name the file and line of the offending item, so the loader
returns :class:`Mapping` objects (plain dicts with a ``line`` and per-key lines).
Dates stay strings, so a bad date is reported by kg with its line instead of by
the YAML library; duplicate keys are errors rather than silently overwritten.

>>> doc = loads("a: 1\\nb:\\n  c: 2024-10-10\\n", "x.yaml")
>>> doc.line, doc.key_line("b"), doc["b"]["c"]
(1, 2, '2024-10-10')
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .errors import DataError


class Mapping(dict):
    """A YAML mapping with the 1-based line it starts on and the line of each key."""

    line: int = 0
    key_lines: dict[str, int]

    def key_line(self, key: str) -> int:
        """The line of ``key``, or the mapping's own line if the key is absent."""
        return self.key_lines.get(key, self.line)


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """PyYAML's safe loader, on libyaml when it is there (five times faster to parse)."""


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> Mapping:
    loader.flatten_mapping(node)
    result = Mapping()
    result.line = node.start_mark.line + 1
    result.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if isinstance(key, (list, dict)):
            raise DataError("a list or mapping cannot be a key", getattr(loader, "_kg_file", None), key_node.start_mark.line + 1)
        if key in result:
            raise DataError(f"duplicate key '{key}'", getattr(loader, "_kg_file", None), key_node.start_mark.line + 1)
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[key] = key_node.start_mark.line + 1
    return result


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_Loader.add_constructor("tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node))


def loads(text: str, file: str | Path) -> Any:
    """Parse YAML text; a syntax error becomes a :class:`DataError` naming ``file`` and line."""
    loader = _Loader(text)
    loader._kg_file = str(file)
    try:
        return loader.get_single_data()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise DataError(f"malformed YAML: {exc.problem or exc.context}", file, line) from None
    except yaml.reader.ReaderError as exc:
        code = exc.character if isinstance(exc.character, int) else ord(exc.character)
        line = text.count("\n", 0, text.find(chr(code))) + 1  # exc.position counts bytes under libyaml
        raise DataError(f"malformed YAML: control character U+{code:04X} is not allowed in YAML", file, line) from None
    except yaml.YAMLError as exc:
        raise DataError(f"malformed YAML: {exc}", file) from None
    finally:
        loader.dispose()


def load(path: Path) -> Any:
    """Read and parse a YAML file; unreadable or non-UTF-8 files are :class:`DataError` too."""
    if path.exists() and not path.is_file():
        raise DataError("not a regular file", path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataError(f"cannot read: {exc.strerror or exc}", path) from None
    except UnicodeDecodeError as exc:
        raise DataError(f"not UTF-8 text (byte {exc.object[exc.start]:#04x} at byte offset {exc.start})", path) from None
    return loads(text, path)

"""What a query may ask before any engine sees it: no outbound requests, no runaway nesting, no updates.

A query reaches kg from a user (``kg query``) or from anyone who can reach ``kg serve``.
Oxigraph would follow ``SERVICE <url>`` and make the request on the query's behalf, its
parser overflows the stack on a few thousand nested groups (killing the process), it
silently ignores ``FROM``, and it answers an update with a confusing syntax error. So the
text is scanned once (strings, IRIs and comments skipped, so a quote containing the word
SERVICE is harmless) and refused with one clear line:

>>> check("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
Traceback (most recent call last):
...
kg.errors.QueryError: <inline>: SERVICE is refused: a query on the local graph makes no requests to other servers (--allow-service opts in)
>>> check('SELECT * WHERE { ?s ?p "SERVICE {{{{" }')
"""

from __future__ import annotations

import re

from ..errors import QueryError

#: Deepest nesting of ``{ ( [`` accepted; the library's queries need 6, Oxigraph's parser overflows in the thousands.
MAX_DEPTH = 64

UPDATES = frozenset({"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"})

_TOKEN = re.compile(r"""
    (?P<skip> \#[^\n\r]*                                   # comment
      | '''(?:[^'\\]|\\.|'(?!''))*''' | \"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"   # long strings
      | '(?:[^'\\\n\r]|\\.)*' | "(?:[^"\\\n\r]|\\.)*"      # strings
      | <[^<>"{}|^`\\\x00-\x20]*>                          # IRI
      | [?$][A-Za-z0-9_\u00b7\u00c0-\uffff]+               # variable
      | (?:[A-Za-z][\w.-]*)?:(?:[\w.%:-]|\\.)*             # prefixed name
    )
    | (?P<word> [A-Za-z_]\w* )
    | (?P<open> [{(\[] )
    | (?P<close> [})\]] )
""", re.VERBOSE | re.DOTALL)


def check(text: str, allow_service: bool = False, name: str = "<inline>") -> None:
    """Refuse SERVICE (unless allowed), FROM, updates and nesting deeper than :data:`MAX_DEPTH`."""
    depth = 0
    first = None
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        if kind == "open":
            depth += 1
            if depth > MAX_DEPTH:
                raise QueryError(f"{name}: the query nests groups, lists or brackets deeper than {MAX_DEPTH} "
                                 "levels; kg refuses it rather than risk the engine")
        elif kind == "close":
            depth = max(depth - 1, 0)
        elif kind == "word":
            word = match.group("word").upper()
            if first is None and word not in ("PREFIX", "BASE"):
                first = word
                if word in UPDATES:
                    raise QueryError(f"{name}: kg queries are read-only: {word} is an update; "
                                     "ask with SELECT, ASK, CONSTRUCT or DESCRIBE, and change the graph with kg build")
            if word == "SERVICE" and not allow_service:
                raise QueryError(f"{name}: SERVICE is refused: a query on the local graph makes no requests to "
                                 "other servers (--allow-service opts in)")
            if word == "FROM":
                raise QueryError(f"{name}: FROM is not supported: the default graph is always the union of all "
                                 "named graphs; use GRAPH <…> { … } to read one graph")

"""Rendering analysis results (relations, stance changes) as text, CSV or JSON.

The text form puts each result in a short block a person can check against the article:
the two speakers, their words with dates and offsets, and the path that joined them.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict, fields
from typing import Iterable

from .analysis.conflicts import Relation
from .analysis.evidence import Evidence
from .analysis.stance import StanceChange
from .analysis.timeline import Timeline

FORMATS = ("table", "json", "csv")
_ARROWS = {"entails": "⇒", "entailed by": "⇐", "incompatibleWith": "⊥", "read as": "(read as)",
           "a reading of": "(a reading of)"}


def path_text(path: Iterable[str]) -> str:
    """A path with arrows: ``a ⇒ b ⊥ c``.

    >>> path_text(("a", "entails", "b", "incompatibleWith", "c"))
    'a ⇒ b ⊥ c'
    >>> path_text(("p", "read as", "q", "entails", "r"))
    'p (read as) q ⇒ r'
    """
    return " ".join(_ARROWS.get(step, step) for step in path)


def _when(e: Evidence) -> str:
    if e.day is None:
        return "undated"
    return e.day.isoformat() + ("~" if e.date is None else "")


def _line(who: str, e: Evidence, width: int = 24) -> str:
    mark = "“”" if e.direct else "‘’"
    return (f"  {who:<{width}} {_when(e):<11} {e.factuality or e.stance or '-':<3} {mark[0]}{e.quote}{mark[1]}"
            f"  [{e.source} {e.start}-{e.end}]")


def _who(actor: str, e: Evidence) -> str:
    """The actor at the report's level, with the speaker when they differ: ``russia/peskov``."""
    return actor if actor == e.speaker else f"{actor}/{e.speaker}"


def _who_width(pairs: Iterable[tuple[str, Evidence]]) -> int:
    """The width of the speaker column: 24, or the longest ``state/speaker`` so every block aligns."""
    return max([24] + [len(_who(actor, e)) for actor, e in pairs])


def _count(n: int, grade: str) -> str:
    """``1 conflict``, ``8 conflicts``, ``2 unconfirmed``, ``2 opposing calls``.

    >>> _count(2, "opposing calls"), _count(3, "firming")
    ('2 opposing calls', '3 firmings')
    """
    return f"{n} {grade}{'s' if n != 1 and grade != 'unconfirmed' and not grade.endswith('s') else ''}"


def relations_text(found: list[Relation]) -> str:
    """One block per relation, then a count per grade."""
    width = _who_width(p for r in found for p in zip((r.a, r.b), r.statements))
    blocks = []
    for r in found:
        head = f"{r.grade}: {r.a} vs {r.b} on {r.proposition}"
        if r.independent is False:
            head += " (not independent: one relays the other)"
        if r.readings:
            head += f" (only through an alternative reading: {', '.join(r.readings)})"
        first, second = r.statements
        blocks.append("\n".join([head, _line(_who(r.a, first), first, width), _line(_who(r.b, second), second, width),
                                  f"  path: {path_text(r.path)}"]))
    counts = {}
    for r in found:
        counts[r.grade] = counts.get(r.grade, 0) + 1
    summary = ", ".join(_count(n, g) for g, n in counts.items()) or "nothing found"
    return "\n\n".join(blocks + [f"({summary})"]) + "\n"


def stance_text(found: list[StanceChange]) -> str:
    """One block per stance change, then a count."""
    width = _who_width((c.actor, e) for c in found for e in (c.earlier, c.later))
    blocks = [
        "\n".join([f"{c.actor}: {c.kind} {c.before} → {c.after} on {c.proposition}",
                   _line(_who(c.actor, c.earlier), c.earlier, width), _line(_who(c.actor, c.later), c.later, width),
                   f"  path: {path_text(c.path)}"])
        for c in found
    ]
    kinds = {}
    for c in found:
        kinds[c.kind] = kinds.get(c.kind, 0) + 1
    detail = ": " + ", ".join(_count(n, k) for k, n in kinds.items()) if kinds else ""
    return "\n\n".join(blocks + [f"({len(found)} stance change{'s' if len(found) != 1 else ''}{detail})"]) + "\n"


def timeline_text(t: Timeline, width: int = 60) -> str:
    """A timeline as a table in date order, then its moves and conflicts, one line each."""
    columns = ["date", "actor"] + (["speaker"] if t.level != "person" else []) + ["type", "commitment", "about", "quote"]
    body = []
    for entry in t.entries:
        e = entry.statement
        about = e.proposition + (f" (read as {entry.reading})" if entry.reading else "")
        commitment = entry.commitment or (e.stance or "-")
        row = {"date": _span(e), "actor": entry.actor, "speaker": e.speaker, "type": e.type,
               "commitment": commitment, "about": about, "quote": e.quote}
        body.append([row[c] if len(row[c]) <= width else row[c][: width - 1] + "…" for c in columns])
    head = f"{t.proposition}: {t.text}" if t.proposition else "every statement"
    lines = [head, "", align(columns, body) if body else "(no statement commits anyone on it)"]
    for c in t.moves:
        lines.append(f"move: {c.actor} {c.kind} {c.before} → {c.after} on {c.proposition} "
                     f"({_when(c.earlier)} → {_when(c.later)})")
    for r in t.conflicts:
        first, second = r.statements
        lines.append(f"{r.grade}: {r.a} vs {r.b} ({_when(first)}, {_when(second)})")
    return "\n".join(lines) + "\n"


def _span(e: Evidence) -> str:
    if e.date:
        return e.date.isoformat()
    if e.earliest and e.latest:
        return f"{e.earliest.isoformat()}..{e.latest.isoformat()}"
    if e.latest:
        return f"..{e.latest.isoformat()}"
    return f"{e.earliest.isoformat()}.." if e.earliest else "undated"


def text_table(records: list, columns: list[str] | None = None, width: int = 60) -> str:
    """Dataclass records (from ``kg.queries``) as an aligned text table; long cells are cut at ``width``.

    >>> from kg.queries import Link
    >>> print(text_table([Link("a", "entails", "b")]))
    from_  relation  to
    -----  --------  --
    a      entails   b
    """
    rows = [r if isinstance(r, dict) else r.__dict__ for r in records]
    if not rows:
        return "(no rows)"
    columns = columns or list(rows[0])

    def cell(value) -> str:
        text = "" if value is None else str(value)
        return text if len(text) <= width else text[: width - 1] + "…"

    return align(columns, [[cell(r.get(c)) for c in columns] for r in rows])


def align(columns: list[str], body: list[list[str]]) -> str:
    """A header, a rule and the rows, each column padded to its widest cell."""
    widths = [max([len(c)] + [len(b[i]) for b in body]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip(), "  ".join("-" * w for w in widths)]
    lines += ["  ".join(v.ljust(w) for v, w in zip(b, widths)).rstrip() for b in body]
    return "\n".join(lines)


def _flatten(record: dict) -> dict:
    flat = {k: v for k, v in record.items() if k != "statements"}
    flat["path"] = path_text(flat["path"])
    if "readings" in flat:
        flat["readings"] = " ".join(flat["readings"])
    for i, statement in enumerate(record["statements"], 1):
        for key in ("id", "speaker", "type", "factuality", "date", "quote", "source", "start", "end"):
            flat[f"s{i}_{key}"] = statement[key]
    return flat


def render(found: list[Relation] | list[StanceChange], fmt: str, text=relations_text) -> str:
    """Results as ``table`` (``text`` renders the blocks), ``json`` (a list of objects) or ``csv``."""
    records = [item.as_dict() for item in found]
    if fmt == "json":
        return json.dumps(records, indent=2, ensure_ascii=False) + "\n"
    if fmt == "csv":
        out = io.StringIO()
        flat = [_flatten(r) for r in records]
        if flat:
            writer = csv.DictWriter(out, fieldnames=list(flat[0]))
            writer.writeheader()
            writer.writerows(flat)
        return out.getvalue()
    return text(found)


def render_totals(found: list, fmt: str, row_type: type) -> str:
    """Conflict totals (``row_type`` records: speaker or state pairs with counts) as a table, JSON or CSV.

    >>> from kg.queries import ActorConflict
    >>> print(render_totals([ActorConflict("budanov", "peskov", 3, 1)], "table", ActorConflict), end="")
    a        b       pairs  contradictions
    -------  ------  -----  --------------
    budanov  peskov  3      1
    """
    records = [asdict(item) for item in found]
    if fmt == "json":
        return json.dumps(records, indent=2, ensure_ascii=False) + "\n"
    columns = [f.name for f in fields(row_type)]
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=columns)
        writer.writeheader()
        writer.writerows(records)
        return out.getvalue()
    return align(columns, [[str(r[c]) for c in columns] for r in records]) + "\n"

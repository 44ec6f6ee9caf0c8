"""A small SVG timeline of statements: one row per speaker, one mark per statement.

Marks are placed by date (a date known only as a span sits at its last day, drawn
hollow) and coloured by stance: positive, negative, uncommitted, or a call. The SVG is
plain text with every label escaped, so it needs no plotting library and no network;
Jupyter shows it with ``IPython.display.SVG``.

>>> from kg.queries.library import TimelineEntry
>>> import datetime as dt
>>> svg = timeline_svg([TimelineEntry("peskov", "a/s", "dismissal", "p", "q", False, dt.date(2024, 10, 10), "PR-", "negative", "probable")])
>>> svg.startswith("<svg") and "peskov" in svg and "#d62728" in svg
True
"""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from .queries.library import TimelineEntry

COLORS = {"positive": "#2ca02c", "negative": "#d62728", "underspecified": "#7f7f7f", None: "#9467bd"}
LEGEND = (("positive", "for"), ("negative", "against"), ("underspecified", "uncommitted"), (None, "call"))


def timeline_svg(entries: list[TimelineEntry], width: int = 760, row: int = 22) -> str:
    """The timeline of dated ``entries`` (undated ones are left out and counted in the caption)."""
    dated = [e for e in entries if e.when is not None]
    speakers = sorted({e.speaker for e in dated}, key=lambda s: min(e.when for e in dated if e.speaker == s))
    left, right, top = 150, 20, 30
    height = top + row * max(len(speakers), 1) + 50
    if not dated:
        return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="40">'
                f'<text x="10" y="25" font-size="13">no dated statements</text></svg>')
    first, last = min(e.when for e in dated), max(e.when for e in dated)
    span = max((last - first).days, 1)

    def x(day) -> float:
        return left + (width - left - right) * (day - first).days / span

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" font-size="12">']
    for i, speaker in enumerate(speakers):
        y = top + row * i + row / 2
        parts.append(f'<text x="{left - 8}" y="{y + 4}" text-anchor="end">{escape(speaker)}</text>')
        parts.append(f'<line x1="{left}" x2="{width - right}" y1="{y}" y2="{y}" stroke="#eee"/>')
    for e in dated:
        y = top + row * speakers.index(e.speaker) + row / 2
        color = COLORS.get(e.polarity, COLORS[None])
        fill = "white" if e.approximate else color
        title = f"{e.when}{' (at the latest)' if e.approximate else ''} {e.speaker}, {e.type} {e.factuality or ''}: {e.quote}"
        parts.append(f'<circle cx="{x(e.when):.1f}" cy="{y}" r="6" fill="{fill}" stroke={quoteattr(color)} stroke-width="2">'
                     f'<title>{escape(title)}</title></circle>')
    axis = top + row * len(speakers) + 14
    parts.append(f'<text x="{left}" y="{axis}">{first.isoformat()}</text>')
    parts.append(f'<text x="{width - right}" y="{axis}" text-anchor="end">{last.isoformat()}</text>')
    legend_x = left
    for polarity, label in LEGEND:
        parts.append(f'<circle cx="{legend_x}" cy="{axis + 20}" r="5" fill="{COLORS[polarity]}"/>'
                     f'<text x="{legend_x + 9}" y="{axis + 24}">{label}</text>')
        legend_x += 110
    undated = len(entries) - len(dated)
    if undated:
        parts.append(f'<text x="{legend_x}" y="{axis + 24}" fill="#777">({undated} undated not shown)</text>')
    parts.append("</svg>")
    return "".join(parts)

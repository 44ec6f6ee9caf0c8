"""The timeline chart: one row per actor, time along x, a mark per statement, moves and conflicts drawn.

Drawn with matplotlib (no display needed). A statement with a known day is a dot; one known only
within a span is a bar across the span; one known only to come before a day is a hatched bar
reaching back from it. Colour is polarity (blue for, vermilion against, grey no comment), opacity
and size are certainty (certain, probable, possible); calls are diamonds coloured by their stance.
Arrows above a row are stance moves, from the end of the earlier statement to the start of the
later one, labelled with their kind; dashed lines between rows join
conflicting statements (dotted for opposing calls). Text in an SVG stays text, so it can be
searched and read by screen readers.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import io

import matplotlib
import matplotlib.dates as mdates
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from .analysis.timeline import Entry, Timeline
from .errors import KGError

FORMATS = (".png", ".svg", ".pdf")
FOR, AGAINST, NEUTRAL = "#1f5fa8", "#d1495b", "#8a8a8a"
ALPHA = {3: 1.0, 2: 0.6, 1: 0.3, 0: 1.0}
SIZE = {3: 11, 2: 9.5, 1: 8, 0: 9}
WORDS = {"CT+": "certainly true", "PR+": "probably true", "PS+": "possibly true", "Uu": "no commitment",
         "PS-": "possibly false", "PR-": "probably false", "CT-": "certainly false"}
OPEN_START = 6  # days a 'no later than' bar reaches back
LANE = 0.22  # height of one lane of move arrows above a row


def _colour(entry: Entry) -> str:
    stance = entry.statement.stance
    if entry.value is None:
        return FOR if stance == "for" else AGAINST if stance == "against" else NEUTRAL
    return FOR if entry.value > 0 else AGAINST if entry.value < 0 else NEUTRAL


def _text(entry: Entry) -> str:
    e = entry.statement
    kind = e.type.replace("non-confirmation", "cannot confirm")
    if entry.value is None:
        what = f"call {e.stance}" if e.stance else "call"
    else:
        what = f"{kind}: {WORDS[entry.commitment]}"
    return what + (" (alt. reading)" if entry.reading else "")


def _x(entry: Entry) -> dt.date | None:
    """Where a statement's label and conflict lines sit: its day, or the middle of its span."""
    e = entry.statement
    if e.date:
        return e.date
    if e.earliest and e.latest:
        return e.earliest + (e.latest - e.earliest) / 2
    return e.latest or e.earliest


def draw(t: Timeline, path: str | Path, title: str | None = None) -> Path:
    """Write the chart of timeline ``t`` to ``path`` (.png, .svg or .pdf) and return the path."""
    path = Path(path)
    if path.suffix.lower() not in FORMATS:
        raise KGError(f"{path}: unknown chart format '{path.suffix}' (expected one of: {', '.join(FORMATS)})")
    try:
        _save(figure(t, title), path, path.suffix.lower()[1:])
    except OSError as exc:
        raise KGError(f"{path}: cannot write the chart: {exc.strerror or exc}") from None
    return path


def svg(t: Timeline, title: str | None = None) -> str:
    """The chart as SVG text, for notebooks (``IPython.display.SVG(chart.svg(t))``)."""
    out = io.BytesIO()
    _save(figure(t, title), out, "svg")
    return out.getvalue().decode("utf-8")


def _save(fig: Figure, target, fmt: str) -> None:
    # text stays text in an SVG, and no creation date is written, so the same chart gives the same file
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "kg"}):
        fig.savefig(target, format=fmt, dpi=150, bbox_inches="tight",
                    metadata={"Date": None} if fmt in ("svg", "pdf") else None)


def figure(t: Timeline, title: str | None = None) -> Figure:
    """The chart as a matplotlib figure; undated statements are left out and counted."""
    dated = [e for e in t.entries if _x(e) is not None]
    actors: list[str] = []
    for e in dated:
        if e.actor not in actors:
            actors.append(e.actor)
    moves = [(c, lane) for c, lane in zip(t.moves, _lanes(t.moves)) if c.actor in actors]
    row, height = {}, 0.0
    for a in actors:  # each row leaves room above it for the lanes of its moves
        height += LANE * (max((lane for c, lane in moves if c.actor == a), default=-1) + 1)
        row[a] = height
        height += 1
    fig = Figure(figsize=(11, 1.6 + 0.8 * max(height, 1)))
    FigureCanvasAgg(fig)  # a canvas of its own: no pyplot, no global backend, text extents measurable
    ax = fig.subplots()
    if not dated:
        ax.text(0.5, 0.5, "no dated statements", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return fig
    ax.set_yticks([row[a] for a in actors], [t.name(a) for a in actors])
    ax.set_ylim(height - 0.4, -0.7)
    days = sorted(d for e in dated for d in (e.statement.earliest, e.statement.latest, e.statement.date) if d)
    first, last = _window(dated, days)
    early = [e for e in dated if (e.statement.date or e.statement.latest) < first]
    open_starts = [e.statement.latest - dt.timedelta(days=OPEN_START) for e in dated
                   if e not in early and e.statement.latest and not e.statement.earliest]
    pad = max((last - first).days * 0.04, 1.5)
    left = min([first] + open_starts) - dt.timedelta(days=pad)
    ax.set_xlim(left, last + dt.timedelta(days=pad))
    if (last - first).days > 120:
        ax.xaxis.set_major_locator(mdates.MonthLocator())
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%b %Y"))
    else:
        ax.xaxis.set_major_locator(mdates.DayLocator(interval=max(1, round((last - left).days / 7))))
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%d %b %Y"))
    ax.grid(axis="x", color="#e6e6e6", linewidth=0.8)
    ax.set_axisbelow(True)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.tick_params(axis="y", length=0)
    heading = title or (textwrap.fill(t.text, 90) if t.text else "Every statement")
    level = {"person": "speakers", "organization": "organisations", "state": "states"}[t.level]
    ax.set_title(f"{heading}\n", loc="left", fontsize=12, fontweight="bold")
    ax.text(0, 1.01, f"commitments of {level} over time", transform=ax.transAxes, fontsize=9, color="#555")
    undated = len(t.entries) - len(dated)
    if undated:
        ax.text(1, 1.01, f"{undated} undated statement{'s' if undated > 1 else ''} not shown",
                transform=ax.transAxes, ha="right", fontsize=9, color="#555")
    y = _rows(dated, row)
    for e in dated:
        if e in early:
            _early(ax, e, y[e.statement.id], left)
        else:
            _mark(ax, e, y[e.statement.id])
    late = [e for e in dated if e not in early]
    for r in t.conflicts:
        _conflict(ax, r, late, y)
    placer = _Placer(fig)
    for c, lane in moves:
        _move(ax, c, row[c.actor], (y[c.earlier.id], y[c.later.id]), lane, placer)
    for e in late:
        _label(ax, e, y[e.statement.id], placer, stacked=y[e.statement.id] != row[e.actor])
    _legend(ax, t)
    fig.tight_layout()
    return fig


class _Placer:
    """Puts each text at the first of its candidate offsets where it overlaps no text placed before."""

    def __init__(self, fig):
        self.renderer = fig.canvas.get_renderer()
        self.boxes: list = []

    def place(self, ax, text: str, xy, offsets, **style):
        """``offsets`` are (dx, dy) in points, or (dx, dy, ha, va) to align the text differently there."""
        for i, (dx, dy, *align) in enumerate(offsets):
            where = dict(zip(("ha", "va"), align))
            note = ax.annotate(text, xy, xytext=(dx, dy), textcoords="offset points", **{**style, **where})
            box = note.get_window_extent(self.renderer).expanded(1.02, 1.08)
            if not any(box.overlaps(other) for other in self.boxes) or i == len(offsets) - 1:
                self.boxes.append(box)
                return note
            note.remove()


def _mark(ax, entry: Entry, y: float) -> None:
    e = entry.statement
    colour, value = _colour(entry), entry.value
    strength = abs(value) if value is not None else 3
    alpha = ALPHA[strength]
    x = _x(entry)
    if e.date is None:  # a span is a bar across it; 'no later than' a hatched bar reaching back
        start = e.earliest or (e.latest - dt.timedelta(days=OPEN_START))
        end = e.latest or (e.earliest + dt.timedelta(days=OPEN_START))
        ax.barh(y, max((end - start).days, 1), left=start, height=0.3, color=colour if value != 0 else "white",
                alpha=alpha * 0.45, edgecolor=colour, linewidth=1.4,
                hatch="///" if not (e.earliest and e.latest) else None, zorder=1)
    elif value is None:
        ax.plot([x], [y], marker="D", markersize=9, color=colour, markeredgecolor="white", linestyle="none", zorder=4)
    elif value == 0:
        ax.plot([x], [y], marker="o", markersize=SIZE[0], markerfacecolor="white", markeredgecolor=NEUTRAL,
                markeredgewidth=2, linestyle="none", zorder=4)
    else:
        ax.plot([x], [y], marker="o", markersize=SIZE[strength], markerfacecolor=colour, alpha=alpha,
                markeredgecolor="white", markeredgewidth=1.2, linestyle="none", zorder=4)


def _label(ax, entry: Entry, y: float, placer: _Placer, stacked: bool) -> None:
    e = entry.statement
    if e.date is None and e.earliest:  # a span: the label starts where the span does
        x, ha = e.earliest, "left"
    else:
        x, ha = _x(entry), "center"
    beside = [(9, 0, "left", "center")]
    below = [(0, -10), (0, -20), (0, -30)]
    placer.place(ax, _text(entry), (x, y), beside + below if stacked else below + beside, ha=ha, va="top",
                 fontsize=7.5, color="#333")


def _window(dated: list[Entry], days: list[dt.date]) -> tuple[dt.date, dt.date]:
    """The days the x axis shows: all of them, unless a few statements lie far before the rest.

    Statements more than 60 days before the others (a call made months earlier) would squeeze
    the story into a sliver; they are drawn at the left edge instead, labelled with their dates.
    """
    ends = sorted(e.statement.date or e.statement.latest for e in dated)
    for i in range(1, len(ends)):
        if (ends[i] - ends[i - 1]).days > 60 and i <= len(ends) // 3:
            kept = [e.statement for e in dated if (e.statement.date or e.statement.latest) >= ends[i]]
            return min(e.date or e.earliest or e.latest for e in kept), days[-1]
    return days[0], days[-1]


def _rows(dated: list[Entry], row: dict[str, float]) -> dict[str, float]:
    """Each statement's height: its actor's row, nudged apart when one actor said several things that day."""
    out, same = {}, {}
    for e in dated:
        same.setdefault((e.actor, _x(e)), []).append(e)
    for group in same.values():
        for i, e in enumerate(group):
            out[e.statement.id] = row[e.actor] + (i - (len(group) - 1) / 2) * 0.26
    return out


def _early(ax, entry: Entry, y: float, edge: dt.date) -> None:
    """A statement made long before the window: a marker at the left edge with its real dates."""
    e = entry.statement
    when = e.date.strftime("%d %b %Y") if e.date else f"{_day(e.earliest)} – {_day(e.latest)}"
    ax.plot([edge], [y], marker="<", markersize=9, color=_colour(entry), linestyle="none", zorder=4, clip_on=False)
    ax.annotate(f"{_text(entry)}, {when}", (edge, y), xytext=(8, 0), textcoords="offset points", va="center",
                fontsize=7.5, color="#333")


def _day(day: dt.date | None) -> str:
    return day.strftime("%d %b %Y") if day else "?"


def _conflict(ax, relation, dated: list[Entry], y: dict[str, float]) -> None:
    ends = []
    for s in relation.statements:
        match = next((e for e in dated if e.statement.id == s.id), None)
        if match is None:
            return
        ends.append((_x(match), y[s.id]))
    (x1, y1), (x2, y2) = ends
    style = ":" if relation.grade == "opposing calls" else "--"
    colour = "#6a3d9a" if relation.grade == "opposing calls" else "#b2182b"
    ax.plot([x1, x2], [y1, y2], linestyle=style, color=colour, linewidth=0.9, alpha=0.35, zorder=0)


def _ends(change) -> tuple[dt.date, dt.date]:
    """From the end of the earlier statement to the start of the later one."""
    earlier, later = change.earlier, change.later
    return (earlier.date or earlier.latest or earlier.earliest, later.date or later.earliest or later.latest)


def _lanes(changes) -> list[int]:
    """A lane above its row for each move, so moves over the same days of one actor do not overlap."""
    used: dict[str, list[tuple]] = {}
    out = []
    for c in changes:
        x1, x2 = _ends(c)
        taken = used.setdefault(c.actor, [])
        lane = next(i for i in range(len(taken) + 1)
                    if all(not (a <= x2 and x1 <= b) for a, b, k in taken if k == i))
        taken.append((x1, x2, lane))
        out.append(lane)
    return out


def _move(ax, change, y: float, heights: tuple[float, float], lane: int, placer: _Placer) -> None:
    """An arrow above the actor's row from the earlier statement to the later, labelled with the kind."""
    x1, x2 = _ends(change)
    level = y - 0.4 - LANE * lane
    ax.plot([x1, x1, x2], [heights[0] - 0.1, level, level], color="#222", lw=1.1, zorder=3)
    ax.annotate("", xy=(x2, heights[1] - 0.1), xytext=(x2, level), zorder=3,
                arrowprops=dict(arrowstyle="-|>", color="#222", lw=1.1, shrinkA=0, shrinkB=0))
    middle = x1 + (x2 - x1) / 2
    placer.place(ax, f"{change.kind} {change.before} → {change.after}", (middle, level),
                 [(0, 1.5), (0, 10), (0, 19)], ha="center", va="bottom", fontsize=7.5, fontweight="bold",
                 color="#222")


def _legend(ax, t: Timeline) -> None:
    handles = [
        Line2D([], [], marker="o", linestyle="none", color=FOR, markersize=9, label="for (true)"),
        Line2D([], [], marker="o", linestyle="none", color=AGAINST, markersize=9, label="against (false)"),
        Line2D([], [], marker="o", linestyle="none", markerfacecolor="white", markeredgecolor=NEUTRAL,
               markeredgewidth=2, markersize=9, label="no commitment (Uu)"),
        Line2D([], [], marker="o", linestyle="none", color="#555", alpha=ALPHA[3], markersize=SIZE[3], label="certain"),
        Line2D([], [], marker="o", linestyle="none", color="#555", alpha=ALPHA[2], markersize=SIZE[2], label="probable"),
        Line2D([], [], marker="o", linestyle="none", color="#555", alpha=ALPHA[1], markersize=SIZE[1], label="possible"),
        Line2D([], [], marker="D", linestyle="none", color="#555", markersize=8, label="call (for / against)"),
        Patch(facecolor="#bbb", edgecolor="#777", label="date known as a span"),
        Line2D([], [], color="#222", lw=1.3, label="stance move"),
        Line2D([], [], color="#b2182b", linestyle="--", alpha=0.6, label="conflict"),
    ]
    if any(r.grade == "opposing calls" for r in t.conflicts):
        handles.append(Line2D([], [], color="#6a3d9a", linestyle=":", alpha=0.8, label="opposing calls"))
    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.12), ncol=6, fontsize=8,
              frameon=False, handletextpad=0.4, columnspacing=1.2)

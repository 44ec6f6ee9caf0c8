"""The ``kg`` command: a thin layer that parses arguments and calls the library.

Every error kg raises on purpose (:class:`~kg.errors.KGError`), and every error of the
machine (``OSError``: a full disk, a read-only directory), is printed as one line,
``kg: error: FILE:LINE: message``, with exit code 2; anything else is a bug and keeps
its traceback. Heavy libraries are imported by the commands that use them, so
``kg --help`` answers at once.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
import threading
from pathlib import Path

import click

from .errors import KGError

# The choices options offer, spelled out here so that 'kg --help' imports no RDF library;
# tests/test_hardening.py checks each against the module that owns it.
DEFAULT_STORE = ".kg/store"
LEVELS = ("person", "organization", "state")
EXPORT_FORMATS = ("ttl", "trig", "nq", "jsonld")
RESULT_FORMATS = ("table", "csv", "tsv", "json")
REPORT_FORMATS = ("table", "json", "csv")
KINDS = ("reversal", "firming", "softening")
WEIGHTS = ("subtract", "congruence", "conflict")
ONLY = ("conflicts",)
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878
QUERY_TIMEOUT = 300  # seconds; kg serve has its own default (kg.serve.TIMEOUT)


class _Group(click.Group):
    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KGError as exc:
            _error(str(exc))
            ctx.exit(exc.exit_code)
        except OSError as exc:  # the machine, not kg: a full disk, a read-only or missing directory
            where = f"{exc.filename}: " if getattr(exc, "filename", None) else ""
            _error(f"{where}{exc.strerror or exc}")
            ctx.exit(2)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except Exception as exc:  # a bug in kg: still one line, and the traceback only when asked for
            if os.environ.get("KG_DEBUG"):
                raise
            _error(f"internal error in 'kg {ctx.invoked_subcommand}': {type(exc).__name__}: {exc} "
                   "(a bug in kg; set KG_DEBUG=1 for the traceback and please report it with the input)")
            ctx.exit(2)


def _error(message: str) -> None:
    """Print an error as one line, whatever line breaks a quoted value carried into it."""
    click.echo("kg: error: " + message.replace("\r", "\\r").replace("\n", "\\n"), err=True)


def _store(ctx: click.Context):
    """The store the command works on, opened on first use (so commands without one import no RDF library)."""
    if "kg.store" not in ctx.meta:
        from .store import Store

        ctx.meta["kg.store"] = Store(ctx.meta["kg.location"])
    return ctx.meta["kg.store"]


def _set_location(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    if value is not None:
        ctx.meta["kg.location"] = value
        ctx.meta.pop("kg.store", None)


_STORE_HELP = ("Where the graph lives: a directory (embedded store), 'memory:', or sparql+http://HOST:PORT/PATH "
               "for a SPARQL 1.1 server. Env: KG_STORE.")


def _writable(path: Path) -> None:
    """Refuse an output path whose directory does not exist, before any work is done."""
    parent = path.parent
    if not parent.is_dir():
        raise KGError(f"cannot write {path}: no such directory {parent}")
    if path.is_dir():
        raise KGError(f"cannot write {path}: it is a directory")


@contextlib.contextmanager
def _writing(path: Path):
    """Turn a failed write (full disk, read-only file system, no permission) into one line naming the file."""
    try:
        yield
    except OSError as exc:
        raise KGError(f"cannot write {path}: {exc.strerror or exc}") from None


def _write_bytes(path: Path, data: bytes) -> None:
    with _writing(path):
        path.write_bytes(data)


@contextlib.contextmanager
def _deadline(seconds: float):
    """Stop the process with one line if the block runs longer than ``seconds`` (0: no limit).

    The engine cannot be interrupted from Python, so the process ends: a read-only
    command has nothing to leave half-done.
    """
    if not seconds:
        yield
        return

    def expire() -> None:
        click.echo(f"kg: error: the query did not finish within {seconds:g} s (--timeout to allow more)", err=True)
        sys.stderr.flush()
        os._exit(2)

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--store", "location", envvar="KG_STORE", default=DEFAULT_STORE, show_default=True, help=_STORE_HELP)
@click.version_option(package_name="kg")
@click.pass_context
def main(ctx: click.Context, location: str) -> None:
    """kg: who said what, who backs whom, who contradicts whom.

    Compiles annotated news articles into an RDF knowledge graph of actors, their
    statements and the propositions they take a stance on.

    \b
    Example:
      kg build                 # validate data/ and store the graph in .kg/store
      kg export --format trig -o graph.trig
    """
    ctx.meta["kg.location"] = location


@main.command()
@click.option("--data", "data_dir", type=click.Path(path_type=Path), default=Path("data"), show_default=True,
              help="The data directory: actors.yaml, propositions.yaml, articles/.")
@click.pass_context
def build(ctx: click.Context, data_dir: Path) -> None:
    """Validate the annotations in DATA and store them as the graph.

    Everything is checked first (YAML, ids, quotes at their offsets, dates, SHACL
    shapes); on any error nothing is written. Re-running gives the same graph.

    \b
    Example:
      kg build --data data
    """
    from . import ids
    from .build import build as build_graph

    store = _store(ctx)
    derived = store.exists() and str(ids.DERIVED_GRAPH) in store.named_graphs()
    summary = build_graph(data_dir, store)
    click.echo(f"built {_where(store)}: {summary}")
    if derived:
        click.echo("dropped the derived graph, which described the previous data: run 'kg infer' to renew it", err=True)


def _where(store) -> str:
    """The store's location as a message names it ('memory:' would read 'memory::')."""
    return store.location.rstrip(":")


def _progress(done: int, total: int) -> None:
    width = 30
    filled = width * done // max(total, 1)
    read = done >= total
    click.echo(f"\r  [{'#' * filled}{'.' * (width - filled)}] {done / 1e6:,.0f} of {total / 1e6:,.0f} MB"
               + (" read; indexing" if read else ""), err=True, nl=read)


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_context
def load(ctx: click.Context, file: Path) -> None:
    """Replace the whole store with the dataset in FILE (N-Quads or TriG).

    For an export of another kg store, or a generated corpus: the file is bulk-loaded
    into a fresh copy of the store, which replaces the old one in one step. Nothing
    is validated against the shapes; use 'kg build' for annotations.

    \b
    Example:
      kg export --format nq -o backup.nq && kg --store other/ load backup.nq
    """
    from .build import summary as graph_summary

    store = _store(ctx)
    store.load_dataset(file, progress=_progress if sys.stderr.isatty() else None)
    click.echo(f"loaded {file} into {_where(store)}: {graph_summary(store)}")


@main.command()
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default="trig", show_default=True,
              help="ttl merges all graphs; trig, nq and jsonld keep one named graph per article.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write here instead of stdout.")
@click.pass_context
def export(ctx: click.Context, fmt: str, output: Path | None) -> None:
    """Write the stored graph out as RDF.

    \b
    Example:
      kg export --format ttl -o graph.ttl
    """
    from .export import export as export_graph

    if output is not None:
        _writable(output)
    data = export_graph(_store(ctx), fmt)
    if output is None:
        sys.stdout.buffer.write(data)
    else:
        _write_bytes(output, data)
        click.echo(f"wrote {output} ({len(data)} bytes, {fmt})", err=True)


_VARIABLE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _param(values: tuple[str, ...]) -> dict[str, str]:
    params = {}
    for item in values:
        name, sep, value = item.partition("=")
        name = name.lstrip("?$")
        if not sep or not name:
            raise click.BadParameter(f"'{item}' is not NAME=VALUE", param_hint="--param")
        if not _VARIABLE.fullmatch(name):
            raise KGError(f"--param {item!r}: '{name}' is not a variable name (letters, digits and _)")
        params[name] = value
    return params


def _terminal_width() -> int | None:
    """The width tables must fit: the terminal's, or COLUMNS when output is not a terminal (else none)."""
    if sys.stdout.isatty():
        import shutil

        return shutil.get_terminal_size().columns
    columns = os.environ.get("COLUMNS", "")
    return int(columns) if columns.isdigit() and int(columns) > 0 else None


def _query_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise KGError(f"{path}: not UTF-8 text (byte {exc.object[exc.start]:#04x} at byte offset {exc.start})") from None


@main.command()
@click.argument("query", required=False)
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind a variable of the query to a value (repeatable); values are bound, never pasted in.")
@click.option("--format", "fmt", type=click.Choice(RESULT_FORMATS), default="table", show_default=True,
              help="table for people; csv, tsv and json are the SPARQL 1.1 results formats.")
@click.option("--list", "list_", is_flag=True, help="List the library's queries, one line each.")
@click.option("--timeout", type=click.FloatRange(min=0), default=QUERY_TIMEOUT, show_default=True, metavar="SECONDS",
              help="Stop a query that runs longer than this (0: no limit).")
@click.option("--allow-service", is_flag=True,
              help="Let SERVICE clauses make requests to other servers (refused by default).")
@click.pass_context
def query(ctx: click.Context, query: str | None, params: tuple[str, ...], fmt: str, list_: bool, timeout: float,
          allow_service: bool) -> None:
    """Run a SPARQL query: a library name, a .rq file, or inline text.

    The default graph is the union of all named graphs. Library queries declare their
    parameters in their header (see --list); an actor, proposition or statement
    parameter takes the id used in data/. For other queries a value in <angle
    brackets> is bound as an IRI and anything else as a string.

    \b
    Examples:
      kg query --list
      kg query contradictions --format json
      kg query statements_by_actor --param actor=peskov
      kg query my-question.rq
      kg query 'SELECT ?name WHERE { ?a <http://www.w3.org/2004/02/skos/core#prefLabel> ?name }'
    """
    from .queries import load as load_query
    from .queries import names as query_names
    from .queries import parse as parse_query
    from .queries import run as run_query
    from .results import render

    if list_:
        for name in query_names():
            q = load_query(name)
            args = " ".join(f"--param {p}=<{q.params[p].kind}>" for p in q.params)
            click.echo(f"{name:22} {q.summary}" + (f"  [{args}]" if args else ""))
        return
    if not query:
        raise click.UsageError("give a query (a library name, a .rq file or SPARQL text), or --list")
    path = Path(query)
    if query.endswith(".rq") and path.is_file():
        q, strict = parse_query(str(path), _query_text(path)), False
    elif query.endswith(".rq"):
        raise click.BadParameter(f"no such file: {query}", param_hint="QUERY")
    elif query.replace("_", "").isalnum():
        q, strict = load_query(query), True
    else:
        q, strict = parse_query("<inline>", query), False
    values = _param(params)
    with _deadline(timeout):
        result = run_query(_store(ctx), q, values, strict=strict, allow_service=allow_service)
        try:
            out = render(result, fmt, width=_terminal_width())
        except (RuntimeError, OSError, ValueError) as exc:  # raised by the engine while it evaluates
            raise KGError(f"{q.name}: {exc}") from None
    sys.stdout.buffer.write(out)


_LEVEL = click.option("--level", type=click.Choice(LEVELS), default="person", show_default=True,
                      help="Roll speakers up to the organisation or state they speak for on the statement's date.")
_ACTOR = click.option("--actor", metavar="ID", help="Only results this actor takes part in.")
_REPORT_FORMAT = click.option("--format", "fmt", type=click.Choice(REPORT_FORMATS), default="table", show_default=True)


def _list(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split(",") if v.strip()) if value else ()


def _include(value: str) -> tuple[str, ...]:
    from . import analysis

    return analysis.CONFLICT_GRADES + _list(value)


@main.command()
@_LEVEL
@_ACTOR
@click.option("--include", default="", metavar="GRADES",
              help="Also report these, comma-separated: unconfirmed, corroboration, opposing_calls.")
@_REPORT_FORMAT
@click.pass_context
def contradictions(ctx: click.Context, level: str, actor: str | None, include: str, fmt: str) -> None:
    """Who contradicts whom: statement pairs in conflict, graded, with evidence.

    'contradiction' means both speakers are certain, 'conflict' that one is only
    probable or possible, 'possible conflict' a conflict reached only through an
    alternative reading of a statement. Each result shows both quotes with dates and
    offsets and the entailment path that joined the two propositions. Opposing calls
    (directives, not facts) are reported only when asked for.

    \b
    Examples:
      kg contradictions
      kg contradictions --level state
      kg contradictions --actor peskov --include unconfirmed,corroboration --format json
      kg contradictions --include opposing_calls
    """
    from . import analysis, reports

    found = analysis.relations(_store(ctx), include=_include(include), level=level, actor=actor)
    click.echo(reports.render(found, fmt), nl=False)


@main.command()
@click.option("--level", type=click.Choice(["person", "state"]), default="person", show_default=True,
              help="Count between speakers, or between the states they speak for on each statement's date.")
@_ACTOR
@click.option("--top", type=click.IntRange(min=1), default=100, show_default=True, help="How many pairs to list.")
@_REPORT_FORMAT
@click.pass_context
def conflicts(ctx: click.Context, level: str, actor: str | None, top: int, fmt: str) -> None:
    """How many statement pairs conflict between each two speakers (or states), most first.

    The totals behind 'kg contradictions', without listing the pairs: read from the
    roll-up index written with an embedded store, so they stay fast on millions of
    statements (a SPARQL server is asked the library queries instead).

    \b
    Examples:
      kg conflicts --actor peskov
      kg conflicts --level state --format csv
    """
    from . import queries, reports
    from .analysis import totals

    store = _store(ctx)
    if level == "person":
        found, row_type = totals.actor_conflicts(store, actor=actor, limit=top), queries.ActorConflict
    else:
        found = [c for c in totals.state_conflicts(store) if actor in (None, c.state_a, c.state_b)][:top]
        row_type = queries.StateConflict
    click.echo(reports.render_totals(found, fmt, row_type), nl=False)


@main.command("stance-changes")
@_LEVEL
@_ACTOR
@click.option("--kind", default=",".join(KINDS), show_default=True, metavar="KINDS",
              help="Only these kinds of move, comma-separated: reversal, firming, softening.")
@_REPORT_FORMAT
@click.pass_context
def stance_changes(ctx: click.Context, level: str, actor: str | None, kind: str, fmt: str) -> None:
    """How actors (or states) moved on a proposition between two dates, with both statements.

    A reversal changes sides, a firming moves away from no-comment (cannot confirm ->
    confirmed), a softening toward it (fake news -> declines to deny). Two statements
    are ordered only when their dates (or date spans) do not overlap.

    \b
    Examples:
      kg stance-changes
      kg stance-changes --level state --kind firming,softening --format json
    """
    from . import analysis, reports

    found = analysis.stance_changes(_store(ctx), level=level, actor=actor, kinds=_list(kind))
    click.echo(reports.render(found, fmt, reports.stance_text), nl=False)


@main.command()
@click.option("--proposition", metavar="ID", help="Only statements that commit their speaker on this proposition.")
@_LEVEL
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Also draw the chart into this file: .png, .svg or .pdf.")
@click.pass_context
def timeline(ctx: click.Context, proposition: str | None, level: str, output: Path | None) -> None:
    """The story over time: every commitment on a proposition in date order, and a chart.

    A statement is on the timeline when it commits its speaker on the proposition,
    directly or through what it entails (or through an alternative reading, marked as
    such). Stance moves and conflicts between statements on it are listed after the
    table and drawn on the chart: one row per actor, time along x, colour by polarity,
    strength by certainty, date spans as bars.

    \b
    Examples:
      kg timeline --proposition nk_troops_in_russia
      kg timeline --proposition nk_troops_deployed_ukraine --level state -o deployment.png
    """
    from . import analysis, chart, reports

    t = analysis.timeline(_store(ctx), proposition=proposition, level=level)
    click.echo(reports.timeline_text(t), nl=False)
    if output is not None:
        chart.draw(t, output)
        click.echo(f"wrote {output}", err=True)


@main.command()
@click.pass_context
def infer(ctx: click.Context) -> None:
    """Materialise contradictions, corroborations and stance changes into the derived graph.

    Writes only https://w3id.org/kg/graph/derived, replacing it; asserted data is
    never modified. 'kg build' drops the derived graph, since it would be stale.

    \b
    Example:
      kg infer && kg query 'PREFIX kg: <https://w3id.org/kg/ontology#> SELECT * { ?a kg:contradicts ?b }'
    """
    from . import analysis

    counts = analysis.infer(_store(ctx))
    click.echo("derived " + ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in counts.items()))


@main.command()
@_LEVEL
@click.option("--weight", type=click.Choice(WEIGHTS), default="subtract", show_default=True,
              help="Tie weight: shared propositions agreed on (congruence), disagreed on (conflict), or the difference.")
@click.option("--normalize", type=click.Choice(["none", "jaccard", "cosine"]), default="none", show_default=True,
              help="Divide by the actors' numbers of propositions.")
@click.option("--export", "export_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the network as FILE.graphml or FILE.gexf, with every attribute.")
@click.pass_context
def network(ctx: click.Context, level: str, weight: str, normalize: str, export_path: Path | None) -> None:
    """The agreement/conflict network between actors, and the camps it splits into.

    Camps follow structural balance: the split that frustrates the least signed
    weight (ties of agreement across camps, of conflict within one).

    \b
    Examples:
      kg network --level state
      kg network --weight congruence --normalize jaccard --export actors.gexf
    """
    from . import analysis

    if export_path is not None:
        analysis.network.check_export_path(export_path)
        _writable(export_path)
    g = analysis.actor_network(_store(ctx), level=level, weight=weight,
                               normalize=None if normalize == "none" else normalize)
    members: dict[int, list[str]] = {}
    for node, camp in g.nodes(data="camp"):
        members.setdefault(camp, []).append(node)
    click.echo(f"{g.number_of_nodes()} actors, {g.number_of_edges()} ties at {level} level "
               f"(weight {weight}, normalisation {normalize})")
    for camp in sorted(members):
        label = "no camp (no signed tie)" if camp == -1 else f"camp {camp}"
        click.echo(f"  {label}: {', '.join(sorted(members[camp]))}")
    frustrated = sorted((u, v) for u, v, f in g.edges(data="frustrated") if f)
    click.echo(f"frustration {g.graph['frustration']}" +
               (f": {', '.join(f'{u}-{v}' for u, v in frustrated)}" if frustrated else " (the split is balanced)"))
    if export_path is not None:
        with _writing(export_path):
            analysis.export_network(g, export_path)
        click.echo(f"wrote {export_path}", err=True)


_DAY = click.DateTime(formats=["%Y-%m-%d"])



@main.command("viz")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=Path("graph.html"),
              show_default=True, help="The HTML file to write; it needs no network to open.")
@_LEVEL
@click.option("--statements", is_flag=True, help="Draw every statement as a node of its own, coloured by type.")
@click.option("--actor", metavar="ID", help="Only the ego network of this actor (at the chosen level).")
@click.option("--hops", type=click.IntRange(min=0), default=1, show_default=True, help="Radius of the ego network.")
@click.option("--since", type=_DAY, help="Only statements made on or after this day (YYYY-MM-DD).")
@click.option("--until", type=_DAY, help="Only statements made on or before this day (YYYY-MM-DD).")
@click.option("--only", type=click.Choice(ONLY), help="Only conflict and contradiction ties, and the actors in them.")
@click.pass_context
def viz_command(ctx: click.Context, output: Path, level: str, statements: bool, actor: str | None, hops: int,
                since, until, only: str | None) -> None:
    """Draw the graph as an interactive HTML network that works offline.

    Actors are shaped and coloured by kind and sized by how much they said; ties are
    coloured by relation (contradiction, conflict, corroboration, unconfirmed,
    affiliation). Clicking an actor or a tie opens its evidence: quotes in their
    sentences, dates, commitment, sources. The page also has a date window, each
    proposition's camps, and, above 300 nodes, an overview of clusters.

    \b
    Examples:
      kg viz -o graph.html
      kg viz --level state --only conflicts -o states.html
      kg viz --actor peskov --hops 2 --since 2024-10-01 --until 2024-10-31
    """
    from . import viz
    from .viewgraph import ViewOptions

    _writable(output)
    options = ViewOptions(level=level, statements=statements, actor=actor, hops=hops,
                          since=since.date() if since else None, until=until.date() if until else None, only=only)
    with _writing(output):
        g = viz.write_html(_store(ctx), output, options)
    click.echo(f"wrote {output}: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges")


@main.command()
@click.option("--host", default=DEFAULT_HOST, show_default=True,
              help="Interface to listen on; anything but a loopback address exposes the graph to the network.")
@click.option("--port", type=click.IntRange(1, 65535), default=DEFAULT_PORT, show_default=True)
@click.option("--timeout", type=click.FloatRange(min=1), default=30, show_default=True, metavar="SECONDS",
              help="Abandon a query that runs longer than this.")
@click.option("--allow-service", is_flag=True,
              help="Let SERVICE clauses make requests to other servers on a query's behalf (refused by default).")
@click.pass_context
def serve(ctx: click.Context, host: str, port: int, timeout: float, allow_service: bool) -> None:
    """Serve the local graph as a read-only SPARQL endpoint (Oxigraph's server).

    The default graph is the union of all named graphs. Queries are checked first:
    SERVICE and deeply nested queries are refused, and a query is abandoned after
    --timeout seconds. Ctrl-C, SIGTERM or SIGHUP stop it (exit 0); restart after a
    build to serve the new graph.

    \b
    Example:
      kg serve --port 7878      # then query http://127.0.0.1:7878/query
    """
    from . import serve as serving

    if not serving.is_loopback(host):
        click.echo(f"kg: warning: {host} is not a loopback address: anyone who can reach this machine on port "
                   f"{port} can query the graph", err=True)
    store = _store(ctx)

    def ready(url: str) -> None:
        click.echo(f"serving {_where(store)} read-only at {url} (Ctrl-C stops)", err=True)

    ctx.exit(serving.serve(store, host, port, timeout=timeout, allow_service=allow_service, ready=ready))


def _write_draft(draft, output: Path | None) -> None:
    text = draft.to_yaml()
    if output is None:
        click.echo(text, nl=False)
    else:
        _write_bytes(output, text.encode("utf-8"))
        click.echo(f"wrote {output}: {_count(len(draft.statements), 'statement')}, "
                   f"{_count(len(draft.actors), 'new actor')}, "
                   f"{_count(len(draft.propositions), 'new proposition')} to review", err=True)
    if draft.article.get("published") is None:
        click.echo("note: no --date given: relative dates are left unresolved, and the draft's 'published' "
                   "must be filled in before 'kg eval' or 'kg build' will read it", err=True)


def _count(n: int, noun: str) -> str:
    """``1 statement``, ``2 statements``."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


_ARTICLE = click.argument("article", type=click.Path(exists=True, dir_okay=False, path_type=Path))
_DATA = click.option("--data", "data_dir", type=click.Path(path_type=Path), default=Path("data"), show_default=True,
                     help="Link speakers and propositions to those of this data directory.")
_META = [
    click.option("--date", "published", type=_DAY, help="The article's publication date (YYYY-MM-DD); dates resolve against it."),
    click.option("--outlet", metavar="ID", help="The publishing outlet's actor id."),
    click.option("--title", help="The article's title."),
]


def _meta(f):
    for option in reversed(_META):
        f = option(f)
    return f


@main.command("extract")
@_ARTICLE
@_meta
@_DATA
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write the draft here (default: stdout).")
@click.option("--explain", is_flag=True, help="Also show, per statement, the cue, rule and words that produced it "
              "and the ranked candidate propositions (on stderr when the draft goes to stdout).")
def extract_command(article: Path, published, outlet: str | None, title: str | None, data_dir: Path,
                    output: Path | None, explain: bool) -> None:
    """Draft an annotation of a raw article: attributed statements to review.

    Rule-based and offline. Every statement is marked 'review: pending' with a
    confidence; new actors and propositions are proposed, never added silently.

    \b
    Example:
      kg extract article.txt --date 2024-10-21 --title "…" -o draft.yaml
      kg extract article.txt --date 2024-10-21 --explain -o draft.yaml
    """
    from .extract import extract_file

    if output is not None:
        _writable(output)
    relative = os.path.relpath(article.resolve(), (output.resolve().parent if output else Path.cwd()))
    draft = extract_file(article, data_dir, published.date() if published else None, outlet, title, relative)
    _write_draft(draft, output)
    if explain:
        click.echo(draft.explain(), nl=False, err=output is None)


@main.command()
@_ARTICLE
@_meta
@_DATA
def add(article: Path, published, outlet: str | None, title: str | None, data_dir: Path) -> None:
    """Copy an article into DATA/articles and write its draft annotation beside it.

    The draft is ARTICLE.draft.yaml, which 'kg build' leaves out: review it, delete
    the 'review: pending' lines, and rename it to ARTICLE.yaml.

    \b
    Example:
      kg add new-article.txt --date 2024-11-05 --title "North Korean troops in Kursk"
    """
    from .annotations import DRAFT_SUFFIX
    from .extract import extract_file

    draft = extract_file(article, data_dir, published.date() if published else None, outlet, title)
    target = data_dir / "articles" / f"{draft.article['id']}.txt"
    if target.exists():
        raise KGError(f"{target}: an article with this id is already in the data directory")
    with _writing(target):
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(article.read_bytes())
    draft.article["text"] = target.name
    _write_draft(draft, target.with_name(f"{draft.article['id']}{DRAFT_SUFFIX}"))


@main.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("draft", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--data", "data_dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="The registry the draft was made against (default: the directory above GOLD's articles/).")
def eval_command(gold: Path, draft: Path, fmt: str, data_dir: Path | None) -> None:
    """Score a draft annotation against a reviewed one: precision, recall, F1, accuracies.

    \b
    Example:
      kg eval data/articles/seed.yaml draft.yaml
    """
    import json

    from .evaluate import evaluate

    scores = evaluate(gold, draft, data_dir)
    click.echo(json.dumps(scores.as_dict(), indent=2) if fmt == "json" else str(scores))


def _accept_store_everywhere() -> None:
    """Give every command its own --store, so 'kg query summary --store memory:' works as the README says."""
    for command in main.commands.values():
        command.params.append(click.Option(["--store", "store_location"], metavar="LOCATION", expose_value=False,
                                           callback=_set_location, help=_STORE_HELP))


_accept_store_everywhere()

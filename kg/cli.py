"""The ``kg`` command: a thin layer that parses arguments and calls the library.

Every error kg raises on purpose (:class:`~kg.errors.KGError`) is printed as one line,
``kg: error: FILE:LINE: message``, with exit code 2; anything else is a bug and keeps
its traceback.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from . import analysis, reports, viz
from . import serve as serving
from .annotations import DRAFT_SUFFIX
from .build import build as build_graph
from .build import summary as graph_summary
from .errors import KGError
from .evaluate import evaluate
from .export import FORMATS
from .export import export as export_graph
from .extract import extract_file
from .queries import load as load_query
from .queries import names as query_names
from .queries import parse as parse_query
from .queries import run as run_query
from .results import FORMATS as RESULT_FORMATS
from .results import render
from .store import DEFAULT_LOCATION, Store
from .viewgraph import ONLY, ViewOptions


class _Group(click.Group):
    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KGError as exc:
            click.echo(f"kg: error: {exc}", err=True)
            ctx.exit(exc.exit_code)


def _store(ctx: click.Context) -> Store:
    return ctx.find_object(Store)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--store", "location", envvar="KG_STORE", default=str(DEFAULT_LOCATION), show_default=True,
              help="Where the graph lives: a directory (embedded store), 'memory:', or sparql+http://HOST:PORT/PATH "
                   "for a SPARQL 1.1 server. Env: KG_STORE.")
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
    ctx.obj = Store(location)


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
    summary = build_graph(data_dir, _store(ctx))
    click.echo(f"built {_store(ctx).location}: {summary}")


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
    store = _store(ctx)
    store.load_dataset(file, progress=_progress if sys.stderr.isatty() else None)
    click.echo(f"loaded {file} into {store.location}: {graph_summary(store)}")


@main.command()
@click.option("--format", "fmt", type=click.Choice(list(FORMATS)), default="trig", show_default=True,
              help="ttl merges all graphs; trig, nq and jsonld keep one named graph per article.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write here instead of stdout.")
@click.pass_context
def export(ctx: click.Context, fmt: str, output: Path | None) -> None:
    """Write the stored graph out as RDF.

    \b
    Example:
      kg export --format ttl -o graph.ttl
    """
    data = export_graph(_store(ctx), fmt)
    if output is None:
        sys.stdout.buffer.write(data)
    else:
        output.write_bytes(data)
        click.echo(f"wrote {output} ({len(data)} bytes, {fmt})", err=True)


def _param(values: tuple[str, ...]) -> dict[str, str]:
    params = {}
    for item in values:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"'{item}' is not NAME=VALUE", param_hint="--param")
        params[name.lstrip("?$")] = value
    return params


@main.command()
@click.argument("query", required=False)
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind a variable of the query to a value (repeatable); values are bound, never pasted in.")
@click.option("--format", "fmt", type=click.Choice(RESULT_FORMATS), default="table", show_default=True,
              help="table for people; csv, tsv and json are the SPARQL 1.1 results formats.")
@click.option("--list", "list_", is_flag=True, help="List the library's queries, one line each.")
@click.pass_context
def query(ctx: click.Context, query: str | None, params: tuple[str, ...], fmt: str, list_: bool) -> None:
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
        q, strict = parse_query(str(path), path.read_text(encoding="utf-8")), False
    elif query.endswith(".rq"):
        raise click.BadParameter(f"no such file: {query}", param_hint="QUERY")
    elif query.replace("_", "").isalnum():
        q, strict = load_query(query), True
    else:
        q, strict = parse_query("<inline>", query), False
    result = run_query(_store(ctx), q, _param(params), strict=strict)
    sys.stdout.buffer.write(render(result, fmt))


_LEVEL = click.option("--level", type=click.Choice(analysis.LEVELS), default="person", show_default=True,
                      help="Roll speakers up to the organisation or state they speak for on the statement's date.")
_ACTOR = click.option("--actor", metavar="ID", help="Only results this actor takes part in.")
_REPORT_FORMAT = click.option("--format", "fmt", type=click.Choice(reports.FORMATS), default="table", show_default=True)


def _include(value: str) -> tuple[str, ...]:
    extra = tuple(v.strip() for v in value.split(",") if v.strip()) if value else ()
    return analysis.CONFLICT_GRADES + extra


@main.command()
@_LEVEL
@_ACTOR
@click.option("--include", default="", metavar="GRADES",
              help="Also report these, comma-separated: unconfirmed, corroboration.")
@_REPORT_FORMAT
@click.pass_context
def contradictions(ctx: click.Context, level: str, actor: str | None, include: str, fmt: str) -> None:
    """Who contradicts whom: statement pairs in conflict, graded, with evidence.

    'contradiction' means both speakers are certain, 'conflict' that one is only
    probable or possible. Each result shows both quotes with dates and offsets and
    the entailment path that joined the two propositions.

    \b
    Examples:
      kg contradictions
      kg contradictions --level state
      kg contradictions --actor peskov --include unconfirmed,corroboration --format json
    """
    found = analysis.relations(_store(ctx), include=_include(include), level=level, actor=actor)
    click.echo(reports.render(found, fmt), nl=False)


@main.command("stance-changes")
@_LEVEL
@_ACTOR
@_REPORT_FORMAT
@click.pass_context
def stance_changes(ctx: click.Context, level: str, actor: str | None, fmt: str) -> None:
    """Actors (or states) committed both ways at different dates, with both statements.

    \b
    Examples:
      kg stance-changes
      kg stance-changes --level state --format json
    """
    found = analysis.stance_changes(_store(ctx), level=level, actor=actor)
    click.echo(reports.render(found, fmt, reports.stance_text), nl=False)


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
    counts = analysis.infer(_store(ctx))
    click.echo("derived " + ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in counts.items()))


@main.command()
@_LEVEL
@click.option("--weight", type=click.Choice(analysis.network.WEIGHTS), default="subtract", show_default=True,
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
    options = ViewOptions(level=level, statements=statements, actor=actor, hops=hops,
                          since=since.date() if since else None, until=until.date() if until else None, only=only)
    g = viz.write_html(_store(ctx), output, options)
    click.echo(f"wrote {output}: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges")


@main.command()
@click.option("--host", default=serving.DEFAULT_HOST, show_default=True,
              help="Interface to listen on; anything but 127.0.0.1 exposes the graph to the network.")
@click.option("--port", type=click.IntRange(1, 65535), default=serving.DEFAULT_PORT, show_default=True)
@click.pass_context
def serve(ctx: click.Context, host: str, port: int) -> None:
    """Serve the local graph as a read-only SPARQL endpoint (Oxigraph's server).

    The default graph is the union of all named graphs. Stop with Ctrl-C; restart
    after a build to serve the new graph.

    \b
    Example:
      kg serve --port 7878      # then query http://127.0.0.1:7878/query
    """
    command = serving.serve_command(_store(ctx), host, port)
    click.echo(f"serving {_store(ctx).location} read-only at http://{host}:{port}/query (Ctrl-C stops)", err=True)
    ctx.exit(serving.run(command))


def _write_draft(draft, output: Path | None) -> None:
    text = draft.to_yaml()
    if output is None:
        click.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")
        click.echo(f"wrote {output}: {len(draft.statements)} statements, {len(draft.actors)} new actors, "
                   f"{len(draft.propositions)} new propositions to review", err=True)
    if draft.article.get("published") is None:
        click.echo("note: no --date given: relative dates are left unresolved, and the draft's 'published' "
                   "must be filled in before 'kg eval' or 'kg build' will read it", err=True)


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
    draft = extract_file(article, data_dir, published.date() if published else None, outlet, title)
    target = data_dir / "articles" / f"{draft.article['id']}.txt"
    if target.exists():
        raise KGError(f"{target}: an article with this id is already in the data directory")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(article.read_text(encoding="utf-8"), encoding="utf-8")
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
    scores = evaluate(gold, draft, data_dir)
    click.echo(json.dumps(scores.as_dict(), indent=2) if fmt == "json" else str(scores))

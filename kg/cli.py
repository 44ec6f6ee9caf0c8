"""The ``kg`` command: a thin layer that parses arguments and calls the library.

Every error kg raises on purpose (:class:`~kg.errors.KGError`) is printed as one line,
``kg: error: FILE:LINE: message``, with exit code 2; anything else is a bug and keeps
its traceback.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .build import build as build_graph
from .errors import KGError
from .export import FORMATS, export as export_graph
from .store import DEFAULT_LOCATION, Store


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
              help="Where the graph lives: a directory for the embedded store, or 'memory:'. Env: KG_STORE.")
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

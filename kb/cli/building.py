"""Commands that make what is published: kb build, kb schema, kb metadata, kb serve."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from kb.builder.metadata import configuration_is_current, is_current, write_metadata
from kb.cli.common import State, base_url_option, pass_state, progress_bar, user_errors, utc_now
from kb.events.query import parse_as_of
from kb.events.schema import stale_schemas, write_schemas


def default_workers() -> int:
    """The worker processes of kb build unless told: one per CPU, at most 4."""
    return min(os.cpu_count() or 1, 4)


@click.command(name="build")
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Database file (default: kb.db in the knowledge base)",
)
@click.option("--full", is_flag=True, help="Rebuild from scratch instead of adding the new events")
@click.option(
    "--as-of", help="Only events recorded up to this UTC time (2025-05-01 or 2025-05-01T12:00:00Z): what was known then"
)
@click.option("--strict", is_flag=True, help="Fail, leaving the database as it was, if the build finds any problem")
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=default_workers,
    show_default="the number of CPUs, at most 4",
    help="Processes that read and check the event files, then excerpts and quotes, of a large build (1: this one only)",
)
@user_errors
@pass_state
def build_(state: State, db_path: Path | None, full: bool, as_of: str | None, strict: bool, workers: int) -> None:
    """Project the events into SQLite (kb.db), for searching and publishing.

    Adds only the new events when kb.db exists (the result is the same as a full build);
    always swaps in a complete database, so an interrupted build leaves the old one whole.
    Problems found (dangling references, quotes not in their source) go into _problems.

    Example:

        kb build && sqlite-utils tables kb.db --counts
    """
    from kb.builder.build import build  # here, not at the top: sqlite-utils' import slows every other command

    with progress_bar("Building") as bar:
        result = build(
            state.kb,
            db_path,
            full=full,
            as_of=parse_as_of(as_of) if as_of else None,
            strict=strict,
            now=utc_now,
            progress=bar.update,
            on_total=bar.set_total,
            workers=workers,
        )
    click.echo(str(result))


@click.command(name="schema")
@click.option("--check", is_flag=True, help="Only check that schema/ is up to date; exit 1 if not")
@click.option(
    "--dir",
    "folder",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("schema"),
    show_default=True,
    help="Where to write the schemas",
)
@user_errors
def schema_(check: bool, folder: Path) -> None:
    """Write the JSON Schemas of the event files into schema/.

    One <type>.schema.json per type of event, and event.schema.json for any event file.

    Example:

        kb schema && git diff schema/
    """
    if check:
        stale = stale_schemas(folder)
        if stale:
            raise click.ClickException(f"{folder} is out of date ({', '.join(stale)}) — run `kb schema`")
        click.echo(f"{folder} is up to date")
        return
    for path in write_schemas(folder):
        click.echo(f"wrote {path}")


@click.command(name="metadata")
@click.option(
    "--check", is_flag=True, help="Only check that metadata.json and datasette.yaml are up to date; exit 1 if not"
)
@user_errors
@pass_state
def metadata_(state: State, check: bool) -> None:
    """Write metadata.json and datasette.yaml, Datasette's configuration of the knowledge base.

    Generated from the code: table and column descriptions (from the event models), facets,
    full-text search, labels, sort orders and canned queries. Do not edit them by hand.
    Datasette 0.65 reads it all from metadata.json; 1.0 reads the table settings and canned
    queries from datasette.yaml (datasette -c datasette.yaml).

    Example:

        kb metadata && git diff metadata.json datasette.yaml
    """
    if check:
        stale = [
            name
            for name, current in (("metadata.json", is_current), ("datasette.yaml", configuration_is_current))
            if not current(state.kb)
        ]
        if stale:
            verb = "is" if len(stale) == 1 else "are"
            raise click.ClickException(f"{' and '.join(stale)} {verb} out of date — run `kb metadata`")
        click.echo("metadata.json and datasette.yaml are up to date")
        return
    write_metadata(state.kb)
    click.echo(f"wrote {state.kb.relative(state.kb.metadata_path)} and datasette.yaml")


@click.command(name="serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on")
@click.option("--port", default=8001, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on")
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Database file (default: kb.db in the knowledge base)",
)
@click.option(
    "--workers",
    type=click.IntRange(1, 64),  # more processes than that would exhaust a machine's memory, not serve faster
    default=lambda: min(os.cpu_count() or 1, 64),
    show_default="the number of CPUs",
    help="Server processes (Gunicorn with Uvicorn workers) sharing the port; 1: `datasette serve` alone",
)
@base_url_option
@user_errors
@pass_state
def serve_(state: State, host: str, port: int, db_path: Path | None, workers: int, base_url: str | None) -> None:
    """Publish the knowledge base in Datasette, read-only, building it first if needed.

    Faceted search of the claims, a page per event with its citation (/-/event/ID), timelines
    of the negotiations (/-/timelines) and charts of the figures (/-/charts), feeds of new claims
    (/kb/new_claims.atom) and of meetings (/kb/calendar.ics), whose permalinks start with
    --base-url when the site is published under an address of its own. The site is live:
    events added (kb add, kb import) or a kb build are served within a second or two.

    Example:

    \b
        kb serve --port 8001    # then open http://127.0.0.1:8001/kb/claims
        kb serve --host 0.0.0.0 --base-url https://negotiations.example.org
    """
    from kb.serve.live import serve
    from kb.serve.runner import check_port_free, prepare  # here, not at the top: see build_

    check_port_free(host, port)
    plan = prepare(state.kb, db_path, host=host, port=port, now=utc_now, workers=workers, base_url=base_url)
    click.echo(str(plan.build), err=True)
    processes = f" in {workers} processes" if workers > 1 else ""
    click.echo(f"Serving {plan.db.name} at http://{host}:{port}/{processes} (Ctrl-C to stop)", err=True)
    sys.exit(serve(state.kb, plan, utc_now))


COMMANDS = [build_, schema_, metadata_, serve_]

"""Commands that publish and export: kb package, kb export."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kb.cli.common import State, db_option, pass_state, user_errors, utc_now


@click.command(name="package")
@click.argument("folder", type=click.Path(path_type=Path))
@db_option
@user_errors
@pass_state
def package_(state: State, folder: Path, db_path: Path | None) -> None:
    """Write a folder any container host runs read-only: kb.db, configuration, wheel, Dockerfile.

    It holds the built database, metadata.json, the inspect file, the kb wheel, the exact
    versions of the packages kb runs on with their files' hashes (requirements.txt), a Dockerfile serving it all
    read-only, and a README saying how to run any number of replicas behind a load balancer.

    Example:

    \b
        kb package site && cd site && docker build -t kb-site . && docker run -p 8001:8001 kb-site
    """
    from kb.builder.build import build  # here, not at the top: sqlite-utils' import slows every other command
    from kb.serve.package import package

    state.kb.refuse_output_inside(folder)
    db = build(state.kb, db_path, now=utc_now).db
    click.echo(str(package(state.kb, db, folder)))


@click.command(name="export")
@click.argument("table", default="claims")
@click.option(
    "--format", "fmt", type=click.Choice(["csv", "jsonl"]), default="csv", show_default=True, help="CSV or JSON Lines"
)
@click.option("--all", "everything", is_flag=True, help="Also retracted and corrected claims (default: current ones)")
@click.option(
    "--output-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Write claims and every kind's table into this folder, as <table>.csv or <table>.jsonl",
)
@db_option
@user_errors
@pass_state
def export_(
    state: State, table: str, fmt: str, everything: bool, output_dir: Path | None, db_path: Path | None
) -> None:
    """Export current claims (or a kind's table: statements, meetings, …) as CSV or JSON Lines.

    Read from kb.db, brought up to date first; one row a claim, ordered by ID. Current claims
    are those neither retracted nor corrected.

    Example:

    \b
        kb export > claims.csv
        kb export statements --format jsonl --all > statements.jsonl
        kb export --output-dir export/
    """
    from kb.builder.build import build  # here, not at the top: see package_
    from kb.builder.export import export_all, rows, write

    if output_dir is not None:
        state.kb.refuse_output_inside(output_dir)
    db = build(state.kb, db_path, now=utc_now).db
    if output_dir is not None:
        for path, count in export_all(db, output_dir, fmt, everything=everything).items():
            click.echo(f"wrote {path} ({count} rows)")
        return
    columns, records = rows(db, table, everything=everything)
    write(columns, records, fmt, sys.stdout)


COMMANDS = [package_, export_]

"""Commands that cite: kb cite, kb bib."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click

from kb.builder.metadata import title as metadata_title
from kb.cite.citations import Citations
from kb.cite.keys import cited_keys, pandoc_cited_keys
from kb.cite.outputs import OUTPUTS
from kb.cli.common import State, base_url_option, db_option, pass_state, user_errors, utc_now
from kb.events.query import locate
from kb.events.verify import check_citation


@contextlib.contextmanager
def citations(state: State, db_path: Path | None, base_url: str | None = None) -> Iterator[Citations]:
    """Citations read from the knowledge base's database, built or updated first (quietly)."""
    from kb.builder.build import build  # here, not at the top: see build_

    db = build(state.kb, db_path, now=utc_now).db
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
        yield Citations(conn, archive=metadata_title(state.kb), base_url=base_url)


@click.command(name="cite")
@click.argument("event_ids", nargs=-1, required=True, metavar="ID [ID ...]")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(list(OUTPUTS)),
    default="text",
    show_default=True,
    help="; ".join(f"{output.name}: {output.description}" for output in OUTPUTS.values()),
)
@click.option(
    "--verify",
    "check",
    is_flag=True,
    help="Instead, check from the files that each event is exactly what was recorded and that its words are in "
    "its sources' texts; exit 1 if anything does not hold",
)
@db_option
@base_url_option
@user_errors
@pass_state
def cite(
    state: State, event_ids: tuple[str, ...], fmt: str, check: bool, db_path: Path | None, base_url: str | None
) -> None:
    """Cite claims or sources by event ID (or unique ID prefix).

    The citation names who (with the post held then), what, when, where it was reported,
    whether it was retracted or corrected since, and the event ID: the key for [@ev-…] in
    Markdown.

    Example:

    \b
        kb cite ev-ahj4 --format markdown
        kb cite --verify ev-ahj4z7q5zqzqo7j6
    """
    if check:
        results = []
        for prefix in event_ids:
            path = locate(state.kb, prefix)
            click.echo(path.stem)
            for result in check_citation(state.kb, path):
                results.append(result.holds)
                click.echo(f"  {result}")
        if False in results:
            failed = results.count(False)
            raise click.ClickException(f"{failed} of {len(results)} checks failed — see FAILS above")
        unchecked = f" ({results.count(None)} could not be made here)" if None in results else ""
        click.echo(f"OK: {results.count(True)} checks hold{unchecked}")
        return
    with citations(state, db_path, base_url) as found:
        click.echo(OUTPUTS[fmt].render(found, [found.resolve(prefix) for prefix in event_ids]))


@click.command(name="bib")
@click.option(
    "-o",
    "--output",
    type=click.File("w", encoding="utf-8", lazy=True),
    default="-",
    help="Write the bibliography to FILE (default: standard output)",
)
@click.option(
    "--cited-in",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Only the events this Markdown file cites ([@ev-…], @ev-…, nocite), as pandoc finds them, and their sources",
)
@db_option
@base_url_option
@user_errors
@pass_state
def bib(state: State, output: Any, cited_in: Path | None, db_path: Path | None, base_url: str | None) -> None:
    """Write a CSL-JSON bibliography for pandoc --citeproc or Zotero.

    Of every claim and source, or only of those a Markdown document cites, and their sources.

    Example:

    \b
        kb bib --cited-in report.md -o report.json --base-url https://negotiations.example.org
        pandoc report.md --citeproc --bibliography report.json -o report.html
    """
    keys = _keys_cited_in(cited_in) if cited_in else None
    with citations(state, db_path, base_url) as found:
        if keys is not None and "*" in keys:  # nocite: '@*' cites everything
            keys = None
        items = found.bibliography(keys, where=str(cited_in))
    output.write(json.dumps(items, indent=2, ensure_ascii=False) + "\n")


def _keys_cited_in(path: Path) -> list[str]:
    """The event IDs the document cites, as pandoc finds them (or close to it, without pandoc)."""
    keys = pandoc_cited_keys(path)
    if keys is None:
        click.echo(
            "kb bib: pandoc is not installed: citation keys found by kb's own reading of the Markdown, which can "
            "differ from pandoc's in rare cases (install pandoc to be exact)",
            err=True,
        )
        keys = cited_keys(path.read_text(encoding="utf-8"))
    return keys


COMMANDS = [cite, bib]

"""Commands that read the event files: kb show, kb log, kb verify."""

from __future__ import annotations

import csv
import itertools
import json
import os
import sys
from collections.abc import Callable, Iterator
from typing import Any

import click

from kb.cli.common import State, emit, output_options, pass_state, user_errors, utc_now
from kb.events import models
from kb.events.ids import file_bytes
from kb.events.query import LogFilter, fields_for_people, find, history, log, parse_as_of
from kb.events.verify import Problem, changed_since, verify
from kb.model.render import summary


@click.command()
@click.argument("event_id")
@click.option("--json", "as_json", is_flag=True, help="Print the event file's JSON")
@user_errors
@pass_state
def show(state: State, event_id: str, as_json: bool) -> None:
    """Show one event, by ID or unique ID prefix, and what later events did to it.

    Its corrections and retractions with their reasons, its corroborations with their sources,
    and the links that name it (the same claim recorded twice, or accounts that disagree).

    Example:

        kb show ev-3k7m
    """
    event = find(state.kb, event_id)
    if as_json:
        click.echo(file_bytes(event).decode("utf-8"), nl=False)
        return
    click.echo(f"{event['id']}  {event['type']}")
    click.echo(f"  {summary(event)}")
    for name, value in fields_for_people(event):
        if name not in ("id", "type"):
            click.echo(f"  {name}: {value}")
    for line in history(state.kb, event["id"]):
        click.echo(f"  {line}")


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    try:
        return value if value is None else models.real_date(value)
    except ValueError as error:
        raise click.BadParameter(str(error)) from None


@click.command(name="log")
@click.option(
    "--type",
    "types",
    multiple=True,
    type=click.Choice(list(models.MODELS)),
    help="Only events of this type (repeatable)",
)
@click.option("--negotiation", help="Only claims of this negotiation (entity key)")
@click.option("--entity", help="Only events that refer to this entity (key)")
@click.option(
    "--since",
    callback=_date,
    help="Only claims that occurred on or after this date (2025, 2025-04, 2025-04-18)",
)
@click.option("--until", callback=_date, help="Only claims that occurred on or before this date")
@click.option("--as-of", help="Only events recorded up to this UTC date or time: what the knowledge base knew then")
@click.option("--limit", type=click.IntRange(min=0), help="At most this many events (the newest)")
@click.option("--csv", "fmt", flag_value="csv", help="Output CSV: id, recorded_at, type, occurred_at, summary")
@output_options
@user_errors
@pass_state
def log_(
    state: State,
    types: tuple[str, ...],
    negotiation: str | None,
    entity: str | None,
    since: str | None,
    until: str | None,
    as_of: str | None,
    limit: int | None,
    fmt: str | None,
) -> None:
    """List events, newest recorded first, as they are read (from kb.db, brought up to date first).

    Example:

        kb log --type statement --entity ryosei-akazawa --since 2025-04 --limit 10
    """
    from kb.builder.build import build  # here, not at the top: sqlite-utils' import slows every other command

    known_then = parse_as_of(as_of) if as_of else None
    db = build(state.kb, now=utc_now).db
    limit = limit if limit is None else min(limit, sys.maxsize)  # islice's largest
    events = itertools.islice(log(db, LogFilter(types, negotiation, entity, since, until, known_then)), limit)
    emit_stream(
        events, fmt, lambda event: f"{event['id']}  {event['recorded_at'][:10]}  {event['type']:<11}  {summary(event)}"
    )


def emit_stream(rows: Iterator[dict[str, Any]], fmt: str | None, for_people: Callable[[dict[str, Any]], str]) -> None:
    """``emit``, a row at a time (the same JSON array), and CSV; quiet when a pipe closes early (`| head`)."""
    out = sys.stdout
    try:
        if fmt == "json":
            first = True
            for row in rows:
                item = json.dumps(row, indent=2, ensure_ascii=False).replace("\n", "\n  ")
                out.write(("[\n  " if first else ",\n  ") + item)
                first = False
            out.write("[]\n" if first else "\n]\n")
        elif fmt == "csv":
            from kb.builder.csv_cells import safe_cell  # no cell a spreadsheet would run

            writer = csv.writer(out)
            writer.writerow(LOG_CSV_COLUMNS)
            for row in rows:
                body = row.get("replacement", row)
                when = body.get("occurred_at") or body.get("published_at") or ""
                writer.writerow([row["id"], row["recorded_at"], row["type"], when, safe_cell(summary(row))])
        else:
            emit(rows, fmt, for_people)  # type: ignore[arg-type]  # emit only iterates
        out.flush()
    except BrokenPipeError:
        # The reader has what it wanted: stop, and let Python not complain at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


LOG_CSV_COLUMNS = ("id", "recorded_at", "type", "occurred_at", "summary")


@click.command(name="verify")
@click.option("--since", "revision", help="Also fail if any event file was modified or deleted since this git revision")
@output_options
@user_errors
@pass_state
def verify_(state: State, revision: str | None, fmt: str | None) -> None:
    """Check every event file, reference, quote and snapshot; exit 1 if anything is wrong.

    Names every problem: a file whose name or id does not match its content's hash, an
    invalid event, a dangling reference, a duplicate entity key, a quote not found in its
    source's text, a snapshot missing or not matching its hash. With --since, also every
    event file modified or deleted in git since that revision (review a pull request with it).
    A temporary file left by an append or import that was killed is named and removed.
    With --json (or --nl), the problems as JSON objects {"where": …, "message": …, "cleared": …} on
    standard output, for CI; the summary goes to standard error.

    Example:

    \b
        kb verify --since origin/main
        kb verify --json > problems.json
    """
    problems = verify(state.kb)
    if revision:
        problems = itertools.chain(changed_since(state.kb, revision), problems)
    found = list(problems)
    emit(
        [{"where": problem.where, "message": problem.message, "cleared": problem.cleared} for problem in found],
        fmt,
        lambda row: str(Problem(row["where"], row["message"])),
    )
    events = sum(1 for _ in state.kb.paths())
    failed = sum(not problem.cleared for problem in found)  # what verify put right itself is named, not failed
    if failed:
        raise click.ClickException(f"{failed} problem{'s' if failed != 1 else ''} in {events} event files")
    click.echo(f"OK: {events} event files verified", err=fmt is not None)


COMMANDS = [show, log_, verify_]

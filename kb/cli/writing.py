"""Commands that append events: kb add TYPE, kb retract, kb import (kb correct and kb corroborate:
kb.cli.correcting, whose options are made from kinds' fields, only when one of them is run)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import click

from kb.cli.common import (
    CONTEXT,
    MAX_IMPORT_LINE,
    MAX_SNAPSHOT_BYTES,
    NEW_HELP,
    State,
    file_name,
    new_option,
    pass_state,
    read_limited,
    user_errors,
)
from kb.errors import KbError
from kb.events import amend, models
from kb.events.append import without_notes
from kb.events.payload import FieldOption, field_options, payload_from_options
from kb.events.query import find
from kb.events.safefile import display
from kb.events.store import normalised_snapshot, parse_json_object
from kb.model.kind import kind_named


class _AddGroup(click.Group):
    """``kb add TYPE``: each type's command made when asked for (its options come from its model)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(models.MODELS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in models.MODELS:  # the registry's kinds, now: not a command made for an earlier one
            return None
        if cmd_name not in self.commands:
            self.add_command(_add_command(cmd_name))
        return self.commands[cmd_name]


@click.group(cls=_AddGroup)
def add() -> None:
    """Append one event of the given type; prints its ID.

    Each field has its own option (repeat an option for a list), or give the whole payload
    with --json FILE (or - for standard input). Entities may be named by key or alias.

    Example:

        kb add entity --key japan --kind country --name Japan
    """


def _add_command(type_: str) -> click.Command:
    options = field_options(type_)

    @user_errors
    @pass_state
    def command(
        state: State,
        json_file: Any,
        text_file: tuple[Path, ...] = (),
        html_file: Path | None = None,
        pdf_file: Path | None = None,
        new: bool = True,
        **given: Any,
    ) -> None:
        if json_file is not None:
            if any(value not in (None, ()) for value in given.values()):
                raise click.UsageError("give either --json or field options, not both")
            payload = parse_json_object(read_limited(json_file), file_name(json_file))
            _check_type(payload.setdefault("type", type_), type_)
        else:
            payload = payload_from_options(type_, given)
        if html_file is None and pdf_file is None:
            texts = [_read_text_file(path) for path in text_file]
            click.echo(state.appender(new).add(payload, texts[0] if texts else None, texts[1:]).stem)
        else:
            if text_file or (html_file is not None and pdf_file is not None):
                raise click.UsageError("give one of --text-file, --html-file and --pdf-file")
            _add_from_document(state, new, payload, html_file, pdf_file)

    params: list[click.Parameter] = [field_option(option) for option in options]
    params.append(
        click.Option(
            ["--json", "json_file"],
            type=click.File("rb"),
            help="The whole payload as a JSON object, from FILE or - (stdin)",
        )
    )
    kind = kind_named(type_)
    assert kind is not None  # _AddGroup makes a command only for a known type
    if kind.is_claim or type_ in ("correction", "corroboration"):
        params.append(click.Option(["--new"], is_flag=True, help=NEW_HELP))
    if type_ == "source":
        params.extend(_text_options())
    doc = models.MODELS[type_].__doc__ or type_
    example = kind.example + (_FROM_DOCUMENTS if type_ == "source" else "")
    return click.Command(
        type_,
        callback=command,
        params=params,
        help=f"Append a {type_}: {doc.strip().rstrip('.').lower()}.\n\nExample:\n\n\b\n    {example}",
        short_help=doc.strip(),
        context_settings=CONTEXT,
    )


# kb add source from what a reporter keeps: what the file says fills the options left out.
_FROM_DOCUMENTS = (
    "\n    kb add source --kind article --html-file saved-page.html"
    '\n    kb add source --kind data_release --publisher "Ministry of Finance" --pdf-file release.pdf'
)


def _text_options() -> list[click.Option]:
    """A source's text: a text, a saved web page or a PDF."""
    file = click.Path(exists=True, dir_okay=False, path_type=Path)
    return [
        click.Option(
            ["--text-file"],
            type=file,
            multiple=True,
            help="The source's text (UTF-8): stored as snapshots/<sha256>.txt so quotes can be checked "
            "(repeatable: a further capture of the same page is one of its other_text_sha256s)",
        ),
        click.Option(
            ["--html-file"],
            type=file,
            help="A saved web page: its article's text is stored as the snapshot, and its title, publisher, "
            "authors, URL, date, language and licence fill the options left out (required ones too)",
        ),
        click.Option(
            ["--pdf-file"],
            type=file,
            help="A PDF with a text layer: its text is stored as the snapshot, and its title, author, date "
            "and language fill the options left out (required ones too)",
        ),
    ]


def _check_type(given: Any, type_: str) -> None:
    """A --json payload may leave its type out, but not give another one."""
    if given != type_:
        known = isinstance(given, str) and given in models.MODELS
        hint = f"use `kb add {given}`" if known else f"leave type out, or make it {type_!r}"
        raise KbError(f"the payload's type is {given!r}, not {type_} — {hint}")


def field_option(option: FieldOption) -> click.Option:
    help_ = option.help + (" [required]" if option.required else "")
    if option.parts:
        repeatable = "repeatable; " if option.many else ""
        help_ += f" ({repeatable}{':'.join(option.parts)} — the last part takes the rest — or a JSON object)"
    elif option.many:
        help_ += " (repeatable)"
    if option.flag:
        return click.Option([f"{option.option}/--no-{option.option[2:]}", option.name], default=None, help=help_)
    return click.Option(
        [option.option, option.name],
        multiple=option.many,
        type=click.Choice(option.choices) if option.choices else str,
        metavar=option.metavar,
        help=help_,
    )


def _read_text_file(path: Path) -> bytes:
    """A source's text as its snapshot stores it (see normalised_snapshot)."""
    with open(path, "rb") as handle:
        data = handle.read(MAX_SNAPSHOT_BYTES + 1)
    if len(data) > MAX_SNAPSHOT_BYTES:
        raise KbError(
            f"{path}: larger than {MAX_SNAPSHOT_BYTES // (1024 * 1024)} MB — store the article's text, not a dump"
        )
    return normalised_snapshot(data, str(path))


def _add_from_document(
    state: State, new: bool, payload: dict[str, Any], html_file: Path | None, pdf_file: Path | None
) -> None:
    """Append a source filled from a saved page or a PDF (the options given win), its text as the
    snapshot; then say on stderr which fields came from the file, for the person to check."""
    from kb.events import extract  # trafilatura and pypdf: imported only when a document is read

    path = html_file if html_file is not None else pdf_file
    assert path is not None
    document = extract.from_html(path) if html_file is not None else extract.from_pdf(path, MAX_SNAPSHOT_BYTES)
    data = document.text.encode("utf-8")
    if len(data) > MAX_SNAPSHOT_BYTES:
        raise KbError(f"{path}: its text is larger than {MAX_SNAPSHOT_BYTES // (1024 * 1024)} MB — store an article")
    filled, taken = extract.filled(payload, document, str(path))
    click.echo(state.appender(new).add(filled, normalised_snapshot(data, f"{path} (its text)")).stem)
    for name, value in taken.items():
        shown = "; ".join(value) if isinstance(value, list) else value
        click.echo(f"{name} (from the file): {display(shown)}", err=True)


def _amend_options(function: Callable[..., Any]) -> Callable[..., Any]:
    function = click.argument("event_id")(function)
    function = click.option("--reason", required=True, help="Why (what the outlet said, what was wrong)")(function)
    return function


def append_one(state: State, payload: dict[str, Any], new: bool = False) -> None:
    click.echo(state.appender(new).add(payload).stem)


@click.command()
@_amend_options
@user_errors
@pass_state
def retract(state: State, event_id: str, reason: str) -> None:
    """Withdraw a claim: appends a retraction; the claim stays, citable, marked retracted.

    Example:

        kb retract ev-3k7m --reason "Kyodo withdrew the story on 2025-04-20"
    """
    append_one(state, amend.retraction(find(state.kb, event_id), reason))


@click.command(name="import")
@click.argument("file", type=click.File("rb"))
@click.option("--csv", "as_csv", is_flag=True, help="FILE is CSV: a row an event, columns as docs/codebook.md says")
@new_option
@user_errors
@pass_state
def import_(state: State, file: Any, as_csv: bool, new: bool) -> None:
    """Append the events of a JSON Lines FILE (or - for stdin), all or nothing.

    One event payload per line; a line may refer to entities and sources of earlier lines.
    If any line is bad, no event is written and the message names the line. Keys starting
    with _ (such as the _draft notes of `kb draft`) are for people and are dropped. With --csv,
    one event per row of a spreadsheet saved as CSV (the codebook: docs/codebook.md). Each event
    is checked as `kb add` checks it, second reports included (--new records them).

    Example:

    \b
        kb import events.jsonl
        kb import --csv claims.csv
    """
    numbers: list[int] = []
    if as_csv:
        from kb.events.import_csv import payloads as rows

        written = state.appender(new).append(rows(file, numbers), describe=lambda index: f"row {numbers[index]}")
        if not numbers:
            raise KbError(f"{file_name(file)}: no events in it — a header row, then one row an event")
        click.echo(f"Imported {len(written)} events")
        return

    def payloads() -> Iterator[dict[str, Any]]:
        # Line by line, each checked as it is read: memory grows with the valid events, not the file.
        for number, line in enumerate(iter(lambda: file.readline(MAX_IMPORT_LINE + 1), b""), start=1):
            if len(line) > MAX_IMPORT_LINE:
                raise KbError(
                    f"line {number}: longer than {MAX_IMPORT_LINE} bytes — one event per line, and events are small"
                )
            if line.strip():
                numbers.append(number)
                yield without_notes(parse_json_object(line.rstrip(b"\r\n"), f"line {number}"))

    written = state.appender(new).append(payloads(), describe=lambda index: f"line {numbers[index]}")
    if not numbers:
        raise KbError(f"{file_name(file)}: no events in it — one JSON object per line")
    click.echo(f"Imported {len(written)} events")


COMMANDS = [add, retract, import_]

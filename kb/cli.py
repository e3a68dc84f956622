"""The kb command line: parse options, call one library function, print the result."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import itertools
import json
import os
import sqlite3
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import click

from kb import __version__, amend, models
from kb.append import Appender, without_notes
from kb.cite import Citations, cited_keys
from kb.errors import KbError
from kb.ids import file_bytes
from kb.metadata import is_current, write_metadata
from kb.metadata import title as metadata_title
from kb.payload import FieldOption, claim_field_options, field_options, payload_from_options, values_from_options
from kb.query import LogFilter, fields_for_people, find, locate, log, parse_as_of
from kb.render import summary
from kb.schema import stale_schemas, write_schemas
from kb.store import KnowledgeBase, find_root, normalised_snapshot, parse_json_object
from kb.verify import changed_since, check_citation, verify

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
MAX_SNAPSHOT_BYTES = 20 * 1024 * 1024
MAX_IMPORT_LINE = 1024 * 1024

EXAMPLES = {
    "source": """kb add source --kind article --publisher "Kyodo News" \\
          --title "Ishiba wants specific progress in tariff talks" \\
          --published-at 2025-04-18 --text-file article.txt""",
    "entity": """kb add entity --key ryosei-akazawa --kind person --name "Ryosei Akazawa" --alias Akazawa""",
    "role": """kb add role --person akazawa --title "chief negotiator" --organisation japan \\
          --citation "ev-…:Japan's chief negotiator Ryosei Akazawa\"""",
    "statement": """kb add statement --negotiation us-japan-tariff-talks-2025 --occurred-at 2025-04-18 \\
          --speaker ishiba --attribution partial_quote --venue "told reporters" \\
          --text 'Ishiba wants to see "specific progress" in the talks' \\
          --citation 'ev-…:he wants to see "specific progress"'""",
    "meeting": """kb add meeting --negotiation us-japan-tariff-talks-2025 --occurred-at 2025-04-16 \\
          --participant ryosei-akazawa:japan --participant donald-trump:united-states \\
          --place Washington --summary "Akazawa met Trump" \\
          --citation "ev-…:Akazawa met with U.S. President Donald Trump\"""",
    "data_point": """kb add data_point --negotiation us-japan-tariff-talks-2025 --occurred-at 2025-03 \\
          --metric trade_surplus --subject japan --counterpart united-states \\
          --value 9000000000000 --unit JPY --approximate \\
          --value-as-stated "around 9 trillion yen ($63 billion)" --citation "ev-…:around 9 trillion yen\"""",
    "position": """kb add position --negotiation us-japan-tariff-talks-2025 --occurred-at 2025-04-18 \\
          --holder japan --kind demand --addressee united-states --issue "US tariffs" \\
          --text "The US should rethink its tariff measures" --citation "ev-…:to rethink its tariff measures\"""",
    "expectation": """kb add expectation --negotiation us-japan-tariff-talks-2025 --occurred-at 2025-04-18 \\
          --what "The next round of ministerial talks" --by-when 2025-04-30 \\
          --citation "ev-…:expected by the end of April\"""",
    "agreement": """kb add agreement --negotiation us-japan-tariff-talks-2025 --occurred-at 2025-07-22 \\
          --title "US–Japan trade agreement" --party japan --party united-states \\
          --kind unilateral_announcement --status announced --summary "Trump announced a deal with Japan" \\
          --term '{"key": "reciprocal-tariff", "kind": "tariff_rate", "description": "15% on Japanese goods",
                   "rate": "15", "rate_unit": "percent"}' \\
          --citation "ev-…:a 15% tariff on Japanese goods\"""",
    "measure": """kb add measure --negotiation us-japan-tariff-talks-2025 --occurred-at 2025-03-26 \\
          --imposing united-states --affected japan --instrument ad_valorem_tariff \\
          --legal-basis "Section 232" --rate 25 --rate-unit percent --product-scope "passenger cars" \\
          --effective-at 2025-04-03 --status in_force --stacking adds_to_existing \\
          --summary "25% tariff on imported cars" --citation "ev-…:a 25% tariff on imported cars\"""",
    "retraction": """kb add retraction --target ev-abcdefghij234567 --reason "The outlet withdrew the story\"""",
    "correction": """kb add correction --target ev-abcdefghij234567 --reason "Misquoted" \\
          --replacement '{"type": "statement", ...}'    (kb correct is easier)""",
    "corroboration": """kb add corroboration --target ev-abcdefghij234567 \\
          --citation "ev-…:the exact words of the second source\"""",
    "link": """kb add link --kind same_statement --event ev-abcdefghij234567 --event ev-bcdefghij2345678 \\
          --note "Two translations of one remark\"""",
}


def utc_now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class State:
    def __init__(self, kb_dir: Path | None, recorded_by: str | None):
        self.kb_dir = kb_dir
        self.recorded_by = recorded_by

    @functools.cached_property
    def kb(self) -> KnowledgeBase:
        if self.kb_dir is not None:
            if not (self.kb_dir / "events").is_dir():
                raise click.ClickException(
                    f"{self.kb_dir} holds no knowledge base (no events/) — run `kb init {self.kb_dir}`"
                )
            return KnowledgeBase(self.kb_dir)
        root = find_root(Path.cwd())
        if root is None:
            raise click.ClickException(
                "no knowledge base here or above (no events/ folder) — cd into one, pass --kb DIR, or run `kb init DIR`"
            )
        return KnowledgeBase(root)

    def appender(self) -> Appender:
        return Appender(self.kb, utc_now, self.recorded_by)


pass_state = click.make_pass_decorator(State)


def user_errors(function: Callable[..., Any]) -> Callable[..., Any]:
    """A KbError is the user's to fix: print it as a ClickException, exit 1, no traceback."""

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return function(*args, **kwargs)
        except KbError as error:
            raise click.ClickException(str(error)) from None

    return wrapper


def output_options(function: Callable[..., Any]) -> Callable[..., Any]:
    """--json and --nl, for programs; people get plain text by default."""
    function = click.option("--nl", "fmt", flag_value="nl", help="Output newline-delimited JSON")(function)
    function = click.option("--json", "fmt", flag_value="json", help="Output a JSON array")(function)
    return function


class Progress:
    """A progress bar on a terminal (stderr), nothing in a pipe."""

    def __init__(self, label: str):
        self.label = label
        self.bar: Any = None

    def set_total(self, total: int) -> None:
        if sys.stderr.isatty() and total > 1000:
            self.bar = click.progressbar(length=total, label=self.label, file=sys.stderr)
            self.bar.__enter__()

    def update(self, steps: int) -> None:
        if self.bar is not None:
            self.bar.update(steps)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)


@contextlib.contextmanager
def progress_bar(label: str) -> Iterator[Progress]:
    progress = Progress(label)
    try:
        yield progress
    finally:
        progress.close()


def emit(rows: list[dict[str, Any]], fmt: str | None, for_people: Callable[[dict[str, Any]], str]) -> None:
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
    elif fmt == "nl":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
    else:
        for row in rows:
            click.echo(for_people(row))


@click.group(context_settings=CONTEXT)
@click.version_option(__version__, prog_name="kb")
@click.option(
    "--kb",
    "kb_dir",
    envvar="KB_DIR",
    type=click.Path(file_okay=False, path_type=Path),
    help="The knowledge base's folder (default: the nearest folder upward holding events/; or $KB_DIR)",
)
@click.option(
    "--recorded-by", envvar="KB_RECORDED_BY", help="Who appends events (recorded in them; or $KB_RECORDED_BY)"
)
@click.pass_context
def cli(ctx: click.Context, kb_dir: Path | None, recorded_by: str | None) -> None:
    """An event-sourced knowledge base for international negotiations.

    Every reported claim is appended as an immutable event file in events/, with its
    source; `kb build` projects them into SQLite and `kb serve` publishes them in Datasette.

    Example:

        kb init my-kb && cd my-kb && kb add entity --key japan --kind country --name Japan
    """
    ctx.obj = State(kb_dir, recorded_by)


@cli.command()
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@user_errors
def init(directory: Path) -> None:
    """Create a new, empty knowledge base in DIRECTORY.

    It gets events/, snapshots/, metadata.json and a .gitignore.

    Example:

        kb init tariff-talks
    """
    KnowledgeBase.init(directory)
    click.echo(f"Created an empty knowledge base in {directory}")


@cli.group()
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
    def command(state: State, json_file: Any, text_file: Path | None = None, **given: Any) -> None:
        if json_file is not None:
            if any(value not in (None, ()) for value in given.values()):
                raise click.UsageError("give either --json or field options, not both")
            payload = parse_json_object(_read_limited(json_file), _name(json_file))
            _check_type(payload.setdefault("type", type_), type_)
        else:
            payload = payload_from_options(type_, given)
        text = _read_text_file(text_file) if text_file is not None else None
        click.echo(state.appender().add(payload, text).stem)

    params: list[click.Parameter] = [_field_option(option) for option in options]
    params.append(
        click.Option(
            ["--json", "json_file"],
            type=click.File("rb"),
            help="The whole payload as a JSON object, from FILE or - (stdin)",
        )
    )
    if type_ == "source":
        params.append(
            click.Option(
                ["--text-file"],
                type=click.Path(exists=True, dir_okay=False, path_type=Path),
                help="The source's text (UTF-8): stored as snapshots/<sha256>.txt so quotes can be checked",
            )
        )
    doc = models.MODELS[type_].__doc__ or type_
    return click.Command(
        type_,
        callback=command,
        params=params,
        help=f"Append a {type_}: {doc.strip().rstrip('.').lower()}.\n\nExample:\n\n\b\n    {EXAMPLES[type_]}",
        short_help=doc.strip(),
        context_settings=CONTEXT,
    )


def _check_type(given: Any, type_: str) -> None:
    """A --json payload may leave its type out, but not give another one."""
    if given != type_:
        known = isinstance(given, str) and given in models.MODELS
        hint = f"use `kb add {given}`" if known else f"leave type out, or make it {type_!r}"
        raise KbError(f"the payload's type is {given!r}, not {type_} — {hint}")


def _field_option(option: FieldOption) -> click.Option:
    help_ = option.help + (" [required]" if option.required else "")
    if option.parts:
        help_ += f" (repeatable; {':'.join(option.parts)} — the last part takes the rest — or a JSON object)"
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


for _type in models.MODELS:
    add.add_command(_add_command(_type))


def _name(handle: Any) -> str:
    """A file's name for messages; standard input may have none (under click's CliRunner)."""
    return str(getattr(handle, "name", "<stdin>"))


def _read_limited(handle: Any, limit: int = MAX_IMPORT_LINE) -> bytes:
    data = handle.read(limit + 1)
    if len(data) > limit:
        raise KbError(f"{_name(handle)}: larger than {limit} bytes — an event payload is much smaller")
    return data


def _read_text_file(path: Path) -> bytes:
    """A source's text as its snapshot stores it (see normalised_snapshot)."""
    with open(path, "rb") as handle:
        data = handle.read(MAX_SNAPSHOT_BYTES + 1)
    if len(data) > MAX_SNAPSHOT_BYTES:
        raise KbError(
            f"{path}: larger than {MAX_SNAPSHOT_BYTES // (1024 * 1024)} MB — store the article's text, not a dump"
        )
    return normalised_snapshot(data, str(path))


def _amend_options(function: Callable[..., Any]) -> Callable[..., Any]:
    function = click.argument("event_id")(function)
    function = click.option("--reason", required=True, help="Why (what the outlet said, what was wrong)")(function)
    return function


def _append_one(state: State, payload: dict[str, Any]) -> None:
    click.echo(state.appender().add(payload).stem)


@cli.command()
@_amend_options
@user_errors
@pass_state
def retract(state: State, event_id: str, reason: str) -> None:
    """Withdraw a claim: appends a retraction; the claim stays, citable, marked retracted.

    Example:

        kb retract ev-3k7m --reason "Kyodo withdrew the story on 2025-04-20"
    """
    _append_one(state, amend.retraction(find(state.kb, event_id), reason))


def _correct_command() -> click.Command:
    options = claim_field_options()

    @user_errors
    @pass_state
    def command(state: State, event_id: str, reason: str, json_file: Any, **given: Any) -> None:
        replacement = parse_json_object(_read_limited(json_file), json_file.name) if json_file else None
        changes = values_from_options(options, given)
        if replacement is not None and changes:
            raise click.UsageError("give either --json or field options, not both")
        _append_one(state, amend.correction(find(state.kb, event_id), reason, changes, replacement))

    params: list[click.Parameter] = [
        click.Argument(["event_id"]),
        click.Option(["--reason"], required=True, help="Why the claim is replaced"),
        *(_field_option(option) for option in options),
        click.Option(
            ["--json", "json_file"], type=click.File("rb"), help="The whole replacing claim, as JSON (FILE or -)"
        ),
    ]
    return click.Command(
        "correct",
        callback=command,
        params=params,
        help="""Replace a claim: appends a correction carrying the whole corrected claim.

        The corrected claim starts as a copy of the claim, with the fields you give changed (a
        list you give replaces the whole list); or give the whole claim with --json. The
        original stays, citable, marked corrected and pointing at its replacement.

        Example:

        \b
            kb correct ev-3k7m --occurred-at 2025-04-17 --reason "The meeting was on Thursday\"""",
        short_help="Replace a claim with a corrected one.",
        context_settings=CONTEXT,
    )


cli.add_command(_correct_command())


@cli.command()
@click.argument("event_id")
@click.option("--source", required=True, help="ID of the source event that also reports the claim")
@click.option("--excerpt", required=True, help="The exact words of that source")
@user_errors
@pass_state
def corroborate(state: State, event_id: str, source: str, excerpt: str) -> None:
    """Add a further source to a claim already recorded (as a new event).

    The same meeting reported by two outlets is one meeting with two citations.

    Example:

        kb corroborate ev-3k7m --source ev-5n2p --excerpt "Akazawa met Trump at the White House"
    """
    _append_one(state, amend.corroboration(find(state.kb, event_id), source, excerpt))


@cli.command(name="import")
@click.argument("file", type=click.File("rb"))
@user_errors
@pass_state
def import_(state: State, file: Any) -> None:
    """Append the events of a JSON Lines FILE (or - for stdin), all or nothing.

    One event payload per line; a line may refer to entities and sources of earlier lines.
    If any line is bad, no event is written and the message names the line. Keys starting
    with _ (such as the _draft notes of `kb draft`) are for people and are dropped.

    Example:

        kb import events.jsonl
    """
    numbers: list[int] = []

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

    written = state.appender().append(payloads(), describe=lambda index: f"line {numbers[index]}")
    if not numbers:
        raise KbError(f"{_name(file)}: no events in it — one JSON object per line")
    click.echo(f"Imported {len(written)} events")


@cli.command()
@click.argument("event_id")
@click.option("--json", "as_json", is_flag=True, help="Print the event file's JSON")
@user_errors
@pass_state
def show(state: State, event_id: str, as_json: bool) -> None:
    """Show one event, by ID or unique ID prefix.

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


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    try:
        return value if value is None else models.real_date(value)
    except ValueError as error:
        raise click.BadParameter(str(error)) from None


@cli.command(name="log")
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
    fmt: str | None,
) -> None:
    """List events, newest recorded first.

    Example:

        kb log --type statement --entity ryosei-akazawa --since 2025-04
    """
    known_then = parse_as_of(as_of) if as_of else None
    events = log(state.kb, LogFilter(types, negotiation, entity, since, until, known_then))
    emit(
        events, fmt, lambda event: f"{event['id']}  {event['recorded_at'][:10]}  {event['type']:<11}  {summary(event)}"
    )


@cli.command(name="draft")
@click.argument("source", required=False)
@click.option(
    "--text-file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Draft this text (UTF-8) instead: cites the source holding it, if one does; else a preview",
)
@click.option("--published-at", callback=_date, help="With --text-file: when the text was published")
@click.option("--negotiation", help="Entity key of the negotiation (default: the only one in the knowledge base)")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write the draft to FILE")
@click.option("--format", "fmt", type=click.Choice(["text", "jsonl"]), default="text", show_default=True)
@click.option("--review", is_flag=True, help="Review each candidate here (accept, edit in $EDITOR, skip), then import")
@user_errors
@pass_state
def draft_(state: State, source: str | None, text_file: Path | None, published_at: str | None, **options: Any) -> None:
    """Propose the events of a source's text, for review before `kb import`.

    Entities and roles first, then statements, meetings and data points, each citing the
    text with its exact words; a claim already recorded becomes a corroboration. Why each
    was proposed is in its _draft key, which kb import drops. Delete or fix lines, then import.

    Example:

    \b
        kb draft ev-3k7m -o draft.jsonl && $EDITOR draft.jsonl && kb import draft.jsonl
    """
    from kb.draft import draft_file, draft_source
    from kb.draft.review import CHOICES, review

    if (source is None) == (text_file is None) or (text_file is not None and published_at is None):
        raise click.UsageError("give a source's ID, or --text-file FILE with --published-at DATE")
    if text_file is not None:
        text = _read_text_file(text_file).decode("utf-8")
        draft, held = draft_file(state.kb, text, str(published_at), options["negotiation"])
        if held is None:
            click.echo(f"Preview: no source holds this text — `kb add source --text-file {text_file} …`, then "
                       "`kb draft ID` for a draft that imports", err=True)  # fmt: skip
    else:
        draft = draft_source(state.kb, source or "", options["negotiation"])
    if options["review"]:
        ask = functools.partial(click.prompt, type=click.Choice(CHOICES), show_choices=False)
        accepted = review(draft.payloads, click.echo, ask, lambda text: click.edit(text, extension=".json"))
        written = state.appender().append([without_notes(payload) for payload in accepted]) if accepted else []
        click.echo(f"Imported {len(written)} events")
    elif options["output"] is not None:
        try:
            options["output"].write_text(draft.jsonl(), encoding="utf-8")
        except OSError as error:
            raise KbError(f"could not write {options['output']}: {error.strerror or error}") from None
        out = options["output"]
        click.echo(f"Drafted {draft.counts()} into {out} — review it, then `kb import {out}`")
    else:
        click.echo(draft.jsonl() if options["fmt"] == "jsonl" else draft.for_people(), nl=options["fmt"] != "jsonl")


@cli.command(name="verify")
@click.option("--since", "revision", help="Also fail if any event file was modified or deleted since this git revision")
@user_errors
@pass_state
def verify_(state: State, revision: str | None) -> None:
    """Check every event file, reference, quote and snapshot; exit 1 if anything is wrong.

    Names every problem: a file whose name or id does not match its content's hash, an
    invalid event, a dangling reference, a duplicate entity key, a quote not found in its
    source's text, a snapshot missing or not matching its hash. With --since, also every
    event file modified or deleted in git since that revision (review a pull request with it).

    Example:

        kb verify --since origin/main
    """
    count = 0
    problems = verify(state.kb)
    if revision:
        problems = itertools.chain(changed_since(state.kb, revision), problems)
    for problem in problems:
        count += 1
        click.echo(str(problem))
    events = sum(1 for _ in state.kb.paths())
    if count:
        raise click.ClickException(f"{count} problem{'s' if count != 1 else ''} in {events} event files")
    click.echo(f"OK: {events} event files verified")


@cli.command(name="build")
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
    default=lambda: min(os.cpu_count() or 1, 4),
    show_default="the number of CPUs, at most 4",
    help="Processes that read and check the event files of a large build (1: this one only)",
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
    from kb.build import build  # here, not at the top: sqlite-utils' import slows every other command

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


@cli.command(name="schema")
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


@cli.command(name="metadata")
@click.option("--check", is_flag=True, help="Only check that metadata.json is up to date; exit 1 if not")
@user_errors
@pass_state
def metadata_(state: State, check: bool) -> None:
    """Write metadata.json, Datasette's configuration of the knowledge base.

    Generated from the code: table and column descriptions (from the event models), facets,
    full-text search, labels, sort orders and canned queries. Do not edit it by hand.

    Example:

        kb metadata && git diff metadata.json
    """
    if check:
        if not is_current(state.kb):
            raise click.ClickException("metadata.json is out of date — run `kb metadata`")
        click.echo("metadata.json is up to date")
        return
    write_metadata(state.kb)
    click.echo(f"wrote {state.kb.relative(state.kb.metadata_path)}")


@cli.command(name="serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on")
@click.option("--port", default=8001, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on")
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Database file (default: kb.db in the knowledge base)",
)
@user_errors
@pass_state
def serve_(state: State, host: str, port: int, db_path: Path | None) -> None:
    """Publish the knowledge base in Datasette, read-only, building it first if needed.

    Faceted search of the claims, a page per event with its citation (/-/event/ID), timelines
    of the negotiations (/-/timelines) and charts of the figures (/-/charts).

    Example:

        kb serve --port 8001    # then open http://127.0.0.1:8001/kb/claims
    """
    from kb.serve import prepare, run  # here, not at the top: see build_

    plan = prepare(state.kb, db_path, host=host, port=port, now=utc_now)
    click.echo(str(plan.build), err=True)
    if not plan.metadata_current:
        click.echo("Warning: metadata.json differs from what this kb generates — run `kb metadata`", err=True)
    click.echo(f"Serving {plan.db.name} at http://{host}:{port}/ (Ctrl-C to stop)", err=True)
    run(plan.argv)


def db_option(function: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--db",
        "db_path",
        type=click.Path(dir_okay=False, path_type=Path),
        help="Database file, brought up to date first (default: kb.db in the knowledge base)",
    )(function)


@contextlib.contextmanager
def citations(state: State, db_path: Path | None) -> Iterator[Citations]:
    """Citations read from the knowledge base's database, built or updated first (quietly)."""
    from kb.build import build  # here, not at the top: see build_

    db = build(state.kb, db_path, now=utc_now).db
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
        yield Citations(conn, archive=metadata_title(state.kb))


CITE_FORMATS = {
    "text": Citations.text,
    "markdown": Citations.markdown,
    "bibtex": Citations.bibtex,
}


@cli.command(name="cite")
@click.argument("event_ids", nargs=-1, required=True, metavar="ID [ID ...]")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "markdown", "csl-json", "bibtex"]),
    default="text",
    show_default=True,
    help="Plain text, Markdown, CSL-JSON (for pandoc --citeproc and Zotero) or BibTeX",
)
@click.option(
    "--verify",
    "check",
    is_flag=True,
    help="Instead, check from the files that each event is exactly what was recorded and that its words are in "
    "its sources' texts; exit 1 if anything does not hold",
)
@db_option
@user_errors
@pass_state
def cite(state: State, event_ids: tuple[str, ...], fmt: str, check: bool, db_path: Path | None) -> None:
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
    with citations(state, db_path) as found:
        ids = [found.resolve(prefix) for prefix in event_ids]
        if fmt == "csl-json":
            click.echo(json.dumps([found.csl(event_id) for event_id in ids], indent=2, ensure_ascii=False))
        else:
            click.echo("\n\n".join(CITE_FORMATS[fmt](found, event_id) for event_id in ids))


@cli.command(name="bib")
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
    help="Only the events cited as [@ev-…] or @ev-… in this Markdown file, and their sources",
)
@db_option
@user_errors
@pass_state
def bib(state: State, output: Any, cited_in: Path | None, db_path: Path | None) -> None:
    """Write a CSL-JSON bibliography for pandoc --citeproc or Zotero.

    Of every claim and source, or only of those a Markdown document cites, and their sources.

    Example:

    \b
        kb bib --cited-in report.md -o report.json
        pandoc report.md --citeproc --bibliography report.json -o report.html
    """
    keys = cited_keys(cited_in.read_text(encoding="utf-8")) if cited_in else None
    with citations(state, db_path) as found:
        items = found.bibliography(keys, where=str(cited_in))
    output.write(json.dumps(items, indent=2, ensure_ascii=False) + "\n")

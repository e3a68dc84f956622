"""The kb command line: parse options, call one library function, print the result."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import click

from kb import __version__, models
from kb.append import Appender
from kb.build import build, parse_as_of
from kb.errors import KbError
from kb.ids import file_bytes
from kb.payload import FieldOption, field_options, payload_from_options
from kb.query import LogFilter, fields_for_people, find, log
from kb.render import summary
from kb.schema import stale_schemas, write_schemas
from kb.store import KnowledgeBase, find_root, normalise_text, parse_json_object
from kb.verify import verify

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
    "retraction": """kb add retraction --target ev-abcdefghij234567 --reason "The outlet withdrew the story\"""",
    "correction": """kb add correction --target ev-abcdefghij234567 --reason "Misquoted" \\
          --replacement '{"type": "statement", ...}'""",
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
            if any(value not in (None, (), False) for value in given.values()):
                raise click.UsageError("give either --json or field options, not both")
            payload = {"type": type_, **parse_json_object(_read_limited(json_file), json_file.name)}
        else:
            payload = payload_from_options(type_, given)
        snapshot = None
        if text_file is not None:
            snapshot = _read_text_file(text_file)
            payload["text_sha256"] = _sha256(snapshot)
        event = state.appender().prepare(payload)
        if snapshot is not None:
            state.kb.store_snapshot(snapshot)
        state.kb.write(event)
        click.echo(event["id"])

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


def _field_option(option: FieldOption) -> click.Option:
    help_ = option.help + (" [required]" if option.required else "")
    if option.parts:
        help_ += f" (repeatable; {':'.join(option.parts)} — the last part takes the rest — or a JSON object)"
    elif option.many:
        help_ += " (repeatable)"
    if option.flag:
        return click.Option([option.option, option.name], is_flag=True, default=False, help=help_)
    return click.Option(
        [option.option, option.name],
        multiple=option.many,
        type=click.Choice(option.choices) if option.choices else str,
        metavar=option.metavar,
        help=help_,
    )


for _type in models.MODELS:
    add.add_command(_add_command(_type))


def _read_limited(handle: Any, limit: int = MAX_IMPORT_LINE) -> bytes:
    data = handle.read(limit + 1)
    if len(data) > limit:
        raise KbError(f"{handle.name}: larger than {limit} bytes — an event payload is much smaller")
    return data


def _read_text_file(path: Path) -> str:
    with open(path, "rb") as handle:
        data = handle.read(MAX_SNAPSHOT_BYTES + 1)
    if len(data) > MAX_SNAPSHOT_BYTES:
        raise KbError(
            f"{path}: larger than {MAX_SNAPSHOT_BYTES // (1024 * 1024)} MB — store the article's text, not a dump"
        )
    try:
        return normalise_text(data.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise KbError(f"{path}: not UTF-8 (byte {error.start}) — convert it, e.g. with iconv -t UTF-8") from None


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@cli.command(name="import")
@click.argument("file", type=click.File("rb"))
@user_errors
@pass_state
def import_(state: State, file: Any) -> None:
    """Append the events of a JSON Lines FILE (or - for stdin), all or nothing.

    One event payload per line; a line may refer to entities and sources of earlier lines.
    If any line is bad, no event is written and the message names the line.

    Example:

        kb import events.jsonl
    """
    payloads, numbers = [], []
    for number, line in enumerate(iter(lambda: file.readline(MAX_IMPORT_LINE + 1), b""), start=1):
        if len(line) > MAX_IMPORT_LINE:
            raise KbError(
                f"line {number}: longer than {MAX_IMPORT_LINE} bytes — one event per line, and events are small"
            )
        if line.strip():
            payloads.append(parse_json_object(line, f"line {number}"))
            numbers.append(number)
    if not payloads:
        raise KbError(f"{file.name}: no events in it — one JSON object per line")
    written = state.appender().append(payloads, describe=lambda index: f"line {numbers[index]}")
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
@click.option("--since", help="Only claims that occurred on or after this date (2025, 2025-04, 2025-04-18)")
@click.option("--until", help="Only claims that occurred on or before this date")
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
    fmt: str | None,
) -> None:
    """List events, newest recorded first.

    Example:

        kb log --type statement --entity ryosei-akazawa --since 2025-04
    """
    events = log(state.kb, LogFilter(types, negotiation, entity, since, until))
    emit(
        events, fmt, lambda event: f"{event['id']}  {event['recorded_at'][:10]}  {event['type']:<11}  {summary(event)}"
    )


@cli.command(name="verify")
@user_errors
@pass_state
def verify_(state: State) -> None:
    """Check every event file, reference, quote and snapshot; exit 1 if anything is wrong.

    Names every problem: a file whose name or id does not match its content's hash, an
    invalid event, a dangling reference, a duplicate entity key, a quote not found in its
    source's text, a snapshot missing or not matching its hash.

    Example:

        kb verify
    """
    count = 0
    for problem in verify(state.kb):
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

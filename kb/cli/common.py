"""What every command shares: the knowledge base it works on, how errors and output reach a
person, progress bars, and the options several commands take."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import click

from kb.errors import KbError
from kb.events.append import Appender
from kb.events.store import KnowledgeBase, find_root
from kb.model.site import BASE_URL_VARIABLE

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
MAX_SNAPSHOT_BYTES = 20 * 1024 * 1024
MAX_IMPORT_LINE = 1024 * 1024


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

    def appender(self, new: bool = False) -> Appender:
        """The one gate every write goes through; ``new``: record second reports too (--new)."""
        return Appender(self.kb, utc_now, self.recorded_by, new=new)


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


def file_name(handle: Any) -> str:
    """A file's name for messages; standard input may have none (under click's CliRunner)."""
    return str(getattr(handle, "name", "<stdin>"))


def read_limited(handle: Any, limit: int = MAX_IMPORT_LINE) -> bytes:
    data = handle.read(limit + 1)
    if len(data) > limit:
        raise KbError(f"{file_name(handle)}: larger than {limit} bytes — an event payload is much smaller")
    return data


def db_option(function: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--db",
        "db_path",
        type=click.Path(dir_okay=False, path_type=Path),
        help="Database file, brought up to date first (default: kb.db in the knowledge base)",
    )(function)


NEW_HELP = (
    "Record it even when it looks like a second report of a claim already recorded (without --new kb refuses "
    "one, naming the claim, and the kb corroborate or kb add link command to run)"
)


def new_option(function: Callable[..., Any]) -> Callable[..., Any]:
    """--new, the one escape from the gate's refusal of a second report, on every command that writes claims."""
    return click.option("--new", is_flag=True, help=NEW_HELP)(function)


def _base_url(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """A site's address: http(s), a host, maybe a path; no query, fragment, user or spaces."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 (raises ValueError on a bad port)
        good = (
            len(value) <= 2000
            and parts.scheme in ("http", "https")
            and bool(parts.hostname)
            and not (parts.query or parts.fragment or "@" in parts.netloc)
            and not any(ch.isspace() or ord(ch) < 32 or ch in "<>\"'\\" for ch in value)
        )
    except ValueError:  # a bad port or IPv6 address
        good = False
    if not good:
        raise click.BadParameter(
            f"{value[:80]!r} is not the address of a site — give one such as https://negotiations.example.org "
            "(http or https, a host, perhaps a path; no query, fragment or user)",
            ctx=ctx,
            param=param,
        )
    return value.rstrip("/")


def base_url_option(function: Callable[..., Any]) -> Callable[..., Any]:
    """--base-url: the published site's address, which permalinks to event pages start with."""
    return click.option(
        "--base-url",
        envvar=BASE_URL_VARIABLE,
        callback=_base_url,
        help="The published site's address (or KB_BASE_URL), which permalinks to event pages start with: "
        "https://negotiations.example.org",
    )(function)

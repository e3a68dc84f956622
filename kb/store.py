"""The knowledge base on disk: event files that are created once and never rewritten, and
the snapshots of source texts.

Layout::

    <root>/events/<xx>/<id>.json    xx = the two characters after "ev-", so that no folder
                                    holds more than ~1/1024 of the events
    <root>/snapshots/<sha256>.txt   source texts, NFC with \\n line endings
    <root>/metadata.json            Datasette's configuration
    <root>/kb.db                    the built database (not in git)
    <root>/.kb/                     caches (not in git)
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import secrets
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kb.errors import KbError
from kb.ids import file_bytes

MAX_EVENT_FILE = 4 * 1024 * 1024
TEMP_PREFIX = ".tmp-"


def find_root(start: Path) -> Path | None:
    """The nearest folder from ``start`` upward that holds ``events/``, like git finds its repo."""
    start = start.resolve()
    for folder in (start, *start.parents):
        if (folder / "events").is_dir():
            return folder
    return None


def normalise_text(text: str) -> str:
    """Snapshot text as stored: NFC, with \\n line endings."""
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def create_exclusively(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically; fail with FileExistsError if it exists.

    A temporary file in the same folder is written and fsynced, then hard-linked to the
    final name (link never overwrites), then unlinked: no reader ever sees a partial file
    under a final name, and two writers can never clobber each other.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.parent / f"{TEMP_PREFIX}{path.name}.{os.getpid()}.{secrets.token_hex(4)}"
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.link(temp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
    _fsync_dir(path.parent)


class KnowledgeBase:
    """A knowledge base rooted at a folder that holds ``events/``."""

    def __init__(self, root: Path):
        self.root = Path(root)
        self.events_dir = self.root / "events"
        self.snapshots_dir = self.root / "snapshots"
        self.cache_dir = self.root / ".kb"
        self.default_db = self.root / "kb.db"
        self.metadata_path = self.root / "metadata.json"

    @classmethod
    def init(cls, root: Path) -> KnowledgeBase:
        """Create an empty knowledge base (events/, snapshots/, metadata.json)."""
        from kb.metadata import write_metadata

        root = Path(root)
        if (root / "events").exists():
            raise KbError(f"{root} already holds a knowledge base (it has events/) — use it, or pick a new folder")
        kb = cls(root)
        kb.events_dir.mkdir(parents=True)
        kb.snapshots_dir.mkdir()
        gitignore = root / ".gitignore"
        if not gitignore.exists():
            gitignore.write_text("kb.db\nkb.db-*\n*.inspect.json\n.kb/\n", encoding="utf-8")
        write_metadata(kb)
        return kb

    # --- events -------------------------------------------------------------------------

    def path_for(self, event_id: str) -> Path:
        return self.events_dir / event_id[3:5] / f"{event_id}.json"

    def write(self, event: dict[str, Any]) -> Path:
        """Create the file of an event, exclusively. Raises KbError if it already exists."""
        path = self.path_for(event["id"])
        try:
            create_exclusively(path, file_bytes(event))
        except FileExistsError:
            raise KbError(
                f"event {event['id']} already exists at {self.relative(path)} — nothing was written"
            ) from None
        except OSError as error:
            raise KbError(f"could not write {self.relative(path)}: {error.strerror or error}") from None
        return path

    def files(self) -> Iterator[str]:
        """Every event file (every ``*.json`` under events/) as its path relative to events/,
        such as ``ab/ev-ab….json``, in a deterministic order: what ``paths`` lists, in the
        form that costs least for a million files."""
        base = str(self.events_dir)
        for folder, subfolders, files in os.walk(base):
            subfolders.sort()
            prefix = "" if folder == base else os.path.relpath(folder, base) + os.sep
            for name in sorted(files):
                if name.endswith(".json") and not name.startswith("."):
                    yield prefix + name

    def paths(self) -> Iterator[Path]:
        """Every event file (every ``*.json`` under events/), in a deterministic order."""
        for name in self.files():
            yield self.events_dir / name

    def relative(self, path: Path | str) -> str:
        try:
            return str(Path(path).relative_to(self.root))
        except ValueError:
            return str(path)

    def read(self, path: Path | str) -> dict[str, Any]:
        """The JSON object of an event file; KbError naming the file if it is not one."""
        return self.read_with_stat(path)[0]

    def read_with_stat(self, path: Path | str) -> tuple[dict[str, Any], os.stat_result]:
        """The JSON object of an event file and the file's stat, read through one handle."""
        try:
            data, stat = _read_file(path)
        except OSError as error:
            raise KbError(f"{self.relative(path)}: cannot read: {error.strerror or error}") from None
        if len(data) > MAX_EVENT_FILE:
            raise KbError(f"{self.relative(path)}: larger than {MAX_EVENT_FILE} bytes, so not an event file")
        try:
            value = json.loads(data.decode("utf-8"))
        except (ValueError, RecursionError):
            value = None
        if not isinstance(value, dict):
            value = parse_json_object(data, self.relative(path))  # raises, saying what is wrong
        return value, stat

    # --- snapshots ----------------------------------------------------------------------

    def snapshot_path(self, sha256: str) -> Path:
        return self.snapshots_dir / f"{sha256}.txt"

    def store_snapshot(self, text: str) -> str:
        """Store a source text; returns its SHA-256. Storing the same text twice is harmless."""
        data = normalise_text(text).encode("utf-8")
        sha = hashlib.sha256(data).hexdigest()
        path = self.snapshot_path(sha)
        if not path.exists():
            with contextlib.suppress(FileExistsError):
                create_exclusively(path, data)
        return sha

    def snapshot_text(self, sha256: str) -> str | None:
        """The text of a snapshot, or None if this knowledge base does not hold it."""
        try:
            return self.snapshot_path(sha256).read_bytes().decode("utf-8")
        except (FileNotFoundError, UnicodeDecodeError):
            return None


def _read_file(path: Path | str) -> tuple[bytes, os.stat_result]:
    """Up to MAX_EVENT_FILE + 1 bytes of a file, and its stat, in as few system calls as
    can be: one read when the file holds what fstat said (the builder reads a million)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    try:
        stat = os.fstat(fd)
        want = min(stat.st_size, MAX_EVENT_FILE) + 1
        data = os.read(fd, want)
        if len(data) != stat.st_size:  # a short read, or the file changed since: read to the end
            chunks = [data]
            while data and sum(map(len, chunks)) <= MAX_EVENT_FILE:
                data = os.read(fd, MAX_EVENT_FILE + 1 - sum(map(len, chunks)))
                chunks.append(data)
            data = b"".join(chunks)
        return data, stat
    finally:
        os.close(fd)


def parse_json_object(data: bytes, where: str) -> dict[str, Any]:
    """Parse a JSON object from bytes, with an error that says where and what."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise KbError(f"{where}: not UTF-8 (byte {error.start}) — save it as UTF-8") from None
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        raise KbError(f"{where}: malformed JSON at line {error.lineno}, column {error.colno}: {error.msg}") from None
    except RecursionError:
        raise KbError(f"{where}: JSON nested too deeply") from None
    if not isinstance(value, dict):
        raise KbError(f"{where}: expected a JSON object, got {type(value).__name__}")
    return value

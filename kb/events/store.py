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
import fcntl
import hashlib
import os
import re
import secrets
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kb.errors import KbError
from kb.events import strictjson
from kb.events.ids import file_bytes
from kb.events.safefile import NotARegularFile, display, read_regular
from kb.events.snapshots import intact_snapshot_text
from kb.model.fields import CONTROL_CHARACTERS

MAX_EVENT_FILE = 4 * 1024 * 1024
# No event nests deeper than a few levels (a correction's replacement's terms' items); a
# deeper value is refused before anything recursive (NFC, copies, the ID) walks it.
MAX_DEPTH = 32
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


_CONTROL = re.compile(f"[{CONTROL_CHARACTERS}]")


def refuse_control_characters(text: str, where: str, first_line: int = 1) -> None:
    """KbError naming the first control character of a normalised text that no event may hold
    (any but tab and newline, such as NUL): no quote of the words around it could ever be
    recorded, so the text is refused rather than stored. ``first_line``: the number of the
    text's first line, for the message."""
    found = _CONTROL.search(text)
    if found:
        line = first_line + text.count("\n", 0, found.start())
        raise KbError(
            f"{where}: line {line} holds the control character U+{ord(found.group()):04X}, which no event may "
            "hold, so no quote of that text could be recorded — remove such characters "
            "(tr -d '\\000-\\010\\013\\014\\016-\\037\\177' < FILE > CLEAN.txt) and add the clean text"
        )


# A piece of a snapshot may start at any ASCII character but a line feed: NFC never joins a
# character to an ASCII one after it, and "\r\n" stays in one piece.
_PIECE_START = re.compile(rb"[\x00-\x09\x0b-\x7f]")


def normalised_snapshot(data: bytes, where: str, piece: int = 1 << 20) -> bytes:
    """The bytes of a snapshot: ``data`` as UTF-8 text made as normalise_text makes it.

    Done about a megabyte at a time, so that memory stays a small multiple of the text's
    size (a whole text of 20 MB would take 80 MB for each of NFC's copies of it). KbError if
    the data is not UTF-8, or holds a control character no event may hold.
    """
    pieces = []
    start = 0
    line = 1
    while start < len(data):
        cut = _PIECE_START.search(data, start + piece) if start + piece < len(data) else None
        end = cut.start() if cut else len(data)
        try:
            text = data[start:end].decode("utf-8")
        except UnicodeDecodeError as error:
            raise KbError(
                f"{where}: not UTF-8 (byte {start + error.start}) — convert it, e.g. with iconv -t UTF-8"
            ) from None
        text = normalise_text(text)
        refuse_control_characters(text, where, line)
        line += text.count("\n")
        pieces.append(text.encode("utf-8"))
        start = end
    return b"".join(pieces)


def fsync_path(path: Path) -> None:
    """Flush a file, or a folder's entries, to disk."""
    fd = os.open(path, os.O_RDONLY)
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
    linked = False
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.link(temp, path)
        linked = True
        os.unlink(temp)
        fsync_path(path.parent)
    except BaseException:
        # Failing means nothing was written: not the temporary file, nor the name linked to
        # it (whose folder may not have reached the disk), never a file that was there before.
        for name in (temp, path) if linked else (temp,):
            with contextlib.suppress(OSError):
                os.unlink(name)
        raise


def temporary_file_writer(name: str) -> int | None:
    """The process ID in the name of a temporary file create_exclusively made, or None if the
    name is not one it makes."""
    if not name.startswith(TEMP_PREFIX):
        return None
    parts = name.rsplit(".", 2)
    if len(parts) != 3 or not parts[1].isdigit() or not re.fullmatch("[0-9a-f]{8}", parts[2]):
        return None
    return int(parts[1])


def process_alive(pid: int) -> bool:
    """Whether a process of this ID runs on this machine."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True
    return True


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
    def init(cls, root: Path, files: dict[str, str] | None = None) -> KnowledgeBase:
        """Create an empty knowledge base: snapshots/, a .gitignore, ``files`` (name → text, such
        as metadata.json) and, last, events/."""
        root = Path(root)
        if (root / "events").exists():
            raise KbError(f"{root} already holds a knowledge base (it has events/) — use it, or pick a new folder")
        kb = cls(root)
        try:
            kb.snapshots_dir.mkdir(parents=True, exist_ok=True)
            gitignore = root / ".gitignore"
            if not gitignore.exists():
                # .tmp-*: what an append killed midway leaves (kb verify removes it), never committed
                gitignore.write_text(f"kb.db\nkb.db-*\n*.inspect.json\n.kb/\n{TEMP_PREFIX}*\n", encoding="utf-8")
            for name, text in (files or {}).items():
                (root / name).write_text(text, encoding="utf-8")
            kb.events_dir.mkdir()  # last: events/ is what makes a folder a knowledge base
        except OSError as error:
            raise KbError(f"could not create a knowledge base in {root}: {error.strerror or error}") from None
        return kb

    @contextlib.contextmanager
    def append_lock(self) -> Iterator[None]:
        """Held by an append from checking the knowledge base to writing its last file: appends
        on one machine take turns. (Appends on two clones are merged by git; kb verify and the
        builder name what they may duplicate, such as an entity key.)"""
        try:
            self.cache_dir.mkdir(exist_ok=True)
            fd = os.open(self.cache_dir / "append.lock", os.O_RDWR | os.O_CREAT, 0o644)
        except OSError:
            yield  # a read-only knowledge base: the append will fail, saying so, and write nothing
            return
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)

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
            # A folder named like an event file, or a link to a folder, is listed as a file:
            # reading it refuses it, naming it (see kb.events.safefile), rather than skipping it.
            odd = {name for name in subfolders if name.endswith(".json") or os.path.islink(os.path.join(folder, name))}
            subfolders[:] = sorted(set(subfolders) - odd)
            prefix = "" if folder == base else os.path.relpath(folder, base) + os.sep
            for name in sorted([*files, *odd]):
                if name in odd or (name.endswith(".json") and not name.startswith(".")):
                    yield prefix + name

    def paths(self) -> Iterator[Path]:
        """Every event file (every ``*.json`` under events/), in a deterministic order."""
        for name in self.files():
            yield self.events_dir / name

    def refuse_output_inside(self, folder: Path) -> None:
        """KbError if an output folder (of kb package, kb export) is in events/ or snapshots/,
        where kb writes nothing but event files and snapshots."""
        target = folder.resolve()
        for kept in (self.events_dir, self.snapshots_dir):
            if target == kept.resolve() or kept.resolve() in target.parents:
                raise KbError(
                    f"{folder} is inside {kept.name}/, which holds only what kb appends — give another folder"
                )

    def relative(self, path: Path | str) -> str:
        """A path as printed: relative to the root, quoted if it holds control characters."""
        try:
            return display(str(Path(path).relative_to(self.root)))
        except ValueError:
            return display(str(path))

    def read(self, path: Path | str) -> dict[str, Any]:
        """The JSON object of an event file; KbError naming the file if it is not one."""
        try:
            data, _ = read_regular(path, MAX_EVENT_FILE)
        except NotARegularFile as error:
            raise KbError(f"{self.relative(path)}: {error}") from None
        except OSError as error:
            raise KbError(f"{self.relative(path)}: cannot read: {error.strerror or error}") from None
        if len(data) > MAX_EVENT_FILE:
            raise KbError(f"{self.relative(path)}: larger than {MAX_EVENT_FILE} bytes, so not an event file")
        try:
            value = strictjson.loads(data.decode("utf-8"))
        except (ValueError, RecursionError):
            value = None
        if not isinstance(value, dict):
            value = parse_json_object(data, self.relative(path))  # raises, saying what is wrong
        return value

    # --- snapshots ----------------------------------------------------------------------

    def snapshot_path(self, sha256: str) -> Path:
        return self.snapshots_dir / f"{sha256}.txt"

    def store_snapshot(self, text: str) -> str:
        """Store a source text; returns its SHA-256. Storing the same text twice is harmless."""
        return self.store_snapshot_data(normalise_text(text).encode("utf-8"))

    def store_snapshot_data(self, data: bytes) -> str:
        """Store a source text already normalised and encoded (normalised_snapshot); returns
        its SHA-256. KbError naming the file if it cannot be written."""
        sha = hashlib.sha256(data).hexdigest()
        path = self.snapshot_path(sha)
        if not path.exists():
            try:
                create_exclusively(path, data)
            except FileExistsError:
                pass
            except OSError as error:
                raise KbError(f"could not write {self.relative(path)}: {error.strerror or error}") from None
        return sha

    def snapshot_text(self, sha256: str) -> str | None:
        """The text of a snapshot, or None if this knowledge base does not hold it intact (a
        regular file whose content hashes to its name)."""
        return intact_snapshot_text(self.snapshot_path(sha256), sha256)


def parse_json_object(data: bytes, where: str) -> dict[str, Any]:
    """Parse a JSON object from bytes, with an error that says where and what."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise KbError(f"{where}: not UTF-8 (byte {error.start}) — save it as UTF-8") from None
    value = strictjson.load_text(text, where)
    if nested_too_deeply(value):
        raise KbError(f"{where}: JSON nested more than {MAX_DEPTH} levels deep — no event is")
    if not isinstance(value, dict):
        raise KbError(f"{where}: expected a JSON object, got {type(value).__name__}")
    return value


def nested_too_deeply(value: Any, limit: int = MAX_DEPTH) -> bool:
    """Whether a parsed JSON value has arrays or objects nested more than ``limit`` deep
    (found without recursion, so any depth json.loads accepts is safe to ask about)."""
    stack = [(value, 1)] if isinstance(value, dict | list) else []
    while stack:
        item, depth = stack.pop()
        if depth > limit:
            return True
        children = item.values() if isinstance(item, dict) else item
        stack.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
    return False

"""Whether a snapshot can be trusted: a regular file of snapshots/ whose content hashes to its
name. A text that fails its hash was edited after it was stored, and no quote is checked
against it: `kb add` does not accept a citation for its words, the builder marks every
excerpt of it not verified and lists it in _problems, `kb verify` names it.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from kb.events.safefile import CHUNK, NotARegularFile, open_regular, read_regular, sha256_of
from kb.model.fields import CONTROL_CHARACTERS

# kb stores texts of up to 20 MB; NFC may lengthen a text a little. Past this bound a file is
# not a snapshot kb wrote, and is never read into memory.
MAX_SNAPSHOT_FILE = 64 * 1024 * 1024


def intact_snapshot_text(path: Path, sha256: str) -> str | None:
    """The text of the snapshot at ``path`` if it is intact (a regular file, within the bound,
    UTF-8, hashing to ``sha256``), else None."""
    try:
        data, _ = read_regular(path, MAX_SNAPSHOT_FILE)
    except (OSError, NotARegularFile):
        return None
    if len(data) > MAX_SNAPSHOT_FILE or hashlib.sha256(data).hexdigest() != sha256:
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def snapshot_problem(path: Path, sha256: str) -> str | None:
    """What is wrong with the snapshot at ``path`` (None if it is intact, or missing: a missing
    one is the source's problem, not the file's). Hashed a megabyte at a time: a file of any
    size takes bounded memory."""
    try:
        actual = sha256_of(path)
    except FileNotFoundError:
        return None
    except NotARegularFile as error:
        return str(error)
    except OSError as error:
        return f"cannot read: {error.strerror or error}"
    if actual != sha256:
        return f"content's SHA-256 is {actual} — the snapshot was edited"
    if os.stat(path).st_size > MAX_SNAPSHOT_FILE:
        return f"larger than {MAX_SNAPSHOT_FILE} bytes, so not a snapshot kb stored"
    return None


# In UTF-8 these bytes stand only for themselves: every byte of a longer character is 0x80 or more.
_CONTROL_BYTE = re.compile(f"[{CONTROL_CHARACTERS}]".encode("ascii"))


def control_character(path: Path) -> tuple[int, str] | None:
    """The line and the character of the first control character in a snapshot that no event
    may hold (any but tab and newline, such as NUL), or None. kb refuses such a text today, but
    an older kb stored it. Read a megabyte at a time."""
    fd, _ = open_regular(path)
    line = 1
    try:
        while chunk := os.read(fd, CHUNK):
            found = _CONTROL_BYTE.search(chunk)
            if found:
                return line + chunk.count(b"\n", 0, found.start()), chr(chunk[found.start()])
            line += chunk.count(b"\n")
    finally:
        os.close(fd)
    return None


def snapshot_stamp(folder: Path) -> str:
    """The name, size, modification and change times and inode of every *.txt in ``folder``,
    a line each: a snapshot edited in place changes its line, so an incremental build notices
    and builds in full (which hashes every snapshot again)."""
    try:
        with os.scandir(folder) as listing:
            entries = sorted((entry for entry in listing if entry.name.endswith(".txt")), key=lambda e: e.name)
            lines = []
            for entry in entries:
                info = entry.stat(follow_symlinks=False)
                lines.append(f"{entry.name}\0{info.st_size}\0{info.st_mtime_ns}\0{info.st_ctime_ns}\0{info.st_ino}")
    except FileNotFoundError:
        return ""
    return "\n".join(lines)


def held_intact(folder: Path, wanted: set[str], known_good: set[str]) -> tuple[set[str], set[str]]:
    """Of the snapshots ``wanted`` (SHA-256s), those held intact in ``folder`` and those held
    but failing their hash (or not regular files). ``known_good``: found intact by the build
    before, whose snapshot_stamp was the same, so not hashed again."""
    held, failed = set(), set()
    for sha in sorted(wanted):
        path = folder / f"{sha}.txt"
        if sha in known_good:
            held.add(sha)
        elif snapshot_problem(path, sha) is not None:
            failed.add(sha)
        elif os.path.lexists(path):
            held.add(sha)
    return held, failed

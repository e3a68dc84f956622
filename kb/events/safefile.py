"""The one way kb opens a file of events/ or snapshots/: a regular file, read within a bound.

A merge can bring anything into those folders: a symbolic link (to /dev/zero, to a FIFO, to
a file outside the repository), a FIFO, a device, a directory named like a file. Reading one
of them the usual way hangs (a FIFO), never ends (/dev/zero) or reads what is not in the
repository (a link). Opened here with O_NOFOLLOW and O_NONBLOCK, checked with fstat before
a byte is read, each is refused with a message that names it, and no file is read past its
bound.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path

from kb.errors import KbError

CHUNK = 1 << 20
LINK = "a symbolic link, not a file — kb reads no links here: replace it by the file"
_FLAGS = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)


class NotARegularFile(KbError):
    """A path in events/ or snapshots/ that is not a regular file: what it is."""


def kind_of(mode: int) -> str:
    """What a file of this mode is, in words."""
    for test, what in (
        (stat.S_ISLNK, "a symbolic link"),
        (stat.S_ISDIR, "a directory"),
        (stat.S_ISFIFO, "a FIFO (named pipe)"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    ):
        if test(mode):
            return what
    return "not a regular file"


def open_regular(path: Path | str) -> tuple[int, os.stat_result]:
    """A descriptor of a regular file and its stat; NotARegularFile if it is anything else
    (then nothing was read), OSError if it cannot be opened."""
    try:
        fd = os.open(path, _FLAGS)
    except OSError as error:
        if error.errno == errno.ELOOP:  # O_NOFOLLOW met a symbolic link
            raise NotARegularFile(LINK) from None
        if error.errno == errno.ENXIO:  # a socket, or a device with nothing behind it
            raise NotARegularFile(f"{kind_of(os.lstat(path).st_mode)}, not a file — remove it") from None
        raise
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        raise NotARegularFile(f"{kind_of(info.st_mode)}, not a file — remove it")
    return fd, info


def read_regular(path: Path | str, limit: int) -> tuple[bytes, os.stat_result]:
    """Up to ``limit`` + 1 bytes of a regular file (so a caller sees it is too large) and its
    stat; one read when the file holds what fstat said."""
    fd, info = open_regular(path)
    try:
        want = min(info.st_size, limit) + 1
        data = os.read(fd, want)
        if len(data) != info.st_size:  # a short read, or the file changed since: read to the end
            chunks = [data]
            size = len(data)
            while data and size <= limit:
                data = os.read(fd, limit + 1 - size)
                chunks.append(data)
                size += len(data)
            data = b"".join(chunks)
        return data, info
    finally:
        os.close(fd)


def sha256_of(path: Path | str) -> str:
    """The SHA-256 of a regular file, read a megabyte at a time (memory stays bounded,
    whatever its size); NotARegularFile or OSError as open_regular."""
    fd, _ = open_regular(path)
    digest = hashlib.sha256()
    try:
        while chunk := os.read(fd, CHUNK):
            digest.update(chunk)
    finally:
        os.close(fd)
    return digest.hexdigest()


def odd_entries(top: Path) -> Iterator[tuple[Path, str]]:
    """Everything under ``top`` that is neither a regular file nor a real folder (a symbolic
    link, to a folder or a file; a FIFO, a device, a socket), and every folder named like a
    file (``*.json``, ``*.txt``): each with what it is. Links are not followed; the entries'
    types come from the directory listing, without a stat of each file."""
    stack = [top]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError:
            continue
        for entry in entries:  # a Path made only for what is not a plain file: a million of them are
            if entry.is_symlink():
                yield (
                    Path(entry.path),
                    "a symbolic link, not a file or folder — kb reads no links here: replace it by the file",
                )
            elif entry.is_dir(follow_symlinks=False):
                if entry.name.endswith((".json", ".txt")):
                    yield Path(entry.path), "a directory named like a file — remove it"
                else:
                    stack.append(Path(entry.path))
            elif not entry.is_file(follow_symlinks=False):
                yield Path(entry.path), f"{kind_of(entry.stat(follow_symlinks=False).st_mode)}, not a file — remove it"


def refuse_odd_entries(top: Path, relative: object) -> None:
    """KbError naming the first odd entry under ``top`` (see odd_entries), if any."""
    for path, what in odd_entries(top):
        raise KbError(f"{display(relative(path))}: {what}")  # type: ignore[operator]


def display(name: str) -> str:
    """A file name as printed: as it is when it is plain printable text, else quoted with its
    control characters escaped, so that a name holding a line feed cannot print a line of its own."""
    return name if name.isprintable() else repr(name)

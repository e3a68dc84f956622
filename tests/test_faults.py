"""Faults: a full disk, a read-only folder and a permission error, while appending and while
building, give a clear error (exit status 1, the problem and the file named, no traceback) and
leave nothing partial: events/ and snapshots/ byte for byte as they were, no temporary file,
kb.db as it was.

Most faults are simulated by making a system call that kb makes raise what the kernel would.
Two tests use the real thing when they can: a tiny tmpfs that fills up, and a read-only bind
mount (both need root; without it, the read-only test takes write permission away instead and
the tmpfs test is skipped, saying why).
"""

from __future__ import annotations

import errno
import json
import os
import sqlite3
import subprocess
from pathlib import Path

import pytest
from conftest import ARTICLE, Clock, add_small_kb, tree_bytes

from kb.builder import build as kb_build
from kb.builder import incremental as kb_incremental
from kb.builder.build import build
from kb.builder.metadata import init_knowledge_base
from kb.cli import cli, utc_now

FAULTS = {
    errno.ENOSPC: "No space left on device",
    errno.EROFS: "Read-only file system",
    errno.EACCES: "Permission denied",
    errno.EIO: "Input/output error",
}
ENTITY = ["add", "entity", "--key", "scott-bessent", "--kind", "person", "--name", "Scott Bessent"]
SOURCE = ["add", "source", "--kind", "article", "--publisher", "Kyodo", "--title", "T", "--published-at", "2025-04"]


def entity_lines(count: int) -> str:
    return "".join(
        json.dumps({"type": "entity", "key": f"person-{n}", "kind": "person", "name": f"Person {n}"}) + "\n"
        for n in range(count)
    )


def failed(runner, args, words):
    """Run kb: it fails with exit status 1, a message holding the words, and no traceback."""
    result = runner.invoke(cli, args)
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    for word in words:
        assert word in result.output, result.output
    return result.output


def no_temporary_files(root: Path) -> None:
    assert not [path for path in root.rglob("*") if path.name.startswith(".tmp-") or "-build-" in path.name]


def break_call(monkeypatch, name: str, number: int, *, nth: int = 1, when=lambda *args: True) -> None:
    """Make the nth call of os.<name> (of those for which ``when`` holds) raise OSError(number)."""
    real = getattr(os, name)
    calls = 0

    def broken(*args, **kwargs):
        nonlocal calls
        if when(*args):
            calls += 1
            if calls == nth:
                raise OSError(number, os.strerror(number), *args[:1] if isinstance(args[0], str | Path) else ())
        return real(*args, **kwargs)

    monkeypatch.setattr(os, name, broken)


# --- appending --------------------------------------------------------------------------

STEPS = {
    "creating the temporary file": ("open", 1, lambda path, *_: Path(path).name.startswith(".tmp-")),
    "writing it": ("write", 1, lambda *_: True),
    "flushing it": ("fsync", 1, lambda *_: True),
    "linking it to its name": ("link", 1, lambda *_: True),
    "flushing its folder": ("fsync", 2, lambda *_: True),
}


@pytest.mark.parametrize("number", list(FAULTS), ids=[errno.errorcode[n] for n in FAULTS])
@pytest.mark.parametrize("step", list(STEPS))
def test_a_fault_while_writing_an_event(kb, small, runner, monkeypatch, step, number):
    before = tree_bytes(kb.root)
    name, nth, when = STEPS[step]
    break_call(monkeypatch, name, number, nth=nth, when=when)

    failed(runner, ENTITY, ["could not write events/", ".json: ", FAULTS[number]])

    assert tree_bytes(kb.root) == before
    no_temporary_files(kb.root)


@pytest.mark.parametrize("number", [errno.ENOSPC, errno.EACCES])
def test_a_fault_in_the_middle_of_an_import(kb, small, runner, monkeypatch, tmp_path, number):
    lines = tmp_path / "events.jsonl"
    lines.write_text(entity_lines(5))
    before = tree_bytes(kb.root)
    break_call(monkeypatch, "link", number, nth=3)

    failed(runner, ["import", str(lines)], ["could not write events/", FAULTS[number]])

    assert tree_bytes(kb.root) == before  # the two events written first are taken back
    no_temporary_files(kb.root)


def test_a_new_folder_that_cannot_be_made(kb, small, runner, monkeypatch):
    before = tree_bytes(kb.root)
    break_call(monkeypatch, "mkdir", errno.EACCES, when=lambda path, *_: str(kb.events_dir) in str(path))
    monkeypatch.setattr(Path, "exists", lambda self: False)  # every event's folder is new

    failed(runner, ENTITY, ["could not write events/", "Permission denied"])

    assert tree_bytes(kb.root) == before


@pytest.mark.parametrize("number", [errno.ENOSPC, errno.EROFS])
def test_a_fault_while_storing_a_snapshot(kb, small, runner, monkeypatch, tmp_path, number):
    text = tmp_path / "article.txt"
    text.write_text("Akazawa met Trump for the second time.\n")
    before = tree_bytes(kb.root)
    break_call(monkeypatch, "write", number)

    failed(runner, [*SOURCE, "--text-file", str(text)], ["could not write snapshots/", ".txt: ", FAULTS[number]])

    assert tree_bytes(kb.root) == before
    no_temporary_files(kb.root)


# --- building ---------------------------------------------------------------------------


@pytest.fixture
def built(kb, small, runner):
    """kb.db built, then one more event appended: the next build is incremental."""
    build(kb, now=utc_now)
    assert runner.invoke(cli, ENTITY).exit_code == 0
    return kb.default_db.read_bytes()


def sqlite_full(*args, **kwargs):
    raise sqlite3.OperationalError("database or disk is full")


# An incremental build writes kb.db in place, in one transaction rolled back on a fault; a
# full build writes kb.db-build-<pid> and swaps it in.
BUILD_FAULTS = {
    "writing the database": (["--incremental", "--full"], "database or disk is full"),
    "swapping it in": (["--full"], "Permission denied"),
}


@pytest.mark.parametrize("what, mode", [(what, mode) for what, (modes, _) in BUILD_FAULTS.items() for mode in modes])
def test_a_fault_while_building(kb, built, runner, monkeypatch, what, mode):
    if what == "writing the database":
        monkeypatch.setattr(kb_build, "finish", sqlite_full)
        monkeypatch.setattr(kb_incremental, "finish", sqlite_full)
    else:
        break_call(monkeypatch, "replace", errno.EACCES)
    before = tree_bytes(kb.root)

    where = "kb.db-build-" if mode == "--full" else "kb.db: "
    words = [f"could not build kb.db: {where}", BUILD_FAULTS[what][1], "kb.db is left as it was"]
    failed(runner, ["build", *(["--full"] if mode == "--full" else [])], words)

    assert tree_bytes(kb.root) == before
    assert kb.default_db.read_bytes() == built
    no_temporary_files(kb.root)


def test_a_fault_flushing_the_folder_after_a_build(kb, built, runner, monkeypatch):
    """The new kb.db is in place, complete; kb says it may not be on disk yet."""
    break_call(monkeypatch, "fsync", errno.EIO, nth=2)

    failed(runner, ["build", "--full"], ["built kb.db, but could not flush its folder to disk: Input/output error"])

    no_temporary_files(kb.root)
    with sqlite3.connect(kb.default_db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM events").fetchone() == (len(list(kb.paths())),)


# --- the real thing ---------------------------------------------------------------------


def mount(*args: str) -> None:
    result = subprocess.run(["mount", *args], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        pytest.skip(f"cannot mount here ({result.stderr.strip() or 'mount failed'}): needs root")


@pytest.fixture
def tiny_disk(tmp_path, monkeypatch):
    """A knowledge base on a 4 MB tmpfs, built, then the disk filled up."""
    folder = tmp_path / "disk"
    folder.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    mount("-t", "tmpfs", "-o", "size=4m", "tmpfs", str(folder))
    try:
        small_kb = init_knowledge_base(folder / "kb")
        add_small_kb(small_kb, Clock())
        build(small_kb, now=utc_now)
        monkeypatch.setenv("KB_DIR", str(small_kb.root))
        with open(folder / "filler", "wb", buffering=0) as filler:  # unbuffered: nothing left to flush at close
            try:
                while True:
                    filler.write(b"\0" * 65536)
            except OSError as error:
                assert error.errno == errno.ENOSPC
        yield small_kb
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def test_a_disk_that_is_really_full(tiny_disk, runner, tmp_path):
    kb = tiny_disk
    text = tmp_path / "article.txt"
    text.write_text(ARTICLE.replace("Wednesday", "Thursday"))
    lines = tmp_path / "events.jsonl"
    lines.write_text(entity_lines(3))
    before = tree_bytes(kb.root)

    failed(runner, ENTITY, ["could not write events/", "No space left on device"])
    failed(runner, ["import", str(lines)], ["could not write events/", "No space left on device"])
    failed(runner, [*SOURCE, "--text-file", str(text)], ["could not write snapshots/", "No space left on device"])
    failed(runner, ["build", "--full"], ["could not build kb.db", "database or disk is full", "left as it was"])

    assert tree_bytes(kb.root) == before
    no_temporary_files(kb.root)
    (kb.root.parent / "filler").unlink()
    assert runner.invoke(cli, ["verify"]).exit_code == 0
    assert runner.invoke(cli, ENTITY).exit_code == 0
    assert runner.invoke(cli, ["build"]).exit_code == 0


@pytest.fixture
def read_only(kb, small, monkeypatch):
    """The knowledge base, built, on a read-only bind mount (as root) or without write permission."""
    build(kb, now=utc_now)
    if os.geteuid() == 0:
        mount("--bind", str(kb.root), str(kb.root))
        try:
            mount("-o", "remount,ro,bind", str(kb.root))
            yield FAULTS[errno.EROFS]
        finally:
            subprocess.run(["umount", "-l", str(kb.root)], check=False)
    else:
        folders = [kb.root, *(path for path in kb.root.rglob("*") if path.is_dir())]
        for folder in folders:
            folder.chmod(0o555)
        try:
            yield FAULTS[errno.EACCES]
        finally:
            for folder in folders:
                folder.chmod(0o755)


def test_a_read_only_knowledge_base(kb, small, read_only, runner, tmp_path):
    text = tmp_path / "article.txt"
    text.write_text(ARTICLE.replace("Wednesday", "Thursday"))
    lines = tmp_path / "events.jsonl"
    lines.write_text(entity_lines(3))
    before = tree_bytes(kb.root)

    failed(runner, ENTITY, ["could not write events/", read_only])
    failed(runner, ["import", str(lines)], ["could not write events/", read_only])
    failed(runner, [*SOURCE, "--text-file", str(text)], ["could not write snapshots/", read_only])
    failed(runner, ["build", "--full"], ["could not build kb.db: kb.db-build-", read_only, "left as it was"])

    assert tree_bytes(kb.root) == before
    for reading in (["verify"], ["show", small.statement], ["log"], ["build"]):
        result = runner.invoke(cli, reading)
        assert result.exit_code == 0, (reading, result.output)


def test_a_knowledge_base_that_cannot_be_created(runner, tmp_path, monkeypatch):
    break_call(monkeypatch, "mkdir", errno.EACCES, when=lambda path, *_: "new-kb" in str(path))

    failed(runner, ["init", str(tmp_path / "new-kb")], ["could not create a knowledge base in", "Permission denied"])

    assert not (tmp_path / "new-kb").exists()

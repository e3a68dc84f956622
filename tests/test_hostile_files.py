"""What a merge can bring into events/ and snapshots/ that is not a file kb wrote: symbolic
links (to a FIFO, to /dev/zero, to a file outside, to a folder, dangling), FIFOs, folders named
like files. `kb verify` names each, `kb build` and `kb serve` refuse each, naming it — none hangs,
none reads without bound, none prints a traceback (kb.events.safefile). Each runs in its own process
with a timeout, so a hang fails the test instead of holding it. Also: `--db` never points a
build at an event file, a snapshot or a file that is not a kb database; and a name holding a
line feed cannot print a line of its own."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from kbproc import run_kb

from kb.events.store import KnowledgeBase

EVENT = "ev-zzzzzzzzzzzzzzzz.json"


def fifo(path: Path) -> None:
    os.mkfifo(path)


def link_to_fifo(path: Path) -> None:
    os.mkfifo(path.parent.parent.parent / "a.fifo")
    path.symlink_to(path.parent.parent.parent / "a.fifo")


def link_to_dev_zero(path: Path) -> None:
    path.symlink_to("/dev/zero")


def folder(path: Path) -> None:
    path.mkdir()
    (path / "inside.json").write_text("{}")


def dangling_link(path: Path) -> None:
    path.symlink_to(path.parent / "nowhere")


def socket_file(path: Path) -> None:
    import socket

    here = os.getcwd()
    os.chdir(path.parent)  # a socket's path is short (108 bytes): bind its name alone
    try:
        with socket.socket(socket.AF_UNIX) as sock:
            sock.bind(path.name)
    finally:
        os.chdir(here)


MAKERS = {
    "a FIFO": (fifo, "a FIFO (named pipe), not a file"),
    "a link to a FIFO": (link_to_fifo, "a symbolic link"),
    "a link to /dev/zero": (link_to_dev_zero, "a symbolic link"),
    "a folder named like a file": (folder, "a directory"),
    "a dangling link": (dangling_link, "a symbolic link"),
    "a socket": (socket_file, "a socket, not a file"),
}


def hostile_event(kb: KnowledgeBase, name: str) -> Path:
    path = kb.events_dir / "zz" / EVENT
    path.parent.mkdir(exist_ok=True)
    MAKERS[name][0](path)
    return path


def hostile_snapshot(kb: KnowledgeBase, small, name: str) -> Path:
    """The snapshot of the small knowledge base's source replaced by something else."""
    (path,) = kb.snapshots_dir.glob("*.txt")
    shutil.move(path, kb.root.parent / "article.txt")
    MAKERS[name][0](path)
    return path


def refused(args: list[str], where: str, what: str) -> str:
    run = run_kb(args, timeout=60)
    assert run.code == 1, run.output
    assert "Traceback" not in run.output, run.output
    assert any(line.startswith(f"{where}: ") or f" {where}: " in line for line in run.output.splitlines()), run.output
    assert what in run.output, run.output
    assert run.peak_mb < 300, run.peak_mb
    return run.output


@pytest.mark.parametrize("name", MAKERS)
def test_a_hostile_file_in_events_is_named_and_refused(kb, small, name):
    path = hostile_event(kb, name)
    where, what = str(path.relative_to(kb.root)), MAKERS[name][1]
    refused(["verify"], where, what)
    refused(["build"], where, what)
    refused(["serve", "--port", "0"], where, what)


@pytest.mark.parametrize("name", MAKERS)
def test_a_hostile_file_in_snapshots_is_named_and_refused(kb, small, name):
    path = hostile_snapshot(kb, small, name)
    where = str(path.relative_to(kb.root))
    what = "a symbolic link" if "link" in name else MAKERS[name][1].partition(",")[0]
    refused(["verify"], where, what)
    refused(["build"], where, what)
    refused(["serve", "--port", "0"], where, what)


def test_a_link_to_an_event_file_and_a_linked_folder_are_named_not_followed(kb, small, tmp_path):
    outside = tmp_path / "outside"
    shutil.copytree(kb.events_dir / small.japan[3:5], outside)
    moved = kb.path_for(small.japan)
    moved.unlink()
    moved.symlink_to(outside / moved.name)  # the event's own file, through a link
    linked = kb.events_dir / "yy"
    linked.symlink_to(outside, target_is_directory=True)
    output = refused(["verify"], str(moved.relative_to(kb.root)), "a symbolic link")
    assert "events/yy: a symbolic link" in output
    refused(["build"], "events/yy", "a symbolic link")
    linked.unlink()
    refused(["build"], str(moved.relative_to(kb.root)), "a symbolic link")


def test_a_1_gb_snapshot_nobody_cites_is_checked_in_bounded_memory(kb, small):
    huge = kb.snapshots_dir / ("0" * 64 + ".txt")
    with open(huge, "wb") as file:
        file.truncate(1 << 30)  # sparse: a gigabyte of zeros, without the disk
    run = run_kb(["verify"], timeout=300)
    assert run.code == 1 and "Traceback" not in run.output, run.output
    assert f"snapshots/{huge.name}: content's SHA-256 is " in run.output
    assert run.peak_mb < 200, run.peak_mb


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("event", "inside events/"),
        ("snapshot", "inside snapshots/"),
        ("new file in events", "inside events/"),
        ("link into events", "inside events/"),
        ("metadata.json", "exists and is not a kb database"),
        ("an SQLite file that is not kb's", "exists and is not a kb database"),
    ],
)
@pytest.mark.parametrize("command", ["build", "serve"])
def test_db_never_replaces_an_event_a_snapshot_or_a_file_that_is_no_kb_database(
    kb, small, tmp_path, command, target, message
):
    import sqlite3

    paths = {
        "event": kb.path_for(small.japan),
        "snapshot": next(kb.snapshots_dir.glob("*.txt")),
        "new file in events": kb.events_dir / "new.db",
        "link into events": tmp_path / "kb-link",
        "metadata.json": kb.metadata_path,
        "an SQLite file that is not kb's": tmp_path / "other.db",
    }
    paths["link into events"].symlink_to(kb.events_dir)
    paths["link into events"] = paths["link into events"] / "x.db"
    with sqlite3.connect(paths["an SQLite file that is not kb's"]) as conn:
        conn.execute("CREATE TABLE t (x)")
    path = paths[target]
    before = path.read_bytes() if path.exists() else None
    run = run_kb([command, "--db", str(path), *(["--port", "0"] if command == "serve" else [])], timeout=60)
    assert run.code == 1 and message in run.output and "Traceback" not in run.output, run.output
    assert (path.read_bytes() if path.exists() else None) == before


def test_a_kb_database_elsewhere_may_be_built_again(kb, small, tmp_path):
    other = tmp_path / "other.db"
    assert run_kb(["build", "--db", str(other)]).code == 0
    assert run_kb(["build", "--full", "--db", str(other)]).code == 0


def test_a_name_with_a_line_feed_cannot_print_a_line_of_its_own(kb, small):
    forged = kb.events_dir / "zz" / "x\nOK: 11 event files verified\n.json"
    forged.parent.mkdir(exist_ok=True)
    forged.write_text("{}")
    run = run_kb(["verify"])
    assert run.code == 1
    assert not any(line.startswith("OK") for line in run.output.splitlines()), run.output
    assert repr("events/zz/x\nOK: 11 event files verified\n.json") in run.output

"""The incremental build writes kb.db in place, in one SQLite transaction: a reader using
SQLite's locking sees the database before or after it, never between; a build SIGKILLed in
the middle leaves a journal that the next connection rolls back, giving the old database
whole; and the build that follows equals a full build."""

from __future__ import annotations

import contextlib
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

from conftest import db_rows

from kb.builder.build import build
from kb.events.store import KnowledgeBase

REPO_ROOT = Path(__file__).resolve().parent.parent
NOW = "2025-05-01T00:00:00.000000Z"


def now() -> str:
    return NOW


def kb_with_folders_held_back(tmp_path: Path, events: int, held: int) -> tuple[KnowledgeBase, list[Path]]:
    """A built knowledge base, and folders of event files kept aside: moved back, they are new."""
    from benchmarks.generate import generate

    kb = generate(tmp_path / "big", events, seed=5)
    aside = tmp_path / "aside"
    aside.mkdir()
    folders = sorted(path for path in kb.events_dir.iterdir() if path.is_dir())[:held]
    for folder in folders:
        folder.rename(aside / folder.name)
    build(kb, kb.default_db, now=now)
    return kb, [aside / folder.name for folder in folders]


def bring_back(kb: KnowledgeBase, folders: list[Path]) -> None:
    for folder in folders:
        shutil.move(folder, kb.events_dir / folder.name)


def start_build(kb: KnowledgeBase) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "kb", "--kb", str(kb.root), "build", "--workers", "1"],
        cwd=REPO_ROOT,  # not tmp_path, whose folders could shadow the package
        stdout=subprocess.PIPE,
        text=True,
    )


def test_a_reader_sees_the_database_before_or_after_never_between(tmp_path):
    kb, folders = kb_with_folders_held_back(tmp_path, 3000, 300)
    with contextlib.closing(sqlite3.connect(kb.default_db)) as conn:
        before = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    bring_back(kb, folders)
    seen: list[tuple[int, int, int]] = []
    done = threading.Event()

    def read() -> None:
        with contextlib.closing(sqlite3.connect(f"file:{kb.default_db}?mode=ro", uri=True, timeout=60)) as conn:
            while not done.is_set():
                conn.execute("BEGIN")  # one read transaction: three counts of one state
                seen.append(
                    (
                        conn.execute("SELECT count(*) FROM events").fetchone()[0],
                        int(conn.execute("SELECT value FROM _meta WHERE key = 'event_count'").fetchone()[0]),
                        conn.execute("SELECT count(*) FROM claims").fetchone()[0],
                    )
                )
                conn.execute("COMMIT")

    reader = threading.Thread(target=read)
    reader.start()
    process = start_build(kb)
    out, _ = process.communicate()
    done.set()
    reader.join()
    assert process.returncode == 0 and out.startswith("Updated kb.db:"), out
    with contextlib.closing(sqlite3.connect(kb.default_db)) as conn:
        after = conn.execute("SELECT count(*) FROM events").fetchone()[0]
        claims_after = conn.execute("SELECT count(*) FROM claims").fetchone()[0]
    assert after > before
    assert seen
    assert {events for events, _, _ in seen} <= {before, after}
    assert all(events == meta for events, meta, _ in seen)
    assert all(claims == claims_after for events, _, claims in seen if events == after)
    build(kb, tmp_path / "full.db", full=True, now=now)
    assert db_rows(kb.default_db) == db_rows(tmp_path / "full.db")


# kb build, killed by SIGKILL once every new row is in kb.db's transaction, uncommitted; with a
# page cache of a few pages, SQLite has by then written many of them into kb.db itself.
KILLED_BUILD = """
import os, signal, sys
import kb.builder.incremental
from kb.cli import cli
real_finish = kb.builder.incremental.finish

def finish_then_die(kb_, db, *args):
    real_finish(kb_, db, *args)
    os.kill(os.getpid(), signal.SIGKILL)

real_load = kb.builder.incremental.load

def load_with_a_small_cache(kb_, db, *args, **kwargs):
    db.conn.execute("PRAGMA cache_size = 5")
    return real_load(kb_, db, *args, **kwargs)

kb.builder.incremental.finish, kb.builder.incremental.load = finish_then_die, load_with_a_small_cache
cli(["--kb", sys.argv[1], "build", "--workers", "1"])
"""


def test_sigkill_in_the_middle_leaves_the_old_database_whole(tmp_path):
    kb, folders = kb_with_folders_held_back(tmp_path, 3000, 400)
    before = db_rows(kb.default_db)
    raw = kb.default_db.read_bytes()
    bring_back(kb, folders)
    process = subprocess.run([sys.executable, "-c", KILLED_BUILD, str(kb.root)], cwd=REPO_ROOT)
    assert process.returncode == -signal.SIGKILL
    assert kb.default_db.with_name("kb.db-journal").exists()
    assert kb.default_db.read_bytes() != raw  # written in place, uncommitted
    with contextlib.closing(sqlite3.connect(kb.default_db)) as conn:  # rolls the transaction back
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert db_rows(kb.default_db) == before
    result = build(kb, kb.default_db, now=now)
    assert result.mode == "incremental"
    build(kb, tmp_path / "full.db", full=True, now=now)
    assert db_rows(kb.default_db) == db_rows(tmp_path / "full.db")


def test_a_removed_or_moved_file_means_a_full_build(tmp_path, kb, small, clock):
    build(kb, kb.default_db, now=clock)
    path = kb.path_for(small.statement)
    moved = kb.events_dir / "elsewhere" / path.name
    moved.parent.mkdir()
    path.rename(moved)
    assert build(kb, kb.default_db, now=clock).mode == "full"
    moved.unlink()
    assert build(kb, kb.default_db, now=clock).mode == "full"
    assert build(kb, kb.default_db, now=clock).mode == "up-to-date"

"""The incremental build: which event files are new, found from the folders' modification
times rather than a stat of every file, and their events added to kb.db in place, in one
SQLite transaction.

Adding, removing or renaming a file changes its folder's modification time; writing into an
existing file does not. So kb.db's ``_meta.files_stamp`` records, for every folder under
events/, its modification time and how many event files of kb.db it holds. An incremental
build stats the folders (about a thousand at a million events), lists only those whose time
changed, and adds the files whose IDs kb.db does not have; a folder holding fewer or more
built files than recorded (a file removed, renamed, moved or copied in twice) or gone means a
full build. A folder changed within RACY_SECONDS of a build is recorded as changed, so a file
added within the clock's granularity is never missed. An event file edited in place, keeping
its name, is not noticed: ``kb verify`` names it and ``kb build --full`` refuses it.

The events are added in one transaction on kb.db itself (rollback journal): readers that use
SQLite's locking see the database before or after, and a build killed at any moment leaves a
journal that the next connection rolls back. A reader that opens kb.db immutable would not
see the journal, so ``kb serve`` serves a copy (``kb.serve.runner``).
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import sqlite_utils

from kb.builder.finish import BUILDER_VERSION, finish
from kb.builder.load import load
from kb.events.catalog import RACY_SECONDS  # the clock's granularity, as the append catalog allows for it
from kb.events.store import KnowledgeBase

RACY = -1  # the recorded time of a folder changed too recently to trust: always listed again
BUSY_SECONDS = 60.0  # how long a build waits for readers to let it commit


def folder_times(kb: KnowledgeBase) -> dict[str, int]:
    """The modification time of every folder under events/ (relative path, "" for events/),
    read before the files are listed, so that a file added meanwhile changes a time recorded."""
    now_ns = time.time_ns()
    times: dict[str, int] = {}
    stack = [""]
    while stack:
        rel = stack.pop()
        folder = os.path.join(kb.events_dir, rel) if rel else str(kb.events_dir)
        mtime = os.stat(folder).st_mtime_ns
        times[rel] = RACY if now_ns - mtime < RACY_SECONDS * 1e9 else mtime
        with os.scandir(folder) as entries:
            stack.extend(
                os.path.join(rel, e.name) if rel else e.name for e in entries if e.is_dir(follow_symlinks=False)
            )
    return times


def files_stamp(times: dict[str, int], files: Iterable[str]) -> str:
    """_meta.files_stamp: each folder's time and how many of these files (relative to events/) it holds."""
    counts = dict.fromkeys(times, 0)
    for name in files:
        folder = os.path.dirname(name)
        counts[folder] = counts.get(folder, 0) + 1
    return json.dumps({rel: [times.get(rel, RACY), counts[rel]] for rel in sorted(counts)}, separators=(",", ":"))


@dataclass(frozen=True)
class Plan:
    new: list[str]  # the files to add, relative to events/
    stamp: str  # files_stamp once they are added
    marks: dict[str, str]  # the snapshots' entries of _meta (kb.builder.finish.snapshot_marks), unchanged


def plan(kb: KnowledgeBase, db_path: os.PathLike[str], marks: dict[str, str]) -> Plan | None:
    """The event files not yet in kb.db, or None when only a full build will do: no kb.db, a
    different builder, snapshots added, removed or edited since (``marks``, as now), an --as-of
    database, or a folder whose files are not those recorded (see the module's docstring)."""
    if not os.path.exists(db_path):
        return None
    try:
        with contextlib.closing(sqlite3.connect(db_path, timeout=BUSY_SECONDS)) as conn:  # rolls back a hot journal
            meta = dict(conn.execute("SELECT key, value FROM _meta"))
            if (
                meta.get("builder_version") != BUILDER_VERSION
                or meta.get("as_of")
                or any(meta.get(key) != value for key, value in marks.items())
            ):
                return None
            recorded = json.loads(meta.get("files_stamp") or "null")
            if not isinstance(recorded, dict):
                return None
            changed = _changed(kb, conn, recorded)
            return None if changed is None else Plan(*changed, marks)
    except (sqlite3.DatabaseError, OSError, ValueError):
        return None


def _changed(
    kb: KnowledgeBase, conn: sqlite3.Connection, recorded: dict[str, list[int]]
) -> tuple[list[str], str] | None:
    """The new files, and files_stamp once they are added; None if a folder's files are not those recorded."""
    now_ns = time.time_ns()
    stamp = dict(recorded)
    new: list[str] = []
    stack = list(recorded)
    while stack:
        rel = stack.pop()
        folder = os.path.join(kb.events_dir, rel) if rel else str(kb.events_dir)
        mtime = os.stat(folder).st_mtime_ns  # OSError, a folder gone: a full build
        old_time, old_count = recorded.get(rel, (None, 0))
        if mtime == old_time:
            continue
        with os.scandir(folder) as entries:
            listed = [(e.name, e.is_dir(follow_symlinks=False)) for e in entries]
        stack.extend(
            sub
            for name, is_dir in listed
            if is_dir and (sub := os.path.join(rel, name) if rel else name) not in recorded
        )
        names = sorted(
            name for name, is_dir in listed if not is_dir and name.endswith(".json") and not name.startswith(".")
        )
        built = _built(conn, [name[:-5] for name in names])
        if len(built) != old_count:
            return None  # a file removed, renamed or moved, or an event in two files
        added = [os.path.join(rel, name) if rel else name for name in names if name[:-5] not in built]
        new.extend(added)
        stamp[rel] = [RACY if now_ns - mtime < RACY_SECONDS * 1e9 else mtime, old_count + len(added)]
    return sorted(new), json.dumps({rel: stamp[rel] for rel in sorted(stamp)}, separators=(",", ":"))


def _built(conn: sqlite3.Connection, ids: list[str]) -> set[str]:
    """Those of these IDs that kb.db holds: for a folder of IDs with one prefix (kb writes
    events/xx/ev-xx…), one range of the primary key; else looked up 500 at a time."""
    prefix = os.path.commonprefix(ids) if len(ids) > 1 else ""
    if len(prefix) >= 5:
        rows = conn.execute("SELECT id FROM events WHERE id >= ? AND id < ?", (prefix, prefix + "\uffff"))
        return {row[0] for row in rows} & set(ids)
    found: set[str] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        found.update(row[0] for row in conn.execute(f"SELECT id FROM events WHERE id IN ({marks})", chunk))
    return found


def update(
    kb: KnowledgeBase,
    db_path: os.PathLike[str],
    todo: Plan,
    now: Callable[[], str],
    progress: Callable[[int], None] | None,
    workers: int,
    strict: bool = False,
) -> tuple[int, int, int]:
    """Add the new files' events to kb.db in one transaction (rolled back instead of committed
    if ``strict`` and there are problems); the counts of events, claims and problems after."""
    conn = sqlite3.connect(db_path, timeout=BUSY_SECONDS, isolation_level=None)
    db = sqlite_utils.Database(conn)
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            loaded = load(kb, db, todo.new, None, progress, keep_ids=True, workers=workers)
            finish(kb, db, loaded.ids, None, now, {"files_stamp": todo.stamp, **todo.marks}, workers)
            counts = tuple(
                conn.execute(f"SELECT count(*) FROM [{name}]").fetchone()[0]
                for name in ("events", "claims", "_problems")
            )
            conn.execute("ROLLBACK" if strict and counts[2] else "COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        return counts  # type: ignore[return-value]
    finally:
        db.close()

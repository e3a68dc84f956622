"""Where a database may be built: never in events/ or snapshots/, never over a file that is
not a kb database. A build replaces its database file whole (os.replace), so `kb build --db
events/…/ev-….json` would replace an event file by a database, and `--db notes.txt` a file
of notes."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from kb.errors import KbError
from kb.events.safefile import NotARegularFile, display, open_regular
from kb.events.store import KnowledgeBase

SQLITE_HEADER = b"SQLite format 3\0"


def is_kb_database(path: Path) -> bool:
    """Whether ``path`` is a regular file holding an SQLite database with kb's _meta table."""
    try:
        fd, _ = open_regular(path)
    except (OSError, NotARegularFile):
        return False
    try:
        if os.read(fd, len(SQLITE_HEADER)) != SQLITE_HEADER:
            return False
    finally:
        os.close(fd)
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            found = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_meta'").fetchone()
    except sqlite3.Error:
        return False
    return found is not None


def check_database_path(kb: KnowledgeBase, db_path: Path) -> None:
    """KbError if a build must not write ``db_path``: a path in events/ or snapshots/ (through
    any link), or an existing file that is not a kb database."""
    target = db_path.resolve()
    for folder in (kb.events_dir, kb.snapshots_dir):
        if target.is_relative_to(folder.resolve()):
            raise KbError(
                f"--db {display(str(db_path))}: inside {folder.name}/, which holds only event files and snapshots "
                "— give a path outside it, such as kb.db"
            )
    if os.path.lexists(db_path) and not is_kb_database(db_path):
        raise KbError(
            f"--db {display(str(db_path))}: exists and is not a kb database, so a build would destroy it "
            "— give a new path, or move the file away"
        )

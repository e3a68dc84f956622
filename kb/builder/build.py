"""kb build: project the event files into kb.db, exactly, atomically, and fast.

The database is a pure function of the event files and snapshots. A full build writes a
new file next to kb.db and swaps it in with os.replace; an incremental build (the default
when kb.db exists and only new files appeared; kb.builder.incremental) adds the new events to kb.db
in one SQLite transaction. Either way a build killed at any moment leaves the previous
kb.db whole (after a killed incremental build, once the next connection rolls its journal back).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from kb.builder import incremental
from kb.builder.dbpath import check_database_path
from kb.builder.finish import BUILDER_VERSION, finish, snapshot_marks  # noqa: F401 (BUILDER_VERSION: imported from here too)
from kb.builder.load import load
from kb.builder.projection import TABLES, VIEWS
from kb.errors import KbError
from kb.events.store import KnowledgeBase, fsync_path, process_alive

TEMP_MARK = "-build-"


@dataclass(frozen=True)
class BuildResult:
    mode: str  # full, incremental or up-to-date
    events: int
    claims: int
    problems: int
    seconds: float
    db: Path

    def __str__(self) -> str:
        mode = {"full": "Built", "incremental": "Updated", "up-to-date": "Up to date:"}[self.mode]
        return (
            f"{mode} {self.db.name}: {self.events} events, {self.claims} claims, "
            f"{self.problems} problem{'s' if self.problems != 1 else ''} ({self.seconds:.2f} s)"
        )


def build(
    kb: KnowledgeBase,
    db_path: Path | None = None,
    *,
    full: bool = False,
    as_of: str | None = None,
    strict: bool = False,
    now: Callable[[], str],
    progress: Callable[[int], None] | None = None,
    on_total: Callable[[int], None] | None = None,
    workers: int = 1,
) -> BuildResult:
    """Build or bring up to date the database of a knowledge base; with ``workers`` > 1,
    that many processes read, check and project the files of a large build."""
    started = time.perf_counter()
    db_path = Path(db_path or kb.default_db)
    check_database_path(kb, db_path)
    _remove_stale_temps(db_path)
    marks = snapshot_marks(kb)  # before the snapshots are read, as the folders' times before the files
    todo = None if full or as_of else incremental.plan(kb, db_path, marks)
    if todo is not None:
        return _update(kb, db_path, todo, strict, now, progress, on_total, workers, started)
    times = incremental.folder_times(kb) if kb.events_dir.is_dir() else {}  # before the files are listed
    files = list(kb.files())
    temp = db_path.with_name(f"{db_path.name}{TEMP_MARK}{os.getpid()}")
    try:
        temp.unlink(missing_ok=True)
        if on_total:
            on_total(len(files))
        stamps = {"files_stamp": incremental.files_stamp(times, files), **marks}
        events, claims, problems = _write(kb, temp, files, stamps, as_of, now, progress, workers)
        _refuse_problems(strict, problems, db_path)
        fsync_path(temp)
        os.replace(temp, db_path)
    except (OSError, sqlite3.Error) as error:  # a full disk, a read-only folder, a permission
        raise _build_error(kb, db_path, temp, error) from None
    finally:
        with contextlib.suppress(OSError):  # none made; or the next build removes it
            temp.unlink(missing_ok=True)
    _flush_folder(kb, db_path)
    return BuildResult("full", events, claims, problems, time.perf_counter() - started, db_path)


def _update(
    kb: KnowledgeBase,
    db_path: Path,
    todo: incremental.Plan,
    strict: bool,
    now: Callable[[], str],
    progress: Callable[[int], None] | None,
    on_total: Callable[[int], None] | None,
    workers: int,
    started: float,
) -> BuildResult:
    """The incremental build: the new events added to kb.db in place, in one transaction."""
    if not todo.new:
        with contextlib.closing(sqlite3.connect(db_path)) as conn:
            events, claims, problems = _counts(conn)
        return BuildResult("up-to-date", events, claims, problems, time.perf_counter() - started, db_path)
    if on_total:
        on_total(len(todo.new))
    try:
        events, claims, problems = incremental.update(kb, db_path, todo, now, progress, workers, strict)
    except (OSError, sqlite3.Error) as error:
        raise _build_error(kb, db_path, db_path, error) from None
    _refuse_problems(strict, problems, db_path)
    _flush_folder(kb, db_path)  # the journal's removal, which is the commit's last step
    return BuildResult("incremental", events, claims, problems, time.perf_counter() - started, db_path)


def _refuse_problems(strict: bool, problems: int, db_path: Path) -> None:
    if strict and problems:
        raise KbError(
            f"{problems} problem{'s' if problems != 1 else ''} (see the _problems table of a build without "
            f"--strict) — {db_path.name} left as it was"
        )


def _build_error(kb: KnowledgeBase, db_path: Path, temp: Path, error: OSError | sqlite3.Error) -> KbError:
    if isinstance(error, OSError):
        where, reason = Path(error.filename or temp), error.strerror or str(error)
    else:
        where, reason = temp, str(error)
    return KbError(
        f"could not build {kb.relative(db_path)}: {kb.relative(where)}: {reason} — {db_path.name} is left as it was"
    )


def _flush_folder(kb: KnowledgeBase, db_path: Path) -> None:
    try:
        fsync_path(db_path.parent)
    except OSError as error:
        raise KbError(
            f"built {kb.relative(db_path)}, but could not flush its folder to disk: {error.strerror or error} "
            "— build again once the disk is fixed"
        ) from None


def _write(
    kb: KnowledgeBase,
    temp: Path,
    todo: list[str],
    stamps: dict[str, str],
    as_of: str | None,
    now: Callable[[], str],
    progress: Callable[[int], None] | None,
    workers: int,
) -> tuple[int, int, int]:
    """Fill the new database at ``temp`` with the events of ``todo``; its counts of events,
    claims, problems."""
    db = sqlite_utils.Database(temp)
    try:
        tune_for_bulk(db)
        _create_tables(db)
        with db.conn:
            load(kb, db, todo, as_of, progress, keep_ids=False, workers=workers)
            create_indexes(db, finished=False)  # after the bulk load, and before finish(), whose queries need them
            finish(kb, db, None, as_of, now, stamps, workers)
        create_indexes(db, finished=True)
        enable_search(db)
        return _counts(db.conn)
    finally:
        db.close()


def tune_for_bulk(db: sqlite_utils.Database) -> None:
    """The settings of a full build's new database, which nobody reads until it is swapped in:
    no journal, no waiting for the disk, a page cache that holds the tables' growing ends and
    indexes, the file mapped (each CREATE INDEX reads the whole table: at a million claims,
    larger than the cache), and sorter threads."""
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("PRAGMA synchronous = OFF")
    db.execute("PRAGMA cache_size = -262144")
    db.execute(f"PRAGMA mmap_size = {8 << 30}")  # SQLite caps it at its largest (2 GB by default)
    db.execute(f"PRAGMA threads = {min(os.cpu_count() or 1, 8)}")


def _remove_stale_temps(db_path: Path) -> None:
    """Temporary databases of builds that were killed: their process is gone."""
    for temp in db_path.parent.glob(f"{db_path.name}{TEMP_MARK}*"):
        pid = temp.name.rpartition(TEMP_MARK)[2]
        if pid.isdigit() and not process_alive(int(pid)):
            with contextlib.suppress(OSError):  # a read-only folder: the build will say so
                temp.unlink(missing_ok=True)


def _create_tables(db: sqlite_utils.Database) -> None:
    for name, table in TABLES.items():
        # A key of one column (an event's ID, an entity's key) is declared NOT NULL, as it always is:
        # SQLite then knows that its index gives each row once, and reads a view ordered by it
        # (claim_history) in the index's order instead of sorting every row.
        not_null = {table.pk} if isinstance(table.pk, str) else set()
        db.table(name).create(table.columns, pk=table.pk, foreign_keys=list(table.foreign_keys), not_null=not_null)
    for name, view in VIEWS.items():
        db.create_view(name, view.sql)


# Indexed columns that finish() writes: indexed after it, not kept up to date row by row.
FINISHED_COLUMNS = {("claims", "status"), ("claims", "verified"), ("citations", "verified")}


def create_indexes(db: sqlite_utils.Database, finished: bool) -> None:
    """The indexes of the columns finish() writes (finished=True), or of all the others."""
    for name, table in TABLES.items():
        for column in table.indexes:
            if ((name, column) in FINISHED_COLUMNS) == finished:
                db.table(name).create_index([column])


def enable_search(db: sqlite_utils.Database) -> None:
    """Full-text search, made once the rows are final; then the planner's statistics."""
    for name, table in TABLES.items():
        if table.fts:
            db.table(name).enable_fts(list(table.fts), create_triggers=True)
    db.execute("ANALYZE")


def _counts(conn: sqlite3.Connection) -> tuple[int, int, int]:
    return tuple(
        conn.execute(f"SELECT count(*) FROM [{name}]").fetchone()[0] for name in ("events", "claims", "_problems")
    )  # type: ignore[return-value]

"""Loading event files into kb.db: read, check and project them in batches — in this process,
or in forked worker processes while this one inserts — and insert the rows."""

from __future__ import annotations

import collections
import os
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils

from kb.builder.projection import TABLES, project
from kb.builder.workers import forked_pool
from kb.events.query import read_checked
from kb.events.store import KnowledgeBase

BATCH = 2000


def _insert_sql(name: str) -> str:
    columns = list(TABLES[name].columns)
    placeholders = ", ".join("?" for _ in columns)
    sql = f"INSERT OR IGNORE INTO [{name}] ({', '.join(f'[{c}]' for c in columns)}) VALUES ({placeholders})"
    if name == "entities":
        # Two entity events with one key: the smaller ID wins, whatever the order of the files.
        updates = ", ".join(f"[{c}] = excluded.[{c}]" for c in columns if c != "key")
        sql = (
            sql.replace("INSERT OR IGNORE", "INSERT")
            + f" ON CONFLICT(key) DO UPDATE SET {updates} WHERE excluded.id < entities.id"
        )
    return sql


@dataclass
class Loaded:
    ids: set[str]  # the IDs of the events inserted, when asked for


@dataclass
class Batch:
    """The rows of a batch of event files, ready to insert."""

    rows: dict[str, list[tuple[Any, ...]]]
    ids: list[str]  # the IDs of the events projected
    files: int


COLUMNS = {name: tuple(table.columns) for name, table in TABLES.items()}


def project_files(kb: KnowledgeBase, files: list[str], as_of: str | None) -> Batch:
    """Read, check and project event files (paths relative to events/), in this order."""
    rows: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    ids: list[str] = []
    base = str(kb.events_dir) + os.sep
    for name in files:
        event, canonical = read_checked(kb, base + name)
        if as_of is None or event["recorded_at"] <= as_of:
            ids.append(event["id"])
            for table, row in project(event, canonical):
                rows[table].append(tuple(map(row.get, COLUMNS[table])))
    return Batch(dict(rows), ids, len(files))


def _batches(kb: KnowledgeBase, files: list[str], as_of: str | None, workers: int) -> Iterator[Batch]:
    """The batches of these files, in order: projected here, or by worker processes while
    this one inserts (the first bad file in order still stops the build, naming it)."""
    chunks = [files[start : start + BATCH] for start in range(0, len(files), BATCH)]
    if workers <= 1 or len(chunks) < 2 * workers or sys.platform != "linux":
        for chunk in chunks:
            yield project_files(kb, chunk, as_of)
        return
    with forked_pool(workers, _start_worker, kb.root) as pool:
        pending: collections.deque[Any] = collections.deque()
        for chunk in chunks:
            pending.append(pool.submit(_project_in_worker, chunk, as_of))
            if len(pending) > 2 * workers:  # a few batches ahead, never the whole knowledge base
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


_WORKER_KB: KnowledgeBase | None = None


def _start_worker(root: Path) -> None:
    global _WORKER_KB
    _WORKER_KB = KnowledgeBase(root)


def _project_in_worker(files: list[str], as_of: str | None) -> Batch:
    assert _WORKER_KB is not None
    return project_files(_WORKER_KB, files, as_of)


def load(
    kb: KnowledgeBase,
    db: sqlite_utils.Database,
    files: list[str],
    as_of: str | None,
    progress: Callable[[int], None] | None,
    keep_ids: bool = True,
    workers: int = 1,
) -> Loaded:
    """Insert the rows of these files' events (paths relative to events/)."""
    sql = {name: _insert_sql(name) for name in TABLES}
    ids: set[str] = set()
    for batch in _batches(kb, files, as_of, workers):
        for name, rows in batch.rows.items():
            db.conn.executemany(sql[name], rows)
        if keep_ids:
            ids.update(batch.ids)
        if progress:
            progress(batch.files)
    return Loaded(ids)

"""Bounds on what one query of the published site can make the server hold.

Arbitrary SQL is on (see SECURITY.md), and SQLite will build a value as large as asked:
``select zeroblob(1000000000)`` made Datasette grow to 24 GB and be killed. Every connection
Datasette opens gets these limits (the plugin's ``prepare_connection``):

- no string or blob over MAX_VALUE bytes — SQLite refuses to make it ("string or blob too
  big"), at once, before allocating it; the largest value kb writes is an event's JSON, at
  most an event file's 4 MB;
- no SQL text over MAX_SQL bytes, no result of more than MAX_COLUMNS columns;
- at most MAX_RESULT bytes of values in the rows of one query (counted as each row is
  fetched): a thousand rows of large values are refused, not held;
- SQLite's own heap in the whole server under MAX_HEAP (PRAGMA hard_heap_limit), so that its
  sorts and temporary tables fail with "out of memory" rather than the server.
"""

from __future__ import annotations

import sqlite3
import weakref
from collections.abc import Callable
from typing import Any

from kb.events.store import MAX_EVENT_FILE

MAX_VALUE = 2 * MAX_EVENT_FILE
MAX_SQL = 100_000
MAX_COLUMNS = 500
MAX_RESULT = 32 * 1024 * 1024
MAX_HEAP = 512 * 1024 * 1024

LIMITS = {
    sqlite3.SQLITE_LIMIT_LENGTH: MAX_VALUE,
    sqlite3.SQLITE_LIMIT_SQL_LENGTH: MAX_SQL,
    sqlite3.SQLITE_LIMIT_COLUMN: MAX_COLUMNS,
}


class ResultTooLarge(sqlite3.OperationalError):
    """A query whose rows hold more than MAX_RESULT bytes."""


def row_budget(row_factory: Callable[[Any, tuple[Any, ...]], Any]) -> Callable[[Any, tuple[Any, ...]], Any]:
    """A row factory that makes rows as ``row_factory`` does, and counts the bytes of each
    cursor's rows: past MAX_RESULT, the query fails with ResultTooLarge."""
    used: weakref.WeakKeyDictionary[Any, int] = weakref.WeakKeyDictionary()

    def make_row(cursor: Any, values: tuple[Any, ...]) -> Any:
        size = used.get(cursor, 0) + sum(len(value) for value in values if isinstance(value, str | bytes))
        if size > MAX_RESULT:
            raise ResultTooLarge(
                f"the result holds more than {MAX_RESULT // (1024 * 1024)} MB — select fewer rows or columns, "
                "or shorter values (substr)"
            )
        used[cursor] = size + 8 * len(values)
        return row_factory(cursor, values)

    return make_row


def limit_connection(conn: sqlite3.Connection) -> None:
    """Put the bounds above on a connection of the published site."""
    for limit, value in LIMITS.items():
        conn.setlimit(limit, value)
    conn.execute(f"PRAGMA hard_heap_limit = {MAX_HEAP}")
    conn.row_factory = row_budget(conn.row_factory or (lambda _cursor, values: values))

"""Temporary tables of IDs that the builder's queries join to, with their statistics.

Without statistics SQLite's planner takes a temporary table for a large one and, joining it to
a table of a million rows, builds a Bloom filter of that table first: a scan of every row, for
an incremental build that adds one event. ``ANALYZE`` of the temporary table tells it its size.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable


def temp_ids(conn: sqlite3.Connection, name: str, values: Iterable[str], column: str = "id") -> None:
    """A temporary table ``name`` holding these values as its primary key ``column``, analysed."""
    conn.execute(f"CREATE TEMP TABLE [{name}] ([{column}] TEXT PRIMARY KEY)")
    conn.executemany(f"INSERT OR IGNORE INTO [{name}] VALUES (?)", [(value,) for value in values])
    analysed(conn, name)


def analysed(conn: sqlite3.Connection, name: str) -> None:
    """Give the planner the size of a temporary table just filled (see the module's docstring)."""
    conn.execute(f"ANALYZE temp.[{name}]")

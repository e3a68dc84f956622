"""Paging through the published tables as a client does: following next_url from the first
page, at several page sizes, every row of every table and view comes back exactly once (a
default sort without a tie-breaker skips and repeats rows that share its value)."""

from __future__ import annotations

import asyncio
import sqlite3

import pytest
from test_datasette import datasette_for

from kb.builder.projection import TABLES, VIEWS

SIZES = (1, 3, 7, 50)


def page_all(ds, table: str, size: int) -> list[tuple]:
    """Every row of a table, by following next_url from its first page."""
    rows: list[tuple] = []
    path: str | None = f"/kb/{table}.json?_shape=objects&_size={size}&_nofacet=1&_nocount=1"
    while path:
        response = asyncio.run(ds.client.get(path))
        assert response.status_code == 200, response.text
        data = response.json()
        rows += [tuple(sorted((k, str(v)) for k, v in row.items() if k != "rowid")) for row in data["rows"]]
        path = data["next_url"] and "/" + data["next_url"].partition("://")[2].partition("/")[2]
    return rows


@pytest.mark.parametrize("table", sorted(set(TABLES) | set(VIEWS)))
def test_every_row_comes_back_exactly_once(table, seed_db):
    ds = datasette_for(seed_db)
    with sqlite3.connect(seed_db) as conn:
        total = conn.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]
    for size in SIZES:
        if total > 400 and size < 7:
            continue
        rows = page_all(ds, table, size)
        assert len(rows) == total, (table, size)
        assert len(set(rows)) == len(rows), (table, size)


def test_the_seed_has_claims_that_share_a_date(seed_db):
    """What makes the test above bite: rows that tie on the default sort."""
    with sqlite3.connect(seed_db) as conn:
        ties = conn.execute("SELECT count(*) FROM claims GROUP BY occurred_at HAVING count(*) > 7").fetchall()
    assert ties

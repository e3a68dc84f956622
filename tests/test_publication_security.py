"""The published site is read-only: arbitrary SQL stays on, can only read, and is cut off by
the time limit."""

from __future__ import annotations

import asyncio
import json

from datasette.app import Datasette
from test_datasette import datasette_for

from kb.serve.runner import SETTINGS, inspect

SLOW = "with recursive n(i) as (select 1 union all select i + 1 from n where i < 100000000) select count(*) from n"


def get(ds: Datasette, path: str, params: dict):
    return asyncio.run(ds.client.get(path, params=params))


def test_arbitrary_sql_reads(seed_db):
    response = get(datasette_for(seed_db), "/kb.json", {"sql": "select count(*) as n from claims", "_shape": "array"})
    assert response.status_code == 200
    assert response.json()[0]["n"] > 0


def test_sql_cannot_write(seed_db):
    before = seed_db.read_bytes()
    ds = datasette_for(seed_db)
    for statement in [
        "delete from claims",
        "update claims set status = 'retracted'",
        "drop table claims",
        "insert into _meta values ('x', 'y')",
        "attach database '/tmp/x.db' as x",
    ]:
        response = get(ds, "/kb.json", {"sql": statement})
        assert response.status_code == 400, statement
    assert seed_db.read_bytes() == before


def test_a_slow_query_is_cut_off_by_the_time_limit(seed_db):
    metadata = json.loads((seed_db.parent / "metadata.json").read_text(encoding="utf-8"))
    ds = Datasette(
        immutables=[str(seed_db)],
        metadata=metadata,
        settings={**SETTINGS, "sql_time_limit_ms": 200},
        inspect_data=json.loads(inspect(seed_db).read_text(encoding="utf-8")),
    )
    response = get(ds, "/kb.json", {"sql": SLOW})
    assert response.status_code == 400
    assert "SQL query took too long" in response.text

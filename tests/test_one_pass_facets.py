"""The facets of claims counted in one pass (kb.publish.facets, kb.publish.claim_codes), on the
real Datasette and SQLite: their counts are a plain GROUP BY's, and every page shows what
Datasette's own column facets (one query per column) showed — in the JSON and in the HTML —
on the seed and on a generated knowledge base of 3,000 events."""

from __future__ import annotations

import asyncio
import json
import re
import sqlite3
import subprocess
import sys
import urllib.parse
from collections import Counter
from pathlib import Path

import pytest
from datasette.app import Datasette

from kb.builder.build import build
from kb.builder.metadata import FACETS, ONE_PASS_TABLES, metadata
from kb.events.store import KnowledgeBase
from kb.publish import facets
from kb.publish.claim_codes import top
from kb.serve.runner import SETTINGS, inspect

ROOT = Path(__file__).resolve().parent.parent
COLUMNS = [facet for facet in FACETS["claims"] if isinstance(facet, str)]


@pytest.fixture(scope="module")
def generated_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("generated") / "kb"
    generator = [sys.executable, str(ROOT / "benchmarks" / "generate.py"), str(root), "--events", "3000"]
    subprocess.run(generator, check=True, capture_output=True)
    return build(KnowledgeBase(root), now=lambda: "2026-01-01T00:00:00.000000Z").db


@pytest.fixture(scope="module", params=["seed", "generated"])
def db(request: pytest.FixtureRequest) -> Path:
    return request.getfixturevalue("seed_db" if request.param == "seed" else "generated_db")


def served(db: Path, *, one_pass: bool = True, immutable: bool = True, **settings: object) -> Datasette:
    """Datasette as kb serve runs it; with one_pass=False, the claims' facets as Datasette's own
    column facets (as metadata.json declared them before); mutable, the plugin holds no codes."""
    value = metadata()
    if not one_pass:
        for table in ONE_PASS_TABLES:  # claims, and current_claims (the claims as they stand)
            value["databases"]["kb"]["tables"][table]["facets"] = list(FACETS[table])
    files = {"immutables": [str(db)]} if immutable else {"files": [str(db)]}
    inspect_data = json.loads(inspect(db).read_text(encoding="utf-8")) if immutable else None
    return Datasette(**files, metadata=value, settings={**SETTINGS, **settings}, inspect_data=inspect_data)


def get(ds: Datasette, path: str):
    return asyncio.run(ds.client.get(path))


def pages(db: Path) -> list[str]:
    """Query strings of the claims page: filtered, searched, with selected values, truncated facets…"""
    with sqlite3.connect(db) as conn:
        [[actor]] = conn.execute(
            "select actor from claims where actor is not null group by actor order by count(*) desc, actor limit 1"
        )
        [[topic]] = conn.execute("select topic from topics group by topic order by count(*) desc, topic limit 1")
    actor, topic = urllib.parse.quote(actor), urllib.parse.quote(topic)
    return [
        "",
        "kind=statement",
        "_search=progress",
        "_search=progress&_searchmode=raw&_sort=occurred_at&_size=3",
        "_search=progress&kind=statement",
        f"actor={actor}",
        f"_search=progress&actor={actor}&_facet_size=3",
        f"_topic={topic}",
        f"_topic={topic}&_search=progress&_searchmode=raw",
        "status=active&_sort=occurred_at&_facet_size=2",
        "_facet=kind&_facet=summary&_facet=actor",
        "_where=" + urllib.parse.quote("date_known = 1 and kind != 'meeting'"),
        "_search=a-word-no-claim-has",
    ]


def facet_html(text: str) -> str:
    return re.search(r'<div class="facet-results">.*?\n</div>', text, re.S).group(0)  # type: ignore[union-attr]


@pytest.mark.parametrize("table", ONE_PASS_TABLES)
def test_every_page_shows_datasettes_own_facets(db, table):
    """JSON and HTML: names, values, labels, counts, order, links, selected, truncated; of the
    claims, and of the claims as they stand (a view of them)."""
    assert table in ("claims", "current_claims")
    ours, datasettes = served(db), served(db, one_pass=False, immutable=False)
    for query in pages(db):
        mine, theirs = get(ours, f"/kb/{table}.json?{query}"), get(datasettes, f"/kb/{table}.json?{query}")
        assert mine.status_code == theirs.status_code, (query, mine.text)
        if mine.status_code != 200:  # a view is not sorted by a column
            assert table != "claims" and "_sort=" in query, (query, mine.text)
            continue
        assert mine.json()["facet_results"] == theirs.json()["facet_results"], query
        assert mine.json()["facet_results"], query
        html = get(ours, f"/kb/{table}?{query}").text
        assert facet_html(html) == facet_html(get(datasettes, f"/kb/{table}?{query}").text), query
    assert facets.PREPARED.get(ours) is not None and facets.PREPARED.get(datasettes) is None


def test_without_codes_the_facets_are_datasettes_own(db):
    """A mutable database: the plugin holds no codes, and each facet is one query of Datasette's."""
    fallback, datasettes = served(db, immutable=False), served(db, one_pass=False, immutable=False)
    for query in pages(db)[:6]:
        mine = get(fallback, f"/kb/claims.json?{query}").json()["facet_results"]
        assert mine == get(datasettes, f"/kb/claims.json?{query}").json()["facet_results"], query
    assert facets.PREPARED.get(fallback) is None


def group_by(conn: sqlite3.Connection, column: str, where: str, params: dict) -> dict:
    sql = f"select {column}, count(*) from claims where ({where}) and {column} is not null group by 1"
    return dict(conn.execute(sql, params).fetchall())


MOST_WHERE = "actor > '' or date_known = 0"  # NULL for a claim with no actor, known to the day


def test_a_page_of_most_claims_counts_the_others(generated_db):
    """On the generated knowledge base, the pages of most claims above take the other way."""
    ds = served(generated_db)
    asyncio.run(ds.invoke_startup())
    prepared = facets.PREPARED[ds]
    with sqlite3.connect(generated_db) as conn:
        for condition in ("status = 'active'", MOST_WHERE):
            [[count]] = conn.execute(f"select count(*) from claims where {condition}")
            [[nulls]] = conn.execute(f"select count(*) from claims where ({condition}) is null")
            assert 2 * count > prepared.codes.claims and (nulls > 0 or condition != MOST_WHERE)
            sql, others = facets.rowids_sql(prepared, f"where {condition} ", count)
            assert others and sql == f"select rowid from claims where not coalesce(({condition}), 0)"
    assert facets.rowids_sql(prepared, "where kind = :p0 ", 10) == ("select rowid from claims where kind = :p0 ", False)


def test_counts_are_a_group_by(db):
    """Unfiltered, filtered, searched, searched and filtered, a selected value: each column's
    counts equal a plain GROUP BY over the same claims, and the topics a count of topics rows."""
    ds = served(db)
    with sqlite3.connect(db) as conn:
        [[actor]] = conn.execute(
            "select actor from claims where actor is not null group by actor order by count(*) desc, actor limit 1"
        )
        search = "rowid in (select rowid from claims_fts where claims_fts match 'progress')"
        cases = [
            ("", "1", {}),
            ("kind=statement", "kind = 'statement'", {}),
            ("_search=progress", search, {}),
            ("_search=progress&kind=statement", f"{search} and kind = 'statement'", {}),
            (f"actor={urllib.parse.quote(actor)}", "actor = :actor", {"actor": actor}),
            # Most claims: counted as all claims less the others (NULL conditions included).
            ("status=active", "status = 'active'", {}),
            ("_where=" + urllib.parse.quote(MOST_WHERE), MOST_WHERE, {}),
        ]
        for query, where, params in cases:
            data = get(ds, f"/kb/claims.json?{query}&_facet_size=max&_size=0").json()
            assert data["filtered_table_rows_count"] > 0, query
            for column in COLUMNS:
                facet = data["facet_results"][column]
                assert not facet["truncated"], (query, column)
                counted = {row["value"]: row["count"] for row in facet["results"]}
                assert counted == group_by(conn, column, where, params), (query, column)
            topics_sql = (
                f"select topic, count(*) from topics where claim in (select id from claims where {where}) group by 1"
            )
            counted = {row["value"]: row["count"] for row in data["facet_results"]["topics"]["results"]}
            assert counted == dict(conn.execute(topics_sql, params).fetchall()), query


def test_a_search_counts_only_claims_even_if_the_index_holds_others(generated_db, tmp_path):
    """A plain search takes its rowids from the full-text index alone: entries of rows that are
    not claims (here deleted behind the index's back, the last one included) are not counted."""
    db = tmp_path / "kb.db"
    db.write_bytes(generated_db.read_bytes())
    with sqlite3.connect(db) as conn:
        conn.execute("drop trigger claims_ad")  # the index keeps the deleted claims' entries
        matching = "select rowid from claims_fts where claims_fts match 'progress'"
        [[first, last]] = conn.execute(f"select min(rowid), max(rowid) from ({matching})")
        conn.execute("delete from claims where rowid = ? or rowid >= ?", (first, last))  # the last claims too
        [[stale]] = conn.execute(f"select count(*) from ({matching}) where rowid not in (select rowid from claims)")
        assert stale >= 2 and conn.execute("select max(rowid) from claims").fetchone()[0] < last
    ours, datasettes = served(db), served(db, one_pass=False, immutable=False)
    mine = get(ours, "/kb/claims.json?_search=progress&_facet_size=max").json()
    assert (
        mine["facet_results"]
        == get(datasettes, "/kb/claims.json?_search=progress&_facet_size=max").json()["facet_results"]
    )
    assert sum(row["count"] for row in mine["facet_results"]["kind"]["results"]) == mine["filtered_table_rows_count"]


def test_a_request_facet_beside_the_configured_ones(seed_db):
    """?_facet=kind adds Datasette's own facet beside the configured one; ?_facet_one_pass= of a
    column the codes do not hold is counted by Datasette's query, and can be hidden again."""
    ds = served(seed_db)
    data = get(ds, "/kb/claims.json?_facet=kind&_facet_one_pass=summary&_facet_one_pass=kind").json()
    results = data["facet_results"]
    assert results["kind"]["results"] == results["kind_2"]["results"] == results["kind_3"]["results"]
    assert not results["kind"]["hideable"]  # configured: first, under its own name
    assert results["kind_2"]["hideable"] and "_facet_one_pass=kind" not in results["kind_2"]["toggle_url"]
    assert results["kind_3"]["hideable"] and "_facet=kind" not in results["kind_3"]["toggle_url"]  # Datasette's
    assert results["summary"]["hideable"] and "_facet_one_pass=summary" not in results["summary"]["toggle_url"]
    assert sum(row["count"] for row in results["kind"]["results"]) == data["filtered_table_rows_count"]
    assert sum(row["count"] for row in results["summary"]["results"]) > 0


def test_a_page_past_the_facet_time_limit_reports_its_facets_as_timed_out(generated_db):
    """A filter that takes longer than the facet time limit (1 ms: counting the 6 million pairs
    of claims takes far longer on any machine) gives the page without its facets, never an error."""
    ds = served(generated_db, facet_time_limit_ms=1, sql_time_limit_ms=60_000)
    where = urllib.parse.quote("(select count(*) from claims a, claims b) > 0")
    response = get(ds, f"/kb/claims.json?_where={where}&_size=1")
    assert response.status_code == 200 and response.json()["facet_results"] == {}
    html = get(ds, f"/kb/claims?_where={where}&_size=1")
    assert html.status_code == 200
    timed_out = re.search(r'<p class="facets-timed-out">These facets timed out: (.*?)</p>', html.text).group(1)  # type: ignore[union-attr]
    assert set(timed_out.split(", ")) == set(COLUMNS) | {"topics"}


HOSTILE = [
    '_search="',
    "_search=" + urllib.parse.quote('"progress'),
    "_search=" + urllib.parse.quote("progress*"),
    "_search=" + urllib.parse.quote("NEAR(progress"),
    "_search=" + urllib.parse.quote("NEAR(progress") + "&_searchmode=raw",
    "_search=" + urllib.parse.quote("a* OR ) AND (") + "&_searchmode=raw",
    "_search=" + "x" * 60_000,
    "_facet=kind&_facet=kind&_facet=kind&_facet_one_pass=kind&_facet_one_pass=kind",
    "_facet=nonexistent",
    "_facet_one_pass=nonexistent",
    "_facet_one_pass=" + urllib.parse.quote('{"column": "kind"}'),
    "_facet_one_pass=" + urllib.parse.quote("{not json"),
    "_facet=" + urllib.parse.quote("{not json"),
    "_facet_array=" + urllib.parse.quote('{"x": 1}'),
    "_facet=" + urllib.parse.quote('{"column": 1}'),
    "_facet_date=" + urllib.parse.quote('{"simple": ["a"]}'),
    "_facet_one_pass=" + urllib.parse.quote("<script>alert(1)</script>"),
    "kind=" + urllib.parse.quote("<script>alert(1)</script>") + "&_search=progress",
    "actor=" + urllib.parse.quote("\"'); drop table claims; --"),
    "_facet_size=-1",
    "_facet_size=max&_search=progress",
    "_topic=" + urllib.parse.quote("<b>"),
]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_parameters_get_a_page_or_a_clear_error(seed_db, query):
    ds = served(seed_db)
    for path in ("/kb/claims.json?", "/kb/claims?"):
        response = get(ds, path + query)
        assert response.status_code in (200, 400), (query, response.status_code, response.text[:300])
        if path == "/kb/claims?":  # the HTML escapes what it shows of the request
            assert "<script>alert" not in response.text


def asgi_get(ds: Datasette, path: str, query: bytes) -> int:
    """The status of a request made straight to Datasette's ASGI app (its test client refuses
    URLs over 64 kB)."""
    messages: list[dict] = []

    async def receive() -> dict:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict) -> None:
        messages.append(message)

    scope = {
        "type": "http",
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": query,
        "headers": [(b"host", b"localhost")],
        "client": ("127.0.0.1", 1),
        "server": ("localhost", 80),
    }
    asyncio.run(ds.invoke_startup())
    asyncio.run(ds.app()(scope, receive, send))
    return next(message["status"] for message in messages if message["type"] == "http.response.start")


def test_a_search_of_100_kb(seed_db):
    ds = served(seed_db)
    for words in ("x" * 100_000, ("progress " * 12_000)[:100_000], '"' * 100_000):
        assert asgi_get(ds, "/kb/claims.json", b"_search=" + urllib.parse.quote(words).encode()) in (200, 400)


def test_top_orders_as_sqlite_does():
    """count desc, then value: numbers before text, text by code point; ties at the cut kept."""
    counter = Counter({"b": 3, "a": 3, "é": 2, "z": 2, 10: 2, 2.5: 2, "A": 1, "x": 1})
    assert top(counter, 3) == [("a", 3), ("b", 3), (2.5, 2), (10, 2)]
    assert top(counter, 10) == [("a", 3), ("b", 3), (2.5, 2), (10, 2), ("z", 2), ("é", 2), ("A", 1), ("x", 1)]
    with sqlite3.connect(":memory:") as conn:
        conn.execute("create table t (v)")
        conn.executemany("insert into t values (?)", [(value,) for value, n in counter.items() for _ in range(n)])
        ordered = conn.execute("select v, count(*) from t group by v order by count(*) desc, v").fetchall()
    assert top(counter, 10) == ordered


def test_the_claims_as_they_stand_are_counted_from_the_codes(generated_db, monkeypatch):
    """current_claims is a view of claims: its configured facets come from the claims' codes, not
    from one query of Datasette's per column."""
    asked = []

    async def datasettes_own(self):
        asked.append(self.table)
        return [], []

    monkeypatch.setattr(facets.DatasetteColumnFacet, "facet_results", datasettes_own)
    ours = served(generated_db)
    for query in ("", "kind=statement", "_search=progress", "status=corrected"):
        found = get(ours, f"/kb/current_claims.json?{query}").json()
        assert found["facet_results"]["kind"]["results"] or query == "status=corrected", query
    assert asked == []

"""The published knowledge base, through Datasette's own test client: the seed built in a
temporary folder, served as kb serve serves it (immutable, metadata.json, kb's plugin)."""

from __future__ import annotations

import asyncio
import json
import re
import sqlite3
from pathlib import Path

import pytest
from datasette.app import Datasette
from test_agreements import two_negotiations  # noqa: F401 (a fixture)

from benchmarks.generate import generate
from kb import DISTRIBUTION
from kb.builder.build import build
from kb.builder.metadata import WIDE_PAGE, metadata
from kb.events.append import Appender
from kb.publish import compat, pages
from kb.serve.runner import SETTINGS, configuration_kwargs, inspect

ISHIBA = "ev-irxseu2yithwjrns"  # Ishiba wants to see "specific progress" …
KYODO = "ev-dkxvbcpsg7cwzprk"
TALKS = "us-japan-tariff-talks-2025"


def datasette_for(db: Path) -> Datasette:
    metadata = json.loads((db.parent / "metadata.json").read_text(encoding="utf-8"))
    inspect_data = json.loads(inspect(db).read_text(encoding="utf-8"))
    config = configuration_kwargs(db.parent)  # under Datasette 1.0, datasette.yaml
    return Datasette(immutables=[str(db)], metadata=metadata, settings=SETTINGS, inspect_data=inspect_data, **config)


@pytest.fixture(scope="module")
def ds(seed_db: Path) -> Datasette:
    return datasette_for(seed_db)


def get(ds: Datasette, path: str):
    return asyncio.run(ds.client.get(path))


def get_json(ds: Datasette, path: str):
    response = get(ds, path)
    assert response.status_code == 200, response.text
    return response.json()


def facet_counts(data: dict, name: str) -> dict:
    return {row["value"]: row["count"] for row in data["facet_results"][name]["results"]}


def test_kb_plugin_is_installed(ds):
    plugins = {plugin["name"]: plugin for plugin in get_json(ds, "/-/plugins.json")}
    assert "render_cell" in plugins[DISTRIBUTION]["hooks"]  # Datasette names a plugin by its distribution
    assert "register_routes" in plugins[DISTRIBUTION]["hooks"]


def test_the_plugin_reads_settings_titles_and_queries_as_datasette_0_65_and_1_0_answer(ds):
    """kb.publish.compat, against the installed Datasette (.ci/datasette-1.0 runs it on 1.0)."""
    asyncio.run(ds.invoke_startup())  # as the first request does (1.0 keeps metadata in tables it makes then)
    assert asyncio.run(compat.table_settings(ds, "kb", "claims"))["sort_desc"] == "sort_key"
    assert asyncio.run(compat.site_title(ds)) == "Negotiation knowledge base"
    assert asyncio.run(compat.query_title(ds, "kb", "calendar")) == "Meetings and expected dates"
    labels = asyncio.run(compat.expand_foreign_keys(ds, None, "kb", "claims", "actor", ["shigeru-ishiba"]))
    assert labels == {("actor", "shigeru-ishiba"): "Shigeru Ishiba"}
    assert compat.jinja_environment(ds).from_string("{{ 1 + 1 }}").render() == "2"


def test_kb_db_is_read_through_a_memory_map(ds):
    [[size]] = asyncio.run(ds.get_database("kb").execute("PRAGMA mmap_size")).rows
    assert size > 0


def test_claims_facets_with_their_counts(ds, seed_db):
    """Every configured facet is there, and its counts are the database's (the seed may grow:
    the counts are checked against SQL, and the article's claims as lower bounds)."""
    data = get_json(ds, "/kb/claims.json?_size=0")
    configured = {
        "kind",
        "negotiation",
        "actor",
        "subject",
        "attribution",
        "modality",
        "topics",
        "year",
        "month",
        "status",
    }
    configured |= {"hedge", "source_error_flagged", "date_known"}
    assert set(data["facet_results"]) == configured | {"verified"}
    with sqlite3.connect(seed_db) as conn:
        assert data["filtered_table_rows_count"] == conn.execute("SELECT count(*) FROM claims").fetchone()[0]
        for column in configured - {"topics"} | {"verified"}:
            truth = dict(conn.execute(f"SELECT {column}, count(*) FROM claims WHERE {column} IS NOT NULL GROUP BY 1"))
            assert facet_counts(data, column) == truth, column
        truth = dict(conn.execute("SELECT j.value, count(*) FROM claims, json_each(claims.topics) j GROUP BY 1"))
        assert facet_counts(data, "topics") == truth
    # The Kyodo article of 2025-04-18 alone gives at least these.
    kinds = facet_counts(data, "kind")
    assert kinds["statement"] >= 14 and kinds["meeting"] >= 3 and kinds["data_point"] >= 2
    assert facet_counts(data, "negotiation")[TALKS] >= 21
    assert facet_counts(data, "actor")["ryosei-akazawa"] >= 7 and facet_counts(data, "actor")["shigeru-ishiba"] >= 5
    attributions = facet_counts(data, "attribution")
    assert attributions["partial_quote"] >= 6 and attributions["direct_quote"] >= 3
    assert facet_counts(data, "topics")["tariffs"] >= 15 and facet_counts(data, "topics")["autos"] >= 3
    assert facet_counts(data, "month")["2025-04"] >= 19
    assert facet_counts(data, "status")["active"] >= 21 and facet_counts(data, "verified")["verified"] >= 21


def test_facet_labels_are_names(ds):
    data = get_json(ds, "/kb/claims.json?_size=0")
    labels = {row["value"]: row["label"] for row in data["facet_results"]["actor"]["results"]}
    assert labels["shigeru-ishiba"] == "Shigeru Ishiba"


def test_topic_facet_filters_through_the_topics_table(ds):
    data = get_json(ds, "/kb/claims.json?_topic=autos&_shape=objects")
    assert data["filtered_table_rows_count"] == 14
    assert all("autos" in json.loads(row["topics"]) for row in data["rows"])
    autos = next(r for r in data["facet_results"]["topics"]["results"] if r["value"] == "autos")
    assert autos["selected"] and autos["count"] == 14
    # A filtered facet counts only the filtered claims.
    assert facet_counts(data, "topics")["autos"] == 14
    assert facet_counts(data, "topics")["tariffs"] < 15


def specific_progress(seed_db: Path) -> set[str]:
    """The claims whose words have both "specific" and "progress", found without FTS."""
    with sqlite3.connect(seed_db) as conn:
        rows = conn.execute("SELECT id, summary || ' ' || text FROM claims").fetchall()
    return {id_ for id_, words in rows if {"specific", "progress"} <= set(re.findall(r"\w+", words.lower()))}


def test_full_text_search_finds_specific_progress(ds, seed_db):
    data = get_json(ds, "/kb/claims.json?_search=specific+progress&_shape=objects")
    ids = {row["id"] for row in data["rows"]}
    assert ISHIBA in ids
    assert ids == specific_progress(seed_db)
    assert data["filtered_table_rows_count"] == len(ids)


def test_search_canned_query_ranks_by_relevance(ds, seed_db):
    data = get_json(ds, "/kb/search_claims.json?q=specific+progress&_shape=objects")
    ranks = [row["rank"] for row in data["rows"]]
    assert ranks == sorted(ranks)
    assert {row["id"] for row in data["rows"]} == specific_progress(seed_db)


def test_json_api_returns_the_rows(ds, seed_db):
    data = get_json(ds, "/kb/claims.json?_shape=array&_size=max")
    with sqlite3.connect(seed_db) as conn:
        ids = {row[0] for row in conn.execute("SELECT id FROM claims")}
    assert {row["id"] for row in data} == ids and len(data) == len(ids)
    dates = [row["occurred_at"] for row in data]
    assert dates == sorted(dates, reverse=True)  # newest first
    row = get_json(ds, f"/kb/claims/{ISHIBA}.json?_shape=objects")["rows"][0]
    assert row["actor"] == "shigeru-ishiba" and row["attribution"] == "partial_quote"


def test_event_page_shows_the_claim_its_source_and_excerpt(ds):
    response = get(ds, f"/-/event/{ISHIBA}")
    assert response.status_code == 200
    html = response.text
    assert "Shigeru Ishiba, partly quoted, told reporters" in html
    assert "Ishiba wants to see &#34;specific progress&#34; in bilateral tariff negotiations" in html
    assert "Kyodo News" in html
    assert f'href="/-/event/{KYODO}"' in html
    assert "verified: the excerpt is in the source&#39;s text snapshot" in html
    assert 'href="/kb/entities/shigeru-ishiba"' in html
    assert f'href="/-/timeline/{TALKS}"' in html


def test_event_page_shows_its_citation(ds):
    html = get(ds, f"/-/event/{ISHIBA}").text
    for format_ in ("text", "markdown", "csl"):
        assert f'id="kb-cite-{format_}"' in html
    text = re.search(r'<pre id="kb-cite-text">(.*?)</pre>', html, re.S).group(1)
    assert "Ishiba" in text and "Kyodo" in text and "2025" in text
    csl = re.search(r'<pre id="kb-cite-csl">(.*?)</pre>', html, re.S).group(1)
    assert ISHIBA in csl


def test_source_and_entity_event_pages(ds, seed_db):
    html = get(ds, f"/-/event/{KYODO}").text
    with sqlite3.connect(seed_db) as conn:
        [citing] = conn.execute(f"SELECT count(DISTINCT claim) FROM citations WHERE source = '{KYODO}'").fetchone()
    assert f"Claims citing it ({citing})" in html and "Its text is held here" in html
    with sqlite3.connect(seed_db) as conn:
        [entity] = conn.execute("SELECT id FROM entities WHERE key = 'ryosei-akazawa'").fetchone()
    html = get(ds, f"/-/event/{entity}").text
    assert "chief negotiator" in html
    assert "/kb/entity_claims?entity=ryosei-akazawa" in html


def test_unknown_event_is_404(ds):
    assert get(ds, "/-/event/ev-aaaaaaaaaaaaaaaa").status_code == 404
    assert get(ds, "/-/event/not-an-id").status_code == 404


def test_event_ids_in_tables_link_to_the_event_page(ds):
    html = get(ds, "/kb/citations").text
    assert re.search(rf'<a href="/-/event/{ISHIBA}" class="kb-event-id">{ISHIBA}</a>', html)
    assert f'<a href="/-/event/{KYODO}" class="kb-event-id">{KYODO}</a>' in html
    claims = get(ds, "/kb/claims").text
    assert re.search(rf'<a href="/-/event/{ISHIBA}" title="[^"]*">Shigeru Ishiba, partly quoted', claims)
    query = get(ds, "/kb/search_claims?q=specific+progress").text
    assert f'href="/-/event/{ISHIBA}"' in query


def test_timeline_groups_claims_by_day(ds):
    assert TALKS in get(ds, "/-/timelines").text
    html = get(ds, f"/-/timeline/{TALKS}").text
    assert "Friday 18 April 2025" in html
    assert "April 2025" in html and "day not reported" in html
    assert html.index("March 2025") < html.index("Friday 18 April 2025")
    assert f'href="/-/event/{ISHIBA}"' in html
    assert get(ds, "/-/timeline/no-such-talks").status_code == 404


def test_chart_of_a_metric(ds):
    assert "/-/chart/trade_surplus" in get(ds, "/-/charts").text
    html = get(ds, "/-/chart/trade_surplus").text
    data = json.loads(re.search(r'<script type="application/json" id="kb-chart-data">(.*?)</script>', html).group(1))
    assert data["labels"] == sorted(data["labels"]) and "2025-03" in data["labels"]
    [series] = [s for s in data["series"] if s["label"] == "Japan with United States (JPY)"]
    assert series["values"][data["labels"].index("2025-03")] == 9000000000000.0
    assert "around 9 trillion yen ($63 billion)" in html
    assert get(ds, "/-/chart/no_such_metric").status_code == 404


def test_chart_js_is_served_from_the_package(ds):
    """Datasette serves the plugin package's static/ itself, and nothing outside it."""
    page = get(ds, "/-/chart/trade_surplus").text
    [url] = re.findall(r'src="(/-/static-plugins/negotiation-kb/chart-[^"]+)"', page)
    response = get(ds, url)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/javascript")
    assert "Chart.js v4.6.1" in response.text[:200]
    assert get(ds, "/-/static-plugins/negotiation-kb/../__init__.py").status_code == 404
    assert get(ds, "/-/static-plugins/negotiation-kb/%2e%2e/__init__.py").status_code == 404
    assert get(ds, "/-/static-plugins/negotiation-kb/__init__.py").status_code == 404


def test_markup_in_a_claim_is_escaped_everywhere(kb, clock, small):
    """A claim's words are text: no page of kb's renders them as HTML."""
    [path] = Appender(kb, clock).append(
        [
            {
                "type": "statement",
                "negotiation": "talks",
                "occurred_at": "2025-04-17",
                "speaker": "trump",
                "attribution": "reported",
                "text": "Trump posted <script>alert(1)</script> and <img src=x onerror=alert(2)>",
                "topics": ["tariffs"],
                "citations": [{"source": small.source, "excerpt": "Akazawa met U.S. President Donald Trump"}],
            }
        ]
    )
    db = build(kb, now=clock).db
    ds = datasette_for(db)
    for url in (f"/-/event/{path.stem}", "/kb/claims", "/-/timeline/talks", "/kb/search_claims?q=posted"):
        html = get(ds, url).text
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html, url
        assert "<script>alert(1)" not in html and "<img src=x" not in html, url


def test_a_page_for_every_kind_of_event(kb, clock, two_negotiations):  # noqa: F811 (the fixture)
    """Agreements with terms, measures, corrections, retractions, corroborations and links."""
    ids = two_negotiations
    appender = Appender(kb, clock)
    source = ids["source"]

    def add(payload):
        [path] = appender.append([payload])
        return path.stem

    said = add(
        {
            "type": "statement",
            "negotiation": "us-japan",
            "occurred_at": "2025-09-05",
            "speaker": "donald-trump",
            "attribution": "paraphrase",
            "text": "Japan will invest $550 billion in the United States",
            "citations": [{"source": source, "excerpt": "Japan will invest $550 billion in the United States"}],
        }
    )
    again = add(
        {
            "type": "statement",
            "negotiation": "us-japan",
            "occurred_at": "2025-09-05",
            "speaker": "donald-trump",
            "attribution": "reported",
            "text": "Japan is to invest $550 billion in the US",
            "citations": [{"source": source, "excerpt": "Japan will invest $550 billion in the United States"}],
        }
    )
    link = add({"type": "link", "kind": "same_statement", "events": [said, again], "note": "One remark"})
    corroboration = add(
        {"type": "corroboration", "target": said, "citations": [{"source": source, "excerpt": "Trump said"}]}
    )
    retraction = add({"type": "retraction", "target": again, "reason": "A duplicate of the Wire report"})
    db = build(kb, now=clock).db
    ds = datasette_for(db)

    def page(event_id):
        response = get(ds, f"/-/event/{event_id}")
        assert response.status_code == 200, response.text
        return response.text

    with sqlite3.connect(db) as conn:
        every = [row[0] for row in conn.execute("SELECT id FROM events")]
        types = {row[0] for row in conn.execute("SELECT type FROM events")}
    assert {"agreement", "measure", "link", "corroboration", "retraction", "source", "entity"} <= types
    for event_id in every:
        page(event_id)

    html = page(ids["announced"])
    assert "US–Japan agreement (announced)" in html and "reciprocal-tariff" in html
    assert "Later reports of this agreement" in html
    html = page(said)
    assert "Recorded separately as the same statement" in html and f'href="/-/event/{again}"' in html
    assert f'Added by <a href="/-/event/{corroboration}">' in html
    html = page(again)
    assert "Retracted" in html and "A duplicate of the Wire report" in html
    assert f'href="/-/event/{retraction}"' in html
    assert "2 records of one statement" in page(link)


def test_a_wide_table_pages_by_fifty_rows(ds, seed_db):
    """claims and the views as wide (more than WIDE columns) show WIDE_PAGE rows a page: what a page
    costs is Datasette drawing its cells."""
    tables = metadata()["databases"]["kb"]["tables"]
    wide = {name for name, spec in tables.items() if spec.get("size") == WIDE_PAGE}
    assert {"claims", "current_claims", "data_points", "conflicts"} <= wide
    assert "sources" not in wide and "claim_history" not in wide
    with sqlite3.connect(seed_db) as conn:
        assert conn.execute("SELECT count(*) FROM claims").fetchone()[0] > WIDE_PAGE
    data = get_json(ds, "/kb/claims.json")
    assert len(data["rows"]) == WIDE_PAGE and data["next"]
    assert len(get_json(ds, "/kb/claims.json?_size=80")["rows"]) == 80  # a reader may ask for more


def test_a_chart_draws_the_series_with_most_figures_and_says_how_many_are_folded(tmp_path, monkeypatch):
    monkeypatch.setattr(pages, "CHART_TABLE_PAGE", 20)  # the table's pages, with a few figures
    big = generate(tmp_path / "big", 2500, seed=4)
    db = build(big, now=lambda: "2025-05-01T00:00:00.000000Z").db
    with sqlite3.connect(db) as conn:
        metric, figures = conn.execute(
            "SELECT metric, count(*) FROM data_points GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1"
        ).fetchone()
        chart = pages.chart(conn, metric)
        last = pages.chart(conn, metric, page=10**6)
    assert chart is not None and last is not None
    assert len(chart.series) == pages.CHART_SERIES and chart.folded > 0
    drawn = sum(value is not None for line in chart.series for value in line["values"])
    assert drawn + chart.folded_figures <= figures  # corrected, retracted and ranges are not drawn
    assert chart.total == figures and len(chart.points) == min(figures, pages.CHART_TABLE_PAGE)
    assert last.page == last.pages == -(-figures // pages.CHART_TABLE_PAGE)
    text = " ".join(get(datasette_for(db), f"/-/chart/{metric}").text.split())
    assert f"{chart.folded:,} more series ({chart.folded_figures:,} figures) are folded" in text
    assert f"{figures:,} figures, page 1 of {last.pages}" in text and last.pages > 2
    for hostile in ("0", "-1", "abc", "9" * 40, "%3Cscript%3E"):  # not a page number: the first page
        response = get(datasette_for(db), f"/-/chart/{metric}?page={hostile}")
        assert response.status_code == 200 and f"page 1 of {last.pages}" in " ".join(response.text.split())

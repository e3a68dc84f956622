"""What a reader of the published site meets: entities by name, enum values in words, one search
box over claims and sources ranked by relevance, figures that disagree with names and titles,
feeds advertised in the pages, and a robots.txt."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from urllib.parse import quote

import pytest
from test_datasette import datasette_for, get, get_json

from kb.builder.build import build
from kb.events.append import Appender


@pytest.fixture(scope="module")
def ds(seed_db):
    return datasette_for(seed_db)


def test_summaries_name_entities_by_name(ds):
    rows = get_json(ds, "/kb/claims.json?_shape=array&kind=data_point")
    assert "Trade surplus of Japan with United States: around 9 trillion yen ($63 billion)" in [
        r["summary"] for r in rows
    ]
    assert not any("ryosei-akazawa" in row["summary"] for row in get_json(ds, "/kb/claims.json?_shape=array"))


def test_enum_values_read_in_words_in_html_only(ds):
    page = get(ds, "/kb/claims?attribution=direct_quote").text
    assert '<span title="direct_quote">direct quote</span>' in page
    assert get_json(ds, "/kb/claims.json?_shape=array&attribution=direct_quote")[0]["attribution"] == "direct_quote"


def test_one_search_box_over_claims_and_sources_ranked(ds):
    home = get(ds, "/").text
    assert re.search(r'<form action="/kb/search" method="get"[^>]*>.*<input type="search" id="kb-q" name="q">', home)
    rows = get_json(ds, "/kb/search.json?_shape=array&q=specific+progress")
    assert {"statement", "source"} <= {row["what"] for row in rows}
    assert [row["rank"] for row in rows] == sorted(row["rank"] for row in rows)
    # FTS syntax is escaped, not run: `") OR xyzzy` is searched as words (the bundled claims hold "or", not "xyzzy")
    assert get_json(ds, "/kb/search.json?_shape=array&q=%22%29%20OR%20xyzzy") == []


def test_feeds_are_served_and_advertised(ds):
    for path in ("/", "/kb", "/kb/claims", "/-/timelines"):
        head = get(ds, path).text.split("</head>")[0]
        assert 'rel="alternate" type="application/atom+xml"' in head and 'type="text/calendar"' in head, path
    atom = ElementTree.fromstring(get(ds, "/kb/new_claims.atom").content)
    entries = atom.findall("{http://www.w3.org/2005/Atom}entry")
    assert len(entries) == 50  # the first page of the bundled knowledge base's 88 claims
    assert all(
        e.find("{http://www.w3.org/2005/Atom}link").get("href").startswith("http://localhost/-/event/ev-")
        for e in entries
    )
    ics = get(ds, "/kb/calendar.ics").text
    assert ics.startswith("BEGIN:VCALENDAR") and "DTSTART;VALUE=DATE:20250430" in ics  # an all-day date


def test_robots_txt_keeps_crawlers_off_sql_and_downloads(ds):
    response = get(ds, "/robots.txt")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/plain")
    assert "Disallow: /kb?" in response.text and "Disallow: /kb.db" in response.text


def test_figures_that_disagree_show_names_titles_and_each_other(kb, clock, small):
    Appender(kb, clock).append(
        [
            {
                "type": "data_point",
                "negotiation": "talks",
                "occurred_at": "2025-03",
                "metric": "trade_surplus",
                "subject": "japan",
                "counterpart": "united-states",
                "value": "8600000000000",
                "unit": "JPY",
                "value_as_stated": "8.6 trillion yen",
                "citations": [{"source": small.source, "excerpt": "around 9 trillion yen"}],
            }
        ]
    )
    db = build(kb, now=clock).db
    ds = datasette_for(db)
    rows = get_json(ds, "/kb/conflicts.json?_shape=array")
    assert {row["subject_name"] for row in rows} == {"Japan"} and len(rows) == 2
    assert {row["source_titles"] for row in rows} == {"Akazawa meets Trump (Kyodo News)"}
    page = get(ds, f"/-/event/{small.data_point}").text
    assert "Other reports of this figure disagree" in page and "8.6 trillion yen" in page
    assert '<a href="/kb/conflicts">' in get(ds, "/").text


ATOM = "{http://www.w3.org/2005/Atom}"


def test_the_feeds_of_a_knowledge_base_with_no_claim_yet(kb, clock):
    """A feed with no entry yet is dated when kb.db was built (datasette-atom, which kb's renderer
    stands in for, would take the date of its newest row)."""
    ds = datasette_for(build(kb, now=clock).db)
    response = get(ds, "/kb/new_claims.atom")
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/atom+xml; charset=utf-8"
    atom = ElementTree.fromstring(response.content)
    assert atom.findall(f"{ATOM}entry") == []
    assert atom.find(f"{ATOM}title").text == "New claims in the knowledge base"
    built_at = get_json(ds, "/kb/_meta/built_at.json?_shape=array")[0]["value"]
    assert atom.find(f"{ATOM}updated").text[:19] == built_at[:19]
    ics = get(ds, "/kb/calendar.ics")
    assert ics.status_code == 200 and ics.text.startswith("BEGIN:VCALENDAR") and "BEGIN:VEVENT" not in ics.text
    # Any query with the feed's columns and no row: its title, markup and all, is text in the feed.
    sql = "select 1 as atom_id, '2025-01-01T00:00:00Z' as atom_updated, 'x' as atom_title where 0"
    response = get(ds, f"/kb.atom?sql={quote(sql)}&_feed_title={quote('<b>no</b> & more')}")
    assert response.status_code == 200, response.text
    assert ElementTree.fromstring(response.content).find(f"{ATOM}title").text == "<b>no</b> & more"
    assert b"<b>" not in response.content

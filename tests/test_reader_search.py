"""What a reader of the site is offered (issue 27): every table and view of claims honours
``_search`` (not only ``claims``), and the facet of speakers and actors holds no subject of a figure,
which has a facet of its own."""

from __future__ import annotations

import sqlite3

import pytest
from test_datasette import datasette_for, get, get_json

from kb.publish.search import SEARCHED


@pytest.fixture(scope="module")
def ds(seed_db):
    return datasette_for(seed_db)


def matching(seed_db, words: str) -> set[str]:
    with sqlite3.connect(seed_db) as conn:
        query = "SELECT id FROM claims WHERE rowid IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?)"
        return {row[0] for row in conn.execute(query, [f'"{words}"'])}


@pytest.mark.parametrize(("table", "column"), sorted(SEARCHED.items()))
def test_search_keeps_the_rows_of_the_claims_it_matches_in_every_table_and_view_of_claims(ds, seed_db, table, column):
    every = get_json(ds, f"/kb/{table}.json?_shape=array&_size=max")
    found = get_json(ds, f"/kb/{table}.json?_shape=array&_size=max&_search=Akazawa")
    assert {row[column] for row in found} == {row[column] for row in every} & matching(seed_db, "Akazawa")
    # FTS syntax is escaped, not run: the words `")` and `OR` are looked for as words, as on claims.
    hostile = get_json(ds, f"/kb/{table}.json?_shape=array&_size=max&_search=%22%29%20OR%20")
    claims = get_json(ds, "/kb/claims.json?_shape=array&_size=max&_search=%22%29%20OR%20")
    assert {row[column] for row in hostile} == {row[column] for row in every} & {row["id"] for row in claims}


def test_every_table_and_view_whose_rows_are_claims_is_searched():
    assert {"current_claims", "statements", "meetings", "data_points", "conflicts", "claim_history"} <= set(SEARCHED)
    assert "claims" not in SEARCHED  # Datasette searches it through claims_fts


def test_current_claims_under_a_search_is_not_every_claim(ds):
    every = get_json(ds, "/kb/current_claims.json?_size=0")["filtered_table_rows_count"]
    found = get_json(ds, "/kb/current_claims.json?_size=0&_search=Akazawa")["filtered_table_rows_count"]
    assert 0 < found < every
    assert "where search matches &#34;Akazawa&#34;" in get(ds, "/kb/current_claims?_search=Akazawa").text


def test_the_actor_facet_holds_no_subject_of_a_figure_and_subjects_have_their_own(ds, seed_db):
    with sqlite3.connect(seed_db) as conn:
        subjects = {row[0] for row in conn.execute("SELECT subject FROM data_points")}
        givers = {row[0] for row in conn.execute("SELECT stated_by FROM data_points WHERE stated_by IS NOT NULL")}
    data = get_json(ds, "/kb/claims.json?_size=0&kind=data_point")
    facets = data["facet_results"]
    actors = {row["value"] for row in facets["actor"]["results"]}
    assert actors == givers
    assert {row["value"] for row in facets["subject"]["results"]} == subjects


def test_kb_show_says_what_later_events_did_to_a_claim(runner, kb, small):
    from kb.cli import cli

    def ok(*args: str) -> str:
        result = runner.invoke(cli, list(args))
        assert result.exit_code == 0, result.output
        return result.output.strip()

    more = ok("corroborate", small.meeting, "--source", small.source, "--excerpt", "in Washington on Wednesday")
    linked = ok("add", "link", "--kind", "disagrees", "--event", small.meeting, "--event", small.statement, "--note",
                "They tell it differently")  # fmt: skip
    fixed = ok("correct", small.meeting, "--place", "the White House", "--reason", "The place was the White House")
    gone = ok("retract", fixed, "--reason", "The meeting was called off")
    shown = ok("show", small.meeting[:8])
    assert f"  corrected by {fixed}: The place was the White House\n" in shown
    assert f"  corroborated by {more}: {small.source}: in Washington on Wednesday\n" in shown
    assert shown.endswith(f"  disagrees with {small.statement} (link {linked}): They tell it differently")
    assert f"  retracted by {gone}: The meeting was called off" in ok("show", fixed)


@pytest.mark.parametrize("table", sorted(SEARCHED))
def test_every_table_and_view_searched_offers_a_search_box(ds, table):
    """Datasette gives a search box to a table with a full-text index of its own; the tables and
    views searched through kb's filter get one too, holding the words searched."""
    page = get(ds, f"/kb/{table}?_search=Akazawa+%3Cb%3E").text
    assert '<input id="_search" type="search" name="_search" value="Akazawa &lt;b&gt;">' in page
    assert '<input id="_search"' in get(ds, f"/kb/{table}").text


def test_no_search_box_where_nothing_is_searched(ds):
    assert '<input id="_search"' not in get(ds, "/kb/entities").text

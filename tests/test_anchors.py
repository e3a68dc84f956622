"""Each verified citation is anchored in its snapshot with W3C Web Annotation selectors, in
kb.db and so in the JSON API, and the event page links to the passage with a text fragment;
a source records when it was retrieved and its archived copy."""

from __future__ import annotations

import asyncio
import json
import re
import sqlite3
from urllib.parse import unquote

from conftest import ARTICLE, REPO, add_small_kb
from hypothesis import given
from hypothesis import strategies as st
from test_datasette import datasette_for

from kb.builder.build import build
from kb.events.anchors import anchor, text_fragment


def test_an_excerpt_is_anchored_whatever_its_white_space():
    text = "Before it.\nJapan's chief   negotiator\nmet Trump. After."
    found = anchor("chief negotiator met Trump.", text)
    assert found is not None
    assert text[found.start : found.end] == found.exact == "chief   negotiator\nmet Trump."
    assert found.prefix == "Before it.\nJapan's " and found.suffix == " After."
    assert anchor("not in it", text) is None and anchor("  ", text) is None


def test_positions_count_code_points_and_context_is_32_characters():
    text = "é" * 40 + "🙂 target words " + "x" * 40
    found = anchor("target words", text)
    assert found is not None and (found.start, found.end) == (42, 54)
    assert len(found.prefix) == 32 and len(found.suffix) == 32


def test_a_text_fragment_encodes_what_its_syntax_uses():
    url = text_fragment("https://example.org/a#top", "win-win, fast & fair")
    assert url == "https://example.org/a#:~:text=win%2Dwin%2C%20fast%20%26%20fair"
    long = " ".join(f"w{n}" for n in range(20))
    assert (
        text_fragment("https://e.org/", long)
        == "https://e.org/#:~:text=w0%20w1%20w2%20w3%20w4%20w5,w14%20w15%20w16%20w17%20w18%20w19"
    )


def test_the_build_stores_the_selectors_and_the_page_links_the_passage(kb, clock):
    small = add_small_kb(kb, clock)
    db = build(kb, now=clock).db
    with sqlite3.connect(db) as conn:
        row = conn.execute(
            "SELECT selector_exact, selector_prefix, selector_suffix, selector_start, selector_end FROM citations "
            "WHERE claim = ?",
            [small.statement],
        ).fetchone()
    exact, prefix, suffix, start, end = row
    assert ARTICLE[start:end] == exact == '"We want a win-win deal," Akazawa told reporters.'
    assert ARTICLE[:start].endswith(prefix) and ARTICLE[end:].startswith(suffix)
    (kb.root / "metadata.json").write_text((REPO / "metadata.json").read_text(encoding="utf-8"), encoding="utf-8")
    ds = datasette_for(db)
    api = asyncio.run(ds.client.get(f"/kb/citations.json?claim={small.statement}&_shape=array")).json()
    assert api[0]["selector_start"] == start and api[0]["selector_exact"] == exact
    page = asyncio.run(ds.client.get(f"/-/event/{small.statement}")).text
    link = "https://example.org/akazawa#:~:text=%22We%20want%20a%20win%2Dwin%20deal%2C%22%20Akazawa%20told%20reporters."
    assert f'href="{link}"' in page
    assert unquote(link.partition("text=")[2]) == exact


def test_a_source_records_when_it_was_retrieved_and_its_archived_copy(kb, clock, runner):
    from kb.cli import cli

    small = add_small_kb(kb, clock)
    added = runner.invoke(
        cli,
        ["add", "source", "--kind", "article", "--publisher", "Kyodo News", "--title", "Archived"]
        + ["--published-at", "2025-04-17", "--url", "https://example.org/b", "--retrieved-at", "2025-04-19"]
        + ["--archive-url", "https://web.archive.org/web/2025/https://example.org/b"],
    )
    assert added.exit_code == 0, added.output
    source = added.output.strip()
    item = json.loads(runner.invoke(cli, ["cite", source, "--format", "csl-json"]).output)[0]
    assert item["accessed"] == {"date-parts": [[2025, 4, 19]]}
    assert "archived copy: https://web.archive.org/web/2025/https://example.org/b" in item["note"]
    text = runner.invoke(cli, ["cite", source]).output
    assert "retrieved 19 April 2025, archived at https://web.archive.org/web/2025/https://example.org/b" in text
    markdown = runner.invoke(cli, ["cite", source, "--format", "markdown"]).output
    assert "archived at <https://web.archive.org/web/2025/https://example.org/b>" in markdown
    hostile = runner.invoke(
        cli,
        ["add", "source", "--kind", "article", "--publisher", "K", "--title", "T", "--published-at", "2025"]
        + ["--archive-url", "javascript:alert(1)"],
    )
    assert hostile.exit_code != 0 and "archive_url" in hostile.output
    assert small


@given(st.text(alphabet="ab \n\t\u00a0é", max_size=60), st.text(alphabet="ab \né", min_size=1, max_size=8))
def test_the_anchor_is_the_first_match_of_the_words_with_any_white_space_between(text, excerpt):
    words = excerpt.split()
    pattern = r"\s+".join(re.escape(word) for word in words)
    expected = re.search(pattern, text) if words else None
    found = anchor(excerpt, text)
    if expected is None:
        assert found is None
    else:
        assert found is not None and text[found.start : found.end] == found.exact
        assert " ".join(found.exact.split()) == " ".join(words)
        assert found.start == expected.start()

"""What a reader sees of a claim's further reports and links (issue 27): the claim's page lists
every source and what each added, a withdrawn report marked so; links (disagrees, the same
claim twice) are listed on the page of every kind of claim; the claim's citation names every
source still standing. In the real Datasette, and in Chromium for what a person sees."""

from __future__ import annotations

import html
import json
import re

import pytest
from conftest import REPO
from test_browser import CHROMIUM, CHROMIUM_ARGS
from test_datasette import datasette_for, get
from test_second_reports import SECOND_ARTICLE, added, run

from kb.builder.build import build
from kb.serve.runner import Served


@pytest.fixture
def reported(runner, kb, small, clock, tmp_path):
    """The small knowledge base, a second source, a hedged meeting it confirms first hand with its
    place and length, a further report of it withdrawn, and two statements linked as disagreeing."""
    text = tmp_path / "second.txt"
    text.write_text(SECOND_ARTICLE)
    second = added(
        runner, "add", "source", "--kind", "article", "--publisher", "Nikkei", "--title", "Talks at the White House",
        "--published-at", "2025-04-18", "--text-file", str(text),
    )  # fmt: skip
    hedged = added(
        runner, "add", "meeting", "--negotiation", "talks", "--participant", "akazawa:japan",
        "--participant", "trump:united-states", "--summary", "Akazawa and Trump talked", "--hedge", "reportedly",
        "--citation", f"{small.source}:Akazawa met U.S. President Donald Trump", "--new",
    )  # fmt: skip
    confirmed = added(
        runner, "corroborate", hedged, "--source", second, "--excerpt", "talked for about 75 minutes",
        "--place", "the White House", "--duration", "PT75M", "--duration-qualifier", "about", "--first-hand",
    )  # fmt: skip
    withdrawn = added(
        runner, "corroborate", hedged, "--source", second, "--excerpt", "on Wednesday, officials said",
        "--occurred-at", "2025-04-16",
    )  # fmt: skip
    retraction = added(runner, "retract", withdrawn, "--reason", "The officials spoke of another day")
    said = added(
        runner, "add", "statement", "--negotiation", "talks", "--occurred-at", "2025-04-16", "--speaker", "akazawa",
        "--attribution", "paraphrase", "--text", "Akazawa spoke to reporters after the talks",
        "--citation", f"{second}:Akazawa told reporters afterwards",
    )  # fmt: skip
    link = added(
        runner, "add", "link", "--kind", "disagrees", "--event", small.statement, "--event", said,
        "--note", "One says a quote, the other a paraphrase",
    )  # fmt: skip
    db = build(kb, now=clock).db
    return dict(
        db=db, second=second, hedged=hedged, confirmed=confirmed, withdrawn=withdrawn, retraction=retraction,
        said=said, link=link, small=small,
    )  # fmt: skip


def text_of(page_html: str) -> str:
    words = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page_html)).split())
    return re.sub(r" ([;,:.])", r"\1", words)


def test_the_claim_page_lists_every_report_and_what_each_added(reported):
    ds = datasette_for(reported["db"])
    response = get(ds, f"/-/event/{reported['hedged']}")
    assert response.status_code == 200
    words = text_of(response.text)
    assert "Further reports" in words
    assert "The first report gives it as reportedly; a further report confirms it first hand." in words
    assert "adds place: the White House; duration: about PT75M; first-hand confirmation" in words
    assert f"adds date: 2025-04-16 withdrawn by {reported['retraction']}" in words
    assert "about 1 h 15 min" in words  # the meeting's part reads the length the second report gives
    assert "· the White House" in words
    assert "Talks at the White House — Nikkei" in words
    # A withdrawn report's words are no longer among the claim's sources.
    assert "talked for about 75 minutes" in words and "on Wednesday, officials said" not in words
    # As recorded: the first report's own fields, its hedge included.
    assert re.search(r"hedge\s*reportedly", words)
    corroboration = text_of(get(ds, f"/-/event/{reported['withdrawn']}").text)
    assert "Retracted" in corroboration and "The officials spoke of another day" in corroboration


@pytest.mark.parametrize("which", ["statement", "said"])
def test_links_are_listed_on_the_page_of_every_kind(reported, which):
    ds = datasette_for(reported["db"])
    claim = reported["small"].statement if which == "statement" else reported["said"]
    other = reported["said"] if which == "statement" else reported["small"].statement
    page = get(ds, f"/-/event/{claim}").text
    assert "Disagrees with" in text_of(page) and f'href="/-/event/{other}"' in page
    assert f'href="/-/event/{reported["link"]}"' in page and "One says a quote, the other a paraphrase" in page


def test_the_citation_names_every_source_standing(runner, reported):
    text = run(runner, "cite", reported["hedged"]).output
    assert "Sources: Kyodo News" in text and "Nikkei, “Talks at the White House”" in text
    assert "in the White House, about 1 h 15 min" in text  # what the standing report added
    assert "reportedly" not in text  # confirmed first hand: the citation gives it as it stands
    assert "undated" in text  # the withdrawn report's date no longer counts
    item = json.loads(run(runner, "cite", reported["hedged"], "--format", "csl-json").output)
    assert "Nikkei" in json.dumps(item)


@pytest.mark.browser
def test_a_person_sees_the_reports_and_the_links(reported, kb):
    from playwright.sync_api import sync_playwright

    served = Served(kb.root, timeout=60)
    served.cwd = REPO  # not the test's folder, whose kb/ (the knowledge base) Python would import as kb
    with served as server, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            page.goto(f"{server.base}/-/event/{reported['hedged']}")
            reports = page.locator("section.kb-reports")
            assert reports.is_visible()
            seen = reports.inner_text()
            assert "place: the White House" in seen and "first-hand confirmation" in seen and "withdrawn" in seen
            assert "reportedly" not in page.locator("h1").inner_text()
            page.goto(f"{server.base}/-/event/{reported['said']}")
            links = page.locator("section.kb-links")
            assert links.is_visible() and "Disagrees with" in links.inner_text()
            links.get_by_role("link").first.click()
            page.wait_for_url(f"**/-/event/{reported['small'].statement}")
        finally:
            browser.close()

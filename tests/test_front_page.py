"""A negotiation's front page, /-/negotiation/<key>: read from kb.db by kb.publish.front (the
agreements of tests/test_agreements.py, two negotiations kept apart), then shown by the real
server in Chromium, from the list of negotiations; its screenshot goes to
docs/negotiation-page.png. The database page keeps the build's own tables out of the way, and
the claims' facets are titled in words."""

from __future__ import annotations

import contextlib
import sqlite3

import pytest
from conftest import REPO, copy_seed
from test_agreements import db, two_negotiations  # noqa: F401 - fixtures
from test_browser import TALKS, browser, page  # noqa: F401 - fixtures

from kb.publish.front import front_page
from kb.serve.runner import Served


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """kb serve on a copy of the bundled knowledge base, as it is."""
    root = tmp_path_factory.mktemp("front") / "kb"
    copy_seed(root)
    with Served(root, timeout=120) as served:
        yield {"base": served.base}


def test_the_agreement_as_it_stands_with_its_history_terms_and_accounts(db, two_negotiations):  # noqa: F811
    ids = two_negotiations
    with contextlib.closing(sqlite3.connect(db)) as conn:
        conn.row_factory = sqlite3.Row
        japan = front_page(conn, "us-japan")
        uk = front_page(conn, "us-uk")
        assert front_page(conn, "no-such-talks") is None
    assert japan is not None and uk is not None
    assert japan.name == "US–Japan talks"
    [agreement] = japan.agreements
    history = [report["id"] for report in agreement.history]
    assert history[0] == ids["announced"] and agreement.now["id"] == history[-1]
    assert [report["date"] for report in agreement.history] == sorted(report["date"] for report in agreement.history)
    assert {row["statement"] for row in japan.accounts} == {v for name, v in ids.items() if name.endswith("account")}
    assert {person["key"] for person in japan.people} >= {"ryosei-akazawa", "donald-trump"}
    assert all(person["latest"]["id"] for person in japan.people)
    assert [source["id"] for source in japan.sources] == [ids["source"]]
    dates = [row["date"] for row in japan.latest]
    assert dates and dates == sorted(dates, reverse=True)  # latest first
    # The other negotiation's agreement stays on its own page.
    assert [a.now["title"] for a in uk.agreements] == ["US–UK deal"]
    assert [term["value_as_stated"] for term in uk.agreements[0].terms] == ["100,000 vehicles a year"]
    assert ids["uk"] not in {report["id"] for report in agreement.history}


@pytest.mark.browser
def test_the_front_page_of_a_negotiation_in_chromium(server, page):  # noqa: F811
    base = server["base"]
    page.goto(f"{base}/-/timelines")
    page.locator(f"a[href='/-/negotiation/{TALKS}']").click()
    page.wait_for_url(f"{base}/-/negotiation/{TALKS}")
    for heading in ("Latest", "The agreement as it stands", "Where the accounts disagree", "Who said what", "Sources"):
        assert page.get_by_role("heading", name=heading).is_visible()
    assert page.locator(".kb-front-latest li").count() == 12
    assert page.locator(".kb-front-people li").first.inner_text().startswith("Ryosei Akazawa")
    assert "Kyodo News" in page.locator(".kb-front-sources").inner_text()
    page.screenshot(path=str(REPO / "docs" / "negotiation-page.png"), full_page=True)
    page.locator(".kb-front-latest li a").first.click()
    page.wait_for_url(f"{base}/-/event/ev-*")

    page.goto(f"{base}/kb")
    tables = page.locator("div.db-table h3 a").all_inner_texts()
    assert tables and not any(name.startswith("_") for name in tables)  # hidden, a link away
    page.goto(f"{base}/kb/claims")
    assert page.locator("#facet-source_error_flagged strong").inner_text().startswith("Printed wrong by the source")
    assert page.locator("#facet-date_known li a").first.inner_text() in ("yes", "no: known by the source's date")
    assert page.errors == [] and page.dialogs == []

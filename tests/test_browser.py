"""What a person does in a real browser: Debian's Chromium, driven by Playwright, on a real
`kb serve` of a copy of the bundled knowledge base on a free localhost port. Each step's
screenshot is saved in test-artifacts/ (git-ignored)."""

from __future__ import annotations

import re
import urllib.request

import pytest
from conftest import REPO, Clock, copy_seed

from kb.events.append import Appender
from kb.serve.runner import Served

pytestmark = pytest.mark.browser

ARTIFACTS = REPO / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ISHIBA = "ev-irxseu2yithwjrns"
KYODO = "ev-dkxvbcpsg7cwzprk"
TALKS = "us-japan-tariff-talks-2025"
HOSTILE = "Trump posted <script>alert(1)</script> and <img src=x onerror=alert(2)> about tariffs"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """kb serve on a copy of the seed, plus a claim whose words are hostile markup."""
    root = tmp_path_factory.mktemp("served") / "kb"
    kb = copy_seed(root)
    [path] = Appender(kb, Clock("2025-06-01T00:00:00")).append(
        [
            {
                "type": "statement",
                "negotiation": TALKS,
                "occurred_at": "2025-04-19",
                "speaker": "donald-trump",
                "attribution": "reported",
                "text": HOSTILE,
                "topics": ["tariffs"],
                "citations": [{"source": KYODO, "excerpt": "Japanese Prime Minister Shigeru Ishiba"}],
            }
        ]
    )
    with Served(root, timeout=60) as server:
        with urllib.request.urlopen(f"{server.base}/", timeout=10) as response:
            assert response.status == 200
        yield {"base": server.base, "hostile": path.stem}


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    """A page that records JavaScript dialogs (alert …) and errors instead of letting them pass."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.dialogs = []
    page.errors = []
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    yield page
    context.close()


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=True)


def test_search_facet_and_open_an_event(server, page):
    base = server["base"]
    page.goto(f"{base}/")
    assert page.title().startswith("Negotiation knowledge base")
    assert page.get_by_text("Filter the claims").is_visible()
    shot(page, "01-home.png")

    page.get_by_text("Filter the claims").click()
    page.wait_for_url(f"{base}/kb/claims")
    page.fill("input#_search", "specific progress")
    page.press("input#_search", "Enter")
    page.wait_for_url("**/kb/claims?_search=specific+progress*")
    assert re.match(r"\d+ rows? where search matches", page.locator("h3").first.inner_text())
    assert page.locator(f'a[href="/-/event/{ISHIBA}"]').count() >= 1
    shot(page, "02-search.png")

    page.locator("#facet-attribution a", has_text="partial quote").click()
    page.wait_for_url("**attribution=partial_quote*")
    assert 'attribution = "partial_quote"' in page.locator("h3").first.inner_text()
    shot(page, "03-facet.png")

    page.locator(f'td.col-summary a[href="/-/event/{ISHIBA}"]').click()
    page.wait_for_url(f"{base}/-/event/{ISHIBA}")
    assert page.locator("h1").inner_text() == "Shigeru Ishiba, partly quoted, told reporters"
    assert "Kyodo News" in page.locator(".kb-source-title").inner_text()
    assert page.locator(".kb-verified-verified").first.is_visible()
    shot(page, "04-event.png")
    assert page.errors == [] and page.dialogs == []


def test_claims_read_in_order_with_the_raw_columns_a_click_away(server, page):
    page.goto(f"{server['base']}/kb/claims")
    visible = [
        th.get_attribute("data-column")
        for th in page.locator("table.rows-and-columns thead th").all()
        if th.is_visible()
    ]
    # the event's ID, a link to its row and its event page, comes last
    assert visible == ["occurred_at", "actor", "summary", "kind", "attribution", "status", "verified", "id"]
    assert page.locator("td.col-attribution", has_text="partial quote").first.is_visible()
    shot(page, "08-claims-reading.png")
    page.get_by_role("button", name="All columns").click()
    assert page.locator("th[data-column='recorded_at']").is_visible()
    assert page.locator("th[data-column='text']").is_visible()
    shot(page, "09-claims-all.png")
    assert page.errors == []


def test_one_search_box_finds_claims_and_sources(server, page):
    page.goto(f"{server['base']}/")
    page.fill("input#kb-q", "specific progress")
    page.press("input#kb-q", "Enter")
    page.wait_for_url("**/kb/search?q=specific+progress")
    whats = page.locator("td.col-what").all_inner_texts()
    assert "statement" in whats and "source" in whats
    shot(page, "10-search.png")


def test_read_the_citation(server, page):
    page.goto(f"{server['base']}/-/event/{ISHIBA}")
    text = page.locator("#kb-cite-text").inner_text()
    assert "Ishiba" in text and "Kyodo" in text and "2025" in text
    assert f"`{ISHIBA}`" in page.locator("#kb-cite-markdown").inner_text()
    shot(page, "05-citation.png")


def test_hostile_markup_is_text_and_runs_nothing(server, page):
    base, hostile = server["base"], server["hostile"]
    for url, name in [
        (f"{base}/kb/claims?_search=posted", "06-hostile-table.png"),
        (f"{base}/-/event/{hostile}", "07-hostile-event.png"),
        (f"{base}/-/timeline/{TALKS}", None),
        (f"{base}/kb/search_claims?q=posted", None),
    ]:
        page.goto(url)
        page.wait_for_load_state("load")
        assert page.get_by_text("<script>alert(1)</script>", exact=False).first.is_visible(), url
        assert page.locator("img[src=x]").count() == 0, url
        if name:
            shot(page, name)
    assert page.dialogs == [], page.dialogs
    assert page.errors == []


def test_timeline_and_chart_draw(server, page):
    base = server["base"]
    page.goto(f"{base}/-/timeline/{TALKS}")
    assert page.locator(".kb-day-head", has_text="Friday 18 April 2025").is_visible()
    assert page.evaluate("typeof Chart") == "function"
    shot(page, "08-timeline.png")
    page.goto(f"{base}/-/chart/trade_surplus")
    page.wait_for_function("Chart.getChart(document.getElementById('kb-chart')) !== undefined")
    points = page.evaluate("Chart.getChart(document.getElementById('kb-chart')).data.datasets[0].data")
    assert 9000000000000 in points
    shot(page, "09-chart.png")
    assert page.errors == []


def test_event_ids_that_are_primary_keys_link_to_event_pages(server, page):
    base = server["base"]
    page.goto(f"{base}/kb/statements")
    link = page.locator(f'a.kb-event-link[href="/-/event/{ISHIBA}"]')
    assert link.inner_text() == "event page"
    page.goto(f"{base}/kb/claims/{ISHIBA}")
    page.locator(f'a.kb-event-link[href="/-/event/{ISHIBA}"]').click()
    page.wait_for_url(f"{base}/-/event/{ISHIBA}")
    assert page.errors == []


def test_a_view_of_claims_is_searched_from_its_own_search_box(server, page):
    base = server["base"]
    page.goto(f"{base}/kb/current_claims")
    every = int(page.locator("h3").first.inner_text().split()[0].replace(",", ""))
    page.fill("input#_search", "specific progress")
    page.press("input#_search", "Enter")
    page.wait_for_url("**/kb/current_claims?_search=specific+progress*")
    heading = page.locator("h3").first.inner_text()
    assert re.match(r"\d+ rows? where search matches", heading) and int(heading.split()[0]) < every
    assert page.locator(f'a[href="/-/event/{ISHIBA}"]').count() >= 1
    assert page.input_value("input#_search") == "specific progress"
    shot(page, "09-view-search.png")
    assert page.errors == [] and page.dialogs == []

"""The Content-Security-Policy of the published site, in Debian's Chromium: Datasette's pages and
kb's work under it (their inline scripts are allowed by hash, and run: the editor, the event
links, the charts) with no CSP error in the console, and markup slipped into a page runs
nothing — no inline handler, no inline script, no script from a data: URL."""

from __future__ import annotations

import pytest
from test_browser import TALKS, browser, server  # noqa: F401 (fixtures)

from kb.publish import routes

pytestmark = pytest.mark.browser

# Datasette's own pages, each with something drawn on it that the test waits for.
DATASETTE_PAGES = [
    ("/", "body"),
    ("/kb", "body"),
    ("/kb/claims", "a.kb-event-link"),  # drawn by kb's inline body script
    ("/kb/statements", "a.kb-event-link"),
    ("/kb?sql=select+id+from+claims+limit+3", ".CodeMirror"),  # Datasette's inline editor script
    ("/kb/claims?_search=tariff", "body"),
    ("/kb/claims/ev-irxseu2yithwjrns", "a.kb-event-link"),
]
# Every page of the plugin's registry (kb.publish.routes), at its example path on the bundled
# knowledge base; what some of them draw, the others' body.
EXAMPLE = {"claim": "ev-irxseu2yithwjrns", "negotiation": TALKS, "metric": "trade_surplus"}
DRAWN = {"kb_event.html": "button.kb-copy", "kb_chart.html": "canvas#kb-chart"}
PAGES = DATASETTE_PAGES + [
    (page.example.format(**EXAMPLE), DRAWN.get(page.template or "", "body")) for page in routes.PAGES if page.template
]


@pytest.fixture
def page(browser):  # noqa: F811 (the fixture of test_browser, with the console recorded)
    context = browser.new_context()
    page = context.new_page()
    page.console = []
    page.dialogs = []
    page.on("console", lambda message: page.console.append(f"{message.type}: {message.text}"))
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    yield page
    context.close()


@pytest.mark.parametrize(("path", "drawn"), PAGES)
def test_the_pages_work_under_the_policy_with_no_csp_error(server, page, path, drawn):  # noqa: F811
    response = page.goto(server["base"] + path)
    assert "script-src 'self' 'sha256-" in response.headers["content-security-policy"]
    page.wait_for_load_state("load")
    assert page.locator(drawn).count() > 0, path
    if path.startswith("/-/timeline/") or path.startswith("/-/chart/"):
        assert page.evaluate("typeof Chart") == "function"
    violations = [line for line in page.console if "Content Security Policy" in line or "Refused to" in line]
    assert violations == [], violations


def test_markup_slipped_into_a_page_runs_nothing(server, page):  # noqa: F811
    page.goto(server["base"] + "/kb/claims")
    page.evaluate(
        """() => {
          document.body.insertAdjacentHTML("beforeend", '<img src="x" onerror="alert(1)">');
          const inline = document.createElement("script");
          inline.textContent = "alert(2)";
          document.body.appendChild(inline);
          const data = document.createElement("script");
          data.src = "data:text/javascript,alert(3)";
          document.body.appendChild(data);
        }"""
    )
    page.wait_for_load_state("load")
    page.evaluate("() => new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve, 0)))")
    assert page.dialogs == []
    assert any("Content Security Policy" in line for line in page.console), page.console

"""The plugin's pages are one registry (kb.publish.routes): Datasette serves each at its route,
each page's template exists and is the one its view renders, and every template of the plugin is
a page's, a Datasette page's own override, or one that another includes."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest

import kb.publish
from kb.publish import routes

TEMPLATES = Path(kb.publish.__file__).parent / "templates"
EXAMPLE = {"claim": "ev-aaaaaaaaaaaaaaaa", "negotiation": "us-japan-talks", "metric": "trade_surplus"}


def test_datasette_routes_are_the_registry():
    assert kb.publish.register_routes() == [(page.route, page.view) for page in routes.PAGES]


@pytest.mark.parametrize("page", routes.PAGES, ids=lambda page: page.example)
def test_each_page_has_its_template_and_its_example_matches_its_route(page: routes.Page):
    assert re.match(page.route, page.example.format(**EXAMPLE)), f"{page.example} does not match {page.route}"
    if page.template is not None:
        assert (TEMPLATES / page.template).is_file(), f"the page {page.example} has no template {page.template}"
        assert f'"{page.template}"' in inspect.getsource(page.view), f"{page.view.__name__} renders another template"


def test_every_template_is_used():
    used = {page.template for page in routes.PAGES}
    included = {
        name
        for path in TEMPLATES.glob("*.html")
        for name in re.findall(r'{%\s*(?:extends|include)\s+"([^":]+)"', path.read_text(encoding="utf-8"))
    }
    overrides = {path.name for path in TEMPLATES.glob("*.html") if not path.name.startswith("kb_")}  # Datasette's
    unused = sorted(path.name for path in TEMPLATES.glob("*.html") if path.name not in used | included | overrides)
    assert unused == [], f"templates no page renders: {unused} — add the page to kb.publish.routes.PAGES"

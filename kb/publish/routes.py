"""The pages kb's plugin adds to Datasette, in one registry: each page's route, its view, the
template it renders and an example of its path. Datasette's routes (``register_routes``) are
made from it, and the tests walk it: every page's template exists and is the one its view
renders, and the browser test of the Content-Security-Policy opens every page. Adding a page is
adding it here (docs/design.md, "Publication")."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from kb.publish import views

KEY = r"[a-z0-9]+(?:-[a-z0-9]+)*"


@dataclass(frozen=True)
class Page:
    """A page of the plugin. ``example`` is a path of the page, with ``{claim}`` (an event ID),
    ``{negotiation}`` (an entity key) or ``{metric}`` where the path names one."""

    route: str  # Datasette's regular expression of the path
    view: Callable[..., Awaitable[Any]]
    template: str | None  # the template of kb/publish/templates/ it renders, if any
    example: str


PAGES = (
    Page(r"^/robots\.txt$", views.robots_txt, None, "/robots.txt"),
    Page(r"^/-/event/(?P<id>ev-[a-z2-7]{16})$", views.event_view, "kb_event.html", "/-/event/{claim}"),
    Page(r"^/-/timelines$", views.timelines_view, "kb_timelines.html", "/-/timelines"),
    Page(
        rf"^/-/negotiation/(?P<key>{KEY})$",
        views.negotiation_view,
        "kb_negotiation.html",
        "/-/negotiation/{negotiation}",
    ),
    Page(rf"^/-/timeline/(?P<key>{KEY})$", views.timeline_view, "kb_timeline.html", "/-/timeline/{negotiation}"),
    Page(r"^/-/charts$", views.charts_view, "kb_charts.html", "/-/charts"),
    Page(r"^/-/chart/(?P<metric>[a-z0-9]+(?:[-_][a-z0-9]+)*)$", views.chart_view, "kb_chart.html", "/-/chart/{metric}"),
)

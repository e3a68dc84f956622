"""The Datasette plugin of kb: what metadata.json cannot do.

- ``/-/event/<id>``: a permanent page per event — the claim in plain words, its citation as
  text, Markdown and CSL-JSON, its sources with the cited excerpts and whether they were
  verified, its corrections and retraction, and links to what it refers to;
- event IDs anywhere in the tables of kb.db link to that page (``render_cell``);
- ``/-/timelines``, ``/-/timeline/<negotiation>``: each negotiation's claims by day;
- ``/-/charts``, ``/-/chart/<metric>``: each metric's data points over time (Chart.js,
  vendored in ``kb/static``);
- a ``topic`` facet on claims counted from the indexed ``topics`` table, with a ``_topic=``
  filter, which stay fast at a million claims where a JSON array facet would not;
- kb.db read through a memory map (``prepare_connection``).

Registered through the ``datasette`` entry point in pyproject.toml.
"""

from __future__ import annotations

import json
import logging
import mimetypes
import re
from pathlib import Path
from typing import Any

import markupsafe
from datasette import hookimpl
from datasette.database import QueryInterrupted
from datasette.facets import Facet
from datasette.filters import FilterArguments
from datasette.utils import path_with_added_args, path_with_removed_args
from datasette.utils.asgi import NotFound, Response
from jinja2 import ChoiceLoader, FileSystemLoader

from kb import pages
from kb.cite import Citations
from kb.errors import KbError
from kb.metadata import CLAIMS_TO_READ, DATABASE

log = logging.getLogger(__name__)
# SQLite's largest memory map by default (SQLITE_MAX_MMAP_SIZE): a facet over the claims a
# search finds reads each of their rows, and reading pages from the map instead of copying
# them in takes a page of 19,000 matches at a million claims from 0.6 s to 0.4 s.
MMAP_SIZE = 2_147_418_112
HERE = Path(__file__).parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"
CHART_JS = "chart-4.6.1.umd.min.js"
EVENT_ID = re.compile(r"^ev-[a-z2-7]{16}$")
# Tables whose rows are events, keyed by event ID: their summary links to the event page.
EVENT_ROW_TABLES = {"events", "claims"}
TRUNCATE = 140  # characters of a summary shown in a table cell (the rest in its title)


def event_url(datasette: Any, event_id: str) -> str:
    return datasette.urls.path(f"/-/event/{event_id}")


def _database(datasette: Any) -> Any:
    try:
        return datasette.get_database(DATABASE)
    except KeyError:
        raise NotFound(f"No database named {DATABASE} — serve kb.db with `kb serve`") from None


@hookimpl
def prepare_connection(conn: Any, database: str) -> None:
    if database == DATABASE:
        conn.execute(f"PRAGMA mmap_size = {MMAP_SIZE}")


@hookimpl
def prepare_jinja2_environment(env: Any, datasette: Any) -> None:
    # Datasette finds a plugin's templates/ only when the plugin is a package (or, from
    # Python 3.12, its module's package): add kb/templates after everything else, so that
    # a --template-dir can still override them. Our templates are named kb_*.html.
    env.loader = ChoiceLoader([env.loader, FileSystemLoader(str(TEMPLATES))])


@hookimpl
def menu_links(datasette: Any) -> list[dict[str, str]]:
    return [
        {"href": datasette.urls.path("/-/timelines"), "label": "Timelines of the negotiations"},
        {"href": datasette.urls.path("/-/charts"), "label": "Charts of the figures"},
    ]


@hookimpl
def extra_css_urls(database: str | None, datasette: Any) -> list[str]:
    return [datasette.urls.path("/-/kb/static/kb.css")] if database == DATABASE else []


# Datasette lists every column's description above a table, which pushes the rows below the
# fold: fold the list into a <details> that a reader opens when they want it.
FOLD_COLUMN_DESCRIPTIONS = """
document.querySelectorAll("dl.column-descriptions").forEach(function (list) {
  var details = document.createElement("details");
  details.className = "kb-column-descriptions";
  var summary = document.createElement("summary");
  summary.textContent = "What the columns mean";
  list.parentNode.insertBefore(details, list);
  details.appendChild(summary);
  details.appendChild(list);
});
"""


# An event ID that is a row's primary key is drawn by Datasette itself, as a link to the row,
# without asking render_cell: give it a link to the event page as well, and the row page a
# link to its event page.
LINK_PRIMARY_KEYS = """
(function () {
  var id = /^ev-[a-z2-7]{16}$/;
  var base = %s;
  function eventLink(eventId, text) {
    var link = document.createElement("a");
    link.href = base + eventId;
    link.className = "kb-event-link";
    link.title = "The event page of " + eventId + ", with its citation";
    link.textContent = text;
    return link;
  }
  document.querySelectorAll("td.type-pk a").forEach(function (cell) {
    if (id.test(cell.textContent.trim())) {
      cell.parentNode.appendChild(document.createTextNode(" "));
      cell.parentNode.appendChild(eventLink(cell.textContent.trim(), "event page"));
    }
  });
  var heading = document.querySelector("body.row h1");
  var match = heading && heading.textContent.match(/ev-[a-z2-7]{16}/);
  if (match) {
    var note = document.createElement("p");
    note.appendChild(eventLink(match[0], "The event page of " + match[0] + ", with its citation and sources"));
    heading.parentNode.insertBefore(note, heading.nextSibling);
  }
})();
"""


@hookimpl
def extra_body_script(view_name: str, database: str | None, datasette: Any) -> str | None:
    if database != DATABASE or view_name not in ("table", "row"):
        return None
    link = LINK_PRIMARY_KEYS % json.dumps(datasette.urls.path("/-/event/"))
    return link + (FOLD_COLUMN_DESCRIPTIONS if view_name == "table" else "")


@hookimpl
def render_cell(row: Any, value: Any, column: str, table: str | None, database: str, datasette: Any) -> Any:
    """Event IDs link to their event page; so does the summary of a claim or event."""
    if database != DATABASE:
        return None
    if table in EVENT_ROW_TABLES and column == "summary" and isinstance(value, str):
        event_id = row["id"]
        if isinstance(event_id, dict):  # the ID is also a foreign key, expanded
            event_id = event_id.get("value")
        if isinstance(event_id, str) and EVENT_ID.match(event_id):
            short = value if len(value) <= TRUNCATE else value[: TRUNCATE - 1] + "…"
            link = markupsafe.Markup('<a href="{}" title="{}">{}</a>')
            return link.format(event_url(datasette, event_id), value, short)
    label = None
    if isinstance(value, dict) and "value" in value:  # a foreign key, expanded with its label
        label, value = value.get("label"), value["value"]
    if not (isinstance(value, str) and EVENT_ID.match(value)):
        return None
    link = markupsafe.Markup('<a href="{}" class="kb-event-id">{}</a>').format(event_url(datasette, value), value)
    if label and label != value:
        short = label if len(label) <= TRUNCATE else label[: TRUNCATE - 1] + "…"
        return markupsafe.Markup('{} <span class="kb-label" title="{}">{}</span>').format(link, label, short)
    return link


# --- The topic facet and filter --------------------------------------------------------------


class TopicFacet(Facet):  # type: ignore[misc]
    """Facet claims by topic, counted from the topics table (one indexed row per claim and
    topic): an unfiltered count reads only the topics index, and a filtered one joins the
    filtered claims to it. Selecting a topic adds ``_topic=``."""

    type = "topic"

    async def suggest(self) -> list[Any]:
        return []

    async def facet_results(self) -> tuple[list[dict[str, Any]], list[str]]:
        results: list[dict[str, Any]] = []
        timed_out: list[str] = []
        if self.table != "claims" or self.database != DATABASE:
            return results, timed_out
        qs_pairs = self.get_querystring_pairs()
        size = self.get_facet_size()
        unfiltered = not self.params and " where " not in self.sql.lower()
        for source_and_config in self.get_configs():
            config = source_and_config["config"]
            column = config.get("column") or config["simple"]
            if unfiltered:
                sql = (
                    "select topic as value, count(*) as count from topics "
                    f"group by topic order by count desc, value limit {size + 1}"
                )
            else:
                sql = (
                    f"select t.topic as value, count(*) as count from ({self.sql}) c join topics t on t.claim = c.id "
                    f"group by t.topic order by count desc, value limit {size + 1}"
                )
            try:
                rows = await self.ds.execute(
                    self.database,
                    sql,
                    self.params,
                    truncate=False,
                    custom_time_limit=self.ds.setting("facet_time_limit_ms"),
                )
            except QueryInterrupted:
                timed_out.append(column)
                continue
            values = []
            for row in rows.rows[:size]:
                selected = ("_topic", row["value"]) in qs_pairs
                change = path_with_removed_args if selected else path_with_added_args
                toggle = change(self.request, {"_topic": row["value"]})
                values.append(
                    {
                        "value": row["value"],
                        "label": row["value"],
                        "count": row["count"],
                        "toggle_url": self.ds.absolute_url(self.request, self.ds.urls.path(toggle)),
                        "selected": selected,
                    }
                )
            results.append(
                {
                    "name": column,
                    "type": self.type,
                    "hideable": source_and_config["source"] != "metadata",
                    "toggle_url": self.ds.urls.path(path_with_removed_args(self.request, {"_facet_topic": column})),
                    "results": values,
                    "truncated": len(rows) > size,
                }
            )
        return results, timed_out


@hookimpl
def register_facet_classes() -> list[type]:
    return [TopicFacet]


@hookimpl
def filters_from_request(request: Any, database: str, table: str, datasette: Any) -> FilterArguments | None:
    """``?_topic=autos`` (repeatable): claims tagged with that topic, through the topics index."""
    if database != DATABASE or table != "claims":
        return None
    topics = request.args.getlist("_topic")
    if not topics:
        return None
    clauses, params, words = [], {}, []
    for n, topic in enumerate(topics):
        clauses.append(f"id in (select claim from topics where topic = :kb_topic_{n})")
        params[f"kb_topic_{n}"] = topic
        words.append(f'topic is "{topic}"')
    return FilterArguments(clauses, params=params, human_descriptions=words)


# --- Pages -----------------------------------------------------------------------------------


async def _render(datasette: Any, request: Any, template: str, context: dict[str, Any]) -> Response:
    context = {
        "event_url": lambda event_id: event_url(datasette, event_id),
        "entity_url": lambda key: datasette.urls.row(DATABASE, "entities", key),
        "database": DATABASE,
        "day_words": pages.day_words,
        "claims_to_read": datasette.urls.path(CLAIMS_TO_READ),
        **context,
    }
    return Response.html(await datasette.render_template(template, context, request=request))


def _citations(conn: Any, event_id: str) -> dict[str, Any] | None:
    """The event's citation in three formats; None for an event that is not citable (only
    claims and sources are); {"error": …} if the formatter fails, so that the rest of the
    event page is still shown."""
    citations = Citations(conn)
    try:
        return {
            "text": citations.text(event_id),
            "markdown": citations.markdown(event_id),
            "csl": json.dumps(citations.csl(event_id), indent=2, ensure_ascii=False),
        }
    except KbError:
        return None
    except Exception as error:  # a bug of kb.cite must not take the event page down with it
        log.exception("kb.cite could not format %s", event_id)
        return {"error": f"{type(error).__name__}: {error}"}


async def event_view(datasette: Any, request: Any) -> Response:
    event_id = request.url_vars["id"]
    db = _database(datasette)
    page = await db.execute_fn(lambda conn: pages.event_page(conn, event_id))
    if page is None:
        raise NotFound(f"No event {event_id} in this knowledge base")
    citation = await db.execute_fn(lambda conn: _citations(conn, event_id))
    return await _render(
        datasette,
        request,
        "kb_event.html",
        {
            "page": page,
            "citation": citation,
            "event_json": json.dumps(page.event, indent=2, ensure_ascii=False, sort_keys=True),
            "row_url": datasette.urls.row(DATABASE, "events", event_id),
        },
    )


async def timelines_view(datasette: Any, request: Any) -> Response:
    rows = await _database(datasette).execute_fn(pages.negotiations)
    return await _render(datasette, request, "kb_timelines.html", {"negotiations": rows})


async def timeline_view(datasette: Any, request: Any) -> Response:
    key = request.url_vars["key"]
    page_number = request.args.get("page", "1")
    number = int(page_number) if page_number.isdigit() else 1
    timeline = await _database(datasette).execute_fn(lambda conn: pages.timeline(conn, key, number))
    if timeline is None:
        raise NotFound(f"No negotiation {key} in this knowledge base")
    return await _render(
        datasette,
        request,
        "kb_timeline.html",
        {"timeline": timeline, "chart_js": datasette.urls.path(f"/-/kb/static/{CHART_JS}")},
    )


async def charts_view(datasette: Any, request: Any) -> Response:
    rows = await _database(datasette).execute_fn(pages.metrics)
    return await _render(datasette, request, "kb_charts.html", {"metrics": rows})


async def chart_view(datasette: Any, request: Any) -> Response:
    metric = request.url_vars["metric"]
    chart = await _database(datasette).execute_fn(lambda conn: pages.chart(conn, metric))
    if chart is None:
        raise NotFound(f"No data points of the metric {metric} in this knowledge base")
    return await _render(
        datasette,
        request,
        "kb_chart.html",
        {
            "chart": chart,
            "chart_data": {"labels": chart.labels, "series": chart.series},
            "chart_js": datasette.urls.path(f"/-/kb/static/{CHART_JS}"),
        },
    )


async def static_view(request: Any) -> Response:
    name = request.url_vars["name"]
    path = STATIC / name
    if "/" in name or name.startswith(".") or not path.is_file():
        raise NotFound("No such file")
    content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    if content_type.startswith("text/") or content_type.endswith("javascript"):
        content_type += "; charset=utf-8"
    return Response(
        path.read_bytes(),
        content_type=content_type,
        headers={"Cache-Control": "public, max-age=3600"},
    )


@hookimpl
def register_routes() -> list[tuple[str, Any]]:
    return [
        (r"^/-/event/(?P<id>ev-[a-z2-7]{16})$", event_view),
        (r"^/-/timelines$", timelines_view),
        (r"^/-/timeline/(?P<key>[a-z0-9]+(?:-[a-z0-9]+)*)$", timeline_view),
        (r"^/-/charts$", charts_view),
        (r"^/-/chart/(?P<metric>[a-z0-9]+(?:[-_][a-z0-9]+)*)$", chart_view),
        (r"^/-/kb/static/(?P<name>[A-Za-z0-9._-]+)$", static_view),
    ]

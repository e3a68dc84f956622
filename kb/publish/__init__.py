"""The Datasette plugin of kb: what metadata.json cannot do.

- ``/-/event/<id>``: a permanent page per event — the claim in plain words, its citation as
  text, Markdown and CSL-JSON, its sources with the cited excerpts and whether they were
  verified, its corrections and retraction, and links to what it refers to;
- event IDs anywhere in the tables of kb.db link to that page (``render_cell``);
- ``/-/negotiation/<key>``: a negotiation's front page — latest claims, the agreement as it
  stands, disagreements, who said what, sources (``kb.publish.front``);
- ``/-/timelines``, ``/-/timeline/<negotiation>``: each negotiation's claims by day;
- ``/-/charts``, ``/-/chart/<metric>``: each metric's data points over time (Chart.js,
  vendored in ``kb/static``);
- a ``topic`` facet on claims counted from the indexed ``topics`` table, with a ``_topic=``
  filter, which stay fast at a million claims where a JSON array facet would not;
- the facets of claims counted together in one pass over a page's claims (``kb.publish.facets``);
- kb.db read through a memory map (``prepare_connection``);
- the Atom feed of new claims and the calendar, valid and paged (``kb.publish.feeds``);
- every ``.csv`` with no cell a spreadsheet would run, as kb export writes them
  (``kb.publish.csv_responses``);
- the live local site: a new build served by ``kb serve`` without a restart (``kb.publish.live``);
- pages made once per build and worker, then answered from memory (``kb.publish.cache``).

Registered through the ``datasette`` entry point in pyproject.toml.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import markupsafe
from datasette import hookimpl

from kb.builder.metadata import DATABASE, READING_COLUMNS
from kb.publish import cache, csv_responses, facets, feeds, headers, live, routes, search, topics, views, words
from kb.publish.limits import limit_connection
from kb.publish.views import event_url

# SQLite's largest memory map by default (SQLITE_MAX_MMAP_SIZE): a facet over the claims a
# search finds reads each of their rows, and reading pages from the map instead of copying
# them in takes a page of 19,000 matches at a million claims from 0.6 s to 0.4 s.
MMAP_SIZE = 2_147_418_112
EVENT_ID = re.compile(r"^ev-[a-z2-7]{16}$")
# Tables whose rows are events, keyed by event ID: their summary links to the event page.
EVENT_ROW_TABLES = {"events", "claims"}
CLAIM_TABLES = {"claims", "current_claims"}  # shown in reading order
TRUNCATE = 140  # characters of a summary shown in a table cell (the rest in its title)


@hookimpl
def prepare_connection(conn: Any, database: str) -> None:
    limit_connection(conn)  # every connection of the site: see kb.publish.limits
    if database == DATABASE:
        conn.execute(f"PRAGMA mmap_size = {MMAP_SIZE}")


@hookimpl
def asgi_wrapper(datasette: Any) -> Any:
    with_headers = headers.wrap(datasette, lambda: _body_scripts(datasette), Path(__file__).parent / "templates")
    following = live.wrap(datasette)  # a new build served by kb serve, before the request is
    caching = cache.wrap(datasette)  # then the page as made once for the database served
    return lambda app: with_headers(following(caching(csv_responses.wrap(app))))


def _body_scripts(datasette: Any) -> list[str]:
    """The scripts extra_body_script adds: the claims tables' script, and every other table's."""
    return [
        str(extra_body_script(view_name=view, database="kb", table=table, datasette=datasette))
        for view in ("table", "row")
        for table in (*CLAIM_TABLES, None)
    ]


@hookimpl
def menu_links(datasette: Any) -> list[dict[str, str]]:
    return [
        {"href": datasette.urls.path("/-/timelines"), "label": "Timelines of the negotiations"},
        {"href": datasette.urls.path("/-/charts"), "label": "Charts of the figures"},
    ]


@hookimpl
def extra_css_urls(database: str | None, datasette: Any) -> list[str]:
    return [views.static(datasette, "kb.css")] if database == DATABASE else []


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
def extra_body_script(view_name: str, database: str | None, table: str | None, datasette: Any) -> str | None:
    if database != DATABASE or view_name not in ("table", "row"):
        return None
    link = LINK_PRIMARY_KEYS % json.dumps(datasette.urls.path("/-/event/"))
    if view_name != "table":
        return link
    reading = words.READING_ORDER % json.dumps(list(READING_COLUMNS)) if table in CLAIM_TABLES else ""
    return link + FOLD_COLUMN_DESCRIPTIONS + words.FACET_LABELS + reading


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
    enum = words.in_words(table, column, value)
    if enum is not None:
        return markupsafe.Markup('<span title="{}">{}</span>').format(value, enum)
    if column == "sources" and isinstance(value, str) and all(EVENT_ID.match(part) for part in value.split()):
        links = [
            markupsafe.Markup('<a href="{}">{}</a>').format(event_url(datasette, part), part) for part in value.split()
        ]
        return markupsafe.Markup(" ").join(links)
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


@hookimpl(tryfirst=True)  # before Datasette's: a configured facet keeps its name when ?_facet= adds it again
def register_facet_classes() -> list[type]:
    return [facets.OnePassFacet, topics.TopicFacet]


@hookimpl(trylast=True)  # after datasette-atom's and datasette-ics's: Datasette keeps the last of an extension
def register_output_renderer() -> list[dict[str, Any]]:
    return [
        {"extension": "atom", "render": feeds.render_atom, "can_render": feeds.can_render_atom},
        {"extension": "ics", "render": feeds.render_ics, "can_render": feeds.can_render_ics},
    ]


@hookimpl
def startup(datasette: Any) -> Any:
    views.compile_templates(datasette)  # before the first request, not during it
    return facets.prepare(datasette)  # the codes of the claims' facets: see kb.publish.facets


@hookimpl
def filters_from_request(request: Any, database: str, table: str, datasette: Any) -> Any:
    facets.check_facet_arguments(request)  # before Datasette reads them: a bad one is a 400, not a 500
    # _topic= filters claims; _search the tables and views of claims that Datasette does not search.
    return topics.filters_from_request(request, database, table, datasette) or search.filters_from_request(
        request, database, table
    )


@hookimpl
def extra_template_vars(template: str, database: str | None, table: str | None, request: Any) -> dict[str, Any]:
    return search.template_vars(database, table, request) if template.startswith("table") else {}


@hookimpl
def register_routes() -> list[tuple[str, Any]]:
    return [(page.route, page.view) for page in routes.PAGES]

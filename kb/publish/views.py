"""The plugin's pages: an event's page, the timelines of the negotiations and the charts of the
figures, each read from kb.db by a function of kb.publish.pages."""

from __future__ import annotations

import functools
import json
import logging
import re
from pathlib import Path
from typing import Any

from datasette.utils.asgi import NotFound, Response
from jinja2 import meta
from jinja2.bccache import Bucket, BytecodeCache

import kb.publish.pages as pages
from kb import DISTRIBUTION
from kb.builder.metadata import CLAIMS_TO_READ, DATABASE
from kb.cite.citations import Citations
from kb.errors import KbError
from kb.model.claim import claim_kinds
from kb.model.dates import day_words
from kb.publish import citation_meta, compat, front
from kb.publish.site import site_url

log = logging.getLogger(__name__)
CHART_JS = "chart-4.6.1.umd.min.js"
PAGE_NUMBER = re.compile(r"^[0-9]{1,6}$")
TEMPLATES = Path(__file__).parent / "templates"


def event_url(datasette: Any, event_id: str) -> str:
    return datasette.urls.path(f"/-/event/{event_id}")


def static(datasette: Any, name: str) -> str:
    """The URL of a file of kb/publish/static/, which Datasette serves for the plugin under the
    name of the distribution that registers it (negotiation-kb, not the entry point's kb)."""
    return datasette.urls.static_plugins(DISTRIBUTION, name)


# The templates of Datasette's own pages of kb.db (each kb template that overrides one names it;
# table.html names _table.html in a variable).
DATASETTE_PAGES = ("index.html", "database.html", "table.html", "_table.html", "row.html", "query.html", "error.html")


class CompiledOnce(BytecodeCache):  # type: ignore[misc]
    """Each template's code, compiled once per process whichever Datasette renders it (the tests
    make many), by its name and the checksum of its source."""

    def __init__(self) -> None:
        self.code: dict[tuple[str, str], Any] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        bucket.code = self.code.get((bucket.key, bucket.checksum))

    def dump_bytecode(self, bucket: Bucket) -> None:
        self.code[(bucket.key, bucket.checksum)] = bucket.code


COMPILED = CompiledOnce()
REFERENCED: dict[str, list[str]] = {}  # the templates a template's source names, parsed once per process


def _referenced(environment: Any, source: str) -> list[str]:
    if source not in REFERENCED:
        REFERENCED[source] = [found for found in meta.find_referenced_templates(environment.parse(source)) if found]
    return REFERENCED[source]


def compile_templates(datasette: Any) -> int:
    """Compile, once per process, every template a page of the site renders — kb's own and
    Datasette's, with those they extend or include — rather than on the first request for each
    page (Jinja compiles a template when first asked for it: 0.1–0.3 s for a table page). Returns
    how many."""
    environment = compat.jinja_environment(datasette)
    environment.bytecode_cache = COMPILED
    wanted = [*(path.name for path in TEMPLATES.glob("*.html")), *DATASETTE_PAGES]
    done: set[str] = set()
    while wanted:
        name = wanted.pop()
        if name in done:
            continue
        done.add(name)
        wanted += _referenced(environment, environment.loader.get_source(environment, name)[0])
        environment.get_template(name)
    return len(done)


def _database(datasette: Any) -> Any:
    try:
        return datasette.get_database(DATABASE)
    except KeyError:
        raise NotFound(f"No database named {DATABASE} — serve kb.db with `kb serve`") from None


@functools.lru_cache(maxsize=64)
def _kind_part(environment: Any, type_: str) -> Any:
    """The compiled template of a kind's part of the event page, or None."""
    kind = claim_kinds().get(type_)
    source = kind.page_template if kind else ""
    return environment.from_string(source) if source else None


async def _render(datasette: Any, request: Any, template: str, context: dict[str, Any]) -> Response:
    context = {
        "event_url": lambda event_id: event_url(datasette, event_id),
        "entity_url": lambda key: datasette.urls.row(DATABASE, "entities", key),
        "database": DATABASE,
        "day_words": day_words,
        "claims_to_read": datasette.urls.path(CLAIMS_TO_READ),
        **context,
    }
    return Response.html(await datasette.render_template(template, context, request=request))


def _citations(conn: Any, event_id: str, archive: str | None = None, site: str | None = None) -> dict[str, Any] | None:
    """The event's citation in three formats; None for an event that is not citable (only
    claims and sources are); {"error": …} if the formatter fails, so that the rest of the
    event page is still shown."""
    # Named as `kb cite` names it (the metadata's title), with the permalinks of this site.
    citations = Citations(conn, archive=archive, base_url=site)
    try:
        item, *sources = citations.items([event_id])  # the event's CSL item, then its sources'
        source = sources[0] if sources else None
        words = citations.words(event_id) if citations.is_claim(event_id) else None
        return {
            "text": citations.text(event_id),
            "markdown": citations.markdown(event_id),
            "csl": json.dumps(item, indent=2, ensure_ascii=False),
            "highwire": citation_meta.highwire(item, source),
            "json_ld": citation_meta.json_ld(item, source, words),
        }
    except KbError:
        return None
    except Exception as error:  # a bug of kb.cite.citations must not take the event page down with it
        log.exception("kb.cite.citations could not format %s", event_id)
        return {"error": f"{type(error).__name__}: {error}"}


async def event_view(datasette: Any, request: Any) -> Response:
    event_id = request.url_vars["id"]
    db = _database(datasette)
    page = await db.execute_fn(lambda conn: pages.event_page(conn, event_id))
    if page is None:
        raise NotFound(f"No event {event_id} in this knowledge base")
    archive = await compat.site_title(datasette)
    site = site_url(datasette, request)
    citation = await db.execute_fn(lambda conn: _citations(conn, event_id, archive, site))
    return await _render(
        datasette,
        request,
        "kb_event.html",
        {
            "page": page,
            "part": page.part,
            "kind_part": _kind_part(compat.jinja_environment(datasette), page.body.get("type", "")),
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
    number = int(page_number) if PAGE_NUMBER.match(page_number) else 1
    timeline = await _database(datasette).execute_fn(lambda conn: pages.timeline(conn, key, number))
    if timeline is None:
        raise NotFound(f"No negotiation {key} in this knowledge base")
    return await _render(
        datasette,
        request,
        "kb_timeline.html",
        {"timeline": timeline, "chart_js": static(datasette, CHART_JS)},
    )


async def negotiation_view(datasette: Any, request: Any) -> Response:
    key = request.url_vars["key"]
    page = await _database(datasette).execute_fn(lambda conn: front.front_page(conn, key))
    if page is None:
        raise NotFound(f"No negotiation {key} in this knowledge base")
    return await _render(datasette, request, "kb_negotiation.html", {"front": page})


async def charts_view(datasette: Any, request: Any) -> Response:
    rows = await _database(datasette).execute_fn(pages.metrics)
    return await _render(datasette, request, "kb_charts.html", {"metrics": rows})


async def chart_view(datasette: Any, request: Any) -> Response:
    metric = request.url_vars["metric"]
    page_number = request.args.get("page", "1")
    number = int(page_number) if PAGE_NUMBER.match(page_number) else 1
    chart = await _database(datasette).execute_fn(lambda conn: pages.chart(conn, metric, number))
    if chart is None:
        raise NotFound(f"No data points of the metric {metric} in this knowledge base")
    return await _render(
        datasette,
        request,
        "kb_chart.html",
        {
            "chart": chart,
            "chart_data": {"labels": chart.labels, "series": chart.series},
            "chart_series": pages.CHART_SERIES,
            "chart_js": static(datasette, CHART_JS),
        },
    )


ROBOTS = """User-agent: *
Disallow: /kb?
Disallow: /kb.json
Disallow: /kb.db
Disallow: /*.csv
Disallow: /*_facet
Allow: /
"""


async def robots_txt() -> Response:
    """Crawlers may read every page, but not run SQL, download the database or walk facets and CSV."""
    return Response.text(ROBOTS)

"""The site's feeds, as feed readers and calendars read them.

- ``/kb/new_claims.atom``: the claims newest first by when they were recorded or last amended,
  as Atom (RFC 4287): each entry's id is the event page's permalink, an IRI that stays; the
  feed has an author; a claim corrected or retracted moves up with a new ``updated``, and a
  correction's replacing claim and a retraction (its event page, the reason, the claim it
  retracts) are entries of their own. A page holds ``FEED_PAGE`` entries and
  links the next with ``rel="next"`` (``?before=`` the last entry's cursor), served as
  ``application/atom+xml``.
- ``/kb/calendar.ics``: meetings and expected dates known to the day, as iCalendar (RFC 5545)
  made by the ``icalendar`` library: a DTSTAMP (when the claim was recorded), an all-day date
  where only the day is known, the meeting's place as LOCATION and its length as DURATION, the
  event page as URL, and UIDs ``<event id>@<the site's host>``. It holds the ``CALENDAR_PAGE``
  latest in time — every one to come, then the most recent: what a calendar client shows —
  and, when there are more, says in its description (X-WR-CALDESC) where the earlier ones are:
  the same calendar with ``?before=`` its last entry's cursor (or any day: ``?before=2025-06-01``).

Both are canned queries of metadata.json rendered here; any other query keeps datasette-atom's
and datasette-ics's renderers. Permalinks start with the site's address (kb.publish.site).
"""

from __future__ import annotations

import datetime
import sqlite3
from typing import Any
from urllib.parse import quote, urlsplit

import datasette_atom
import datasette_ics
from datasette.utils.asgi import Response
from feedgen.feed import FeedGenerator
from icalendar import Calendar, Event

from kb.builder.queries import CALENDAR_PAGE, FEED_PAGE
from kb.publish import compat
from kb.publish.site import site_url

ATOM_QUERY = "new_claims"
CALENDAR_QUERY = "calendar"


def can_render_atom(columns: list[str], query_name: str | None = None) -> bool:
    return query_name == ATOM_QUERY or bool(datasette_atom.can_render_atom(columns))


def can_render_ics(columns: list[str], query_name: str | None = None) -> bool:
    return query_name == CALENDAR_QUERY or bool(datasette_ics.can_render_ics(columns))


async def render_atom(
    datasette: Any,
    request: Any,
    sql: str,
    columns: list[str],
    rows: list[Any],
    database: str,
    table: str | None,
    query_name: str | None,
    view_name: str,
    data: dict[str, Any],
) -> Response:
    if query_name != ATOM_QUERY:
        if not rows and datasette_atom.REQUIRED_COLUMNS.issubset(columns):
            return await _empty_feed(datasette, request, sql, database, table)
        return datasette_atom.render_atom(
            datasette, request, sql, columns, rows, database, table, query_name, view_name, data
        )
    site = site_url(datasette, request)
    path = datasette.urls.path(f"/{database}/{ATOM_QUERY}.atom")
    feed = FeedGenerator()
    feed.generator(generator="kb")
    feed.id(site + path)
    feed.title(await compat.query_title(datasette, database, query_name))
    feed.author({"name": await compat.site_title(datasette) or "kb"})
    feed.link(
        href=site + path + (f"?before={quote(request.args['before'])}" if request.args.get("before") else ""),
        rel="self",
    )
    feed.link(href=site + datasette.urls.path(f"/{database}/claims"), rel="alternate")
    if len(rows) >= FEED_PAGE:
        feed.link(href=f"{site}{path}?before={quote(rows[-1]['cursor'])}", rel="next")
    rows = [dict(row) for row in rows]
    updated = [row["updated"] for row in rows]
    feed.updated(max(updated) if updated else await _built_at(datasette, database) or _epoch())
    for row in reversed(rows):  # feedgen lists the entries last added first
        entry = feed.add_entry()
        permalink = site + datasette.urls.path(f"/-/event/{row['id']}")
        entry.id(permalink)
        entry.link(href=permalink, rel="alternate")
        entry.title(row["summary"])
        entry.published(row["recorded_at"])
        entry.updated(row["updated"])
        entry.content(_entry_text(row), type="text")
    return Response(feed.atom_str(pretty=True), content_type="application/atom+xml; charset=utf-8", status=200)


def _entry_text(row: dict[str, Any]) -> str:
    if row.get("retracts"):
        return f"{row['summary']}: {row['status_reason']}. It retracts {row['retracts']}."
    text = f"{row['summary']} ({row['kind'].replace('_', ' ')}, {row['occurred_at']}, {row['status']})"
    if row.get("corrects"):
        text += f". It corrects {row['corrects']}"
    if row["status"] != "active":
        by = row.get("replaced_by") or row.get("retracted_by")
        text += f". {row['status'].capitalize()} by {by}: {row['status_reason']}"
    return text + "."


async def render_ics(
    datasette: Any,
    request: Any,
    database: str,
    table: str | None,
    rows: list[Any],
    columns: list[str],
    sql: str,
    query_name: str | None,
    data: dict[str, Any],
) -> Response:
    if query_name != CALENDAR_QUERY:
        return datasette_ics.render_ics(datasette, request, database, table, rows, columns, sql, query_name, data)
    site = site_url(datasette, request)
    host = urlsplit(site).hostname or "localhost"
    calendar = Calendar()
    calendar.add("prodid", "-//kb//negotiation knowledge base//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", await compat.query_title(datasette, database, query_name))
    if len(rows) >= CALENDAR_PAGE:
        path = datasette.urls.path(f"/{database}/{CALENDAR_QUERY}.ics")
        earlier = f"{site}{path}?before={quote(rows[-1]['cursor'])}"
        calendar.add("x-wr-caldesc", f"The {len(rows)} latest meetings and expected dates here; the earlier: {earlier}")
    for row in map(dict, rows):
        event = Event()
        event.add("uid", f"{row['id']}@{host}")
        event.add("dtstamp", _instant(row["recorded_at"]))
        event.add("dtstart", _start(row["start"]))
        if row.get("duration") and len(row["start"]) > 10:
            event.add("duration", _duration(row["duration"]))
        event.add("summary", row["summary"])
        if row.get("location"):
            event.add("location", row["location"])
        permalink = site + datasette.urls.path(f"/-/event/{row['id']}")
        event.add("url", permalink)
        event.add("description", f"{row['what']}; event {row['id']}: {permalink}")
        calendar.add_component(event)
    return Response(calendar.to_ical().decode("utf-8"), content_type="text/calendar; charset=utf-8", status=200)


def _start(value: str) -> datetime.date | datetime.datetime:
    """A day known to the day is an all-day date (VALUE=DATE), so no time zone moves it; a
    date-time with its offset is an instant, in UTC; one without is floating (local time)."""
    if len(value) == 10:
        return datetime.date.fromisoformat(value)
    moment = datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
    return moment.astimezone(datetime.UTC) if moment.tzinfo else moment


def _instant(value: str) -> datetime.datetime:
    return datetime.datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(datetime.UTC)


def _duration(value: str) -> datetime.timedelta:
    from icalendar.prop import vDuration

    return vDuration.from_ical(value)


async def _empty_feed(datasette: Any, request: Any, sql: str, database: str, table: str | None) -> Response:
    """What datasette-atom fails to make (it dates a feed by its newest row): an empty feed,
    dated when kb.db was built, with the title datasette-atom would give it."""
    feed = FeedGenerator()
    feed.generator(generator="Datasette", uri="https://github.com/simonw/datasette")
    feed.id(request.url)
    feed.link(href=request.url, rel="self")
    title = request.args.get("_feed_title", sql)
    feed.title(f"{title}/{table}" if table else str(title))
    built_at = await _built_at(datasette, database)
    if built_at:  # else feedgen's: now
        feed.updated(built_at)
    return Response(feed.atom_str(pretty=True), content_type="application/atom+xml; charset=utf-8", status=200)


async def _built_at(datasette: Any, database: str) -> str | None:
    """When kb.db was built (its _meta), or None for a database without one."""
    try:
        result = await datasette.get_database(database).execute("SELECT value FROM _meta WHERE key = 'built_at'")
    except sqlite3.OperationalError:  # not a kb.db: no _meta table
        return None
    row = result.first()
    return row[0] if row else None


def _epoch() -> str:
    return "1970-01-01T00:00:00Z"

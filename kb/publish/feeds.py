"""Atom feeds: datasette-atom's, but for a query with no row yet — the new claims of a knowledge
base that has none — where datasette-atom fails (it dates the feed by its newest row): then an
empty feed, dated when kb.db was built, with the title datasette-atom would give it."""

from __future__ import annotations

import sqlite3
from typing import Any

import datasette_atom
from datasette.utils.asgi import Response
from feedgen.feed import FeedGenerator


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
    if rows or not datasette_atom.REQUIRED_COLUMNS.issubset(columns):
        return datasette_atom.render_atom(
            datasette, request, sql, columns, rows, database, table, query_name, view_name, data
        )
    feed = FeedGenerator()
    feed.generator(generator="Datasette", uri="https://github.com/simonw/datasette")
    feed.id(request.url)
    feed.link(href=request.url, rel="self")
    feed.title(_title(datasette, request, sql, database, table, query_name))
    built_at = await _built_at(datasette, database)
    if built_at:  # else feedgen's: now
        feed.updated(built_at)
    return Response(feed.atom_str(pretty=True), content_type="application/xml; charset=utf-8", status=200)


def _title(datasette: Any, request: Any, sql: str, database: str, table: str | None, query_name: str | None) -> str:
    """The feed's title as datasette-atom makes it: a canned query's title, else the SQL (and table)."""
    if query_name:
        queries = (datasette.metadata(database=database) or {}).get("queries") or {}
        title = (queries.get(query_name) or {}).get("title")
        if title:
            return str(title)
    title = request.args.get("_feed_title", sql)
    return f"{title}/{table}" if table else str(title)


async def _built_at(datasette: Any, database: str) -> str | None:
    """When kb.db was built (its _meta), or None for a database without one."""
    try:
        result = await datasette.get_database(database).execute("SELECT value FROM _meta WHERE key = 'built_at'")
    except sqlite3.OperationalError:  # not a kb.db: no _meta table
        return None
    row = result.first()
    return row[0] if row else None

"""What the plugin asks Datasette, in the calls both Datasette 0.65 and 1.0 answer: 0.65 keeps a
table's settings (facets, sort, full-text search) and the site's title in its metadata
(``table_metadata``, ``metadata``), 1.0 keeps the settings in its configuration
(``table_config``, a coroutine) and the title in ``get_instance_metadata``; its canned queries
are stored queries (``get_query``), its Jinja environment is ``get_jinja_environment()``, and
``expand_foreign_keys`` asks for the actor first (whose permissions decide which labels show),
and a facet holds its table's settings as ``table_config`` (0.65: ``metadata``).
A test runs each against the installed Datasette, and .ci/datasette-1.0 runs the site's tests
against the newest 1.0 alpha."""

from __future__ import annotations

import inspect
from typing import Any


async def table_settings(datasette: Any, database: str, table: str) -> dict[str, Any]:
    if hasattr(datasette, "table_config"):  # Datasette 1.0
        return dict(await datasette.table_config(database, table) or {})
    return dict(datasette.table_metadata(database, table) or {})


async def site_title(datasette: Any) -> str | None:
    if hasattr(datasette, "get_instance_metadata"):  # Datasette 1.0
        title = (await datasette.get_instance_metadata()).get("title")
    else:
        title = datasette.metadata("title")
    return title if isinstance(title, str) else None


async def query_title(datasette: Any, database: str, query_name: str) -> str:
    if hasattr(datasette, "get_query"):  # Datasette 1.0: stored queries
        stored = await datasette.get_query(database, query_name)
        title = stored.title if stored else None
    else:
        title = ((await datasette.get_canned_query(database, query_name, None)) or {}).get("title")
    return str(title or query_name)


def jinja_environment(datasette: Any) -> Any:
    if hasattr(datasette, "get_jinja_environment"):  # Datasette 1.0
        return datasette.get_jinja_environment()
    return datasette.jinja_env


async def expand_foreign_keys(
    datasette: Any, actor: Any, database: str, table: str, column: str, values: list[Any]
) -> dict[tuple[str, Any], Any]:
    """The labels of a foreign-key column's values, as ``{(column, value): label}``."""
    if "actor" in inspect.signature(datasette.expand_foreign_keys).parameters:  # Datasette 1.0
        return dict(await datasette.expand_foreign_keys(actor, database, table, column, values))
    return dict(await datasette.expand_foreign_keys(database, table, column, values))


def facet_table_settings(facet: Any) -> Any:
    """The table settings a Datasette facet was made with."""
    return facet.table_config if hasattr(facet, "table_config") else facet.metadata  # 1.0, then 0.65

"""The facets of claims counted in one pass over the page's claims (kb.publish.claim_codes),
shaped as Datasette's column facets: same values, counts, order, labels, links and
``selected``, so that the HTML page and the JSON show what Datasette's own facets showed.

metadata.json declares them as ``{"one_pass": "kind"}`` (kb.builder.metadata), on claims and on the
views that are claims under a condition (current_claims: ``View.claims_where``). The codes are read at
startup (``prepare``, the plugin's ``startup`` hook) from an immutable kb.db; whatever they
cannot answer — a mutable database, another table, a column they do not hold, a page whose
SQL is not a table page's — is counted by Datasette's own column facet, one query per column.
A page whose rowids take longer than the facet time limit reports its facets as timed out.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
import urllib.parse
import weakref
from collections import Counter
from dataclasses import dataclass
from typing import Any

from datasette.database import QueryInterrupted
from datasette.facets import ColumnFacet, Facet
from datasette.utils import escape_sqlite, path_with_added_args, path_with_removed_args, sqlite_timelimit
from datasette.utils.asgi import BadRequest

from kb.builder.metadata import DATABASE, ONE_PASS
from kb.builder.projection import VIEWS
from kb.publish import compat
from kb.publish.claim_codes import TOPICS, ClaimCodes, top

CLAIMS = "claims"
# The views that are the claims for which a condition holds (current_claims): their pages' facets
# are counted from the claims' codes too, over the claims of the page and of the condition.
CLAIM_VIEWS = {name: view.claims_where for name, view in VIEWS.items() if view.claims_where}


@dataclass(frozen=True)
class Prepared:
    codes: ClaimCodes
    # A page's facet SQL up to its where clause (Datasette's sql_no_order_no_limit), for claims and each of CLAIM_VIEWS
    prefixes: dict[str, str]
    searches: dict[str, str]  # the where clause of a page that only searches → its rowids' SQL


def searches(fts_table: str | None, size: int) -> dict[str, str]:
    """A page that only searches (``?_search=``, escaped or raw) takes its rowids from the
    full-text index alone, without reading claims: a rowid that is not a claim's has no code
    (``NOT_A_CLAIM``), so the claims counted are those of the page."""
    if not fts_table:
        return {}
    fts = escape_sqlite(fts_table)
    return {
        f"where rowid in (select rowid from {fts} where {fts} match {match}) ": (
            f"select rowid from {fts} where {fts} match {match} and rowid between 0 and {size - 1}"
        )
        for match in ("escape_fts(:search)", ":search")
    }


PREPARED: weakref.WeakKeyDictionary[Any, Prepared] = weakref.WeakKeyDictionary()


def coded(table_metadata: dict[str, Any], columns: list[str]) -> tuple[list[str], bool]:
    """The columns of claims that metadata.json facets in one pass, and whether it has the topic facet."""
    wanted, topics = [], False
    for facet in table_metadata.get("facets", []):
        if isinstance(facet, dict) and len(facet) == 1:
            [(kind, config)] = facet.items()
            column = config if isinstance(config, str) else None
            if kind == ONE_PASS and column in columns:
                wanted.append(column)
            topics = topics or kind == "topic"
    return wanted, topics


def read_codes(path: str, wanted: list[str], topics: bool) -> ClaimCodes:
    conn = sqlite3.connect(f"file:{urllib.parse.quote(path)}?immutable=1", uri=True, check_same_thread=False)
    try:
        conn.execute("PRAGMA mmap_size = 2147418112")
        return ClaimCodes.read(conn, wanted, topics)
    finally:
        conn.close()


async def prepare(datasette: Any) -> None:
    """Read the codes of the claims of the immutable kb.db served."""
    db = datasette.databases.get(DATABASE)
    prepared = None if db is None else await prepare_for(datasette, db)
    if prepared is not None:
        PREPARED[datasette] = prepared


async def prepare_for(datasette: Any, db: Any) -> Prepared | None:
    """The codes of the claims of an immutable kb.db, read in a thread (a million claims: a few
    seconds); None if it is mutable or its claims have no coded facet."""
    if db.is_mutable or not db.path or not await db.table_exists(CLAIMS):
        return None
    columns = await db.table_columns(CLAIMS)
    table_metadata = await compat.table_settings(datasette, DATABASE, CLAIMS)
    wanted, topics = coded(table_metadata, columns)
    topics = topics and await db.table_exists(TOPICS)
    if not wanted and not topics:
        return None
    codes = await asyncio.get_running_loop().run_in_executor(None, read_codes, db.path, wanted, topics)
    selected = ", ".join(escape_sqlite(column) for column in columns)
    prefixes = {table: f"select {selected} from {escape_sqlite(table)} " for table in (CLAIMS, *CLAIM_VIEWS)}
    return Prepared(codes, prefixes, searches(table_metadata.get("fts_table"), codes.size))


async def counts_for(facet: Facet, column: str) -> Counter[Any] | None:
    """The counts of a column over the claims of the facet's page, or None if the codes cannot
    give them. Counted once per page, for all its facets; raises QueryInterrupted past the
    facet time limit."""
    prepared = PREPARED.get(facet.ds)
    prefix = prepared.prefixes.get(facet.table) if prepared is not None else None
    if (
        prepared is None
        or prefix is None
        or facet.database != DATABASE
        or column not in prepared.codes.columns
        or not facet.sql.startswith(prefix)
    ):
        return None
    pages = facet.request.scope.setdefault("kb.claim_counts", {})
    if facet.sql not in pages:
        where = facet.sql[len(prefix) :]
        if facet.table in CLAIM_VIEWS:  # the view's rows are those of claims where its condition holds
            condition = where.strip().removeprefix("where ")
            where = f"where {CLAIM_VIEWS[facet.table]}" + (f" and ({condition}) " if condition else " ")
        sql, others = rowids_sql(prepared, where, facet.row_count)
        pages[facet.sql] = asyncio.ensure_future(count_page(facet.ds, prepared.codes, sql, facet.params, others))
    counts: dict[str, Counter[Any]] = await pages[facet.sql]
    return counts[column]


def rowids_sql(prepared: Prepared, where: str, row_count: int | None) -> tuple[str, bool]:
    """The SQL of the rowids to count for a page with this where clause, and whether they are
    those of the other claims: a page of most claims (``?status=active``) is counted as all
    claims less the others, which are fewer to count (the others are those for which the
    condition is false or NULL, as SQLite's WHERE reads it)."""
    if where in prepared.searches:
        return prepared.searches[where], False
    condition = where.strip().removeprefix("where ")
    if condition != where.strip() and row_count is not None and 2 * row_count > prepared.codes.claims:
        return f"select rowid from {CLAIMS} where not coalesce(({condition}), 0)", True
    return f"select rowid from {CLAIMS} {where}", False


async def count_page(ds: Any, codes: ClaimCodes, sql: str, params: Any, others: bool) -> dict[str, Counter[Any]]:
    """The counts of the claims whose rowids ``sql`` selects (all claims: counted at startup),
    or, if ``others``, of all claims but those."""
    if sql == f"select rowid from {CLAIMS} ":
        return codes.totals
    limit, facet_limit = ds.setting("sql_time_limit_ms"), ds.setting("facet_time_limit_ms")
    limit = facet_limit if facet_limit and facet_limit < limit else limit  # as Datasette's facets' queries

    def in_thread(conn: sqlite3.Connection) -> dict[str, Counter[Any]]:
        with sqlite_timelimit(conn, limit):
            try:
                cursor = conn.cursor()
                cursor.row_factory = None  # plain tuples of one integer (not kb.publish.limits' counting rows)
                rowids = [rowid for (rowid,) in cursor.execute(sql, params)]
            except sqlite3.OperationalError as error:
                if error.args == ("interrupted",):
                    raise QueryInterrupted(error, sql, params) from None
                raise
        counts = codes.count(rowids)
        return {column: codes.totals[column] - counts[column] for column in counts} if others else counts

    result: dict[str, Counter[Any]] = await ds.get_database(DATABASE).execute_fn(in_thread)
    return result


def check_facet_arguments(request: Any) -> None:
    """A ``?_facet…={…}`` that is not a JSON object naming a column is a clear 400 rather than
    the error 500 of Datasette's ``load_facet_configs`` or its facets' ``config["simple"]``."""
    for key, value in urllib.parse.parse_qsl(request.query_string, keep_blank_values=True):
        if key.startswith("_facet") and key != "_facet_size" and value.startswith("{"):
            try:
                config = json.loads(value)
            except ValueError:
                config = None
            if not (isinstance(config, dict) and isinstance(config.get("column") or config.get("simple"), str)):
                raise BadRequest(f'{key}= must be a column name, or a JSON object such as {{"column": "kind"}}')


class DatasetteColumnFacet(ColumnFacet):  # type: ignore[misc]
    """Datasette's own column facet over the given configurations."""

    def __init__(self, facet: Facet, configs: list[dict[str, Any]]):
        super().__init__(
            facet.ds,
            facet.request,
            facet.database,
            facet.sql,
            facet.table,
            facet.params,
            compat.facet_table_settings(facet),
            facet.row_count,
        )
        self.configs = configs

    def get_configs(self) -> list[dict[str, Any]]:
        return self.configs


class OnePassFacet(Facet):  # type: ignore[misc]
    """A column facet of claims, counted with all the others in one pass over the page's claims."""

    type = ONE_PASS

    async def suggest(self) -> list[Any]:
        return []

    async def facet_results(self) -> tuple[list[dict[str, Any]], list[str]]:
        results: list[dict[str, Any]] = []
        timed_out: list[str] = []
        for source_and_config in self.get_configs():
            config = source_and_config["config"]
            column = config.get("column") or config["simple"]
            try:
                counted = await counts_for(self, column)
            except QueryInterrupted:
                timed_out.append(column)
                continue
            if counted is None:
                more, more_timed_out = await DatasetteColumnFacet(self, [source_and_config]).facet_results()
                results += [
                    {**result, "toggle_url": self.hide_url(column, source_and_config["source"])} for result in more
                ]
                timed_out += more_timed_out
            else:
                results.append(await self.result(column, source_and_config["source"], counted))
        return results, timed_out

    def hide_url(self, column: str, source: str) -> str:
        """The page without this facet: without the ``?_facet_one_pass=`` that asked for it (for
        a configured one, which cannot be hidden, what Datasette's column facet gives)."""
        hide = {"_facet": column} if source == "metadata" else {f"_facet_{ONE_PASS}": column}
        return str(self.ds.urls.path(path_with_removed_args(self.request, hide)))

    async def result(self, column: str, source: str, counted: Counter[Any]) -> dict[str, Any]:
        """What Datasette's ColumnFacet returns for these counts."""
        size = self.get_facet_size()
        rows = top(counted, size)
        qs_pairs = self.get_querystring_pairs()
        expanded = await compat.expand_foreign_keys(
            self.ds, self.request.actor, self.database, self.table, column, [v for v, _ in rows[:size]]
        )
        column_qs = f"{column}__exact" if column.startswith("_") else column
        values = []
        for value, count in rows[:size]:
            selected = (column_qs, str(value)) in qs_pairs
            if selected:
                toggle = path_with_removed_args(self.request, {column_qs: str(value)})
            else:
                toggle = path_with_added_args(self.request, {column_qs: value})
            values.append(
                {
                    "value": value,
                    "label": expanded.get((column, value), value),
                    "count": count,
                    "toggle_url": self.ds.absolute_url(self.request, self.ds.urls.path(toggle)),
                    "selected": selected,
                }
            )
        return {
            "name": column,
            "type": "column",
            "hideable": source != "metadata",
            "toggle_url": self.hide_url(column, source),
            "results": values,
            "truncated": len(rows) > size,
        }

"""``_search`` on every table and view of claims, not only on ``claims``: Datasette searches a
table with a full-text index of its own (``claims``, through ``claims_fts``) and ignores the
parameter elsewhere, so ``current_claims`` once returned every row. Here the others — each claim
kind's own table, and the views whose rows are of claims (``View.claim_column``) — keep the rows
of the claims that ``claims_fts`` matches, with the same escaping as ``claims`` (searchmode escaped)."""

from __future__ import annotations

from typing import Any

from datasette.filters import FilterArguments
from datasette.utils import escape_fts

from kb.builder.metadata import DATABASE
from kb.builder.projection import TABLES, VIEWS

# Table or view -> the column holding the claim's ID, for those without a full-text index of their own.
SEARCHED = {
    name: "id" for name, table in TABLES.items() if ("id", "claims", "id") in table.foreign_keys and not table.fts
} | {name: view.claim_column for name, view in VIEWS.items() if view.claim_column}


def template_vars(database: str | None, table: str | None, request: Any) -> dict[str, Any]:
    """A search box on the page of each table and view searched here, as Datasette gives one to a
    table with a full-text index: its table.html shows one when ``supports_search``."""
    if database != DATABASE or table not in SEARCHED:
        return {}
    return {"supports_search": True, "search": request.args.get("_search", "") if request else ""}


def filters_from_request(request: Any, database: str, table: str) -> FilterArguments | None:
    words = request.args.get("_search")
    if database != DATABASE or table not in SEARCHED or not words:
        return None
    return FilterArguments(
        [
            f"[{SEARCHED[table]}] in (select id from claims where rowid in "
            "(select rowid from claims_fts where claims_fts match :kb_search))"
        ],
        params={"kb_search": escape_fts(words)},
        human_descriptions=[f'search matches "{words}"'],
    )

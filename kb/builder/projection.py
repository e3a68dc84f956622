"""From events to rows: the tables and views of kb.db, gathered from the kinds of event, and the
projection of one event.

Each kind's ``rows`` is a pure handler: it takes an event (a valid JSON object) and yields
``(table, row)`` pairs, reading nothing else. What depends on several events — a claim's
status after corrections, whether an excerpt is in its source's snapshot, problems across
events — is computed by the builder in SQL once every event is loaded.
"""

from __future__ import annotations

import dataclasses

from kb.builder.duplicates import REPEAT_KEYS
from kb.events.ids import stored_json
from kb.events.models import upgraded
from kb.model.claim_tables import CORE_TABLES
from kb.model.kind import Row, Rows, Table, View, kinds, sort_key, sort_key_description
from kb.model.render import marked_summary

__all__ = ["ENTITY_REFERENCES", "TABLES", "VIEWS", "Table", "View", "project"]


def _leading(table: Table) -> str:
    """The first column of a table's primary key: SQLite looks rows up by it without an index."""
    return table.pk if isinstance(table.pk, str) else table.pk[0]


def _entity_columns_indexed(table: Table) -> Table:
    """The table with an index on every column naming an entity: an incremental build finds the
    events naming an entity it added (kb.builder.summaries) without reading every row."""
    named = tuple(
        column
        for column, other, _ in table.foreign_keys
        if other == "entities" and column not in table.indexes and column != _leading(table)
    )
    return dataclasses.replace(table, indexes=(*table.indexes, *named)) if named else table


def indexed_by(table: str, column: str) -> str:
    """``INDEXED BY`` the index on one column naming an entity (sqlite-utils names it
    idx_<table>_<column>), or nothing when the primary key leads with it. After ANALYZE a column
    that is mostly empty (claims.via) looks too unselective to SQLite, which reads every row to
    find the few naming one entity."""
    return "" if column == _leading(TABLES[table]) else f"INDEXED BY [idx_{table}_{column}]"


def _claim_kinds_listed(table: Table) -> Table:
    """The claims table, its description and kind column naming every kind of claim."""
    names = [type_ for type_, kind in kinds().items() if kind.is_claim]
    words = [name.replace("_", " ") for name in names]
    listed = ", ".join(words[:-1]) + " or " + words[-1] if len(words) > 1 else "".join(words)
    return dataclasses.replace(
        table,
        description=f"One row per claim — {listed} — for faceting",
        column_descriptions={**table.column_descriptions, "kind": f"Kind of claim: {', '.join(names)}"},
    )


def _tables() -> dict[str, Table]:
    tables: dict[str, Table] = {
        "events": Table(
            {
                "id": str,
                "type": str,
                "recorded_at": str,
                "recorded_by": str,
                "summary": str,
                "json": str,
                "sort_key": str,
            },
            pk="id",
            indexes=("type", "recorded_at", "sort_key"),
            label="summary",
            description="Every event of the knowledge base, as recorded, with its JSON",
            facets=("type",),
            sort_desc="sort_key",
            column_descriptions={
                "sort_key": sort_key_description("recorded_at"),
                "type": "Kind of event: source, entity, role, a kind of claim, retraction or correction",
                "summary": "The event in one line of plain words",
                "json": "The event as recorded: the canonical JSON (RFC 8785) its ID hashes, with the id first",
            },
        ),
    }
    for kind in kinds().values():
        if kind.is_claim and "claims" not in tables:  # after the entities it refers to, before the claims' tables
            tables["claims"] = _claim_kinds_listed(CORE_TABLES["claims"])
        for name, table in kind.tables.items():
            if name in tables:
                raise ValueError(f"two definitions of the table {name} (the second in the kind {kind.type})")
            tables[name] = table
    tables |= {name: table for name, table in CORE_TABLES.items() if name != "claims"}
    tables = {name: _entity_columns_indexed(table) for name, table in tables.items()}
    return tables | _the_builds_own()


def _the_builds_own() -> dict[str, Table]:
    """The tables the build keeps of itself: what it was built from, repeat keys and problems."""
    tables: dict[str, Table] = {}
    tables["_meta"] = Table(
        {"key": str, "value": str},
        pk="key",
        description="What this database was built from",
        column_descriptions={
            "key": "event_count, ids_digest (exclusive or of the SHA-256 of each ID), builder_version, git_commit, "
            "built_at, as_of, snapshots_digest, files_stamp, snapshots_stamp",
            "value": "Its value",
        },
    )
    tables["_repeat_keys"] = REPEAT_KEYS
    tables["_problems"] = Table(
        {"id": str, "event": str, "kind": str, "detail": str},
        pk="id",
        foreign_keys=(("event", "events", "id"),),
        indexes=("kind", "event"),
        description="Dangling references, unverified quotes and likely duplicates found by the build",
        facets=("kind",),
        column_descriptions={
            "id": "A stable hash of the problem",
            "event": "ID of the event with the problem",
            "kind": "dangling_entity, dangling_source, excerpt_not_found, quote_not_found, snapshot_failed, "
            "dangling_target, "
            "dangling_<kind of claim> (a field pointing at no claim of that kind), forked_correction, "
            "likely_duplicate" + "".join(f", {problem}" for kind in kinds().values() for problem, _ in kind.problems),
            "detail": "What is wrong, in words",
        },
    )
    return tables


CURRENT = "status = 'active'"  # the claims as they stand


def _views() -> dict[str, View]:
    views = {
        "current_claims": View(
            f"\n        SELECT * FROM claims WHERE {CURRENT}\n    ",
            "The claims as they stand: neither corrected nor retracted",
            columns_from=("claims",),
            facets=("kind", "negotiation", "actor", "subject", "attribution", "modality", "year", "month", "verified"),
            sort_desc="sort_key",
            claim_column="id",
            claims_where=CURRENT,
        ),
        "claim_history": View(
            CLAIM_HISTORY,
            "When each claim was recorded, corroborated, corrected, retracted or linked, with reasons",
            column_descriptions={
                "claim": "ID of the claim",
                "at": "When it happened to the claim: when the event below was recorded (UTC)",
                "what": "recorded, corroborated, corroboration retracted, corrected, retracted, linked as the same "
                "statement, meeting or data point, or linked as disagreeing",
                "event": "ID of the event that did it",
                "detail": "The reason of a correction or retraction (of the claim, or of a further report), the "
                "further sources, or the note of a link",
            },
            claim_column="claim",
        ),
    }
    for kind in kinds().values():
        views |= kind.views
    return views


# Each part of the history is read in the view's order: the claims by their ID's index (NOT NULL:
# kb.builder.build), the few corrections and links sorted. CROSS JOIN reads the links first, then
# their events by ID: where ANALYZE found no link, SQLite would otherwise look every event up in links.
CLAIM_HISTORY = """
        SELECT id AS claim, recorded_at AS at, 'recorded' AS what, id AS event, NULL AS detail FROM claims
        UNION ALL
        SELECT co.target, co.recorded_at, 'corroborated', co.id, 'also reported by ' || (
          SELECT group_concat(json_extract(j.value, '$.source'), ', ')
          FROM events e, json_each(e.json, '$.citations') j WHERE e.id = co.id)
        FROM corroborations co
        UNION ALL
        SELECT coalesce(co.target, x.target), x.recorded_at,
               CASE WHEN co.id IS NOT NULL THEN 'corroboration retracted'
                 WHEN x.kind = 'retraction' THEN 'retracted' ELSE 'corrected' END,
               x.id, x.reason
        FROM corrections x LEFT JOIN corroborations co ON co.id = x.target
        UNION ALL
        SELECT l.claim, e.recorded_at,
               CASE l.kind WHEN 'disagrees' THEN 'linked as disagreeing'
                 ELSE 'linked as ' || replace(l.kind, '_', ' ') END,
               l.link, l.note
        FROM links l CROSS JOIN events e ON e.id = l.link
        ORDER BY claim, at, event, what, detail
    """
TABLES: dict[str, Table] = _tables()
VIEWS: dict[str, View] = _views()


def _event_column(table: str) -> str:
    """The column of a table that holds the ID of the event a row comes from."""
    return next(column for column, other, _ in TABLES[table].foreign_keys if other in ("claims", "events"))


# (table, column holding an entity key, column holding the event ID). claims.actor and
# claims.subject are left out: they repeat the speaker, holder, subject or participant of the
# claim's own table.
ENTITY_REFERENCES = [
    (table, column, _event_column(table))
    for table, spec in TABLES.items()
    for column, other, _ in spec.foreign_keys
    if other == "entities"
    and table != "aliases"
    and (table, column) not in (("claims", "actor"), ("claims", "subject"))
]
KINDS = kinds()


def project(event: Row, canonical: str) -> Rows:
    """Every row an event projects into, the events row first (``canonical``: the event's
    canonical JSON, without its id: kb.events.query.read_checked)."""
    # The rows of an event of an earlier schema version are those of its upgrade; its file and
    # its events.json stay as written.
    current = upgraded(event)
    rows = list(KINDS[event["type"]].rows(current))
    # A claim's summary is its claims row's (the same words): made once.
    first = rows[0][1] if rows and rows[0][0] == "claims" and rows[0][1]["id"] == event["id"] else None
    yield (
        "events",
        {
            "id": event["id"],
            "type": event["type"],
            "recorded_at": event["recorded_at"],
            "recorded_by": event.get("recorded_by"),
            "summary": first["summary"] if first else marked_summary(current),
            "json": stored_json(event["id"], canonical),
            "sort_key": sort_key(event["recorded_at"], event["id"]),
        },
    )
    yield from rows

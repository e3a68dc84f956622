"""metadata.json: Datasette's configuration of a knowledge base, generated from the code.

Table descriptions come from ``kb.projection.TABLES``; a column's description from the
field of the event models it is projected from, or, for a column the builder computes,
from ``WRITTEN`` below. A column with neither is an error, so a new column cannot be
published undescribed. ``kb init`` writes the file and ``kb metadata`` rewrites it; a
test fails when the repository's copy drifts from what this module generates.
"""

from __future__ import annotations

import html
import json
import urllib.parse
from typing import Any

from pydantic import BaseModel

from kb import models
from kb.projection import TABLES, VIEWS
from kb.store import KnowledgeBase

DATABASE = "kb"

ENTITY_KEY = "Entity key"

# The models whose fields a table's columns are projected from, searched in order.
FIELDS_FROM: dict[str, tuple[type[BaseModel], ...]] = {
    "events": (models.Envelope,),
    "entities": (models.Entity,),
    "aliases": (),
    "sources": (models.Source,),
    "roles": (models.Role,),
    "claims": (models.Envelope, models.ClaimFields, models.StatementFields),
    "statements": (models.Statement,),
    "meetings": (models.Meeting,),
    "participants": (models.Participant,),
    "data_points": (models.DataPoint,),
    "positions": (models.Position,),
    "expectations": (models.Expectation,),
    "citations": (models.Citation,),
    "topics": (),
    "agreements": (models.Agreement,),
    "agreement_parties": (),
    "agreement_terms": (models.AgreementTerm,),
    "measures": (models.Measure,),
    "measure_jurisdictions": (),
    "corrections": (models.Envelope, models.RetractionFields),
    "links": (models.LinkFields,),
    "_meta": (),
    "_problems": (),
}

# Columns that the builder computes, or whose meaning in the table differs from the field's.
WRITTEN: dict[str, dict[str, str]] = {
    "events": {
        "type": "Kind of event: source, entity, role, a kind of claim, retraction or correction",
        "summary": "The event in one line of plain words",
        "json": "The event file's content, as recorded",
    },
    "entities": {"id": "ID of the entity event that defines this key (the smallest, if several do)"},
    "aliases": {"key": f"{ENTITY_KEY} of the entity", "alias": "Another name it is referred to by"},
    "sources": {
        "authors": "Authors named by the source (a JSON array)",
        "snapshot_held": "1 when this knowledge base holds the text snapshot, so excerpts can be checked against it",
    },
    "roles": {"id": "ID of the role event"},
    "claims": {
        "id": "ID of the claim's event (for a correction's replacement, the correction's ID)",
        "kind": f"Kind of claim: {', '.join(models.CLAIM_TYPES)}",
        "year": "Year it happened or was said",
        "month": "Month it happened or was said (YYYY-MM), when known",
        "actor": f"{ENTITY_KEY} of who the claim is by or about: speaker, holder, subject or first participant",
        "actor_description": "Who said it, when not named: a Japanese government source, analysts",
        "attribution": "For a statement, how the words reached the source: direct_quote, partial_quote, "
        "paraphrase or reported",
        "topics": "Short tags such as autos, agriculture, fx (a JSON array)",
        "summary": "The claim in one line of plain words",
        "text": "The claim's own words: what was said, the summary of a meeting, what is expected, "
        "or the value as stated",
        "status": "active, corrected (replaced by a correction) or retracted",
        "status_reason": "Why it was corrected or retracted",
        "replaced_by": "ID of the correction that replaces it",
        "retracted_by": "ID of the retraction that withdraws it",
        "corrects": "For a correction's replacement, ID of the claim it replaces",
        "verified": "verified when its excerpts (and quoted words) are in the source snapshots; not_found when "
        "one is not; unverifiable when no snapshot is held here",
        "recorded_at": "When the claim (or its correction) was appended to the knowledge base (UTC)",
    },
    "statements": {
        "id": "ID of the statement's event",
        "quote_verified": "For a direct or partial quote: verified when the quoted words are in a cited "
        "source's snapshot, not_found when not",
    },
    "meetings": {"id": "ID of the meeting's event"},
    "participants": {"meeting": "ID of the meeting's event"},
    "data_points": {
        "id": "ID of the data point's event",
        "value_number": "The value as a number, for sorting and charts (value is exact)",
        "approximate": "1 when the source gives the value as approximate",
    },
    "positions": {"id": "ID of the position's event"},
    "expectations": {"id": "ID of the expectation's event"},
    "citations": {
        "id": "ID of the event that carries the citation, a slash and its position there",
        "claim": "ID of the claim (or role) cited for",
        "verified": "verified or not_found against the source's snapshot; unverifiable when no snapshot is "
        "held here; dangling when the source is not in this knowledge base",
        "added_by": "ID of the event that carries the citation",
    },
    "agreements": {
        "parties": "Entity keys of the parties (a JSON array)",
        "origin": "ID of the first report of this agreement: every later report that follows it shares it",
    },
    "agreement_parties": {"agreement": "ID of the agreement's event", "party": f"{ENTITY_KEY} of a party"},
    "agreement_terms": {
        "id": "ID of the agreement's event, # and the term's key",
        "agreement": "ID of the agreement's event",
        "hs_codes": "HS codes of the products, when given (a JSON array)",
    },
    "measures": {
        "affected": "Entity keys of the jurisdictions affected (a JSON array)",
        "hs_codes": "HS codes of the products, when given (a JSON array)",
    },
    "measure_jurisdictions": {
        "measure": "ID of the measure's event",
        "jurisdiction": f"{ENTITY_KEY} of the jurisdiction",
        "role": "imposing or affected",
    },
    "links": {
        "id": "ID of the link event, a slash and the claim's position in it",
        "link": "ID of the link event",
        "claim": "ID of one of the claims that are the same",
    },
    "topics": {"claim": "ID of the claim", "topic": "A topic tag of the claim, such as autos"},
    "corrections": {
        "id": "ID of the retraction or correction event",
        "kind": "retraction or correction",
        "target": "ID of the claim withdrawn or replaced",
        "reason": "Why it is withdrawn or replaced",
    },
    "_meta": {
        "key": "event_count, ids_digest (SHA-256 of the sorted IDs), builder_version, git_commit, built_at, "
        "as_of, snapshots_digest",
        "value": "Its value",
    },
    "_problems": {
        "id": "A stable hash of the problem",
        "event": "ID of the event with the problem",
        "kind": "dangling_entity, dangling_source, excerpt_not_found, quote_not_found, dangling_target, "
        "duplicate_entity_key or likely_duplicate",
        "detail": "What is wrong, in words",
    },
}

VIEW_DESCRIPTIONS = {
    "current_claims": "The claims as they stand: neither corrected nor retracted",
    "claim_history": "When each claim was recorded, corroborated, corrected, retracted or linked, with reasons",
    "term_accounts": "What each statement says about a term of an agreement, next to the term as recorded",
    "conflicts": "Figures that disagree: active data points of one metric, subject and period with different values",
}
# Where a view's columns get their descriptions: its own below, else the same column of these tables.
VIEW_COLUMNS_FROM = {
    "current_claims": ("claims",),
    "term_accounts": ("statements",),
    "conflicts": ("data_points", "claims"),
}
WRITTEN_FOR_VIEWS: dict[str, dict[str, str]] = {
    "claim_history": {
        "claim": "ID of the claim",
        "at": "When it happened to the claim: when the event below was recorded (UTC)",
        "what": "recorded, corroborated, corrected, retracted, or linked as the same statement, meeting or data point",
        "event": "ID of the event that did it",
        "detail": "The reason of a correction or retraction, the further source, or the note of a link",
    },
    "term_accounts": {
        "agreement": "ID of the agreement's event",
        "term": "Key of the term within the agreement",
        "term_as_recorded": "The term in plain words, as the agreement records it",
        "statement": "ID of a statement that gives an account of the term",
        "account": "What the statement says about the term",
    },
    "conflicts": {
        "claim": "ID of the data point's event",
        "sources": "IDs of the sources it cites, separated by spaces",
    },
}

# Facets per table, all on indexed columns (or, for topics, counted from the indexed topics
# table by the plugin's "topic" facet) so that each stays fast at a million events.
FACETS: dict[str, list[str | dict[str, str]]] = {
    "claims": [
        "kind",
        "negotiation",
        "actor",
        "attribution",
        "modality",
        {"topic": "topics"},
        "year",
        "month",
        "status",
        "verified",
    ],
    "current_claims": ["kind", "negotiation", "actor", "attribution", "modality", "year", "month", "verified"],
    "events": ["type"],
    "entities": ["kind"],
    "sources": ["kind", "publisher"],
    "roles": ["title", "person"],
    "statements": ["attribution", "speaker"],
    "meetings": ["place"],
    "participants": ["entity", "side"],
    "data_points": ["metric", "subject", "counterpart"],
    "positions": ["kind", "holder"],
    "agreements": ["kind", "status"],
    "agreement_terms": ["kind"],
    "measures": ["imposing", "instrument", "status"],
    "measure_jurisdictions": ["jurisdiction", "role"],
    "links": ["kind"],
    "citations": ["verified", "source"],
    "topics": ["topic"],
    "corrections": ["target"],
    "_problems": ["kind"],
}

SORT_DESC = {
    "claims": "occurred_at",
    "current_claims": "occurred_at",
    "events": "recorded_at",
    "sources": "published_at",
    "corrections": "recorded_at",
}

# Canned queries; their names are URLs (/kb/<name>?param=…) that people will bookmark.
QUERIES: dict[str, dict[str, Any]] = {
    "negotiation_timeline": {
        "title": "Timeline of a negotiation",
        "description": "Every claim of a negotiation (an entity key, such as us-japan-tariff-talks-2025), "
        "oldest first. For a picture, see /-/timeline/NEGOTIATION.",
        "sql": """select c.occurred_at, c.kind, e.name as actor, c.summary, c.status, c.verified, c.id
from claims c left join entities e on e.key = c.actor
where c.negotiation = :negotiation
order by c.occurred_at, c.recorded_at, c.id""",
    },
    "entity_claims": {
        "title": "Everything said by or about an entity",
        "description": "Claims in which an entity (its key, such as shigeru-ishiba) speaks, holds a position, "
        "takes part, is measured or stated the figure, or whose words name it, newest first.",
        "sql": """with mentions(phrase) as (
  select '"' || replace(name, '"', '""') || '"' from entities where key = :entity
  union select '"' || replace(alias, '"', '""') || '"' from aliases where key = :entity
)
select c.occurred_at, c.kind, c.summary, c.negotiation, c.status, c.verified, c.id
from claims c
where c.id in (
  select id from claims where actor = :entity
  union select id from statements where speaker = :entity
  union select id from positions where holder = :entity or addressee = :entity
  union select id from expectations where holder = :entity
  union select id from data_points where subject = :entity or counterpart = :entity or stated_by = :entity
  union select meeting from participants where entity = :entity or side = :entity
)
or c.rowid in (
  select rowid from claims_fts
  where claims_fts match coalesce((select group_concat(phrase, ' OR ') from mentions), '""')
)
order by c.occurred_at desc, c.id""",
    },
    "metric_over_time": {
        "title": "A metric's data points over time",
        "description": "Every reported figure of a metric (such as trade_surplus), by the end of the period it "
        "covers. For a chart, see /-/chart/METRIC.",
        "sql": """select coalesce(d.period_end, c.occurred_at) as period, d.subject, d.counterpart, d.value, d.unit,
  d.approximate, d.value_as_stated, d.stated_by, c.status, d.id
from data_points d join claims c on c.id = d.id
where d.metric = :metric
order by period, d.subject, d.counterpart, d.id""",
    },
    "source_claims": {
        "title": "Every claim citing a source",
        "description": "The claims (and roles) that cite a source event, with the excerpt each cites and whether it "
        "was found in the source's snapshot.",
        "sql": """select ci.claim as event, e.type, c.occurred_at, e.summary, ci.excerpt, ci.verified, c.status
from citations ci join events e on e.id = ci.claim left join claims c on c.id = ci.claim
where ci.source = :source
order by c.occurred_at, ci.claim, ci.id""",
    },
    "search_claims": {
        "title": "Search claims, most relevant first",
        "description": "Full-text search over the claims' summaries and words, ranked by relevance (SQLite FTS5 "
        "bm25). Every word must match; the claims table's search box sorts by date instead.",
        "sql": """select c.id, c.occurred_at, c.kind, c.summary, c.actor, c.negotiation, c.status, c.verified,
  round(claims_fts.rank, 2) as rank
from claims_fts join claims c on c.rowid = claims_fts.rowid
where claims_fts match coalesce(nullif(escape_fts(:q), ''), '""')
order by claims_fts.rank
limit 100""",
    },
}


# The columns of claims a reader wants first; the claims table shows them all.
READING_COLUMNS = ("occurred_at", "kind", "negotiation", "actor", "summary", "attribution", "status", "verified")
CLAIMS_TO_READ = f"/{DATABASE}/claims?" + urllib.parse.urlencode([("_col", column) for column in READING_COLUMNS])


def field_description(models_: tuple[type[BaseModel], ...], column: str) -> str | None:
    for model in models_:
        field = model.model_fields.get(column)
        if field is not None and field.description:
            return field.description
    return None


def column_descriptions(table: str) -> dict[str, str]:
    """The columns of a table with their descriptions (a column without one is left out:
    ``undescribed()`` names them, and a test fails on them)."""
    spec = TABLES[table]
    described = {}
    for column in spec.columns:
        text = (
            spec.column_descriptions.get(column)
            or WRITTEN.get(table, {}).get(column)
            or field_description(FIELDS_FROM.get(table, ()), column)
        )
        if text:
            described[column] = text
    return described


def view_columns() -> dict[str, list[str]]:
    """The columns of each view, from the schema in an empty in-memory database."""
    import sqlite_utils  # here, not at the top: kb.cli imports this module, and kb add needs no sqlite-utils

    db = sqlite_utils.Database(memory=True)
    for name, spec in TABLES.items():
        db[name].create(spec.columns, pk=spec.pk)  # type: ignore[union-attr]
    for name, sql in VIEWS.items():
        db.create_view(name, sql)
    return {name: [column.name for column in db[name].columns] for name in VIEWS}


def view_column_descriptions(view: str, columns: list[str]) -> dict[str, str]:
    described = {}
    for column in columns:
        text = WRITTEN_FOR_VIEWS.get(view, {}).get(column)
        for table in VIEW_COLUMNS_FROM.get(view, ()):
            text = text or column_descriptions(table).get(column)
        if text:
            described[column] = text
    return described


def undescribed() -> list[str]:
    """table.column for every column of kb.db that has no description."""
    missing = [f"{table}.{column}" for table in TABLES for column in TABLES[table].columns]
    missing = [name for name in missing if name.partition(".")[2] not in column_descriptions(name.partition(".")[0])]
    for view, columns in view_columns().items():
        described = view_column_descriptions(view, columns)
        missing += [f"{view}.{column}" for column in columns if column not in described]
    missing += [f"{view} (the view itself)" for view in VIEWS if view not in VIEW_DESCRIPTIONS]
    return missing


def table_metadata(table: str) -> dict[str, Any]:
    spec = TABLES[table]
    value: dict[str, Any] = {"description": spec.description}
    if spec.label:
        value["label_column"] = spec.label
    if table in SORT_DESC:
        value["sort_desc"] = SORT_DESC[table]
    if spec.fts:
        value["fts_table"] = f"{table}_fts"
        value["searchmode"] = "escaped"
    if table in FACETS:
        value["facets"] = FACETS[table]
    value["columns"] = column_descriptions(table)
    return value


def view_metadata(view: str, columns: list[str]) -> dict[str, Any]:
    value: dict[str, Any] = {"description": VIEW_DESCRIPTIONS.get(view, "")}
    if view in SORT_DESC:
        value["sort_desc"] = SORT_DESC[view]
    if view in FACETS:
        value["facets"] = FACETS[view]
    value["columns"] = view_column_descriptions(view, columns)
    return value


def metadata() -> dict[str, Any]:
    """Datasette's metadata for a knowledge base served as the database named kb."""
    return {
        "title": "Negotiation knowledge base",
        "description": "Every reported claim of a negotiation, with its source, searchable and citable by event ID.",
        "description_html": (
            "<p>Every reported claim of a negotiation, with its source, searchable and citable by event ID.</p>"
            f'<p><a href="{html.escape(CLAIMS_TO_READ)}">Search and filter the claims</a> · '
            '<a href="/-/timelines">Timelines of the negotiations</a> · '
            '<a href="/-/charts">Charts of the reported figures</a></p>'
        ),
        "license": "Apache-2.0",
        "license_url": "https://www.apache.org/licenses/LICENSE-2.0",
        "source": "The sources each claim cites (articles, official pages, transcripts, data releases)",
        "source_url": "/kb/sources",
        "databases": {
            DATABASE: {
                "description": "The claims, sources and entities of the knowledge base, built from its event files",
                "tables": {table: table_metadata(table) for table in TABLES}
                | {view: view_metadata(view, columns) for view, columns in view_columns().items()},
                "queries": QUERIES,
            }
        },
    }


def render(value: dict[str, Any]) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False) + "\n"


def is_current(kb: KnowledgeBase) -> bool:
    """Whether the knowledge base's metadata.json is what this version of kb generates."""
    try:
        return kb.metadata_path.read_text(encoding="utf-8") == render(metadata())
    except FileNotFoundError:
        return False


def write_metadata(kb: KnowledgeBase) -> None:
    kb.metadata_path.write_text(render(metadata()), encoding="utf-8")


def title(kb: KnowledgeBase) -> str | None:
    """The knowledge base's title in its metadata.json, if it has one."""
    try:
        value = json.loads(kb.metadata_path.read_text(encoding="utf-8")).get("title")
    except (OSError, ValueError, AttributeError):
        return None
    return value if isinstance(value, str) and value.strip() else None

"""The canned queries of a knowledge base's site (metadata.json's ``queries``): their names are
URLs (/kb/<name>?param=…) that people will bookmark. ``kb.builder.metadata`` publishes them."""

from __future__ import annotations

from typing import Any

from kb.builder.projection import TABLES


def _event_column(table: str) -> str | None:
    """The column of a table that holds the ID of the claim a row comes from, if its rows come from claims."""
    found = [column for column, other, _ in TABLES[table].foreign_keys if other in ("claims", "events")]
    if not found or table == "claims":
        return None
    column = found[0]
    return column if dict((c, o) for c, o, _ in TABLES[table].foreign_keys)[column] == "claims" else None


def _entity_claims() -> str:
    """Every claim whose rows name an entity, by the tables of the kinds of claim."""
    selects = ["select id from claims where actor = :entity"]
    for table, spec in TABLES.items():
        event = _event_column(table)
        columns = [column for column, other, _ in spec.foreign_keys if other == "entities"]
        if event and columns:
            where = " or ".join(f"{column} = :entity" for column in columns)
            selects.append(f"select {event} from {table} where {where}")
    union = "\n  union ".join(selects)
    return f"""with mentions(phrase) as (
  select '"' || replace(name, '"', '""') || '"' from entities where key = :entity
  union select '"' || replace(alias, '"', '""') || '"' from aliases where key = :entity
)
select c.occurred_at, c.kind, c.summary, c.negotiation, c.status, c.verified, c.id
from claims c
where c.id in (
  {union}
)
or c.rowid in (
  select rowid from claims_fts
  where claims_fts match coalesce((select group_concat(phrase, ' OR ') from mentions), '""')
)
order by c.occurred_at desc, c.id"""


ENTITY_CLAIMS = _entity_claims()
FEED_PAGE = 50  # entries in a page of the Atom feed of new claims (kb.publish.feeds)
# Entries in the calendar: the latest in time, every one to come and then the most recent, which is
# what a calendar client shows; the earlier ones a page at a time (kb.publish.feeds).
CALENDAR_PAGE = 500

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
        "takes part, is a party, imposes or is affected, is measured or stated the figure, or whose words name it, "
        "newest first.",
        "sql": ENTITY_CLAIMS,
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
    "search": {
        "title": "Search claims and sources, most relevant first",
        "description": "Full-text search over the claims (summaries and words) and the sources (titles and "
        "publishers) at once, each ranked by relevance (SQLite FTS5 bm25). Every word must match.",
        "sql": """select what, id, date, summary, round(rank, 2) as rank from (
  select c.kind as what, c.id, c.occurred_at as date, c.summary, claims_fts.rank as rank
  from claims_fts join claims c on c.rowid = claims_fts.rowid
  where claims_fts match coalesce(nullif(escape_fts(:q), ''), '""')
  union all
  select 'source', s.id, s.published_at, s.title || ' — ' || s.publisher, sources_fts.rank
  from sources_fts join sources s on s.rowid = sources_fts.rowid
  where sources_fts match coalesce(nullif(escape_fts(:q), ''), '""')
)
order by rank
limit 100""",
    },
    "new_claims": {
        "title": "New claims in the knowledge base",
        "description": "The claims newest first by when they were recorded, corrected or retracted, "
        "and each retraction as an entry of its own, "
        f"{FEED_PAGE} a page (the next: ?before= the last row's cursor): as a feed at /kb/new_claims.atom.",
        "sql": f"""select id, kind, summary, occurred_at, status, status_reason, replaced_by, retracted_by, corrects,
  retracts, recorded_at, updated, updated || ' ' || id as cursor
from (
  select c.id, c.kind, c.summary, c.occurred_at, c.status, c.status_reason, c.replaced_by, c.retracted_by,
    c.corrects, null as retracts, c.recorded_at, coalesce(
    (select max(x.recorded_at) from corrections x where x.target = c.id), c.recorded_at) as updated
  from claims c
  union all
  select x.id, 'retraction', 'Retraction of ' || c.summary, substr(x.recorded_at, 1, 10), 'active', x.reason,
    null, null, null, x.target, x.recorded_at, x.recorded_at
  from corrections x join claims c on c.id = x.target
  where x.kind = 'retraction'
)
where :before = '' or updated || ' ' || id < :before
order by updated desc, id desc
limit {FEED_PAGE}""",
    },
    "calendar": {
        "title": "Meetings and expected dates",
        "description": "Meetings and what is expected by a given day, known to the day, latest first: the "
        f"{CALENDAR_PAGE} latest in time (every one to come, then the most recent), as a calendar at "
        "/kb/calendar.ics; the earlier ones with ?before= a day (2025-06-01) or the last row's cursor.",
        "sql": f"""select id, start, summary, what, location, duration, recorded_at, start || ' ' || id as cursor
from (
  select c.id as id, c.occurred_at as start, c.summary as summary, 'Meeting' as what,
    coalesce(m.place, c.place) as location, m.duration, c.recorded_at
  from claims c join meetings m on m.id = c.id
  where c.status = 'active' and length(c.occurred_at) >= 10
  union all
  select x.id, substr(x.by_when, 1, 10), 'Expected: ' || c.summary, 'Expectation', c.place, null, c.recorded_at
  from expectations x join claims c on c.id = x.id
  where c.status = 'active' and length(x.by_when) >= 10
)
where :before = '' or start || ' ' || id < :before
order by start desc, id desc
limit {CALENDAR_PAGE}""",
    },
}

"""What the plugin's pages show, read from kb.db: plain functions of a SQLite connection,
run by Datasette on its read-only connection (``db.execute_fn``) and testable without it."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from kb.events import models
from kb.events.anchors import text_fragment
from kb.events.ids import from_stored_json
from kb.kinds.corroboration import what_it_adds, with_additions
from kb.model.claim import claim_kinds, read_rows
from kb.model.dates import day_words
from kb.model.render import heading

Row = dict[str, Any]

TIMELINE_PAGE = 500

VERIFIED_WORDS = {
    "verified": "verified: the excerpt is in the source's text snapshot",
    "not_found": "not found in the source's text snapshot",
    "unverifiable": "unverifiable here: this knowledge base does not hold the source's text",
    "dangling": "the source is not in this knowledge base",
}


def _one(conn: sqlite3.Connection, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Row | None:
    rows = read_rows(conn, sql, params)
    return rows[0] if rows else None


def names_of(conn: sqlite3.Connection, keys: Iterable[str]) -> dict[str, Row]:
    """Entities by key (key, name, kind) for the keys that exist."""
    keys = sorted(set(keys))
    if not keys:
        return {}
    marks = ", ".join("?" for _ in keys)
    rows = read_rows(conn, f"SELECT key, name, kind FROM entities WHERE key IN ({marks})", keys)
    return {row["key"]: row for row in rows}


# --- The event page -------------------------------------------------------------------------


@dataclass
class EventPage:
    event: Row  # the event file's JSON
    row: Row  # its row in events
    body: Row  # the claim: the event, or a correction's replacement
    claim: Row | None  # its row in claims, for a claim or a correction
    names: dict[str, Row]  # entities referred to, by key
    headline: str
    details: list[tuple[str, Any]]
    citations: list[Row]
    quote_verified: str | None
    corrections: list[Row]  # retractions and corrections of this claim
    corrected: Row | None  # for a correction: the claim it replaces
    entities: list[Row]
    events: list[Row]  # events it refers to
    cited_by: list[Row] = field(default_factory=list)  # for a source: claims citing it
    cited_by_count: int = 0
    snapshot_held: bool = False  # for a source: whether its text is held here
    roles: list[Row] = field(default_factory=list)  # for a person or organisation
    claims_count: int = 0  # for an entity: claims naming it as actor
    links: list[Row] = field(default_factory=list)  # claims linked with it: the same thing, or disagreeing
    reports: list[Row] = field(default_factory=list)  # its further reports (corroborations), with what each added
    first_hedge: str | None = None  # the first report's hedge, when a first-hand report lifted it
    part: Row = field(default_factory=dict)  # what the claim's kind shows in its part of the page


def _name(names: dict[str, Row], key: str | None) -> str:
    if not key:
        return ""
    return names[key]["name"] if key in names else key


HIDDEN_FIELDS = {"id", "type", "schema_version", "recorded_at", "recorded_by", "citations", "replacement", "terms"}


def details(body: Row) -> list[tuple[str, Any]]:
    """The fields of an event worth listing, in the model's order."""
    model = models.MODELS.get(str(body.get("type")))
    order = list(model.model_fields) if model else list(body)
    return [(name, body[name]) for name in order if name in body and name not in HIDDEN_FIELDS]


def event_page(conn: sqlite3.Connection, event_id: str) -> EventPage | None:
    row = _one(conn, "SELECT id, type, recorded_at, recorded_by, summary, json FROM events WHERE id = ?", [event_id])
    if row is None:
        return None
    event = models.upgraded(from_stored_json(row["json"]))
    recorded = event["replacement"] if event["type"] == "correction" else event
    claim = _one(conn, "SELECT * FROM claims WHERE id = ?", [event_id])
    # A claim reads as it stands, with what its further reports added; "As recorded" lists its own fields.
    reports = _reports(conn, event_id) if claim else []
    body = with_additions(recorded, [report for report in reports if report["status"] == "active"])
    citations = _citations(conn, event_id)
    statement = _one(conn, "SELECT quote_verified FROM statements WHERE id = ?", [event_id])
    corrections = read_rows(
        conn,
        "SELECT id, kind, reason, recorded_at FROM corrections WHERE target = ? ORDER BY recorded_at, id",
        [event_id],
    )
    corrected = None
    if event["type"] in ("correction", "retraction"):
        corrected = _one(conn, "SELECT id, summary, status FROM claims WHERE id = ?", [event["target"]])
    page = EventPage(
        event=event,
        row=row,
        body=body,
        claim=claim,
        names={},
        headline="",
        details=details(recorded),
        citations=citations,
        quote_verified=statement["quote_verified"] if statement else None,
        corrections=corrections,
        corrected=corrected,
        entities=[],
        events=_referred(conn, page_event=event, body=body, citations=citations, corrections=corrections),
        reports=reports,
        first_hedge=recorded.get("hedge") if recorded.get("hedge") != body.get("hedge") else None,
    )
    keys = {holder[name] for _, holder, name in models.entity_slots(event)} | _parts(conn, page)
    page.names = names_of(conn, keys)
    others = sorted(keys - {event.get("key")}) if event["type"] == "entity" else sorted(keys)
    page.entities = [page.names.get(key, {"key": key, "name": key, "kind": None}) for key in others]
    page.headline = heading(body, lambda key: _name(page.names, key))
    return page


def _reports(conn: sqlite3.Connection, claim_id: str) -> list[Row]:
    """The further reports of a claim, in the order recorded, each with what it added in words."""
    reports = read_rows(
        conn,
        """SELECT co.*, (SELECT group_concat(coalesce(s.title || ' — ' || s.publisher, ci.source), '; ')
                         FROM citations ci LEFT JOIN sources s ON s.id = ci.source WHERE ci.added_by = co.id) AS sources
           FROM corroborations co WHERE co.target = ? ORDER BY co.recorded_at, co.id""",
        [claim_id],
    )
    for report in reports:
        report["added"] = what_it_adds(report)
    return reports


def _citations(conn: sqlite3.Connection, event_id: str) -> list[Row]:
    citations = read_rows(
        conn,
        """SELECT ci.id, ci.claim, ci.source, ci.excerpt, ci.verified, ci.added_by, ci.selector_exact,
                  s.title, s.publisher, s.published_at, s.url, s.kind, s.snapshot_held
           FROM citations ci LEFT JOIN sources s ON s.id = ci.source
           WHERE ci.claim = ? OR (ci.id > ? AND ci.id < ?) ORDER BY ci.added_by != ?, ci.id""",
        # A citation's ID is the ID of the event that carries it, "/" and a number: the range
        # finds a corroboration's citations through the primary key.
        [event_id, f"{event_id}/", f"{event_id}0", event_id],
    )
    for citation in citations:
        citation["verified_words"] = VERIFIED_WORDS.get(citation["verified"] or "", citation["verified"] or "")
        # The passage in the original, by a text fragment of its words as the snapshot has them.
        exact = citation["selector_exact"] or citation["excerpt"]
        citation["passage_url"] = text_fragment(citation["url"], exact) if citation["url"] and exact else None
    return citations


def _referred(
    conn: sqlite3.Connection, *, page_event: Row, body: Row, citations: list[Row], corrections: list[Row]
) -> list[Row]:
    """The events an event refers to, and those that refer to it as their citations' or corrections' carrier."""
    event_id = page_event["id"]
    referred = [c["source"] for c in citations if c["source"]]
    if page_event["type"] in ("correction", "retraction", "corroboration"):
        referred.append(page_event["target"])
    referred += [c["added_by"] for c in citations if c["added_by"] != event_id]
    referred += page_event.get("events", []) if page_event["type"] == "link" else []
    referred += [target for name, target, _ in models.claim_targets(body) if not name.startswith("replacement.")]
    referred += [c["id"] for c in corrections]
    events = []
    for other in dict.fromkeys(referred):
        found = _one(conn, "SELECT id, type, summary FROM events WHERE id = ?", [other])
        events.append(found or {"id": other, "type": None, "summary": "(not in this knowledge base)"})
    return events


def _parts(conn: sqlite3.Connection, page: EventPage) -> set[str]:
    """What the page shows for its type of event: a source's claims, an entity's roles, a claim's
    links and its kind's part. Returns the entity keys these name."""
    event, event_id = page.event, page.event["id"]
    keys: set[str] = set()
    if event["type"] == "source":
        page.cited_by_count = conn.execute(
            "SELECT count(DISTINCT claim) FROM citations WHERE source = ?", [event_id]
        ).fetchone()[0]
        page.cited_by = read_rows(
            conn,
            """SELECT ci.claim AS id, e.type, e.summary, min(ci.verified) AS verified FROM citations ci
               JOIN events e ON e.id = ci.claim WHERE ci.source = ? GROUP BY ci.claim ORDER BY ci.claim LIMIT 50""",
            [event_id],
        )
        page.snapshot_held = bool(
            conn.execute("SELECT snapshot_held FROM sources WHERE id = ?", [event_id]).fetchone()[0]
        )
    if event["type"] == "entity":
        page.roles = read_rows(
            conn,
            "SELECT id, person, title, organisation, start, end FROM roles WHERE person = ? OR organisation = ? "
            "ORDER BY start, id LIMIT 100",
            [event["key"], event["key"]],
        )
        keys |= {event["key"]} | {r["person"] for r in page.roles}
        keys |= {r["organisation"] for r in page.roles if r["organisation"]}
        page.claims_count = conn.execute("SELECT count(*) FROM claims WHERE actor = ?", [event["key"]]).fetchone()[0]
    kind = claim_kinds().get(str(page.body.get("type")))
    if page.claim is not None and kind is not None:
        page.links = read_rows(
            conn,
            """SELECT l.claim AS id, l.kind, l.link, l.note, c.kind AS claim_kind, c.summary FROM links l
               JOIN links mine ON mine.link = l.link LEFT JOIN claims c ON c.id = l.claim
               WHERE mine.claim = ? AND l.claim != ? ORDER BY l.kind, l.id""",
            [event_id, event_id],
        )
        page.part, named = kind.page(conn, event_id, page.body)
        keys |= named
    return keys


# --- Timelines ------------------------------------------------------------------------------


def negotiations(conn: sqlite3.Connection) -> list[Row]:
    return read_rows(
        conn,
        # Counted on the negotiation index alone: the dates of every claim would mean reading them all.
        """SELECT n.key, e.name, n.claims FROM (SELECT negotiation AS key, count(*) AS claims FROM claims
           GROUP BY negotiation) n LEFT JOIN entities e ON e.key = n.key ORDER BY coalesce(e.name, n.key)""",
    )


@dataclass
class Day:
    date: str
    words: str
    claims: list[Row]


@dataclass
class Timeline:
    key: str
    name: str
    total: int
    page: int
    pages: int
    days: list[Day]
    per_month: list[Row]
    names: dict[str, Row]


def timeline(conn: sqlite3.Connection, key: str, page: int = 1) -> Timeline | None:
    total = conn.execute("SELECT count(*) FROM claims WHERE negotiation = ?", [key]).fetchone()[0]
    entity = _one(conn, "SELECT name FROM entities WHERE key = ?", [key])
    if not total and entity is None:
        return None
    pages = max(1, -(-total // TIMELINE_PAGE))
    page = min(max(1, page), pages)
    claims = read_rows(
        conn,
        """SELECT id, kind, occurred_at, actor, actor_description, subject, attribution, modality, summary, text,
                  status, status_reason, replaced_by, retracted_by, verified, topics
           FROM claims WHERE negotiation = ? ORDER BY occurred_at, recorded_at, id LIMIT ? OFFSET ?""",
        [key, TIMELINE_PAGE, (page - 1) * TIMELINE_PAGE],
    )
    names = names_of(conn, [c[who] for c in claims for who in ("actor", "subject") if c[who]])
    days: list[Day] = []
    for claim in claims:
        claim["topics"] = json.loads(claim["topics"] or "[]")
        claim["who"] = (
            _name(names, claim["actor"]) or claim["actor_description"] or _name(names, claim["subject"]) or ""
        )
        claim["time"] = claim["occurred_at"][11:16] if len(claim["occurred_at"]) > 10 else ""
        date = claim["occurred_at"][:10]
        if not days or days[-1].date != date:
            days.append(Day(date, day_words(date), []))
        days[-1].claims.append(claim)
    per_month = read_rows(
        conn,
        """SELECT coalesce(month, cast(year AS text)) AS month, count(*) AS claims FROM claims
           WHERE negotiation = ? GROUP BY 1 ORDER BY 1""",
        [key],
    )
    return Timeline(key, entity["name"] if entity else key, total, page, pages, days, per_month, names)


# --- Charts of metrics ----------------------------------------------------------------------


def metrics(conn: sqlite3.Connection) -> list[Row]:
    return read_rows(
        conn,
        """SELECT metric, count(*) AS points, group_concat(DISTINCT unit) AS units,
                  min(coalesce(period_end, period_start)) AS first, max(coalesce(period_end, period_start)) AS last
           FROM data_points GROUP BY metric ORDER BY metric""",
    )


# A chart draws the series with the most figures (a metric reported of 850 subjects would be 850
# lines no one can read, and 6 MB of page); the others are folded, and the page says how many.
# Its table lists every figure of the metric, a page at a time.
CHART_SERIES = 10
CHART_TABLE_PAGE = 500


@dataclass
class Chart:
    metric: str
    points: list[Row]  # the figures of the table's page
    labels: list[str]  # the periods of the series drawn
    series: list[Row]  # drawn: {label, unit, values: [number or None per label], stated: [...], ids: [...]}
    names: dict[str, Row]
    folded: int  # the series not drawn
    folded_figures: int  # their figures
    total: int  # figures of the metric, in the table's pages
    page: int
    pages: int


def chart(conn: sqlite3.Connection, metric: str, page: int = 1) -> Chart | None:
    points = read_rows(
        conn,
        """SELECT d.id, coalesce(d.period_end, c.occurred_at) AS period, d.period_start, d.period_end, d.subject,
                  d.counterpart, d.value, d.value_number, d.unit, d.approximate, d.value_as_stated, d.stated_by,
                  d.value_low, d.value_high, c.status, c.occurred_at, c.source_error
           FROM data_points d JOIN claims c ON c.id = d.id
           WHERE d.metric = ? ORDER BY period, d.subject, d.counterpart, d.id""",
        [metric],
    )
    if not points:
        return None
    pages = max(1, -(-len(points) // CHART_TABLE_PAGE))
    page = min(max(1, page), pages)
    listed = points[(page - 1) * CHART_TABLE_PAGE : page * CHART_TABLE_PAGE]
    # Corrected, retracted, misprinted figures and ranges stay in the table, not on the chart.
    drawable = [
        p for p in points if p["status"] == "active" and not p["source_error"] and p["value_number"] is not None
    ]
    by_series: dict[tuple[str, str | None, str], list[Row]] = {}
    for point in drawable:
        by_series.setdefault((point["subject"], point["counterpart"], point["unit"]), []).append(point)
    drawn = sorted(by_series, key=lambda key: (-len(by_series[key]), key[0], key[1] or "", key[2]))[:CHART_SERIES]
    shown = [point for key in drawn for point in by_series[key]]
    keys = {p[k] for p in [*shown, *listed] for k in ("subject", "counterpart", "stated_by") if p[k]}
    names = names_of(conn, keys)
    labels = sorted({p["period"] for p in shown})
    index = {label: n for n, label in enumerate(labels)}
    series = []
    for key in drawn:
        subject, counterpart, unit = key
        with_ = f" with {_name(names, counterpart)}" if counterpart else ""
        line: Row = {
            "label": f"{_name(names, subject)}{with_} ({unit})",
            "unit": unit,
            "values": [None] * len(labels),
            "stated": [None] * len(labels),
            "ids": [None] * len(labels),
        }
        for point in by_series[key]:
            n = index[point["period"]]
            line["values"][n] = point["value_number"]
            line["stated"][n] = point["value_as_stated"]
            line["ids"][n] = point["id"]
        series.append(line)
    folded = by_series.keys() - set(drawn)
    return Chart(
        metric,
        listed,
        labels,
        series,
        names,
        folded=len(folded),
        folded_figures=sum(len(by_series[key]) for key in folded),
        total=len(points),
        page=page,
        pages=pages,
    )

"""From events to rows: the tables of kb.db and one pure handler per kind of event.

A handler takes an event (a valid JSON object) and yields ``(table, row)`` pairs; it reads
nothing else. What depends on several events — a claim's status after corrections, whether
an excerpt is in its source's snapshot, problems across events — is computed by the
builder in SQL once every event is loaded.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from kb import models
from kb.render import actor, summary

Row = dict[str, Any]
# json.dumps(value, ensure_ascii=False[, sort_keys=True]) without a new encoder for every call.
_json_text = json.JSONEncoder(ensure_ascii=False).encode
_json_sorted = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode


@dataclass(frozen=True)
class Table:
    columns: dict[str, type]
    pk: str | tuple[str, ...]
    foreign_keys: tuple[tuple[str, str, str], ...] = ()
    indexes: tuple[str, ...] = ()
    fts: tuple[str, ...] = ()
    label: str | None = None
    description: str = ""
    column_descriptions: dict[str, str] = field(default_factory=dict)


def _e(column: str) -> tuple[str, str, str]:
    return (column, "entities", "key")


TABLES: dict[str, Table] = {
    "events": Table(
        {"id": str, "type": str, "recorded_at": str, "recorded_by": str, "summary": str, "json": str},
        pk="id",
        indexes=("type", "recorded_at"),
        label="summary",
        description="Every event of the knowledge base, as recorded, with its JSON",
    ),
    "entities": Table(
        {"key": str, "id": str, "kind": str, "name": str, "wikidata": str, "description": str},
        pk="key",
        foreign_keys=(("id", "events", "id"),),
        indexes=("kind",),
        label="name",
        description="People, organisations, countries and negotiations, by key",
    ),
    "aliases": Table(
        {"key": str, "alias": str},
        pk=("key", "alias"),
        foreign_keys=(_e("key"),),
        indexes=("alias",),
        description="Other names of the entities",
    ),
    "sources": Table(
        {
            "id": str,
            "kind": str,
            "publisher": str,
            "title": str,
            "url": str,
            "published_at": str,
            "language": str,
            "authors": str,
            "text_sha256": str,
            "rights": str,
            "snapshot_held": int,
        },
        pk="id",
        foreign_keys=(("id", "events", "id"),),
        indexes=("publisher", "kind", "published_at"),
        fts=("title", "publisher"),
        label="title",
        description="Articles, official pages, transcripts and data releases that claims cite",
    ),
    "roles": Table(
        {"id": str, "person": str, "title": str, "organisation": str, "start": str, "end": str},
        pk="id",
        foreign_keys=(("id", "events", "id"), _e("person"), _e("organisation")),
        indexes=("person", "title"),
        label="title",
        description="Posts held by people over a time span",
    ),
    "claims": Table(
        {
            "id": str,
            "kind": str,
            "occurred_at": str,
            "year": int,
            "month": str,
            "negotiation": str,
            "actor": str,
            "actor_description": str,
            "attribution": str,
            "modality": str,
            "topics": str,
            "summary": str,
            "text": str,
            "status": str,
            "status_reason": str,
            "replaced_by": str,
            "retracted_by": str,
            "corrects": str,
            "verified": str,
            "recorded_at": str,
        },
        pk="id",
        foreign_keys=(("id", "events", "id"), _e("negotiation"), _e("actor")),
        indexes=(
            "kind",
            "negotiation",
            "actor",
            "attribution",
            "modality",
            "year",
            "month",
            "status",
            "verified",
            "occurred_at",
            "recorded_at",
        ),
        fts=("summary", "text"),
        label="summary",
        description="One row per claim — statement, meeting, data point, position, expectation, agreement or "
        "measure — for faceting",
    ),
    "statements": Table(
        {
            "id": str,
            "speaker": str,
            "speaker_description": str,
            "attribution": str,
            "text": str,
            "via": str,
            "venue": str,
            "quote_verified": str,
            "about_agreement": str,
            "about_term": str,
        },
        pk="id",
        foreign_keys=(("id", "claims", "id"), _e("speaker"), ("about_agreement", "claims", "id")),
        indexes=("speaker", "attribution", "about_agreement"),
        description="Who said what, and how the words reached the source",
    ),
    "meetings": Table(
        {"id": str, "place": str, "format": str, "round": str, "summary": str},
        pk="id",
        foreign_keys=(("id", "claims", "id"),),
        indexes=("place",),
        description="Who met whom",
    ),
    "participants": Table(
        {"meeting": str, "entity": str, "side": str, "role": str},
        pk=("meeting", "entity"),
        foreign_keys=(("meeting", "claims", "id"), _e("entity"), _e("side")),
        indexes=("entity", "side"),
        description="The participants of each meeting, with their side and role",
    ),
    "data_points": Table(
        {
            "id": str,
            "metric": str,
            "subject": str,
            "counterpart": str,
            "value": str,
            "value_number": float,
            "unit": str,
            "approximate": int,
            "period_start": str,
            "period_end": str,
            "value_as_stated": str,
            "stated_by": str,
        },
        pk="id",
        foreign_keys=(("id", "claims", "id"), _e("subject"), _e("counterpart"), _e("stated_by")),
        indexes=("metric", "subject", "counterpart"),
        description="Reported numbers",
    ),
    "positions": Table(
        {"id": str, "holder": str, "kind": str, "addressee": str, "issue": str, "text": str},
        pk="id",
        foreign_keys=(("id", "claims", "id"), _e("holder"), _e("addressee")),
        indexes=("holder", "kind"),
        description="Demands, offers, red lines and principles",
    ),
    "expectations": Table(
        {"id": str, "holder": str, "what": str, "by_when": str, "conditions": str},
        pk="id",
        foreign_keys=(("id", "claims", "id"), _e("holder")),
        indexes=("by_when",),
        description="Things said to be coming",
    ),
    "agreements": Table(
        {
            "id": str,
            "title": str,
            "kind": str,
            "status": str,
            "parties": str,
            "follows": str,
            "origin": str,
            "summary": str,
        },
        pk="id",
        foreign_keys=(("id", "claims", "id"), ("follows", "claims", "id"), ("origin", "claims", "id")),
        indexes=("kind", "status", "origin", "follows"),
        description="Agreements as reported; later reports of one agreement follow the earlier and share its origin",
    ),
    "agreement_parties": Table(
        {"agreement": str, "party": str},
        pk=("agreement", "party"),
        foreign_keys=(("agreement", "claims", "id"), _e("party")),
        indexes=("party",),
        description="The parties of each agreement",
    ),
    "agreement_terms": Table(
        {
            "id": str,
            "agreement": str,
            "key": str,
            "kind": str,
            "description": str,
            "product_scope": str,
            "hs_codes": str,
            "rate": str,
            "rate_unit": str,
            "amount": str,
            "currency": str,
            "quantity": str,
            "quantity_unit": str,
            "period": str,
            "committed_by": str,
            "value_as_stated": str,
        },
        pk="id",
        foreign_keys=(("agreement", "claims", "id"), _e("committed_by")),
        indexes=("agreement", "kind", "key"),
        label="description",
        description="The terms of each agreement: tariff rates, investment and purchase commitments, quotas",
    ),
    "measures": Table(
        {
            "id": str,
            "imposing": str,
            "affected": str,
            "instrument": str,
            "legal_basis": str,
            "rate": str,
            "rate_unit": str,
            "product_scope": str,
            "hs_codes": str,
            "announced_at": str,
            "effective_at": str,
            "removed_at": str,
            "status": str,
            "stacking": str,
            "agreement": str,
            "summary": str,
        },
        pk="id",
        foreign_keys=(("id", "claims", "id"), _e("imposing"), ("agreement", "claims", "id")),
        indexes=("imposing", "instrument", "status", "effective_at"),
        description="Tariff and trade measures, with their dates",
    ),
    "measure_jurisdictions": Table(
        {"measure": str, "jurisdiction": str, "role": str},
        pk=("measure", "jurisdiction", "role"),
        foreign_keys=(("measure", "claims", "id"), _e("jurisdiction")),
        indexes=("jurisdiction", "role"),
        description="The jurisdictions each measure is imposed by or affects",
    ),
    "citations": Table(
        {"id": str, "claim": str, "source": str, "excerpt": str, "verified": str, "added_by": str},
        pk="id",
        foreign_keys=(("claim", "events", "id"), ("source", "sources", "id"), ("added_by", "events", "id")),
        indexes=("claim", "source", "verified", "added_by"),
        description="The sources of each claim (and role), with the exact words cited",
    ),
    "topics": Table(
        {"claim": str, "topic": str},
        pk=("claim", "topic"),
        foreign_keys=(("claim", "claims", "id"),),
        indexes=("topic",),
        description="The topic tags of each claim",
    ),
    "corrections": Table(
        {"id": str, "kind": str, "target": str, "reason": str, "recorded_at": str},
        pk="id",
        foreign_keys=(("id", "events", "id"), ("target", "events", "id")),
        indexes=("target",),
        description="Retractions and corrections, with the claim they withdraw or replace",
    ),
    "links": Table(
        {"id": str, "link": str, "kind": str, "claim": str, "note": str},
        pk="id",
        foreign_keys=(("link", "events", "id"), ("claim", "claims", "id")),
        indexes=("link", "claim", "kind"),
        description="Claims recorded separately that are the same: two wordings of one remark, one meeting twice",
    ),
    "_meta": Table({"key": str, "value": str}, pk="key", description="What this database was built from"),
    "_problems": Table(
        {"id": str, "event": str, "kind": str, "detail": str},
        pk="id",
        foreign_keys=(("event", "events", "id"),),
        indexes=("kind", "event"),
        description="Dangling references, unverified quotes and likely duplicates found by the build",
    ),
}

# Which table each kind of claim projects into, besides claims.
CLAIM_TABLES = {
    "statement": "statements",
    "meeting": "meetings",
    "data_point": "data_points",
    "position": "positions",
    "expectation": "expectations",
    "agreement": "agreements",
    "measure": "measures",
}


def _only(body: Row, table: str, **extra: Any) -> Row:
    """The fields of ``body`` that are columns of ``table``, plus ``extra``."""
    columns = TABLES[table].columns
    return {name: body.get(name) for name in columns if name in body} | extra


def claim_text(body: Row) -> str:
    for name in ("text", "summary", "what", "value_as_stated"):
        if body.get(name):
            return str(body[name])
    return ""


def project_claim(claim_id: str, body: Row, recorded_at: str, corrects: str | None = None) -> Iterator[tuple[str, Row]]:
    """The rows of one claim; a correction's replacement is a claim with the correction's ID."""
    occurred = body["occurred_at"]
    who = actor(body)
    yield (
        "claims",
        {
            "id": claim_id,
            "kind": body["type"],
            "occurred_at": occurred,
            "year": int(occurred[:4]),
            "month": occurred[:7] if len(occurred) >= 7 else None,
            "negotiation": body["negotiation"],
            "actor": None if who == body.get("speaker_description") else who,
            "actor_description": body.get("speaker_description"),
            "attribution": body.get("attribution"),
            "modality": body.get("modality", "asserted"),
            "topics": json.dumps(body.get("topics", [])),
            "summary": summary(body),
            "text": claim_text(body),
            "status": "active",
            "status_reason": None,
            "replaced_by": None,
            "retracted_by": None,
            "corrects": corrects,
            "verified": None,
            "recorded_at": recorded_at,
        },
    )
    kind = body["type"]
    if kind == "agreement":
        yield from _agreement(claim_id, body)
    elif kind == "measure":
        yield from _measure(claim_id, body)
    elif kind == "data_point":
        yield (
            "data_points",
            _only(
                body,
                "data_points",
                id=claim_id,
                value_number=float(body["value"]),
                approximate=int(body.get("approximate", False)),
            ),
        )
    else:
        yield CLAIM_TABLES[kind], _only(body, CLAIM_TABLES[kind], id=claim_id)
    for participant in body.get("participants", []):
        yield (
            "participants",
            {
                "meeting": claim_id,
                "entity": participant["entity"],
                "side": participant.get("side"),
                "role": participant.get("role"),
            },
        )
    for topic in dict.fromkeys(body.get("topics", [])):
        yield "topics", {"claim": claim_id, "topic": topic}
    yield from _citations(claim_id, body)


def _agreement(claim_id: str, body: Row) -> Iterator[tuple[str, Row]]:
    parties = list(dict.fromkeys(body["parties"]))
    yield "agreements", _only(body, "agreements", id=claim_id, parties=json.dumps(parties), origin=None)
    for party in parties:
        yield "agreement_parties", {"agreement": claim_id, "party": party}
    for term in body.get("terms", []):
        yield (
            "agreement_terms",
            _only(
                term,
                "agreement_terms",
                id=f"{claim_id}#{term['key']}",
                agreement=claim_id,
                hs_codes=json.dumps(term.get("hs_codes", [])),
            ),
        )


def _measure(claim_id: str, body: Row) -> Iterator[tuple[str, Row]]:
    affected = list(dict.fromkeys(body.get("affected", [])))
    yield (
        "measures",
        _only(
            body, "measures", id=claim_id, affected=json.dumps(affected), hs_codes=json.dumps(body.get("hs_codes", []))
        ),
    )
    yield "measure_jurisdictions", {"measure": claim_id, "jurisdiction": body["imposing"], "role": "imposing"}
    for jurisdiction in affected:
        yield "measure_jurisdictions", {"measure": claim_id, "jurisdiction": jurisdiction, "role": "affected"}


def _citations(claim_id: str, body: Row, added_by: str | None = None) -> Iterator[tuple[str, Row]]:
    """The citations of a claim, each with a stable ID: the ID of the event that carries it,
    a slash and its position there."""
    added_by = added_by or claim_id
    for n, citation in enumerate(body.get("citations", [])):
        yield (
            "citations",
            {
                "id": f"{added_by}/{n}",
                "claim": claim_id,
                "source": citation["source"],
                "excerpt": citation["excerpt"],
                "verified": None,
                "added_by": added_by,
            },
        )


def _source(event: Row) -> Iterator[tuple[str, Row]]:
    yield (
        "sources",
        _only(event, "sources", authors=_json_text(event.get("authors", [])), snapshot_held=0),
    )


def _entity(event: Row) -> Iterator[tuple[str, Row]]:
    yield "entities", _only(event, "entities")
    for alias in dict.fromkeys(event.get("aliases", [])):
        yield "aliases", {"key": event["key"], "alias": alias}


def _role(event: Row) -> Iterator[tuple[str, Row]]:
    yield "roles", _only(event, "roles")
    yield from _citations(event["id"], event)


def _claim(event: Row) -> Iterator[tuple[str, Row]]:
    yield from project_claim(event["id"], event, event["recorded_at"])


def _retraction(event: Row) -> Iterator[tuple[str, Row]]:
    yield "corrections", _only(event, "corrections", kind="retraction")


def _correction(event: Row) -> Iterator[tuple[str, Row]]:
    yield "corrections", _only(event, "corrections", kind="correction")
    yield from project_claim(event["id"], event["replacement"], event["recorded_at"], corrects=event["target"])


def _corroboration(event: Row) -> Iterator[tuple[str, Row]]:
    yield from _citations(event["target"], event, added_by=event["id"])


def _link(event: Row) -> Iterator[tuple[str, Row]]:
    for n, claim in enumerate(event["events"]):
        yield (
            "links",
            {
                "id": f"{event['id']}/{n}",
                "link": event["id"],
                "kind": event["kind"],
                "claim": claim,
                "note": event.get("note"),
            },
        )


HANDLERS: dict[str, Callable[[Row], Iterator[tuple[str, Row]]]] = {
    "source": _source,
    "entity": _entity,
    "role": _role,
    **{kind: _claim for kind in models.CLAIM_TYPES},
    "retraction": _retraction,
    "correction": _correction,
    "corroboration": _corroboration,
    "link": _link,
}

# Views: what readers see by default, and figures that disagree.
VIEWS = {
    "current_claims": """
        SELECT * FROM claims WHERE status = 'active'
    """,
    "claim_history": """
        SELECT id AS claim, recorded_at AS at, 'recorded' AS what, id AS event, NULL AS detail FROM claims
        UNION ALL
        SELECT c.claim, e.recorded_at, 'corroborated', c.added_by, 'also reported by ' || c.source
        FROM citations c JOIN events e ON e.id = c.added_by WHERE c.added_by != c.claim
        UNION ALL
        SELECT target, recorded_at, CASE kind WHEN 'retraction' THEN 'retracted' ELSE 'corrected' END, id, reason
        FROM corrections
        UNION ALL
        SELECT l.claim, e.recorded_at, 'linked as ' || replace(l.kind, '_', ' '), l.link, l.note
        FROM links l JOIN events e ON e.id = l.link
        ORDER BY claim, at, event
    """,
    "term_accounts": """
        SELECT t.agreement, t.key AS term, t.description AS term_as_recorded, s.id AS statement, s.speaker,
               s.speaker_description, s.attribution, s.text AS account
        FROM agreement_terms t JOIN statements s ON s.about_agreement = t.agreement AND s.about_term = t.key
        ORDER BY t.agreement, t.key, s.speaker, s.id
    """,
    "conflicts": """
        SELECT d.metric, d.subject, d.counterpart, d.period_start, d.period_end, d.id AS claim, d.value, d.unit,
               d.value_as_stated, c.occurred_at,
               (SELECT group_concat(source, ' ') FROM (SELECT source FROM citations WHERE claim = d.id ORDER BY id))
                 AS sources
        FROM data_points d JOIN claims c ON c.id = d.id AND c.status = 'active'
        WHERE EXISTS (
            SELECT 1 FROM data_points o JOIN claims oc ON oc.id = o.id AND oc.status = 'active'
            WHERE o.metric = d.metric AND o.subject = d.subject AND o.counterpart IS d.counterpart
              AND o.period_start IS d.period_start AND o.period_end IS d.period_end
              AND (o.value != d.value OR o.unit != d.unit))
        ORDER BY d.metric, d.subject, d.counterpart, d.period_start, d.period_end, d.value
    """,
}


def project(event: Row) -> Iterator[tuple[str, Row]]:
    """Every row an event projects into, the events row first."""
    yield (
        "events",
        {
            "id": event["id"],
            "type": event["type"],
            "recorded_at": event["recorded_at"],
            "recorded_by": event.get("recorded_by"),
            "summary": summary(event),
            "json": _json_sorted(event),
        },
    )
    yield from HANDLERS[event["type"]](event)

"""The front page of a negotiation, ``/-/negotiation/<key>``: what a reader who follows it looks
for first — its latest claims, the agreement as it stands (its terms, and the reports before),
where the accounts disagree, the people and what they said, the sources — each a few rows
read from kb.db, with links to the pages and tables that hold the rest. Plain functions of a
SQLite connection, as kb.publish.pages."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from kb.model.claim import read_rows
from kb.publish.pages import Row

LATEST = 12  # claims
MOST = 12  # people, sources, disagreements


@dataclass
class Agreement:
    now: Row  # the latest report of it that stands
    terms: list[Row]
    history: list[Row]  # every report, oldest first


@dataclass
class FrontPage:
    key: str
    name: str
    description: str | None
    claims: int
    latest: list[Row]
    agreements: list[Agreement]
    conflicts: list[Row]
    accounts: list[Row]
    people: list[Row]
    sources: list[Row]


def front_page(conn: sqlite3.Connection, key: str) -> FrontPage | None:
    """The front page of the negotiation ``key``; None if no entity or claim has that key."""
    entity = read_rows(conn, "SELECT name, description FROM entities WHERE key = ?", [key])
    claims = conn.execute("SELECT count(*) FROM claims WHERE negotiation = ?", [key]).fetchone()[0]
    if not entity and not claims:
        return None
    name = entity[0]["name"] if entity else key
    return FrontPage(
        key,
        name,
        entity[0]["description"] if entity else None,
        claims,
        latest(conn, key),
        agreements(conn, key),
        conflicts(conn, key),
        accounts(conn, key),
        people(conn, key),
        sources(conn, key),
    )


def latest(conn: sqlite3.Connection, key: str) -> list[Row]:
    """The claims that stand, latest first (by their date, or their source's for an undated one)."""
    return read_rows(
        conn,
        """SELECT id, kind, coalesce(occurred_at, reported_at) AS date, summary, hedge, modality
           FROM claims WHERE negotiation = ? AND status = 'active'
           ORDER BY coalesce(occurred_at, reported_at) DESC, id LIMIT ?""",
        [key, LATEST],
    )


def agreements(conn: sqlite3.Connection, key: str) -> list[Agreement]:
    """Each agreement (the reports of one agreement share an ``origin``): its latest report
    that stands, with its terms, and all its reports in order."""
    reports = read_rows(
        conn,
        """SELECT a.id, a.title, a.kind, a.status AS agreement_status, a.origin, a.summary,
                  coalesce(c.occurred_at, c.reported_at) AS date, c.status
           FROM agreements a JOIN claims c ON c.id = a.id
           WHERE c.negotiation = ? ORDER BY a.origin, coalesce(c.occurred_at, c.reported_at), a.id""",
        [key],
    )
    found = []
    for origin in dict.fromkeys(report["origin"] or report["id"] for report in reports):
        history = [report for report in reports if (report["origin"] or report["id"]) == origin]
        standing = [report for report in history if report["status"] == "active"] or history
        now = standing[-1]
        terms = read_rows(
            conn,
            """SELECT key, kind, description, product_scope, rate, rate_unit, amount, currency, quantity,
                      quantity_unit, period, committed_by, value_as_stated
               FROM agreement_terms WHERE agreement = ? ORDER BY id""",
            [now["id"]],
        )
        found.append(Agreement(now, terms, history))
    return sorted(found, key=lambda agreement: agreement.now["date"] or "", reverse=True)


def conflicts(conn: sqlite3.Connection, key: str) -> list[Row]:
    """Figures for the same metric, subjects and period that differ, reported for this negotiation."""
    return read_rows(
        conn,
        """SELECT metric, subject_name, counterpart_name, period_start, period_end, claim, value_as_stated, unit,
                  source_titles
           FROM conflicts WHERE claim IN (SELECT id FROM claims WHERE negotiation = ? AND kind = 'data_point')
           ORDER BY metric, subject, counterpart, period_start, period_end LIMIT ?""",
        [key, 4 * MOST],
    )


def accounts(conn: sqlite3.Connection, key: str) -> list[Row]:
    """Statements that give one side's account of a term of an agreement of this negotiation."""
    return read_rows(
        conn,
        """SELECT t.agreement, t.term, t.term_as_recorded, t.statement, t.speaker, t.speaker_description, t.account
           FROM term_accounts t JOIN claims c ON c.id = t.statement
           WHERE c.negotiation = ? AND c.status = 'active' ORDER BY t.agreement, t.term LIMIT ?""",
        [key, 4 * MOST],
    )


def people(conn: sqlite3.Connection, key: str) -> list[Row]:
    """Those who said the most, each with how many statements and the latest of them."""
    speakers = read_rows(
        conn,
        """SELECT s.speaker AS key, e.name, count(*) AS statements
           FROM statements s JOIN claims c ON c.id = s.id LEFT JOIN entities e ON e.key = s.speaker
           WHERE c.negotiation = ? AND c.status = 'active' AND s.speaker IS NOT NULL
           GROUP BY s.speaker ORDER BY count(*) DESC, s.speaker LIMIT ?""",
        [key, MOST],
    )
    for speaker in speakers:
        [speaker["latest"]] = read_rows(
            conn,
            """SELECT c.id, coalesce(c.occurred_at, c.reported_at) AS date, c.summary
               FROM statements s JOIN claims c ON c.id = s.id
               WHERE s.speaker = ? AND c.negotiation = ? AND c.status = 'active'
               ORDER BY coalesce(c.occurred_at, c.reported_at) DESC, c.id LIMIT 1""",
            [speaker["key"], key],
        )
    return speakers


def sources(conn: sqlite3.Connection, key: str) -> list[Row]:
    """The sources its claims cite, newest first, with how many of its claims each supports."""
    return read_rows(
        conn,
        """SELECT s.id, s.publisher, s.title, s.published_at, s.url, count(DISTINCT ci.claim) AS claims
           FROM citations ci JOIN claims c ON c.id = ci.claim JOIN sources s ON s.id = ci.source
           WHERE c.negotiation = ? GROUP BY s.id ORDER BY s.published_at DESC, s.id LIMIT ?""",
        [key, MOST],
    )

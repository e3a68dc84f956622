"""The problems a build finds across events — dangling references, excerpts and quotes not in
their source, forked corrections, likely duplicates — as rows of ``_problems``."""

from __future__ import annotations

import hashlib
import sqlite3

from kb.claim import claim_kinds
from kb.duplicates import likely_repeats
from kb.kind import kinds
from kb.models import a
from kb.projection import ENTITY_REFERENCES, TABLES


def _dangling_claims() -> list[tuple[str, str]]:
    """Problems of fields pointing at a claim of a given kind that is not one here: a column of
    a kind's own table for each of its claim references."""
    queries = []
    for kind in claim_kinds().values():
        for column, required in kind.claim_references.items():
            table = kind.table
            if required is None or column not in TABLES[table].columns:
                continue
            other = claim_kinds()[required].table
            queries.append(
                (
                    f"dangling_{required}",
                    f"SELECT t.[id], '{table}.{column}: ' || t.[{column}] || ' is not {a(required.replace('_', ' '))} "
                    f"here' FROM [{table}] t WHERE t.[{column}] IS NOT NULL AND t.[{column}] NOT IN "
                    f"(SELECT id FROM [{other}])",
                )
            )
    return queries


DANGLING_CLAIMS = _dangling_claims()


def find_problems(conn: sqlite3.Connection, touched: set[str] | None = None) -> None:
    """Rows of _problems: all found again, or, given the events touched by an incremental
    build (the new ones and the claims whose status changed), dangling entities and likely
    duplicates only among them and the rows that had those problems before."""
    if touched is not None:
        conn.execute("CREATE TEMP TABLE touched (id TEXT PRIMARY KEY)")
        conn.executemany("INSERT INTO touched VALUES (?)", [(i,) for i in touched])
        # An entity key, once in kb.db, stays there until a full build: a row that named a
        # known entity still does, so only new rows and those that dangled may dangle now.
        conn.execute(
            """CREATE TEMP TABLE recheck AS SELECT id FROM touched
               UNION SELECT event FROM _problems WHERE kind = 'dangling_entity'"""
        )
    queries = _queries(rechecked=touched is not None)
    if touched is None:
        conn.execute("DELETE FROM _problems")
        queries.append(("likely_duplicate", LIKELY_DUPLICATES))
    else:
        # The other problems are found again; likely duplicates only around the claims touched,
        # the other pairs being unchanged: same rows as a full build, without a sort of every claim.
        conn.execute(
            """DELETE FROM _problems WHERE kind != 'likely_duplicate' OR event IN (SELECT id FROM touched)
               OR substr(detail, -19) IN (SELECT id FROM touched)"""
        )
        queries.append(("likely_duplicate", LIKELY_DUPLICATES_OF_TOUCHED))
    found = [(kind, event, detail) for kind, query in queries for event, detail in conn.execute(query)]
    found += [("likely_duplicate", event, detail) for event, detail in likely_repeats(conn, touched)]
    rows = []
    for kind, event, detail in found:
        key = hashlib.sha256(f"{kind}\0{event}\0{detail}".encode()).hexdigest()[:16]
        rows.append((key, event, kind, detail))
    conn.executemany("INSERT OR IGNORE INTO _problems VALUES (?, ?, ?, ?)", rows)
    if touched is not None:
        conn.execute("DROP TABLE touched")
        conn.execute("DROP TABLE recheck")


def _queries(rechecked: bool) -> list[tuple[str, str]]:
    """(kind, SQL selecting the event and a detail) of every problem but likely duplicates;
    dangling entities only among the rows of the ``recheck`` table when ``rechecked``."""
    only_rechecked = " AND t.[{event}] IN (SELECT id FROM recheck)" if rechecked else ""
    queries = [
        (
            "dangling_entity",
            f"SELECT t.[{event}], '{table}.{column}: no entity ' || t.[{column}] FROM [{table}] t "
            f"WHERE t.[{column}] IS NOT NULL AND t.[{column}] NOT IN (SELECT key FROM entities)"
            + only_rechecked.format(event=event),
        )
        for table, column, event in ENTITY_REFERENCES
    ] + [
        (
            "dangling_source",
            "SELECT claim, 'cites ' || source || ', not a source here' FROM citations WHERE verified = 'dangling'",
        ),
        (
            "excerpt_not_found",
            "SELECT claim, 'excerpt not in the text of ' || source || ': ' || substr(excerpt, 1, 80) "
            "FROM citations WHERE verified = 'not_found'",
        ),
        (
            "quote_not_found",
            "SELECT id, 'quoted words not in the cited texts: ' || substr(text, 1, 80) "
            "FROM statements WHERE quote_verified = 'not_found' UNION ALL "
            "SELECT id, 'quoted words not in the cited texts: ' || substr(text, 1, 80) "
            "FROM positions WHERE quote_verified = 'not_found'",
        ),
        (
            "snapshot_failed",
            "SELECT id, 'snapshots/' || text_sha256 || '.txt does not hash to its name (it was edited, or is not "
            "a file): none of its excerpts is verified' FROM sources "
            "WHERE text_sha256 IN (SELECT sha FROM failed_snapshots)",
        ),
        (
            "dangling_target",
            "SELECT id, kind || ' of ' || target || ', which is not a claim here' "
            "FROM corrections WHERE target NOT IN (SELECT id FROM claims)",
        ),
        *DANGLING_CLAIMS,
        (
            "forked_correction",
            "SELECT target, 'corrected separately by ' || group_concat(id, ' and ') || ' — the latest counts; "
            "correct it to join them' FROM (SELECT target, id FROM corrections WHERE kind = 'correction' ORDER BY id) "
            "GROUP BY target HAVING count(*) > 1",
        ),
        *(problem for kind in kinds().values() for problem in kind.problems),
    ]
    return queries


# Each active claim with every active one of smaller ID that has the same kind, negotiation,
# date, actor and text (the detail ends with that ID). The GROUP BY finds the keys shared by
# several claims in one sort; the joins then only meet claims that have a twin.
LIKELY_DUPLICATES = """
    WITH keys AS (
      SELECT kind, negotiation, occurred_at, actor, text FROM claims WHERE status = 'active'
      GROUP BY kind, negotiation, occurred_at, actor, text HAVING count(*) > 1)
    SELECT c.id, 'same ' || c.kind || ', date, actor and text as ' || d.id
    FROM keys k
    CROSS JOIN claims c ON c.occurred_at = k.occurred_at AND +c.kind = k.kind AND +c.negotiation = k.negotiation
      AND +c.actor IS k.actor AND c.text = k.text AND +c.status = 'active'
    CROSS JOIN claims d ON d.occurred_at = k.occurred_at AND +d.kind = k.kind AND +d.negotiation = k.negotiation
      AND +d.actor IS k.actor AND d.text = k.text AND +d.status = 'active' AND d.id < c.id
"""
# The same pairs, only those with a touched claim in them.
LIKELY_DUPLICATES_OF_TOUCHED = """
    WITH pairs AS (
      SELECT max(t.id, y.id) AS c, min(t.id, y.id) AS d, t.kind AS kind
      FROM touched CROSS JOIN claims t ON t.id = touched.id
      CROSS JOIN claims y ON y.occurred_at = t.occurred_at AND +y.kind = t.kind AND +y.negotiation = t.negotiation
        AND +y.actor IS t.actor AND y.text = t.text AND y.id != t.id AND +y.status = 'active'
      WHERE t.status = 'active')
    SELECT DISTINCT c, 'same ' || kind || ', date, actor and text as ' || d FROM pairs
"""

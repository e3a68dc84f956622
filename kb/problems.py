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
from kb.temp_tables import analysed, temp_ids


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
    build (the new ones and the claims whose status changed), only on the rows that may have
    gained or lost one (the ``recheck`` table), and likely duplicates only around the touched.

    An incremental build only adds events: a reference that resolved still does, and only the
    citations and quotes of the claims of the ``reverified`` table (new, citing a new source, or
    given a citation by a new event: kb.finish) are checked again. So a problem appears only on
    a touched row, a reverified claim, or the target of a new correction (a fork), and
    disappears only from a row that had a problem. A kind's own problems (EventKind.problems)
    are found again in full."""
    if touched is not None:
        temp_ids(conn, "touched", touched)
        conn.execute(
            """CREATE TEMP TABLE recheck AS SELECT id FROM touched
               UNION SELECT event FROM _problems WHERE kind != 'likely_duplicate'
               UNION SELECT id FROM reverified
               UNION SELECT target FROM corrections WHERE id IN (SELECT id FROM touched)"""
        )
        analysed(conn, "recheck")
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
    """(kind, SQL selecting the event and a detail) of every problem but likely duplicates; with
    ``rechecked``, only on the rows of the ``recheck`` table (see find_problems), but a kind's own."""
    only = " AND {event} IN (SELECT id FROM recheck)" if rechecked else ""
    queries = [
        (
            "dangling_entity",
            f"SELECT t.[{event}], '{table}.{column}: no entity ' || t.[{column}] FROM [{table}] t "
            f"WHERE t.[{column}] IS NOT NULL AND t.[{column}] NOT IN (SELECT key FROM entities)"
            + only.format(event=f"t.[{event}]"),
        )
        for table, column, event in ENTITY_REFERENCES
    ] + [
        (
            "dangling_source",
            "SELECT claim, 'cites ' || source || ', not a source here' FROM citations WHERE verified = 'dangling'"
            + only.format(event="claim"),
        ),
        (
            "excerpt_not_found",
            "SELECT claim, 'excerpt not in the text of ' || source || ': ' || substr(excerpt, 1, 80) "
            "FROM citations WHERE verified = 'not_found'" + only.format(event="claim"),
        ),
        (
            "quote_not_found",
            "SELECT id, 'quoted words not in the cited texts: ' || substr(text, 1, 80) "
            "FROM statements WHERE quote_verified = 'not_found'" + only.format(event="id") + " UNION ALL "
            "SELECT id, 'quoted words not in the cited texts: ' || substr(text, 1, 80) "
            "FROM positions WHERE quote_verified = 'not_found'" + only.format(event="id"),
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
            "FROM corrections WHERE target NOT IN (SELECT id FROM claims)" + only.format(event="id"),
        ),
        *((kind, sql + only.format(event="t.[id]")) for kind, sql in DANGLING_CLAIMS),
        (
            "forked_correction",
            "SELECT target, 'corrected separately by ' || group_concat(id, ' and ') || ' — the latest counts; "
            "correct it to join them' FROM (SELECT target, id FROM corrections WHERE kind = 'correction'"
            + only.format(event="target")
            + " ORDER BY id) GROUP BY target HAVING count(*) > 1",
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

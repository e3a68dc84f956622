"""The problems a build finds across events — dangling references, excerpts and quotes not in
their source, forked corrections, likely duplicates — as rows of ``_problems``."""

from __future__ import annotations

import functools
import hashlib
import sqlite3

from kb.builder.duplicates import likely_repeats
from kb.builder.projection import ENTITY_REFERENCES, TABLES
from kb.builder.temp_tables import analysed, temp_ids
from kb.builder.workers import parallel_map
from kb.events.models import a
from kb.model.claim import claim_kinds, quoting_kinds
from kb.model.kind import kinds


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


def find_problems(conn: sqlite3.Connection, touched: set[str] | None = None, workers: int = 1) -> None:
    """Rows of _problems: all found again, or, given the events touched by an incremental
    build (the new ones and the claims whose status changed), each kind only on the rows that
    may have gained or lost one (``_recheck``), and likely duplicates only around the touched
    (compared in ``workers`` processes).

    An incremental build only adds events: a reference that resolved still does, and only the
    citations and quotes of the claims (and roles) of the ``reverified`` table (new, citing a new
    source, or given a citation by a new event: kb.builder.finish) are checked again. So a dangling reference can
    appear only on a touched row and disappear only from a row that had it, a verdict changes
    only on a reverified claim, and a fork only on the target of a new correction. The
    snapshots' problems and a kind's own (EventKind.problems) are found again in full."""
    if touched is None:
        conn.execute("DELETE FROM _problems")
        queries = [*_queries(rechecked=False), ("likely_duplicate", LIKELY_DUPLICATES)]
    else:
        temp_ids(conn, "touched", touched)
        conn.execute("CREATE TEMP TABLE recheck (kind TEXT, id TEXT, PRIMARY KEY (kind, id))")
        conn.execute(f"INSERT OR IGNORE INTO recheck {_recheck()}")
        analysed(conn, "recheck")
        kept = ", ".join(f"'{kind}'" for kind in RECHECKED)
        conn.execute(
            f"""DELETE FROM _problems WHERE (kind, event) IN (SELECT kind, id FROM recheck)
                OR kind NOT IN ({kept}, 'likely_duplicate')
                OR (kind = 'likely_duplicate' AND (event IN (SELECT id FROM touched)
                    OR substr(detail, -19) IN (SELECT id FROM touched)))"""
        )
        # Likely duplicates only around the claims touched, the other pairs being unchanged:
        # the same rows as a full build, without a sort of every claim.
        queries = [*_queries(rechecked=True), ("likely_duplicate", LIKELY_DUPLICATES_OF_TOUCHED)]
    found = [(kind, event, detail) for kind, query in queries for event, detail in conn.execute(query)]
    found += [
        ("likely_duplicate", event, detail)
        for event, detail in likely_repeats(conn, touched, functools.partial(parallel_map, workers=workers))
    ]
    rows = []
    for kind, event, detail in found:
        key = hashlib.sha256(f"{kind}\0{event}\0{detail}".encode()).hexdigest()[:16]
        rows.append((key, event, kind, detail))
    conn.executemany("INSERT OR IGNORE INTO _problems VALUES (?, ?, ?, ?)", rows)
    if touched is not None:
        conn.execute("DROP TABLE touched")
        conn.execute("DROP TABLE recheck")


# The kinds of problem an incremental build looks for again only on some events (see
# find_problems), and which: those touched and those that had it, or the reverified claims, or
# the targets of new corrections.
TOUCHED_AND_BEFORE, REVERIFIED, NEWLY_CORRECTED = "touched", "reverified", "corrected"
RECHECKED = {
    "dangling_entity": TOUCHED_AND_BEFORE,
    "dangling_target": TOUCHED_AND_BEFORE,
    **{kind: TOUCHED_AND_BEFORE for kind, _ in DANGLING_CLAIMS},
    "dangling_source": REVERIFIED,
    "excerpt_not_found": REVERIFIED,
    "quote_not_found": REVERIFIED,
    "forked_correction": NEWLY_CORRECTED,
}


def _recheck() -> str:
    """SELECT of the recheck table's rows: (kind of problem, event to look at again)."""
    which = {
        TOUCHED_AND_BEFORE: "SELECT '{kind}', id FROM touched UNION SELECT '{kind}', event FROM _problems "
        "WHERE kind = '{kind}'",
        REVERIFIED: "SELECT '{kind}', id FROM reverified",
        NEWLY_CORRECTED: "SELECT '{kind}', target FROM corrections WHERE id IN (SELECT id FROM touched)",
    }
    return " UNION ".join(which[rule].format(kind=kind) for kind, rule in RECHECKED.items())


def _queries(rechecked: bool) -> list[tuple[str, str]]:
    """(kind, SQL selecting the event and a detail) of every problem but likely duplicates; with
    ``rechecked``, those of RECHECKED only on their events of the ``recheck`` table."""

    def only(kind: str, event: str) -> str:
        return f" AND {event} IN (SELECT id FROM recheck WHERE kind = '{kind}')" if rechecked else ""

    queries = [
        (
            "dangling_entity",
            f"SELECT t.[{event}], '{table}.{column}: no entity ' || t.[{column}] FROM [{table}] t "
            f"WHERE t.[{column}] IS NOT NULL AND t.[{column}] NOT IN (SELECT key FROM entities)"
            + only("dangling_entity", f"t.[{event}]"),
        )
        for table, column, event in ENTITY_REFERENCES
    ] + [
        (
            "dangling_source",
            "SELECT claim, 'cites ' || source || ', not a source here' FROM citations WHERE verified = 'dangling'"
            + only("dangling_source", "claim"),
        ),
        (
            "excerpt_not_found",
            "SELECT claim, 'excerpt not in the text of ' || source || ': ' || substr(excerpt, 1, 80) "
            "FROM citations WHERE verified = 'not_found'" + only("excerpt_not_found", "claim"),
        ),
        (
            "quote_not_found",
            " UNION ALL ".join(
                f"SELECT id, 'quoted words not in the cited texts: ' || substr(text, 1, 80) FROM [{kind.table}] "
                "WHERE quote_verified = 'not_found'" + only("quote_not_found", "id")
                for kind in quoting_kinds()
            ),
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
            "FROM corrections WHERE target NOT IN (SELECT id FROM claims) "
            "AND NOT (kind = 'retraction' AND target IN (SELECT id FROM corroborations))"
            + only("dangling_target", "id"),
        ),
        *((kind, sql + only(kind, "t.[id]")) for kind, sql in DANGLING_CLAIMS),
        (
            "forked_correction",
            "SELECT target, 'corrected separately by ' || group_concat(id, ' and ') || ' — the latest counts; "
            "correct it to join them' FROM (SELECT target, id FROM corrections WHERE kind = 'correction'"
            + only("forked_correction", "target")
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

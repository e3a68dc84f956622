"""What further reports add to the claims they corroborate, and what a retracted one takes away.

A corroboration's rows are its citations (cited as the claim's) and its row in
``corroborations`` with what it adds. Once every event is loaded: a corroboration that a
retraction withdraws is marked retracted and its citations are dropped; each claim that a
further report adds to, or lost one, has its rows written again from its own event with what
its active further reports add (kb.kinds.corroboration.with_additions), in the order they were
recorded. A full and an incremental build give the same rows.
"""

from __future__ import annotations

import json
import sqlite3

from kb.builder.projection import TABLES
from kb.builder.summaries import entity_names
from kb.events.models import upgraded
from kb.kinds.corroboration import ADDED, additions, with_additions
from kb.model.claim import claim_kinds
from kb.model.kind import Row
from kb.model.render import summary

# The columns of a claim's row that what a further report adds can change.
CLAIM_COLUMNS = ("occurred_at", "year", "month", "summary", "reported_at", "place", "hedge", "date_known", "sort_key")
_ADDS = " OR ".join(f"{name} IS NOT NULL" for name in ADDED) + " OR first_hand = 1"


def apply_corroborations(conn: sqlite3.Connection, new_ids: set[str] | None) -> set[str]:
    """Retract the withdrawn corroborations and write again the claims further reports change
    (``new_ids``: an incremental build, with its new_ids table); the IDs of those claims."""
    withdrawn = conn.execute(
        """SELECT r.id, co.id, co.target FROM corrections r JOIN corroborations co ON co.id = r.target
           WHERE r.kind = 'retraction' AND co.status = 'active'"""
    ).fetchall()
    conn.executemany(
        "UPDATE corroborations SET status = 'retracted', retracted_by = ? WHERE id = ?",
        [(retraction, corroboration) for retraction, corroboration, _ in withdrawn],
    )
    conn.executemany("DELETE FROM citations WHERE added_by = ?", [(row[1],) for row in withdrawn])
    changed = {target for _, _, target in withdrawn}
    new = "AND (id IN (SELECT id FROM new_ids) OR target IN (SELECT id FROM new_ids))" if new_ids is not None else ""
    changed |= {row[0] for row in conn.execute(f"SELECT target FROM corroborations WHERE ({_ADDS}) {new}")}
    conn.executemany("UPDATE claims SET verified = NULL WHERE id = ?", [(claim,) for claim in sorted(changed)])
    rewrite_claims(conn, sorted(changed))
    return changed


def rewrite_claims(conn: sqlite3.Connection, claim_ids: list[str]) -> None:
    """The rows of these claims (and their summaries in ``events``) from their own events with
    what their active further reports add."""
    named = entity_names(conn)
    reports = additions(conn, claim_ids)
    for claim_id in claim_ids:
        found = conn.execute("SELECT json, recorded_at FROM events WHERE id = ?", (claim_id,)).fetchone()
        if found is None:
            continue  # a corroboration of a claim not held (a dangling target, a problem of its own)
        event = upgraded(json.loads(found[0]))
        body: Row = event["replacement"] if event["type"] == "correction" else event
        kind = claim_kinds().get(body.get("type", ""))
        if kind is None:
            continue
        claim = with_additions(body, reports.get(claim_id, []))
        corrects = event["target"] if event["type"] == "correction" else None
        for table, row in kind.claim_rows(claim_id, claim, found[1], corrects=corrects):
            if table == "claims":
                row["summary"] = summary(claim, named)
                _update(conn, "claims", claim_id, {name: row[name] for name in CLAIM_COLUMNS})
                if body is event:  # a correction's own summary says what it corrects
                    conn.execute("UPDATE events SET summary = ? WHERE id = ?", (row["summary"], claim_id))
            elif table == kind.table:
                columns = [name for name in TABLES[table].columns if name not in ("id", "quote_verified")]
                _update(conn, table, claim_id, {name: row.get(name) for name in columns})


def _update(conn: sqlite3.Connection, table: str, claim_id: str, values: Row) -> None:
    """Write the values that differ (an unchanged row is not written: its full-text entry stays)."""
    current = conn.execute(
        f"SELECT {', '.join(f'[{name}]' for name in values)} FROM [{table}] WHERE id = ?", (claim_id,)
    ).fetchone()
    if current is None or tuple(current) == tuple(values.values()):
        return
    assignments = ", ".join(f"[{name}] = ?" for name in values)
    conn.execute(f"UPDATE [{table}] SET {assignments} WHERE id = ?", [*values.values(), claim_id])

"""Summaries that name entities by name, written by the builder once every entity is known.

An event is projected on its own, before the entities it names may be loaded, so its summary
marks each entity it names with its key between two control characters (which no event's text
can hold). Once every event is loaded, ``name_entities`` replaces each mark with the entity's
name (or its key, when no entity has it), in SQL, in one pass over the rows still marked; in an
incremental build it also writes again the summaries of the events that name an entity whose
row this build added or changed. The result does not depend on the order of the files.
"""

from __future__ import annotations

import functools
import json
import re
import sqlite3

from kb.builder.projection import ENTITY_REFERENCES, indexed_by
from kb.builder.temp_tables import temp_ids
from kb.events.models import upgraded
from kb.kinds.corroboration import additions, with_additions
from kb.model.claim import claim_kinds
from kb.model.kind import Name
from kb.model.render import CLOSE, OPEN, summary

_MARK = re.compile(f"{OPEN}([^{CLOSE}]*){CLOSE}")
SUMMARY_TABLES = ("events", "claims")


def name_entities(conn: sqlite3.Connection, new_ids: set[str] | None) -> None:
    """Write entities' names into the summaries (see the module's docstring)."""
    named = entity_names(conn, every=new_ids is None)

    def unmark(text: str | None) -> str | None:
        return _MARK.sub(lambda match: named(match.group(1)), text) if text else text

    conn.create_function("kb_unmark", 1, unmark, deterministic=True)
    # Only rows this build wrote are marked: in an incremental build, those of the new_ids table.
    only_new = " AND id IN (SELECT id FROM new_ids)" if new_ids is not None else ""
    for table in SUMMARY_TABLES:
        conn.execute(f"UPDATE [{table}] SET summary = kb_unmark(summary) WHERE instr(summary, char(30)) > 0{only_new}")
    if new_ids is not None:
        _rename(conn, named)


def entity_names(conn: sqlite3.Connection, every: bool = False) -> Name:
    """An entity's name by its key (the key itself when no entity has it): for a full build all
    read at once; for an incremental one, which names a few, each read when first asked for."""
    if every:
        names = dict(conn.execute("SELECT key, name FROM entities"))
        return lambda key: names.get(key, key)

    @functools.cache
    def named(key: str) -> str:
        row = conn.execute("SELECT name FROM entities WHERE key = ?", (key,)).fetchone()
        return row[0] if row else key

    return named


def _rename(conn: sqlite3.Connection, named: Name) -> None:
    """The summaries of the events naming an entity whose row an incremental build added or
    changed (a new key, or a second entity event for a key, whose smaller ID wins)."""
    keys = [key for (key,) in conn.execute("SELECT key FROM entities WHERE id IN (SELECT id FROM new_ids)")]
    if not keys:
        return
    temp_ids(conn, "renamed", keys, "key")
    naming = " UNION ".join(
        f"SELECT [{event}] FROM [{table}] {indexed_by(table, column)} WHERE [{column}] IN (SELECT key FROM renamed)"
        for table, column, event in ENTITY_REFERENCES
    )
    events = conn.execute(f"SELECT id, json FROM events WHERE id IN ({naming})").fetchall()
    conn.execute("DROP TABLE renamed")
    for event_id, text in events:
        event = upgraded(json.loads(text))
        body = event["replacement"] if event["type"] == "correction" else event
        if body["type"] not in claim_kinds():
            conn.execute("UPDATE events SET summary = ? WHERE id = ?", [summary(event, named), event_id])
            continue
        # A claim reads as it stands, with what its further reports added (kb.builder.corroborations).
        words = summary(with_additions(body, additions(conn, [event_id]).get(event_id, [])), named)
        conn.execute("UPDATE claims SET summary = ? WHERE id = ?", [words, event_id])
        # A correction's own summary says what it corrects; a claim's is the claim's.
        own = words if body is event else summary(event, named)
        conn.execute("UPDATE events SET summary = ? WHERE id = ?", [own, event_id])

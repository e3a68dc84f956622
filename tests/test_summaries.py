"""Summaries in kb.db name entities by name, whatever the order the events arrive in."""

from __future__ import annotations

import sqlite3

from kb.builder.build import build
from kb.events.append import Appender

TALKS = {"type": "entity", "key": "talks", "kind": "negotiation", "name": "Talks"}
AKAZAWA = {"type": "entity", "key": "ryosei-akazawa", "kind": "person", "name": "Ryosei Akazawa"}


def summaries(db) -> dict[str, str]:
    with sqlite3.connect(db) as conn:
        return dict(conn.execute("SELECT id, summary FROM claims")) | {
            f"event {id_}": summary for id_, summary in conn.execute("SELECT id, summary FROM events")
        }


def statement(source: str) -> dict:
    return {
        "type": "statement",
        "negotiation": "talks",
        "occurred_at": "2025-04-18",
        "speaker": "ryosei-akazawa",
        "attribution": "paraphrase",
        "text": "A deal is near",
        "citations": [{"source": source, "excerpt": "a deal"}],
    }


def test_a_summary_names_an_entity_that_arrived_after_the_claim(kb, clock, tmp_path):
    """The entity arrives in an incremental build after the claim naming it (as from a merge):
    the summary then names it, as a full build does."""
    appender = Appender(kb, clock)
    [source] = appender.append(
        [{"type": "source", "kind": "article", "publisher": "P", "title": "T", "published_at": "2025-04-18"}]
    )
    appender.append([TALKS, AKAZAWA])
    [claim] = appender.append([statement(source.stem)])
    entity_file = next(kb.events_dir.glob("*/*.json"), None)
    assert entity_file is not None
    akazawa = next(
        p for p in kb.events_dir.glob("*/*.json") if '"ryosei-akazawa"' in p.read_text() and '"entity"' in p.read_text()
    )
    moved = tmp_path / akazawa.name
    akazawa.rename(moved)  # as if the entity came later, through a merge
    first = build(kb, now=clock).db
    assert summaries(first)[claim.stem] == "ryosei-akazawa, paraphrased: A deal is near"
    moved.rename(akazawa)
    assert build(kb, now=clock).mode == "incremental"
    incremental = summaries(first)
    assert incremental[claim.stem] == "Ryosei Akazawa, paraphrased: A deal is near"
    assert incremental[f"event {claim.stem}"] == "Ryosei Akazawa, paraphrased: A deal is near"
    full = build(kb, tmp_path / "full.db", full=True, now=clock).db
    assert summaries(full) == incremental

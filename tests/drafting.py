"""What the tests of `kb draft` share: a source holding a text, its draft, and the import of a draft.
Each of their modules asks for the `talks` fixture (conftest.py): a knowledge base holding one
negotiation, which drafts default to."""

from __future__ import annotations

import json
from typing import Any

from kb.cli import cli
from kb.draft import draft_source, draft_text
from kb.draft.known import Known
from kb.draft.meeting_nouns import every_meeting
from kb.draft.reader import antecedents
from kb.events.append import Appender
from kb.events.store import KnowledgeBase

PUBLISHED = "2025-04-18"  # a Friday


def clock() -> str:
    return "2026-01-01T00:00:00.000000Z"


def source(kb: KnowledgeBase, text: str, published: str = PUBLISHED, kind: str = "article") -> str:
    """The ID of a new source with this text, held as its snapshot."""
    payload = {"type": "source", "kind": kind, "publisher": "Wire", "title": "A report", "published_at": published}
    return Appender(kb, clock).add(payload, text).stem


def drafted(kb: KnowledgeBase, text: str, published: str = PUBLISHED, kind: str = "article") -> list[dict[str, Any]]:
    return draft_source(kb, source(kb, text, published, kind)).payloads


def of_type(payloads: list[dict[str, Any]], type_: str) -> list[dict[str, Any]]:
    return [payload for payload in payloads if payload["type"] == type_]


def imports(runner, payloads: list[dict[str, Any]], tmp_path) -> None:
    """`kb import` takes the draft as it is, every line of it."""
    draft = tmp_path / "draft.jsonl"
    draft.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in payloads), encoding="utf-8")
    result = runner.invoke(cli, ["import", str(draft)])
    assert result.exit_code == 0, result.output
    assert result.output == f"Imported {len(payloads)} events\n"


def drafted_text(text: str, published: str = PUBLISHED) -> list[dict[str, Any]]:
    """The draft of ``text`` alone, in a knowledge base knowing only its negotiation (no files)."""
    known = Known()
    known.learn({"type": "entity", "key": "talks", "kind": "negotiation", "name": "The talks"})
    return draft_text(text, published, "SOURCE", "talks", known).payloads


def drafted_meetings(text: str, published: str = PUBLISHED) -> list[list[str]]:
    """The parties of each meeting drafted from ``text`` alone (see drafted_text), by their entities' names."""
    payloads = drafted_text(text, published)
    names = {e["key"]: e["name"] for e in of_type(payloads, "entity")}
    return [[names[p["entity"]] for p in m["participants"]] for m in of_type(payloads, "meeting")]


def drafted_statements(text: str, published: str = PUBLISHED) -> list[dict[str, Any]]:
    """The statements drafted from ``text`` alone (see drafted_text)."""
    return of_type(drafted_text(text, published), "statement")


def day_of(text: str, words: str) -> str | None:
    """The day drafted for the statement holding ``words``."""
    said = [s for s in drafted_statements(text) if words in s["text"]]
    assert said, f"no statement with {words!r}"
    return said[0].get("occurred_at")


def whose_figures(kb: KnowledgeBase, text: str) -> list[tuple[str, str, str | None]]:
    """Each figure drafted from ``text``: its value (or its change's amount), subject and counterpart."""
    points = of_type(drafted(kb, text), "data_point")
    return [(p.get("value") or p["change"]["amount"], p["subject"], p.get("counterpart")) for p in points]


def meeting_parties(text: str) -> list[list[str]]:
    """The parties of each meeting the drafter reads in ``text``, by name (a body's name for a body)."""
    return [
        [p.name or p.organisation or "" for p in met.participants] for met in every_meeting(text, antecedents(text))
    ]

"""metadata.json: Datasette's configuration of a knowledge base, generated from the models."""

from __future__ import annotations

import json
from typing import Any

from kb.store import KnowledgeBase


def metadata() -> dict[str, Any]:
    return {
        "title": "Negotiation knowledge base",
        "description": "Every reported claim of a negotiation, with its source, searchable and citable by event ID.",
    }


def render(value: dict[str, Any]) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False) + "\n"


def write_metadata(kb: KnowledgeBase) -> None:
    kb.metadata_path.write_text(render(metadata()), encoding="utf-8")


def title(kb: KnowledgeBase) -> str | None:
    """The knowledge base's title in its metadata.json, if it has one."""
    try:
        value = json.loads(kb.metadata_path.read_text(encoding="utf-8")).get("title")
    except (OSError, ValueError, AttributeError):
        return None
    return value if isinstance(value, str) and value.strip() else None

"""Corroborations: further sources for a claim already recorded (one meeting, two outlets)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from kb.model.claim import citation_rows
from kb.model.fields import Citation, EventId, Model
from kb.model.kind import EventKind, Name, Row, Rows, register


class CorroborationFields(Model):
    type: Literal["corroboration"] = Field(description="Kind of event")
    target: EventId = Field(description="ID of the claim that further sources report")
    citations: list[Citation] = Field(min_length=1, description="The further sources, with their exact words")


@register
class Corroboration(EventKind):
    """Further sources for a claim already recorded."""

    type = "corroboration"
    fields = CorroborationFields
    order = 130
    example = """kb add corroboration --target ev-abcdefghij234567 \\
          --citation "ev-…:the exact words of the second source\""""
    claim_references = {"target": None}

    def rows(self, event: Row) -> Rows:
        return citation_rows(event["target"], event, added_by=event["id"])

    def parts(self, event: Row, name: Name) -> tuple[str, str | None]:
        return f"Further sources for {event['target']}", None

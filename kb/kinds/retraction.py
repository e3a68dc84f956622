"""Retractions: a claim withdrawn (it stays, citable, marked retracted), or a further report of a claim
withdrawn (its sources and what it added no longer count for the claim; the report stays, marked retracted)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from kb.model.fields import EventId, Model, Text
from kb.model.kind import (
    CLAIM_OR_CORROBORATION,
    EventKind,
    Name,
    Row,
    Rows,
    Table,
    only,
    register,
    sort_key,
    sort_key_description,
)


class RetractionFields(Model):
    type: Literal["retraction"] = Field(description="Kind of event")
    target: EventId = Field(description="ID of the claim withdrawn, or of a corroboration (a further report) withdrawn")
    reason: Text = Field(description="Why it is withdrawn")


# Retractions and corrections share it: both withdraw a claim, a correction with a replacement.
CORRECTIONS = Table(
    {"id": str, "kind": str, "target": str, "reason": str, "recorded_at": str, "sort_key": str},
    pk="id",
    foreign_keys=(("id", "events", "id"), ("target", "events", "id")),
    indexes=("target", "sort_key"),
    description="Retractions and corrections, with the claim they withdraw or replace",
    facets=("target",),
    sort_desc="sort_key",
    column_descriptions={
        "sort_key": sort_key_description("recorded_at"),
        "id": "ID of the retraction or correction event",
        "kind": "retraction or correction",
        "target": "ID of the claim withdrawn or replaced",
        "reason": "Why it is withdrawn or replaced",
    },
)


@register
class Retraction(EventKind):
    """A claim, or a further report of one, withdrawn."""

    type = "retraction"
    fields = RetractionFields
    order = 110
    example = """kb add retraction --target ev-abcdefghij234567 --reason "The outlet withdrew the story\""""
    claim_references = {"target": CLAIM_OR_CORROBORATION}
    tables = {"corrections": CORRECTIONS}

    def rows(self, event: Row) -> Rows:
        yield (
            "corrections",
            only(event, CORRECTIONS, kind="retraction", sort_key=sort_key(event["recorded_at"], event["id"])),
        )

    def parts(self, event: Row, name: Name) -> tuple[str, str | None]:
        return f"Retraction of {event['target']}", event["reason"]

"""Expectations: something said to be coming, by when, on what conditions."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from kb.model.claim import ClaimFields, ClaimKind
from kb.model.dates import human_date
from kb.model.fields import Key, PartialDate, Text
from kb.model.kind import Author, Name, Row, Table, entity, register

# How a source puts when something is expected, in words.
BY_WHEN = {"by": "by", "before": "before", "by_end_of": "by the end of", "around": "around", "after": "after"}


class ExpectationFields(ClaimFields):
    type: Literal["expectation"] = Field(description="Kind of event")
    holder: Key | None = Field(None, description="Entity key of who expects it, when named")
    what: Text = Field(description="What is expected")
    by_when: PartialDate | None = Field(None, description="When it is expected by")
    by_when_qualifier: Literal[tuple(BY_WHEN)] | None = Field(  # type: ignore[valid-type]
        None,
        description="How the source puts by_when: by, before (before 1 August), by_end_of (by the end of April), "
        "around, after (not before)",
    )
    conditions: Text | None = Field(None, description="Conditions attached to it")


@register
class Expectation(ClaimKind):
    """Something said to be coming."""

    type = "expectation"
    fields = ExpectationFields
    order = 80
    table = "expectations"
    text_field = "what"
    example = """kb add expectation --negotiation us-japan-tariff-talks-2025 --occurred-at 2025-04-18 \\
          --what "The next round of ministerial talks" --by-when 2025-04-30 \\
          --citation "ev-…:expected by the end of April\""""
    entity_fields = ("negotiation", "holder")
    tables = {
        "expectations": Table(
            {"id": str, "holder": str, "what": str, "by_when": str, "by_when_qualifier": str, "conditions": str},
            pk="id",
            foreign_keys=(("id", "claims", "id"), entity("holder")),
            indexes=("by_when",),
            description="Things said to be coming",
            described_by=(ExpectationFields,),
            column_descriptions={"id": "ID of the expectation's event"},
        )
    }
    page_template = "{% if page.body.conditions %}<p>Conditions: {{ page.body.conditions }}</p>{% endif %}"

    def actor(self, body: Row) -> str | None:
        return body.get("holder")

    def parts(self, event: Row, name: Name) -> tuple[str, str | None]:
        who = f"{name(event['holder'])} expects" if event.get("holder") else "Expected"
        by = f" {BY_WHEN[event.get('by_when_qualifier') or 'by']} {event['by_when']}" if event.get("by_when") else ""
        return f"{who}{by}", event["what"]

    def authors(self, body: Row) -> list[Author]:
        return [Author(body["holder"])] if body.get("holder") else []

    def how(self, body: Row, name: Name) -> list[str]:
        by = BY_WHEN[body.get("by_when_qualifier") or "by"]
        return ["expected" + (f" {by} {human_date(body['by_when'])}" if body.get("by_when") else "")]

    def what(self, body: Row, name: Name, quote: bool = True) -> str:
        conditions = f" (conditions: {body['conditions']})" if body.get("conditions") else ""
        return body["what"] + conditions

"""Positions: a demand, offer, red line, principle or concern, and who holds it."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from kb.model.claim import ClaimFields, ClaimKind
from kb.model.fields import Key, Line, Text
from kb.model.kind import Author, Name, Row, Table, entity, register, words
from kb.model.quotes import quoted_segments


class PositionFields(ClaimFields):
    type: Literal["position"] = Field(description="Kind of event")
    holder: Key = Field(description="Entity key of who holds the position")
    kind: Literal["demand", "offer", "red_line", "principle", "concern", "intention"] = Field(
        description="What kind of position: a demand, offer, red line, principle, concern, or an intention "
        "(aims to, plans to)"
    )
    addressee: Key | None = Field(None, description="Entity key of whom it is addressed to")
    issue: Line = Field(description="The issue, in a few words")
    text: Text = Field(
        description='The position, in plain words; words the source quotes in "double quotes" are checked against it'
    )


@register
class Position(ClaimKind):
    """A demand, offer, red line, principle, concern or intention."""

    type = "position"
    fields = PositionFields
    order = 70
    table = "positions"
    quotes = "(t.text LIKE '%\"%' OR t.text LIKE '%“%')"  # words in quotation marks
    text_field = "text"
    example = """kb add position --negotiation us-japan-tariff-talks-2025 --occurred-at 2025-04-18 \\
          --holder japan --kind demand --addressee united-states --issue "US tariffs" \\
          --text "The US should rethink its tariff measures" --citation "ev-…:to rethink its tariff measures\""""
    entity_fields = ("negotiation", "holder", "addressee")
    tables = {
        "positions": Table(
            {"id": str, "holder": str, "kind": str, "addressee": str, "issue": str, "text": str, "quote_verified": str},
            pk="id",
            foreign_keys=(("id", "claims", "id"), entity("holder"), entity("addressee")),
            indexes=("holder", "kind"),
            description="Demands, offers, red lines and principles",
            facets=("kind", "holder"),
            described_by=(PositionFields,),
            column_descriptions={
                "id": "ID of the position's event",
                "quote_verified": 'When it quotes words in "double quotes": verified when the source quotes them, '
                "not_found when not",
            },
        )
    }
    page_template = '<blockquote class="kb-words">{{ page.body.text }}</blockquote>'

    def actor(self, body: Row) -> str | None:
        return body["holder"]

    def words_to_check(self, body: Row) -> list[tuple[str, str]]:
        return [("the quoted words", f'"{segment}"') for segment in quoted_segments(body["text"])]

    def parts(self, event: Row, name: Name) -> tuple[str, str | None]:
        addressee = f", to {name(event['addressee'])}" if event.get("addressee") else ""
        return f"{name(event['holder'])} ({words(event['kind'])} on {event['issue']}{addressee})", event["text"]

    def authors(self, body: Row) -> list[Author]:
        return [Author(body["holder"])]

    def what(self, body: Row, name: Name, quote: bool = True) -> str:
        return self.own_words(body)  # its holder is its citation's author

    def how(self, body: Row, name: Name) -> list[str]:
        position = words(body["kind"])
        if body.get("addressee"):
            position += f" to {name(body['addressee'])}"
        return [f"{position} on {body['issue']}"]

"""Links: claims recorded separately that are the same — two wordings of one remark, one meeting
reported twice."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from kb.model.fields import EventId, Model, Text
from kb.model.kind import EventKind, Name, Row, Rows, Table, register, words

# What each kind of link ties together.
LINK_KINDS = {"same_statement": "statement", "same_meeting": "meeting", "same_data_point": "data_point"}


class LinkFields(Model):
    type: Literal["link"] = Field(description="Kind of event")
    kind: Literal["same_statement", "same_meeting", "same_data_point"] = Field(
        description="What the linked claims are: one remark in different wordings or translations, one meeting "
        "reported separately, one figure reported separately"
    )
    events: list[EventId] = Field(min_length=2, description="IDs of the claims that are the same")
    note: Text | None = Field(None, description="Why they are the same, or how the versions differ")


@register
class Link(EventKind):
    """Claims recorded separately that are the same: two wordings of one remark, one meeting twice."""

    type = "link"
    fields = LinkFields
    order = 140
    example = """kb add link --kind same_statement --event ev-abcdefghij234567 --event ev-bcdefghij2345678 \\
          --note "Two translations of one remark\""""
    tables = {
        "links": Table(
            {"id": str, "link": str, "kind": str, "claim": str, "note": str},
            pk="id",
            foreign_keys=(("link", "events", "id"), ("claim", "claims", "id")),
            indexes=("link", "claim", "kind"),
            description="Claims recorded separately that are the same: two wordings of one remark, one meeting twice",
            facets=("kind",),
            described_by=(LinkFields,),
            column_descriptions={
                "id": "ID of the link event, a slash and the claim's position in it",
                "link": "ID of the link event",
                "claim": "ID of one of the claims that are the same",
            },
        )
    }

    def rows(self, event: Row) -> Rows:
        for n, claim in enumerate(event["events"]):
            yield (
                "links",
                {
                    "id": f"{event['id']}/{n}",
                    "link": event["id"],
                    "kind": event["kind"],
                    "claim": claim,
                    "note": event.get("note"),
                },
            )

    def claim_targets(self, event: Row) -> list[tuple[str, str, str | None]]:
        return [(f"events.{n}", target, LINK_KINDS[event["kind"]]) for n, target in enumerate(event["events"])]

    def parts(self, event: Row, name: Name) -> tuple[str, str | None]:
        return f"{len(event['events'])} records of one {words(event['kind'].removeprefix('same_'))}", event.get("note")

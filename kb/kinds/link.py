"""Links: claims recorded separately that are the same — two wordings of one remark, one meeting
reported twice — or accounts that disagree."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from kb.model.fields import EventId, Model, Text
from kb.model.kind import EventKind, Name, Row, Rows, Table, register, words

# What each kind of link ties together (None: claims of any kind).
LINK_KINDS = {
    "same_statement": "statement",
    "same_meeting": "meeting",
    "same_data_point": "data_point",
    "disagrees": None,
}


class LinkFields(Model):
    type: Literal["link"] = Field(description="Kind of event")
    kind: Literal["same_statement", "same_meeting", "same_data_point", "disagrees"] = Field(
        description="What the linked claims are: one remark in different wordings or translations, one meeting "
        "reported separately, one figure reported separately, or accounts of one thing that disagree"
    )
    events: list[EventId] = Field(min_length=2, description="IDs of the claims linked")
    note: Text | None = Field(None, description="Why they are the same or disagree, or how the versions differ")

    @model_validator(mode="after")
    def _distinct(self) -> LinkFields:
        if len(set(self.events)) < len(self.events):
            raise ValueError("a claim is linked with itself — give each claim once, and at least two claims")
        return self


@register
class Link(EventKind):
    """Claims recorded separately that are the same (one remark in two wordings, one meeting twice), or disagree."""

    type = "link"
    fields = LinkFields
    schema_version = 2  # 2: the kind disagrees
    order = 140
    example = """kb add link --kind same_statement --event ev-abcdefghij234567 --event ev-bcdefghij2345678 \\
          --note "Two translations of one remark\""""
    tables = {
        "links": Table(
            {"id": str, "link": str, "kind": str, "claim": str, "note": str},
            pk="id",
            foreign_keys=(("link", "events", "id"), ("claim", "claims", "id")),
            indexes=("link", "claim", "kind"),
            description="Claims recorded separately that are the same (two wordings of one remark, one meeting "
            "twice) or that disagree",
            facets=("kind",),
            described_by=(LinkFields,),
            column_descriptions={
                "id": "ID of the link event, a slash and the claim's position in it",
                "link": "ID of the link event",
                "claim": "ID of one of the claims linked",
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
        if event["kind"] == "disagrees":
            return f"{len(event['events'])} accounts that disagree", event.get("note")
        return f"{len(event['events'])} records of one {words(event['kind'].removeprefix('same_'))}", event.get("note")

"""Roles: a post held by a person over a time span, such as chief negotiator."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from kb.model.claim import citation_rows
from kb.model.fields import Citation, Key, Line, Model, PartialDate
from kb.model.kind import EventKind, Name, Row, Rows, Table, entity, only, register


class RoleFields(Model):
    type: Literal["role"] = Field(description="Kind of event")
    person: Key = Field(description="Entity key of the person holding the post")
    title: Line = Field(description="The post, such as chief negotiator")
    organisation: Key | None = Field(None, description="Entity key of the organisation or country of the post")
    start: PartialDate | None = Field(None, description="When the person took the post, if known")
    end: PartialDate | None = Field(None, description="When the person left the post, if known")
    citations: list[Citation] = Field(default_factory=list, description="Sources that give the role")


@register
class Role(EventKind):
    """A post held over a time span."""

    type = "role"
    fields = RoleFields
    order = 30
    example = """kb add role --person akazawa --title "chief negotiator" --organisation japan \\
          --citation "ev-…:Japan's chief negotiator Ryosei Akazawa\""""
    entity_fields = ("person", "organisation")
    tables = {
        "roles": Table(
            {"id": str, "person": str, "title": str, "organisation": str, "start": str, "end": str},
            pk="id",
            foreign_keys=(("id", "events", "id"), entity("person"), entity("organisation")),
            indexes=("person", "title"),
            label="title",
            description="Posts held by people over a time span",
            facets=("title", "person"),
            described_by=(RoleFields,),
            column_descriptions={"id": "ID of the role event"},
        )
    }

    def rows(self, event: Row) -> Rows:
        yield "roles", only(event, self.tables["roles"])
        yield from citation_rows(event["id"], event)

    def parts(self, event: Row, name: Name) -> tuple[str, str | None]:
        organisation = f", {name(event['organisation'])}" if event.get("organisation") else ""
        return f"{name(event['person'])}: {event['title']}{organisation}", None

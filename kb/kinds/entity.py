"""Entities: a person, organisation, country, group or negotiation, by key."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from kb.model.fields import Key, Line, Model, Qid
from kb.model.kind import EventKind, Name, Row, Rows, Table, entity, only, register


class EntityFields(Model):
    type: Literal["entity"] = Field(description="Kind of event")
    key: Key = Field(description="Unique slug that other events use to refer to it, such as ryosei-akazawa")
    kind: Literal["person", "organisation", "country", "negotiation", "group"] = Field(description="What the entity is")
    name: Line = Field(description="Its usual name")
    aliases: list[Line] = Field(default_factory=list, description="Other names it is referred to by")
    wikidata: Qid | None = Field(None, description="Its Wikidata item, such as Q123")
    description: Line | None = Field(None, description="A short description")


@register
class Entity(EventKind):
    """A person, organisation, country or negotiation."""

    type = "entity"
    fields = EntityFields
    order = 20
    example = """kb add entity --key ryosei-akazawa --kind person --name "Ryosei Akazawa" --alias Akazawa"""
    tables = {
        "entities": Table(
            {"key": str, "id": str, "kind": str, "name": str, "wikidata": str, "description": str},
            pk="key",
            foreign_keys=(("id", "events", "id"),),
            indexes=("kind",),
            label="name",
            description="People, organisations, countries and negotiations, by key",
            facets=("kind",),
            described_by=(EntityFields,),
            column_descriptions={"id": "ID of the entity event that defines this key (the smallest, if several do)"},
        ),
        "aliases": Table(
            {"key": str, "alias": str},
            pk=("key", "alias"),
            foreign_keys=(entity("key"),),
            indexes=("alias",),
            description="Other names of the entities",
            column_descriptions={"key": "Entity key of the entity", "alias": "Another name it is referred to by"},
        ),
    }
    problems = (
        (
            "duplicate_entity_key",
            """SELECT e.id, 'entity key ' || json_extract(e.json, '$.key') || ' is also defined by ' || k.id
               FROM events e JOIN entities k ON k.key = json_extract(e.json, '$.key')
               WHERE e.type = 'entity' AND e.id != k.id
                 -- evaluated once, before the scan: none when each entity event has its own key
                 AND (SELECT count(*) FROM events WHERE type = 'entity') > (SELECT count(*) FROM entities)""",
        ),
    )

    def rows(self, event: Row) -> Rows:
        yield "entities", only(event, self.tables["entities"])
        for alias in dict.fromkeys(event.get("aliases", [])):
            yield "aliases", {"key": event["key"], "alias": alias}

    def parts(self, event: Row, name: Name) -> tuple[str, str | None]:
        return f"{event['name']} ({event['kind']}, {event['key']})", None

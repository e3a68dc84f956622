"""Meetings: who met whom, where, and in which round of talks."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from kb.model.claim import ClaimFields, ClaimKind
from kb.model.fields import Duration, DurationQualifier, Key, Line, Model, Text, duration_minutes
from kb.model.kind import Author, Name, Row, Rows, Table, entity, only, register, words


class Participant(Model):
    entity: Key = Field(description="Entity key of the participant")
    side: Key | None = Field(None, description="Entity key of the side the participant represents")
    role: Line | None = Field(None, description="The participant's role in the meeting")


class MeetingFields(ClaimFields):
    type: Literal["meeting"] = Field(description="Kind of event")
    participants: list[Participant] = Field(min_length=1, description="Who took part")
    format: Literal["in_person", "virtual", "phone", "unknown"] = Field(
        "in_person", description="How the participants met"
    )
    round: Line | None = Field(None, description="Which round of talks, when numbered")
    summary: Text = Field(description="What the meeting was, in plain words")
    duration: Duration | None = Field(
        None, description="How long it lasted, as an ISO 8601 duration: PT50M for 50 minutes, PT2H"
    )
    duration_qualifier: DurationQualifier | None = Field(
        None, description="How the source bounds the duration: about 130 minutes, over two hours, nearly an hour"
    )


@register
class Meeting(ClaimKind):
    """Who met whom."""

    type = "meeting"
    fields = MeetingFields
    added_in = {**ClaimKind.added_in, 3: ("duration_qualifier",)}
    order = 50
    table = "meetings"
    text_field = "summary"
    example = """kb add meeting --negotiation us-japan-tariff-talks-2025 --occurred-at 2025-04-16 \\
          --participant ryosei-akazawa:japan --participant donald-trump:united-states \\
          --place Washington --duration PT50M --summary "Akazawa met Trump" \\
          --citation "ev-…:Akazawa met with U.S. President Donald Trump\""""
    entity_fields = ("negotiation", "participants.*.entity", "participants.*.side")
    tables = {
        "meetings": Table(
            {
                "id": str,
                "place": str,
                "format": str,
                "round": str,
                "summary": str,
                "duration": str,
                "duration_qualifier": str,
                "duration_minutes": float,
            },
            pk="id",
            foreign_keys=(("id", "claims", "id"),),
            indexes=("place",),
            description="Who met whom",
            facets=("place",),
            described_by=(MeetingFields,),
            column_descriptions={
                "id": "ID of the meeting's event",
                "duration_minutes": "How long it lasted, in minutes (from duration), for sorting",
            },
        ),
        "participants": Table(
            {"meeting": str, "entity": str, "side": str, "role": str},
            pk=("meeting", "entity"),
            foreign_keys=(("meeting", "claims", "id"), entity("entity"), entity("side")),
            indexes=("entity", "side"),
            description="The participants of each meeting, with their side and role",
            facets=("entity", "side"),
            described_by=(Participant,),
            column_descriptions={"meeting": "ID of the meeting's event"},
        ),
    }
    page_template = """{% if part.participants %}
  <p>Participants:
    {% for p in part.participants %}{{ entity(p.entity) }}{% if p.side %} ({{ entity(p.side) }}{% if p.role %}, {{ p.role }}{% endif %}){% elif p.role %} ({{ p.role }}){% endif %}{% if not loop.last %}; {% endif %}{% endfor %}
  </p>
{% endif %}"""  # noqa: E501

    def actor(self, body: Row) -> str | None:
        return body["participants"][0]["entity"]

    def own_rows(self, claim_id: str, body: Row) -> Rows:
        minutes = duration_minutes(body["duration"]) if body.get("duration") else None
        yield "meetings", only(body, self.tables["meetings"], id=claim_id, duration_minutes=minutes)
        for participant in body["participants"]:
            yield (
                "participants",
                {
                    "meeting": claim_id,
                    "entity": participant["entity"],
                    "side": participant.get("side"),
                    "role": participant.get("role"),
                },
            )

    def parts(self, event: Row, name: Name) -> tuple[str, str | None]:
        return event["summary"], None

    def authors(self, body: Row) -> list[Author]:
        return [Author(p["entity"], role=p.get("role"), side=p.get("side")) for p in body["participants"]]

    def how(self, body: Row, name: Name) -> list[str]:
        meeting = "meeting"
        if body.get("format") in ("virtual", "phone"):
            meeting = f"{body['format']} {meeting}"
        if body.get("place"):
            meeting += f" in {body['place']}"
        bound = words(body["duration_qualifier"]) + " " if body.get("duration_qualifier") else ""
        lasted = f"{bound}{_in_words(body['duration'])}" if body.get("duration") else ""
        return [meeting, f"round {body['round']}" if body.get("round") else "", lasted]

    def csl_event(self, body: Row) -> dict[str, str]:
        title = "Meeting" + (f", round {body['round']}" if body.get("round") else "")
        return {"event-title": title} | ({"event-place": body["place"]} if body.get("place") else {})

    def page(self, conn: Any, claim_id: str, body: Row) -> tuple[dict[str, Any], set[str]]:
        cursor = conn.execute(
            "SELECT entity, side, role FROM participants WHERE meeting = ? ORDER BY rowid", [claim_id]
        )
        participants = [dict(zip(("entity", "side", "role"), row, strict=True)) for row in cursor]
        return {"participants": participants}, set()


def _in_words(duration: str) -> str:
    """An ISO 8601 duration in words: PT1H30M → 1 h 30 min."""
    minutes = duration_minutes(duration)
    hours, rest = divmod(round(minutes), 60)
    return " ".join(part for part in (f"{hours} h" if hours else "", f"{rest} min" if rest else "") if part) or (
        f"{round(minutes * 60)} s"
    )

"""Corroborations: further sources for a claim already recorded (one meeting, two outlets), and
what a further source adds to it: a place, a date the first lacked, a more precise figure or
length, or a first-hand account of what was only reported."""

from __future__ import annotations

from typing import Any, ClassVar, Literal

from pydantic import Field, model_validator

from kb.model.claim import citation_rows
from kb.model.fields import (
    Citation,
    Decimal,
    Duration,
    DurationQualifier,
    EventId,
    Line,
    Model,
    PartialDate,
    ValueQualifier,
)
from kb.model.kind import EventKind, Name, Row, Rows, Table, register, sort_key, sort_key_description


class CorroborationFields(Model):
    type: Literal["corroboration"] = Field(description="Kind of event")
    target: EventId = Field(description="ID of the claim that further sources report")
    citations: list[Citation] = Field(min_length=1, description="The further sources, with their exact words")
    place: Line | None = Field(
        None,
        description="Where it happened, as the further source says: a place the claim lacked, or a more precise one",
    )
    occurred_at: PartialDate | None = Field(
        None,
        description="When it happened, when the further source gives a date the claim lacked or a more precise one",
    )
    value: Decimal | None = Field(
        None, description="A data point's more precise value, as an exact decimal string, in units"
    )
    value_qualifier: ValueQualifier | None = Field(
        None,
        description="How the further source bounds that value: about, over, well_over, under, up_to, at_least, nearly",
    )
    value_as_stated: Line | None = Field(None, description="That value verbatim, as the further source gives it")
    duration: Duration | None = Field(
        None, description="A meeting's more precise length, as an ISO 8601 duration: PT75M for 75 minutes"
    )
    duration_qualifier: DurationQualifier | None = Field(
        None, description="How the further source bounds that length: about, over, under, at_least, nearly"
    )
    first_hand: bool | None = Field(
        None,
        description="Whether the further source confirms it first hand (a participant, an official record): "
        "the claim no longer reads as hedged (reportedly, believed, unconfirmed); the first report keeps its hedge",
    )

    @model_validator(mode="after")
    def _bounds_what_it_gives(self) -> CorroborationFields:
        if self.value_qualifier is not None and self.value is None:
            raise ValueError("value_qualifier bounds a value: give the value too")
        if (self.value is None) != (self.value_as_stated is None):
            raise ValueError("give a value with value_as_stated, the words the further source gives it in")
        if self.duration_qualifier is not None and self.duration is None:
            raise ValueError("duration_qualifier bounds a duration: give the duration too")
        if self.value is not None and self.duration is not None:
            raise ValueError("a value is a data point's and a duration a meeting's: one claim has not both")
        return self


# What a further source may add to the claim (first_hand aside), and the kind of claim each is for.
ADDED = {
    "place": None,
    "occurred_at": None,
    "value": "data_point",
    "value_qualifier": "data_point",
    "value_as_stated": "data_point",
    "duration": "meeting",
    "duration_qualifier": "meeting",
}
APPROXIMATE = ("about", "nearly")  # a value so bounded is approximate

CORROBORATIONS = Table(
    {
        "id": str,
        "target": str,
        "status": str,
        "retracted_by": str,
        **dict.fromkeys(ADDED, str),
        "first_hand": int,
        "recorded_at": str,
        "sort_key": str,
    },
    pk="id",
    foreign_keys=(("id", "events", "id"), ("target", "events", "id"), ("retracted_by", "events", "id")),
    indexes=("target", "status", "sort_key"),
    description="Further sources of claims already recorded, and what each added",
    facets=("target", "status"),
    sort_desc="sort_key",
    column_descriptions={
        "sort_key": sort_key_description("recorded_at"),
        "id": "ID of the corroboration event",
        "status": "active, or retracted (its sources and what it added no longer count for the claim)",
        "retracted_by": "ID of the retraction that withdrew it",
        "first_hand": "1 when the further source confirms the claim first hand (it no longer reads as hedged)",
    },
    described_by=(CorroborationFields,),
)


def with_additions(body: Row, reports: list[Row]) -> Row:
    """A claim as it stands with what its further ``reports`` (corroborations, in the order they
    were recorded) added: each given field replaces the claim's; a first-hand report lifts the
    claim's hedge. The claim's own event is left as it is."""
    claim = dict(body)
    for report in reports:
        if report.get("occurred_at"):
            claim.pop("reported_at", None)
            claim["occurred_at"] = report["occurred_at"]
        if report.get("place"):
            claim["place"] = report["place"]
        if report.get("value") is not None:
            for name in ("value_low", "value_high", "value_qualifier"):
                claim.pop(name, None)
            claim.update(
                {name: report[name] for name in ("value", "value_qualifier", "value_as_stated") if report.get(name)}
            )
            claim["approximate"] = report.get("value_qualifier") in APPROXIMATE
        if report.get("duration"):
            claim.pop("duration_qualifier", None)
            claim.update({name: report[name] for name in ("duration", "duration_qualifier") if report.get(name)})
        if report.get("first_hand"):
            claim.pop("hedge", None)
    return claim


def what_it_adds(report: Row) -> list[str]:
    """What a further source added, in a few words each (for kb show and the event page)."""
    added = []
    if report.get("place"):
        added.append(f"place: {report['place']}")
    if report.get("occurred_at"):
        added.append(f"date: {report['occurred_at']}")
    if report.get("value") is not None:
        added.append(f"value: {report['value_as_stated']}")
    if report.get("duration"):
        bound = f"{report['duration_qualifier']} " if report.get("duration_qualifier") else ""
        added.append(f"duration: {bound}{report['duration']}")
    if report.get("first_hand"):
        added.append("first-hand confirmation")
    return added


@register
class Corroboration(EventKind):
    """Further sources for a claim already recorded."""

    type = "corroboration"
    fields = CorroborationFields
    order = 130
    # 2: what the further source adds (place, occurred_at, value, duration and their bounds, first_hand)
    schema_version = 2
    added_in: ClassVar[dict[int, tuple[str, ...]]] = {2: (*ADDED, "first_hand")}
    example = """kb add corroboration --target ev-abcdefghij234567 --place "the White House" \\
          --duration PT75M --first-hand --citation "ev-…:the exact words of the second source\""""
    claim_references = {"target": None}
    tables = {"corroborations": CORROBORATIONS}

    def claim_targets(self, event: Row) -> list[tuple[str, str, str | None]]:
        """A value is a data point's, a duration a meeting's: the target must be of that kind."""
        target = event.get("target")
        if not isinstance(target, str):
            return []
        needed = sorted({ADDED[name] or "" for name in ADDED if event.get(name) is not None} - {""})
        return [("target", target, needed[0] if needed else None)]

    def rows(self, event: Row) -> Rows:
        yield from citation_rows(event["target"], event, added_by=event["id"])
        yield (
            "corroborations",
            {
                "id": event["id"],
                "target": event["target"],
                "status": "active",
                "retracted_by": None,
                **{name: event.get(name) for name in ADDED},
                "first_hand": int(bool(event.get("first_hand"))),
                "recorded_at": event["recorded_at"],
                "sort_key": sort_key(event["recorded_at"], event["id"]),
            },
        )

    def parts(self, event: Row, name: Name) -> tuple[str, str | None]:
        added = what_it_adds(event)
        return f"Further sources for {event['target']}", "; ".join(added) or None


def additions(conn: Any, claim_ids: list[str]) -> dict[str, list[Row]]:
    """The active further reports of these claims that add something, in the order recorded."""
    found: dict[str, list[Row]] = {}
    for start in range(0, len(claim_ids), 500):
        chunk = claim_ids[start : start + 500]
        cursor = conn.execute(
            f"""SELECT target, {", ".join(ADDED)}, first_hand FROM corroborations
                WHERE target IN ({", ".join("?" * len(chunk))}) AND status = 'active' ORDER BY recorded_at, id""",
            chunk,
        )
        names = [column[0] for column in cursor.description]
        for row in cursor:
            report = dict(zip(names, row, strict=True))
            found.setdefault(report.pop("target"), []).append(report)
    return found

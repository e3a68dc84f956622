"""Data points: a reported number, with its unit, period and who gave it."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from kb.claim import ClaimFields, ClaimKind
from kb.dates import human_date
from kb.fields import Decimal, Key, Line, PartialDate, Tag
from kb.kind import Author, Name, Row, Rows, Table, View, entity, only, register, words


class DataPointFields(ClaimFields):
    type: Literal["data_point"] = Field(description="Kind of event")
    metric: Tag = Field(description="What is measured, such as trade_surplus or exports")
    subject: Key = Field(description="Entity key of what the figure is about")
    counterpart: Key | None = Field(None, description="Entity key of the counterpart, for bilateral figures")
    value: Decimal = Field(description="The value as an exact decimal string, in units (not thousands)")
    unit: Line = Field(description="Unit or currency code, such as JPY, USD or percent")
    approximate: bool = Field(False, description="Whether the source gives the value as approximate")
    period_start: PartialDate | None = Field(None, description="Start of the period the figure covers")
    period_end: PartialDate | None = Field(None, description="End of the period the figure covers")
    value_as_stated: Line = Field(description="The value verbatim, such as around 9 trillion yen ($63 billion)")
    stated_by: Key | None = Field(None, description="Entity key of who published or gave the figure")


CONFLICTS = """
        SELECT d.metric, d.subject, d.counterpart, d.period_start, d.period_end, d.id AS claim, d.value, d.unit,
               d.value_as_stated, c.occurred_at,
               (SELECT group_concat(source, ' ') FROM (SELECT source FROM citations WHERE claim = d.id ORDER BY id))
                 AS sources
        FROM data_points d JOIN claims c ON c.id = d.id AND c.status = 'active'
        WHERE EXISTS (
            SELECT 1 FROM data_points o JOIN claims oc ON oc.id = o.id AND oc.status = 'active'
            WHERE o.metric = d.metric AND o.subject = d.subject AND o.counterpart IS d.counterpart
              AND o.period_start IS d.period_start AND o.period_end IS d.period_end
              AND (o.value != d.value OR o.unit != d.unit))
        ORDER BY d.metric, d.subject, d.counterpart, d.period_start, d.period_end, d.value
    """


def period(start: str | None, end: str | None) -> str:
    if start and end:
        return f"{human_date(start)} to {human_date(end)}"
    if start:
        return f"from {human_date(start)}"
    return f"up to {human_date(end)}" if end else ""


@register
class DataPoint(ClaimKind):
    """A reported number."""

    type = "data_point"
    fields = DataPointFields
    order = 60
    table = "data_points"
    text_field = "value_as_stated"
    example = """kb add data_point --negotiation us-japan-tariff-talks-2025 --occurred-at 2025-03 \\
          --metric trade_surplus --subject japan --counterpart united-states \\
          --value 9000000000000 --unit JPY --approximate \\
          --value-as-stated "around 9 trillion yen ($63 billion)" --citation "ev-…:around 9 trillion yen\""""
    entity_fields = ("negotiation", "subject", "counterpart", "stated_by")
    tables = {
        "data_points": Table(
            {
                "id": str,
                "metric": str,
                "subject": str,
                "counterpart": str,
                "value": str,
                "value_number": float,
                "unit": str,
                "approximate": int,
                "period_start": str,
                "period_end": str,
                "value_as_stated": str,
                "stated_by": str,
            },
            pk="id",
            foreign_keys=(("id", "claims", "id"), entity("subject"), entity("counterpart"), entity("stated_by")),
            indexes=("metric", "subject", "counterpart"),
            description="Reported numbers",
            facets=("metric", "subject", "counterpart"),
            described_by=(DataPointFields,),
            column_descriptions={
                "id": "ID of the data point's event",
                "value_number": "The value as a number, for sorting and charts (value is exact)",
                "approximate": "1 when the source gives the value as approximate",
            },
        )
    }
    views = {
        "conflicts": View(
            CONFLICTS,
            "Figures that disagree: active data points of one metric, subject and period with different values",
            columns_from=("data_points", "claims"),
            column_descriptions={
                "claim": "ID of the data point's event",
                "sources": "IDs of the sources it cites, separated by spaces",
            },
        )
    }

    def actor(self, body: Row) -> str | None:
        return body.get("stated_by") or body["subject"]

    def own_rows(self, claim_id: str, body: Row) -> Rows:
        table = self.tables["data_points"]
        yield (
            "data_points",
            only(
                body,
                table,
                id=claim_id,
                value_number=float(body["value"]),
                approximate=int(body.get("approximate", False)),
            ),
        )

    def parts(self, event: Row, name: Name) -> tuple[str, str | None]:
        metric = words(event["metric"]).capitalize()
        counterpart = f" with {name(event['counterpart'])}" if event.get("counterpart") else ""
        return f"{metric} of {name(event['subject'])}{counterpart}: {event['value_as_stated']}", None

    def authors(self, body: Row) -> list[Author]:
        return [Author(body["stated_by"])] if body.get("stated_by") else []

    def how(self, body: Row, name: Name) -> list[str]:
        covered = period(body.get("period_start"), body.get("period_end"))
        return ["data point" + (f" for {covered}" if covered else "")]

    def what(self, body: Row, name: Name, quote: bool = True) -> str:
        counterpart = f" with {name(body['counterpart'])}" if body.get("counterpart") else ""
        return f"{words(body['metric'])} of {name(body['subject'])}{counterpart}: {body['value_as_stated']}"

"""Data points: a reported number, with its unit, period and who gave it."""

from __future__ import annotations

from decimal import Decimal as D
from typing import Any, Literal

from pydantic import Field, model_validator

from kb.model.claim import ClaimFields, ClaimKind, read_rows
from kb.model.dates import claim_date, human_date
from kb.model.fields import Decimal, Key, Line, Model, PartialDate, Tag, ValueQualifier
from kb.model.kind import Author, Name, Row, Rows, Table, View, entity, json_text, only, register, words


class Quantity(Model):
    value: Decimal = Field(description="The value as an exact decimal string, in units")
    unit: Line = Field(description="Unit or currency code, such as USD")


class Change(Model):
    direction: Literal["rise", "fall", "unchanged"] = Field(description="Whether it rose, fell or stayed the same")
    amount: Decimal | None = Field(None, description="By how much, as an exact decimal string")
    unit: Line | None = Field(None, description="Unit of the amount, such as percent or JPY")
    base: Line | None = Field(None, description="Compared with what: a year earlier, the previous month")


class DataPointFields(ClaimFields):
    type: Literal["data_point"] = Field(description="Kind of event")
    metric: Tag = Field(description="What is measured, such as trade_surplus or exports")
    subject: Key = Field(description="Entity key of what the figure is about")
    counterpart: Key | None = Field(None, description="Entity key of the counterpart, for bilateral figures")
    value: Decimal | None = Field(
        None,
        description="The value as an exact decimal string, in units (not thousands); for a range, value_low "
        "and value_high instead",
    )
    value_qualifier: ValueQualifier | None = Field(
        None, description="How the source bounds the value: about, over, well_over, under, up_to, at_least, nearly"
    )
    value_low: Decimal | None = Field(None, description="For a range (between 10% and 15%), its low end")
    value_high: Decimal | None = Field(None, description="For a range, its high end")
    equivalents: list[Quantity] = Field(
        default_factory=list,
        description="The same figure as the source also gives it in other currencies or units ($63 billion)",
    )
    change: Change | None = Field(
        None, description="A change the source gives, with its direction and base: fell 1.3% from a year earlier"
    )
    unit: Line = Field(description="Unit or currency code, such as JPY, USD or percent")
    approximate: bool = Field(False, description="Whether the source gives the value as approximate")
    period_start: PartialDate | None = Field(None, description="Start of the period the figure covers")
    period_end: PartialDate | None = Field(None, description="End of the period the figure covers")
    period_unclear: bool = Field(
        False, description="Whether the source leaves the period the figure covers unclear (it is not its date)"
    )
    product_scope: Line | None = Field(
        None, description="The products the figure covers, when not all: steel and aluminium, passenger cars"
    )
    value_as_stated: Line = Field(description="The value verbatim, such as around 9 trillion yen ($63 billion)")
    stated_by: Key | None = Field(None, description="Entity key of who published or gave the figure")

    @model_validator(mode="after")
    def _a_value_or_a_range(self) -> DataPointFields:
        ranged = self.value_low is not None or self.value_high is not None
        if self.value is None and not ranged and self.change is None:
            raise ValueError(
                "a data point needs a value, a range (value_low and value_high), or a change it reports alone"
            )
        if self.period_unclear and (self.period_start or self.period_end):
            raise ValueError("give the period (period_start, period_end) or period_unclear, not both")
        if self.value is not None and ranged:
            raise ValueError("give a value or a range (value_low and value_high), not both")
        if ranged and (self.value_low is None or self.value_high is None):
            raise ValueError("a range needs both value_low and value_high")
        if ranged and D(str(self.value_low)) > D(str(self.value_high)):
            raise ValueError(f"value_low {self.value_low} is more than value_high {self.value_high}")
        return self


def figure_key(body: Row) -> str | None:
    """What two figures must share to be alike: metric, subject, counterpart, product scope and
    period (its date when it gives none); None for a figure the conflicts view leaves out for want
    of a value or a period (data_points.figure_key, indexed: the view finds a figure's like ones by it)."""
    if body.get("value") is None or body.get("period_unclear"):
        return None
    given = body.get("period_start") is not None or body.get("period_end") is not None
    period = (body.get("period_start"), body.get("period_end")) if given else (claim_date(body),) * 2
    return json_text([body["metric"], body["subject"], body.get("counterpart"), body.get("product_scope"), *period])


def _period(d: str, c: str, end: str) -> str:
    """SQL of the period a figure (data point ``d``, claim ``c``) covers: its period_start or period_end
    (``end``) as given, else its date when it gives no period at all."""
    return (
        f"CASE WHEN {d}.period_start IS NULL AND {d}.period_end IS NULL "
        f"THEN coalesce({c}.occurred_at, {c}.reported_at) ELSE {d}.period_{end} END"
    )


def _sources(claim: str) -> str:
    return f"""(SELECT group_concat(source, ' ') FROM (SELECT DISTINCT source FROM citations WHERE claim = {claim}
                 ORDER BY source)) AS sources,
               (SELECT group_concat(title, '; ') FROM (SELECT DISTINCT s.title || ' (' || s.publisher || ')' AS title
                 FROM citations ci JOIN sources s ON s.id = ci.source WHERE ci.claim = {claim} ORDER BY 1))
                 AS source_titles"""


_FIGURE = """d.metric AS metric, d.subject AS subject,
               (SELECT name FROM entities WHERE key = d.subject) AS subject_name, d.counterpart AS counterpart,
               (SELECT name FROM entities WHERE key = d.counterpart) AS counterpart_name,
               d.product_scope AS product_scope, d.period_start AS period_start, d.period_end AS period_end"""
# Figures that disagree: like with like — active figures (not ranges, not source errors, not of a period
# left unclear) of one metric, subject, counterpart, product scope and period (a figure's date is its
# period when it gives none) whose values differ — and every claim of a link of kind disagrees.
CONFLICTS = f"""
        SELECT 'same_figure' AS why, NULL AS link, {_FIGURE},
               {_period("d", "c", "start")} AS period_from, {_period("d", "c", "end")} AS period_to,
               d.id AS claim, c.kind AS kind, c.summary AS summary, d.value AS value, d.unit AS unit,
               d.value_as_stated AS value_as_stated, c.occurred_at AS occurred_at,
               {_sources("d.id")}
        FROM data_points d JOIN claims c ON c.id = d.id AND c.status = 'active' AND c.source_error IS NULL
        WHERE d.figure_key IS NOT NULL AND EXISTS (
            SELECT 1 FROM data_points o
            JOIN claims oc ON oc.id = o.id AND oc.status = 'active' AND oc.source_error IS NULL
            WHERE o.figure_key = d.figure_key AND (o.value != d.value OR o.unit != d.unit))
        UNION ALL
        SELECT 'linked' AS why, l.link, {_FIGURE}, NULL AS period_from, NULL AS period_to,
               l.claim, c.kind, c.summary, d.value, d.unit, d.value_as_stated, c.occurred_at, {_sources("l.claim")}
        FROM links l JOIN claims c ON c.id = l.claim AND c.status = 'active'
        LEFT JOIN data_points d ON d.id = l.claim
        WHERE l.kind = 'disagrees'
        ORDER BY why DESC, link, metric, subject, counterpart, product_scope, period_from, period_to, value, claim
    """
# The claims of a data point's page that disagree with it: like figures, and the claims linked with it.
DISAGREEING = """
        SELECT DISTINCT o.claim AS id, coalesce(o.value_as_stated, o.summary) AS value_as_stated, o.source_titles,
               o.occurred_at, o.value
        FROM conflicts me JOIN conflicts o ON o.why = me.why AND o.claim != me.claim
          AND (me.why = 'linked' AND o.link = me.link
               OR me.why = 'same_figure' AND o.metric = me.metric AND o.subject = me.subject
                  AND o.counterpart IS me.counterpart AND o.product_scope IS me.product_scope
                  AND o.period_from IS me.period_from AND o.period_to IS me.period_to)
        WHERE me.claim = :id
        ORDER BY o.value, o.claim
    """
PAGE = """{% if part.disagreeing %}
<section class="kb-alert">
  <p>Other reports of this figure disagree (<a href="{{ urls.database(database) }}/conflicts">all figures that disagree</a>):</p>
  <ul>{% for o in part.disagreeing %}<li><a href="{{ event_url(o.id) }}">{{ o.value_as_stated }}</a> — {{ o.source_titles or o.id }}, {{ o.occurred_at }}</li>{% endfor %}</ul>
</section>
{% endif %}"""  # noqa: E501


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
    added_in = {**ClaimKind.added_in, 3: ("period_unclear", "product_scope")}
    order = 60
    table = "data_points"
    text_field = "value_as_stated"
    example = """kb add data_point --negotiation us-japan-tariff-talks-2025 --occurred-at 2025-03 \\
          --metric trade_surplus --subject japan --counterpart united-states \\
          --value 9000000000000 --unit JPY --approximate \\
          --value-as-stated 'around 9 trillion yen ($63 billion)' --citation "ev-…:around 9 trillion yen\""""
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
                "value_qualifier": str,
                "value_low": str,
                "value_high": str,
                "equivalents": str,
                "change_direction": str,
                "change_amount": str,
                "change_unit": str,
                "change_base": str,
                "period_start": str,
                "period_end": str,
                "period_unclear": int,
                "product_scope": str,
                "value_as_stated": str,
                "stated_by": str,
                "figure_key": str,
            },
            pk="id",
            foreign_keys=(("id", "claims", "id"), entity("subject"), entity("counterpart"), entity("stated_by")),
            indexes=("metric", "subject", "counterpart", "figure_key"),
            description="Reported numbers",
            facets=("metric", "subject", "counterpart"),
            described_by=(DataPointFields,),
            column_descriptions={
                "id": "ID of the data point's event",
                "value_number": "The value as a number, for sorting and charts (value is exact)",
                "approximate": "1 when the source gives the value as approximate",
                "period_unclear": "1 when the source leaves the period the figure covers unclear",
                "equivalents": "The figure in other currencies or units, as the source gives them (a JSON array "
                "of {value, unit})",
                "change_direction": "rise, fall or unchanged, when the source gives a change",
                "change_amount": "By how much it changed (exact decimal)",
                "change_unit": "Unit of the change, such as percent",
                "change_base": "What the change is measured from: a year earlier",
                "figure_key": "What makes two figures alike (the conflicts view compares them): metric, subject, "
                "counterpart, product scope and period (its date when it gives none), as a JSON array; empty for "
                "a figure without a value or of a period left unclear",
            },
        )
    }
    views = {
        "conflicts": View(
            CONFLICTS,
            "Accounts that disagree: active figures of one metric, subject, counterpart, product scope and period "
            "(a figure's date when it gives no period) with different values — ranges, figures the source printed "
            "in error and figures of a period left unclear left out — and every claim linked as disagreeing "
            "(kb add link --kind disagrees)",
            columns_from=("data_points", "claims"),
            column_descriptions={
                "why": "same_figure: a figure like another with another value; linked: a claim of a disagrees link",
                "link": "ID of the link event, for a linked disagreement",
                "period_from": "Start of the period compared: period_start, or the figure's date when it gives none",
                "period_to": "End of the period compared: period_end, or the figure's date when it gives none",
                "claim": "ID of the claim's event",
                "subject_name": "Name of the entity the figure is about",
                "counterpart_name": "Name of the counterpart, for bilateral figures",
                "sources": "IDs of the sources it cites, separated by spaces",
                "source_titles": "Titles and publishers of the sources it cites",
            },
            claim_column="claim",
        )
    }

    page_template = PAGE

    def actor(self, body: Row) -> str | None:
        return body.get("stated_by")  # who gave the figure; what it is about is its subject

    def subject(self, body: Row) -> str | None:
        return str(body["subject"])

    def page(self, conn: Any, claim_id: str, body: Row) -> tuple[dict[str, Any], set[str]]:
        return {"disagreeing": read_rows(conn, DISAGREEING, {"id": claim_id})}, set()

    def own_rows(self, claim_id: str, body: Row) -> Rows:
        table = self.tables["data_points"]
        yield (
            "data_points",
            only(
                body,
                table,
                id=claim_id,
                value_number=float(body["value"]) if body.get("value") is not None else None,
                approximate=int(body.get("approximate", False)),
                period_unclear=int(body.get("period_unclear", False)),
                figure_key=figure_key(body),
                equivalents=json_text(body.get("equivalents", [])),
                **{f"change_{name}": value for name, value in (body.get("change") or {}).items()},
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
        covered = "a period not stated" if body.get("period_unclear") else covered
        scope = f"on {body['product_scope']}" if body.get("product_scope") else ""
        change = body.get("change")
        changed = ""
        if change:
            by = f" {change['amount']} {change.get('unit') or ''}".rstrip() if change.get("amount") else ""
            changed = f"{words(change['direction'])}{by}" + (f" from {change['base']}" if change.get("base") else "")
        return ["data point" + (f" for {covered}" if covered else ""), scope, changed]

    def what(self, body: Row, name: Name, quote: bool = True) -> str:
        counterpart = f" with {name(body['counterpart'])}" if body.get("counterpart") else ""
        return f"{words(body['metric'])} of {name(body['subject'])}{counterpart}: {body['value_as_stated']}"

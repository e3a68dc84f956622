"""Measures: a tariff or trade measure, who imposes it on whom, and its dates."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from kb.model.claim import ClaimFields, ClaimKind
from kb.model.dates import human_date
from kb.model.fields import Decimal, EventId, HsCode, Key, Line, PartialDate, Text
from kb.model.kind import Author, Name, Row, Rows, Table, entity, json_text, only, register, words


class MeasureFields(ClaimFields):
    type: Literal["measure"] = Field(description="Kind of event")
    imposing: Key = Field(description="Entity key of the jurisdiction imposing the measure")
    affected: list[Key] = Field(default_factory=list, description="Entity keys of the jurisdictions affected")
    instrument: Literal[
        "ad_valorem_tariff",
        "specific_duty",
        "tariff_rate_quota",
        "quota",
        "exemption",
        "export_restriction",
        "other",
    ] = Field(description="The trade instrument")
    legal_basis: Line | None = Field(None, description="The legal basis as stated, such as Section 232")
    rate: Decimal | None = Field(None, description="The rate, as an exact decimal string")
    rate_unit: Line | None = Field(None, description="Unit of the rate, such as percent")
    product_scope: Line | None = Field(
        None, description="The products covered, in plain words (none for a measure that only moves a date)"
    )
    hs_codes: list[HsCode] = Field(default_factory=list, description="HS codes of the products, when given")
    announced_at: PartialDate | None = Field(None, description="When it was announced")
    effective_at: PartialDate | None = Field(None, description="When it took or takes effect")
    removed_at: PartialDate | None = Field(None, description="When it was removed")
    status: Literal["proposed", "announced", "in_force", "suspended", "removed"] = Field(
        description="Its status when reported"
    )
    stacking: Literal["adds_to_existing", "replaces_existing", "unknown"] = Field(
        "unknown", description="Whether it adds to the duties already in force or replaces them"
    )
    agreement: EventId | None = Field(None, description="ID of the agreement that set or changed it")
    summary: Text = Field(description="The measure in plain words")


@register
class Measure(ClaimKind):
    """A tariff or trade measure."""

    type = "measure"
    fields = MeasureFields
    order = 100
    table = "measures"
    text_field = "summary"
    example = """kb add measure --negotiation us-japan-tariff-talks-2025 --occurred-at 2025-03-26 \\
          --imposing united-states --affected japan --instrument ad_valorem_tariff \\
          --legal-basis "Section 232" --rate 25 --rate-unit percent --product-scope "passenger cars" \\
          --effective-at 2025-04-03 --status in_force --stacking adds_to_existing \\
          --summary "25% tariff on imported cars" --citation "ev-…:a 25% tariff on imported cars\""""
    entity_fields = ("negotiation", "imposing", "affected.*")
    claim_references = {"agreement": "agreement"}
    tables = {
        "measures": Table(
            {
                "id": str,
                "imposing": str,
                "affected": str,
                "instrument": str,
                "legal_basis": str,
                "rate": str,
                "rate_unit": str,
                "product_scope": str,
                "hs_codes": str,
                "announced_at": str,
                "effective_at": str,
                "removed_at": str,
                "status": str,
                "stacking": str,
                "agreement": str,
                "summary": str,
            },
            pk="id",
            foreign_keys=(("id", "claims", "id"), entity("imposing"), ("agreement", "claims", "id")),
            indexes=("imposing", "instrument", "status", "effective_at"),
            description="Tariff and trade measures, with their dates",
            facets=("imposing", "instrument", "status"),
            described_by=(MeasureFields,),
            column_descriptions={
                "affected": "Entity keys of the jurisdictions affected (a JSON array)",
                "hs_codes": "HS codes of the products, when given (a JSON array)",
            },
        ),
        "measure_jurisdictions": Table(
            {"measure": str, "jurisdiction": str, "role": str},
            pk=("measure", "jurisdiction", "role"),
            foreign_keys=(("measure", "claims", "id"), entity("jurisdiction")),
            indexes=("jurisdiction", "role"),
            description="The jurisdictions each measure is imposed by or affects",
            facets=("jurisdiction", "role"),
            column_descriptions={
                "measure": "ID of the measure's event",
                "jurisdiction": "Entity key of the jurisdiction",
                "role": "imposing or affected",
            },
        ),
    }
    page_template = '<blockquote class="kb-words">{{ page.body.summary }}</blockquote>'

    def actor(self, body: Row) -> str | None:
        return body["imposing"]

    def own_rows(self, claim_id: str, body: Row) -> Rows:
        affected = list(dict.fromkeys(body.get("affected", [])))
        table = self.tables["measures"]
        hs_codes = json_text(body.get("hs_codes", []))
        yield "measures", only(body, table, id=claim_id, affected=json_text(affected), hs_codes=hs_codes)
        yield "measure_jurisdictions", {"measure": claim_id, "jurisdiction": body["imposing"], "role": "imposing"}
        for jurisdiction in affected:
            yield "measure_jurisdictions", {"measure": claim_id, "jurisdiction": jurisdiction, "role": "affected"}

    def parts(self, event: Row, name: Name) -> tuple[str, str | None]:
        rate = f" of {event['rate']} {event.get('rate_unit') or ''}".rstrip() if event.get("rate") else ""
        scope = f" on {event['product_scope']}" if event.get("product_scope") else ""
        return f"{name(event['imposing'])}: {words(event['instrument'])}{rate}{scope}", None

    def authors(self, body: Row) -> list[Author]:
        return [Author(body["imposing"])]

    def how(self, body: Row, name: Name) -> list[str]:
        effective = f"effective {human_date(body['effective_at'])}" if body.get("effective_at") else ""
        return [f"{words(body['instrument'])}, {words(body['status'])}", effective]

    def what(self, body: Row, name: Name, quote: bool = True) -> str:
        basis = f" under {body['legal_basis']}" if body.get("legal_basis") else ""
        return body["summary"] + basis

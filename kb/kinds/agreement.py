"""Agreements: what the parties agreed, with its terms, as reported at each stage."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from kb.model.claim import ClaimFields, ClaimKind, read_rows
from kb.model.fields import Decimal, EventId, HsCode, Key, Line, Model, Tag, Text, ValueQualifier
from kb.model.kind import Author, Name, Row, Rows, Table, View, entity, json_text, only, register, words


class AgreementTerm(Model):
    key: Tag = Field(description="Short key of the term within the agreement, such as autos-tariff")
    kind: Literal["tariff_rate", "investment", "purchase", "quota", "other"] = Field(description="What the term is")
    description: Text = Field(description="The term in plain words")
    product_scope: Line | None = Field(None, description="The products it covers, in plain words")
    hs_codes: list[HsCode] = Field(default_factory=list, description="HS codes of the products, when given")
    rate: Decimal | None = Field(None, description="Tariff rate, as an exact decimal string")
    rate_unit: Line | None = Field(None, description="Unit of the rate, such as percent")
    amount: Decimal | None = Field(None, description="Amount of an investment or purchase commitment, in units")
    currency: Line | None = Field(None, description="Currency of the amount, such as USD")
    quantity: Decimal | None = Field(None, description="Quantity of a quota")
    quantity_unit: Line | None = Field(None, description="Unit of the quantity, such as tonnes or vehicles")
    period: Line | None = Field(None, description="Period of the commitment or quota, as stated")
    committed_by: Key | None = Field(None, description="Entity key of who commits to it")
    value_as_stated: Line | None = Field(None, description="The figure verbatim, such as $550 billion")
    value_qualifier: ValueQualifier | None = Field(
        None, description="How the source bounds the rate, amount or quantity: about, over, up_to (up to $550 billion)…"
    )


class AgreementFields(ClaimFields):
    type: Literal["agreement"] = Field(description="Kind of event")
    title: Line = Field(description="Name of the agreement, as reported")
    parties: list[Key] = Field(min_length=1, description="Entity keys of the parties")
    kind: Literal[
        "framework_agreement",
        "joint_statement",
        "memorandum_of_understanding",
        "trade_agreement",
        "unilateral_announcement",
        "executive_order",
        "law",
        "other",
    ] = Field(description="What kind of agreement or instrument it is")
    status: Literal[
        "under_negotiation",
        "procedural",
        "agreed_in_principle",
        "announced",
        "signed",
        "implemented",
        "suspended",
        "terminated",
    ] = Field(
        description="Its status when reported (procedural: the parties agreed only on how to go on, such as to "
        "hold talks from mid-May)"
    )
    terms: list[AgreementTerm] = Field(default_factory=list, description="Its terms, each a structured item")
    follows: EventId | None = Field(
        None, description="ID of the earlier report of the same agreement that this one follows up"
    )
    summary: Text = Field(description="The agreement in plain words")


TERM_ACCOUNTS = """
        SELECT t.agreement, t.key AS term, t.description AS term_as_recorded, s.id AS statement, s.speaker,
               s.speaker_description, s.attribution, s.text AS account
        FROM agreement_terms t JOIN statements s ON s.about_agreement = t.agreement AND s.about_term = t.key
        ORDER BY t.agreement, t.key, s.speaker, s.id
    """
# Each report of an agreement points at the first report of it, so its history reads in order.
ORIGINS = """
        WITH RECURSIVE chain(id, origin, depth) AS (
          SELECT id, id, 0 FROM agreements WHERE follows IS NULL OR follows NOT IN (SELECT id FROM agreements)
          UNION ALL
          SELECT a.id, chain.origin, chain.depth + 1 FROM agreements a JOIN chain ON a.follows = chain.id
          WHERE chain.depth < 1000
        )
        UPDATE agreements SET origin = (SELECT origin FROM chain WHERE chain.id = agreements.id)
        """
PAGE = """<blockquote class="kb-words">{{ page.body.summary }}</blockquote>
{% if part.terms %}
<section>
  <h2>Terms</h2>
  <table class="kb-table">
    <thead><tr><th>Term</th><th>Kind</th><th>In plain words</th><th>Figure</th><th>Committed by</th></tr></thead>
    <tbody>{% for t in part.terms %}
      <tr><td><code>{{ t.key }}</code></td><td>{{ t.kind|replace("_", " ") }}</td><td>{{ t.description }}{% if t.product_scope %} <span class="kb-muted">({{ t.product_scope }})</span>{% endif %}</td>
        <td class="kb-num">{% if t.rate %}{{ t.rate }} {{ t.rate_unit or "" }}{% elif t.amount %}{{ t.amount }} {{ t.currency or "" }}{% elif t.quantity %}{{ t.quantity }} {{ t.quantity_unit or "" }}{% endif %}{% if t.value_as_stated %}<br><span class="kb-muted">{{ t.value_as_stated }}</span>{% endif %}</td>
        <td>{% if t.committed_by %}{{ entity(t.committed_by) }}{% endif %}</td></tr>
    {% endfor %}</tbody>
  </table>
  {% if part.accounts %}
  <h3>What was said about its terms</h3>
  <ul class="kb-list">{% for a in part.accounts %}<li><code>{{ a.about_term or "—" }}</code> <strong>{% if a.speaker %}{{ entity(a.speaker) }}{% else %}{{ a.speaker_description }}{% endif %}</strong>: <a href="{{ event_url(a.id) }}">{{ a.text }}</a></li>{% endfor %}</ul>
  {% endif %}
</section>
{% endif %}
{% if part.followed_by %}
<section class="kb-alert kb-alert-info">
  <p>Later reports of this agreement:</p>
  <ul>{% for a in part.followed_by %}<li><a href="{{ event_url(a.id) }}">{{ a.title }}</a> — {{ a.status|replace("_", " ") }}, {{ a.occurred_at }}</li>{% endfor %}</ul>
</section>
{% endif %}"""  # noqa: E501


@register
class Agreement(ClaimKind):
    """What the parties agreed, with its terms."""

    type = "agreement"
    fields = AgreementFields
    order = 90
    table = "agreements"
    text_field = "summary"
    example = """kb add agreement --negotiation us-japan-tariff-talks-2025 --occurred-at 2025-07-22 \\
          --title "US–Japan trade agreement" --party japan --party united-states \\
          --kind unilateral_announcement --status announced --summary "Trump announced a deal with Japan" \\
          --term '{"key": "tariff", "kind": "tariff_rate", "description": "15% on Japanese goods", "rate": "15"}' \\
          --citation "ev-…:a 15% tariff on Japanese goods\""""
    entity_fields = ("negotiation", "parties.*", "terms.*.committed_by")
    claim_references = {"follows": "agreement"}
    tables = {
        "agreements": Table(
            {
                "id": str,
                "title": str,
                "kind": str,
                "status": str,
                "parties": str,
                "follows": str,
                "origin": str,
                "summary": str,
            },
            pk="id",
            foreign_keys=(("id", "claims", "id"), ("follows", "claims", "id"), ("origin", "claims", "id")),
            indexes=("kind", "status", "origin", "follows"),
            description="Agreements as reported; later reports of one agreement follow the earlier and share its "
            "origin",
            facets=("kind", "status"),
            described_by=(AgreementFields,),
            column_descriptions={
                "parties": "Entity keys of the parties (a JSON array)",
                "origin": "ID of the first report of this agreement: every later report that follows it shares it",
            },
        ),
        "agreement_parties": Table(
            {"agreement": str, "party": str},
            pk=("agreement", "party"),
            foreign_keys=(("agreement", "claims", "id"), entity("party")),
            indexes=("party",),
            description="The parties of each agreement",
            column_descriptions={"agreement": "ID of the agreement's event", "party": "Entity key of a party"},
        ),
        "agreement_terms": Table(
            {
                "id": str,
                "agreement": str,
                "key": str,
                "kind": str,
                "description": str,
                "product_scope": str,
                "hs_codes": str,
                "rate": str,
                "rate_unit": str,
                "amount": str,
                "currency": str,
                "quantity": str,
                "quantity_unit": str,
                "period": str,
                "committed_by": str,
                "value_as_stated": str,
                "value_qualifier": str,
            },
            pk="id",
            foreign_keys=(("agreement", "claims", "id"), entity("committed_by")),
            indexes=("agreement", "kind", "key"),
            label="description",
            description="The terms of each agreement: tariff rates, investment and purchase commitments, quotas",
            facets=("kind",),
            described_by=(AgreementTerm,),
            column_descriptions={
                "id": "ID of the agreement's event, # and the term's key",
                "agreement": "ID of the agreement's event",
                "hs_codes": "HS codes of the products, when given (a JSON array)",
            },
        ),
    }
    views = {
        "term_accounts": View(
            TERM_ACCOUNTS,
            "What each statement says about a term of an agreement, next to the term as recorded",
            columns_from=("statements",),
            column_descriptions={
                "agreement": "ID of the agreement's event",
                "term": "Key of the term within the agreement",
                "term_as_recorded": "The term in plain words, as the agreement records it",
                "statement": "ID of a statement that gives an account of the term",
                "account": "What the statement says about the term",
            },
        )
    }
    page_template = PAGE

    def actor(self, body: Row) -> str | None:
        return body["parties"][0]

    def own_rows(self, claim_id: str, body: Row) -> Rows:
        parties = list(dict.fromkeys(body["parties"]))
        yield "agreements", only(body, self.tables["agreements"], id=claim_id, parties=json_text(parties), origin=None)
        for party in parties:
            yield "agreement_parties", {"agreement": claim_id, "party": party}
        for term in body.get("terms", []):
            yield (
                "agreement_terms",
                only(
                    term,
                    self.tables["agreement_terms"],
                    id=f"{claim_id}#{term['key']}",
                    agreement=claim_id,
                    hs_codes=json_text(term.get("hs_codes", [])),
                ),
            )

    def finish(self, conn: Any) -> None:
        conn.execute(ORIGINS)

    def parts(self, event: Row, name: Name) -> tuple[str, str | None]:
        return f"{event['title']} ({words(event['status'])})", event["summary"]

    def authors(self, body: Row) -> list[Author]:
        return [Author(party) for party in body["parties"]]

    def how(self, body: Row, name: Name) -> list[str]:
        return [f"{words(body['kind'])}, {words(body['status'])}"]

    def what(self, body: Row, name: Name, quote: bool = True) -> str:
        terms = "; ".join(term["description"] for term in body.get("terms", []))
        return f"{body['title']}: {body['summary']}" + (f" (terms: {terms})" if terms else "")

    def page(self, conn: Any, claim_id: str, body: Row) -> tuple[dict[str, Any], set[str]]:
        terms = read_rows(conn, "SELECT * FROM agreement_terms WHERE agreement = ? ORDER BY rowid", [claim_id])
        accounts = read_rows(
            conn,
            """SELECT s.id, s.about_term, s.speaker, s.speaker_description, s.attribution, s.text FROM statements s
               WHERE s.about_agreement = ? ORDER BY s.about_term, s.id""",
            [claim_id],
        )
        followed_by = read_rows(
            conn,
            """SELECT a.id, a.title, a.status, c.occurred_at FROM agreements a JOIN claims c ON c.id = a.id
               WHERE a.follows = ? ORDER BY c.occurred_at, a.id""",
            [claim_id],
        )
        keys = {t["committed_by"] for t in terms if t["committed_by"]} | {
            a["speaker"] for a in accounts if a["speaker"]
        }
        return {"terms": terms, "accounts": accounts, "followed_by": followed_by}, keys

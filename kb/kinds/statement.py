"""Statements: who said what, and how the words reached the source."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from kb.model.claim import ClaimFields, ClaimKind
from kb.model.fields import EventId, Key, Line, Tag, Text
from kb.model.kind import Author, ModelClass, Name, Row, Table, entity, register
from kb.model.quotes import quoted_segments
from kb.model.reporting import passed_on

ATTRIBUTION_WORDS = {
    "direct_quote": "quoted",
    "partial_quote": "partly quoted",
    "paraphrase": "paraphrased",
    "reported": "reported",
}
# How a citation marks the attribution (a direct quote needs none: its quotation marks say it).
ATTRIBUTION_MARKS = {"partial_quote": "partial quote", "paraphrase": "paraphrase", "reported": "reported"}


class StatementFields(ClaimFields):
    type: Literal["statement"] = Field(description="Kind of event")
    speaker: Key | None = Field(None, description="Entity key of who said it, when named")
    speaker_description: Line | None = Field(
        None, description="Who said it, when not named: a Japanese government source, analysts"
    )
    attribution: Literal["direct_quote", "partial_quote", "paraphrase", "reported"] = Field(
        description="How the words reached the source: quoted in full, in part, paraphrased, or reported"
    )
    text: Text = Field(
        description="What was said: the exact words for a direct quote; for a partial quote, the quoted "
        'words within "double quotes"'
    )
    venue: Line | None = Field(None, description="Where it was said: told reporters, press conference")
    about_agreement: EventId | None = Field(
        None, description="ID of the agreement the statement gives an account of, when it does"
    )
    about_term: Tag | None = Field(None, description="Key of the agreement's term the statement gives an account of")

    @model_validator(mode="after")
    def _someone_said_it(self) -> StatementFields:
        if not self.speaker and not self.speaker_description:
            raise ValueError("a statement needs a speaker or a speaker_description")
        if self.attribution == "partial_quote" and not quoted_segments(self.text):
            raise ValueError(
                'a partial quote quotes something: put the words the source quotes in "double quotes" in text '
                "(or make it a paraphrase)"
            )
        return self


class StatementFieldsV1(StatementFields):
    via: Line | None = Field(  # type: ignore[assignment]
        None, description="Who passed it on, in words (version 1; read as via_description)"
    )


@register
class Statement(ClaimKind):
    """Who said what."""

    type = "statement"
    fields = StatementFields
    order = 40
    table = "statements"
    quotes = "t.attribution IN ('direct_quote', 'partial_quote')"
    text_field = "text"
    via_in_parts = True
    example = """kb add statement --negotiation us-japan-tariff-talks-2025 --occurred-at 2025-04-18 \\
          --speaker ishiba --attribution partial_quote --venue "told reporters" \\
          --text 'Ishiba wants to see "specific progress" in the talks' \\
          --citation 'ev-…:he wants to see "specific progress"'"""
    entity_fields = ("negotiation", "speaker")
    claim_references = {"about_agreement": "agreement"}
    tables = {
        "statements": Table(
            {
                "id": str,
                "speaker": str,
                "speaker_description": str,
                "attribution": str,
                "text": str,
                "venue": str,
                "quote_verified": str,
                "about_agreement": str,
                "about_term": str,
            },
            pk="id",
            foreign_keys=(("id", "claims", "id"), entity("speaker"), ("about_agreement", "claims", "id")),
            indexes=("speaker", "attribution", "about_agreement"),
            description="Who said what, and how the words reached the source",
            facets=("attribution", "speaker"),
            described_by=(StatementFields,),
            column_descriptions={
                "id": "ID of the statement's event",
                "quote_verified": "For a direct or partial quote: verified when the quoted words are in a cited "
                "source's snapshot, not_found when not",
            },
        )
    }
    problems = (
        (
            "dangling_term",
            "SELECT id, 'about_term ' || about_term || ' is not a term of ' || about_agreement FROM statements "
            "WHERE about_term IS NOT NULL "
            "AND about_agreement || '#' || about_term NOT IN (SELECT id FROM agreement_terms)",
        ),
    )
    page_template = '<blockquote class="kb-words">{{ page.body.text }}</blockquote>'

    def version_fields(self, version: int) -> ModelClass | None:
        return StatementFieldsV1 if version < 2 else None

    def upgrade(self, event: Row, version: int) -> Row:
        """Version 1 had ``via`` as free text: it is version 2's via_description (version 2's own
        ``via`` is an entity key, kept)."""
        if version < 2 and "via" in event:
            event["via_description"] = event.pop("via")
        return event

    def actor(self, body: Row) -> str | None:
        return body.get("speaker")

    def actor_description(self, body: Row) -> str | None:
        return body.get("speaker_description")

    def parts(self, event: Row, name: Name) -> tuple[str, str | None]:
        who = name(event["speaker"]) if event.get("speaker") else event["speaker_description"]
        text = event["text"]
        if event["attribution"] == "direct_quote":
            text = f"“{text}”"
        via = f" (via {passed_on(event, name)})" if passed_on(event, name) else ""
        venue = f", {event['venue']}" if event.get("venue") else ""
        return f"{who}{via}, {ATTRIBUTION_WORDS[event['attribution']]}{venue}", text

    def words_to_check(self, body: Row) -> list[tuple[str, str]]:
        if body.get("attribution") == "direct_quote":
            return [("the direct quote", body["text"])]
        if body.get("attribution") == "partial_quote":
            # Wrapped in quotation marks: the source itself must quote them (kb.model.quotes.found_in).
            return [("the quoted words", f'"{segment}"') for segment in quoted_segments(body["text"])]
        return []

    def authors(self, body: Row) -> list[Author]:
        if body.get("speaker"):
            return [Author(body["speaker"])]
        return [Author(None, body["speaker_description"])]

    def how(self, body: Row, name: Name) -> list[str]:
        """How the words came: partial quote; and, passed on by someone, "as reported by" them."""
        how = ATTRIBUTION_MARKS.get(body["attribution"], "")
        via = passed_on(body, name)
        if via:
            how = ", ".join(part for part in (how if how != "reported" else "", f"as reported by {via}") if part)
        return [how]

    def what(self, body: Row, name: Name, quote: bool = True) -> str:
        return f"“{body['text']}”" if quote and body["attribution"] == "direct_quote" else body["text"]

    def csl_marks(self, body: Row, how: str) -> tuple[list[str], str]:
        """The attribution goes before the words, so that no style can make a paraphrase look
        like a quote; a direct quote says so in the genre, with the venue."""
        genre = ", ".join(
            part
            for part in ("Direct quote" if body["attribution"] == "direct_quote" else "", body.get("venue"))
            if part
        )
        return ([how] if how else []), genre

    def csl_quoted(self, body: Row) -> bool:
        return body["attribution"] == "direct_quote"

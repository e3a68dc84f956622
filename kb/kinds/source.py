"""Sources: an article, official page, transcript or data release, and its text's hash."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from kb.model.fields import Language, Line, Model, PartialDate, Sha256, Url
from kb.model.kind import EventKind, Name, Row, Rows, Table, json_text, only, register, sort_key, sort_key_description


class SourceFields(Model):
    type: Literal["source"] = Field(description="Kind of event")
    kind: Literal["article", "official_page", "press_release", "transcript", "data_release", "other"] = Field(
        description="What the source is"
    )
    publisher: Line = Field(description="Who published it (a news agency, a ministry)")
    title: Line = Field(description="Its title or headline")
    url: Url | None = Field(None, description="Where it was published")
    published_at: PartialDate = Field(description="When it was published (ISO 8601, as precise as known)")
    language: Language = Field("en", description="Language of the text (BCP 47 code)")
    authors: list[Line] = Field(default_factory=list, description="Authors named by the source")
    text_sha256: Sha256 | None = Field(
        None, description="SHA-256 of the source's text snapshot, stored as snapshots/<sha256>.txt"
    )
    rights: Line | None = Field(None, description="Copyright holder and terms of the text")
    retrieved_at: PartialDate | None = Field(
        None, description='When it was retrieved, as read for its text (ISO 8601; Wikidata\'s "retrieved", P813)'
    )
    archive_url: Url | None = Field(
        None, description='Where an archived copy of it is kept (Wikidata\'s "archive URL", P1065)'
    )
    other_text_sha256s: list[Sha256] = Field(
        default_factory=list,
        description="SHA-256s of further texts of the source (another capture of the same page), each stored as "
        "snapshots/<sha256>.txt: an excerpt may be in any of its texts",
    )


def texts_of(source: Row) -> list[str]:
    """The SHA-256s of every text of a source: its text_sha256, then its further ones."""
    return [*([source["text_sha256"]] if source.get("text_sha256") else []), *source.get("other_text_sha256s", [])]


@register
class Source(EventKind):
    """An article, official page, transcript or data release."""

    type = "source"
    fields = SourceFields
    order = 10
    schema_version = 2
    added_in = {2: ("other_text_sha256s",)}  # its further texts
    example = """kb add source --kind article --publisher "Kyodo News" \\
          --title "Ishiba wants specific progress in tariff talks" \\
          --published-at 2025-04-18 --text-file article.txt"""
    tables = {
        "sources": Table(
            {
                "id": str,
                "kind": str,
                "publisher": str,
                "title": str,
                "url": str,
                "published_at": str,
                "language": str,
                "authors": str,
                "text_sha256": str,
                "rights": str,
                "other_text_sha256s": str,
                "retrieved_at": str,
                "archive_url": str,
                "snapshot_held": int,
                "sort_key": str,
            },
            pk="id",
            foreign_keys=(("id", "events", "id"),),
            indexes=("publisher", "kind", "published_at", "sort_key"),
            fts=("title", "publisher"),
            label="title",
            description="Articles, official pages, transcripts and data releases that claims cite",
            facets=("kind", "publisher"),
            sort_desc="sort_key",
            described_by=(SourceFields,),
            column_descriptions={
                "sort_key": sort_key_description("published_at"),
                "authors": "Authors named by the source (a JSON array)",
                "other_text_sha256s": "SHA-256s of its further texts (a JSON array)",
                "snapshot_held": "1 when this knowledge base holds the text snapshot, so excerpts can be checked "
                "against it",
            },
        )
    }

    def rows(self, event: Row) -> Rows:
        yield (
            "sources",
            only(
                event,
                self.tables["sources"],
                authors=json_text(event.get("authors", [])),
                other_text_sha256s=json_text(event.get("other_text_sha256s", [])),
                snapshot_held=0,
                sort_key=sort_key(event.get("published_at"), event["id"]),
            ),
        )

    def parts(self, event: Row, name: Name) -> tuple[str, str | None]:
        return f"{event['title']} — {event['publisher']}, {event['published_at']}", None

"""CSL-JSON items: the parts shared by claims and sources, and a source's item."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kb.dates import date_parts
from kb.names import person_name

# How each kind of source is typed in CSL (a claim's type is its kind's ``csl_type``).
SOURCE_TYPES = {
    "article": "article-newspaper",
    "official_page": "webpage",
    "press_release": "report",
    "transcript": "report",
    "data_release": "dataset",
    "other": "document",
}
SOURCE_GENRES = {"press_release": "Press release", "transcript": "Transcript"}


def archive(item: dict[str, Any], event_id: str, name: str | None) -> None:
    """The knowledge base is the archive, the event its location there."""
    item["archive_location"] = f"event {event_id}"
    if name:
        item["archive"] = name


def note(event_id: str, status: Sequence[str]) -> str:
    return "; ".join([f"kb event {event_id}", *status]) if status else f"kb event {event_id}"


def source_item(source: dict[str, Any], archive_name: str | None) -> dict[str, Any]:
    kind = source["kind"]
    item: dict[str, Any] = {"id": source["id"], "type": SOURCE_TYPES.get(kind, "document"), "title": source["title"]}
    item["author"] = [person_name(name) for name in source["authors"]] or [{"literal": source["publisher"]}]
    parts = date_parts(source["published_at"])
    if parts:
        item["issued"] = {"date-parts": [parts]}
    if item["type"] in ("article-newspaper", "webpage"):
        item["container-title"] = source["publisher"]
    item["publisher"] = source["publisher"]
    if kind in SOURCE_GENRES:
        item["genre"] = SOURCE_GENRES[kind]
    if source.get("url"):
        item["URL"] = source["url"]
    if source.get("language"):
        item["language"] = source["language"]
    archive(item, source["id"], archive_name)
    item["note"] = note(source["id"], [])
    return item

"""CSL-JSON items: the parts shared by claims and sources, a claim's item and a source's item.

Chosen against the CSL 1.0.2 specification, Zotero's CSL mapping (zotero-schema) and how
pandoc and citeproc-py render the items in Chicago author-date and notes-bibliography, APA 7,
MLA 9 and Harvard (docs/citing.md shows the results):

- A claim is a ``report`` (Zotero: Report), the only type whose publisher, container and genre
  all five styles print. A claim has no title: its words are its ``genre`` (Zotero: Report
  Type), after how they came ("Paraphrase: …", "Direct quote, told reporters: “…”"), which every
  one of those styles prints as it is, never in quotation marks of its own: a direct quote
  keeps the marks it was recorded with, once (a quote as a title got the style's marks around
  its own in Chicago and MLA, “‘…’.”, and none in APA and Harvard), and a paraphrase shows none.
  The source's headline is its ``container-title``.
- Without the site's address (no permalink for ``URL``), the event ID ends the genre: Harvard
  prints no archive location.
- Zotero keeps in its item only the fields its type has: Report has no publication title,
  meeting or status, Web Page no archive. The item's note (Zotero: Extra) repeats those
  variables (``ZOTERO_LACKS``) as Zotero reads CSL variables there (``event-date: 2025-04-18``),
  so Zotero's CSL JSON import loses none of them. The article's reporters are not the
  claim's ``container-author``, which Zotero's CSL JSON import makes an author of the claim:
  they are the authors of the source's own item.
- Titles and headlines are kept as written (``<span class="nocase">``): styles do not
  title-case "von der Leyen".
- In ``kb bib``, each claim's item goes with its source's own item, which carries the
  article's title, publisher, date, URL and authors into any reference manager.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from kb.cite import prose
from kb.cite.names import person_name
from kb.model.dates import date_parts

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


@dataclass
class Words:
    """A claim's words and what is said of them."""

    text: str  # a direct quote with its quotation marks
    quoted: bool  # whether they are a direct quote (the item's title)
    marks: list[str]  # how they came: partial quote, paraphrase through …
    genre: str  # what the claim is: told reporters; meeting in Washington
    status: str  # active, corrected or retracted
    event: str | None = None  # "event ev-…", where no permalink names it

    def label(self) -> str:
        parts = [*self.marks, self.genre]
        if self.status != "active":
            parts.append(self.status)
        parts.append(self.event or "")
        return prose.capitalise(", ".join(dict.fromkeys(part for part in parts if part)))


def nocase(text: str) -> str:
    """Text that styles print as written, not title-cased (CSL's rich-text markup). Not
    entity-escaped: CSL processors do not decode entities (pandoc would print "&amp;")."""
    return f'<span class="nocase">{text}</span>'


# A full stop, comma, colon or semicolon that ends a quote, inside its closing mark, but not
# the stop of an initial or abbreviation ("the U.S."): the style puts its own punctuation after
# the title, which would double it ("predictability.,’”").
_CLOSING_STOP = re.compile(r"(?<![A-Z])[.,;:](?=[”’\"']?$)")


def without_closing_stop(text: str) -> str:
    return _CLOSING_STOP.sub("", text)


_NOCASE = re.compile(r'^<span class="nocase">(.*)</span>$', re.S)


def plain(text: str) -> str:
    """CSL rich text as plain text."""
    return _NOCASE.sub(r"\1", text)


def claim_item(
    claim_id: str,
    csl_type: str,
    words: Words,
    authors: list[dict[str, str]],
    occurred_at: str,
    source: dict[str, Any] | None,
) -> dict[str, Any]:
    """A claim's CSL item, without its archive and note."""
    item: dict[str, Any] = {"id": claim_id, "citation-key": claim_id}
    label = words.label()
    item["type"] = csl_type
    text = without_closing_stop(words.text) if words.quoted else words.text
    item["genre"] = f"{label}: {text}" if label else prose.capitalise(text)
    if authors:
        item["author"] = authors
    parts = date_parts(occurred_at)
    if parts:
        item["issued"] = {"date-parts": [parts]}
    if words.status != "active":
        item["status"] = words.status
    if source:
        item["container-title"] = nocase(source["title"])
        item["publisher"] = source["publisher"]
        for field, key in (("URL", "url"), ("language", "language")):
            if source.get(key):
                item[field] = source[key]
    return item


# The variables kb writes that Zotero's item type for a CSL type has no field for (zotero-schema).
ZOTERO_LACKS = {
    "report": ("container-title", "event-title", "event-date", "status"),
    "webpage": ("archive", "archive_location", "status"),
}


def zotero_extra(item: dict[str, Any]) -> list[str]:
    """Lines of the note that Zotero reads as CSL variables it has no field for."""
    lines = []
    for name in ZOTERO_LACKS.get(item["type"], ()):
        value = item.get(name)
        if isinstance(value, dict):  # a date
            value = "-".join(f"{part:02d}" if n else str(part) for n, part in enumerate(value["date-parts"][0]))
        if value:
            lines.append(f"{name}: {plain(value)}")
    return lines


def archive(item: dict[str, Any], event_id: str | None, name: str | None) -> None:
    """The knowledge base is the archive, the event its location there (none when the genre
    names the event already)."""
    if event_id:
        item["archive_location"] = f"event {event_id}"
    if name:
        item["archive"] = name


def also_reported(sources: Sequence[dict[str, Any]], container: dict[str, Any] | None) -> list[str]:
    """The note's line naming a claim's further sources: an item has one container-title."""
    further = [f"{s['publisher']}, {s['title']}" for s in sources if s is not container and s.get("title") is not None]
    return [f"also reported by {'; '.join(further)}"] if further else []


def note(event_id: str, status: Sequence[str]) -> str:
    return "; ".join([f"kb event {event_id}", *status]) if status else f"kb event {event_id}"


def source_item(source: dict[str, Any], archive_name: str | None) -> dict[str, Any]:
    kind = source["kind"]
    item: dict[str, Any] = {"id": source["id"], "citation-key": source["id"]}
    item["type"] = SOURCE_TYPES.get(kind, "document")
    item["title"] = nocase(source["title"])
    item["author"] = [person_name(name) for name in source["authors"]] or [{"literal": source["publisher"]}]
    parts = date_parts(source["published_at"])
    if parts:
        item["issued"] = {"date-parts": [parts]}
    if item["type"] in ("article-newspaper", "webpage"):
        item["container-title"] = nocase(source["publisher"])
    item["publisher"] = source["publisher"]
    if kind in SOURCE_GENRES:
        item["genre"] = SOURCE_GENRES[kind]
    if source.get("url"):
        item["URL"] = source["url"]
    if source.get("language"):
        item["language"] = source["language"]
    retrieved = date_parts(source.get("retrieved_at") or "")
    if retrieved:
        item["accessed"] = {"date-parts": [retrieved]}
    archive(item, source["id"], archive_name)
    copy = [f"archived copy: {source['archive_url']}"] if source.get("archive_url") else []
    item["note"] = "\n".join([note(source["id"], copy), *zotero_extra(item)])
    return item

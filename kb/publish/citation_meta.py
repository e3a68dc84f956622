"""What reference managers read in an event page's head, made from the event's CSL item (the
one `kb cite` prints): Highwire Press ``citation_*`` meta tags (Zotero's Embedded Metadata
translator, Google Scholar) and schema.org JSON-LD — a ``Quotation`` for a direct quote, a
``Claim`` for any other claim, with its source as ``isBasedOn``; a source is a
``NewsArticle`` (an article) or a ``CreativeWork``.

What Zotero's Embedded Metadata translator keeps (tests/test_zotero_import.py runs it):
- ``z:itemType`` gives Zotero's item type (a claim a Report, an article a Newspaper Article, an
  official page a Web Page); ``citation_journal_title`` would make any source a Journal Article,
  so an article's paper is ``prism.publicationName``.
- ``citation_author`` is a person, "Family, Given" (particles kept with the family name);
  Zotero splits any name there into a person's, so an organisation is not one: it is an
  ``author:`` line of the Extra field, where Zotero reads a name without ``||`` as one literal
  name when it cites.
- ``DC.description`` becomes Zotero's Extra (with ``z:itemType``): the CSL item's note, which
  holds the event ID and what the type has no field for — a claim's source headline
  (``container-title:``), its address, a meeting's date; ``DC.coverage`` is the archive
  location (the event). A source's page gives the source's own address
  (``citation_public_url``).

The template writes the tags through Jinja's autoescaping and the JSON-LD through ``|tojson``,
which escapes ``<``, ``>``, ``&`` and ``'``, so no text of an event can end the script element.
"""

from __future__ import annotations

from typing import Any

from kb.cite.csl import plain


def _date(item: dict[str, Any], name: str = "issued", sep: str = "-") -> str | None:
    parts = item.get(name, {}).get("date-parts", [[]])[0]
    return sep.join(f"{part:02d}" if n else str(part) for n, part in enumerate(parts)) or None


def _name(name: dict[str, str]) -> str:
    return name.get("literal") or " ".join(part for part in (name.get("given"), name.get("family")) if part)


def _words(item: dict[str, Any]) -> str:
    return plain(item.get("title") or item.get("genre") or "")


# Zotero's item type for each CSL type kb writes (zotero-schema's CSL mapping).
ZOTERO_TYPES = {
    "report": "report",
    "article-newspaper": "newspaperArticle",
    "webpage": "webpage",
    "dataset": "dataset",
    "document": "document",
}


def _highwire_name(name: dict[str, str]) -> str:
    family = " ".join(part for part in (name.get("non-dropping-particle"), name.get("family")) if part)
    return f"{family}, {name['given']}" if name.get("given") else family


def highwire(item: dict[str, Any], source: dict[str, Any] | None) -> list[tuple[str, str]]:
    """The meta tags, as (name, content)."""
    tags = [("z:itemType", ZOTERO_TYPES.get(item["type"], "document")), ("citation_title", _words(item))]
    people = [name for name in item.get("author", []) if "family" in name]
    tags += [("citation_author", _highwire_name(name)) for name in people]
    date = _date(item, sep="/")
    if date:
        tags.append(("citation_date", date))
    if item["type"] == "report" and item.get("publisher"):
        tags.append(("citation_technical_report_institution", item["publisher"]))
    elif item.get("container-title"):
        tags.append(("prism.publicationName", plain(item["container-title"])))
    if item.get("publisher"):
        tags.append(("citation_publisher", item["publisher"]))
    if item.get("language"):
        tags.append(("citation_language", item["language"]))
    if source is None and item.get("URL"):  # a source's page: the source's own address
        tags.append(("citation_public_url", item["URL"]))
    extra = [item.get("note", "")]
    if source and source.get("URL") and source["URL"] not in extra[0]:  # a claim's source's address
        extra.append(f"source URL: {source['URL']}")
    extra += [f"author: {name['literal']}" for name in item.get("author", []) if "literal" in name]
    tags.append(("DC.description", "\n".join(extra).strip()))
    if item.get("archive_location"):
        tags.append(("DC.coverage", item["archive_location"]))
    return [(name, content) for name, content in tags if content]


def _person_or_organisation(name: dict[str, str]) -> dict[str, str]:
    return {"@type": "Person" if "family" in name else "Organization", "name": _name(name)}


def json_ld(item: dict[str, Any], source: dict[str, Any] | None, words: tuple[str, bool] | None) -> dict[str, Any]:
    """The schema.org description of a claim (Quotation or Claim), given its words and whether
    they are a direct quote, or of a source (no words)."""
    if words is None:
        return _source_ld(item)
    text, quoted = words
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Quotation" if quoted else "Claim",
        "identifier": item["id"],
        "text": text if quoted else _words(item),
        "author": [_person_or_organisation(name) for name in item.get("author", [])],
    }
    if _date(item):
        data["dateCreated"] = _date(item)
    if item.get("status"):
        data["creativeWorkStatus"] = item["status"]
    if source:
        data["isBasedOn"] = _source_ld(source)
    return data


def _source_ld(source: dict[str, Any]) -> dict[str, Any]:
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle" if source["type"] == "article-newspaper" else "CreativeWork",
        "identifier": source["id"],
        "headline": plain(source["title"]),
        "publisher": {"@type": "Organization", "name": source["publisher"]},
        "author": [_person_or_organisation(name) for name in source.get("author", [])],
    }
    if _date(source):
        data["datePublished"] = _date(source)
    if source.get("URL"):
        data["url"] = source["URL"]
    if source.get("language"):
        data["inLanguage"] = source["language"]
    return data

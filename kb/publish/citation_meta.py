"""What reference managers read in an event page's head, made from the event's CSL item (the
one `kb cite` prints): Highwire Press ``citation_*`` meta tags (Zotero's Embedded Metadata
translator, Google Scholar) and schema.org JSON-LD — a ``Quotation`` for a direct quote, a
``Claim`` for any other claim, with its source as ``isBasedOn``; a source is a
``NewsArticle`` (an article) or a ``CreativeWork``.

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


def highwire(item: dict[str, Any], source: dict[str, Any] | None) -> list[tuple[str, str]]:
    """The citation_* meta tags, as (name, content)."""
    tags = [("citation_title", _words(item))]
    tags += [("citation_author", _name(author)) for author in item.get("author", [])]
    date = _date(item, sep="/")
    if date:
        tags.append(("citation_date", date))
    if item["type"] == "report" and item.get("publisher"):
        tags.append(("citation_technical_report_institution", item["publisher"]))
    elif item.get("container-title"):
        tags.append(("citation_journal_title", plain(item["container-title"])))
    if item.get("publisher"):
        tags.append(("citation_publisher", item["publisher"]))
    if item.get("language"):
        tags.append(("citation_language", item["language"]))
    if source and source.get("url"):
        tags.append(("citation_public_url", source["url"]))
    return [(name, content) for name, content in tags if content]


def _person_or_organisation(name: dict[str, str]) -> dict[str, str]:
    return {"@type": "Person" if "family" in name else "Organization", "name": _name(name)}


def json_ld(item: dict[str, Any], source: dict[str, Any] | None, claim: bool) -> dict[str, Any]:
    """The schema.org description of a claim (Quotation or Claim) or of a source."""
    if not claim:
        return _source_ld(item)
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Quotation" if item.get("title") else "Claim",
        "identifier": item["id"],
        "text": _words(item),
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

"""BibTeX entries of claims and sources, made from their CSL-JSON items."""

from __future__ import annotations

import re
from typing import Any

from kb.dates import MONTHS, date_parts


def claim_entry(item: dict[str, Any], occurred_at: str) -> str:
    """A claim's entry (@misc), whose key is the event ID."""
    published = [item.get("genre")]
    if "container-title" in item:
        published.append(f"In: {item['publisher']}, ``{item['container-title']}''")
    fields = {
        "author": _bib_names(item.get("author", [])),
        "title": "{" + _bib_escape(item["title"]) + "}",
        "howpublished": _bib_escape(". ".join(part for part in published if part)),
    }
    return _bib_entry("misc", item["id"], fields | _bib_date(occurred_at) | _bib_rest(item))


def source_entry(item: dict[str, Any], source: dict[str, Any]) -> str:
    """A source's entry: @article for an article, @misc otherwise."""
    fields = {"author": _bib_names(item["author"]), "title": _bib_escape(source["title"])}
    if source["kind"] == "article":
        entry = "article"
        fields["journal"] = _bib_escape(source["publisher"])
    else:
        entry = "misc"
        fields["publisher"] = _bib_escape(source["publisher"])
        fields["howpublished"] = _bib_escape(source["kind"].replace("_", " "))
    return _bib_entry(entry, source["id"], fields | _bib_date(source["published_at"]) | _bib_rest(item))


_BIB_SPECIAL = re.compile(r"([\\{}%&$#_^~])")
_BIB_REPLACE = {"\\": r"\textbackslash{}", "^": r"\^{}", "~": r"\~{}"}


def _bib_escape(text: str) -> str:
    return _BIB_SPECIAL.sub(lambda m: _BIB_REPLACE.get(m.group(1), "\\" + m.group(1)), text)


def _bib_names(names: list[dict[str, str]]) -> str:
    written = []
    for name in names:
        if "literal" in name:
            written.append("{" + _bib_escape(name["literal"]) + "}")
        else:
            family = _bib_escape(name["family"])
            given = _bib_escape(name.get("given", ""))
            written.append(
                f"{family}, {_bib_escape(name['suffix'])}, {given}" if "suffix" in name else f"{family}, {given}"
            )
    return " and ".join(written)


def _bib_date(value: str) -> dict[str, str]:
    parts = date_parts(value)
    fields = {"year": str(parts[0])} if parts else {}
    if len(parts) > 1:
        fields["month"] = MONTHS[parts[1] - 1][:3].lower()  # a BibTeX macro, written without braces
    if parts:
        fields["date"] = value[:10]
    return fields


def _bib_rest(item: dict[str, Any]) -> dict[str, str]:
    fields = {}
    if item.get("URL"):
        fields["url"] = item["URL"]
    if item.get("language"):
        fields["language"] = item["language"]
    fields["note"] = _bib_escape(item["note"])
    return fields


def _bib_entry(entry: str, key: str, fields: dict[str, str]) -> str:
    width = max(len(name) for name in fields)
    lines = [
        f"  {name.ljust(width)} = {value if name == 'month' else '{' + value + '}'},"
        for name, value in fields.items()
        if value
    ]
    return f"@{entry}{{{key},\n" + "\n".join(lines) + "\n}"

"""biblatex entries of claims and sources, made from their CSL-JSON items, written with
bibtexparser (v2).

biblatex throughout (``date``, ``langid``, ``institution``, ``type``, ``titleaddon``,
``urldate``, ``pubstate``; no BibTeX ``year``/``month``/``howpublished``/``journal``): a
claim is a ``@report`` like its CSL item, a source an ``@article`` or
``@online``/``@report``/``@dataset``/``@misc`` like its CSL type.

A claim's words, and every publisher and institution, are braced whole: biblatex styles would
otherwise recase them ("FY2024" as "Fy2024"), and biblatex reads ``institution`` and
``publisher`` as lists, splitting "Ministry of Economy, Trade and Industry" at its "and".
A name's particle goes before its family name (``von der Leyen, Ursula``).
"""

from __future__ import annotations

import re
from typing import Any

import bibtexparser
from bibtexparser.model import Entry, Field

_ENTRY_TYPES = {"article-newspaper": "article", "webpage": "online", "report": "report", "dataset": "dataset"}
_NOCASE = re.compile(r'^<span class="nocase">(.*)</span>$', re.S)


def claim_entry(item: dict[str, Any], occurred_at: str) -> str:
    """A claim's entry (@report), whose key is the event ID."""
    fields = {
        "author": _bib_names(item.get("author", [])),
        "title": _braced(item.get("title") or item["genre"]),
        "type": _braced(item["genre"]) if item.get("title") and item.get("genre") else "",
        "titleaddon": "In: " + _bib_text(item["container-title"]) if item.get("container-title") else "",
        "institution": _braced(item.get("publisher", "")),
        "date": occurred_at[:10],
    }
    return _bib_entry("report", item["id"], fields | _bib_rest(item))


def source_entry(item: dict[str, Any], source: dict[str, Any]) -> str:
    """A source's entry: @article for an article, else as its CSL type."""
    entry = _ENTRY_TYPES.get(item["type"], "misc")
    fields = {"author": _bib_names(item["author"]), "title": _bib_text(item["title"])}
    if entry == "article":
        fields["journaltitle"] = _braced(source["publisher"])
    else:
        fields["institution" if entry == "report" else "publisher"] = _braced(source["publisher"])
        fields["type"] = _bib_text(item.get("genre", ""))
    fields["date"] = source["published_at"][:10]
    return _bib_entry(entry, source["id"], fields | _bib_rest(item))


_BIB_SPECIAL = re.compile(r"([\\{}%&$#_^~])")
_BIB_REPLACE = {"\\": r"\textbackslash{}", "^": r"\^{}", "~": r"\~{}"}


def _bib_escape(text: str) -> str:
    return _BIB_SPECIAL.sub(lambda m: _BIB_REPLACE.get(m.group(1), "\\" + m.group(1)), text)


def _bib_text(text: str) -> str:
    """CSL text as biblatex text: what CSL keeps as written is braced, so no style recases it."""
    parts = _NOCASE.split(text)  # odd parts were within nocase spans
    return "".join(
        "{" + _bib_escape(part) + "}" if n % 2 else _bib_escape(part) for n, part in enumerate(parts) if part
    )


def _braced(text: str) -> str:
    """Text biblatex keeps as written, whole: one brace group (nothing if empty)."""
    plain = _NOCASE.sub(r"\1", text)
    return "{" + _bib_escape(plain) + "}" if plain else ""


def _bib_names(names: list[dict[str, str]]) -> str:
    written = []
    for name in names:
        if "literal" in name:
            written.append("{" + _bib_escape(name["literal"]) + "}")
        else:
            family = _bib_escape(" ".join(part for part in (name.get("non-dropping-particle"), name["family"]) if part))
            given = _bib_escape(name.get("given", ""))
            written.append(
                f"{family}, {_bib_escape(name['suffix'])}, {given}" if "suffix" in name else f"{family}, {given}"
            )
    return " and ".join(written)


def _bib_rest(item: dict[str, Any]) -> dict[str, str]:
    fields = {}
    if item.get("URL"):
        fields["url"] = item["URL"]
    if item.get("accessed"):
        fields["urldate"] = "-".join(f"{part:02d}" for part in item["accessed"]["date-parts"][0])
    if item.get("language"):
        fields["langid"] = item["language"]
    if item.get("status"):
        fields["pubstate"] = item["status"]
    fields["note"] = _bib_escape(item["note"].split("\n")[0])
    return fields


def _bib_entry(entry: str, key: str, fields: dict[str, str]) -> str:
    """The entry written by bibtexparser, the values aligned; the values are already escaped."""
    library = bibtexparser.Library()
    library.add(Entry(entry, key, [Field(name, value) for name, value in fields.items() if value]))
    layout = bibtexparser.BibtexFormat()
    layout.indent = "  "
    layout.value_column = "auto"
    layout.trailing_comma = True
    return bibtexparser.write_string(library, bibtex_format=layout).strip()

"""What reporters keep, read as a source: a saved web page (trafilatura, which finds the
article's text and its metadata) or a PDF (pypdf, its text layer and document information).

Each gives the text a snapshot stores and the source's fields it found: title, publisher,
authors, url, published_at, language, rights. A field is taken only when it is plausibly
what it names (a PDF's "title" 10811.exe is a file's name, its "author" e516160 an account);
the caller lets the options a person gave win over every one. The libraries are imported here,
when a page or a PDF is read, never when kb starts.

A file is read as snapshots are (kb.events.safefile: a regular file, no link, no FIFO, within a
bound) and refused, with what to do instead, when it is not what its option says, cannot be
parsed, is encrypted, or has no text layer (a scan).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kb.errors import KbError
from kb.events.safefile import NotARegularFile, display, open_regular, read_regular
from kb.model.fields import CONTROL_CHARACTERS, MAX_LINE

# A saved page with its images inline, a government report: larger than a text, still bounded.
MAX_DOCUMENT_BYTES = 50 * 1024 * 1024
_HTML_START = re.compile(rb"<(?:!doctype\s+html|html|head|body|meta|title)[\s>/]", re.IGNORECASE)
_CONTROL = re.compile(f"[{CONTROL_CHARACTERS}]")
_URL = re.compile(r"^https?://[^\s\x00-\x1f\x7f]+$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")
_TEXT_INSTEAD = "give the source's text with --text-file instead"


@dataclass(frozen=True)
class Extracted:
    """A document's text and the source fields found in it."""

    text: str
    fields: dict[str, Any] = field(default_factory=dict)


def _read(path: Path, what: str) -> bytes:
    """The bytes of a regular file within the bound; a larger one is refused before a byte is read."""
    try:
        fd, info = open_regular(path)
        os.close(fd)
        data, _ = read_regular(path, MAX_DOCUMENT_BYTES) if info.st_size <= MAX_DOCUMENT_BYTES else (b"", info)
    except NotARegularFile as error:
        raise KbError(f"{display(str(path))}: {error}") from None
    except OSError as error:
        raise KbError(f"{display(str(path))}: cannot read it: {error.strerror or error}") from None
    if info.st_size > MAX_DOCUMENT_BYTES or len(data) > MAX_DOCUMENT_BYTES:
        raise KbError(
            f"{display(str(path))}: larger than {MAX_DOCUMENT_BYTES // (1024 * 1024)} MB — too large for {what}: "
            f"{_TEXT_INSTEAD}"
        )
    return data


def _is_pdf(data: bytes) -> bool:
    return b"%PDF-" in data[:1024]  # a PDF's header may follow up to 1,024 bytes of anything


def _is_html(data: bytes) -> bool:
    return bool(_HTML_START.search(data[: 64 * 1024]))


def _line(value: Any) -> str | None:
    """A metadata value as one line of text (white space collapsed, control characters dropped,
    NFC), or None when nothing is left or it is longer than a field's line."""
    if not isinstance(value, str):
        return None
    text = " ".join(_CONTROL.sub(" ", unicodedata.normalize("NFC", value)).split())
    return text if text and len(text) <= MAX_LINE else None


def _named(value: Any) -> str | None:
    """A title or a person's name, as a line: of two words at least, since one word alone in
    document metadata is a file's or an account's name (10811.exe, 905_Precinct_NoOU, e516160)."""
    text = _line(value)
    return text if text and " " in text else None


def _url(value: Any) -> str | None:
    text = _line(value)
    return text if text and len(text) <= 2000 and _URL.match(text) else None


def _language(value: Any) -> str | None:
    """A BCP 47 code from a page's lang attribute or a PDF's /Lang (en-US, en_us, EN)."""
    text = _line(value)
    if not text:
        return None
    primary, _, rest = text.replace("_", "-").partition("-")
    code = f"{primary.lower()}-{rest}" if rest else primary.lower()
    return code if len(code) <= 35 and _LANGUAGE.match(code) else None


def _text(text: str) -> str:
    """Extracted text as a snapshot holds it: page breaks as blank lines, no other control
    character (an extraction's artefacts, which no quote could ever hold), NFC."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
    return unicodedata.normalize("NFC", _CONTROL.sub("", lines))


def _kept(fields: dict[str, Any]) -> dict[str, Any]:
    return {name: value for name, value in fields.items() if value not in (None, [], "")}


def from_html(path: Path) -> Extracted:
    """The article of a saved web page and its metadata (trafilatura)."""
    where = display(str(path))
    data = _read(path, "a web page")
    if _is_pdf(data):
        raise KbError(f"{where}: a PDF, not a web page — use --pdf-file")
    if not _is_html(data):
        raise KbError(f"{where}: not an HTML page (no <html>, <head> or <body> in it) — {_TEXT_INSTEAD}")
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)  # its notes are for crawlers, not for kb's user
    import trafilatura

    try:
        tree = trafilatura.load_html(data)
        document = trafilatura.bare_extraction(tree, with_metadata=True, include_comments=False)
        found = document.as_dict() if document is not None and not isinstance(document, dict) else document
    except Exception as error:  # a parser on a hostile file may raise anything: none is kb's fault
        raise KbError(f"{where}: cannot be read as a web page ({error or type(error).__name__})") from None
    if tree is None or not isinstance(found, dict) or not _text(found.get("text") or "").strip():
        raise KbError(f"{where}: no article text found in the page — {_TEXT_INSTEAD}")
    try:
        day: dt.date | None = dt.date.fromisoformat(found.get("date") or "")
    except ValueError:
        day = None
    return Extracted(
        _headed(_text(found["text"]), _headline(tree)),
        _kept(
            {
                "title": _line(found.get("title")),
                "publisher": _line(found.get("sitename")) or _line(found.get("hostname")),
                "authors": [name for name in map(_line, (found.get("author") or "").split(";")) if name],
                "url": _url(found.get("url")),
                "published_at": day.isoformat() if day else None,
                "language": _language(tree.get("lang")),
                "rights": _line(found.get("license")),
            }
        ),
    )


MAX_HEADLINE = 300  # characters: a longer heading is no headline


def _headline(tree: Any) -> str | None:
    """The page's headline: its first <h1> of three words or more (a shorter one is a site's name)."""
    for heading in tree.xpath("//h1")[:5]:
        words = _line(heading.text_content())
        if words and len(words.split()) >= 3 and len(words) <= MAX_HEADLINE:
            return words
    return None


def _headed(text: str, headline: str | None) -> str:
    """The article's text under its headline, which trafilatura keeps apart as the title: a story's first line, and
    the words its draft may cite."""
    if headline is None or " ".join(text[: len(headline) * 2].split()).startswith(headline):
        return text
    return f"{headline}\n\n{text}"


def from_pdf(path: Path, max_text: int) -> Extracted:
    """The text layer of a PDF and its document information (pypdf), up to ``max_text`` characters."""
    where = display(str(path))
    data = _read(path, "a PDF")
    if not _is_pdf(data):
        hint = "use --html-file" if _is_html(data) else _TEXT_INSTEAD
        raise KbError(f"{where}: not a PDF (no %PDF- header) — {hint}")
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)  # it notes every repair it makes, on stderr
    import io

    import pypdf

    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):  # an owner's password alone locks nothing away
            raise KbError(
                f"{where}: encrypted with a password — save an unencrypted copy (qpdf --decrypt) or {_TEXT_INSTEAD}"
            )
        pages = []
        size = 0
        for page in reader.pages:
            pages.append(page.extract_text() or "")
            size += len(pages[-1])
            if size > max_text:
                raise KbError(f"{where}: its text is longer than {max_text} characters — {_TEXT_INSTEAD}")
        info = reader.metadata
        fields = _pdf_fields(info, reader) if info is not None else {}
    except KbError:
        raise
    except Exception as error:  # as for a web page: pypdf on a damaged file may raise anything
        raise KbError(f"{where}: cannot be read as a PDF ({error or type(error).__name__}) — {_TEXT_INSTEAD}") from None
    text = _text("\n\n".join(page.strip("\n") for page in pages))
    if not text.strip():
        raise KbError(
            f"{where}: no text layer in it (a scanned document?) — kb reads no images: run OCR on it "
            f"(such as ocrmypdf) or {_TEXT_INSTEAD}"
        )
    return Extracted(text, fields)


def _pdf_fields(info: Any, reader: Any) -> dict[str, Any]:
    """A PDF's title, author, creation date and language, where each is plausibly what it names."""
    try:
        created = info.creation_date
    except ValueError:  # a /CreationDate that is not a PDF date
        created = None
    root = reader.trailer.get("/Root")
    author = _named(info.author)
    return _kept(
        {
            "title": _named(info.title),
            "authors": [author] if author else [],
            "published_at": created.date().isoformat() if created else None,
            "language": _language(root.get_object().get("/Lang") if root is not None else None),
        }
    )


# The fields a source needs, and the option that gives each when the document does not.
_NEEDED = {
    "title": ("title", "--title"),
    "publisher": ("publisher", "--publisher"),
    "published_at": ("date of publication", "--published-at"),
}


def filled(payload: dict[str, Any], extracted: Extracted, where: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The payload with the fields it left out taken from the document, and those taken: a field
    the payload gives wins. KbError naming the option to give for a needed field found nowhere."""
    taken = {name: value for name, value in extracted.fields.items() if name not in payload}
    for name, (what, option) in _NEEDED.items():
        if name not in payload and name not in taken:
            raise KbError(f"{display(where)}: no {what} found in it — give {option}")
    tomorrow = dt.datetime.now(dt.UTC).date() + dt.timedelta(days=1)  # a day's margin for time zones
    if taken.get("published_at", "") > tomorrow.isoformat():
        raise KbError(f"{display(where)}: its date {taken['published_at']} is in the future — give --published-at")
    return {**payload, **taken}, taken

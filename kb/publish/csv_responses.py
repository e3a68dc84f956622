"""The site's CSV (Datasette's ``.csv`` of every table and query) with no cell a spreadsheet
would run: each cell written as ``kb export`` writes it (kb.builder.csv_cells).

Datasette writes its CSV itself, a page of rows at a time, with Python's csv module; this
wrapper reads the stream back a record at a time (a line feed outside quotation marks ends
one) and writes again each that holds a cell to make safe, so memory stays one chunk and a
record.

Registered, with the security headers, as Datasette's ``asgi_wrapper`` by kb's plugin.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

from kb.builder.csv_cells import NUMBER, safe_cell

App = Callable[[dict[str, Any], Any, Any], Awaitable[None]]
HELD = 64 * 1024  # bytes of Datasette's CSV held back, at most, to be rewritten together


def wrap(app: App) -> App:
    """The app, its CSV responses made safe."""

    async def safe_csv(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope.get("path", "").endswith(".csv"):
            send = _rewriting(send)
        await app(scope, receive, send)

    return safe_csv


def _rewriting(send: Any) -> Any:
    """A send that writes a CSV body again, record by record, with safe cells (an HTML body,
    such as Datasette's ``_trace`` page or an error page, passes as it is)."""
    records = _Records()
    csv_body = True
    held: list[bytes] = []
    size = 0

    async def rewriting(message: dict[str, Any]) -> None:
        nonlocal csv_body, size
        if message["type"] == "http.response.start":
            headers = dict(message.get("headers", []))
            csv_body = headers.get(b"content-type", b"").split(b";")[0] in (b"text/plain", b"text/csv")
            if csv_body:  # the length changes
                message = {**message, "headers": [(k, v) for k, v in message["headers"] if k != b"content-length"]}
        elif message["type"] == "http.response.body" and csv_body:
            final = not message.get("more_body", False)
            held.append(message.get("body", b""))
            size += len(held[-1])
            if not final and size < HELD:
                return  # Datasette sends a message a row: rewritten a few at a time, they cost less
            message = {**message, "body": records.feed(b"".join(held), final)}
            held.clear()
            size = 0
        await send(message)

    return rewriting


class _Records:
    """Bytes of CSV in, the same records out with safe cells, as whole records come in."""

    def __init__(self) -> None:
        self.decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self.pending = ""

    def feed(self, data: bytes, final: bool) -> bytes:
        self.pending += self.decoder.decode(data, final)
        ends = list(_record_ends(self.pending))
        if final and self.pending and (not ends or ends[-1] < len(self.pending)):
            ends.append(len(self.pending))  # what follows the last line feed, such as an error
        whole, self.pending = self.pending[: ends[-1] if ends else 0], self.pending[ends[-1] if ends else 0 :]
        return _safe(whole, ends).encode("utf-8")


def _record_ends(text: str) -> Iterator[int]:
    """Where each whole record of ``text`` ends: after a line feed that is outside quotation
    marks (Python's csv module doubles a quotation mark inside a quoted cell, so the count of
    them before such a line feed is even)."""
    start = quotes = 0
    while (line_feed := text.find("\n", start)) >= 0:
        quotes += text.count('"', start, line_feed)
        start = line_feed + 1
        if quotes % 2 == 0:
            yield start


# A cell may begin with what safe_cell changes (but a number, which is never quoted): at a
# record's (or a line's) start, or after a comma, quoted or not. Only the records where this
# is found are parsed and written again (the others are most, and pass as they are); a match
# inside a quoted cell is only extra work.
_MAY_CHANGE = re.compile(
    rf"(?:^|,)(?:\"?[=+@\t\r']|\"-|-(?!{NUMBER.pattern.removeprefix('-?')}(?:,|\r|\n|$)))", re.MULTILINE
)


def _safe(text: str, ends: list[int]) -> str:
    """Whole records (``ends``: where each ends) with safe cells."""
    found = [match.start() for match in _MAY_CHANGE.finditer(text)]
    if not found:
        return text
    pieces = []
    start = at = 0
    for end in ends:
        changes = at < len(found) and found[at] < end
        while at < len(found) and found[at] < end:
            at += 1
        pieces.append(_rewritten(text[start:end]) if changes else text[start:end])
        start = end
    return "".join(pieces)


def _rewritten(text: str) -> str:
    """Records written again with safe cells; text that is not CSV (an error Datasette wrote
    in the middle of the stream) as it is."""
    out = io.StringIO()
    writer = csv.writer(out)  # as Datasette writes: "\r\n" after each record
    try:
        for cells in csv.reader(io.StringIO(text, newline="")):
            writer.writerow([safe_cell(cell) for cell in cells])
    except csv.Error:
        return text
    return out.getvalue()

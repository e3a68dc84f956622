"""The site's CSV (Datasette's ``.csv`` of every table and query) with no cell a spreadsheet
would run: each cell written as ``kb export`` writes it (kb.builder.csv_cells).

Datasette writes its CSV itself, a page of rows at a time, with Python's csv module; this
wrapper reads the stream back a record at a time (a line feed outside quotation marks ends
one) and writes each again with its cells made safe, so memory stays one chunk and a record.

Registered, with the security headers, as Datasette's ``asgi_wrapper`` by kb's plugin.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Awaitable, Callable
from typing import Any

from kb.builder.csv_cells import safe_cell

App = Callable[[dict[str, Any], Any, Any], Awaitable[None]]


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

    async def rewriting(message: dict[str, Any]) -> None:
        nonlocal csv_body
        if message["type"] == "http.response.start":
            headers = dict(message.get("headers", []))
            csv_body = headers.get(b"content-type", b"").split(b";")[0] in (b"text/plain", b"text/csv")
            if csv_body:  # the length changes
                message = {**message, "headers": [(k, v) for k, v in message["headers"] if k != b"content-length"]}
        elif message["type"] == "http.response.body" and csv_body:
            final = not message.get("more_body", False)
            message = {**message, "body": records.feed(message.get("body", b""), final)}
        await send(message)

    return rewriting


class _Records:
    """Bytes of CSV in, the same records out with safe cells, as whole records come in."""

    def __init__(self) -> None:
        self.decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self.pending = ""

    def feed(self, data: bytes, final: bool) -> bytes:
        self.pending += self.decoder.decode(data, final)
        end = len(self.pending) if final else _end_of_last_record(self.pending)
        whole, self.pending = self.pending[:end], self.pending[end:]
        return _safe(whole).encode("utf-8")


def _end_of_last_record(text: str) -> int:
    """Where the last whole record of ``text`` ends: after its last line feed that is outside
    quotation marks (Python's csv module doubles a quotation mark inside a quoted cell, so the
    count of them before such a line feed is even)."""
    end = start = quotes = 0
    while (line_feed := text.find("\n", start)) >= 0:
        quotes += text.count('"', start, line_feed)
        start = line_feed + 1
        if quotes % 2 == 0:
            end = start
    return end


def _safe(text: str) -> str:
    """Whole records written again with safe cells; text that is not CSV (an error Datasette
    wrote in the middle of the stream) as it is."""
    if not text:
        return text
    out = io.StringIO()
    writer = csv.writer(out)  # as Datasette writes: "\r\n" after each record
    try:
        for cells in csv.reader(io.StringIO(text, newline="")):
            writer.writerow([safe_cell(cell) for cell in cells])
    except csv.Error:
        return text
    return out.getvalue()

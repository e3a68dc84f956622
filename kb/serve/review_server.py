"""The review page's server: kb.serve.review's actions behind a page on 127.0.0.1 only.

Every response: a Content-Security-Policy allowing only this server's own script and style
(no inline script at all), no framing, no caching. Every request: its Host must be this server's
own address (a page of another site that makes its name point here, DNS rebinding, is refused).
Every POST: its Origin must be this server's, and its form must carry the page's token (a random
value made when the server starts, held only by the pages it served): a page of another site
can neither read a page of this one nor post a form to it. A body over 1 MB, a form field given
twice or a field that is not UTF-8 is refused. After an action, the page is shown again
(Post/Redirect/Get). Never part of a published site: only ``kb review`` starts it.
"""

from __future__ import annotations

import hmac
import re
import secrets
import urllib.parse
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import jinja2

from kb.draft.known import known_from
from kb.errors import KbError
from kb.serve.review import ACCEPTED, NEW_CLAIM_TYPES, PENDING, REJECTED, Review, marked

HERE = Path(__file__).parent
MAX_BODY = 1_000_000
STATIC = {"review.js": "text/javascript; charset=utf-8", "review.css": "text/css; charset=utf-8"}
HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; "
        "frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",  # no-referrer would make the browser send "Origin: null" with a form
    "Cache-Control": "no-store",
}
CANDIDATE_FIELD = re.compile(r"^c([0-9]{1,6}):(.+)$")  # a candidate's field in the page's form: c7:text:speaker
TEMPLATES = jinja2.Environment(
    loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True, undefined=jinja2.StrictUndefined
)


class Refused(Exception):
    def __init__(self, status: HTTPStatus, message: str):
        super().__init__(message)
        self.status = status


class ReviewServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, review: Review, port: int = 0):
        super().__init__(("127.0.0.1", port), Handler)
        self.review = review
        self.token = secrets.token_urlsafe(32)
        self.error = ""  # the last action's refusal, shown once
        self.known = set(known_from(review.kb).entities)  # the keys offered in entity fields, with the draft's

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def page(self) -> str:
        review = self.review
        counts = {state: sum(c.state == state for c in review.candidates) for state in (PENDING, ACCEPTED, REJECTED)}
        error, self.error = self.error, ""
        return TEMPLATES.get_template("review.html").render(
            source=review.source,
            candidates=review.candidates,
            pieces=marked(review.text, review.candidates),
            states={c.number: c.state for c in review.candidates},
            counts=counts,
            message=review.message,
            error=error,
            token=self.token,
            new_types=NEW_CLAIM_TYPES,
            entities=sorted(
                self.known | {c.payload["key"] for c in review.candidates if c.payload.get("type") == "entity"}
            ),
        )


class Handler(BaseHTTPRequestHandler):
    server: ReviewServer
    server_version = "kb-review"
    sys_version = ""

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        pass  # the page says what happened; a terminal full of GETs would not

    def _send(self, status: HTTPStatus, body: bytes, content_type: str, extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        for name, value in {**HEADERS, "Content-Type": content_type, **(extra or {})}.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _refuse(self, refused: Refused) -> None:
        self._send(refused.status, f"{refused}\n".encode(), "text/plain; charset=utf-8")

    def _check_host(self) -> None:
        if self.headers.get("Host") != self.server.origin.removeprefix("http://"):
            raise Refused(HTTPStatus.MISDIRECTED_REQUEST, "this page answers only at " + self.server.origin)

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        try:
            self._check_host()
            path = urllib.parse.urlsplit(self.path).path
            if path == "/":
                with self.server.review.lock:
                    body = self.server.page().encode("utf-8")
                return self._send(HTTPStatus.OK, body, "text/html; charset=utf-8")
            if path == "/favicon.ico":  # asked for by every browser: none
                return self._send(HTTPStatus.NO_CONTENT, b"", "image/x-icon")
            name = path.removeprefix("/static/")
            if name in STATIC:
                return self._send(HTTPStatus.OK, (HERE / "static" / name).read_bytes(), STATIC[name])
            raise Refused(HTTPStatus.NOT_FOUND, "no such page — the review is at /")
        except Refused as refused:
            self._refuse(refused)

    def do_POST(self) -> None:  # noqa: N802 - http.server's name
        try:
            self._check_host()
            if self.headers.get("Origin") != self.server.origin:
                raise Refused(HTTPStatus.FORBIDDEN, "refused: a form of another site (its Origin is not this page's)")
            form = self._form()
            if not hmac.compare_digest(form.pop("token", "").encode(), self.server.token.encode()):
                raise Refused(HTTPStatus.FORBIDDEN, "refused: this form's token is not this page's — reload the page")
            self._act(urllib.parse.urlsplit(self.path).path, form)
        except Refused as refused:
            return self._refuse(refused)
        self._send(HTTPStatus.SEE_OTHER, b"", "text/plain; charset=utf-8", {"Location": "/"})

    def _form(self) -> dict[str, str]:
        if self.headers.get("Content-Type", "").split(";")[0].strip() != "application/x-www-form-urlencoded":
            raise Refused(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, "a form is sent as application/x-www-form-urlencoded")
        try:
            length = int(self.headers.get("Content-Length", ""))
        except ValueError:
            raise Refused(HTTPStatus.LENGTH_REQUIRED, "a form needs its Content-Length") from None
        if not 0 <= length <= MAX_BODY:
            raise Refused(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"a form of more than {MAX_BODY:,} bytes is refused")
        try:
            pairs = urllib.parse.parse_qsl(
                self.rfile.read(length).decode("utf-8"), keep_blank_values=True, errors="strict", max_num_fields=1000
            )
        except (UnicodeDecodeError, ValueError) as error:
            raise Refused(HTTPStatus.BAD_REQUEST, f"not a form kb review reads: {error}") from None
        form: dict[str, str] = {}
        for name, value in pairs:
            if name in form:
                raise Refused(HTTPStatus.BAD_REQUEST, f"the field {name[:40]!r} is given twice")
            form[name] = value
        return form

    def _act(self, path: str, form: dict[str, str]) -> None:
        review = self.server.review
        try:
            if path == "/add":
                review.add_claim(form.get("type", ""), form.get("excerpt", ""))
            elif path == "/act":
                forms: dict[int, dict[str, str]] = {}
                for name, value in form.items():
                    if match := CANDIDATE_FIELD.match(name):
                        forms.setdefault(int(match.group(1)), {})[match.group(2)] = value
                review.act(form.get("action", ""), forms)
            else:
                raise Refused(HTTPStatus.NOT_FOUND, "no such action")
        except KbError as error:
            self.server.error = str(error)


def serve(review: Review, port: int = 0) -> ReviewServer:
    """The review's server, bound to 127.0.0.1 (``port`` 0: a free one); run it with serve_forever()."""
    try:
        return ReviewServer(review, port)
    except OSError as error:
        raise KbError(f"could not listen on 127.0.0.1:{port}: {error.strerror or error} — try another --port") from None

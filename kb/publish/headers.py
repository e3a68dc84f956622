"""Security headers on every response of the published site, and no server path in it.

Content-Security-Policy: scripts only from the site itself, and inline scripts only those
Datasette's and kb's templates hold, allowed by their SHA-256. A template's script without
Jinja is hashed once; one that holds values (Datasette 1.0 writes each page's data into a
script: ``window._datasetteTableData = {{ table_page_data|tojson }}``) is kept as a shape, its
text around each value, and a page's script is allowed when it has a template's shape and each
value is JSON or a bare word (a version number), which no statement is: a script added by a
merge to metadata.json (``extra_js_urls``, a ``<script>`` in ``description_html``) or slipped
into a page does not run. Styles may be inline (Datasette's pages use style attributes; CSS
runs no code). No frames of the site elsewhere (``frame-ancestors 'none'``,
``X-Frame-Options: DENY``), no content sniffing (``nosniff``).

``/-/databases.json`` (and its HTML page) names each database's file by its name alone, not
the absolute path Datasette was given (which tells where the server keeps its files).

Registered as Datasette's ``asgi_wrapper`` by kb's plugin.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import jinja2
import markupsafe

from kb.publish import compat

Scope = dict[str, Any]
App = Callable[[Scope, Any, Any], Awaitable[None]]

INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)
# What a template's script is rendered with to find its shape: every variable but ``urls`` is a
# slot, written as SLOT, as is every value through ``tojson``; undefined slots are false, then true,
# to take both sides of an ``{% if %}``.
SLOT = "\0kb-slot\0"
BARE_WORD = re.compile(r"[\w.+-]*")
POLICY = (
    "default-src 'self'; script-src 'self' {hashes}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'"
)
PATH_PAGES = {"/-/databases", "/-/databases.json"}


def _sha(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


def _slot_environment(datasette: Any, truth: bool) -> Any:
    class Slot(jinja2.ChainableUndefined):
        def __str__(self) -> str:
            return SLOT

        def __bool__(self) -> bool:
            return truth

    environment = compat.jinja_environment(datasette).overlay(undefined=Slot)
    environment.filters = {**environment.filters, "tojson": lambda value, indent=None: markupsafe.Markup(SLOT)}
    return environment


class Scripts:
    """The inline scripts the site's pages may run: the exact texts (the plugin's scripts, the
    templates' scripts without Jinja) and the shapes of the templates' scripts with values."""

    def __init__(self, exact: set[str], shapes: set[tuple[str, ...]]) -> None:
        self.hashes = {_sha(script) for script in exact}
        # Each shape with, for each of its values, whether the template writes it inside a string
        # (after a quotation mark): there only a bare word, as a JSON string would close the quote.
        self.shapes = [
            (
                re.compile("(.*?)".join(map(re.escape, parts)), re.DOTALL),
                [part.endswith(("'", '"', "`")) for part in parts[:-1]],
            )
            for parts in sorted(shapes)
        ]

    def allows(self, script: str) -> bool:
        for shape, quoted in self.shapes:
            found = shape.fullmatch(script)
            if found and all(
                BARE_WORD.fullmatch(value) if inside else _is_value(value)
                for value, inside in zip(found.groups(), quoted, strict=True)
            ):
                return True
        return False

    def page_hashes(self, html: str) -> set[str]:
        """The hashes of a page's inline scripts that have a template's shape."""
        return {_sha(script) for script in set(INLINE_SCRIPT.findall(html)) if self.allows(script)}


def _is_value(text: str) -> bool:
    if BARE_WORD.fullmatch(text):
        return True
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


async def template_scripts(datasette: Any, plugin_scripts: list[str], plugin_templates: Path) -> Scripts:
    """Every inline script of the templates Datasette renders, and the scripts the plugin adds
    to its pages."""
    from datasette import __file__ as datasette_file

    exact, shapes = set(plugin_scripts), set()
    environments = [_slot_environment(datasette, truth) for truth in (False, True)]
    for folder in (Path(datasette_file).parent / "templates", plugin_templates):
        for template in sorted(folder.glob("*.html")):
            for body in INLINE_SCRIPT.findall(template.read_text(encoding="utf-8")):
                if "{{" not in body and "{%" not in body:
                    exact.add(body)
                    continue
                for environment in environments:
                    # The end mark keeps the last line feed, which Jinja drops from a template.
                    rendered = await environment.from_string(body + "\1").render_async(urls=datasette.urls)
                    parts = tuple(rendered[:-1].split(SLOT))
                    if len(parts) == 1:
                        exact.add(parts[0])
                    else:
                        shapes.add(parts)
    return Scripts(exact, shapes)


def _policy(hashes: set[str]) -> bytes:
    return POLICY.format(hashes=" ".join(sorted(hashes))).encode()


def wrap(datasette: Any, plugin_scripts: Callable[[], list[str]], plugin_templates: Path) -> Callable[[App], App]:
    """Datasette's asgi_wrapper: the headers above on every response. ``plugin_scripts`` gives
    the scripts the plugin adds to pages, ``plugin_templates`` its templates' folder. An HTML
    page is held back until its end, to hash the scripts it holds."""

    def wrapper(app: App) -> App:
        state: dict[str, Scripts] = {}
        fixed = [
            (b"x-content-type-options", b"nosniff"),
            (b"x-frame-options", b"DENY"),
            (b"referrer-policy", b"same-origin"),
        ]

        async def with_headers(scope: Scope, receive: Any, send: Any) -> None:
            if scope["type"] != "http":
                return await app(scope, receive, send)
            if "scripts" not in state:
                state["scripts"] = await template_scripts(datasette, plugin_scripts(), plugin_templates)
            scripts = state["scripts"]
            if scope.get("path") in PATH_PAGES:
                send = _without_paths(send, [db.path for db in datasette.databases.values() if db.path])

            def start_with_headers(message: dict[str, Any], page_hashes: set[str]) -> dict[str, Any]:
                extra = [(b"content-security-policy", _policy(scripts.hashes | page_hashes)), *fixed]
                names = {name for name, _ in extra}
                kept = [(name, value) for name, value in message.get("headers", []) if name.lower() not in names]
                return {**message, "headers": kept + extra}

            await app(scope, receive, _with_policy(send, scripts, start_with_headers))

        return with_headers

    return wrapper


def _with_policy(send: Any, scripts: Scripts, start_with_headers: Callable[..., dict[str, Any]]) -> Any:
    """A send that adds the headers to the response's start; an HTML page's start waits for its
    body, whose scripts' hashes join the policy."""
    start: dict[str, Any] = {}
    body: list[bytes] = []

    async def sending(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            content_type = dict((k.lower(), v) for k, v in message.get("headers", [])).get(b"content-type", b"")
            if content_type.startswith(b"text/html"):
                start.update(message)
                return
            return await send(start_with_headers(message, set()))
        if message["type"] != "http.response.body" or not start:
            return await send(message)
        body.append(message.get("body", b""))
        if message.get("more_body"):
            return
        data = b"".join(body)
        await send(start_with_headers(start, scripts.page_hashes(data.decode("utf-8", "replace"))))
        await send({"type": "http.response.body", "body": data})

    return sending


def _forms(path: str, name: str) -> list[tuple[str, str]]:
    """A path and its replacement as text, in JSON, and in JSON in HTML."""
    in_json = json.dumps(path)[1:-1], json.dumps(name)[1:-1]
    return [(path, name), in_json, (str(markupsafe.escape(in_json[0])), str(markupsafe.escape(in_json[1])))]


def _without_paths(send: Any, paths: list[str]) -> Any:
    """A send that holds the body back, then sends it with each database path replaced by its
    file name (as JSON writes it, and as HTML escapes that)."""
    start: dict[str, Any] = {}
    body: list[bytes] = []

    async def replacing(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            start.update(message)
            return
        if message["type"] != "http.response.body":
            return await send(message)
        body.append(message.get("body", b""))
        if message.get("more_body"):
            return
        text = b"".join(body).decode("utf-8")
        for path in paths:
            name = os.path.basename(path)
            for old, new in _forms(path, name):
                text = text.replace(old, new)
        data = text.encode("utf-8")
        headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
        await send({**start, "headers": [*headers, (b"content-length", str(len(data)).encode())]})
        await send({"type": "http.response.body", "body": data})

    return replacing

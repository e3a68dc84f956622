"""Security headers on every response of the published site, and no server path in it.

Content-Security-Policy: scripts only from the site itself, and inline scripts only those
Datasette's and kb's templates hold (allowed by their SHA-256, computed from the templates at
the first request): a script added by a merge to metadata.json (``extra_js_urls``, a
``<script>`` in ``description_html``) or slipped into a page does not run. Styles may be inline
(Datasette's pages use style attributes; CSS runs no code). No frames of the site elsewhere
(``frame-ancestors 'none'``, ``X-Frame-Options: DENY``), no content sniffing (``nosniff``).

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

import markupsafe

from kb.publish import compat

Scope = dict[str, Any]
App = Callable[[Scope, Any, Any], Awaitable[None]]

INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)
# Values of the variables that Datasette's inline scripts hold (table.html).
SCRIPT_VARIABLES = [{"datasette_allow_facet": value} for value in ("true", "false")]
POLICY = (
    "default-src 'self'; script-src 'self' {hashes}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'"
)
PATH_PAGES = {"/-/databases", "/-/databases.json"}


def _sha(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


async def template_scripts(datasette: Any, plugin_scripts: list[str], plugin_templates: Path) -> list[str]:
    """The text of every inline script of the templates Datasette renders, as rendered, and the
    scripts the plugin adds to its pages."""
    from datasette import __file__ as datasette_file

    scripts = list(plugin_scripts)
    for folder in (Path(datasette_file).parent / "templates", plugin_templates):
        for template in sorted(folder.glob("*.html")):
            for body in INLINE_SCRIPT.findall(template.read_text(encoding="utf-8")):
                if "{{" not in body and "{%" not in body:
                    scripts.append(body)
                    continue
                # The end mark keeps the last line feed, which Jinja drops from a template.
                rendered = compat.jinja_environment(datasette).from_string(body + "\0")
                for variables in SCRIPT_VARIABLES:
                    scripts.append((await rendered.render_async(urls=datasette.urls, **variables))[:-1])
    return scripts


async def policy(datasette: Any, plugin_scripts: list[str], plugin_templates: Path) -> str:
    hashes = sorted({_sha(script) for script in await template_scripts(datasette, plugin_scripts, plugin_templates)})
    return POLICY.format(hashes=" ".join(hashes))


def wrap(datasette: Any, plugin_scripts: Callable[[], list[str]], plugin_templates: Path) -> Callable[[App], App]:
    """Datasette's asgi_wrapper: the headers above on every response. ``plugin_scripts`` gives
    the scripts the plugin adds to pages, ``plugin_templates`` its templates' folder."""

    def wrapper(app: App) -> App:
        state: dict[str, list[tuple[bytes, bytes]]] = {}

        async def with_headers(scope: Scope, receive: Any, send: Any) -> None:
            if scope["type"] != "http":
                return await app(scope, receive, send)
            if "headers" not in state:
                state["headers"] = [
                    (
                        b"content-security-policy",
                        (await policy(datasette, plugin_scripts(), plugin_templates)).encode(),
                    ),
                    (b"x-content-type-options", b"nosniff"),
                    (b"x-frame-options", b"DENY"),
                    (b"referrer-policy", b"same-origin"),
                ]
            extra = state["headers"]
            if scope.get("path") in PATH_PAGES:
                send = _without_paths(send, [db.path for db in datasette.databases.values() if db.path])

            async def send_with_headers(message: dict[str, Any]) -> None:
                if message["type"] == "http.response.start":
                    names = {name for name, _ in extra}
                    kept = [(name, value) for name, value in message.get("headers", []) if name.lower() not in names]
                    message = {**message, "headers": kept + extra}
                await send(message)

            await app(scope, receive, send_with_headers)

        return with_headers

    return wrapper


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

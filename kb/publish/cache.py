"""Pages that cost once per build: each worker keeps the responses it made, keyed by the
database they were read from (a new build served by kb serve is a new database: its pages are
made again) and the request's method, path and query string.

The database never changes under a server (immutable, or swapped whole by kb.publish.live), so
a page is the same for every reader until the next build: the first reader pays for it, the
others get its bytes. Kept: GET and HEAD answers of status 200 whose body is at most
``LARGEST`` bytes, which set no cookie and whose facets did not time out; not kept: requests
carrying a signed-in actor's cookie (kb signs no one in, but a plugin might). The oldest
answers go first past ``BUDGET`` bytes a worker. Readers asking for a page while it is being
made wait for it rather than make it too (a page that is not kept is then made by each).
``X-KB-Cache: hit`` or ``miss`` says which a response was.
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import Any

from kb.builder.metadata import DATABASE

Scope = dict[str, Any]
App = Callable[[Scope, Any, Any], Awaitable[None]]
Message = dict[str, Any]

BUDGET = 64 * 1024 * 1024  # bytes of bodies kept by one worker
LARGEST = 2 * 1024 * 1024  # the largest body kept


class Pages:
    """The kept responses, least recently used first."""

    def __init__(self, budget: int = BUDGET):
        self.budget = budget
        self.size = 0
        self.kept: OrderedDict[tuple[Any, ...], tuple[Message, bytes]] = OrderedDict()
        self.making: dict[tuple[Any, ...], asyncio.Future[None]] = {}  # pages being made, by key

    def get(self, key: tuple[Any, ...]) -> tuple[Message, bytes] | None:
        found = self.kept.get(key)
        if found is not None:
            self.kept.move_to_end(key)
        return found

    def put(self, key: tuple[Any, ...], start: Message, body: bytes) -> None:
        if key in self.kept:
            return
        self.kept[key] = (start, body)
        self.size += len(body)
        while self.size > self.budget and self.kept:
            _, (_, old) = self.kept.popitem(last=False)
            self.size -= len(old)


def _cacheable_request(scope: Scope) -> bool:
    if scope["type"] != "http" or scope["method"] not in ("GET", "HEAD"):
        return False
    cookies = b"".join(value for name, value in scope.get("headers", []) if name == b"cookie")
    return b"ds_actor" not in cookies


def timed_out(body: bytes) -> bool:
    """Whether a page says that some of its facets timed out: made again by the next reader,
    rather than kept short of them until the next build."""
    if b'class="facets-timed-out"' in body:
        return True
    return b'"facets_timed_out": [' in body and b'"facets_timed_out": []' not in body


def wrap(datasette: Any, pages: Pages | None = None) -> Callable[[App], App]:
    """Datasette's asgi_wrapper: answer a request from the kept pages of the database now served."""
    kept = pages or Pages()

    def wrapper(app: App) -> App:
        async def cached(scope: Scope, receive: Any, send: Any) -> None:
            if not _cacheable_request(scope):
                return await app(scope, receive, send)
            database = datasette.databases.get(DATABASE)
            host = next((value for name, value in scope.get("headers", []) if name == b"host"), b"")
            # The host and scheme too: Datasette writes some links (a JSON page's next_url) in full.
            key = (id(database), database.path if database else None, scope.get("scheme"), host, scope["method"],
                   scope["path"], scope.get("query_string", b""))  # fmt: skip
            making = kept.making.get(key)
            if making is not None:  # another request is making this page: wait for it, then take its bytes
                await asyncio.shield(making)
            found = kept.get(key)
            if found is not None:
                start, body = found
                await send({**start, "headers": [*start["headers"], (b"x-kb-cache", b"hit")]})
                await send({"type": "http.response.body", "body": body})
                return
            if making is None:
                kept.making[key] = asyncio.get_running_loop().create_future()
            record: dict[str, Any] = {"start": None, "body": [], "size": 0, "keep": True}

            async def recording(message: Message) -> None:
                if message["type"] == "http.response.start":
                    headers = list(message.get("headers", []))
                    record["keep"] = message["status"] == 200 and all(
                        name.lower() != b"set-cookie" for name, _ in headers
                    )
                    record["start"] = {**message, "headers": headers}
                    message = {**message, "headers": [*headers, (b"x-kb-cache", b"miss")]}
                elif message["type"] == "http.response.body" and record["keep"]:
                    chunk = message.get("body", b"")
                    record["size"] += len(chunk)
                    record["keep"] = record["size"] <= LARGEST
                    record["body"].append(chunk)
                    if not message.get("more_body") and record["keep"]:
                        body = b"".join(record["body"])
                        if not timed_out(body):
                            kept.put(key, record["start"], body)
                await send(message)

            try:
                await app(scope, receive, recording)
            finally:
                done = kept.making.pop(key, None) if making is None else None
                if done is not None:
                    done.set_result(None)

        return cached

    return wrapper

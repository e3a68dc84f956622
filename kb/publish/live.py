"""The live local site, Datasette's side: before each request, a look at the pointer file that
``kb serve`` rewrites after each build (kb.serve.live); when it names a new copy of kb.db,
that copy becomes the database ``kb``, whole, between two requests.

A new generation is opened as its own immutable Database and swapped in, in one step of the
event loop: a request sees the old state or the new one, never a mix. Its claims' facet codes
(kb.publish.facets) are read after, in the background: until they are, its facets are
Datasette's own. Datasette keeps one connection per thread under a
database's name, which a new file under the same name would reuse; each generation here keeps
its connections to itself (``Generation``). Only a server that kb serve started follows a
pointer: a packaged site has none, and its database never changes.
"""

from __future__ import annotations

import asyncio
import os
import threading
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from datasette.database import Database

from kb.builder.metadata import DATABASE, LIVE_POINTER
from kb.publish import facets

Scope = dict[str, Any]
App = Callable[[Scope, Any, Any], Awaitable[None]]


class Generation(Database):  # type: ignore[misc]
    """An immutable copy of kb.db whose connections (one per thread) are its own."""

    def __init__(self, ds: Any, path: str):
        super().__init__(ds, path=path, is_mutable=False)
        self._connections = threading.local()

    async def execute_fn(self, fn: Callable[[Any], Any]) -> Any:
        def in_thread() -> Any:
            conn = getattr(self._connections, "conn", None)
            if conn is None:
                conn = self.connect()
                self.ds._prepare_connection(conn, self.name)
                self._connections.conn = conn
            return fn(conn)

        return await asyncio.get_running_loop().run_in_executor(self.ds.executor, in_thread)


class Follow:
    """The pointer file, and the state of it last served."""

    def __init__(self, datasette: Any, pointer: Path):
        self.datasette = datasette
        self.pointer = pointer
        self.seen: tuple[int, int] | None = None
        self.coding: asyncio.Future[None] | None = None  # the newest generation's facet codes, being read

    def _stamp(self) -> tuple[int, int] | None:
        try:
            stat = self.pointer.stat()
        except FileNotFoundError:
            return None  # nothing built since kb serve started: the database it was given
        return stat.st_ino, stat.st_mtime_ns

    def update(self) -> None:
        """Swap in the generation the pointer names, if it changed: all in one step of the event
        loop (nothing here awaits), so no request sees the database without its name, nor the
        new database with the old one's facet codes."""
        stamp = self._stamp()
        if stamp == self.seen:
            return
        db = Generation(self.datasette, self.pointer.read_text(encoding="utf-8"))
        self.datasette.remove_database(DATABASE)
        self.datasette.add_database(db, name=DATABASE)
        facets.PREPARED.pop(self.datasette, None)
        self.seen = stamp
        self.coding = asyncio.ensure_future(self._codes(db))

    async def _codes(self, db: Any) -> None:
        """The new generation's facet codes (a second or so at 100k claims), read after it is
        served: meanwhile its facets are Datasette's own, exact, slower."""
        prepared = await facets.prepare_for(self.datasette, db)
        if prepared is not None and self.datasette.databases.get(DATABASE) is db:
            facets.PREPARED[self.datasette] = prepared


def wrap(datasette: Any) -> Callable[[App], App]:
    """Datasette's asgi_wrapper: follow kb serve's pointer, if this server has one."""
    pointer = os.environ.get(LIVE_POINTER)
    if not pointer:
        return lambda app: app
    follow = Follow(datasette, Path(pointer))

    def wrapper(app: App) -> App:
        async def live(scope: Scope, receive: Any, send: Any) -> None:
            if scope["type"] == "http":
                follow.update()
            await app(scope, receive, send)

        return live

    return wrapper

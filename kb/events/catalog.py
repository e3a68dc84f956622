"""A cache of what appending needs to know — which events exist, their types, the entity
keys and aliases, and each claim's repeat key (kb.builder.duplicates) — so that ``kb add`` never
reads every event file.

It lives in ``.kb/catalog.db`` (not in git) and is brought up to date on every use by
looking only at folders whose modification time changed: adding, removing or renaming a
file changes its folder's mtime. A folder changed in the last two seconds is looked at
again next time too, so a file added within the clock's granularity is never missed.
Files edited in place are not noticed here; ``kb verify`` and ``kb build`` read the files
themselves.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path
from typing import Any

from kb.errors import KbError
from kb.events import strictjson
from kb.events.safefile import read_regular
from kb.events.store import MAX_EVENT_FILE, KnowledgeBase
from kb.model import repeats

RACY_SECONDS = 2.0

# Bump when the tables change: an older cache is dropped and rebuilt.
VERSION = 4
SCHEMA = """
CREATE TABLE IF NOT EXISTS dirs (path TEXT PRIMARY KEY, parent TEXT, mtime_ns INTEGER);
CREATE TABLE IF NOT EXISTS events (
  id TEXT PRIMARY KEY, dir TEXT NOT NULL, type TEXT, key TEXT, target TEXT, repeat TEXT
);
CREATE INDEX IF NOT EXISTS events_dir ON events (dir);
CREATE INDEX IF NOT EXISTS events_target ON events (target);
CREATE INDEX IF NOT EXISTS events_key ON events (key);
CREATE INDEX IF NOT EXISTS events_repeat ON events (repeat) WHERE repeat IS NOT NULL;
CREATE TABLE IF NOT EXISTS names (name TEXT NOT NULL, key TEXT NOT NULL, PRIMARY KEY (name, key));
CREATE TABLE IF NOT EXISTS linked (claim TEXT NOT NULL, link TEXT NOT NULL, PRIMARY KEY (claim, link));
"""


class Catalog:
    def __init__(self, kb: KnowledgeBase):
        self.kb = kb
        self._conn: sqlite3.Connection | None = None

    @property
    def conn(self) -> sqlite3.Connection:
        """The cache, opened and brought up to date with the folders when first used."""
        if self._conn is None:
            self.refresh()
        assert self._conn is not None
        return self._conn

    def _connect(self) -> sqlite3.Connection:
        path = self.kb.cache_dir / "catalog.db"
        try:
            self.kb.cache_dir.mkdir(exist_ok=True)
            conn = sqlite3.connect(path, timeout=60, isolation_level=None)
            # A cache needs no fsync at each commit (it cost an append 15 ms, and serialised
            # writers): WAL with synchronous=NORMAL may lose the last commits in a power cut,
            # never its consistency, and the next refresh looks at those folders again.
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            if conn.execute("PRAGMA user_version").fetchone()[0] != VERSION:
                conn.executescript(
                    "DROP TABLE IF EXISTS dirs; DROP TABLE IF EXISTS events; DROP TABLE IF EXISTS names; "
                    "DROP TABLE IF EXISTS linked;"
                )
                conn.execute(f"PRAGMA user_version = {VERSION}")
            conn.executescript(SCHEMA)
            return conn
        except (OSError, sqlite3.DatabaseError):
            # A read-only knowledge base, or a damaged cache: work from memory this time.
            return self._in_memory()

    @staticmethod
    def _in_memory() -> sqlite3.Connection:
        with_memory = sqlite3.connect(":memory:", isolation_level=None)
        with_memory.executescript(SCHEMA)
        return with_memory

    def refresh(self) -> None:
        """Bring the cache up to date with the folders whose modification time changed."""
        if self._conn is None:
            self._conn = self._connect()
        try:
            self._refresh()
        except sqlite3.DatabaseError:
            # The cache cannot be written (a full disk, a read-only folder): work from memory this time.
            self._conn.close()
            self._conn = self._in_memory()
            self._refresh()

    def _refresh(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            self._walk()
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:  # SQLite has already rolled back after some errors (a full disk)
                self.conn.execute("ROLLBACK")
            raise

    def _walk(self) -> None:
        root = self.kb.events_dir
        now_ns = time.time_ns()
        # The folders known, with their times and children, in one query rather than two a folder.
        known_dirs: dict[str, int] = {}
        children: dict[str | None, list[str]] = {}
        for path, parent, mtime_ns in self.conn.execute("SELECT path, parent, mtime_ns FROM dirs"):
            known_dirs[path] = mtime_ns
            children.setdefault(parent, []).append(path)
        stack = [""]
        base = str(root)  # paths as strings: a thousand folders' pathlib joins cost an append several ms
        while stack:
            rel = stack.pop()
            folder = f"{base}/{rel}" if rel else base
            try:
                mtime = os.stat(folder).st_mtime_ns
            except FileNotFoundError:
                self._forget_dir(rel)
                continue
            if known_dirs.get(rel) == mtime:
                stack.extend(children.get(rel, []))
                continue
            files, subdirs = set(), set()
            with os.scandir(folder) as entries:
                for entry in entries:
                    if entry.is_dir(follow_symlinks=False):
                        subdirs.add(f"{rel}/{entry.name}" if rel else entry.name)
                    elif entry.name.endswith(".json") and not entry.name.startswith("."):
                        files.add(entry.name[: -len(".json")])
            known = {row[0] for row in self.conn.execute("SELECT id FROM events WHERE dir = ?", (rel,))}
            for gone in known - files:
                self._forget_event(gone)
            for name in sorted(files - known):
                self._learn(rel, name, f"{folder}/{name}.json")
            for child in {
                row[0] for row in self.conn.execute("SELECT path FROM dirs WHERE parent = ?", (rel,))
            } - subdirs:
                self._forget_dir(child)
            racy = now_ns - mtime < RACY_SECONDS * 1e9
            self.conn.execute(
                "INSERT OR REPLACE INTO dirs VALUES (?, ?, ?)",
                (rel, None if not rel else rel.rpartition("/")[0], -1 if racy else mtime),
            )
            for child in subdirs:
                self.conn.execute("INSERT OR IGNORE INTO dirs VALUES (?, ?, -1)", (child, rel))
            stack.extend(subdirs)

    def _learn(self, rel: str, event_id: str, path: Path | str) -> None:
        try:
            event = strictjson.loads(read_regular(path, MAX_EVENT_FILE)[0].decode("utf-8"))
            kind, key = event.get("type"), event.get("key") if event.get("type") == "entity" else None
            target = event.get("target") if isinstance(event.get("target"), str) else None
        except (OSError, ValueError, AttributeError, RecursionError, KbError):
            kind, key, target, event = None, None, None, {}
        repeat = _repeat_key(event) if kind in (*repeats.KINDS_CHECKED, "correction") else None
        self.conn.execute(
            "INSERT OR REPLACE INTO events VALUES (?, ?, ?, ?, ?, ?)", (event_id, rel, kind, key, target, repeat)
        )
        if kind == "link" and isinstance(event.get("events"), list):
            for claim in event["events"]:
                if isinstance(claim, str):
                    self.conn.execute("INSERT OR IGNORE INTO linked VALUES (?, ?)", (claim, event_id))
        if isinstance(key, str):
            aliases = event.get("aliases") or []
            for name in {key, str(event.get("name", "")), *[str(alias) for alias in aliases]} - {""}:
                self.conn.execute("INSERT OR IGNORE INTO names VALUES (?, ?)", (name.casefold(), key))

    def _forget_event(self, event_id: str) -> None:
        row = self.conn.execute("SELECT key FROM events WHERE id = ?", (event_id,)).fetchone()
        self.conn.execute("DELETE FROM events WHERE id = ?", (event_id,))
        self.conn.execute("DELETE FROM linked WHERE link = ?", (event_id,))
        if row and row[0]:
            # Forget the key's names, then learn them again from any other event with that key.
            self.conn.execute("DELETE FROM names WHERE key = ?", (row[0],))
            for other, rel in self.conn.execute("SELECT id, dir FROM events WHERE key = ?", (row[0],)).fetchall():
                folder = self.kb.events_dir / rel if rel else self.kb.events_dir
                self._learn(rel, other, folder / f"{other}.json")

    def _forget_dir(self, rel: str) -> None:
        for (event_id,) in self.conn.execute("SELECT id FROM events WHERE dir = ?", (rel,)).fetchall():
            self._forget_event(event_id)
        children = [row[0] for row in self.conn.execute("SELECT path FROM dirs WHERE parent = ?", (rel,))]
        self.conn.execute("DELETE FROM dirs WHERE path = ?", (rel,))
        for child in children:
            self._forget_dir(child)

    # --- questions ----------------------------------------------------------------------

    def ids_with_prefix(self, prefix: str, limit: int = 20) -> list[str]:
        upper = prefix + "\uffff"
        rows = self.conn.execute(
            "SELECT id FROM events WHERE id >= ? AND id < ? ORDER BY id LIMIT ?", (prefix, upper, limit)
        )
        return [row[0] for row in rows]

    def type_of(self, event_id: str) -> str | None:
        row = self.conn.execute("SELECT type FROM events WHERE id = ?", (event_id,)).fetchone()
        return row[0] if row else None

    def path_of(self, event_id: str) -> Path | None:
        row = self.conn.execute("SELECT dir FROM events WHERE id = ?", (event_id,)).fetchone()
        if row is None:
            return None
        folder = self.kb.events_dir / row[0] if row[0] else self.kb.events_dir
        return folder / f"{event_id}.json"

    def keys_named(self, name: str) -> list[str]:
        rows = self.conn.execute("SELECT DISTINCT key FROM names WHERE name = ? ORDER BY key", (name.casefold(),))
        return [row[0] for row in rows]

    def amendments(self, target: str, type_: str) -> list[str]:
        """IDs of the events of this type (retraction, correction, corroboration) that target an event."""
        rows = self.conn.execute("SELECT id FROM events WHERE target = ? AND type = ? ORDER BY id", (target, type_))
        return [row[0] for row in rows]

    def links_of(self, claim: str) -> list[str]:
        """IDs of the links that name a claim."""
        return [row[0] for row in self.conn.execute("SELECT link FROM linked WHERE claim = ? ORDER BY link", (claim,))]

    def entity_id(self, key: str) -> str | None:
        """The ID of the entity event with this key (the smallest, as the build keeps)."""
        row = self.conn.execute("SELECT min(id) FROM events WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def ids_repeating(self, repeat_key: str) -> list[str]:
        """IDs of the claims (and corrections whose claim has it) with this repeat key
        (kb.model.repeats.repeat_key): those a claim may repeat."""
        rows = self.conn.execute("SELECT id FROM events WHERE repeat = ? ORDER BY id", (repeat_key,))
        return [row[0] for row in rows]

    def has_key(self, key: str) -> bool:
        return self.conn.execute("SELECT 1 FROM events WHERE key = ?", (key,)).fetchone() is not None

    def all_names(self) -> list[str]:
        return [row[0] for row in self.conn.execute("SELECT DISTINCT name FROM names")]

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()


def _repeat_key(event: dict[str, Any]) -> str | None:
    """The repeat key of a claim (or of a correction's claim) read from its file; None for a file
    that is not a valid claim (kb verify names it; kb add refuses nothing because of it)."""
    from kb.events.models import upgraded  # the claim kinds, only once a claim is learnt

    try:
        event = upgraded(event)
        claim = event["replacement"] if event["type"] == "correction" else event
        return repeats.repeat_key(claim) if claim["type"] in repeats.KINDS_CHECKED else None
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError):
        return None

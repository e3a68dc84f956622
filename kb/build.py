"""kb build: project the event files into kb.db, exactly, atomically, and fast.

The database is a pure function of the event files and snapshots. A full build writes a
new file next to kb.db and swaps it in with os.replace; an incremental build (the default
when kb.db exists and only new files appeared) copies kb.db, adds the new events, and swaps
the copy in. Either way a build killed at any moment leaves the previous kb.db whole.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils

from kb import __version__
from kb.append import validate
from kb.errors import KbError
from kb.ids import event_id
from kb.projection import TABLES, Row, project
from kb.quotes import found_in, words_to_check
from kb.store import KnowledgeBase

# Bump the part after "+" whenever the projection changes: an incremental build then
# becomes a full one.
BUILDER_VERSION = f"{__version__}+projection.2"
BATCH = 2000
TEMP_MARK = "-build-"


@dataclass(frozen=True)
class BuildResult:
    mode: str  # full, incremental or up-to-date
    events: int
    claims: int
    problems: int
    seconds: float
    db: Path

    def __str__(self) -> str:
        mode = {"full": "Built", "incremental": "Updated", "up-to-date": "Up to date:"}[self.mode]
        return (
            f"{mode} {self.db.name}: {self.events} events, {self.claims} claims, "
            f"{self.problems} problem{'s' if self.problems != 1 else ''} ({self.seconds:.2f} s)"
        )


def parse_as_of(text: str) -> str:
    """A point in time as recorded_at writes it; a date alone means the end of that day (UTC)."""
    try:
        if len(text) == 10:
            moment = dt.datetime.fromisoformat(text).replace(hour=23, minute=59, second=59, microsecond=999999)
        else:
            moment = dt.datetime.fromisoformat(text)
    except ValueError:
        raise KbError(f"--as-of {text!r}: not a date or time — use 2025-05-01 or 2025-05-01T12:00:00Z") from None
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def read_event(kb: KnowledgeBase, path: Path) -> Row:
    """An event file, checked: readable, its content's hash is its name and id, valid."""
    event = kb.read(path)
    where = kb.relative(path)
    computed = event_id(event)
    if event.get("id") != computed or path.stem != computed:
        raise KbError(f"{where}: its content's hash is {computed}, not its id or name — the file was edited or renamed")
    try:
        validate(event)
    except KbError as error:
        raise KbError(f"{where}: {error}") from None
    return event


def snapshot_digest(kb: KnowledgeBase) -> str:
    names = sorted(path.name for path in kb.snapshots_dir.glob("*.txt")) if kb.snapshots_dir.is_dir() else []
    return hashlib.sha256("\n".join(names).encode()).hexdigest()


def git_commit(root: Path) -> str | None:
    try:
        result = subprocess.run(
            ["git", "-C", str(root), "rev-parse", "HEAD"], capture_output=True, text=True, timeout=10, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return result.stdout.strip() or None if result.returncode == 0 else None


def build(
    kb: KnowledgeBase,
    db_path: Path | None = None,
    *,
    full: bool = False,
    as_of: str | None = None,
    strict: bool = False,
    now: Callable[[], str],
    progress: Callable[[int], None] | None = None,
    on_total: Callable[[int], None] | None = None,
) -> BuildResult:
    """Build or bring up to date the database of a knowledge base."""
    started = time.perf_counter()
    db_path = Path(db_path or kb.default_db)
    _remove_stale_temps(db_path)
    paths = list(kb.paths())
    new_paths = None if full or as_of else _new_paths(kb, db_path, paths)
    if new_paths == []:
        with contextlib.closing(sqlite3.connect(db_path)) as conn:
            events, claims, problems = _counts(conn)
        return BuildResult("up-to-date", events, claims, problems, time.perf_counter() - started, db_path)
    temp = db_path.with_name(f"{db_path.name}{TEMP_MARK}{os.getpid()}")
    temp.unlink(missing_ok=True)
    try:
        if new_paths is None:
            mode, todo = "full", paths
        else:
            mode, todo = "incremental", new_paths
            shutil.copyfile(db_path, temp)
        if on_total:
            on_total(len(todo))
        db = sqlite_utils.Database(temp)
        db.execute("PRAGMA journal_mode = OFF")
        db.execute("PRAGMA synchronous = OFF")
        if mode == "full":
            _create_tables(db)
        with db.conn:
            new_ids = _load(kb, db, todo, as_of, progress)
            _finish(kb, db, new_ids if mode == "incremental" else None, as_of, now)
        if mode == "full":
            _index(db)
        events, claims, problems = _counts(db.conn)
        if strict and problems:
            raise KbError(
                f"{problems} problem{'s' if problems != 1 else ''} (see the _problems table of a build without "
                f"--strict) — {db_path.name} left as it was"
            )
        db.close()
        _fsync(temp)
        os.replace(temp, db_path)
        _fsync(db_path.parent)
    finally:
        temp.unlink(missing_ok=True)
    return BuildResult(mode, events, claims, problems, time.perf_counter() - started, db_path)


def _new_paths(kb: KnowledgeBase, db_path: Path, paths: list[Path]) -> list[Path] | None:
    """The files not yet in kb.db, or None when only a full build will do."""
    if not db_path.exists():
        return None
    try:
        with contextlib.closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)) as conn:
            meta = dict(conn.execute("SELECT key, value FROM _meta"))
            built = {row[0] for row in conn.execute("SELECT id FROM events")}
    except sqlite3.DatabaseError:
        return None
    if (
        meta.get("builder_version") != BUILDER_VERSION
        or meta.get("as_of")
        or meta.get("snapshots_digest") != snapshot_digest(kb)
    ):
        return None
    on_disk = {path.stem for path in paths}
    if not built <= on_disk or len(on_disk) != len(paths):
        return None  # a file was removed or renamed, or one ID is in two files
    return [path for path in paths if path.stem not in built]


def _remove_stale_temps(db_path: Path) -> None:
    """Temporary databases of builds that were killed: their process is gone."""
    for temp in db_path.parent.glob(f"{db_path.name}{TEMP_MARK}*"):
        pid = temp.name.rpartition(TEMP_MARK)[2]
        if pid.isdigit() and not _alive(int(pid)):
            temp.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _create_tables(db: sqlite_utils.Database) -> None:
    for name, table in TABLES.items():
        db[name].create(table.columns, pk=table.pk, foreign_keys=list(table.foreign_keys))


def _index(db: sqlite_utils.Database) -> None:
    for name, table in TABLES.items():
        for column in table.indexes:
            db[name].create_index([column])
        if table.fts:
            db[name].enable_fts(list(table.fts), create_triggers=True)
    db.execute("ANALYZE")


def _insert_sql(name: str) -> str:
    columns = list(TABLES[name].columns)
    placeholders = ", ".join(f":{column}" for column in columns)
    sql = f"INSERT OR IGNORE INTO [{name}] ({', '.join(f'[{c}]' for c in columns)}) VALUES ({placeholders})"
    if name == "entities":
        # Two entity events with one key: the smaller ID wins, whatever the order of the files.
        updates = ", ".join(f"[{c}] = excluded.[{c}]" for c in columns if c != "key")
        sql = (
            sql.replace("INSERT OR IGNORE", "INSERT")
            + f" ON CONFLICT(key) DO UPDATE SET {updates} WHERE excluded.id < entities.id"
        )
    return sql


def _load(
    kb: KnowledgeBase,
    db: sqlite_utils.Database,
    paths: Iterable[Path],
    as_of: str | None,
    progress: Callable[[int], None] | None,
) -> set[str]:
    """Insert the rows of these files' events; returns their IDs."""
    sql = {name: _insert_sql(name) for name in TABLES}
    buffers: dict[str, list[Row]] = defaultdict(list)
    ids: set[str] = set()

    def flush() -> None:
        for name, rows in buffers.items():
            db.conn.executemany(sql[name], [{c: row.get(c) for c in TABLES[name].columns} for row in rows])
        buffers.clear()

    count = 0
    for count, path in enumerate(paths, start=1):
        event = read_event(kb, path)
        if as_of is None or event["recorded_at"] <= as_of:
            ids.add(event["id"])
            for name, row in project(event):
                buffers[name].append(row)
        if count % BATCH == 0:
            flush()
            if progress:
                progress(BATCH)
    flush()
    if progress:
        progress(count % BATCH)
    return ids


def _finish(
    kb: KnowledgeBase, db: sqlite_utils.Database, new_ids: set[str] | None, as_of: str | None, now: Callable[[], str]
) -> None:
    """What depends on several events: snapshots held, statuses, verification, problems, _meta."""
    conn = db.conn
    held = {path.stem for path in kb.snapshots_dir.glob("*.txt")} if kb.snapshots_dir.is_dir() else set()
    conn.execute("CREATE TEMP TABLE held (sha TEXT PRIMARY KEY)")
    conn.executemany("INSERT INTO held VALUES (?)", [(sha,) for sha in held])
    # A source without a text_sha256 holds no snapshot: 0, not NULL, so its citations are unverifiable here.
    conn.execute("UPDATE sources SET snapshot_held = coalesce(text_sha256 IN (SELECT sha FROM held), 0)")
    if new_ids is not None:
        # Sources that arrived after the claims citing them: check those citations again.
        conn.execute("CREATE TEMP TABLE new_ids (id TEXT PRIMARY KEY)")
        conn.executemany("INSERT INTO new_ids VALUES (?)", [(i,) for i in new_ids])
        conn.execute("UPDATE citations SET verified = NULL WHERE source IN (SELECT id FROM new_ids)")
        conn.execute(
            "UPDATE claims SET verified = NULL WHERE id IN (SELECT claim FROM citations WHERE verified IS NULL)"
        )
    _statuses(conn)
    _verify(kb, conn)
    _problems(conn)
    _meta(kb, conn, as_of, now)


def _statuses(conn: sqlite3.Connection) -> None:
    """A retracted or corrected claim keeps its row; the latest retraction or correction decides."""
    conn.execute(
        """
        UPDATE claims SET (status, status_reason, replaced_by, retracted_by) = (
          SELECT CASE c.kind WHEN 'retraction' THEN 'retracted' ELSE 'corrected' END, c.reason,
                 CASE c.kind WHEN 'correction' THEN c.id END, CASE c.kind WHEN 'retraction' THEN c.id END
          FROM corrections c WHERE c.target = claims.id ORDER BY c.recorded_at DESC, c.id DESC LIMIT 1)
        WHERE id IN (SELECT target FROM corrections)
        """
    )


def _verify(kb: KnowledgeBase, conn: sqlite3.Connection) -> None:
    """Check the citations and quotes not checked yet against the snapshots held."""
    conn.execute(
        """UPDATE citations SET verified = CASE
             WHEN source NOT IN (SELECT id FROM sources) THEN 'dangling'
             WHEN source IN (SELECT id FROM sources WHERE snapshot_held = 0) THEN 'unverifiable' END
           WHERE verified IS NULL"""
    )
    texts: dict[str, str | None] = {}

    def text_of(sha: str) -> str | None:
        if sha not in texts:
            texts[sha] = kb.snapshot_text(sha)
        return texts[sha]

    rows = conn.execute(
        """SELECT c.id, c.excerpt, s.text_sha256 FROM citations c JOIN sources s ON s.id = c.source
           WHERE c.verified IS NULL"""
    ).fetchall()
    conn.executemany(
        "UPDATE citations SET verified = ? WHERE id = ?",
        [("verified" if found_in(excerpt, text_of(sha) or "") else "not_found", id_) for id_, excerpt, sha in rows],
    )
    quotes = conn.execute(
        """SELECT st.id, st.attribution, st.text,
                  (SELECT json_group_array(s.text_sha256) FROM citations c JOIN sources s ON s.id = c.source
                   WHERE c.claim = st.id AND s.snapshot_held)
           FROM statements st JOIN claims cl ON cl.id = st.id
           WHERE cl.verified IS NULL AND st.attribution IN ('direct_quote', 'partial_quote')"""
    ).fetchall()
    updates = []
    for claim, attribution, text, shas in quotes:
        held = [text_of(sha) or "" for sha in json.loads(shas)]
        checks = words_to_check({"type": "statement", "attribution": attribution, "text": text})
        if held and checks:
            ok = all(any(found_in(words, t) for t in held) for _, words in checks)
            updates.append(("verified" if ok else "not_found", claim))
    conn.executemany("UPDATE statements SET quote_verified = ? WHERE id = ?", updates)
    conn.execute(
        """UPDATE claims SET verified = CASE
             WHEN EXISTS (SELECT 1 FROM citations c WHERE c.claim = claims.id AND c.verified = 'not_found')
               OR EXISTS (SELECT 1 FROM statements s WHERE s.id = claims.id AND s.quote_verified = 'not_found')
               THEN 'not_found'
             WHEN EXISTS (SELECT 1 FROM citations c WHERE c.claim = claims.id AND c.verified = 'verified')
               THEN 'verified'
             ELSE 'unverifiable' END
           WHERE verified IS NULL"""
    )


# (table, column holding an entity key, column holding the event ID). claims.actor is left
# out: it repeats the speaker, holder, subject or participant that its own table checks.
ENTITY_REFERENCES = [
    (table, column, "meeting" if table == "participants" else "id")
    for table, spec in TABLES.items()
    for column, other, _ in spec.foreign_keys
    if other == "entities" and table != "aliases" and (table, column) != ("claims", "actor")
]


def _problems(conn: sqlite3.Connection) -> None:
    queries = [
        (
            "dangling_entity",
            f"SELECT t.[{event}], '{table}.{column}: no entity ' || t.[{column}] FROM [{table}] t "
            f"WHERE t.[{column}] IS NOT NULL AND t.[{column}] NOT IN (SELECT key FROM entities)",
        )
        for table, column, event in ENTITY_REFERENCES
    ] + [
        (
            "dangling_source",
            "SELECT claim, 'cites ' || source || ', not a source here' FROM citations WHERE verified = 'dangling'",
        ),
        (
            "excerpt_not_found",
            "SELECT claim, 'excerpt not in the text of ' || source || ': ' || substr(excerpt, 1, 80) "
            "FROM citations WHERE verified = 'not_found'",
        ),
        (
            "quote_not_found",
            "SELECT id, 'quoted words not in the cited texts: ' || substr(text, 1, 80) "
            "FROM statements WHERE quote_verified = 'not_found'",
        ),
        (
            "dangling_target",
            "SELECT id, kind || ' of ' || target || ', which is not a claim here' "
            "FROM corrections WHERE target NOT IN (SELECT id FROM claims)",
        ),
        (
            "duplicate_entity_key",
            """SELECT e.id, 'entity key ' || json_extract(e.json, '$.key') || ' is also defined by ' || k.id
               FROM events e JOIN entities k ON k.key = json_extract(e.json, '$.key')
               WHERE e.type = 'entity' AND e.id != k.id""",
        ),
        (
            "likely_duplicate",
            """SELECT c.id, 'same ' || c.kind || ', date, actor and text as ' || d.id FROM claims c JOIN claims d
               ON d.kind = c.kind AND d.negotiation = c.negotiation AND d.occurred_at = c.occurred_at
               AND d.actor IS c.actor AND d.text = c.text AND d.id < c.id
               WHERE c.status = 'active' AND d.status = 'active'""",
        ),
    ]
    conn.execute("DELETE FROM _problems")
    rows = []
    for kind, query in queries:
        for event, detail in conn.execute(query):
            key = hashlib.sha256(f"{kind}\0{event}\0{detail}".encode()).hexdigest()[:16]
            rows.append((key, event, kind, detail))
    conn.executemany("INSERT OR IGNORE INTO _problems VALUES (?, ?, ?, ?)", rows)


def _meta(kb: KnowledgeBase, conn: sqlite3.Connection, as_of: str | None, now: Callable[[], str]) -> None:
    digest = hashlib.sha256()
    count = 0
    for (event_id_,) in conn.execute("SELECT id FROM events ORDER BY id"):
        digest.update(event_id_.encode() + b"\n")
        count += 1
    meta: dict[str, Any] = {
        "event_count": str(count),
        "ids_digest": digest.hexdigest(),
        "builder_version": BUILDER_VERSION,
        "git_commit": git_commit(kb.root),
        "built_at": now(),
        "as_of": as_of,
        "snapshots_digest": snapshot_digest(kb),
    }
    conn.executemany("INSERT OR REPLACE INTO _meta VALUES (?, ?)", list(meta.items()))


def _counts(conn: sqlite3.Connection) -> tuple[int, int, int]:
    return tuple(
        conn.execute(f"SELECT count(*) FROM [{name}]").fetchone()[0] for name in ("events", "claims", "_problems")
    )  # type: ignore[return-value]

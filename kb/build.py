"""kb build: project the event files into kb.db, exactly, atomically, and fast.

The database is a pure function of the event files and snapshots. A full build writes a
new file next to kb.db and swaps it in with os.replace; an incremental build (the default
when kb.db exists and only new files appeared) copies kb.db, adds the new events, and swaps
the copy in. Either way a build killed at any moment leaves the previous kb.db whole.
"""

from __future__ import annotations

import collections
import contextlib
import functools
import hashlib
import json
import multiprocessing
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils

from kb import __version__
from kb.errors import KbError
from kb.projection import TABLES, VIEWS, project
from kb.query import read_event_with_stat
from kb.quotes import squeeze, words_to_check
from kb.store import KnowledgeBase, fsync_path

# Bump the part after "+" whenever the projection changes: an incremental build then
# becomes a full one.
BUILDER_VERSION = f"{__version__}+projection.7"
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
    workers: int = 1,
) -> BuildResult:
    """Build or bring up to date the database of a knowledge base; with ``workers`` > 1,
    that many processes read, check and project the files of a large build."""
    started = time.perf_counter()
    db_path = Path(db_path or kb.default_db)
    _remove_stale_temps(db_path)
    files = list(kb.files())
    plan = None if full or as_of else _plan_incremental(kb, db_path, files)
    if plan is not None and not plan.new:
        with contextlib.closing(sqlite3.connect(db_path)) as conn:
            events, claims, problems = _counts(conn)
        return BuildResult("up-to-date", events, claims, problems, time.perf_counter() - started, db_path)
    temp = db_path.with_name(f"{db_path.name}{TEMP_MARK}{os.getpid()}")
    db = None
    try:
        temp.unlink(missing_ok=True)
        if plan is None:
            mode, todo = "full", files
        else:
            mode, todo = "incremental", plan.new
            shutil.copyfile(db_path, temp)
        del files
        if on_total:
            on_total(len(todo))
        db = sqlite_utils.Database(temp)
        db.execute("PRAGMA journal_mode = OFF")
        db.execute("PRAGMA synchronous = OFF")
        if mode == "full":
            _create_tables(db)
        with db.conn:
            loaded = _load(kb, db, todo, as_of, progress, keep_ids=mode == "incremental", workers=workers)
            if mode == "full":
                _index(db, finished=False)  # after the bulk load, and before _finish, whose queries need them
            stamp = plan.stamp if plan is not None else loaded.stamp
            _finish(kb, db, loaded.ids if mode == "incremental" else None, as_of, now, stamp)
        if mode == "full":
            _index(db, finished=True)
            _search(db)
        events, claims, problems = _counts(db.conn)
        if strict and problems:
            raise KbError(
                f"{problems} problem{'s' if problems != 1 else ''} (see the _problems table of a build without "
                f"--strict) — {db_path.name} left as it was"
            )
        db.close()
        fsync_path(temp)
        os.replace(temp, db_path)
    except (OSError, sqlite3.Error) as error:  # a full disk, a read-only folder, a permission
        if isinstance(error, OSError):
            where, reason = Path(error.filename or temp), error.strerror or str(error)
        else:
            where, reason = temp, str(error)
        raise KbError(
            f"could not build {kb.relative(db_path)}: {kb.relative(where)}: {reason} — {db_path.name} is left as it was"
        ) from None
    finally:
        if db is not None:
            db.close()
        with contextlib.suppress(OSError):  # none made; or the next build removes it
            temp.unlink(missing_ok=True)
    try:
        fsync_path(db_path.parent)
    except OSError as error:
        raise KbError(
            f"built {kb.relative(db_path)}, but could not flush its folder to disk: {error.strerror or error} "
            "— build again once the disk is fixed"
        ) from None
    return BuildResult(mode, events, claims, problems, time.perf_counter() - started, db_path)


def _stamp_line(name: str, stat: os.stat_result) -> bytes:
    """A file's line of files_stamp (_plan_incremental writes it inline, for speed)."""
    return f"{name}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode()


@dataclass(frozen=True)
class Plan:
    new: list[str]  # the files to add, relative to events/
    stamp: str  # files_stamp of every file, old and new


def _plan_incremental(kb: KnowledgeBase, db_path: Path, files: list[str]) -> Plan | None:
    """The files not yet in kb.db, or None when only a full build will do: a different
    builder or snapshots, an --as-of database, or an event file removed, renamed or changed
    since (its name, size or modification time is not what files_stamp recorded)."""
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
        or not meta.get("files_stamp")
    ):
        return None
    stat = os.stat
    try:  # relative to the folder's descriptor: a fifth faster than whole paths at 100k files
        events_fd = os.open(kb.events_dir, os.O_RDONLY)
        try:
            lines = [
                f"{name}\0{st.st_size}\0{st.st_mtime_ns}\n" for name in files for st in (stat(name, dir_fd=events_fd),)
            ]
        finally:
            os.close(events_fd)
    except OSError:
        return None  # a file gone since it was listed: let the full build say so
    built_before = [name.rpartition(os.sep)[2][:-5] in built for name in files]
    old = "".join(line for line, before in zip(lines, built_before, strict=True) if before)
    if sum(built_before) != len(built) or hashlib.sha256(old.encode()).hexdigest() != meta["files_stamp"]:
        return None  # a file was removed, renamed or changed, or one ID is in two files
    new = [name for name, before in zip(files, built_before, strict=True) if not before]
    return Plan(new, hashlib.sha256("".join(lines).encode()).hexdigest())


def _remove_stale_temps(db_path: Path) -> None:
    """Temporary databases of builds that were killed: their process is gone."""
    for temp in db_path.parent.glob(f"{db_path.name}{TEMP_MARK}*"):
        pid = temp.name.rpartition(TEMP_MARK)[2]
        if pid.isdigit() and not _alive(int(pid)):
            with contextlib.suppress(OSError):  # a read-only folder: the build will say so
                temp.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _create_tables(db: sqlite_utils.Database) -> None:
    for name, table in TABLES.items():
        db.table(name).create(table.columns, pk=table.pk, foreign_keys=list(table.foreign_keys))
    for name, sql in VIEWS.items():
        db.create_view(name, sql)


# Indexed columns that _finish writes: indexed after it, not kept up to date row by row.
FINISHED_COLUMNS = {("claims", "status"), ("claims", "verified"), ("citations", "verified")}


def _index(db: sqlite_utils.Database, finished: bool) -> None:
    """The indexes of the columns _finish writes (finished=True), or of all the others."""
    for name, table in TABLES.items():
        for column in table.indexes:
            if ((name, column) in FINISHED_COLUMNS) == finished:
                db.table(name).create_index([column])


def _search(db: sqlite_utils.Database) -> None:
    """Full-text search, made once the rows are final; then the planner's statistics."""
    for name, table in TABLES.items():
        if table.fts:
            db.table(name).enable_fts(list(table.fts), create_triggers=True)
    db.execute("ANALYZE")


def _insert_sql(name: str) -> str:
    columns = list(TABLES[name].columns)
    placeholders = ", ".join("?" for _ in columns)
    sql = f"INSERT OR IGNORE INTO [{name}] ({', '.join(f'[{c}]' for c in columns)}) VALUES ({placeholders})"
    if name == "entities":
        # Two entity events with one key: the smaller ID wins, whatever the order of the files.
        updates = ", ".join(f"[{c}] = excluded.[{c}]" for c in columns if c != "key")
        sql = (
            sql.replace("INSERT OR IGNORE", "INSERT")
            + f" ON CONFLICT(key) DO UPDATE SET {updates} WHERE excluded.id < entities.id"
        )
    return sql


@dataclass
class Loaded:
    ids: set[str]  # the IDs of the events inserted, when asked for
    stamp: str  # files_stamp of the files read


@dataclass
class Batch:
    """The rows of a batch of event files, ready to insert."""

    rows: dict[str, list[tuple[Any, ...]]]
    stamp: bytes  # the files' lines of files_stamp
    ids: list[str]  # the IDs of the events projected
    files: int


COLUMNS = {name: tuple(table.columns) for name, table in TABLES.items()}


def project_files(kb: KnowledgeBase, files: list[str], as_of: str | None) -> Batch:
    """Read, check and project event files (paths relative to events/), in this order."""
    rows: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    stamp: list[bytes] = []
    ids: list[str] = []
    base = str(kb.events_dir) + os.sep
    for name in files:
        event, stat = read_event_with_stat(kb, base + name)
        stamp.append(_stamp_line(name, stat))
        if as_of is None or event["recorded_at"] <= as_of:
            ids.append(event["id"])
            for table, row in project(event):
                rows[table].append(tuple(map(row.get, COLUMNS[table])))
    return Batch(dict(rows), b"".join(stamp), ids, len(files))


def _batches(kb: KnowledgeBase, files: list[str], as_of: str | None, workers: int) -> Iterator[Batch]:
    """The batches of these files, in order: projected here, or by worker processes while
    this one inserts (the first bad file in order still stops the build, naming it)."""
    chunks = [files[start : start + BATCH] for start in range(0, len(files), BATCH)]
    if workers <= 1 or len(chunks) < 2 * workers or sys.platform != "linux":
        for chunk in chunks:
            yield project_files(kb, chunk, as_of)
        return
    # Forked, not spawned: a spawned worker imports the caller's __main__ again, which fails
    # (and the pool respawns it forever) when that is stdin, a notebook or an unguarded script.
    context = multiprocessing.get_context("fork")
    with context.Pool(workers, initializer=_start_worker, initargs=(kb.root,)) as pool:
        pending: collections.deque[Any] = collections.deque()
        for chunk in chunks:
            pending.append(pool.apply_async(_project_in_worker, (chunk, as_of)))
            if len(pending) > 2 * workers:  # a few batches ahead, never the whole knowledge base
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()


_WORKER_KB: KnowledgeBase | None = None


def _start_worker(root: Path) -> None:
    global _WORKER_KB
    _WORKER_KB = KnowledgeBase(root)


def _project_in_worker(files: list[str], as_of: str | None) -> Batch:
    assert _WORKER_KB is not None
    return project_files(_WORKER_KB, files, as_of)


def _load(
    kb: KnowledgeBase,
    db: sqlite_utils.Database,
    files: list[str],
    as_of: str | None,
    progress: Callable[[int], None] | None,
    keep_ids: bool = True,
    workers: int = 1,
) -> Loaded:
    """Insert the rows of these files' events (paths relative to events/)."""
    sql = {name: _insert_sql(name) for name in TABLES}
    ids: set[str] = set()
    stamp = hashlib.sha256()
    for batch in _batches(kb, files, as_of, workers):
        for name, rows in batch.rows.items():
            db.conn.executemany(sql[name], rows)
        stamp.update(batch.stamp)
        if keep_ids:
            ids.update(batch.ids)
        if progress:
            progress(batch.files)
    return Loaded(ids, stamp.hexdigest())


def _finish(
    kb: KnowledgeBase,
    db: sqlite_utils.Database,
    new_ids: set[str] | None,
    as_of: str | None,
    now: Callable[[], str],
    files_stamp: str,
) -> None:
    """What depends on several events: snapshots held, statuses, verification, problems, _meta."""
    conn = db.conn
    held = {path.stem for path in kb.snapshots_dir.glob("*.txt")} if kb.snapshots_dir.is_dir() else set()
    conn.execute("CREATE TEMP TABLE held (sha TEXT PRIMARY KEY)")
    conn.executemany("INSERT INTO held VALUES (?)", [(sha,) for sha in held])
    # A source without a text_sha256 holds no snapshot: 0, not NULL, so its citations are unverifiable here.
    # Rows are only written where the value changes, here and below: in an incremental build
    # every write of a row also rewrites its full-text index entry.
    conn.execute(
        """UPDATE sources SET snapshot_held = coalesce(text_sha256 IN (SELECT sha FROM held), 0)
           WHERE snapshot_held IS NOT coalesce(text_sha256 IN (SELECT sha FROM held), 0)"""
    )
    if new_ids is not None:
        # Sources that arrived after the claims citing them: check those citations again.
        conn.execute("CREATE TEMP TABLE new_ids (id TEXT PRIMARY KEY)")
        conn.executemany("INSERT INTO new_ids VALUES (?)", [(i,) for i in new_ids])
        conn.execute("UPDATE citations SET verified = NULL WHERE source IN (SELECT id FROM new_ids)")
        conn.execute(
            "UPDATE claims SET verified = NULL WHERE id IN (SELECT claim FROM citations WHERE verified IS NULL)"
        )
    changed = _statuses(conn)
    _agreement_origins(conn)
    _verify(kb, conn)
    # The claims whose likely duplicates may have changed: the new ones and those whose status did.
    _problems(conn, None if new_ids is None else new_ids | changed)
    _meta(kb, conn, as_of, now, files_stamp)


def _statuses(conn: sqlite3.Connection) -> set[str]:
    """A retracted or corrected claim keeps its row; the latest retraction or correction decides.
    Returns the IDs of the claims whose status changed."""
    changes = conn.execute(
        """
        SELECT x.status, x.reason, x.replaced_by, x.retracted_by, cl.id FROM claims cl JOIN (
          SELECT target, CASE kind WHEN 'retraction' THEN 'retracted' ELSE 'corrected' END AS status, reason,
                 CASE kind WHEN 'correction' THEN id END AS replaced_by,
                 CASE kind WHEN 'retraction' THEN id END AS retracted_by,
                 row_number() OVER (PARTITION BY target ORDER BY recorded_at DESC, id DESC) AS n
          FROM corrections) x ON x.target = cl.id AND x.n = 1
        WHERE cl.status IS NOT x.status OR cl.status_reason IS NOT x.reason
           OR cl.replaced_by IS NOT x.replaced_by OR cl.retracted_by IS NOT x.retracted_by
        """
    ).fetchall()
    conn.executemany(
        "UPDATE claims SET status = ?, status_reason = ?, replaced_by = ?, retracted_by = ? WHERE id = ?", changes
    )
    return {row[-1] for row in changes}


def _agreement_origins(conn: sqlite3.Connection) -> None:
    """Each report of an agreement points at the first report of it, so its history reads in order."""
    conn.execute(
        """
        WITH RECURSIVE chain(id, origin, depth) AS (
          SELECT id, id, 0 FROM agreements WHERE follows IS NULL OR follows NOT IN (SELECT id FROM agreements)
          UNION ALL
          SELECT a.id, chain.origin, chain.depth + 1 FROM agreements a JOIN chain ON a.follows = chain.id
          WHERE chain.depth < 1000
        )
        UPDATE agreements SET origin = (SELECT origin FROM chain WHERE chain.id = agreements.id)
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

    @functools.lru_cache(maxsize=256)
    def text_of(sha: str) -> str:
        """A snapshot's text with its white space squeezed, as found_in compares it."""
        return squeeze(kb.snapshot_text(sha) or "")

    # Every citation still unchecked has a source whose snapshot is held (the update above
    # settled the others). likelihood(): after ANALYZE the planner thinks half the rows are
    # NULL and scans the table, but in an incremental build only the new ones are. In the
    # order of their snapshots, so each text is read once; streamed, then updated.
    citations = conn.execute(
        """SELECT id, excerpt, sha FROM (
             SELECT c.id, c.excerpt, (SELECT s.text_sha256 FROM sources s WHERE s.id = c.source) AS sha
             FROM citations c WHERE likelihood(c.verified IS NULL, 0.001))
           ORDER BY sha"""
    )
    verdicts = [("verified" if squeeze(words) in text_of(sha) else "not_found", id_) for id_, words, sha in citations]
    conn.executemany("UPDATE citations SET verified = ? WHERE id = ?", verdicts)
    quotes = conn.execute(
        """SELECT id, attribution, text, shas FROM (
             SELECT st.id, st.attribution, st.text,
                    (SELECT json_group_array(s.text_sha256) FROM citations c JOIN sources s ON s.id = c.source
                     WHERE c.claim = st.id AND s.snapshot_held) AS shas
             FROM claims cl CROSS JOIN statements st ON st.id = cl.id
             WHERE likelihood(cl.verified IS NULL, 0.001) AND st.attribution IN ('direct_quote', 'partial_quote'))
           ORDER BY shas"""
    )
    updates = []
    for claim, attribution, text, shas in quotes:
        held = [text_of(sha) for sha in json.loads(shas)]
        checks = words_to_check({"type": "statement", "attribution": attribution, "text": text})
        if held and checks:
            ok = all(any(squeeze(words) in t for t in held) for _, words in checks)
            updates.append(("verified" if ok else "not_found", claim))
    conn.executemany("UPDATE statements SET quote_verified = ? WHERE id = ?", updates)
    # "+c.verified": look citations up by claim, never by the verified index (which, before
    # ANALYZE, the planner may prefer, scanning every verified citation for each claim).
    conn.execute(
        """UPDATE claims SET verified = CASE
             WHEN EXISTS (SELECT 1 FROM citations c WHERE c.claim = claims.id AND +c.verified = 'not_found')
               OR EXISTS (SELECT 1 FROM statements s WHERE s.id = claims.id AND +s.quote_verified = 'not_found')
               THEN 'not_found'
             WHEN EXISTS (SELECT 1 FROM citations c WHERE c.claim = claims.id AND +c.verified = 'verified')
               THEN 'verified'
             ELSE 'unverifiable' END
           WHERE verified IS NULL"""
    )


def _event_column(table: str) -> str:
    """The column of a table that holds the ID of the event a row comes from."""
    return next(column for column, other, _ in TABLES[table].foreign_keys if other in ("claims", "events"))


# (table, column holding an entity key, column holding the event ID). claims.actor is left
# out: it repeats the speaker, holder, subject or participant that its own table checks.
ENTITY_REFERENCES = [
    (table, column, _event_column(table))
    for table, spec in TABLES.items()
    for column, other, _ in spec.foreign_keys
    if other == "entities" and table != "aliases" and (table, column) != ("claims", "actor")
]


def _problems(conn: sqlite3.Connection, touched: set[str] | None = None) -> None:
    """Rows of _problems: all found again, or, given the events touched by an incremental
    build (the new ones and the claims whose status changed), dangling entities and likely
    duplicates only among them and the rows that had those problems before."""
    if touched is not None:
        conn.execute("CREATE TEMP TABLE touched (id TEXT PRIMARY KEY)")
        conn.executemany("INSERT INTO touched VALUES (?)", [(i,) for i in touched])
        # An entity key, once in kb.db, stays there until a full build: a row that named a
        # known entity still does, so only new rows and those that dangled may dangle now.
        conn.execute(
            """CREATE TEMP TABLE recheck AS SELECT id FROM touched
               UNION SELECT event FROM _problems WHERE kind = 'dangling_entity'"""
        )
    only_rechecked = "" if touched is None else " AND t.[{event}] IN (SELECT id FROM recheck)"
    queries = [
        (
            "dangling_entity",
            f"SELECT t.[{event}], '{table}.{column}: no entity ' || t.[{column}] FROM [{table}] t "
            f"WHERE t.[{column}] IS NOT NULL AND t.[{column}] NOT IN (SELECT key FROM entities)"
            + only_rechecked.format(event=event),
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
        *(
            (
                "dangling_agreement",
                f"SELECT t.[{event}], '{table}.{column}: ' || t.[{column}] || ' is not an agreement here' "
                f"FROM [{table}] t WHERE t.[{column}] IS NOT NULL AND t.[{column}] NOT IN (SELECT id FROM agreements)",
            )
            for table, column, event in (
                ("agreements", "follows", "id"),
                ("measures", "agreement", "id"),
                ("statements", "about_agreement", "id"),
            )
        ),
        (
            "dangling_term",
            "SELECT id, 'about_term ' || about_term || ' is not a term of ' || about_agreement FROM statements "
            "WHERE about_term IS NOT NULL "
            "AND about_agreement || '#' || about_term NOT IN (SELECT id FROM agreement_terms)",
        ),
        (
            "forked_correction",
            "SELECT target, 'corrected separately by ' || group_concat(id, ' and ') || ' — the latest counts; "
            "correct it to join them' FROM (SELECT target, id FROM corrections WHERE kind = 'correction' ORDER BY id) "
            "GROUP BY target HAVING count(*) > 1",
        ),
        (
            "duplicate_entity_key",
            """SELECT e.id, 'entity key ' || json_extract(e.json, '$.key') || ' is also defined by ' || k.id
               FROM events e JOIN entities k ON k.key = json_extract(e.json, '$.key')
               WHERE e.type = 'entity' AND e.id != k.id""",
        ),
    ]
    if touched is None:
        conn.execute("DELETE FROM _problems")
        queries.append(("likely_duplicate", LIKELY_DUPLICATES))
    else:
        # The other problems are found again; likely duplicates only around the claims touched,
        # the other pairs being unchanged: same rows as a full build, without a sort of every claim.
        conn.execute(
            """DELETE FROM _problems WHERE kind != 'likely_duplicate' OR event IN (SELECT id FROM touched)
               OR substr(detail, -19) IN (SELECT id FROM touched)"""
        )
        queries.append(("likely_duplicate", LIKELY_DUPLICATES_OF_TOUCHED))
    rows = []
    for kind, query in queries:
        for event, detail in conn.execute(query):
            key = hashlib.sha256(f"{kind}\0{event}\0{detail}".encode()).hexdigest()[:16]
            rows.append((key, event, kind, detail))
    conn.executemany("INSERT OR IGNORE INTO _problems VALUES (?, ?, ?, ?)", rows)
    if touched is not None:
        conn.execute("DROP TABLE touched")
        conn.execute("DROP TABLE recheck")


# Each active claim with every active one of smaller ID that has the same kind, negotiation,
# date, actor and text (the detail ends with that ID). The GROUP BY finds the keys shared by
# several claims in one sort; the joins then only meet claims that have a twin.
LIKELY_DUPLICATES = """
    WITH keys AS (
      SELECT kind, negotiation, occurred_at, actor, text FROM claims WHERE status = 'active'
      GROUP BY kind, negotiation, occurred_at, actor, text HAVING count(*) > 1)
    SELECT c.id, 'same ' || c.kind || ', date, actor and text as ' || d.id
    FROM keys k
    CROSS JOIN claims c ON c.occurred_at = k.occurred_at AND +c.kind = k.kind AND +c.negotiation = k.negotiation
      AND +c.actor IS k.actor AND c.text = k.text AND +c.status = 'active'
    CROSS JOIN claims d ON d.occurred_at = k.occurred_at AND +d.kind = k.kind AND +d.negotiation = k.negotiation
      AND +d.actor IS k.actor AND d.text = k.text AND +d.status = 'active' AND d.id < c.id
"""
# The same pairs, only those with a touched claim in them.
LIKELY_DUPLICATES_OF_TOUCHED = """
    WITH pairs AS (
      SELECT max(t.id, y.id) AS c, min(t.id, y.id) AS d, t.kind AS kind
      FROM touched CROSS JOIN claims t ON t.id = touched.id
      CROSS JOIN claims y ON y.occurred_at = t.occurred_at AND +y.kind = t.kind AND +y.negotiation = t.negotiation
        AND +y.actor IS t.actor AND y.text = t.text AND y.id != t.id AND +y.status = 'active'
      WHERE t.status = 'active')
    SELECT DISTINCT c, 'same ' || kind || ', date, actor and text as ' || d FROM pairs
"""


def _meta(
    kb: KnowledgeBase, conn: sqlite3.Connection, as_of: str | None, now: Callable[[], str], files_stamp: str
) -> None:
    ids = [row[0] for row in conn.execute("SELECT id FROM events ORDER BY id")]
    meta: dict[str, Any] = {
        "event_count": str(len(ids)),
        "ids_digest": hashlib.sha256("".join(f"{id_}\n" for id_ in ids).encode()).hexdigest(),
        "builder_version": BUILDER_VERSION,
        "git_commit": git_commit(kb.root),
        "built_at": now(),
        "as_of": as_of,
        "snapshots_digest": snapshot_digest(kb),
        # The names, sizes and modification times of the event files, so that an incremental
        # build notices a file edited in place (and builds in full, which reads it).
        "files_stamp": files_stamp,
    }
    conn.executemany("INSERT OR REPLACE INTO _meta VALUES (?, ?)", list(meta.items()))


def _counts(conn: sqlite3.Connection) -> tuple[int, int, int]:
    return tuple(
        conn.execute(f"SELECT count(*) FROM [{name}]").fetchone()[0] for name in ("events", "claims", "_problems")
    )  # type: ignore[return-value]

"""What a build computes once the rows of every event are loaded, because it depends on several
events: which snapshots are held, each claim's status after corrections, whether excerpts and
quotes are in their sources, the kinds' own cross-event work, the problems, and _meta."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
from collections.abc import Callable, Iterable
from operator import itemgetter
from pathlib import Path
from typing import Any

import sqlite_utils

from kb import __version__
from kb.builder.corroborations import apply_corroborations
from kb.builder.excerpts import by_snapshot, check_excerpts, check_quotes
from kb.builder.problems import find_problems
from kb.builder.projection import TABLES, VIEWS
from kb.builder.summaries import name_entities
from kb.builder.temp_tables import analysed, temp_ids
from kb.builder.workers import parallel_map
from kb.events.safefile import refuse_odd_entries
from kb.events.snapshots import held_intact, snapshot_stamp
from kb.events.store import KnowledgeBase
from kb.model.claim import ClaimKind, quoting_kinds
from kb.model.kind import kinds

# The types of the events an incremental build added.
NEW_TYPES = "SELECT DISTINCT type FROM events WHERE id IN (SELECT id FROM new_ids)"
# The key of an update's row (its last parameter): updates made in the table's order.
BY_KEY = itemgetter(-1)


# The modules the builder imports (kb.kinds' are all hashed too): a change to any of them may
# change the rows. tests/test_build.py checks the list against what importing the builder imports.
BUILDER_MODULES = (
    "builder/__init__", "builder/build", "builder/corroborations", "builder/dbpath", "builder/duplicates",
    "builder/excerpts", "builder/finish",
    "builder/incremental", "builder/load", "builder/problems", "builder/projection", "builder/summaries",
    "builder/temp_tables", "builder/workers", "errors", "events/__init__", "events/anchors",
    "events/catalog", "events/ids", "events/models", "events/query", "events/safefile", "events/snapshots",
    "events/store", "events/strictjson", "kinds/__init__", "model/__init__", "model/claim", "model/claim_tables",
    "model/dates", "model/fields", "model/kind", "model/quotes", "model/render", "model/repeats", "model/reporting",
)  # fmt: skip


def builder_version() -> str:
    """kb's version and a hash of what makes the rows: the tables and views, and the code of
    the builder and of the kinds. Any change to them makes the next build a full one."""
    import kb

    digest = hashlib.sha256(repr((TABLES, {name: view.sql for name, view in VIEWS.items()})).encode())
    package = Path(kb.__file__).parent
    paths = {*package.glob("kinds/*.py"), *(package / f"{name}.py" for name in BUILDER_MODULES)}
    for path in sorted(paths):
        digest.update(str(path.relative_to(package)).encode() + b"\0" + path.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:16]}"


BUILDER_VERSION = builder_version()


def snapshot_marks(kb: KnowledgeBase) -> dict[str, str]:
    """The _meta entries of the snapshots, from one listing taken before a build reads them:
    snapshots_digest (their names) and snapshots_stamp (the digest of snapshot_stamp, which
    changes when one is edited in place)."""
    stamp = snapshot_stamp(kb.snapshots_dir)
    names = [line.partition("\0")[0] for line in stamp.split("\n")] if stamp else []
    return {
        "snapshots_digest": hashlib.sha256("\n".join(names).encode()).hexdigest(),
        "snapshots_stamp": hashlib.sha256(stamp.encode()).hexdigest(),
    }


def git_commit(root: Path) -> str | None:
    try:
        result = subprocess.run(
            ["git", "-C", str(root), "rev-parse", "HEAD"], capture_output=True, text=True, timeout=10, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return result.stdout.strip() or None if result.returncode == 0 else None


def finish(
    kb: KnowledgeBase,
    db: sqlite_utils.Database,
    new_ids: set[str] | None,
    as_of: str | None,
    now: Callable[[], str],
    stamps: dict[str, str],
    workers: int = 1,
) -> None:
    """What depends on several events: snapshots held, statuses, verification (in ``workers``
    processes), problems, _meta (``stamps``: its entries taken before the files were read —
    files_stamp, snapshot_marks)."""
    conn = db.conn
    if new_ids is not None:
        temp_ids(conn, "new_ids", new_ids)
    held, failed = _snapshots_held(kb, conn, incremental=new_ids is not None)
    temp_ids(conn, "held", held, "sha")
    temp_ids(conn, "failed_snapshots", failed, "sha")
    # A source without a text_sha256 holds no snapshot: 0, not NULL, so its citations are unverifiable here.
    # Rows are only written where the value changes, here and below: in an incremental build
    # every write of a row also rewrites its full-text index entry.
    conn.execute(
        """UPDATE sources SET snapshot_held = coalesce(text_sha256 IN (SELECT sha FROM held), 0)
           WHERE snapshot_held IS NOT coalesce(text_sha256 IN (SELECT sha FROM held), 0)"""
    )
    # Further reports: what they add to their claims, and the citations of those withdrawn.
    reported = apply_corroborations(conn, new_ids)
    if new_ids is not None:
        # Sources that arrived after the claims citing them: check those citations again.
        conn.execute("UPDATE citations SET verified = NULL WHERE source IN (SELECT id FROM new_ids)")
        conn.execute(
            "UPDATE claims SET verified = NULL WHERE id IN (SELECT claim FROM citations WHERE verified IS NULL)"
        )
        # The claims (and roles, which cite sources too) checked again below: those whose
        # citations' and quotes' problems find_problems looks at again.
        conn.execute(
            """CREATE TEMP TABLE reverified AS SELECT id FROM claims WHERE likelihood(verified IS NULL, 0.001)
               UNION SELECT claim FROM citations WHERE likelihood(verified IS NULL, 0.001)"""
        )
        analysed(conn, "reverified")
    name_entities(conn, new_ids)
    changed = _statuses(conn, only_new=new_ids is not None)
    arrived = None if new_ids is None else {row[0] for row in conn.execute(NEW_TYPES)}
    for kind in kinds().values():
        if arrived is None or kind.finish_after is None or arrived & kind.finish_after:
            kind.finish(conn)
    check_against_snapshots(kb, conn, workers)
    # The claims whose likely duplicates may have changed: the new ones and those whose status did.
    find_problems(conn, None if new_ids is None else new_ids | changed | reported, workers)
    write_meta(kb, conn, as_of, now, stamps, new_ids)


def _snapshots_held(kb: KnowledgeBase, conn: sqlite3.Connection, incremental: bool) -> tuple[set[str], set[str]]:
    """The sources' snapshots held intact, and those held that fail their hash (see
    kb.events.snapshots); KbError naming anything in snapshots/ that is not a file or folder."""
    refuse_odd_entries(kb.snapshots_dir, kb.relative)
    if not incremental:
        wanted = {row[0] for row in conn.execute("SELECT text_sha256 FROM sources WHERE text_sha256 IS NOT NULL")}
        return held_intact(kb.snapshots_dir, wanted, set())
    # An incremental build runs only when the snapshots are as the last build found them: those
    # it found held, or failing their hash, still are, those it did not find still are not, and
    # only the new sources' snapshots (the new_ids table) are looked for.
    known = {row[0] for row in conn.execute("SELECT text_sha256 FROM sources WHERE snapshot_held = 1")}
    known_failed = conn.execute(
        "SELECT s.text_sha256 FROM _problems p JOIN sources s ON s.id = p.event WHERE p.kind = 'snapshot_failed'"
    )
    new = conn.execute(
        "SELECT text_sha256 FROM sources WHERE text_sha256 IS NOT NULL AND id IN (SELECT id FROM new_ids)"
    )
    held, failed = held_intact(kb.snapshots_dir, {row[0] for row in new} - known, set())
    return known | held, failed | {row[0] for row in known_failed}


def _statuses(conn: sqlite3.Connection, only_new: bool = False) -> set[str]:
    """A retracted or corrected claim keeps its row; the latest retraction or correction decides.
    Returns the IDs of the claims whose status changed. ``only_new`` (an incremental build, with
    its new_ids table): only the claims that are new or targeted by a new event can change."""
    targets = (
        "WHERE target IN (SELECT target FROM corrections WHERE id IN (SELECT id FROM new_ids)) "
        "OR target IN (SELECT id FROM new_ids)"
        if only_new
        else ""
    )
    changes = conn.execute(
        f"""
        SELECT x.status, x.reason, x.replaced_by, x.retracted_by, cl.id FROM claims cl JOIN (
          SELECT target, CASE kind WHEN 'retraction' THEN 'retracted' ELSE 'corrected' END AS status, reason,
                 CASE kind WHEN 'correction' THEN id END AS replaced_by,
                 CASE kind WHEN 'retraction' THEN id END AS retracted_by,
                 row_number() OVER (PARTITION BY target ORDER BY recorded_at DESC, id DESC) AS n
          FROM corrections {targets}) x ON x.target = cl.id AND x.n = 1
        WHERE cl.status IS NOT x.status OR cl.status_reason IS NOT x.reason
           OR cl.replaced_by IS NOT x.replaced_by OR cl.retracted_by IS NOT x.retracted_by
        """
    ).fetchall()
    conn.executemany(
        "UPDATE claims SET status = ?, status_reason = ?, replaced_by = ?, retracted_by = ? WHERE id = ?", changes
    )
    return {row[-1] for row in changes}


def check_against_snapshots(kb: KnowledgeBase, conn: sqlite3.Connection, workers: int) -> None:
    """Check the citations and quotes not checked yet against the snapshots held (in ``workers``
    processes, for many)."""
    conn.execute(
        """UPDATE citations SET verified = CASE
             WHEN source NOT IN (SELECT id FROM sources) THEN 'dangling'
             WHEN source IN (SELECT id FROM sources WHERE snapshot_held = 0) THEN 'unverifiable' END
           WHERE verified IS NULL"""
    )
    # Every citation still unchecked has a source whose snapshot is held (the update above
    # settled the others). likelihood(): after ANALYZE the planner thinks half the rows are
    # NULL and scans the table, but in an incremental build only the new ones are. In the
    # order of their snapshots, so that each text is read once. A source's further texts
    # (other_text_sha256s: "[]" for almost every source) count as well.
    citations = conn.execute(
        """SELECT id, excerpt, sha, more FROM (
             SELECT c.id, c.excerpt, s.text_sha256 AS sha, s.other_text_sha256s AS more
             FROM citations c JOIN sources s ON s.id = c.source WHERE likelihood(c.verified IS NULL, 0.001))
           ORDER BY sha"""
    ).fetchall()
    verdicts, selectors = [], []
    tasks = [(kb.root, chunk) for chunk in by_snapshot(citations, itemgetter(2))]
    for chunk_verdicts, chunk_selectors in parallel_map(check_excerpts, tasks, workers):
        verdicts += chunk_verdicts
        selectors += chunk_selectors
    # Each update in the order of the table's key, not of the snapshots: at a million claims the
    # table is larger than the page cache, and rows updated in key order are read once.
    conn.executemany("UPDATE citations SET verified = ? WHERE id = ?", sorted(verdicts, key=BY_KEY))
    conn.executemany(
        """UPDATE citations SET selector_exact = ?, selector_prefix = ?, selector_suffix = ?, selector_start = ?,
           selector_end = ? WHERE id = ?""",
        sorted(selectors, key=BY_KEY),
    )
    quoting = quoting_kinds()
    for kind in quoting:
        _verify_quoted_words(kb, conn, kind, workers)
    # "+c.verified": look citations up by claim, never by the verified index (which, before
    # ANALYZE, the planner may prefer, scanning every verified citation for each claim).
    not_found = " OR ".join(
        [
            "EXISTS (SELECT 1 FROM citations c WHERE c.claim = claims.id AND +c.verified = 'not_found')",
            *(
                f"EXISTS (SELECT 1 FROM [{kind.table}] t WHERE t.id = claims.id AND +t.quote_verified = 'not_found')"
                for kind in quoting
            ),
        ]
    )
    conn.execute(
        f"""UPDATE claims SET verified = CASE
             WHEN {not_found}
               THEN 'not_found'
             WHEN EXISTS (SELECT 1 FROM citations c WHERE c.claim = claims.id AND +c.verified = 'verified')
               THEN 'verified'
             ELSE 'unverifiable' END
           WHERE verified IS NULL"""
    )


def _verify_quoted_words(kb: KnowledgeBase, conn: sqlite3.Connection, kind: ClaimKind, workers: int) -> None:
    """quote_verified of the claims of a kind not checked yet: whether the words they quote
    (words_to_check) are in a cited source's text held here."""
    rows = conn.execute(
        f"""SELECT id, attribution, text, shas FROM (
             SELECT t.id, cl.attribution, t.text,
                    (SELECT json_group_array(j.value) FROM citations c JOIN sources s ON s.id = c.source,
                       json_each(json_insert(s.other_text_sha256s, '$[#]', s.text_sha256)) j
                     WHERE c.claim = t.id AND s.snapshot_held) AS shas
             FROM claims cl CROSS JOIN [{kind.table}] t ON t.id = cl.id
             WHERE likelihood(cl.verified IS NULL, 0.001) AND {kind.quotes})
           ORDER BY shas"""
    ).fetchall()
    tasks = [(kb.root, kind.type, chunk) for chunk in by_snapshot(rows, itemgetter(3))]
    updates = [verdict for verdicts in parallel_map(check_quotes, tasks, workers) for verdict in verdicts]
    conn.executemany(f"UPDATE [{kind.table}] SET quote_verified = ? WHERE id = ?", sorted(updates, key=BY_KEY))


def ids_digest(ids: Iterable[str], start: str | None = None) -> str:
    """_meta.ids_digest: the exclusive or of the SHA-256 of each ID (64 hex digits), whatever
    their order; ``start``, the digest of other IDs, updated with these (an incremental build)."""
    value = int(start, 16) if start else 0
    for id_ in ids:
        value ^= int.from_bytes(hashlib.sha256(id_.encode()).digest(), "big")
    return f"{value:064x}"


def write_meta(
    kb: KnowledgeBase,
    conn: sqlite3.Connection,
    as_of: str | None,
    now: Callable[[], str],
    stamps: dict[str, str],
    new_ids: set[str] | None = None,
) -> None:
    """_meta; with ``new_ids``, the only events added since it was written (an incremental
    build), the count and digest are updated from theirs rather than from every ID."""
    if new_ids is None:
        count, digest = (
            conn.execute("SELECT count(*) FROM events").fetchone()[0],
            ids_digest(row[0] for row in conn.execute("SELECT id FROM events")),
        )
    else:
        old = dict(conn.execute("SELECT key, value FROM _meta WHERE key IN ('event_count', 'ids_digest')"))
        count, digest = int(old["event_count"]) + len(new_ids), ids_digest(new_ids, old["ids_digest"])
    meta: dict[str, Any] = {
        "event_count": str(count),
        "ids_digest": digest,
        "builder_version": BUILDER_VERSION,
        "git_commit": git_commit(kb.root),
        "built_at": now(),
        "as_of": as_of,
        # files_stamp: each folder's modification time and count of event files (kb.builder.incremental);
        # snapshots_stamp, the same of the snapshots (and their change times and inodes): an
        # incremental build trusts the snapshots the last build checked only while it is unchanged.
        **stamps,
    }
    conn.executemany("INSERT OR REPLACE INTO _meta VALUES (?, ?)", list(meta.items()))

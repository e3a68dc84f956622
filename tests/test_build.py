"""kb build: the tables, what is in them, and that a failed build never touches kb.db."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlite_utils
from conftest import ARTICLE, REPO, Clock, db_rows, make_event

from kb.builder.build import BUILDER_VERSION, build
from kb.builder.projection import TABLES
from kb.cli import cli
from kb.errors import KbError
from kb.events.append import Appender
from kb.events.ids import event_id, file_bytes
from kb.events.store import KnowledgeBase
from kb.model.claim import claim_kinds
from kb.model.kind import kinds

# The tables every knowledge base has whatever its kinds; each kind adds its own (kb.builder.projection.TABLES).
CORE_TABLES = ["events", "sources", "entities", "aliases", "claims", "citations", "topics", "corrections"]
CORE_TABLES += ["_meta", "_repeat_keys", "_problems"]
CLAIM_COLUMNS = [
    "id",
    "kind",
    "occurred_at",
    "year",
    "month",
    "negotiation",
    "actor",
    "actor_description",
    "subject",
    "attribution",
    "modality",
    "topics",
    "summary",
    "text",
    "status",
    "status_reason",
    "replaced_by",
    "retracted_by",
    "corrects",
    "verified",
    "recorded_at",
    "reported_at",
    "place",
    "via",
    "via_description",
    "hedge",
    "note",
    "source_error",
    "source_error_flagged",
    "date_known",
    "sort_key",
]


TOLD = "Akazawa told reporters"  # words of the small knowledge base's article


def run_build(kb: KnowledgeBase, clock: Clock, **options):
    return build(kb, kb.default_db, now=clock, **options)


def add(kb: KnowledgeBase, clock: Clock, payload: dict) -> str:
    """Append through the gate; second reports too (new=True), whose problems the build must list."""
    [path] = Appender(kb, clock, new=True).append([payload])
    return path.stem


def write(kb: KnowledgeBase, clock: Clock, payload: dict) -> str:
    """Write an event without kb add's checks, so that it may dangle or misquote."""
    event = make_event(payload, clock())
    kb.write(event)
    return event["id"]


def statement(source: str, text: str, excerpt: str, **fields) -> dict:
    return {
        "type": "statement",
        "negotiation": "talks",
        "occurred_at": "2025-04-16",
        "speaker": "ryosei-akazawa",
        "attribution": "paraphrase",
        "text": text,
        "citations": [{"source": source, "excerpt": excerpt}],
    } | fields


def one(db_path: Path, sql: str, *params):
    with sqlite3.connect(db_path) as conn:
        return conn.execute(sql, params).fetchone()


def claim(db_path: Path, claim_id: str) -> dict:
    return sqlite_utils.Database(db_path)["claims"].get(claim_id)


def problems(db_path: Path) -> list[tuple[str, str, str]]:
    with sqlite3.connect(db_path) as conn:
        return conn.execute("SELECT kind, event, detail FROM _problems ORDER BY kind, event, detail").fetchall()


def meta(db_path: Path) -> dict[str, str | None]:
    with sqlite3.connect(db_path) as conn:
        return dict(conn.execute("SELECT key, value FROM _meta"))


# --- the shape of the database ----------------------------------------------------------------


def test_tables_columns_keys_indexes_and_fts(kb, small, clock):
    run_build(kb, clock)
    db = sqlite_utils.Database(kb.default_db)
    assert set(CORE_TABLES) <= set(TABLES)
    assert {name for kind in kinds().values() for name in kind.tables} <= set(TABLES)
    assert set(TABLES) <= set(db.table_names())
    assert list(db["claims"].columns_dict) == CLAIM_COLUMNS
    for name, table in TABLES.items():
        assert db[name].columns_dict == table.columns, name
        pk = [table.pk] if isinstance(table.pk, str) else list(table.pk)
        assert db[name].pks == pk, name
        assert {(fk.column, fk.other_table, fk.other_column) for fk in db[name].foreign_keys} == set(
            table.foreign_keys
        ), name
        indexed = {tuple(index.columns) for index in db[name].indexes}
        for column in table.indexes:
            assert (column,) in indexed, f"{name}.{column} has no index"
    assert db["claims"].detect_fts() == "claims_fts"
    assert db["sources"].detect_fts() == "sources_fts"
    assert [row["id"] for row in db["sources"].search("Akazawa")] == [small.source]
    assert "sqlite_stat1" in db.table_names()  # ANALYZE ran


def test_repo_kb_has_one_claims_row_per_claim_and_fts(tmp_path, clock):
    """The repository's own knowledge base, built into tmp_path: nothing is written in the repo."""
    repo = KnowledgeBase(REPO)
    databases = sorted(REPO.glob("kb.db*"))
    events = [repo.read(path) for path in repo.paths()]
    result = build(repo, tmp_path / "kb.db", now=clock)
    db = sqlite_utils.Database(tmp_path / "kb.db")
    claim_ids = {e["id"] for e in events if e["type"] in claim_kinds() or e["type"] == "correction"}
    assert claim_ids
    assert {row["id"] for row in db["claims"].rows} == claim_ids
    assert db["events"].count == len(events) == result.events
    assert db["claims"].count == len(claim_ids) == result.claims
    for kind, table in [("statement", "statements"), ("meeting", "meetings"), ("data_point", "data_points")]:
        assert db[table].count == sum(1 for e in events if e["type"] == kind)
    assert db["_problems"].count == 0 == result.problems  # the bundled knowledge base is clean
    found = [row["summary"] for row in db["claims"].search('"specific progress"')]
    assert found and all("specific progress" in summary for summary in found)
    assert sorted(REPO.glob("kb.db*")) == databases


# --- statuses ---------------------------------------------------------------------------------


def test_retraction_and_correction_set_statuses(kb, small, clock):
    retraction = add(kb, clock, {"type": "retraction", "target": small.statement, "reason": "The outlet withdrew it"})
    replacement = statement(
        small.source, "Akazawa met Trump", "Akazawa met U.S. President Donald Trump", occurred_at="2025-04"
    )
    correction = add(
        kb, clock, {"type": "correction", "target": small.meeting, "replacement": replacement, "reason": "Wrong kind"}
    )
    run_build(kb, clock)
    retracted = claim(kb.default_db, small.statement)
    assert (retracted["status"], retracted["status_reason"], retracted["retracted_by"], retracted["replaced_by"]) == (
        "retracted",
        "The outlet withdrew it",
        retraction,
        None,
    )
    corrected = claim(kb.default_db, small.meeting)
    assert (corrected["status"], corrected["status_reason"], corrected["replaced_by"], corrected["retracted_by"]) == (
        "corrected",
        "Wrong kind",
        correction,
        None,
    )
    new = claim(kb.default_db, correction)
    assert (new["kind"], new["status"], new["corrects"], new["text"]) == (
        "statement",
        "active",
        small.meeting,
        "Akazawa met Trump",
    )
    assert claim(kb.default_db, small.data_point)["status"] == "active"
    db = sqlite_utils.Database(kb.default_db)
    assert {(r["id"], r["kind"], r["target"]) for r in db["corrections"].rows} == {
        (retraction, "retraction", small.statement),
        (correction, "correction", small.meeting),
    }
    assert db["statements"].get(correction)["speaker"] == "ryosei-akazawa"


def test_latest_retraction_or_correction_decides(kb, small, clock):
    add(kb, clock, {"type": "retraction", "target": small.data_point, "reason": "first"})
    body = {
        "type": "data_point",
        "negotiation": "talks",
        "occurred_at": "2025-03",
        "metric": "trade_surplus",
        "subject": "japan",
        "value": "9000000000000",
        "unit": "JPY",
        "value_as_stated": "around 9 trillion yen",
        "citations": [{"source": small.source, "excerpt": "around 9 trillion yen"}],
    }
    latest = add(kb, clock, {"type": "correction", "target": small.data_point, "replacement": body, "reason": "then"})
    run_build(kb, clock)
    row = claim(kb.default_db, small.data_point)
    assert (row["status"], row["status_reason"], row["replaced_by"], row["retracted_by"]) == (
        "corrected",
        "then",
        latest,
        None,
    )


def test_correction_read_before_its_target(kb, small, clock):
    """A correction that reaches the builder before its target — earlier in the listing, or
    in an earlier incremental build, as after a partial merge — still corrects it."""
    target = make_event(statement(small.source, "A claim", TOLD), clock())
    replacement = statement(small.source, "The claim, corrected", TOLD)
    correction = make_event(
        {"type": "correction", "target": target["id"], "replacement": replacement, "reason": "typo"}, clock()
    )
    kb.write(correction)
    result = run_build(kb, clock)
    assert ("dangling_target", correction["id"]) in {(kind, event) for kind, event, _ in problems(kb.default_db)}
    assert result.problems == 1
    # The target arrives in a folder listed before the correction's.
    path = kb.events_dir / "00" / f"{target['id']}.json"
    path.parent.mkdir()
    path.write_bytes(file_bytes(target))
    result = run_build(kb, clock)
    assert result.mode == "incremental"
    assert claim(kb.default_db, target["id"])["status"] == "corrected"
    assert claim(kb.default_db, target["id"])["replaced_by"] == correction["id"]
    assert problems(kb.default_db) == []
    incremental = db_rows(kb.default_db)
    full = run_build(kb, clock, full=True)
    assert full.mode == "full"
    assert db_rows(kb.default_db) == incremental


def test_incremental_builds_follow_twins_retractions_and_late_sources(kb, small, clock):
    """What an incremental build must revisit in rows already built, each step checked
    against a full build of the same files."""

    def step() -> list[tuple[str, str, str]]:
        assert run_build(kb, clock).mode == "incremental"
        incremental = db_rows(kb.default_db)
        build(kb, kb.root / "full.db", full=True, now=clock)
        assert db_rows(kb.root / "full.db") == incremental
        return problems(kb.default_db)

    run_build(kb, clock)
    first = add(kb, clock, statement(small.source, "A deal is near", TOLD))
    assert step() == []
    second = add(kb, clock, statement(small.source, "A deal is near", TOLD, venue="press conference"))
    assert [kind for kind, _, _ in step()] == ["likely_duplicate"]
    add(kb, clock, {"type": "retraction", "target": first, "reason": "duplicate"})
    assert step() == []
    assert claim(kb.default_db, second)["status"] == "active"
    # A claim citing a source that is not there yet, then the source.
    late = make_event(
        {"type": "source", "kind": "article", "publisher": "Kyodo", "title": "Late", "published_at": "2025-04-18"}
        | {"text_sha256": kb.store_snapshot(ARTICLE)},
        clock(),
    )
    quote = statement(late["id"], "We want a win-win deal", TOLD, attribution="direct_quote", occurred_at="2025-04")
    waiting = write(kb, clock, quote)
    assert [kind for kind, _, _ in step()] == ["dangling_source"]
    kb.write(late)
    assert step() == []
    assert claim(kb.default_db, waiting)["verified"] == "verified"


# --- verification and problems ----------------------------------------------------------------


def test_verification_values(kb, small, clock):
    no_text = add(
        kb,
        clock,
        {"type": "source", "kind": "article", "publisher": "Reuters", "title": "No text", "published_at": "2025-04"},
    )
    unverifiable = add(kb, clock, statement(no_text, "Trump is upbeat", "upbeat"))
    missing_source = "ev-aaaaaaaaaaaaaaaa"
    dangling = write(kb, clock, statement(missing_source, "Something", "something"))
    not_found = write(kb, clock, statement(small.source, "Akazawa is upbeat", "Akazawa is very upbeat"))
    misquoted = write(
        kb,
        clock,
        statement(small.source, "We want a good deal", TOLD, attribution="direct_quote"),
    )
    run_build(kb, clock)
    db = sqlite_utils.Database(kb.default_db)
    assert db["sources"].get(small.source)["snapshot_held"] == 1
    assert db["sources"].get(no_text)["snapshot_held"] == 0
    verified = {row["id"]: row["verified"] for row in db["claims"].rows}
    assert verified == {
        small.statement: "verified",
        small.meeting: "verified",
        small.data_point: "verified",
        unverifiable: "unverifiable",
        dangling: "unverifiable",
        not_found: "not_found",
        misquoted: "not_found",
    }
    citations = {row["claim"]: row["verified"] for row in db["citations"].rows}
    assert citations == {
        small.role: "verified",
        small.statement: "verified",
        small.meeting: "verified",
        small.data_point: "verified",
        unverifiable: "unverifiable",
        dangling: "dangling",
        not_found: "not_found",
        misquoted: "verified",
    }
    quotes = {row["id"]: row["quote_verified"] for row in db["statements"].rows}
    assert quotes == {
        small.statement: "verified",
        unverifiable: None,
        dangling: None,
        not_found: None,
        misquoted: "not_found",
    }


def test_problems(kb, small, clock):
    dangling_entity = write(kb, clock, statement(small.source, "Ghost spoke", TOLD, speaker="ghost"))
    dangling_source = write(kb, clock, statement("ev-aaaaaaaaaaaaaaaa", "Unsourced", "words"))
    excerpt = write(kb, clock, statement(small.source, "Misread", "words that are not there"))
    duplicate_key = write(kb, clock, {"type": "entity", "key": "japan", "kind": "country", "name": "Nippon"})
    misquote = write(kb, clock, statement(small.source, "We want a good deal", TOLD, attribution="direct_quote"))
    first = add(kb, clock, statement(small.source, "A deal is near", TOLD))
    second = add(kb, clock, statement(small.source, "A deal is near", TOLD, venue="press conference"))
    result = run_build(kb, clock)
    found = problems(kb.default_db)
    assert result.problems == len(found)
    kinds = {(kind, event) for kind, event, _ in found}
    assert ("dangling_entity", dangling_entity) in kinds
    assert ("dangling_source", dangling_source) in kinds
    assert ("excerpt_not_found", excerpt) in kinds
    assert ("likely_duplicate", max(first, second)) in kinds
    assert ("quote_not_found", misquote) in kinds
    japan_ids = sorted([small.japan, duplicate_key])
    assert ("duplicate_entity_key", japan_ids[1]) in kinds
    details = {kind: detail for kind, event, detail in found}
    assert details["dangling_source"] == "cites ev-aaaaaaaaaaaaaaaa, not a source here"
    assert details["excerpt_not_found"] == f"excerpt not in the text of {small.source}: words that are not there"
    assert details["duplicate_entity_key"] == f"entity key japan is also defined by {japan_ids[0]}"
    # One missing entity, one problem (claims.actor repeats statements.speaker).
    assert [detail for kind, _, detail in found if kind == "dangling_entity"] == ["statements.speaker: no entity ghost"]
    assert {kind for kind, _, _ in found} == {
        "dangling_entity",
        "dangling_source",
        "excerpt_not_found",
        "duplicate_entity_key",
        "likely_duplicate",
        "quote_not_found",
    }
    assert details["quote_not_found"] == "quoted words not in the cited texts: We want a good deal"
    # The smaller ID's entity wins the key, whatever the order of the files.
    assert sqlite_utils.Database(kb.default_db)["entities"].get("japan")["id"] == japan_ids[0]


# --- _meta, --as-of ---------------------------------------------------------------------------


def test_meta(kb, small, clock):
    result = run_build(kb, clock)
    built_at = clock.now.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    ids = sorted(path.stem for path in kb.paths())
    values = meta(kb.default_db)
    assert values["event_count"] == str(len(ids)) == str(result.events)
    xor = 0
    for i in ids:
        xor ^= int(hashlib.sha256(i.encode()).hexdigest(), 16)
    assert values["ids_digest"] == f"{xor:064x}"
    assert values["builder_version"] == BUILDER_VERSION
    assert values["built_at"] == built_at
    assert values["as_of"] is None
    assert values["git_commit"] is None  # tmp_path is not in a git repository


def test_meta_git_commit(kb, small, clock):
    git = ["git", "-C", str(kb.root), "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "events", "snapshots"], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "events"], check=True)
    head = subprocess.run([*git, "rev-parse", "HEAD"], check=True, capture_output=True, text=True).stdout.strip()
    run_build(kb, clock)
    assert meta(kb.default_db)["git_commit"] == head


def test_as_of(kb, small, clock, runner):
    retraction = add(kb, clock, {"type": "retraction", "target": small.statement, "reason": "withdrawn"})
    events = {path.stem: kb.read(path)["recorded_at"] for path in kb.paths()}
    cutoff = events[small.statement]  # the retraction came later
    result = runner.invoke(cli, ["build", "--as-of", cutoff])
    assert result.exit_code == 0, result.output
    db = sqlite_utils.Database(kb.default_db)
    assert {row["id"] for row in db["events"].rows} == {i for i, at in events.items() if at <= cutoff}
    assert retraction not in {row["id"] for row in db["events"].rows}
    assert claim(kb.default_db, small.statement)["status"] == "active"
    assert meta(kb.default_db)["as_of"] == cutoff
    # A date means the end of that day, UTC.
    result = runner.invoke(cli, ["build", "--as-of", "2025-04-30"])
    assert result.output.startswith("Built kb.db: 0 events, 0 claims, 0 problems")
    assert meta(kb.default_db)["as_of"] == "2025-04-30T23:59:59.999999Z"
    result = runner.invoke(cli, ["build", "--as-of", "2025-05-01"])
    assert result.output.startswith(f"Built kb.db: {len(events)} events")
    # After an --as-of build, a plain build is a full one, with everything.
    result = runner.invoke(cli, ["build"])
    assert result.output.startswith(f"Built kb.db: {len(events)} events")
    assert claim(kb.default_db, small.statement)["status"] == "retracted"
    assert meta(kb.default_db)["as_of"] is None
    result = runner.invoke(cli, ["build", "--as-of", "last week"])
    assert result.exit_code == 1
    assert "Error: --as-of 'last week': not a date or time" in result.output


# --- failures leave kb.db as it was -----------------------------------------------------------


def temp_files(kb: KnowledgeBase) -> list[Path]:
    return sorted(kb.root.glob("kb.db-*"))


def test_strict_fails_and_leaves_the_old_db(kb, small, clock, runner):
    assert runner.invoke(cli, ["build", "--strict"]).exit_code == 0
    before = kb.default_db.read_bytes()
    write(kb, clock, statement(small.source, "Ghost spoke", TOLD, speaker="ghost"))
    result = runner.invoke(cli, ["build", "--strict"])
    assert result.exit_code == 1
    assert result.output == (
        "Error: 1 problem (see the _problems table of a build without --strict) — kb.db left as it was\n"
    )
    assert kb.default_db.read_bytes() == before
    assert temp_files(kb) == []
    result = runner.invoke(cli, ["build"])
    assert result.exit_code == 0
    assert "1 problem " in result.output


@pytest.mark.parametrize(
    "damage",
    ["malformed", "not_an_object", "invalid", "renamed"],
)
def test_bad_event_file_stops_the_build(kb, small, clock, runner, damage):
    assert runner.invoke(cli, ["build"]).exit_code == 0
    before = kb.default_db.read_bytes()
    target = kb.path_for(small.statement)
    if damage == "malformed":
        path = kb.events_dir / "zz" / "ev-zzzzzzzzzzzzzzzz.json"
        path.parent.mkdir()
        path.write_text('{"id": "ev-zzzzzzzzzzzzzzzz",')
        message = "malformed JSON at column 30"
    elif damage == "not_an_object":
        path = kb.events_dir / "zz" / "ev-zzzzzzzzzzzzzzzz.json"
        path.parent.mkdir()
        path.write_text("[]")
        message = "expected a JSON object, got list"
    elif damage == "invalid":
        bad = make_event(statement(small.source, "Fine", TOLD), clock()) | {"attribution": "rumour"}
        bad["id"] = event_id(bad)
        path = kb.path_for(bad["id"])
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(file_bytes(bad))
        message = "invalid statement: attribution: Input should be"
    else:
        path = target.with_name("ev-zzzzzzzzzzzzzzzz.json")
        target.rename(path)
        message = "its content's hash is"
    result = runner.invoke(cli, ["build"])
    assert result.exit_code == 1
    where = path.relative_to(kb.root)
    assert result.output.startswith(f"Error: {where}: {message}"), result.output
    assert result.output.count("\n") == 1
    assert kb.default_db.read_bytes() == before
    assert temp_files(kb) == []


def test_a_file_edited_in_place_needs_verify_or_a_full_build(kb, small, clock, runner):
    """An incremental build looks at the folders' times, which writing into a file does not
    change: it does not notice an event file edited in place (docs/design.md). `kb verify`
    names the file, and a full build refuses it, leaving kb.db as it was."""
    assert runner.invoke(cli, ["build"]).exit_code == 0
    path = kb.path_for(small.statement)
    folder_time = path.parent.stat().st_mtime_ns
    os.utime(path.parent, ns=(folder_time - 10**10, folder_time - 10**10))  # an old folder, not a racy one
    assert runner.invoke(cli, ["build"]).output.startswith("Up to date:")
    before = kb.default_db.read_bytes()
    event = json.loads(path.read_bytes())
    path.write_bytes(file_bytes(event | {"text": "We want a lose-lose deal"}))
    assert path.parent.stat().st_mtime_ns == folder_time - 10**10

    assert runner.invoke(cli, ["build"]).output.startswith("Up to date:")
    verified = runner.invoke(cli, ["verify"])
    assert verified.exit_code == 1
    assert f"{path.relative_to(kb.root)}: the file name does not match the content's hash" in verified.output
    result = runner.invoke(cli, ["build", "--full"])
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {path.relative_to(kb.root)}: its content's hash is"), result.output
    assert kb.default_db.read_bytes() == before
    assert temp_files(kb) == []


# --- the command line -------------------------------------------------------------------------


SUMMARY = re.compile(
    r"^(Built|Updated|Up to date:) kb\.db: (\d+) events, (\d+) claims, (\d+) problems? \(\d+\.\d\d s\)\n$"
)


def test_cli_one_line_summary(kb, small, clock, runner):
    result = runner.invoke(cli, ["build"])
    assert result.exit_code == 0
    assert SUMMARY.match(result.output).groups() == ("Built", "10", "3", "0")
    assert runner.invoke(cli, ["build"]).output.startswith("Up to date: kb.db: 10 events, 3 claims, 0 problems (")
    write(kb, clock, statement(small.source, "Ghost spoke", TOLD, speaker="ghost"))
    result = runner.invoke(cli, ["build"])
    assert SUMMARY.match(result.output).groups() == ("Updated", "11", "4", "1")
    result = runner.invoke(cli, ["build", "--full", "--db", "other.db"])
    assert result.output.startswith("Built other.db: 11 events, 4 claims, 1 problem (")
    assert db_rows(Path("other.db")) == db_rows(kb.default_db)
    result = runner.invoke(cli, ["build", "--help"])
    assert "Example:" in result.output


def test_build_of_an_empty_kb(kb, clock, runner):
    result = runner.invoke(cli, ["build"])
    assert SUMMARY.match(result.output).groups() == ("Built", "0", "0", "0")


# --- a build killed at any moment -------------------------------------------------------------


def test_sigkill_leaves_the_old_db_whole_and_the_next_build_cleans_up(tmp_path, clock):
    from benchmarks.generate import generate

    kb = generate(tmp_path / "big", 2000, seed=7)
    build(kb, kb.default_db, now=clock)
    before = kb.default_db.read_bytes()
    process = subprocess.Popen(
        [sys.executable, "-m", "kb", "--kb", str(kb.root), "build", "--full"],
        cwd=REPO_ROOT,  # not tmp_path, whose kb/ folder would shadow the package
        stdout=subprocess.DEVNULL,
    )
    temp = kb.root / f"kb.db-build-{process.pid}"
    try:
        deadline = time.monotonic() + 60
        while not temp.exists():  # poll until the build has started writing its new database
            assert process.poll() is None, "the build ended before its temporary file was seen"
            assert time.monotonic() < deadline
        process.send_signal(signal.SIGKILL)
    finally:
        process.kill()
        process.wait()
    assert process.returncode == -signal.SIGKILL
    assert temp.exists()  # killed half-way, it could not clean up
    assert kb.default_db.read_bytes() == before
    with contextlib.closing(sqlite3.connect(f"file:{kb.default_db}?mode=ro", uri=True)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    result = build(kb, kb.default_db, now=clock)
    assert result.mode == "up-to-date"
    assert not temp.exists()
    assert sorted(kb.root.glob("kb.db*")) == [kb.default_db]


REPO_ROOT = Path(__file__).resolve().parent.parent
WORKER_BUILD = """
import sys
import kb.builder.build
from kb.errors import KbError
from kb.events.store import KnowledgeBase
kb.builder.load.BATCH = 100  # 15 batches, enough for two workers
kb.builder.excerpts.CHUNK = 20  # and several chunks of excerpts and quotes to check
kb.builder.duplicates.PAIRS = 2  # and of likely duplicates
try:
    kb.builder.build.build(KnowledgeBase(sys.argv[1]), sys.argv[2], now=lambda: "2025-05-01T00:00:00.000000Z",
                   full=True, workers=2)
except KbError as error:
    sys.exit(str(error))
"""


def test_worker_processes_give_the_same_database(tmp_path, clock):
    """Workers are forked, so the build runs in a process of its own, as kb build does (a fork
    of this test runner, which has threads, could deadlock)."""
    from benchmarks.generate import generate

    kb = generate(tmp_path / "big", 1500, seed=3)
    statements = [event for event in map(kb.read, sorted(kb.paths())) if event["type"] == "statement"]
    for event in statements[:12]:  # second reports, nearly the same words: likely duplicates
        twin = {key: value for key, value in event.items() if key != "id"} | {"text": event["text"] + " Indeed."}
        kb.write({**twin, "id": event_id(twin)})
    build(kb, tmp_path / "one.db", now=clock, workers=1)

    def with_workers(db):
        return subprocess.run(
            [sys.executable, "-c", WORKER_BUILD, str(kb.root), str(db)],
            cwd=REPO_ROOT,
            capture_output=True,
            text=True,
            timeout=300,
        )

    assert with_workers(tmp_path / "two.db").returncode == 0
    assert db_rows(tmp_path / "one.db") == db_rows(tmp_path / "two.db")
    with sqlite3.connect(tmp_path / "one.db") as conn:
        checked = dict(conn.execute("SELECT verified, count(*) FROM citations GROUP BY 1").fetchall())
        quotes = dict(conn.execute("SELECT quote_verified, count(*) FROM statements GROUP BY 1").fetchall())
        repeats = conn.execute("SELECT count(*) FROM _problems WHERE kind = 'likely_duplicate'").fetchone()[0]
    # Excerpts and quotes checked in the workers, several chunks of each (kb.builder.excerpts.CHUNK).
    assert checked["verified"] > 100
    assert quotes["verified"] > 20 and quotes["not_found"] > 20
    assert repeats > 5
    # A bad file half-way stops the build, naming it, with the workers as without.
    bad = sorted(kb.paths())[700]
    bad.write_text(bad.read_text().replace('"type"', '"kind_of"', 1))
    before = (tmp_path / "two.db").read_bytes()
    with pytest.raises(KbError, match=f"^{re.escape(kb.relative(bad))}: its content's hash is"):
        build(kb, tmp_path / "two.db", now=clock, full=True, workers=1)
    failed = with_workers(tmp_path / "two.db")
    assert failed.returncode == 1
    assert failed.stderr.startswith(f"{kb.relative(bad)}: its content's hash is")
    assert (tmp_path / "two.db").read_bytes() == before
    assert sorted(tmp_path.glob("two.db*")) == [tmp_path / "two.db"]


def test_the_builder_version_hashes_every_module_the_builder_imports():
    """A module the builder imports, not in BUILDER_MODULES, could change the rows without
    making the next build a full one."""
    import subprocess
    import sys

    from kb.builder.finish import BUILDER_MODULES

    run = subprocess.run(
        [
            sys.executable,
            "-I",
            "-c",
            "import sys, kb.builder.build, kb.builder.incremental; print(' '.join(sys.modules))",
        ],  # -I: not the cwd's kb/
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    listed = run.stdout.split()
    imported = {name[3:] for name in listed if name.startswith("kb.") and not name.startswith("kb.kinds.")}
    assert imported == {name.removesuffix("/__init__").replace("/", ".") for name in BUILDER_MODULES}

"""Concurrent writers and readers: eight processes append a hundred events each, all started at
once, while another process builds kb.db in a loop. Afterwards no event is lost, partial or
duplicated and `kb verify` passes; and every build that completed saw a consistent set of
events: each wholly in or wholly out, every row's JSON hashing to its ID and equal to its file.
"""

from __future__ import annotations

import json
import multiprocessing
import sqlite3
import traceback
from pathlib import Path

import pytest

from kb.builder.build import build
from kb.cli import cli, utc_now
from kb.errors import KbError
from kb.events.append import Appender
from kb.events.ids import event_id
from kb.events.store import KnowledgeBase, create_exclusively
from kb.events.verify import check_file

WRITERS = 8
FORK = multiprocessing.get_context("fork")  # the children start from the test's state, cheaply


def payloads(writer: int, count: int, source: str) -> list[list[dict]]:
    """What one writer appends: mostly one event at a time, every fifth time a batch of three
    (an entity, and statements by it), ``count`` events in all."""
    appends: list[list[dict]] = []
    made = 0
    while made < count:
        key = f"writer-{writer}-person-{made}"
        entity = {"type": "entity", "key": key, "kind": "person", "name": f"Person {made} of writer {writer}"}
        if len(appends) % 5 == 4 and count - made >= 3:
            statements = [
                {
                    "type": "statement",
                    "negotiation": "talks",
                    "occurred_at": "2025-04-16",
                    "speaker": key,
                    "attribution": "paraphrase",
                    "text": f"Statement {n} of writer {writer}",
                    "citations": [{"source": source, "excerpt": "Akazawa told reporters"}],
                }
                for n in (made + 1, made + 2)
            ]
            appends.append([entity, *statements])
        else:
            appends.append([entity])
        made += len(appends[-1])
    return appends


def writer(root: Path, number: int, count: int, source: str, start, results) -> None:
    try:
        # Statements of one speaker and day in nearly the same words: recorded as second reports (new=True).
        appender = Appender(KnowledgeBase(root), utc_now, new=True)
        work = payloads(number, count, source)
        start.wait()
        ids = [path.stem for batch in work for path in appender.append(batch)]
        results.put(("writer", number, ids))
    except BaseException:
        results.put(("error", number, traceback.format_exc()))


def consistent(kb: KnowledgeBase, checked: dict[str, str]) -> list[str]:
    """The IDs of the events in kb.db, after checking that the build saw each event whole.
    ``checked`` holds the rows already compared with their files (which never change)."""
    with sqlite3.connect(f"file:{kb.default_db}?mode=ro", uri=True) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        rows = conn.execute("SELECT id, json FROM events ORDER BY id").fetchall()
        meta = dict(conn.execute("SELECT key, value FROM _meta"))
        statements = conn.execute("SELECT count(*) FROM statements").fetchone()[0]
    for id_, text in rows:
        if checked.get(id_) == text:
            continue
        event = json.loads(text)
        assert event["id"] == id_ == event_id(event), id_
        assert json.loads(kb.path_for(id_).read_bytes()) == event, id_  # the file, complete
        checked[id_] = text
    assert meta["event_count"] == str(len(rows))
    assert statements == sum(1 for _, text in rows if json.loads(text)["type"] == "statement")
    return [id_ for id_, _ in rows]


def builder(root: Path, start, writing, results) -> None:
    """Build in a loop, full and incremental in turn, until the writers are done; then once more."""
    try:
        kb = KnowledgeBase(root)
        start.wait()
        seen: set[str] = set()
        checked: dict[str, str] = {}
        during = 0
        number = 0
        while True:
            last = not writing.is_set()
            build(kb, full=number % 2 == 1, now=utc_now)
            ids = set(consistent(kb, checked))
            assert seen <= ids, "a build lost events an earlier one had"
            seen = ids
            number += 1
            during += writing.is_set()
            if last:
                break
        results.put(("builder", during, sorted(seen)))
    except BaseException:
        results.put(("error", "builder", traceback.format_exc()))


@pytest.mark.parametrize("count", [100, pytest.param(500, marks=pytest.mark.slow)])
def test_eight_writers_and_a_builder_at_once(kb, small, runner, count):
    build(kb, now=utc_now)
    start = FORK.Barrier(WRITERS + 1)
    writing = FORK.Event()
    writing.set()
    results = FORK.Queue()
    writers = [
        FORK.Process(target=writer, args=(kb.root, number, count, small.source, start, results))
        for number in range(WRITERS)
    ]
    building = FORK.Process(target=builder, args=(kb.root, start, writing, results))
    for process in [*writers, building]:
        process.start()

    written = {}
    for _ in writers:
        kind, number, value = results.get(timeout=600)
        assert kind == "writer", value
        written[number] = value
    writing.clear()
    kind, during, last_build = results.get(timeout=600)
    assert kind == "builder", last_build
    for process in [*writers, building]:
        process.join(timeout=60)
        assert process.exitcode == 0

    every = [id_ for ids in written.values() for id_ in ids]
    assert all(len(ids) == count for ids in written.values())
    assert len(set(every)) == len(every) == WRITERS * count  # none lost, none twice
    on_disk = {path.stem: path for path in kb.paths()}
    assert set(every) | set(vars(small).values()) == set(on_disk)
    for path in on_disk.values():
        event, problems = check_file(kb, path)
        assert event is not None and not problems, problems
    assert not [path for path in kb.root.rglob(".tmp-*")]
    result = runner.invoke(cli, ["verify"])
    assert result.exit_code == 0, result.output
    assert result.output == f"OK: {len(on_disk)} event files verified\n"
    assert set(last_build) == set(on_disk)  # the build after the last append has them all
    assert during >= 1, "no build ran while the writers were writing"


def rival(root: Path, payload: dict, start, results) -> None:
    appender = Appender(KnowledgeBase(root), utc_now)
    start.wait()
    try:
        [path] = appender.append([payload])
        results.put(("appended", path.stem))
    except KbError as error:
        results.put(("refused", str(error)))


@pytest.mark.parametrize("what", ["the same entity key", "a retraction of the same claim"])
def test_eight_processes_at_once_take_one_key(kb, small, runner, what):
    """Each checks that the key is free, or the claim not yet retracted, then writes: appends on
    one machine take turns, so exactly one of them succeeds."""
    if what == "the same entity key":
        payload = {"type": "entity", "key": "scott-bessent", "kind": "person", "name": "Scott Bessent"}
        refusal = "an entity 'scott-bessent' already exists"
    else:
        payload = {"type": "retraction", "target": small.statement, "reason": "Withdrawn"}
        refusal = f"{small.statement} is already retracted"
    start = FORK.Barrier(WRITERS)
    results = FORK.Queue()
    rivals = [FORK.Process(target=rival, args=(kb.root, payload, start, results)) for _ in range(WRITERS)]
    for process in rivals:
        process.start()
    outcomes = [results.get(timeout=120) for _ in rivals]
    for process in rivals:
        process.join(timeout=60)

    assert sorted(kind for kind, _ in outcomes) == ["appended"] + ["refused"] * (WRITERS - 1)
    assert all(refusal in message for kind, message in outcomes if kind == "refused")
    result = runner.invoke(cli, ["verify"])
    assert result.exit_code == 0, result.output


def creator(path: Path, data: bytes, start, results) -> None:
    start.wait()
    try:
        create_exclusively(path, data)
        results.put(data)
    except FileExistsError:
        results.put(None)


def test_eight_processes_creating_one_file_at_once_never_clobber(tmp_path):
    """Exclusive creation: exactly one writer's bytes, whole; the others are told it exists."""
    path = tmp_path / "events" / "ab" / "ev-abcdefghij234567.json"
    start = FORK.Barrier(WRITERS)
    results = FORK.Queue()
    datas = [bytes([65 + n]) * 1_000_000 for n in range(WRITERS)]  # a megabyte each: writing takes a while
    creators = [FORK.Process(target=creator, args=(path, data, start, results)) for data in datas]
    for process in creators:
        process.start()
    outcomes = [results.get(timeout=120) for _ in creators]
    for process in creators:
        process.join(timeout=60)

    [winner] = [data for data in outcomes if data is not None]
    assert path.read_bytes() == winner
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # no temporary file left


def test_an_event_file_is_never_overwritten(kb, small):
    path = kb.path_for(small.statement)
    before = path.read_bytes()
    event = json.loads(before)
    with pytest.raises(KbError, match=f"event {small.statement} already exists at {path.relative_to(kb.root)}"):
        kb.write(event)
    assert path.read_bytes() == before

"""Concurrent writers: several processes appending at the same moment lose nothing, clobber
nothing and leave no temporary file."""

from __future__ import annotations

import json
import multiprocessing
import os
import subprocess
import sys
from pathlib import Path

from kb.cli import utc_now
from kb.events.append import Appender
from kb.events.store import TEMP_PREFIX, KnowledgeBase
from kb.events.verify import verify

# The installed console script (python -m kb would do, but not from a folder holding a kb/).
KB = [str(Path(sys.executable).with_name("kb"))]
WRITERS = 4
EVENTS_EACH = 50


def leftovers(kb: KnowledgeBase) -> list[Path]:
    return [path for path in kb.root.rglob("*") if path.name.startswith(TEMP_PREFIX)]


def test_concurrent_kb_import_processes(kb, small):
    """Each `kb import -` reads its lines, then waits on standard input: closing all of them
    at once is the starting gun."""
    env = {**os.environ, "KB_DIR": str(kb.root)}
    writers = [
        subprocess.Popen(
            [*KB, "import", "-"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            env=env,
            cwd=kb.root,
        )
        for _ in range(WRITERS)
    ]
    for number, writer in enumerate(writers):
        lines = [
            {"type": "entity", "key": f"w{number}-e{index}", "kind": "person", "name": f"Person {number}.{index}"}
            for index in range(EVENTS_EACH - 1)
        ]
        # The last line refers to an entity of an earlier line, and to one of the knowledge base.
        lines.append(
            {"type": "role", "person": f"Person {number}.0", "title": "delegate", "organisation": "japan"}
            | {"citations": [{"source": small.source, "excerpt": "Japan's chief negotiator"}]}
        )
        assert writer.stdin is not None
        writer.stdin.write("".join(json.dumps(line) + "\n" for line in lines).encode())
    for writer in writers:
        assert writer.stdin is not None
        writer.stdin.close()
    for writer in writers:
        assert writer.stdout is not None
        output = writer.stdout.read().decode()
        assert writer.wait(timeout=60) == 0, output
        assert output == f"Imported {EVENTS_EACH} events\n"

    paths = list(kb.paths())
    assert len(paths) == 10 + WRITERS * EVENTS_EACH
    keys = {kb.read(path).get("key") for path in paths}
    assert {f"w{n}-e{i}" for n in range(WRITERS) for i in range(EVENTS_EACH - 1)} <= keys
    assert list(verify(kb)) == []
    assert leftovers(kb) == []


def append_one_at_a_time(root: str, number: int, source: str, start: multiprocessing.synchronize.Barrier) -> list[str]:
    # Nearly the same words by one speaker on one day: second reports, recorded (new=True) to race the writes.
    appender = Appender(KnowledgeBase(Path(root)), utc_now, recorded_by=f"writer {number}", new=True)
    start.wait()
    ids = []
    for index in range(EVENTS_EACH):
        payload = {
            "type": "statement",
            "negotiation": "talks",
            "occurred_at": "2025-04-16",
            "speaker": "akazawa",
            "attribution": "paraphrase",
            "text": f"Statement {index} of writer {number}",
            "citations": [{"source": source, "excerpt": "a win-win deal"}],
        }
        [path] = appender.append([payload])
        ids.append(path.stem)
    return ids


def test_concurrent_appenders(kb, small):
    """Processes appending 50 events each, one at a time, all starting at a barrier."""
    context = multiprocessing.get_context("spawn")
    with context.Manager() as manager:
        start = manager.Barrier(WRITERS)
        arguments = [(str(kb.root), number, small.source, start) for number in range(WRITERS)]
        with context.Pool(WRITERS) as pool:
            results = pool.starmap(append_one_at_a_time, arguments)

    written = {event_id for ids in results for event_id in ids}
    assert len(written) == WRITERS * EVENTS_EACH
    on_disk = {path.stem for path in kb.paths()}
    assert written <= on_disk
    assert len(on_disk) == 10 + WRITERS * EVENTS_EACH
    assert list(verify(kb)) == []
    assert leftovers(kb) == []
    # The writers did append at the same time: each one's first event is older than every one's last.
    times = [[kb.read(kb.path_for(event_id))["recorded_at"] for event_id in ids] for ids in results]
    assert max(min(each) for each in times) < min(max(each) for each in times)

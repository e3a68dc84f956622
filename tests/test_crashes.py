"""Crashes: `kb add`, `kb import` and `kb build`, run for real, four at a time, and SIGKILLed
at random moments, again and again. After every round of kills: no partial or invalid file under
a final name (every event file passes kb verify's check of a file on its own, every snapshot
hashes to its name), kb.db is the old database or a complete new one and passes PRAGMA
integrity_check. At the end `kb verify` passes, naming and removing the temporary files the kills
left, every one of them; the next build removes the temporary databases.

The random delays only pick the moments of the kills (seeded, though the processes' own timing
varies from run to run).
"""

from __future__ import annotations

import hashlib
import json
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ARTICLE
from kbproc import KB

from kb.builder.build import TEMP_MARK, build
from kb.cli import cli, utc_now
from kb.events.ids import event_id
from kb.events.store import TEMP_PREFIX, KnowledgeBase, temporary_file_writer
from kb.events.verify import check_file

SOURCE = ["add", "source", "--kind", "article", "--publisher", "Kyodo", "--title", "T", "--published-at", "2025-04"]


class Commands:
    """The command lines to kill, each new each time (new keys, new texts)."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.count = 0

    def __call__(self, kind: str) -> list[str]:
        self.count += 1
        n = self.count
        if kind == "add":
            return ["add", "entity", "--key", f"person-{n}", "--kind", "person", "--name", f"Person {n}"]
        if kind == "add source":
            text = self.folder / f"article-{n}.txt"
            text.write_text(f"Article {n}.\n" + ARTICLE * 4000)  # 1 MB, so its snapshot takes a while
            return [*SOURCE, "--title", f"Article {n}", "--text-file", str(text)]
        if kind == "import":
            lines = self.folder / f"import-{n}.jsonl"
            lines.write_text(
                "".join(
                    json.dumps({"type": "entity", "key": f"import-{n}-{m}", "kind": "person", "name": f"I {n} {m}"})
                    + "\n"
                    for m in range(150)
                )
            )
            return ["import", str(lines)]
        return ["build", "--full"] if n % 2 else ["build"]


KINDS = ["add", "add source", "import", "build"]
QUIET = {"stdout": subprocess.DEVNULL, "stderr": subprocess.PIPE}


def digest(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None


def check_database(kb: KnowledgeBase) -> None:
    """kb.db is a whole database, and a consistent build of files that exist. Opened for
    writing: after a killed incremental build, SQLite rolls its journal back on opening
    (which a read-only connection may not do)."""
    with sqlite3.connect(kb.default_db, timeout=60) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        rows = conn.execute("SELECT id, json FROM events").fetchall()
        meta = dict(conn.execute("SELECT key, value FROM _meta"))
    assert meta["event_count"] == str(len(rows))
    for id_, text in rows:
        event = json.loads(text)
        assert event_id(event) == id_ and kb.path_for(id_).exists(), id_


def temporary_files(kb: KnowledgeBase) -> set[str]:
    return {
        str(path.relative_to(kb.root))
        for folder in (kb.events_dir, kb.snapshots_dir)
        for path in folder.rglob(f"{TEMP_PREFIX}*")
    }


def build_temps(kb: KnowledgeBase) -> list[Path]:
    return list(kb.root.glob(f"kb.db{TEMP_MARK}*"))


@pytest.mark.parametrize("kills", [50, pytest.param(400, marks=pytest.mark.slow)])
def test_killed_at_random_moments(kb, small, runner, tmp_path, kills):
    build(kb, now=utc_now)
    commands = Commands(tmp_path)
    rng = random.Random(7)
    checked: set[Path] = set()

    # How long kb takes to start, and each kind of command, when four run at once as in the
    # rounds below: most kills land after the start, while the commands work.
    started = time.perf_counter()
    for process in [subprocess.Popen([KB, "--version"], **QUIET) for _ in KINDS]:
        process.communicate()
    start = time.perf_counter() - started
    took = {}
    started = time.perf_counter()
    together = {kind: subprocess.Popen([KB, *commands(kind)], **QUIET) for kind in KINDS}
    for kind, process in together.items():
        process.wait()
        took[kind] = time.perf_counter() - started
        assert process.returncode == 0, process.communicate()[1].decode()

    # Each round starts one of each at once (appends and a build, as people run them) and kills
    # each at its own moment: four kills a round, and crashes amid each other's work. The moments
    # follow each kind's time as it runs (a busy machine slows the commands, or stops slowing
    # them): rounds go on until every kind has had its share of kills, however slow the machine.
    killed = {kind: 0 for kind in KINDS}
    rounds = 0
    while min(killed.values()) < kills // len(KINDS):
        rounds += 1
        assert rounds < 25 * kills, f"only {killed} in {rounds} rounds"
        before = digest(kb.default_db)
        victims = [
            (rng.uniform(0.8 * start, max(took[kind], start)), kind, subprocess.Popen([KB, *commands(kind)], **QUIET))
            for kind in KINDS
        ]
        started = time.perf_counter()
        for moment, kind, process in sorted(victims, key=lambda victim: victim[0]):
            try:
                process.wait(timeout=max(0.0, started + moment - time.perf_counter()))
                took[kind] = time.perf_counter() - started  # done before its moment: it takes no longer
            except subprocess.TimeoutExpired:
                process.kill()
                if moment > 0.9 * took[kind]:
                    took[kind] *= 1.25  # still working near the end of its time: it may take longer now
        for _, kind, process in victims:
            _, errors = process.communicate()
            if process.returncode == -9:
                killed[kind] += 1
            else:
                assert process.returncode == 0, errors.decode()

        new = set(kb.paths()) - checked
        for path in new:
            event, problems = check_file(kb, path)
            assert event is not None and not problems, problems
        snapshots = set(kb.snapshots_dir.glob("*.txt")) - checked
        for path in snapshots:
            assert digest(path) == path.stem, path
        checked |= new | snapshots
        if digest(kb.default_db) != before:
            check_database(kb)

    assert all(killed.values()), killed
    # kb verify passes, naming and removing the temporary files left by the kills, each one and
    # nothing else.
    left = temporary_files(kb)
    result = runner.invoke(cli, ["verify"])
    assert result.exit_code == 0, result.output
    notes = result.output.splitlines()[:-1]
    assert {line.partition(": ")[0] for line in notes} == left
    assert all(": temporary file left by an interrupted append (process " in line for line in notes), notes
    assert temporary_files(kb) == set()
    # The next build removes the temporary databases of the killed builds.
    subprocess.run([KB, "build"], check=True, capture_output=True)
    assert build_temps(kb) == []
    check_database(kb)
    with sqlite3.connect(kb.default_db) as conn:
        assert conn.execute("SELECT count(*) FROM events").fetchone() == (len(list(kb.paths())),)


# The real kb, killed by SIGKILL as it is about to link its fifth event file: four events
# written, the fifth one's temporary file written and flushed.
KILLED_AT_FIFTH_LINK = """
import os, signal, sys
from kb.cli import cli
link, links = os.link, []
def killed_at_fifth(*args, **kwargs):
    links.append(args)
    if len(links) == 5:
        os.kill(os.getpid(), signal.SIGKILL)
    return link(*args, **kwargs)
os.link = killed_at_fifth
sys.argv[0] = "kb"
cli()
"""


def test_an_import_killed_midway_leaves_nothing_verify_fails_on(kb, small, tmp_path):
    lines = tmp_path / "people.jsonl"
    people = [{"type": "entity", "key": f"person-{n}", "kind": "person", "name": f"Person {n}"} for n in range(9)]
    lines.write_text("".join(json.dumps(person) + "\n" for person in people))
    before = set(kb.paths())

    killed = subprocess.run([sys.executable, "-P", "-c", KILLED_AT_FIFTH_LINK, "import", str(lines)], **QUIET)

    assert killed.returncode == -signal.SIGKILL, killed.stderr.decode()
    written = set(kb.paths()) - before
    assert len(written) == 4 and all(check_file(kb, path)[1] == [] for path in written)
    [left] = temporary_files(kb)  # the fifth event's, whole but never linked
    pid = temporary_file_writer(Path(left).name)
    verified = subprocess.run([KB, "verify"], capture_output=True, text=True)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert verified.stdout.splitlines() == [
        f"{left}: temporary file left by an interrupted append (process {pid} is gone): removed",
        f"OK: {len(before) + 4} event files verified",
    ]
    assert temporary_files(kb) == set()
    again = subprocess.run([KB, "verify"], capture_output=True, text=True)
    assert again.returncode == 0 and again.stdout == f"OK: {len(before) + 4} event files verified\n"


def test_the_next_build_removes_a_killed_builds_database(kb, small):
    """The same, without depending on where the kills landed."""
    build(kb, now=utc_now)
    gone = subprocess.Popen(["true"])
    gone.wait()  # its process ID is no longer in use
    stale = kb.root / f"kb.db{TEMP_MARK}{gone.pid}"
    stale.write_bytes(b"SQLite format 3\0 half a database")
    alive = kb.root / f"kb.db{TEMP_MARK}1"  # process 1 is alive: its build is left alone
    alive.write_bytes(b"")

    subprocess.run([KB, "build", "--full"], check=True, capture_output=True)

    assert build_temps(kb) == [alive]

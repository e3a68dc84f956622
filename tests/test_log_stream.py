"""kb log streams from kb.db, newest recorded first, with --limit and --csv."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from dataclasses import dataclass

from kb.builder.build import build
from kb.cli import cli
from kb.events.append import Appender
from kb.events.query import LogFilter, log


def test_log_reads_one_event_at_a_time(kb, small, clock):
    @dataclass(frozen=True)
    class Counting(LogFilter):
        seen: list = None  # type: ignore[assignment]

        def __call__(self, event):
            self.seen.append(event["id"])
            return super().__call__(event)

    keep = Counting(seen=[])
    events = log(build(kb, now=clock).db, keep)
    first = next(events)
    assert first["id"] == small.data_point and keep.seen == [small.data_point]
    assert len(list(events)) == 9 and len(keep.seen) == 10


def test_log_limit_and_json_array_as_before(runner, kb, small):
    result = runner.invoke(cli, ["log", "--limit", "2", "--json"])
    assert result.exit_code == 0, result.output
    files = {path.stem: json.loads(path.read_bytes()) for path in kb.paths()}
    expected = [files[small.data_point], files[small.meeting]]
    assert result.output == json.dumps(expected, indent=2, ensure_ascii=False) + "\n"
    assert runner.invoke(cli, ["log", "--limit", "0", "--json"]).output == "[]\n"
    assert len(runner.invoke(cli, ["log", "--limit", "3"]).output.splitlines()) == 3
    assert len(runner.invoke(cli, ["log", "--limit", "99", "--nl"]).output.splitlines()) == 10


def test_log_csv(runner, kb, small):
    result = runner.invoke(cli, ["log", "--csv", "--type", "statement", "--type", "source"])
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.output)))
    assert rows[0] == ["id", "recorded_at", "type", "occurred_at", "summary"]
    assert [row[0] for row in rows[1:]] == [small.statement, small.source]
    assert rows[1][2:] == [
        "statement",
        "2025-04-16",
        "ryosei-akazawa, quoted, told reporters: “We want a win-win deal”",
    ]
    assert rows[2][3] == "2025-04-17"


def test_log_refuses_a_negative_limit(runner, kb, small):
    result = runner.invoke(cli, ["log", "--limit", "-1"])
    assert result.exit_code == 2 and "Invalid value for '--limit'" in result.output


def test_log_into_a_pipe_closed_early_is_quiet(kb, small, clock):
    entities = [{"type": "entity", "key": f"org-{n}", "kind": "organisation", "name": f"Org {n}"} for n in range(500)]
    Appender(kb, clock).append(entities)  # more lines than a pipe holds (64 kB), so writing meets the closed pipe
    build(kb, now=clock)
    kb_log = subprocess.Popen(
        [sys.executable, "-P", "-m", "kb", "log", "--nl"], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert kb_log.stdout is not None and kb_log.stderr is not None
    json.loads(kb_log.stdout.readline())
    kb_log.stdout.close()  # as `| head -1` does
    errors = kb_log.stderr.read().decode()
    assert kb_log.wait(timeout=60) == 0 and errors == "", errors


def test_a_huge_limit_is_no_limit(runner, kb, small):
    result = runner.invoke(cli, ["log", "--limit", "99999999999999999999999", "--nl"])
    assert result.exit_code == 0, result.output
    assert len(result.output.splitlines()) == 10

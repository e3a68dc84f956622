"""A `kb build --full --workers N` killed while its workers project files: the workers end with
it, quietly — no BrokenPipeError traceback of a result they could not send (kb.builder.workers)."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time

import pytest

from kb.cli import cli

# The real kb (-P: not the kb/ folder of the test), with batches small enough that a small
# knowledge base has many of them.
SCRIPT = "import sys, kb.builder.load; kb.builder.load.BATCH = 5; from kb.cli import cli; sys.argv[0] = 'kb'; cli()"


def children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as listing:
            return [int(child) for child in listing.read().split()]
    except FileNotFoundError:
        return []


# Ctrl-C reaches the whole process group; a SIGKILL or SIGTERM, the parent alone. The delays
# only pick the moments of the kills, after the workers are forked; the assertions hold at any.
KILLS = [(signal.SIGINT, True), (signal.SIGKILL, False), (signal.SIGTERM, False)]
MOMENTS = [0.0, 0.05, 0.1, 0.2]


@pytest.mark.parametrize(("sig", "group"), KILLS, ids=["Ctrl-C", "SIGKILL", "SIGTERM"])
def test_a_killed_build_leaves_no_worker_and_no_traceback(kb, small, runner, tmp_path, sig, group):
    lines = tmp_path / "many.jsonl"
    lines.write_text(
        "".join(
            json.dumps({"type": "entity", "key": f"person-{n}", "kind": "person", "name": f"P {n}"}) + "\n"
            for n in range(1500)
        )
    )
    assert runner.invoke(cli, ["import", str(lines)]).exit_code == 0
    for moment in MOMENTS:
        process = subprocess.Popen(
            [sys.executable, "-P", "-c", SCRIPT, "build", "--full", "--workers", "2"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            env={**os.environ, "KB_DIR": str(kb.root)},
            start_new_session=True,
        )
        workers: list[int] = []
        while process.poll() is None and len(workers) < 2:
            workers = children(process.pid)  # the pool's processes, once forked
        time.sleep(moment)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, sig) if group else os.kill(process.pid, sig)
        try:  # the end of stderr: every worker has closed it, so ended
            _, errors = process.communicate(timeout=120)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            pytest.fail(f"the workers {workers} outlived their build by two minutes")
        assert b"Traceback" not in errors and b"ForkPoolWorker" not in errors, errors.decode()
        assert not [worker for worker in workers if _parent(worker) == process.pid]


def _parent(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return int(stat.read().rpartition(")")[2].split()[1])
    except (FileNotFoundError, ProcessLookupError):
        return None

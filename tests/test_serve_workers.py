"""kb serve --workers N: Datasette's ASGI app in N processes of an existing server (Gunicorn
with Uvicorn workers), on one port, with the same database, metadata and settings."""

from __future__ import annotations

import json
import os
import sys
import urllib.request
from pathlib import Path

import pytest

from kb.cli import cli
from kb.errors import KbError
from kb.serve.runner import Served, prepare
from tests.conftest import copy_seed


def children(pid: int) -> dict[int, str]:
    """The command lines of a process's children, by process ID."""
    found = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                stat = Path(f"/proc/{entry.name}/stat").read_text()
                if int(stat.rpartition(")")[2].split()[1]) == pid:
                    command = Path(f"/proc/{entry.name}/cmdline").read_bytes()
                    found[int(entry.name)] = command.replace(b"\0", b" ").decode()
            except (OSError, ValueError, IndexError):
                pass
    return found


def test_prepare_with_workers_runs_gunicorn_with_uvicorn_workers(kb, small, clock):
    plan = prepare(kb, None, host="127.0.0.1", port=8001, now=clock, workers=3)
    argv = plan.argv
    assert argv[:4] == [sys.executable, "-m", "gunicorn", "kb.serve.asgi:app()"]
    assert argv[argv.index("--worker-class") + 1] == "uvicorn_worker.UvicornWorker"
    assert argv[argv.index("--workers") + 1] == "3"
    assert argv[argv.index("--bind") + 1] == "127.0.0.1:8001"
    assert plan.env == {
        "KB_SERVE_DB": str(plan.db),
        "KB_SERVE_INSPECT": str(plan.inspect_file),
        "KB_SERVE_METADATA": str(kb.metadata_path),
    }
    one = prepare(kb, None, host="::1", port=8001, now=clock, workers=1)
    assert one.argv[:4] == [sys.executable, "-m", "datasette", "serve"] and one.env == {}
    assert prepare(kb, None, host="::1", port=8001, now=clock, workers=2).argv[9] == "[::1]:8001"


def test_kb_serve_defaults_to_one_worker_per_cpu(kb, small, runner, monkeypatch):
    ran = []
    monkeypatch.setattr("kb.serve.live.supervise", lambda argv, env, watch: ran.append((argv, env)) or 0)
    monkeypatch.setattr("os.cpu_count", lambda: 3)
    result = runner.invoke(cli, ["serve", "--port", "8124"])
    assert result.exit_code == 0, result.output
    assert "Serving kb.db at http://127.0.0.1:8124/ in 3 processes" in result.output
    [(argv, env)] = ran
    assert argv[argv.index("--workers") + 1] == "3"
    assert env["KB_SERVE_DB"] == str(kb.cache_dir / "serve" / "kb.db")  # the served copy


@pytest.mark.parametrize("given", ["0", "-2", "two", "65", "99999999999999999999999"])
def test_kb_serve_refuses_a_bad_number_of_workers(kb, runner, monkeypatch, given):
    ran = []
    monkeypatch.setattr("kb.serve.live.supervise", lambda *args: ran.append(args) or 0)
    result = runner.invoke(cli, ["serve", "--workers", given])
    assert result.exit_code == 2
    assert "Invalid value for '--workers'" in result.output
    assert not (kb.root / "kb.db").exists() and ran == []


def test_the_app_factory_says_what_is_missing(monkeypatch):
    from kb.serve.asgi import app

    monkeypatch.setenv("KB_SERVE_DB", "kb.db")
    monkeypatch.setenv("KB_SERVE_INSPECT", "")
    monkeypatch.delenv("KB_SERVE_METADATA", raising=False)
    with pytest.raises(KbError, match="KB_SERVE_INSPECT, KB_SERVE_METADATA not set — run `kb serve --workers N`"):
        app()


def test_two_workers_serve_the_knowledge_base(tmp_path, monkeypatch):
    root = copy_seed(tmp_path / "seed").root
    monkeypatch.chdir(root)  # not tmp_path: its kb/ folder would shadow an editable kb for `python -m kb`
    with Served(root, timeout=180, workers=2) as server:
        with urllib.request.urlopen(server.base + "/kb/claims.json?_shape=array&_size=2", timeout=60) as response:
            rows = json.loads(response.read())
        assert len(rows) == 2
        with urllib.request.urlopen(server.base + f"/-/event/{rows[0]['id']}", timeout=60) as response:
            assert rows[0]["id"].encode() in response.read()
        with urllib.request.urlopen(server.base + "/-/databases.json", timeout=60) as response:
            [database] = json.loads(response.read())
        assert database["name"] == "kb" and database["is_mutable"] is False
        with urllib.request.urlopen(server.base + "/-/settings.json", timeout=60) as response:
            assert json.loads(response.read())["facet_time_limit_ms"] == 500
        [(gunicorn, command)] = children(server.process.pid).items()  # kb serve keeps kb.db up to date meanwhile
        assert "gunicorn" in command
        workers = [line for line in children(gunicorn).values() if "multiprocessing" not in line]
        assert len(workers) == 2, workers  # Gunicorn forks its workers: each a child of the server

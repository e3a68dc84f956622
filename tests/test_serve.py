"""kb serve: builds when the events changed, writes the inspect file when the database
changed, then hands over to Datasette, read-only, with metadata.json."""

import contextlib
import json
import socket
import sqlite3
import subprocess
import sys

import pytest
from conftest import db_rows

from kb.cli import cli
from kb.events.append import Appender
from kb.serve.runner import prepare


def test_prepare_builds_inspects_and_runs_datasette_immutable(kb, small, clock):
    plan = prepare(kb, None, host="127.0.0.1", port=8001, now=clock)
    assert plan.build.mode == "full"
    assert plan.db == kb.cache_dir / "serve" / "kb.db"  # a copy: kb.db may be updated in place
    assert plan.inspect_file == kb.cache_dir / "serve" / "kb.inspect.json"
    inspected = json.loads(plan.inspect_file.read_text())
    assert inspected["kb"]["tables"]["claims"]["count"] == 3
    argv = plan.argv
    assert argv[:4] == [sys.executable, "-m", "datasette", "serve"]
    assert argv[argv.index("-i") + 1] == str(plan.db)
    assert argv[argv.index("--inspect-file") + 1] == str(plan.inspect_file)
    assert argv[argv.index("--metadata") + 1] == str(kb.metadata_path)
    assert argv[argv.index("--host") + 1] == "127.0.0.1"
    assert argv[argv.index("--port") + 1] == "8001"
    assert "facet_time_limit_ms" in argv and "suggest_facets" in argv


def test_prepare_reuses_what_is_up_to_date(kb, small, clock):
    first = prepare(kb, None, host="127.0.0.1", port=8001, now=clock)
    stamp = first.inspect_file.stat().st_mtime_ns
    again = prepare(kb, None, host="127.0.0.1", port=8001, now=clock)
    assert again.build.mode == "up-to-date"
    assert again.inspect_file.stat().st_mtime_ns == stamp

    Appender(kb, clock).append([{"type": "entity", "key": "china", "kind": "country", "name": "China"}])
    changed = prepare(kb, None, host="127.0.0.1", port=8001, now=clock)
    assert changed.build.mode == "incremental"
    assert changed.inspect_file.stat().st_mtime_ns > stamp
    assert json.loads(changed.inspect_file.read_text())["kb"]["tables"]["entities"]["count"] == 6


def test_another_database_file_is_served_as_kb(kb, small, clock, tmp_path):
    plan = prepare(kb, tmp_path / "other.db", host="127.0.0.1", port=8001, now=clock)
    assert plan.db.name == "kb.db" and not plan.db.is_symlink()
    assert db_rows(plan.db) == db_rows(tmp_path / "other.db")
    assert "kb" in json.loads(plan.inspect_file.read_text())


def test_the_served_copy_never_changes_under_a_server(kb, small, clock, tmp_path):
    """An incremental build writes kb.db in place; the copy a server opened stays as it was,
    and the next kb serve serves a new copy, with the new events."""
    first = prepare(kb, None, host="127.0.0.1", port=8001, now=clock)
    served = first.db.open("rb")  # what a running Datasette holds open
    before = served.read()
    Appender(kb, clock).append([{"type": "entity", "key": "china", "kind": "country", "name": "China"}])
    second = prepare(kb, None, host="127.0.0.1", port=8001, now=clock)
    assert second.build.mode == "incremental"
    served.seek(0)
    assert served.read() == before
    served.close()
    assert db_rows(second.db) == db_rows(kb.default_db)
    old = tmp_path / "as-served.db"
    old.write_bytes(before)
    keys = "SELECT key FROM entities WHERE key = 'china'"
    with contextlib.closing(sqlite3.connect(old)) as conn:
        assert conn.execute(keys).fetchall() == []
    with contextlib.closing(sqlite3.connect(second.db)) as conn:
        assert conn.execute(keys).fetchall() == [("china",)]


def test_kb_serve_command(kb, small, runner, monkeypatch):
    ran = []
    monkeypatch.setattr("kb.serve.live.supervise", lambda argv, env, watch: ran.append(argv) or 0)
    port = str(free_port())
    result = runner.invoke(cli, ["serve", "--port", port, "--workers", "1"])  # Datasette's own server
    assert result.exit_code == 0, result.output
    assert "Built kb.db: 10 events, 3 claims, 0 problems" in result.output
    assert f"Serving kb.db at http://127.0.0.1:{port}/" in result.output
    [argv] = ran
    assert argv[argv.index("--port") + 1] == port
    assert argv[argv.index("--host") + 1] == "127.0.0.1"


def test_kb_serve_refuses_metadata_kb_did_not_generate(kb, small, runner, monkeypatch):
    monkeypatch.setattr("kb.serve.live.supervise", lambda *args: pytest.fail("Datasette started"))
    kb.metadata_path.write_text("{}\n")
    result = runner.invoke(cli, ["serve"])
    assert result.exit_code == 1, result.output
    assert "metadata.json is not what kb generates" in result.output and "run `kb metadata`" in result.output
    assert not kb.default_db.exists()  # refused before building


def test_readme_and_make_serve_document_serving():
    from pathlib import Path

    repo = Path(__file__).resolve().parent.parent
    readme = (repo / "README.md").read_text(encoding="utf-8")
    assert "make serve" in readme and "## Publishing and searching" in readme
    assert "serve: $(BIN)/kb\n\t$(BIN)/kb serve" in (repo / "Makefile").read_text(encoding="utf-8")


def test_make_serve_installs_only_what_serving_needs():
    """make serve: kb and its dependencies, at the versions whose hashes kb ships, not the test extra
    (Playwright, mypy… hundreds of MB); make test: the test extra, Node.js and citeproc-js besides.
    Read from make's dry run."""
    from pathlib import Path

    repo = Path(__file__).resolve().parent.parent
    serve = subprocess.run(["make", "-n", "-B", "serve"], cwd=repo, capture_output=True, text=True, check=True).stdout
    constrained = "pip install --quiet -c .venv/constraints.txt"
    assert f"{constrained} -e .\n" in serve and "[test]" not in serve and "apt-get" not in serve
    assert "kb/serve/dependency-hashes.txt > .venv/constraints.txt" in serve
    test = subprocess.run(["make", "-n", "-B", "test"], cwd=repo, capture_output=True, text=True, check=True).stdout
    assert f"{constrained} -e '.[test]'" in test and "node:nodejs" in test and "npm ci" in test


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_kb_serve_on_a_busy_port_says_so(kb, small, runner, monkeypatch):
    monkeypatch.setattr("kb.serve.live.supervise", lambda argv, env, watch: pytest.fail("Datasette started"))
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        for workers in ("1", "2"):
            result = runner.invoke(cli, ["serve", "--port", str(port), "--workers", workers])
            assert result.exit_code == 1, result.output
            assert (
                f"Error: port {port} is taken (another server listens on it) — use --port {port + 1}" in result.output
            )
            assert "Traceback" not in result.output


def test_kb_serve_passes_the_site_address_to_the_server(kb, small, runner, monkeypatch):
    given = []
    monkeypatch.setattr("kb.serve.live.supervise", lambda argv, env, watch: given.append(env) or 0)
    port = str(free_port())
    result = runner.invoke(cli, ["serve", "--port", port, "--workers", "1", "--base-url", "https://kb.example.org/"])
    assert result.exit_code == 0, result.output
    assert given[0]["KB_BASE_URL"] == "https://kb.example.org"  # in the server's environment
    plan = prepare(
        kb, None, host="127.0.0.1", port=8001, now=lambda: "2025-05-01T00:00:00Z", workers=2, base_url="https://a.org"
    )
    assert plan.env["KB_BASE_URL"] == "https://a.org" and "KB_SERVE_DB" in plan.env


@pytest.mark.parametrize(
    "address",
    [
        "javascript:alert(1)",
        "negotiations.example.org",
        "https://",
        "https://kb.example.org/?q=1",
        "https://kb.example.org/#top",
        "https://user:secret@kb.example.org",
        "https://kb.example.org/<script>",
        "https://kb.example.org:99999",
        "https://[::1",
        "https://kb.example.org/\u0000",
        "https://kb.example.org/" + "a" * 5000,
    ],
)
def test_a_bad_site_address_is_a_usage_error(kb, small, runner, monkeypatch, address):
    monkeypatch.setattr("kb.serve.live.supervise", lambda argv, env, watch: pytest.fail("Datasette started"))
    result = runner.invoke(cli, ["serve", "--port", str(free_port()), "--base-url", address])
    assert result.exit_code == 2, result.output
    assert "is not the address of a site — give one such as https://negotiations.example.org" in result.output

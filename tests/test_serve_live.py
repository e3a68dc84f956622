"""The live local site: a running `kb serve` serves what `kb add` appends, and what `kb build`
writes, without a restart; the real server, the real CLI. The server prints a line once it
serves a new state (after the pointer names it), so each test waits for that line, then asks:
no sleep, no polling."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.request

import pytest

from kb.builder.metadata import LIVE_POINTER
from kb.serve.live import KEEP, Generations
from kb.serve.runner import Served


def get(server: Served, path: str) -> object:
    with urllib.request.urlopen(server.base + path, timeout=60) as response:
        return json.loads(response.read())


def entity_keys(server: Served) -> list[str]:
    return [row["key"] for row in get(server, "/kb/entities.json?_shape=array&_col=key&_size=max")]  # type: ignore[union-attr]


def kb_command(kb, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kb", "--kb", str(kb.root), *args], capture_output=True, text=True, cwd=kb.root
    )


def served(kb, workers: int) -> Served:
    server = Served(kb.root, timeout=120, workers=workers)
    server.cwd = kb.root  # not tmp_path, whose kb/ folder is the knowledge base
    return server


@pytest.mark.parametrize("workers", [1, 2])
def test_kb_add_is_served_without_a_restart(kb, small, workers):
    with served(kb, workers) as server:
        assert "china" not in entity_keys(server)
        seen = len(server.lines)
        added = kb_command(kb, "add", "entity", "--key", "china", "--kind", "country", "--name", "China")
        assert added.returncode == 0, added.stderr
        line = server.wait_for("serving it now", after=seen)
        assert line.startswith("Updated kb.db: 11 events")
        assert "china" in entity_keys(server)
        event = added.stdout.strip()
        assert get(server, f"/kb/events/{event}.json?_shape=array")[0]["type"] == "entity"  # type: ignore[index]
        for _ in range(2 * workers):  # whichever worker answers
            assert "china" in entity_keys(server)


def test_a_bad_event_file_is_not_served_and_a_build_by_hand_is(kb, small):
    with served(kb, 1) as server:
        seen = len(server.lines)
        (kb.events_dir / "zz").mkdir()
        (kb.events_dir / "zz" / "ev-zzzzzzzzzzzzzzzz.json").write_text("{not json")
        server.wait_for("kb serve: not updated:", after=seen)  # the build fails: the site stays as it was
        assert len(entity_keys(server)) == 5
        (kb.events_dir / "zz" / "ev-zzzzzzzzzzzzzzzz.json").unlink()
        (kb.events_dir / "zz").rmdir()
        seen = len(server.lines)
        added = kb_command(kb, "add", "entity", "--key", "china", "--kind", "country", "--name", "China")
        assert added.returncode == 0, added.stderr
        assert server.wait_for("serving it now", after=seen).startswith("Updated kb.db: 11 events")
        assert "china" in entity_keys(server)
        assert sum("not updated" in line for line in server.lines) == 1  # said once, not at every look
        seen = len(server.lines)
        built = kb_command(kb, "build", "--full")  # a new kb.db that kb serve did not build is served too
        assert built.returncode == 0, built.stderr
        assert server.wait_for("serving it now", after=seen).startswith("Up to date: kb.db: 11 events")
        assert "china" in entity_keys(server)
        live = kb.cache_dir / "serve" / f"live-{server.process.pid}"
        assert (live / "current").read_text() == str(live / "kb-2.db")
    assert not live.exists()  # removed when kb serve stops


def test_generations_are_whole_copies_and_the_oldest_go(kb, small, clock, tmp_path):
    from kb.builder.build import build

    db = build(kb, None, now=clock).db
    generations = Generations(tmp_path / "live")
    copies = [generations.publish(db) for _ in range(KEEP + 2)]
    assert [path.name for path in copies] == [f"kb-{n}.db" for n in range(1, KEEP + 3)]
    assert sorted(path.name for path in (tmp_path / "live").glob("*.db")) == sorted(p.name for p in copies[-KEEP:])
    assert generations.pointer.read_text() == str(copies[-1])
    assert copies[-1].read_bytes()[:16] == b"SQLite format 3\0"


def test_a_server_not_started_by_kb_serve_never_follows_a_pointer(monkeypatch):
    """A packaged site (its Dockerfile runs datasette serve) has no pointer: the app is Datasette's, unwrapped."""
    from kb.publish import live

    monkeypatch.delenv(LIVE_POINTER, raising=False)
    app = object()
    assert live.wrap(object())(app) is app
    assert LIVE_POINTER not in os.environ

"""The live local site: ``kb serve`` runs Datasette in a child process and, while it runs,
brings kb.db up to date (an incremental build when event files were added, or the database a
``kb build`` wrote) and hands each new state to Datasette as a new immutable copy.

Each state is a generation, ``.kb/serve/live-<pid>/kb-<n>.db``: a consistent copy (SQLite's
backup, one read transaction, so never half of a build), written whole before the pointer file
beside it names it (replaced with os.replace). Datasette's side (kb.publish.live) reads the
pointer before each request and swaps the new generation in; a generation is never written
again, and the oldest are removed once two newer ones exist (a request still reading one has
long finished). The folder goes when kb serve stops.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType

from kb.builder.build import build
from kb.builder.metadata import DATABASE, LIVE_POINTER
from kb.errors import KbError
from kb.events.store import KnowledgeBase
from kb.serve.runner import Plan, consistent_copy

KEEP = 3  # generations kept: the one served and the two before it
INTERVAL = 0.25  # seconds between two looks at the events and kb.db


class Generations:
    """The copies of kb.db a live server has served, and the pointer naming the newest."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.pointer = folder / "current"
        self.count = 0

    def publish(self, db_path: Path) -> Path:
        """Copy the database as the next generation, then point at it."""
        self.folder.mkdir(parents=True, exist_ok=True)
        self.count += 1
        copy = self.folder / f"{DATABASE}-{self.count}.db"
        consistent_copy(db_path, copy)
        temp = self.pointer.with_name(f".{self.pointer.name}")
        temp.write_text(str(copy), encoding="utf-8")
        os.replace(temp, self.pointer)
        old = self.folder / f"{DATABASE}-{self.count - KEEP}.db"
        old.unlink(missing_ok=True)
        return copy

    def remove(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def stamp(db_path: Path) -> tuple[int, int, int] | None:
    """What changes when kb.db is written: its inode (a full build replaces it), size and time."""
    try:
        stat = db_path.stat()
    except FileNotFoundError:
        return None
    return stat.st_ino, stat.st_size, stat.st_mtime_ns


class Watch:
    """Bring kb.db up to date and publish it as a new generation when it changed."""

    def __init__(self, kb: KnowledgeBase, db_path: Path, now: Callable[[], str], generations: Generations):
        self.kb, self.db_path, self.now, self.generations = kb, db_path, now, generations
        self.served = stamp(db_path)  # the state kb serve started with, already served
        self.failed: str | None = None  # the last build's error, while it fails

    def look(self) -> Path | None:
        """Build if event files were added; publish kb.db if it changed since last served.
        Returns the new generation, if any. A build that fails is reported, and the site keeps
        serving what it served."""
        try:
            result = build(self.kb, self.db_path, now=self.now)
        except KbError as error:
            if str(error) != self.failed:  # said once, not at every look
                print(f"kb serve: not updated: {error}", file=sys.stderr, flush=True)
            self.failed = str(error)
            return None
        self.failed = None
        now = stamp(self.db_path)
        if now == self.served:
            return None
        copy = self.generations.publish(self.db_path)
        self.served = now
        print(f"{result}; serving it now", file=sys.stderr, flush=True)  # after: the next request sees it
        return copy


def supervise(argv: list[str], env: dict[str, str], watch: Watch, interval: float = INTERVAL) -> int:
    """Run the server's command as a child process and look for a new state every ``interval``
    seconds until it ends (or kb serve is stopped, which stops it); returns its exit status."""
    child = subprocess.Popen(argv, env={**os.environ, **env, LIVE_POINTER: str(watch.generations.pointer)})

    def stop(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    try:
        while True:
            with contextlib.suppress(subprocess.TimeoutExpired):
                return child.wait(timeout=interval)
            watch.look()
    except KeyboardInterrupt:
        return 0
    finally:
        if child.poll() is None:
            child.terminate()
            try:
                child.wait(timeout=20)
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()
        watch.generations.remove()


def serve(kb: KnowledgeBase, plan: Plan, now: Callable[[], str]) -> int:
    """Run the plan's server, live: a new state of the knowledge base is served within about a
    second of its events being added or kb.db being built."""
    watch = Watch(kb, plan.build.db, now, Generations(kb.cache_dir / "serve" / f"live-{os.getpid()}"))
    return supervise(plan.argv, plan.env, watch)

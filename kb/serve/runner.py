"""kb serve: build when the events changed, then run Datasette read-only on kb.db (kept up to
date while it runs by kb.serve.live).

Datasette serves a copy of the database immutable (``-i``), with an inspect file (table
counts and the file's hash, computed once per build instead of at every start) and the
knowledge base's metadata.json. The copy, ``.kb/serve/kb.db``, is taken when the database
changed: an incremental build updates kb.db in place, which an immutable reader must never
see. It is always named kb.db, the name metadata.json and the plugin's pages refer to.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import json
import os
import socket
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kb.builder.build import BuildResult, build
from kb.builder.metadata import CONFIGURATION, DATABASE, is_current, write_metadata
from kb.errors import KbError
from kb.events.store import KnowledgeBase
from kb.model.site import BASE_URL_VARIABLE

# Datasette settings for every server of a knowledge base (kb serve, the tests, the
# benchmark). Every facet configured on claims reads an index: at a million claims each takes
# about 100 ms on two cores, well inside a 500 ms limit even when they share the cores. A
# filter that leaves hundreds of thousands of claims makes facets scan them, and those that
# pass the limit are reported as timed out rather than holding the page. Suggested facets are
# off: the configured ones cover the useful columns, and suggesting means trying a facet on
# every column of every page, which at a million rows is most of a page's time.
SETTINGS: dict[str, object] = {
    "facet_time_limit_ms": 500,
    "suggest_facets": False,
    "sql_time_limit_ms": 3000,
    "truncate_cells_html": 140,
}


def datasette_1() -> bool:
    """Whether the installed Datasette is 1.0 (or an alpha of it), which reads table settings and
    canned queries from its configuration (datasette.yaml) rather than from metadata."""
    from importlib.metadata import version

    return not version("datasette").startswith("0.")


def configuration_args(kb_root: Path) -> list[str]:
    """`datasette serve`'s options for the knowledge base's datasette.yaml, under Datasette 1.0."""
    return ["--config", str(kb_root / CONFIGURATION)] if datasette_1() else []


def configuration_kwargs(kb_root: Path) -> dict[str, Any]:
    """``Datasette(...)``'s arguments for the knowledge base's datasette.yaml, under Datasette 1.0."""
    if not datasette_1():
        return {}
    import yaml

    return {"config": yaml.safe_load((kb_root / CONFIGURATION).read_text(encoding="utf-8"))}


@dataclass(frozen=True)
class Plan:
    build: BuildResult
    db: Path  # the file Datasette opens, named kb.db
    inspect_file: Path
    metadata: Path
    argv: list[str]
    env: dict[str, str] = field(default_factory=dict)  # set for the command (see kb.serve.asgi)


def setting_args(settings: dict[str, object] = SETTINGS) -> list[str]:
    args = []
    for name, value in settings.items():
        text = ("on" if value else "off") if isinstance(value, bool) else str(value)
        args += ["--setting", name, text]
    return args


def served_copy(kb: KnowledgeBase, db_path: Path) -> Path:
    """The copy of the database that Datasette serves immutable, named kb.db in the cache
    folder: taken again (in one read transaction, so a consistent state) when
    the database changed since. An incremental build updates kb.db in place, which an
    immutable reader must never see; a running server keeps the copy it opened, since a new
    copy replaces it with os.replace."""
    copy = kb.cache_dir / "serve" / f"{DATABASE}.db"
    try:
        return _copy_if_changed(db_path, copy)
    except (OSError, sqlite3.Error) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        raise KbError(f"could not copy {kb.relative(db_path)} to {kb.relative(copy)} to serve it: {reason}") from None


def _copy_if_changed(db_path: Path, copy: Path) -> Path:
    copy.parent.mkdir(parents=True, exist_ok=True)
    source = copy.with_name(f"{copy.name}.source")
    stat = db_path.stat()
    stamp = f"{db_path.resolve()}\0{stat.st_ino}\0{stat.st_size}\0{stat.st_mtime_ns}"
    if copy.exists() and source.exists() and source.read_text(encoding="utf-8") == stamp:
        return copy
    consistent_copy(db_path, copy)
    source.write_text(stamp, encoding="utf-8")
    return copy


def consistent_copy(db_path: Path, copy: Path) -> None:
    """Copy a database in one read transaction: never half of an incremental build that is
    writing it meanwhile. The copy replaces ``copy`` whole.

    kb.db keeps a rollback journal, so a read transaction's shared lock keeps every writer from
    changing the file until it ends: the file is then copied as it is, by the kernel (sendfile,
    a tenth of the time SQLite's backup takes: 0.3 s against 3 s for 271 MB at 100k events).
    The file copied is the one the transaction locked (a full build may swap in a new kb.db
    meanwhile: then it is tried again). A database in WAL mode, which kb never writes, is copied
    with SQLite's backup."""
    temp = copy.with_name(f".{copy.name}.{os.getpid()}")
    temp.unlink(missing_ok=True)
    try:
        while not _copy_locked(db_path, temp):
            pass
        os.replace(temp, copy)
    finally:
        temp.unlink(missing_ok=True)


def _copy_locked(db_path: Path, temp: Path) -> bool:
    """Copy the file under a read transaction's lock; False if the path now names another file."""
    with (
        open(db_path, "rb") as source,
        contextlib.closing(sqlite3.connect(db_path, timeout=60, isolation_level=None)) as original,
    ):
        original.execute("BEGIN")
        original.execute("SELECT count(*) FROM sqlite_master")  # the shared lock, a hot journal rolled back first
        if original.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
            with contextlib.closing(sqlite3.connect(temp)) as target:
                original.backup(target)
            return True
        if os.fstat(source.fileno()).st_ino != os.stat(db_path).st_ino:
            return False  # a full build replaced kb.db between the open and the lock
        size = os.fstat(source.fileno()).st_size
        with open(temp, "wb") as target:
            offset = 0
            while offset < size:
                sent = os.sendfile(target.fileno(), source.fileno(), offset, size - offset)
                if sent == 0:
                    break
                offset += sent
        original.execute("COMMIT")
        return True


def inspect(db: Path) -> Path:
    """The inspect file of a database, regenerated when the database is newer than it."""
    inspect_file = db.with_name(f"{DATABASE}.inspect.json")
    if inspect_file.exists() and inspect_file.stat().st_mtime >= db.stat().st_mtime:
        return inspect_file
    try:
        # Imported here: Datasette takes half a second to import, and only kb serve needs it.
        from datasette.cli import inspect_

        data = asyncio.run(inspect_([str(db)], None))  # what `datasette inspect` runs
    except sqlite3.DatabaseError as error:
        raise KbError(f"{db} is not a database Datasette can open ({error}) — run `kb build --full`") from None
    temp = inspect_file.with_name(f".{inspect_file.name}.{os.getpid()}")
    temp.write_text(json.dumps(data, indent=2), encoding="utf-8")
    os.replace(temp, inspect_file)
    return inspect_file


def prepare(
    kb: KnowledgeBase,
    db_path: Path | None,
    *,
    host: str,
    port: int,
    now: Callable[[], str],
    workers: int = 1,
    base_url: str | None = None,
) -> Plan:
    """Build if the events changed, write the inspect file if the database changed, and
    return the command that runs Datasette (in ``workers`` processes: see worker_plan), with
    the site's address for its permalinks (``base_url``) in its environment. A port another
    server holds is a KbError saying so (``check_port_free``, which kb serve runs before starting)."""
    if not kb.metadata_path.exists():
        write_metadata(kb)
    if not is_current(kb):
        # The published site runs what metadata.json says (extra_js_urls, description_html…):
        # it trusts only what kb generates, never an edit brought by a merge.
        raise KbError(
            "metadata.json is not what kb generates (edited by hand, or by an older kb), and the site would "
            "publish it — see `git diff metadata.json`, then run `kb metadata`"
        )
    result = build(kb, db_path, now=now)
    db = served_copy(kb, result.db)
    inspect_file = inspect(db)
    argv = [
        sys.executable,
        "-m",
        "datasette",
        "serve",
        "-i",
        str(db),
        "--inspect-file",
        str(inspect_file),
        "--metadata",
        str(kb.metadata_path),
        *configuration_args(kb.root),
        "--host",
        host,
        "--port",
        str(port),
        *setting_args(),
    ]
    env = {BASE_URL_VARIABLE: base_url} if base_url else {}
    plan = Plan(result, db, inspect_file, kb.metadata_path, argv, env)
    return plan if workers == 1 else worker_plan(plan, host=host, port=port, workers=workers)


def check_port_free(host: str, port: int) -> None:
    """KbError when another process listens on the port (or the address is not this machine's),
    rather than Uvicorn's or Gunicorn's own retries and tracebacks."""
    if port == 0:
        return
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as error:
        raise KbError(
            f"cannot listen on {host}: {error.strerror} — give an address of this machine to --host"
        ) from None
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the servers do: a closing socket is no owner
        try:
            sock.bind(address)
        except PermissionError:
            raise KbError(f"port {port} needs administrator rights — use --port 8001 or any above 1023") from None
        except OSError as error:
            if error.errno == errno.EADDRINUSE:
                raise KbError(
                    f"port {port} is taken (another server listens on it) — use --port {port + 1}, or stop that server"
                ) from None
            raise KbError(f"cannot listen on {host}:{port}: {error.strerror} — check --host and --port") from None


def worker_plan(plan: Plan, *, host: str, port: int, workers: int) -> Plan:
    """The same Datasette app in several processes: Gunicorn listens on the port, then runs
    Uvicorn workers, each making the app with kb.serve.asgi's factory from the files the
    environment names."""
    argv = [
        sys.executable,
        "-m",
        "gunicorn",
        "kb.serve.asgi:app()",
        "--worker-class",
        "uvicorn_worker.UvicornWorker",
        "--workers",
        str(workers),
        "--bind",
        f"[{host}]:{port}" if ":" in host else f"{host}:{port}",
        # Import kb from where this kb runs, not from the working folder (which may hold a
        # knowledge base named kb).
        "--pythonpath",
        str(Path(__file__).resolve().parents[2]),
        "--no-control-socket",  # one per user (~/.gunicorn) otherwise: two servers would share it
        "--access-logfile",
        "-",  # each request on standard output, as `datasette serve` prints them
    ]
    env = plan.env | {
        "KB_SERVE_DB": str(plan.db),
        "KB_SERVE_INSPECT": str(plan.inspect_file),
        "KB_SERVE_METADATA": str(plan.metadata),
    }
    return Plan(plan.build, plan.db, plan.inspect_file, plan.metadata, argv, env)


class Served:
    """`kb serve` of a knowledge base in a child process, on a free localhost port, for scripts
    and tests: ready when Uvicorn (or Gunicorn) says it is listening (its output is read as it comes, so
    readiness is an event, not a guess), stopped on leaving the ``with`` block.

        with Served(Path("my-kb"), timeout=60) as server:
            urllib.request.urlopen(server.base + "/kb/claims.json")
    """

    def __init__(self, root: Path, *, timeout: float, workers: int = 1):
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        self.base = f"http://127.0.0.1:{port}"
        self.timeout = timeout
        self.argv = [sys.executable, "-m", "kb", "--kb", str(root), "serve", "--port", str(port)]
        self.argv += ["--workers", str(workers)]
        self.lines: list[str] = []
        self.ready = threading.Event()
        self.printed = threading.Condition()
        self.cwd: Path | None = None  # where the command runs (default: here)
        self.listening = False

    def __enter__(self) -> Served:
        env = {key: value for key, value in os.environ.items() if key != "KB_DIR"}
        self.process = subprocess.Popen(
            self.argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env, cwd=self.cwd
        )
        threading.Thread(target=self._read, daemon=True).start()
        if not self.ready.wait(self.timeout) or not self.listening:
            self.__exit__()
            raise RuntimeError(f"kb serve did not start within {self.timeout:.0f} s:\n{''.join(self.lines)}")
        return self

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            with self.printed:
                self.lines.append(line)
                self.printed.notify_all()
            if "Uvicorn running on" in line or "Listening at: http" in line:  # Gunicorn's, with --workers
                self.listening = True
                self.ready.set()
        self.ready.set()  # the process ended: stop waiting
        with self.printed:
            self.printed.notify_all()

    def wait_for(self, text: str, *, after: int = 0) -> str:
        """The first line from the ``after``-th on that holds ``text``, once the server printed
        it (the live site prints one after each new state it serves); RuntimeError after the timeout."""
        with self.printed:
            found = self.printed.wait_for(
                lambda: any(text in line for line in self.lines[after:]) or self.process.poll() is not None,
                self.timeout,
            )
            lines = [line for line in self.lines[after:] if text in line]
        if not found or not lines:
            raise RuntimeError(f"kb serve did not print {text!r} within {self.timeout:.0f} s:\n{''.join(self.lines)}")
        return lines[0]

    def __exit__(self, *exc_info: object) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

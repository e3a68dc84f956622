"""benchmarks/lower_bound.py times what the build does: its after-load step, run in a copy of a
built kb.db taken back to how the load left it, makes that kb.db again, row for row."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest
import sqlite_utils

from kb.builder.build import build
from kb.errors import KbError

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import lower_bound  # noqa: E402


def now() -> str:
    return "2025-05-01T00:00:00.000000Z"


def schema(conn: sqlite3.Connection, prefix: str = "") -> list[tuple[str, str, str | None]]:
    return sorted(conn.execute(f"SELECT type, name, sql FROM {prefix}sqlite_master"))


def test_the_after_load_step_remakes_the_database_the_build_made(tmp_path):
    from benchmarks.generate import generate

    kb = generate(tmp_path / "generated", 2000, seed=3)
    build(kb, kb.default_db, full=True, now=now, workers=2)
    copy = tmp_path / "copy.db"
    shutil.copyfile(kb.default_db, copy)
    db = sqlite_utils.Database(copy)
    lower_bound.as_loaded(db)
    for table in ("citations", "claims"):
        assert db.execute(f"SELECT count(*) FROM {table} WHERE verified IS NOT NULL").fetchone() == (0,)
    assert db.execute("SELECT count(*) FROM sqlite_master WHERE sql LIKE 'CREATE INDEX%'").fetchone() == (0,)
    assert not [name for name in db.table_names() if name.endswith("_fts")]
    indexes, quotes = lower_bound.remake(db, kb)
    assert indexes > 0 and quotes > 0
    db.close()
    with contextlib.closing(sqlite3.connect(copy)) as conn:
        conn.execute("ATTACH ? AS built", (str(kb.default_db),))
        assert schema(conn) == schema(conn, "built.")
        verdicts = dict(conn.execute("SELECT verified, count(*) FROM citations GROUP BY verified"))
        assert verdicts.get("verified") and verdicts.get("unverifiable")
        for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
            for one, other in (("main", "built"), ("built", "main")):
                extra = conn.execute(f"SELECT * FROM {one}.[{table}] EXCEPT SELECT * FROM {other}.[{table}]")
                assert extra.fetchall() == [], f"{table}: rows in {one} only"


def test_the_checks_step_refuses_an_edited_file_which_the_read_step_takes(tmp_path):
    from benchmarks.generate import generate

    kb = generate(tmp_path / "generated", 300, seed=4)
    edited = sorted(kb.events_dir.rglob("*.json"))[100]
    edited.write_text(edited.read_text().replace('"recorded_at": "', '"recorded_at": "1', 1))
    assert lower_bound.checks(kb.root, checked=False) > 0
    with pytest.raises(KbError, match="its content's hash is"):
        lower_bound.checks(kb.root)
    assert not (kb.root / "checks.db").exists()

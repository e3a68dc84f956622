"""A snapshot edited after it was stored is not trusted (kb.events.snapshots): `kb add` will not take a
quote of it, the builder marks every excerpt of it not verified and lists it in _problems (so
`kb build --strict` fails), `kb verify` names it, and an incremental build after an edit in
place equals a full build."""

from __future__ import annotations

import os
import sqlite3

import pytest
from conftest import ARTICLE, db_rows, make_event, tree_bytes

from kb.builder.build import build
from kb.cli import cli, utc_now
from kb.events.ids import file_bytes

FABRICATED = "Akazawa said Japan would accept any tariff."


def snapshot(kb):
    (path,) = kb.snapshots_dir.glob("*.txt")
    return path


def cite_fabricated(kb, small) -> str:
    """A claim quoting the fabricated sentence, written without kb add's checks."""
    event = make_event(
        {
            "type": "statement",
            "negotiation": "talks",
            "occurred_at": "2025-04-16",
            "speaker": "akazawa",
            "attribution": "direct_quote",
            "text": FABRICATED,
            "citations": [{"source": small.source, "excerpt": FABRICATED}],
        },
        "2025-05-02T00:00:00.000000Z",
    )
    path = kb.path_for(event["id"])
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(file_bytes(event))
    return event["id"]


def verdicts(db) -> dict[str, str]:
    with sqlite3.connect(db) as conn:
        return dict(conn.execute("SELECT id, verified FROM claims"))


def problems(db) -> list[tuple[str, str]]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT kind, event FROM _problems ORDER BY kind, event").fetchall()


TAMPERINGS = {
    "a sentence appended": lambda text: text + FABRICATED + "\n",
    "a word changed, same size": lambda text: text.replace("Wednesday", "Thursday."[:9]),
    "emptied": lambda text: "",
    "replaced by another text": lambda text: FABRICATED + "\n",
}


@pytest.mark.parametrize("name", TAMPERINGS)
def test_kb_add_refuses_to_quote_a_tampered_snapshot(runner, kb, small, name):
    path = snapshot(kb)
    path.write_text(TAMPERINGS[name](ARTICLE))
    before = tree_bytes(kb.root)
    result = runner.invoke(
        cli,
        ["add", "statement", "--negotiation", "talks", "--occurred-at", "2025-04-16", "--speaker", "akazawa"]
        + ["--attribution", "direct_quote", "--text", "We want a win-win deal"]
        + ["--citation", f"{small.source}:We want a win-win deal"],
    )
    assert result.exit_code == 1, result.output
    assert f"the text of {small.source}: content's SHA-256 is" in result.output and "restore it" in result.output
    assert tree_bytes(kb.root) == before


@pytest.mark.parametrize("name", TAMPERINGS)
def test_the_builder_marks_every_excerpt_of_a_tampered_snapshot_not_verified(runner, kb, small, name):
    path = snapshot(kb)
    path.write_text(TAMPERINGS[name](ARTICLE))
    fabricated = cite_fabricated(kb, small)

    result = build(kb, full=True, now=utc_now)
    claims = verdicts(result.db)
    assert claims[fabricated] != "verified"
    assert claims[small.statement] == claims[small.meeting] == "unverifiable"
    with sqlite3.connect(result.db) as conn:
        cited = conn.execute("SELECT DISTINCT verified FROM citations WHERE source = ?", [small.source]).fetchall()
    assert cited == [("unverifiable",)]
    assert ("snapshot_failed", small.source) in problems(result.db)
    with sqlite3.connect(result.db) as conn:
        assert conn.execute("SELECT snapshot_held FROM sources WHERE id = ?", [small.source]).fetchone() == (0,)
    strict = runner.invoke(cli, ["build", "--full", "--strict"])
    assert strict.exit_code == 1 and "problem" in strict.output
    assert runner.invoke(cli, ["verify"]).exit_code == 1


@pytest.mark.parametrize("name", TAMPERINGS)
@pytest.mark.parametrize("keep_mtime", [False, True])
def test_after_a_snapshot_is_edited_in_place_an_incremental_build_equals_a_full_one(
    kb, small, tmp_path, name, keep_mtime
):
    build(kb, now=utc_now)
    path = snapshot(kb)
    stat = path.stat()
    with open(path, "r+", encoding="utf-8") as file:  # in place: same file, same inode
        file.write(TAMPERINGS[name](ARTICLE))
        file.truncate()
    if keep_mtime:
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))

    incremental = build(kb, now=utc_now)
    full = build(kb, tmp_path / "full.db", full=True, now=utc_now)
    assert incremental.mode != "up-to-date"
    assert db_rows(incremental.db) == db_rows(full.db)
    assert ("snapshot_failed", small.source) in problems(incremental.db)


def test_a_snapshot_restored_is_trusted_again(kb, small):
    path = snapshot(kb)
    path.write_text(ARTICLE + FABRICATED)
    build(kb, now=utc_now)
    path.write_text(ARTICLE)
    result = build(kb, now=utc_now)
    assert verdicts(result.db)[small.statement] == "verified"
    assert problems(result.db) == []

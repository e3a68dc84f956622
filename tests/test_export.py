"""kb export: current claims and each kind's table as CSV and JSON Lines, from kb.db."""

from __future__ import annotations

import csv
import io
import json
import sqlite3

from kb.builder.export import exported_tables
from kb.builder.projection import TABLES
from kb.cli import cli


def test_export_claims_as_csv_current_only(runner, kb, small):
    assert runner.invoke(cli, ["retract", small.meeting, "--reason", "withdrawn"]).exit_code == 0
    result = runner.invoke(cli, ["export"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert list(rows[0]) == list(TABLES["claims"].columns)
    assert sorted(row["id"] for row in rows) == sorted([small.statement, small.data_point])
    statement = next(row for row in rows if row["id"] == small.statement)
    assert statement["attribution"] == "direct_quote" and statement["text"] == "We want a win-win deal"
    assert statement["status_reason"] == ""  # NULL is an empty cell
    everything = list(csv.DictReader(io.StringIO(runner.invoke(cli, ["export", "--all"]).output)))
    assert {row["id"]: row["status"] for row in everything}[small.meeting] == "retracted"


def test_export_a_kind_as_json_lines(runner, kb, small):
    result = runner.invoke(cli, ["export", "data_points", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    [row] = [json.loads(line) for line in result.output.splitlines()]
    assert row["id"] == small.data_point and row["value"] == "9000000000000" and row["unit"] == "JPY"
    assert set(row) == set(TABLES["data_points"].columns)


def test_export_every_table_into_a_folder(runner, kb, small, tmp_path):
    result = runner.invoke(cli, ["export", "--output-dir", str(tmp_path / "out"), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    assert sorted(path.name for path in (tmp_path / "out").iterdir()) == sorted(
        f"{table}.jsonl" for table in exported_tables()
    )
    conn = sqlite3.connect(kb.root / "kb.db")
    for table in exported_tables():
        lines = (tmp_path / "out" / f"{table}.jsonl").read_text().splitlines()
        assert len(lines) == conn.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]
        assert f"wrote {tmp_path / 'out' / table}.jsonl ({len(lines)} rows)" in result.output


def test_export_refuses_what_is_not_an_exported_table(runner, kb, small):
    for hostile in ["events", "_meta", "claims; DROP TABLE claims", "../claims", "sqlite_master"]:
        result = runner.invoke(cli, ["export", hostile])
        assert result.exit_code == 1
        assert "cannot be exported — give one of claims, statements, meetings" in result.output
    result = runner.invoke(cli, ["export", "--format", "xlsx"])
    assert result.exit_code == 2


def test_no_output_goes_into_events_or_snapshots(runner, kb, small):
    from tests.conftest import tree_bytes

    before = tree_bytes(kb.root)
    for command in (["export", "--output-dir"], ["package"]):
        for inside in ("events", "events/zz/new", "snapshots", "snapshots/../events/x"):
            result = runner.invoke(cli, [*command, str(kb.root / inside)])
            assert result.exit_code == 1, result.output
            assert "which holds only what kb appends — give another folder" in result.output
    assert tree_bytes(kb.root) == before

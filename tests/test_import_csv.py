"""kb import --csv: a spreadsheet's rows as events, by the codebook, all or nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kb.cli import cli
from kb.events.import_csv import codebook
from tests.conftest import REPO, tree_bytes


def write(path: Path, text: str | bytes) -> Path:
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


def test_rows_become_events_as_kb_add_makes_them(runner, kb, small, tmp_path):
    sheet = write(
        tmp_path / "claims.csv",
        "\ufefftype,negotiation,occurred_at,speaker,attribution,text,citations,topics,metric,subject,value,unit,"
        "approximate,participants,place,summary,value_as_stated\n"
        f'statement,talks,2025-04-16,Akazawa,paraphrase,Akazawa wants a deal,"{small.source}:'
        'Akazawa met U.S. President Donald Trump","autos\ntariffs",,,,,,,,\n'
        ",,,,,,,,,,,,,,,,\n"
        f'data_point,talks,2025-03,,,,"{{""source"": ""{small.source}"", ""excerpt"": ""around 9 trillion yen""}}",'
        ",trade_surplus,japan,9000000000000,JPY,true,,,,around 9 trillion yen\n"
        f'meeting,talks,2025-04-16,,,,{small.source}:in Washington,,,,,,,"akazawa:japan\ntrump:united-states",'
        "Washington,They met,\n",
    )
    result = runner.invoke(cli, ["import", "--csv", "--new", str(sheet)])  # the small knowledge base has the meeting
    assert result.exit_code == 0, result.output
    assert result.output == "Imported 3 events\n"
    logged = json.loads(runner.invoke(cli, ["log", "--json", "--limit", "3"]).output)
    meeting, data_point, statement = logged
    assert statement["speaker"] == "ryosei-akazawa" and statement["topics"] == ["autos", "tariffs"]
    assert statement["citations"] == [{"source": small.source, "excerpt": "Akazawa met U.S. President Donald Trump"}]
    assert data_point["approximate"] is True and data_point["value"] == "9000000000000"
    assert data_point["citations"][0]["excerpt"] == "around 9 trillion yen"
    assert [p["entity"] for p in meeting["participants"]] == ["ryosei-akazawa", "donald-trump"]
    assert meeting["participants"][1]["side"] == "united-states"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "no header row — the first row names the columns"),
        ("type,key\n", "no events in it — a header row, then one row an event"),
        ("key,kind,name\nx,country,X\n", "row 1: no type column"),
        ("type,key,key\nentity,a,b\n", "row 1: column 'key' twice"),
        ("type,<script>\nentity,x\n", "row 1: '<script>' is not a field of any event — see docs/codebook.md"),
        ("type,key,kind,name\nentity,x,country,X\nentity,y,country\nentity,z,country,Z\n", "row 3: "),
        ("type,key,kind,name\nentity,x,country,X\nstatement,x,country,X\n", "row 3: key is not a field of statement"),
        ("type,key,kind,name\nentity,x,country,X,extra\n", "row 2: 5 cells but 4 columns"),
        ("type,key\n../../etc,x\n", "row 2: type '../../etc' is not a type of event"),
        ("type,key,kind,name,aliases\nentity,x,country,X,\0\n", "row 2: invalid entity: aliases.0: must not contain"),
        (b"type,key\n\xff\n", "not UTF-8"),
        ("type,text\nstatement," + "x" * (1024 * 1024 + 10) + "\n", "not CSV this can read (field larger"),
        ("type,key,kind,name\nentity,x,country,X\nentity,x,country,X\n", "row 3: key: an entity 'x' already exists"),
        ("type,metric,approximate\ndata_point,m,maybe\n", "row 2, approximate: 'maybe' — write true or false"),
    ],
    ids=[
        "empty",
        "header only",
        "no type",
        "duplicate column",
        "markup column",
        "bad row 3",
        "field of another type",
        "too many cells",
        "path as type",
        "NUL",
        "not UTF-8",
        "huge cell",
        "duplicate row",
        "bad flag",
    ],
)
def test_a_bad_sheet_writes_nothing_and_names_the_row(runner, kb, small, tmp_path, content, message):
    before = tree_bytes(kb.root)
    result = runner.invoke(cli, ["import", "--csv", str(write(tmp_path / "bad.csv", content))])
    assert result.exit_code == 1, result.output
    assert message in result.output and "Traceback" not in result.output
    assert tree_bytes(kb.root) == before


def test_the_codebook_is_generated_from_the_models():
    assert (REPO / "docs" / "codebook.md").read_text(encoding="utf-8") == codebook(), (
        "docs/codebook.md is out of date — run `make generate`"
    )

"""Second reports that carry what they add, and their retraction (issue 27): a corroboration may
add a place, a date the claim lacked, a more precise value or length with its bound, or confirm
first hand what was only reported; the claim reads with what each source added, its first
report stays as it was, and a retracted corroboration takes its sources and additions away, in
a full build as in an incremental one."""

from __future__ import annotations

import json

import pytest
from conftest import Clock, added, db_rows, rows, run

from kb.builder.build import build

SECOND_ARTICLE = (
    "Akazawa held talks with Trump at the White House on Wednesday, officials said.\n"
    "The two men talked for about 75 minutes, Akazawa told reporters afterwards.\n"
    "Japan posted a trade surplus of 8.6 trillion yen with the United States.\n"
)


@pytest.fixture
def second(runner, small, tmp_path) -> str:
    text = tmp_path / "second.txt"
    text.write_text(SECOND_ARTICLE)
    return added(
        runner, "add", "source", "--kind", "article", "--publisher", "Nikkei", "--title", "Talks",
        "--published-at", "2025-04-18", "--text-file", str(text),
    )  # fmt: skip


@pytest.fixture
def hedged(runner, small) -> str:
    """A meeting the first source gives hedged, undated, without its place or length."""
    return added(
        runner, "add", "meeting", "--negotiation", "talks", "--participant", "akazawa:japan",
        "--participant", "trump:united-states", "--summary", "Akazawa and Trump talked", "--hedge", "reportedly",
        "--citation", f"{small.source}:Akazawa met U.S. President Donald Trump", "--new",
    )  # fmt: skip


def full_build(kb, tmp_path, name="full.db"):
    build(kb, tmp_path / name, full=True, now=Clock())
    return tmp_path / name


def test_a_second_report_adds_place_date_length_and_lifts_the_hedge(runner, kb, small, second, hedged, tmp_path):
    before = kb.path_for(hedged).read_bytes()
    corroboration = added(
        runner, "corroborate", hedged, "--source", second, "--excerpt", "talked for about 75 minutes",
        "--place", "the White House", "--occurred-at", "2025-04-16", "--duration", "PT75M",
        "--duration-qualifier", "about", "--first-hand",
    )  # fmt: skip
    assert kb.path_for(hedged).read_bytes() == before  # the first report stays as it was
    db = full_build(kb, tmp_path)
    [claim] = rows(db, "SELECT * FROM claims WHERE id = ?", hedged)
    assert (claim["place"], claim["occurred_at"], claim["reported_at"], claim["date_known"], claim["hedge"]) == (
        "the White House",
        "2025-04-16",
        None,
        1,
        None,
    )
    assert not claim["summary"].startswith("[reportedly]")
    [meeting] = rows(db, "SELECT duration, duration_qualifier, duration_minutes FROM meetings WHERE id = ?", hedged)
    assert meeting == {"duration": "PT75M", "duration_qualifier": "about", "duration_minutes": 75.0}
    [event] = rows(db, "SELECT summary, json FROM events WHERE id = ?", hedged)
    assert event["summary"] == claim["summary"] and json.loads(event["json"])["hedge"] == "reportedly"
    assert rows(
        db, "SELECT source, added_by, verified FROM citations WHERE claim = ? ORDER BY added_by = ?", hedged, hedged
    ) == [
        {"source": second, "added_by": corroboration, "verified": "verified"},
        {"source": small.source, "added_by": hedged, "verified": "verified"},
    ]
    [report] = rows(db, "SELECT * FROM corroborations WHERE id = ?", corroboration)
    assert (report["target"], report["status"], report["place"], report["duration"], report["first_hand"]) == (
        hedged,
        "active",
        "the White House",
        "PT75M",
        1,
    )
    shown = added(runner, "show", hedged)
    assert f"corroborated by {corroboration}" in shown
    assert "place: the White House; date: 2025-04-16; duration: about PT75M; first-hand confirmation" in shown


def test_a_second_report_gives_a_more_precise_figure(runner, kb, small, second, tmp_path):
    added(
        runner, "corroborate", small.data_point, "--source", second, "--excerpt", "a trade surplus of 8.6 trillion yen",
        "--value", "8600000000000", "--value-as-stated", "8.6 trillion yen",
    )  # fmt: skip
    db = full_build(kb, tmp_path)
    [point] = rows(db, "SELECT value, value_as_stated, approximate FROM data_points WHERE id = ?", small.data_point)
    assert point == {"value": "8600000000000", "value_as_stated": "8.6 trillion yen", "approximate": 0}
    [claim] = rows(db, "SELECT summary FROM claims WHERE id = ?", small.data_point)
    assert claim["summary"].endswith("8.6 trillion yen")


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--value", "8600000000000", "--value-as-stated", "8.6 trillion yen"], "is a meeting, not a data_point"),
        (["--duration", "PT75M", "--value", "1", "--value-as-stated", "8.6 trillion yen"], "one claim has not both"),
        (["--value-qualifier", "about"], "give the value too"),
        (["--value", "8600000000000"], "value_as_stated"),
        (["--duration-qualifier", "about"], "give the duration too"),
        (["--duration", "75 minutes"], "duration"),
        (["--occurred-at", "2025-13-40"], "occurred_at"),
        (["--place", "x" * 100_000], "place"),
        (["--place", "<script>alert(1)</script>\n\x00"], "place"),
    ],
)
def test_what_a_second_report_adds_is_checked_and_nothing_is_written(runner, kb, small, second, options, message):
    before = sorted(path.name for path in kb.paths())
    result = run(runner, "corroborate", small.meeting, "--source", second, "--excerpt", "the White House", *options)
    assert result.exit_code == 1, result.output
    assert message in result.output and "Traceback" not in result.output
    assert sorted(path.name for path in kb.paths()) == before


def test_kb_import_takes_a_second_report_with_what_it_adds(runner, kb, small, second, hedged, tmp_path):
    line = {
        "type": "corroboration",
        "target": hedged,
        "place": "the White House",
        "first_hand": True,
        "citations": [{"source": second, "excerpt": "at the White House on Wednesday"}],
    }
    payloads = tmp_path / "second.jsonl"
    payloads.write_text(json.dumps(line) + "\n")
    assert added(runner, "import", str(payloads)) == "Imported 1 events"
    [claim] = rows(full_build(kb, tmp_path), "SELECT place, hedge FROM claims WHERE id = ?", hedged)
    assert claim == {"place": "the White House", "hedge": None}


@pytest.mark.parametrize("incremental", [False, True])
def test_a_retracted_second_report_takes_away_its_sources_and_additions(
    runner, kb, small, second, hedged, tmp_path, incremental
):
    incremental_db = tmp_path / "kb.db"
    if incremental:
        build(kb, incremental_db, now=Clock())
    corroboration = added(
        runner, "corroborate", hedged, "--source", second, "--excerpt", "at the White House on Wednesday",
        "--place", "the White House", "--occurred-at", "2025-04-16", "--first-hand",
    )  # fmt: skip
    if incremental:
        assert build(kb, incremental_db, now=Clock()).mode == "incremental"
        assert rows(incremental_db, "SELECT place FROM claims WHERE id = ?", hedged) == [{"place": "the White House"}]
    retraction = added(runner, "retract", corroboration[:10], "--reason", "Nikkei confused two meetings")
    again = run(runner, "retract", corroboration, "--reason", "twice")
    assert again.exit_code == 1 and f"already retracted by {retraction}" in again.output
    if incremental:
        result = build(kb, incremental_db, now=Clock())
        assert result.mode == "incremental"
        db = incremental_db
    else:
        db = full_build(kb, tmp_path)
    [claim] = rows(
        db, "SELECT place, occurred_at, reported_at, hedge, summary, status FROM claims WHERE id = ?", hedged
    )
    assert claim["place"] is None and claim["occurred_at"] == "2025-04-17" and claim["reported_at"] == "2025-04-17"
    assert claim["hedge"] == "reportedly" and claim["summary"].startswith("[reportedly]")
    assert claim["status"] == "active"
    assert rows(db, "SELECT source FROM citations WHERE claim = ?", hedged) == [{"source": small.source}]
    assert rows(db, "SELECT status, retracted_by FROM corroborations WHERE id = ?", corroboration) == [
        {"status": "retracted", "retracted_by": retraction}
    ]
    history = rows(db, "SELECT what, event, detail FROM claim_history WHERE claim = ? ORDER BY at", hedged)
    assert [(row["what"], row["event"]) for row in history] == [
        ("recorded", hedged),
        ("corroborated", corroboration),
        ("corroboration retracted", retraction),
    ]
    assert rows(db, "SELECT * FROM _problems") == []
    assert db_rows(db) == db_rows(full_build(kb, tmp_path, "again.db"))
    assert run(runner, "verify").exit_code == 0
    shown = added(runner, "show", hedged)
    assert f"withdrawn by {retraction}: Nikkei confused two meetings" in shown
    # Withdrawn, its words may be cited again by a corroboration of its own.
    added(runner, "corroborate", hedged, "--source", second, "--excerpt", "at the White House on Wednesday")


def test_only_claims_and_further_reports_are_retracted(runner, kb, small, second):
    corroboration = added(runner, "corroborate", small.meeting, "--source", second, "--excerpt", "the White House")
    retraction = added(runner, "retract", corroboration, "--reason", "wrong meeting")
    for other in (retraction, small.japan):
        refused = run(runner, "retract", other, "--reason", "no")
        assert refused.exit_code == 1 and "not a claim or a corroboration" in refused.output
    payload = {"type": "retraction", "target": small.source, "reason": "no"}
    refused = run(runner, "add", "retraction", "--json", "-", input=json.dumps(payload))
    assert refused.exit_code == 1 and "is a source, not a claim or a corroboration" in refused.output

"""Retractions, corrections, further sources, links and conflicting figures (issue 6)."""

from __future__ import annotations

import json
import shutil

import pytest
from conftest import Clock, add_small_kb, added, rows, run

from kb.builder.build import build
from kb.builder.metadata import init_knowledge_base
from kb.events.append import Appender

OTHER_ARTICLE = (
    "Akazawa held talks with Trump at the White House on Wednesday.\n"
    "Japan posted a trade surplus of 8.6 trillion yen with the United States.\n"
)


@pytest.fixture
def nikkei(runner, small, tmp_path) -> str:
    """A second source, from another outlet, with its text."""
    text = tmp_path / "other.txt"
    text.write_text(OTHER_ARTICLE)
    return added(
        runner,
        "add",
        "source",
        "--kind",
        "article",
        "--publisher",
        "Nikkei",
        "--title",
        "Talks",
        "--published-at",
        "2025-04-17",
        "--text-file",
        str(text),
    )


def build_db(kb, tmp_path, name="kb.db"):
    build(kb, tmp_path / name, now=Clock())
    return tmp_path / name


def test_retracted_claim_keeps_its_row_with_the_reason(runner, kb, small, tmp_path):
    retraction = added(runner, "retract", small.statement[:8], "--reason", "Kyodo withdrew the story")
    [claim] = rows(build_db(kb, tmp_path), "SELECT * FROM claims WHERE id = ?", small.statement)
    assert (claim["status"], claim["status_reason"], claim["retracted_by"]) == (
        "retracted",
        "Kyodo withdrew the story",
        retraction,
    )


def test_retracting_twice_or_retracting_a_non_claim_is_refused(runner, kb, small):
    added(runner, "retract", small.statement, "--reason", "withdrawn")
    again = run(runner, "retract", small.statement, "--reason", "withdrawn again")
    assert again.exit_code == 1
    assert f"{small.statement} is already retracted by" in again.output
    entity = run(runner, "retract", small.japan, "--reason", "no")
    assert entity.exit_code == 1
    assert "is an entity, not a claim or a corroboration" in entity.output
    unknown = run(runner, "retract", "ev-aaaaaaaaaaaaaaaa", "--reason", "no")
    assert unknown.exit_code == 1
    assert "no event ev-aaaaaaaaaaaaaaaa" in unknown.output


def test_correction_replaces_the_claim_readers_see_and_the_original_stays(runner, kb, small, tmp_path):
    correction = added(runner, "correct", small.meeting, "--occurred-at", "2025-04-17", "--reason", "It was Thursday")
    event = json.loads(kb.path_for(correction).read_text())
    assert event["replacement"]["occurred_at"] == "2025-04-17"
    assert event["replacement"]["summary"] == "Akazawa met Trump in Washington"  # copied from the original
    db = build_db(kb, tmp_path)
    original, replacement = rows(
        db, "SELECT * FROM claims WHERE id IN (?, ?) ORDER BY id = ?", small.meeting, correction, correction
    )
    assert (original["status"], original["replaced_by"]) == ("corrected", correction)
    assert (replacement["status"], replacement["corrects"], replacement["occurred_at"]) == (
        "active",
        small.meeting,
        "2025-04-17",
    )
    current = {row["id"] for row in rows(db, "SELECT id FROM current_claims")}
    assert correction in current and small.meeting not in current
    assert rows(db, "SELECT count(*) AS n FROM participants WHERE meeting = ?", correction) == [{"n": 2}]


def test_a_correction_of_a_correction_forms_a_chain(runner, kb, small, tmp_path):
    first = added(runner, "correct", small.data_point, "--value", "8600000000000", "--reason", "revised figure")
    refused = run(runner, "correct", small.data_point, "--value", "8700000000000", "--reason", "again")
    assert refused.exit_code == 1 and f"already corrected by {first}" in refused.output
    second = added(runner, "correct", first, "--unit", "JPY", "--value", "8700000000000", "--reason", "revised again")
    statuses = {
        row["id"]: (row["status"], row["replaced_by"]) for row in rows(build_db(kb, tmp_path), "SELECT * FROM claims")
    }
    assert statuses[small.data_point] == ("corrected", first)
    assert statuses[first] == ("corrected", second)
    assert statuses[second] == ("active", None)


def test_correct_needs_a_change_and_valid_fields(runner, kb, small):
    before = sorted(p.name for p in kb.paths())
    nothing = run(runner, "correct", small.statement, "--reason", "no change")
    assert nothing.exit_code == 1 and "nothing to correct" in nothing.output
    bad = run(runner, "correct", small.statement, "--occurred-at", "2025-13-01", "--reason", "bad date")
    assert bad.exit_code == 1 and "impossible date" in bad.output
    assert sorted(p.name for p in kb.paths()) == before


def test_corroboration_gives_one_meeting_two_citations(runner, kb, small, nikkei, tmp_path):
    corroboration = added(
        runner,
        "corroborate",
        small.meeting,
        "--source",
        nikkei,
        "--excerpt",
        "Akazawa held talks with Trump at the White House",
    )
    db = build_db(kb, tmp_path)
    assert rows(db, "SELECT count(*) AS n FROM meetings") == [{"n": 1}]
    citations = rows(db, "SELECT source, verified, added_by FROM citations WHERE claim = ?", small.meeting)
    assert sorted(citations, key=lambda row: row["source"] == nikkei) == [
        {"source": small.source, "verified": "verified", "added_by": small.meeting},
        {"source": nikkei, "verified": "verified", "added_by": corroboration},
    ]
    wrong = run(runner, "corroborate", small.meeting, "--source", nikkei, "--excerpt", "words not in the article")
    assert wrong.exit_code == 1 and "not found in the text" in wrong.output


def test_conflicting_figures_are_grouped(runner, kb, small, nikkei, tmp_path):
    other = added(
        runner,
        "add",
        "data_point",
        "--negotiation",
        "talks",
        "--occurred-at",
        "2025-03",
        "--metric",
        "trade_surplus",
        "--subject",
        "japan",
        "--counterpart",
        "united-states",
        "--value",
        "8600000000000",
        "--unit",
        "JPY",
        "--value-as-stated",
        "8.6 trillion yen",
        "--citation",
        f"{nikkei}:a trade surplus of 8.6 trillion yen",
    )
    conflicts = rows(build_db(kb, tmp_path), "SELECT claim, value, sources FROM conflicts ORDER BY value")
    assert conflicts == [
        {"claim": other, "value": "8600000000000", "sources": nikkei},
        {"claim": small.data_point, "value": "9000000000000", "sources": small.source},
    ]


def test_two_wordings_of_one_remark_are_linked(runner, kb, small, tmp_path):
    translation = added(
        runner,
        "add",
        "statement",
        "--negotiation",
        "talks",
        "--occurred-at",
        "2025-04-16",
        "--speaker",
        "akazawa",
        "--attribution",
        "paraphrase",
        "--text",
        "Akazawa wants a deal good for both",
        "--citation",
        f'{small.source}:"We want a win-win deal," Akazawa told reporters.',
    )
    link = added(
        runner,
        "add",
        "link",
        "--kind",
        "same_statement",
        "--event",
        small.statement,
        "--event",
        translation,
        "--note",
        "Two translations",
    )
    linked = rows(build_db(kb, tmp_path), "SELECT claim FROM links WHERE link = ? ORDER BY claim", link)
    assert [row["claim"] for row in linked] == sorted([small.statement, translation])
    not_a_statement = run(
        runner, "add", "link", "--kind", "same_statement", "--event", small.statement, "--event", small.meeting
    )
    assert not_a_statement.exit_code == 1 and "is a meeting, not a statement" in not_a_statement.output


def test_log_as_of_shows_what_was_known(runner, kb, small):
    events = json.loads(added(runner, "log", "--json"))
    cutoff = sorted(event["recorded_at"] for event in events)[2]
    known = json.loads(added(runner, "log", "--json", "--as-of", cutoff))
    assert len(known) == 3
    assert all(event["recorded_at"] <= cutoff for event in known)


@pytest.mark.parametrize("order", ["correction_first", "claim_first"])
def test_a_correction_merged_before_its_claim_projects_the_same(tmp_path, clock, order):
    """Two branches: one records a claim, the other its correction; whatever order the files
    arrive in (and whether the build is incremental), the result is the same."""
    source_kb = init_knowledge_base(tmp_path / "source")

    ids = add_small_kb(source_kb, clock)
    Appender(source_kb, clock).append([{"type": "retraction", "target": ids.statement, "reason": "withdrawn"}])
    [retraction] = [p for p in source_kb.paths() if json.loads(p.read_text())["type"] == "retraction"]
    claim = source_kb.path_for(ids.statement)

    merged = init_knowledge_base(tmp_path / order)
    first, second = (retraction, claim) if order == "correction_first" else (claim, retraction)
    for path in source_kb.paths():
        if path not in (first, second):
            _copy(path, merged)
    _copy(first, merged)
    build(merged, merged.root / "kb.db", now=Clock())
    _copy(second, merged)
    build(merged, merged.root / "kb.db", now=Clock())  # incremental
    [row] = rows(merged.root / "kb.db", "SELECT status, retracted_by FROM claims WHERE id = ?", ids.statement)
    assert row == {"status": "retracted", "retracted_by": retraction.stem}


def _copy(path, kb):
    target = kb.path_for(path.stem)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(path, target)
    for snapshot in (path.parents[2] / "snapshots").glob("*.txt"):
        if not (kb.snapshots_dir / snapshot.name).exists():
            shutil.copyfile(snapshot, kb.snapshots_dir / snapshot.name)


def test_history_of_a_claim_reads_in_order(runner, kb, small, nikkei, tmp_path):
    corroboration = added(
        runner, "corroborate", small.meeting, "--source", nikkei, "--excerpt", "Akazawa held talks with Trump"
    )
    correction = added(runner, "correct", small.meeting, "--place", "the White House", "--reason", "More precise")
    retraction = added(runner, "retract", correction, "--reason", "The outlet withdrew it")
    db = build_db(kb, tmp_path)

    def history(claim):
        found = rows(db, "SELECT what, event, detail FROM claim_history WHERE claim = ?", claim)
        return [(row["what"], row["event"], row["detail"]) for row in found]

    assert history(small.meeting) == [
        ("recorded", small.meeting, None),
        ("corroborated", corroboration, f"also reported by {nikkei}"),
        ("corrected", correction, "More precise"),
    ]
    assert history(correction) == [("recorded", correction, None), ("retracted", retraction, "The outlet withdrew it")]

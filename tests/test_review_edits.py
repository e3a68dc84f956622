"""benchmarks/review_edits.py counts a reviewer's edits to a draft: candidates imported unchanged or
changed (and how many fields), rejected, and events added by hand; and it resolves the review's
`SOURCE` and `@claim:WORDS` into IDs, refusing words that name no claim or several."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from conftest import REPO

sys.path.insert(0, str(REPO / "benchmarks"))
import review_edits  # noqa: E402


def claim(excerpt: str, **fields) -> dict:
    return {"type": "statement", "negotiation": "talks", "speaker": "akazawa", "attribution": "paraphrase"} | {
        "text": excerpt,
        "citations": [{"source": "SOURCE", "excerpt": excerpt}],
        **fields,
    }


def test_edits_are_counted_per_candidate():
    drafts = [
        {"type": "entity", "key": "keir", "kind": "person", "name": "Keir"},
        claim("Akazawa said he conveyed the message.", occurred_at="2025-04-17", _draft={"pattern": "x"}),
        claim("Akazawa said talks were a priority.", occurred_at="2025-04-16"),
        claim("Photo caption."),
    ]
    reviews = [
        claim("Akazawa said he conveyed the message.", occurred_at="2025-04-16", venue="press conference"),
        claim("Akazawa said talks were a priority.", occurred_at="2025-04-16"),
        {"type": "meeting", "citations": [{"source": "SOURCE", "excerpt": "met with Trump"}]},
    ]
    assert review_edits.count(drafts, reviews) == {
        "candidates": 4,
        "unchanged": 1,
        "changed": 1,
        "fields": 2,
        "rejected": 2,
        "added": 1,
        "imported": 3,
    }


def test_placeholders_name_the_source_and_one_recorded_claim(tmp_path: Path):
    folder = tmp_path / "events" / "ab"
    folder.mkdir(parents=True)
    for id_, excerpt in (("ev-ab" + "a" * 14, "met with Trump for 50 minutes"), ("ev-ab" + "b" * 14, "met with Trump")):
        (folder / f"{id_}.json").write_text(json.dumps(claim(excerpt, id=id_)), encoding="utf-8")
    claims = review_edits.recorded_claims(tmp_path)
    line = {"type": "corroboration", "target": "@claim:for 50 minutes", "citations": [{"source": "SOURCE"}]}
    assert review_edits.resolve(line, "ev-src", claims) == {
        "type": "corroboration",
        "target": "ev-ab" + "a" * 14,
        "citations": [{"source": "ev-src"}],
    }
    with pytest.raises(SystemExit, match="names 2 recorded claims"):
        review_edits.resolve("@claim:met with Trump", "ev-src", claims)
    assert review_edits.resolve("@claim:met with Trump|text=met with Trump", "ev-src", claims) == "ev-ab" + "b" * 14
    with pytest.raises(SystemExit, match="names no recorded claim — enter the page that records it first"):
        review_edits.resolve("@claim:met with Bessent", "ev-src", claims)


def test_a_missing_or_bad_file_is_named(tmp_path: Path):
    with pytest.raises(SystemExit, match="c9.jsonl: no such file"):
        review_edits.read_jsonl(tmp_path / "c9.jsonl")
    (tmp_path / "bad.jsonl").write_text('{"type": "entity"}\n[1, 2]\n', encoding="utf-8")
    with pytest.raises(SystemExit, match="bad.jsonl:2: not an event payload"):
        review_edits.read_jsonl(tmp_path / "bad.jsonl")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        ([], "--source, --review, --claims, --page, --draft, --table, --references needed"),
        (["--resolve", "--source", "ev-x"], "--review, --claims needed"),
        (["--print-table", "no-such.tsv"], "--print-table: no file no-such.tsv"),
    ],
)
def test_missing_options_or_files_are_refused_with_a_message_not_a_traceback(argv, message, capsys):
    with pytest.raises(SystemExit) as exit_:
        review_edits.main(argv)
    assert exit_.value.code == 2
    assert message in capsys.readouterr().err

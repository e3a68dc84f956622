"""One gate for every write: kb add, kb import, kb import --csv, kb correct, kb draft --review and
kb corroborate run the same checks on what they write — second reports included, with the same
--new escape — and a refused write leaves the knowledge base as it was."""

import csv
import io
import json
import sys

import pytest

from kb.cli import cli
from tests.conftest import tree_bytes

SAID = '"We want a win-win deal," Akazawa told reporters.'


def statement(small, **changes):
    """A statement of the small knowledge base's source, on another day than the one it holds."""
    body = {
        "type": "statement",
        "negotiation": "talks",
        "occurred_at": "2025-04-17",
        "speaker": "akazawa",
        "attribution": "paraphrase",
        "text": "Akazawa wants a deal that helps both sides",
        "citations": [{"source": small.source, "excerpt": SAID}],
    }
    return {**body, **changes}


def _csv(payload):
    """The payload as kb import --csv takes it: a header row, then one row (lists one item a line)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(list(payload))
    cells = []
    for value in payload.values():
        if isinstance(value, list):
            cells.append("\n".join(json.dumps(item) if isinstance(item, dict) else str(item) for item in value))
        else:
            cells.append(str(value))
    writer.writerow(cells)
    return out.getvalue()


EDITOR = """
import shutil, sys
shutil.copy(sys.argv[1], sys.argv[-1])
"""


def write_by(path, runner, small, tmp_path, monkeypatch, payload, new):
    """Write ``payload`` (a statement) by one path; the CLI's result."""
    flag = ["--new"] if new else []
    given = tmp_path / "payload.json"
    given.write_text(json.dumps(payload), encoding="utf-8")
    if path == "add":
        return runner.invoke(cli, ["add", "statement", "--json", str(given), *flag])
    if path == "import":
        return runner.invoke(cli, ["import", "-", *flag], input=json.dumps(payload) + "\n")
    if path == "import --csv":
        sheet = tmp_path / "sheet.csv"
        sheet.write_text(_csv(payload), encoding="utf-8")
        return runner.invoke(cli, ["import", "--csv", str(sheet), *flag])
    if path == "correct":  # the replacement of another statement
        return runner.invoke(cli, ["correct", small.other, "--reason", "misread", "--json", str(given), *flag])
    if path == "draft --review":  # the first candidate edited into the payload, accepted, the rest left
        (tmp_path / "editor.py").write_text(EDITOR, encoding="utf-8")
        monkeypatch.setenv("EDITOR", f"{sys.executable} {tmp_path / 'editor.py'} {given}")
        return runner.invoke(cli, ["draft", small.source, "--review", *flag], input="e\na\nq\n")
    raise AssertionError(path)


PATHS = ["add", "import", "import --csv", "correct", "draft --review"]
CHECKS = {
    # what is wrong: (how the statement is changed, what kb says)
    "a field's value": ({"attribution": "rumour"}, "attribution: Input should be"),
    "an unknown entity": ({"speaker": "lutnik"}, "speaker: unknown entity 'lutnik'"),
    "a negotiation that is a country": (
        {"negotiation": "japan"},
        "negotiation: japan is a country, not a negotiation",
    ),
    "a citation of no source": (
        {"citations": [{"source": "ev-aaaaaaaaaaaaaaaa", "excerpt": "words"}]},
        "citations.0.source: ev-aaaaaaaaaaaaaaaa is no such event",
    ),
    "an excerpt not in the source": (
        {"citations": [{"source": "SOURCE", "excerpt": "words that are not there"}]},
        "citations.0.excerpt: not found in the text of source",
    ),
    "a second report": (
        {"occurred_at": "2025-04-16", "text": "We want a win-win deal", "attribution": "direct_quote"},
        "this statement repeats STATEMENT (ryosei-akazawa, quoted, told reporters: “We want a win-win deal”): "
        "the same speaker, day and nearly the same words. If another source reports it",
    ),
}


@pytest.fixture
def gated(runner, kb, small):
    """The small knowledge base with a second statement, the one kb correct replaces."""
    other = statement(small, occurred_at="2025-04-15", text="Akazawa hopes for progress")
    small.other = runner.invoke(cli, ["import", "-"], input=json.dumps(other) + "\n") and next(
        json.loads(path.read_text())["id"]
        for path in kb.paths()
        if json.loads(path.read_text()).get("text") == "Akazawa hopes for progress"
    )
    return small


@pytest.mark.parametrize("check", list(CHECKS))
@pytest.mark.parametrize("path", PATHS)
def test_every_path_runs_every_check(runner, kb, gated, tmp_path, monkeypatch, path, check):
    changes, message = CHECKS[check]
    changes = json.loads(json.dumps(changes).replace("SOURCE", gated.source))
    message = message.replace("STATEMENT", gated.statement)
    if path == "correct":  # the correction's claim is its replacement: where it is wrong is in it
        message = message if check in ("a second report",) else f"replacement.{message}"
    before = tree_bytes(kb.events_dir)
    result = write_by(path, runner, gated, tmp_path, monkeypatch, statement(gated, **changes), new=False)
    assert result.exit_code == 1, result.output
    assert message in result.output, result.output
    assert "Traceback" not in result.output
    assert tree_bytes(kb.events_dir) == before


@pytest.mark.parametrize("path", PATHS)
def test_every_path_records_a_second_report_with_new(runner, kb, gated, tmp_path, monkeypatch, path):
    changes, _ = CHECKS["a second report"]
    result = write_by(path, runner, gated, tmp_path, monkeypatch, statement(gated, **changes), new=True)
    assert result.exit_code == 0, result.output
    texts = [json.loads(p.read_text()) for p in kb.paths()]
    written = [e.get("replacement", e) for e in texts if e.get("type") in ("statement", "correction")]
    assert sum(body.get("text") == "We want a win-win deal" for body in written) == 2


def test_the_refusal_is_word_for_word_the_same_on_every_path(runner, kb, gated, tmp_path, monkeypatch):
    changes, _ = CHECKS["a second report"]
    said = set()
    for path in PATHS:
        output = write_by(path, runner, gated, tmp_path, monkeypatch, statement(gated, **changes), new=False).output
        error = output[output.index("Error: ") :]  # kb draft --review shows the candidates first
        said.add(error.removeprefix("Error: ").removeprefix("line 1: ").removeprefix("row 2: "))
    assert len(said) == 1, said


def test_a_correction_may_repeat_the_claim_it_corrects(runner, kb, gated):
    result = runner.invoke(cli, ["correct", gated.statement, "--reason", "the venue", "--venue", "press conference"])
    assert result.exit_code == 0, result.output


def test_a_claim_repeating_a_corrections_claim_is_refused(runner, kb, gated, tmp_path, monkeypatch):
    moved = runner.invoke(cli, ["correct", gated.statement, "--reason", "the day", "--occurred-at", "2025-04-18"])
    assert moved.exit_code == 0, moved.output
    again = statement(gated, occurred_at="2025-04-18", text="We want a win-win deal", attribution="direct_quote")
    result = write_by("add", runner, gated, tmp_path, monkeypatch, again, new=False)
    assert result.exit_code == 1 and f"repeats {moved.output.strip()}" in result.output, result.output
    # The claim it replaced is no longer one to repeat.
    again["occurred_at"] = "2025-04-16"
    assert write_by("add", runner, gated, tmp_path, monkeypatch, again, new=False).exit_code == 0


@pytest.mark.parametrize("path", ["corroborate", "add corroboration", "import"])
def test_a_corroboration_that_adds_nothing_is_refused_on_every_path(runner, kb, gated, tmp_path, path):
    cite = {"source": gated.source, "excerpt": SAID}
    payload = {"type": "corroboration", "target": gated.statement, "citations": [cite]}
    given = tmp_path / "corroboration.json"
    given.write_text(json.dumps(payload), encoding="utf-8")
    commands = {
        "corroborate": ["corroborate", gated.statement, "--source", gated.source, "--excerpt", SAID],
        "add corroboration": ["add", "corroboration", "--json", str(given)],
        "import": ["import", str(given.with_suffix(".jsonl"))],
    }
    given.with_suffix(".jsonl").write_text(json.dumps(payload) + "\n", encoding="utf-8")
    before = tree_bytes(kb.events_dir)
    result = runner.invoke(cli, commands[path])
    assert result.exit_code == 1
    assert f"citations.0: {gated.statement} already cites these words of {gated.source} (in {gated.statement})" in (
        result.output
    )
    assert tree_bytes(kb.events_dir) == before
    # Other words of the source add something; the same again is refused, naming the corroboration.
    other = ["corroborate", gated.statement, "--source", gated.source, "--excerpt", "Akazawa told reporters"]
    first = runner.invoke(cli, other)
    assert first.exit_code == 0, first.output
    second = runner.invoke(cli, other)
    assert second.exit_code == 1 and f"(in {first.output.strip()})" in second.output
    assert runner.invoke(cli, [*other, "--new"]).exit_code == 0

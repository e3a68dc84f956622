"""kb verify --since REV: the append-only rule, checked against git history."""

import json
import subprocess

from kb.cli import cli


def git(kb, *args):
    subprocess.run(["git", "-C", str(kb.root), *args], check=True, capture_output=True)


def test_edited_deleted_and_hand_added_files_are_all_named(runner, kb, small):
    git(kb, "init", "-q")
    git(kb, "-c", "user.name=t", "-c", "user.email=t@example.org", "add", "-A")
    git(kb, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "kb")
    edited, deleted = kb.path_for(small.statement), kb.path_for(small.meeting)
    reformatted = kb.path_for(small.data_point)
    event = json.loads(edited.read_text())
    edited.write_text(json.dumps({**event, "text": "We want a better deal"}, indent=2))
    deleted.unlink()
    reformatted.write_text(json.dumps(json.loads(reformatted.read_text()), indent=4))  # same event, new bytes
    added = kb.events_dir / "zz" / "ev-zzzzzzzzzzzzzzzz.json"
    added.parent.mkdir()
    added.write_text('{"type": "entity"}')

    result = runner.invoke(cli, ["verify", "--since", "HEAD"])

    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert f"events/{small.statement[3:5]}/{small.statement}.json: modified since HEAD" in result.output
    assert f"events/{small.meeting[3:5]}/{small.meeting}.json: deleted since HEAD" in result.output
    assert any(line.startswith("events/zz/ev-zzzzzzzzzzzzzzzz.json: ") for line in lines)
    assert not any(line.startswith(f"events/{small.data_point[3:5]}/{small.data_point}.json") for line in lines)


def test_since_an_unknown_revision_is_a_clear_error(runner, kb, small):
    git(kb, "init", "-q")
    result = runner.invoke(cli, ["verify", "--since", "no-such-rev"])
    assert result.exit_code == 1
    assert "--since no-such-rev: git says" in result.output
    assert "Traceback" not in result.output

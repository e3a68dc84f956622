"""One strict JSON reader for all JSON from people and files (kb.events.strictjson): a key given twice,
NaN or Infinity, an integer of thousands of digits, and a schema_version of true are refused
everywhere — in event files (verify, build, serve's build, show), `kb add --json`, `kb import`,
`kb correct --json` and option values — with a message naming where, never a traceback."""

from __future__ import annotations

import json
import subprocess

import pytest
from conftest import tree_bytes

from kb.builder.build import build
from kb.cli import cli, utc_now
from kb.errors import KbError
from kb.events.ids import event_id, file_bytes
from kb.events.strictjson import load_text

HOSTILE = {
    "a duplicate key": ('{"type": "entity", "kind": "person", "kind": "country"}', "the key 'kind' is given twice"),
    "NaN": ('{"type": "entity", "x": NaN}', "NaN is not JSON"),
    "Infinity": ('{"type": "entity", "x": -Infinity}', "-Infinity is not JSON"),
    "a float that overflows": ('{"type": "entity", "x": 1e999}', "too large to be finite"),
    "an integer of 5000 digits": ('{"type": "entity", "x": ' + "9" * 5000 + "}", "an integer of 5000 digits"),
}


@pytest.mark.parametrize("name", HOSTILE)
def test_the_reader_refuses_what_python_would_take(name):
    text, message = HOSTILE[name]
    with pytest.raises(KbError) as refused:
        load_text(text, "here")
    assert str(refused.value).startswith("here: ") and message in str(refused.value)


def refused(runner, kb, args, message, stdin=None):
    before = tree_bytes(kb.root)
    result = runner.invoke(cli, args, input=stdin)
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert message in result.output and "Traceback" not in result.output, result.output
    assert tree_bytes(kb.root) == before
    return result.output


@pytest.mark.parametrize("name", HOSTILE)
def test_add_json_import_and_correct_json_refuse_it(runner, kb, small, tmp_path, name):
    text, message = HOSTILE[name]
    payload = tmp_path / "payload.json"
    payload.write_text(text)
    assert "payload.json: " in refused(runner, kb, ["add", "entity", "--json", str(payload)], message)
    lines = tmp_path / "lines.jsonl"
    lines.write_text('{"type": "entity", "key": "china", "kind": "country", "name": "China"}\n' + text + "\n")
    assert "line 2: " in refused(runner, kb, ["import", str(lines)], message)
    args = ["correct", small.statement, "--json", str(payload), "--reason", "r"]
    refused(runner, kb, args, message)


def test_an_option_value_that_is_json_refuses_a_duplicate_key_and_a_huge_integer(runner, kb, small):
    base = ["add", "role", "--person", "akazawa", "--title", "negotiator", "--organisation", "japan"]
    twice = f'{{"source": "{small.source}", "source": "ev-aaaaaaaaaaaaaaaa", "excerpt": "Japan"}}'
    refused(runner, kb, [*base, "--citation", twice], "given twice")
    huge = f'{{"source": "{small.source}", "excerpt": {"1" * 5000}}}'
    refused(runner, kb, [*base, "--citation", huge], "an integer of 5000 digits")


@pytest.mark.parametrize("name", HOSTILE)
def test_an_event_file_holding_it_is_named_by_verify_build_and_show(runner, kb, small, name):
    text, message = HOSTILE[name]
    path = kb.path_for(small.japan)
    path.write_text(text)
    output = refused(runner, kb, ["verify"], message)
    assert output.startswith(f"{path.relative_to(kb.root)}: ")
    assert f"{path.relative_to(kb.root)}: " in refused(runner, kb, ["build"], message)
    refused(runner, kb, ["show", small.japan], message)


def test_a_duplicate_key_before_the_real_one_is_caught_by_verify_since(runner, kb, small):
    """The attack: `sed -i '1a\\  "modality": "denied",'` on a committed event — json.loads reads
    the last key, so the ID still matched, while SQLite and GitHub read the first."""
    git = ["git", "-C", str(kb.root), "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-qm", "kb"], check=True)
    path = kb.path_for(small.statement)
    lines = path.read_text().splitlines(keepends=True)
    path.write_text(lines[0] + '  "attribution": "paraphrase",\n' + "".join(lines[1:]))
    subprocess.run([*git, "commit", "-qam", "edit"], check=True)

    result = runner.invoke(cli, ["verify", "--since", "HEAD~1"])
    assert result.exit_code == 1
    assert f"{path.relative_to(kb.root)}: the key 'attribution' is given twice" in result.output
    assert f"{path.relative_to(kb.root)}: modified since HEAD~1" in result.output


def test_schema_version_true_is_not_an_event_and_gives_no_claim_a_second_id(runner, kb, small):
    event = json.loads(kb.path_for(small.statement).read_text())
    twin = {**event, "schema_version": True}
    twin["id"] = event_id(twin)
    assert twin["id"] != event["id"]  # the same claim, another ID: what must not pass
    path = kb.path_for(twin["id"])
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(file_bytes(twin))

    output = refused(runner, kb, ["verify"], "unknown schema_version True for statement")
    assert output.startswith(f"{path.relative_to(kb.root)}: ")
    with pytest.raises(KbError, match="schema_version"):
        build(kb, now=utc_now)
    payload = {k: v for k, v in event.items() if k not in ("id", "recorded_at", "recorded_by")}
    refused(runner, kb, ["import", "-"], "schema_version", stdin=json.dumps({**payload, "schema_version": True}))

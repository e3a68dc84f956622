"""schema/ is generated from the models and up to date, and the repository's knowledge base
holds up to an independent check: a stock JSON Schema validator, IDs recomputed from
DESIGN.md's rule, and `kb verify` with every excerpt found in its source's text."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import rfc8785
from conftest import REPO
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from kb.cli import cli
from kb.errors import InvalidEvent
from kb.events import models
from kb.model.kind import kinds

SCHEMA = REPO / "schema"
REPO_EVENTS = sorted((REPO / "events").rglob("*.json"))


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def test_the_repo_has_events():
    assert len(REPO_EVENTS) >= 30


def test_every_type_has_its_schema_and_nothing_else_is_there():
    expected = {f"{type_}.schema.json" for type_ in models.MODELS} | {"event.schema.json"}
    assert {path.name for path in SCHEMA.iterdir()} == expected
    for name in expected:
        Draft202012Validator.check_schema(load(SCHEMA / name))


def test_schema_check_passes_on_the_repo(runner):
    result = runner.invoke(cli, ["schema", "--check", "--dir", str(SCHEMA)])
    assert result.exit_code == 0, result.output + "Run: make generate"
    assert result.output == f"{SCHEMA} is up to date\n"


def test_schema_check_fails_on_a_stale_copy_and_kb_schema_fixes_it(runner, tmp_path):
    copy = tmp_path / "schema"
    shutil.copytree(SCHEMA, copy)
    statement = copy / "statement.schema.json"
    statement.write_text(statement.read_text(encoding="utf-8").replace("Who said it", "Who spoke"), encoding="utf-8")
    (copy / "role.schema.json").unlink()

    result = runner.invoke(cli, ["schema", "--check", "--dir", str(copy)])
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {copy} is out of date (role.schema.json, statement.schema.json) — run `kb schema`\n"
    )

    result = runner.invoke(cli, ["schema", "--dir", str(copy)])
    assert result.exit_code == 0
    assert f"wrote {copy / 'role.schema.json'}\n" in result.output
    assert runner.invoke(cli, ["schema", "--check", "--dir", str(copy)]).exit_code == 0
    assert statement.read_bytes() == (SCHEMA / "statement.schema.json").read_bytes()


# --- the repository's events, checked without kb -----------------------------------------


@pytest.fixture(scope="module")
def event_validator() -> Draft202012Validator:
    return Draft202012Validator(load(SCHEMA / "event.schema.json"))


@pytest.mark.parametrize("path", REPO_EVENTS, ids=lambda path: path.name)
def test_repo_event_is_valid_against_the_json_schemas(path, event_validator):
    # schema/ describes every version kb reads: a file of an earlier version is valid as it is.
    event = load(path)
    assert list(event_validator.iter_errors(event)) == []
    own = Draft202012Validator(load(SCHEMA / f"{event['type']}.schema.json"))
    assert list(own.iter_errors(event)) == []


def test_the_repo_holds_a_version_1_statement_whose_via_is_free_text():
    """What the test above checks as it is (the published schema once described only the newest version)."""
    assert any(
        event["type"] == "statement" and event["schema_version"] == 1 and " " in event.get("via", "")
        for event in map(load, REPO_EVENTS)
    )


def kb_reads(event: dict) -> bool:
    try:
        models.validate(event)
    except InvalidEvent:
        return False
    return True


ENVELOPE = {"id", "recorded_at", "recorded_by", "schema_version"}
CLAIMS = [event for event in map(load, REPO_EVENTS) if models.claim_kind(event) and event["type"] != "correction"]


@st.composite
def versions_of_repo_events(draw) -> dict:
    """A claim of the repository, written in any version kb knows, passed on by no one, someone
    named or someone described in words; as it is or as the replacement of a correction."""
    claim = dict(draw(st.sampled_from(CLAIMS)))
    claim.pop("via", None)
    via = draw(st.sampled_from([None, "kyodo-news", "a government source"]))
    if via:
        claim["via"] = via
    if draw(st.booleans()):
        body = {name: value for name, value in claim.items() if name not in ENVELOPE}
        claim = {"id": claim["id"], "type": "correction", "recorded_at": claim["recorded_at"], "reason": "misread"}
        claim |= {"target": claim["id"], "replacement": body}
    current = kinds()[claim["type"]].schema_version
    return {**claim, "schema_version": draw(st.integers(1, current + 1))}


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(event=versions_of_repo_events())
def test_the_published_schema_reads_every_version_as_kb_does(event, event_validator):
    """kb reads an event file exactly when event.schema.json accepts it: a version-1 statement's via
    is free text, any other via an entity key; a version kb does not know is refused by both."""
    assert kb_reads(event) == (not list(event_validator.iter_errors(event))), event


def recomputed_id(event: dict) -> str:
    """DESIGN.md: ev- + first 16 chars of lowercase unpadded base32 of SHA-256 of RFC 8785 JSON without id."""
    canonical = rfc8785.dumps({key: value for key, value in event.items() if key != "id"})
    return "ev-" + base64.b32encode(hashlib.sha256(canonical).digest()).decode().rstrip("=").lower()[:16]


@pytest.mark.parametrize("path", REPO_EVENTS, ids=lambda path: path.name)
def test_repo_event_id_recomputed_from_design_md_matches_its_name(path):
    event = load(path)
    assert path.name == f"{recomputed_id(event)}.json"
    assert event["id"] == path.stem
    assert path.parent.name == path.stem[3:5]
    assert path.read_bytes() == (json.dumps(event, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode()


def valid_entity(**change) -> dict:
    event = {
        "id": "ev-aaaaaaaaaaaaaaaa",
        "type": "entity",
        "schema_version": 1,
        "recorded_at": "2025-04-18T09:30:00Z",
        "key": "japan",
        "kind": "country",
        "name": "Japan",
    }
    return {key: value for key, value in {**event, **change}.items() if value is not None}


def test_the_validator_accepts_a_valid_hand_made_event(event_validator):
    assert list(event_validator.iter_errors(valid_entity())) == []


@pytest.mark.parametrize(
    "event",
    [
        valid_entity(name=None),  # a required field missing
        valid_entity(colour="red"),  # an unknown field
        valid_entity(aliases="Nippon"),  # a wrong type
        valid_entity(type="country"),  # an unknown type
        valid_entity(key="Japan"),  # not a key
        valid_entity(id="../x"),  # not an ID
        valid_entity(schema_version=2),
        valid_entity(recorded_at="2025-04-18 09:30"),
        valid_entity(name="Ja\x01pan"),  # a control character
    ],
    ids=repr,
)
def test_the_validator_rejects_invalid_hand_made_events(event, event_validator):
    assert list(event_validator.iter_errors(event)) != []


# --- kb verify on the repository ----------------------------------------------------------


def test_kb_verify_passes_on_the_repo(runner):
    result = runner.invoke(cli, ["--kb", str(REPO), "verify"])
    assert result.exit_code == 0, result.output
    assert result.output == f"OK: {len(REPO_EVENTS)} event files verified\n"


def test_every_excerpt_and_quote_of_the_repo_is_in_its_held_snapshot():
    events = {path.stem: load(path) for path in REPO_EVENTS}
    checked = 0
    for event in events.values():
        texts = []
        for citation in event.get("citations", []):
            source = events[citation["source"]]
            held = []  # a source's texts: its snapshot and any further capture of it (C2, C6)
            for sha256 in [source["text_sha256"], *source.get("other_text_sha256s", [])]:
                data = (REPO / "snapshots" / f"{sha256}.txt").read_bytes()
                assert hashlib.sha256(data).hexdigest() == sha256
                held.append(squeeze(data.decode("utf-8")))
            texts += held
            assert any(squeeze(citation["excerpt"]) in text for text in held), (event["id"], citation)
            checked += 1
        if event.get("attribution") == "direct_quote":
            assert any(squeeze(event["text"]) in text for text in texts), event["id"]
    assert checked >= 25


def squeeze(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def every_version_of_every_claim() -> list[dict]:
    """Each claim of the repository in every version kb knows and the next (which it refuses),
    passed on by no one, someone named and someone described in words."""
    events = []
    for claim in CLAIMS:
        plain = {name: value for name, value in claim.items() if name != "via"}
        for version in range(1, kinds()[claim["type"]].schema_version + 2):
            for via in ({}, {"via": "kyodo-news"}, {"via": "a government source"}):
                events.append({**plain, **via, "schema_version": version})
    return events


def test_check_jsonschema_itself_accepts_exactly_the_files_kb_reads(tmp_path):
    """The stock command line a newsroom's CI would run on events/ (check-jsonschema, with
    schema/event.schema.json) accepts every file of the repository and, of every claim written in
    every version, exactly those kb reads."""
    files = {}
    for n, event in enumerate([*map(load, REPO_EVENTS), *every_version_of_every_claim()]):
        files[str(tmp_path / f"{n}.json")] = event
        (tmp_path / f"{n}.json").write_text(json.dumps(event), encoding="utf-8")
    command = shutil.which("check-jsonschema", path=str(Path(sys.executable).parent))
    assert command, "check-jsonschema is in the test extra"
    result = subprocess.run(
        [command, "--schemafile", str(SCHEMA / "event.schema.json"), "--output-format", "json", *files],
        capture_output=True,
        text=True,
        timeout=600,
    )
    report = json.loads(result.stdout)
    refused = {error["filename"] for error in report["errors"]}
    assert not report.get("parse_errors")
    assert {path for path, event in files.items() if not kb_reads(event)} == refused
    assert refused and not refused & {str(tmp_path / f"{n}.json") for n in range(len(REPO_EVENTS))}
    assert (result.returncode == 0) == (not refused)

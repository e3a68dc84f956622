"""The kb command line, through CliRunner: exit codes and exact output."""

from __future__ import annotations

import json
import os
from pathlib import Path
from types import SimpleNamespace

import pytest
from conftest import ARTICLE, add_small_kb, tree_bytes

from kb.builder.metadata import init_knowledge_base
from kb.cli import cli
from kb.events import models
from kb.events.append import Appender
from kb.events.ids import event_id
from kb.events.store import KnowledgeBase
from kb.events.verify import verify
from kb.model.kind import kind_named

TYPES = list(models.MODELS)


def read_event(kb: KnowledgeBase, event_id: str) -> dict:
    return json.loads(kb.path_for(event_id).read_text(encoding="utf-8"))


def added(result) -> str:
    """The ID a successful `kb add` printed."""
    assert result.exit_code == 0, result.output
    assert result.output.count("\n") == 1
    return result.output.strip()


# --- init -----------------------------------------------------------------------------------


def test_init_creates_an_empty_knowledge_base(runner, tmp_path):
    result = runner.invoke(cli, ["init", "fresh"])
    assert result.exit_code == 0
    assert result.output == (
        "Created an empty knowledge base in fresh\n"
        "To check every commit: cd fresh && git init && git config core.hooksPath .githooks\n"
    )
    root = tmp_path / "fresh"
    assert sorted(path.name for path in root.iterdir()) == [
        ".githooks",
        ".github",
        ".gitignore",
        "datasette.yaml",
        "events",
        "metadata.json",
        "snapshots",
    ]
    assert list((root / "events").iterdir()) == []
    assert json.loads((root / "metadata.json").read_text(encoding="utf-8"))["title"]


def test_init_refuses_an_existing_knowledge_base(runner, kb):
    before = tree_bytes(kb.root)
    result = runner.invoke(cli, ["init", str(kb.root)])
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {kb.root} already holds a knowledge base (it has events/) — use it, or pick a new folder\n"
    )
    assert tree_bytes(kb.root) == before


# --- add, with options ----------------------------------------------------------------------


def test_add_source_with_its_text(runner, kb, tmp_path):
    article = tmp_path / "article.txt"
    article.write_bytes(ARTICLE.replace("\n", "\r\n").encode("utf-8"))
    event_id = added(
        runner.invoke(
            cli,
            ["add", "source", "--kind", "article", "--publisher", "Kyodo News", "--title", "Akazawa meets Trump"]
            + ["--published-at", "2025-04-17", "--author", "A. Writer", "--author", "B. Writer"]
            + ["--rights", "© Kyodo News", "--text-file", str(article)],
        )
    )
    event = read_event(kb, event_id)
    sha = event.pop("text_sha256")
    assert kb.snapshot_path(sha).read_bytes() == ARTICLE.encode("utf-8")  # \n line endings
    assert event == {
        "id": event_id,
        "type": "source",
        "schema_version": 2,
        "recorded_at": event["recorded_at"],
        "kind": "article",
        "publisher": "Kyodo News",
        "title": "Akazawa meets Trump",
        "published_at": "2025-04-17",
        "language": "en",
        "authors": ["A. Writer", "B. Writer"],
        "rights": "© Kyodo News",
        "other_text_sha256s": [],
    }


@pytest.fixture
def with_paraphrase(small, kb, clock):
    """The small knowledge base and a second statement of the same remark, for links."""
    [path] = Appender(kb, clock).append(
        [
            {
                "type": "statement",
                "negotiation": "talks",
                "occurred_at": "2025-04-16",
                "speaker": "akazawa",
                "attribution": "paraphrase",
                "text": "Akazawa wants a deal good for both sides",
                "citations": [{"source": small.source, "excerpt": "win-win deal"}],
            }
        ]
    )
    small.paraphrase = path.stem
    return small


def option_args(small) -> dict[str, list[str]]:
    """`kb add TYPE` options for one event of each type, against the small knowledge base."""
    cite = f"{small.source}:Akazawa met U.S. President Donald Trump"
    claim = ["--negotiation", "talks", "--occurred-at", "2025-04-16", "--citation", cite]
    replacement = json.dumps(
        {
            "type": "statement",
            "negotiation": "talks",
            "occurred_at": "2025-04-16",
            "speaker": "akazawa",
            "attribution": "paraphrase",
            "text": "Akazawa hopes for a deal",
            "citations": [{"source": small.source, "excerpt": "We want a win-win deal"}],
        }
    )
    return {
        "source": ["--kind", "official_page", "--publisher", "White House", "--title", "Remarks"]
        + ["--published-at", "2025-04", "--url", "https://example.org/remarks", "--language", "en-US"],
        "entity": ["--key", "scott-bessent", "--kind", "person", "--name", "Scott Bessent", "--alias", "Bessent"]
        + ["--wikidata", "Q7436423"],
        "role": ["--person", "TRUMP", "--title", "president", "--organisation", "U.S.", "--citation", cite],
        "statement": [*claim, "--speaker", "Akazawa", "--attribution", "paraphrase", "--text", "Talks went well"]
        + ["--topic", "tariffs", "--topic", "autos", "--venue", "told reporters"],
        "meeting": [*claim, "--participant", "akazawa:japan:chief negotiator", "--participant", "trump"]
        + ["--place", "Washington", "--format", "in_person", "--summary", "Akazawa met Trump", "--new"],
        "data_point": [*claim, "--metric", "trade_surplus", "--subject", "japan", "--counterpart", "united-states"]
        + ["--value", "9000000000000", "--unit", "JPY", "--approximate", "--value-as-stated", "around 9 trillion yen"]
        + ["--new"],
        "position": [*claim, "--holder", "japan", "--kind", "demand", "--addressee", "united-states"]
        + ["--issue", "US tariffs", "--text", "The US should rethink its tariffs"],
        "expectation": [*claim, "--holder", "japan", "--what", "Another round", "--by-when", "2025-04-30"]
        + ["--modality", "expected"],
        "retraction": ["--target", small.statement, "--reason", "The outlet withdrew the story"],
        "correction": ["--target", small.statement, "--reason", "Misquoted", "--replacement", replacement],
        "agreement": [*claim, "--title", "Deal", "--party", "japan", "--party", "U.S.", "--kind", "joint_statement"]
        + ["--status", "announced", "--summary", "A deal", "--term", TERM],
        "measure": [*claim, "--imposing", "united-states", "--affected", "japan", "--instrument", "ad_valorem_tariff"]
        + ["--rate", "25", "--rate-unit", "percent", "--product-scope", "cars", "--hs-code", "8703"]
        + ["--status", "in_force", "--effective-at", "2025-04-03", "--summary", "25% on cars"],
        "corroboration": ["--target", small.meeting, "--citation", f"{small.source}:in Washington on Wednesday"],
        "link": ["--kind", "same_statement", "--event", small.statement, "--event", getattr(small, "paraphrase", "")],
    }


TERM = json.dumps({"key": "cars", "kind": "tariff_rate", "description": "15% on cars", "rate": "15"})


# The types given an example of their own here, with options and as JSON; every kind's registered
# example (kind.example) goes through the whole path in tests/test_kinds.py.
PLACEHOLDERS = SimpleNamespace(source="ev-", statement="ev-", meeting="ev-", paraphrase="ev-")
EXAMPLES_HERE = sorted(option_args(PLACEHOLDERS))


def test_the_examples_here_are_of_kinds_that_exist_and_every_kind_has_one():
    assert set(EXAMPLES_HERE) == set(payloads(PLACEHOLDERS)) and set(EXAMPLES_HERE) <= set(TYPES)
    for type_ in TYPES:
        assert kind_named(type_).example.startswith(f"kb add {type_} "), f"kind {type_} has no `kb add` example"


@pytest.mark.parametrize("type_", EXAMPLES_HERE)
def test_add_each_type_with_options(runner, kb, small, type_, request):
    if type_ == "link":
        request.getfixturevalue("with_paraphrase")
    event_id = added(runner.invoke(cli, ["add", type_, *option_args(small)[type_]]))
    event = read_event(kb, event_id)
    assert event["type"] == type_
    assert kb.path_for(event_id).name == f"{event_id}.json"
    assert list(verify(kb)) == []


def test_options_resolve_entities_to_keys_and_split_items(runner, kb, small):
    args = option_args(small)
    meeting = read_event(kb, added(runner.invoke(cli, ["add", "meeting", *args["meeting"]])))
    assert meeting["participants"] == [
        {"entity": "ryosei-akazawa", "side": "japan", "role": "chief negotiator"},
        {"entity": "donald-trump"},
    ]
    assert meeting["citations"] == [{"source": small.source, "excerpt": "Akazawa met U.S. President Donald Trump"}]
    role = read_event(kb, added(runner.invoke(cli, ["add", "role", *args["role"]])))
    assert (role["person"], role["organisation"]) == ("donald-trump", "united-states")
    point = read_event(kb, added(runner.invoke(cli, ["add", "data_point", *args["data_point"]])))
    assert point["approximate"] is True
    assert point["value"] == "9000000000000"


def test_add_records_who_appended(runner, kb, small, monkeypatch):
    monkeypatch.setenv("KB_RECORDED_BY", "desk@example.org")
    entity = ["add", "entity", "--key", "china", "--kind", "country", "--name", "China"]
    assert read_event(kb, added(runner.invoke(cli, entity)))["recorded_by"] == "desk@example.org"
    entity = ["--recorded-by", "Zoë", "add", "entity", "--key", "wto", "--kind", "organisation", "--name", "WTO"]
    assert read_event(kb, added(runner.invoke(cli, entity)))["recorded_by"] == "Zoë"


# --- add, with --json -----------------------------------------------------------------------


def payloads(small) -> dict[str, dict]:
    """One payload of each type, as `kb add TYPE --json` takes it (type may be left out)."""
    citation = [{"source": small.source, "excerpt": "Akazawa met U.S. President Donald Trump"}]
    claim = {"negotiation": "talks", "occurred_at": "2025-04-16", "citations": citation}
    statement = {"type": "statement", **claim, "speaker": "trump", "attribution": "reported", "text": "Met Akazawa"}
    return {
        "source": {"kind": "transcript", "publisher": "Kantei", "title": "Press conference", "published_at": "2025"},
        "entity": {"type": "entity", "key": "scott-bessent", "kind": "person", "name": "Scott Bessent"},
        "role": {"person": "trump", "title": "president", "citations": citation},
        "statement": statement,
        "meeting": {**claim, "participants": [{"entity": "akazawa"}, {"entity": "trump"}], "summary": "They met"},
        "data_point": {**claim, "metric": "exports", "subject": "japan", "value": "21", "unit": "trillion JPY"}
        | {"value_as_stated": "21 trillion yen"},
        "position": {**claim, "holder": "japan", "kind": "concern", "issue": "tariffs", "text": "Tariffs hurt"},
        "expectation": {**claim, "what": "More talks"},
        "retraction": {"target": small.meeting, "reason": "Wrong date"},
        "correction": {"target": small.meeting, "reason": "Wrong speaker", "replacement": statement},
        "agreement": {**claim, "title": "Deal", "parties": ["japan"], "kind": "other", "status": "signed"}
        | {"summary": "A deal", "terms": [json.loads(TERM)]},
        "measure": {**claim, "imposing": "united-states", "instrument": "quota", "product_scope": "rice"}
        | {"status": "announced", "summary": "A rice quota"},
        "corroboration": {"target": small.statement, "citations": citation},
        "link": {"kind": "same_statement", "events": [small.statement, getattr(small, "paraphrase", "")]}
        | {"note": "One remark"},
    }


@pytest.mark.parametrize("type_", EXAMPLES_HERE)
def test_add_each_type_with_json_file(runner, kb, small, tmp_path, type_, request):
    if type_ == "link":
        request.getfixturevalue("with_paraphrase")
    path = tmp_path / "payload.json"
    path.write_text(json.dumps(payloads(small)[type_], ensure_ascii=False, indent=2), encoding="utf-8")
    new = ["--new"] if type_ in ("meeting", "data_point") else []  # the small knowledge base has them
    event = read_event(kb, added(runner.invoke(cli, ["add", type_, "--json", str(path), *new])))
    assert event["type"] == type_
    assert list(verify(kb)) == []


@pytest.mark.parametrize("type_", EXAMPLES_HERE)
def test_add_each_type_with_json_on_stdin(runner, kb, small, type_, request):
    if type_ == "link":
        request.getfixturevalue("with_paraphrase")
    new = ["--new"] if type_ in ("meeting", "data_point") else []  # the small knowledge base has them
    result = runner.invoke(cli, ["add", type_, "--json", "-", *new], input=json.dumps(payloads(small)[type_]))
    assert read_event(kb, added(result))["type"] == type_
    assert list(verify(kb)) == []


def test_json_and_field_options_together_is_a_usage_error(runner, kb):
    before = tree_bytes(kb.root)
    result = runner.invoke(cli, ["add", "entity", "--json", "-", "--key", "x"], input="{}")
    assert result.exit_code == 2
    assert "Error: give either --json or field options, not both" in result.output
    assert tree_bytes(kb.root) == before


# --- import ---------------------------------------------------------------------------------


def jsonl(*payloads: dict | str) -> str:
    return "".join(
        (item if isinstance(item, str) else json.dumps(item, ensure_ascii=False)) + "\n" for item in payloads
    )


def test_import_appends_every_line_and_later_lines_see_earlier_entities(runner, kb, small, tmp_path):
    path = tmp_path / "events.jsonl"
    path.write_text(
        jsonl(
            {"type": "entity", "key": "scott-bessent", "kind": "person", "name": "Scott Bessent"},
            {"type": "entity", "key": "us-treasury", "kind": "organisation", "name": "US Treasury", "aliases": ["UST"]},
            "",
            {"type": "role", "person": "Scott Bessent", "title": "treasury secretary", "organisation": "ust"},
        ),
        encoding="utf-8",
    )
    result = runner.invoke(cli, ["import", str(path)])
    assert result.exit_code == 0, result.output
    assert result.output == "Imported 3 events\n"
    [role] = [
        event for event in map(kb.read, kb.paths()) if event["type"] == "role" and event["person"] != "ryosei-akazawa"
    ]
    assert (role["person"], role["organisation"]) == ("scott-bessent", "us-treasury")
    assert list(verify(kb)) == []


def test_import_from_stdin(runner, kb, small):
    lines = jsonl(payloads(small)["statement"], {"type": "meeting", **payloads(small)["meeting"]})
    result = runner.invoke(cli, ["import", "-", "--new"], input=lines)  # the small knowledge base has the meeting
    assert result.exit_code == 0, result.output
    assert result.output == "Imported 2 events\n"
    assert sum(1 for _ in kb.paths()) == 12


def test_import_is_all_or_nothing_and_names_the_bad_line(runner, kb, small):
    before = tree_bytes(kb.root)
    lines = jsonl(
        {"type": "entity", "key": "scott-bessent", "kind": "person", "name": "Scott Bessent"},
        "",
        {"type": "entity", "key": "howard-lutnick", "kind": "person", "name": "Howard Lutnick"},
        {"type": "statement", **payloads(small)["statement"], "speaker": "lutnik"},
    )
    result = runner.invoke(cli, ["import", "-"], input=lines)
    assert result.exit_code == 1
    assert result.output.startswith("Error: line 4: speaker: unknown entity 'lutnik'")
    assert tree_bytes(kb.root) == before


def test_import_of_nothing_is_refused(runner, kb):
    result = runner.invoke(cli, ["import", "-"], input="\n  \n")
    assert result.exit_code == 1
    assert result.output == "Error: <stdin>: no events in it — one JSON object per line\n"


# --- show -----------------------------------------------------------------------------------


def test_show_by_full_id(runner, small):
    result = runner.invoke(cli, ["show", small.statement])
    assert result.exit_code == 0
    assert result.output.splitlines()[:2] == [
        f"{small.statement}  statement",
        "  ryosei-akazawa, quoted, told reporters: “We want a win-win deal”",
    ]
    assert "  speaker: ryosei-akazawa" in result.output.splitlines()
    assert f'  citations: excerpt="We want a win-win deal," Akazawa told reporters., source={small.source}' in (
        result.output.splitlines()
    )


def test_show_by_prefix_in_any_case_and_as_json(runner, kb, small):
    result = runner.invoke(cli, ["show", small.meeting[:7].upper(), "--json"])
    assert result.exit_code == 0
    assert result.output.encode("utf-8") == kb.path_for(small.meeting).read_bytes()


def test_show_an_ambiguous_prefix_lists_the_candidates(runner, kb, small, clock):
    appender = Appender(kb, clock)
    ids = sorted(path.stem for path in kb.paths())
    number = 0
    while len({event_id[:4] for event_id in ids}) == len(ids):  # until two IDs share a first letter
        [path] = appender.append([{"type": "entity", "key": f"e{number}", "kind": "group", "name": f"E{number}"}])
        ids = sorted([*ids, path.stem])
        number += 1
    prefix = next(event_id[:4] for event_id in ids if sum(other.startswith(event_id[:4]) for other in ids) > 1)
    candidates = [event_id for event_id in ids if event_id.startswith(prefix)]
    result = runner.invoke(cli, ["show", prefix])
    assert result.exit_code == 1
    assert result.output == f"Error: {prefix} is ambiguous: {', '.join(candidates)} — give more characters\n"


def test_show_an_unknown_id(runner, small):
    result = runner.invoke(cli, ["show", "ev-2222222222222222"])
    assert result.exit_code == 1
    assert result.output == "Error: no event ev-2222222222222222 in this knowledge base — `kb log` lists them\n"


# --- log ------------------------------------------------------------------------------------


def log_ids(runner, *args: str) -> list[str]:
    result = runner.invoke(cli, ["log", *args])
    assert result.exit_code == 0, result.output
    return [line.split()[0] for line in result.output.splitlines()]


def test_log_lists_every_event_newest_first(runner, small):
    order = [small.source, small.talks, small.japan, small.united_states, small.ryosei_akazawa, small.donald_trump]
    order += [small.role, small.statement, small.meeting, small.data_point]
    assert log_ids(runner) == order[::-1]


def test_log_line(runner, small):
    result = runner.invoke(cli, ["log", "--type", "statement"])
    assert result.output == (
        f"{small.statement}  2025-05-01  statement    "
        "ryosei-akazawa, quoted, told reporters: “We want a win-win deal”\n"
    )


def test_log_filters(runner, small):
    assert log_ids(runner, "--type", "entity", "--type", "role") == [
        small.role,
        small.donald_trump,
        small.ryosei_akazawa,
        small.united_states,
        small.japan,
        small.talks,
    ]
    assert log_ids(runner, "--negotiation", "talks") == [small.data_point, small.meeting, small.statement]
    assert log_ids(runner, "--entity", "japan") == [small.data_point, small.meeting, small.role, small.japan]
    assert log_ids(runner, "--entity", "japan", "--type", "meeting") == [small.meeting]
    assert log_ids(runner, "--since", "2025-04") == [small.meeting, small.statement, small.source]
    assert log_ids(runner, "--since", "2025-04-17") == [small.source]
    assert log_ids(runner, "--until", "2025-03") == [small.data_point]
    assert log_ids(runner, "--since", "2025-04-16", "--until", "2025-04-16") == [small.meeting, small.statement]
    assert log_ids(runner, "--entity", "nobody") == []


def test_log_as_json_and_newline_delimited_json(runner, kb, small):
    files = {path.stem: json.loads(path.read_bytes()) for path in kb.paths()}
    result = runner.invoke(cli, ["log", "--negotiation", "talks", "--json"])
    assert result.exit_code == 0
    assert json.loads(result.output) == [files[small.data_point], files[small.meeting], files[small.statement]]
    result = runner.invoke(cli, ["log", "--type", "source", "--nl"])
    assert result.exit_code == 0
    assert [json.loads(line) for line in result.output.splitlines()] == [files[small.source]]


def test_log_of_an_empty_knowledge_base(runner):
    result = runner.invoke(cli, ["log", "--json"])
    assert result.exit_code == 0
    assert json.loads(result.output) == []


# --- verify ---------------------------------------------------------------------------------


def test_verify_a_sound_knowledge_base(runner, small):
    result = runner.invoke(cli, ["verify"])
    assert result.exit_code == 0
    assert result.output == "OK: 10 event files verified\n"


def test_verify_names_an_event_file_with_one_byte_changed(runner, kb, small):
    path = kb.path_for(small.meeting)
    path.write_bytes(path.read_bytes().replace(b'"place": "Washington"', b'"place": "Washingtom"'))
    result = runner.invoke(cli, ["verify"])
    assert result.exit_code == 1
    where = f"events/{small.meeting[3:5]}/{small.meeting}.json"
    lines = result.output.splitlines()
    assert lines[0].startswith(f"{where}: id '{small.meeting}' does not match the content's hash ev-")
    assert lines[0].endswith(" — the file was edited")
    assert lines[1].startswith(f"{where}: the file name does not match the content's hash ev-")
    assert lines[2:] == ["Error: 2 problems in 10 event files"]


def test_verify_json_for_ci(runner, kb, small):
    """--json: the problems as JSON on standard output, the summary on standard error."""
    sound = runner.invoke(cli, ["verify", "--json"])
    assert sound.exit_code == 0 and json.loads(sound.stdout) == []
    assert sound.stderr == "OK: 10 event files verified\n"
    path = kb.path_for(small.meeting)
    path.write_bytes(path.read_bytes().replace(b'"place": "Washington"', b'"place": "Washingtom"'))
    broken = runner.invoke(cli, ["verify", "--json"])
    assert broken.exit_code == 1
    problems = json.loads(broken.stdout)
    where = f"events/{small.meeting[3:5]}/{small.meeting}.json"
    assert [problem["where"] for problem in problems] == [where, where]
    assert problems[0]["message"].startswith(f"id '{small.meeting}' does not match the content's hash ev-")
    assert broken.stderr == "Error: 2 problems in 10 event files\n"
    lines = runner.invoke(cli, ["verify", "--nl"]).stdout.splitlines()
    assert [json.loads(line) for line in lines] == problems


def test_verify_names_a_changed_snapshot(runner, kb, small):
    [snapshot] = kb.snapshots_dir.iterdir()
    snapshot.write_text(ARTICLE.replace("win-win", "win-lose"), encoding="utf-8")
    result = runner.invoke(cli, ["verify"])
    assert result.exit_code == 1
    assert f"snapshots/{snapshot.name}: content's SHA-256 is " in result.output
    # No quote is checked against a text that fails its hash (tests/test_snapshot_tampering.py).
    assert "is not in" not in result.output


def test_verify_names_a_missing_snapshot_dangling_references_duplicate_keys_and_temp_files(runner, kb, small, clock):
    [snapshot] = kb.snapshots_dir.iterdir()
    snapshot.unlink()
    Path(kb.path_for(small.talks)).unlink()
    duplicate = {"type": "entity", "key": "japan", "kind": "country", "name": "Nippon", "schema_version": 1}
    duplicate["recorded_at"] = clock()
    kb.write({**duplicate, "id": event_id(duplicate)})
    running = kb.events_dir / f".tmp-ev-xyz.json.{os.getpid()}.abcd0123"  # an append of a running process
    running.write_text("{", encoding="utf-8")
    result = runner.invoke(cli, ["verify"])
    assert result.exit_code == 1
    assert f"{small.source}: snapshot snapshots/{snapshot.name} is missing — add the source's text" in result.output
    assert "negotiation: no entity with key 'talks' (dangling reference)" in result.output
    assert "events/: entity key 'japan' is defined by 2 entity events — keys must be unique" in result.output
    assert f"events/{running.name}: temporary file of process {os.getpid()}, still running" in result.output
    assert result.output.endswith(" problems in 10 event files\n")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"type": "speech"}, "unknown event type 'speech'"),
        ({"schema_version": 2}, "unknown schema_version 2 for entity"),
        ({"kind": "planet"}, "invalid entity: kind: Input should be 'person', 'organisation'"),
    ],
)
def test_verify_names_a_hash_named_file_that_is_not_a_valid_event(runner, kb, small, clock, change, message):
    event = {"type": "entity", "schema_version": 1, "recorded_at": clock(), "key": "x", "kind": "group", "name": "X"}
    event |= change
    event["id"] = event_id(event)
    kb.write(event)
    result = runner.invoke(cli, ["verify"])
    assert result.exit_code == 1
    first, *rest = result.output.splitlines()
    assert first.startswith(f"events/{event['id'][3:5]}/{event['id']}.json: {message}")
    assert rest == ["Error: 1 problem in 11 event files"]


# --- schema ---------------------------------------------------------------------------------


def test_schema_writes_every_schema(runner, tmp_path):
    result = runner.invoke(cli, ["schema", "--dir", "out"])
    assert result.exit_code == 0
    assert len(result.output.splitlines()) == len(TYPES) + 1
    assert "wrote out/event.schema.json\n" in result.output
    assert runner.invoke(cli, ["schema", "--check", "--dir", "out"]).output == "out is up to date\n"


# --- finding the knowledge base -------------------------------------------------------------


@pytest.fixture
def other_kb(tmp_path, clock) -> KnowledgeBase:
    """A second knowledge base, with the small one's events."""
    other = init_knowledge_base(tmp_path / "other")
    add_small_kb(other, clock)
    return other


def test_kb_dir_from_the_environment(runner, kb, other_kb, monkeypatch):
    monkeypatch.setenv("KB_DIR", str(other_kb.root))
    assert len(log_ids(runner)) == 10


def test_kb_option_wins_over_the_environment(runner, kb, other_kb, monkeypatch):
    monkeypatch.setenv("KB_DIR", str(kb.root))
    assert len(log_ids(runner, "--type", "source")) == 0
    result = runner.invoke(cli, ["--kb", str(other_kb.root), "log", "--type", "source"])
    assert len(result.output.splitlines()) == 1


def test_kb_is_found_in_the_nearest_folder_upward_holding_events(runner, kb, other_kb, monkeypatch):
    monkeypatch.delenv("KB_DIR")
    deep = other_kb.root / "notes" / "2025" / "april"
    deep.mkdir(parents=True)
    monkeypatch.chdir(deep)
    assert len(log_ids(runner)) == 10
    monkeypatch.chdir(other_kb.events_dir)
    assert len(log_ids(runner)) == 10


def test_no_knowledge_base_here_or_above(runner, tmp_path, monkeypatch):
    monkeypatch.delenv("KB_DIR")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(cli, ["log"])
    assert result.exit_code == 1
    assert result.output == (
        "Error: no knowledge base here or above (no events/ folder) — cd into one, pass --kb DIR, "
        "or run `kb init DIR`\n"
    )


def test_kb_option_pointing_at_a_folder_without_events(runner, tmp_path):
    (tmp_path / "empty").mkdir()
    result = runner.invoke(cli, ["--kb", "empty", "verify"])
    assert result.exit_code == 1
    assert result.output == "Error: empty holds no knowledge base (no events/) — run `kb init empty`\n"

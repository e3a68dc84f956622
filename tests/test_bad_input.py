"""Bad input gets a clear message, exit status 1 (2 for a misused command line), no
traceback, and leaves events/ and snapshots/ byte for byte as they were."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import tree_bytes

from kb.cli import cli


@dataclass
class Case:
    args: list[str]
    words: list[str]  # each must be in the output
    input: bytes | str | None = None
    code: int = 1


def refused(runner, kb, case: Case) -> str:
    before = tree_bytes(kb.root)
    result = runner.invoke(cli, case.args, input=case.input)
    assert result.exit_code == case.code, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    for word in case.words:
        assert word in result.output, result.output
    assert tree_bytes(kb.root) == before
    return result.output


def statement(small, **change) -> dict:
    payload = {
        "type": "statement",
        "negotiation": "talks",
        "occurred_at": "2025-04-16",
        "speaker": "akazawa",
        "attribution": "direct_quote",
        "text": "We want a win-win deal",
        "citations": [{"source": small.source, "excerpt": "We want a win-win deal"}],
    }
    return {key: value for key, value in {**payload, **change}.items() if value is not None}


def line(payload: dict) -> str:
    return json.dumps(payload, ensure_ascii=False) + "\n"


ENTITY = ["add", "entity", "--kind", "person"]


def cases(small) -> dict[str, Case]:
    quote = ["add", "statement", "--negotiation", "talks", "--occurred-at", "2025-04-16", "--speaker", "akazawa"]
    return {
        "missing field": Case([*ENTITY, "--key", "scott-bessent"], ["invalid entity", "name: missing"]),
        "missing field on import": Case(
            ["import", "-"], ["line 1:", "citations: missing"], line(statement(small, citations=None))
        ),
        "unknown field": Case(
            ["add", "statement", "--json", "-"],
            ["colour: unknown field — a statement has: negotiation, occurred_at"],
            line(statement(small, colour="red")),
        ),
        "wrong type": Case(
            ["import", "-"], ["line 1:", "topics: Input should be a valid list"], line(statement(small, topics="fx"))
        ),
        "wrong type of a flag": Case(
            ["add", "data_point", "--json", "-"],
            ["approximate: Input should be a valid boolean"],
            json.dumps({"approximate": "yes"}),
        ),
        "impossible date": Case(
            ["add", "source", "--kind", "article", "--publisher", "P", "--title", "T", "--published-at", "2025-13-01"],
            ["published_at: impossible date '2025-13-01': month must be in 1..12"],
        ),
        "not a date": Case(
            ["import", "-"], ["occurred_at: not an ISO 8601 date"], line(statement(small, occurred_at="18/04/2025"))
        ),
        "an impossible date to log": Case(
            ["log", "--since", "2025-13"], ["Invalid value for '--since': impossible date '2025-13'"], code=2
        ),
        "not a date to log": Case(["log", "--until", "April"], ["'--until': not an ISO 8601 date"], code=2),
        "unknown event type": Case(["add", "speech"], ["No such command 'speech'"], code=2),
        "unknown event type on import": Case(
            ["import", "-"],
            ["line 1: unknown event type 'statment' — did you mean statement? Known types: source, entity"],
            line(statement(small, type="statment")),
        ),
        "no event type on import": Case(
            ["import", "-"], ["line 1: the event has no type — give one of: source"], line(statement(small, type=None))
        ),
        "unknown entity": Case(
            [*quote[:-1], "akazwa", "--attribution", "reported", "--text", "t", "--citation", f"{small.source}:deal"],
            ["speaker: unknown entity 'akazwa' — add it first", "Did you mean: ryosei-akazawa?"],
        ),
        "unknown entity in a meeting": Case(
            ["import", "-"],
            ["line 1: participants.1.side: unknown entity 'united-stats'", "Did you mean: united-states?"],
            line(
                {
                    **statement(small, speaker=None, attribution=None, text=None),
                    "type": "meeting",
                    "participants": [{"entity": "akazawa"}, {"entity": "trump", "side": "united-stats"}],
                    "summary": "They met",
                }
            ),
        ),
        "unknown source": Case(
            ["import", "-"],
            ["citations.0.source: ev-2222222222222222 is no such event — cite a source event's ID"],
            line(statement(small, citations=[{"source": "ev-2222222222222222", "excerpt": "deal"}])),
        ),
        "a non-source cited": Case(
            ["import", "-"],
            [f"citations.0.source: {small.japan} is not a source"],
            line(statement(small, citations=[{"source": small.japan, "excerpt": "Japan"}])),
        ),
        "a retraction of no event": Case(
            ["add", "retraction", "--target", "ev-2222222222222222", "--reason", "r"],
            ["target: no event ev-2222222222222222 in this knowledge base"],
        ),
        "a retraction of an entity": Case(
            ["add", "retraction", "--target", small.japan, "--reason", "r"],
            [f"target: {small.japan} is an entity, not a claim"],
        ),
        "a quote not in the source": Case(
            [*quote, "--attribution", "direct_quote", "--text", "We want a lose-lose deal"]
            + ["--citation", f"{small.source}:Akazawa told reporters"],
            ["the direct quote 'We want a lose-lose deal' is not in the cited source's text — quote it exactly"],
        ),
        "partly quoted words not in the source": Case(
            [*quote, "--attribution", "partial_quote", "--text", 'Akazawa wants a "lose-lose deal"']
            + ["--citation", f"{small.source}:Akazawa told reporters"],
            ["the quoted words 'lose-lose deal' is not in the cited source's text"],
        ),
        "an excerpt not in the source": Case(
            [*quote, "--attribution", "paraphrase", "--text", "Akazawa met Biden"]
            + ["--citation", f"{small.source}:Akazawa met U.S. President Joe Biden"],
            [f"citations.0.excerpt: not found in the text of source {small.source} — copy the exact words"],
        ),
        "malformed JSON on import": Case(
            ["import", "-"],
            ["line 2: malformed JSON at column 19: Expecting property name"],
            line(statement(small, occurred_at="2025-04-17")) + '{"type": "entity",\n',  # a good line, then a bad one
        ),
        "malformed JSON in --json": Case(
            ["add", "entity", "--json", "-"], ["<stdin>: malformed JSON at column 9: Expecting value"], '{"key": }'
        ),
        "not an object": Case(["import", "-"], ["line 1: expected a JSON object, got list"], "[1, 2]\n"),
        "a text over 20,000 characters": Case(
            [*quote, "--attribution", "reported", "--text", "x" * 20_001, "--citation", f"{small.source}:deal"],
            ["text: 20001 characters, more than the 20000 allowed — shorten it"],
        ),
        "a name over 500 characters": Case(
            [*ENTITY, "--key", "x", "--name", "x" * 501], ["name: 501 characters, more than the 500 allowed"]
        ),
        "a control character": Case(
            [*ENTITY, "--key", "x", "--name", "Ja\x07pan"], ["name: must not contain control characters", "Ja\\x07pan"]
        ),
        "a control character on import": Case(
            ["import", "-"],
            ["line 1: invalid statement: text: must not contain control characters other than tab"],
            line(statement(small, attribution="reported", text="a\u001bb")),
        ),
        "a line break in a one-line field": Case(
            [*ENTITY, "--key", "x", "--name", "Ja\npan"], ["name: must not contain control characters or line breaks"]
        ),
        "a path as an ID to show": Case(["show", "../x"], ["'../x' is not an event ID — IDs look like ev-"]),
        "an absolute path as an ID to show": Case(["show", "/etc/passwd"], ["'/etc/passwd' is not an event ID"]),
        "a path as a citation source": Case(
            [*quote, "--attribution", "reported", "--text", "t", "--citation", "../x:deal"],
            ["citations.0.source: must be an event ID such as ev-abcdefghij234567 (got '../x')"],
        ),
        "an absolute path as a citation source": Case(
            ["import", "-"],
            ["citations.0.source: must be an event ID", "/etc/passwd"],
            line(statement(small, citations=[{"source": "/etc/passwd", "excerpt": "deal"}])),
        ),
        "a path as a target": Case(
            ["add", "retraction", "--target", "../../etc/passwd", "--reason", "r"], ["target: must be an event ID"]
        ),
        "a payload that sets id": Case(
            ["import", "-"],
            ["line 1: id: set by kb when the event is appended — remove it from the payload"],
            line(statement(small, id="ev-2222222222222222")),
        ),
        "a payload that sets recorded_at": Case(
            ["add", "statement", "--json", "-"],
            ["recorded_at: set by kb when the event is appended"],
            line(statement(small, recorded_at="2025-04-18T00:00:00Z")),
        ),
        "a duplicate entity key": Case(
            [*ENTITY, "--key", "japan", "--name", "Nippon"],
            ["key: an entity 'japan' already exists — refer to it, or pick another key"],
        ),
        "a duplicate entity key within an import": Case(
            ["import", "-"],
            ["line 2: key: an entity 'china' already exists"],
            line({"type": "entity", "key": "china", "kind": "country", "name": "China"})
            + line({"type": "entity", "key": "china", "kind": "country", "name": "PRC"}),
        ),
        "an ambiguous alias": Case(
            ["import", "-"],
            ["line 3: speaker: 'ishiba' could be any of shigeru-ishiba, tadashi-ishiba — give the key"],
            line({"type": "entity", "key": "shigeru-ishiba", "kind": "person", "name": "S", "aliases": ["Ishiba"]})
            + line({"type": "entity", "key": "tadashi-ishiba", "kind": "person", "name": "T", "aliases": ["Ishiba"]})
            + line(statement(small, speaker="ishiba")),
        ),
        "a payload of another type than the command": Case(
            ["add", "entity", "--json", "-"],
            ["the payload's type is 'statement', not entity — use `kb add statement`"],
            line(statement(small)),
        ),
        "an unknown schema version": Case(
            ["import", "-"],
            ["line 1: unknown schema_version 9 for statement"],
            line(statement(small, schema_version=9)),
        ),
        "both --json and options": Case(
            ["add", "entity", "--key", "x", "--json", "-"], ["give either --json or field options"], "{}", code=2
        ),
        "an unknown option": Case([*ENTITY, "--colour", "red"], ["No such option '--colour'"], code=2),
        "a choice not offered": Case(
            ["add", "entity", "--kind", "planet", "--key", "x", "--name", "X"], ["'planet' is not one of"], code=2
        ),
        "a citation without its excerpt": Case(
            [*quote, "--attribution", "reported", "--text", "t", "--citation", small.source],
            ["citations.0.excerpt: missing"],
        ),
        "a citation that is bad JSON": Case(
            [*quote, "--attribution", "reported", "--text", "t", "--citation", "{not json"],
            ["--citation: not a JSON object"],
        ),
    }


class AnyIds:
    """Stands for the small knowledge base's IDs while the cases are only being named."""

    def __getattr__(self, name: str) -> str:
        return "ev-aaaaaaaaaaaaaaaa"


@pytest.mark.parametrize("case_name", list(cases(AnyIds())))
def test_bad_input_is_refused_and_changes_nothing(runner, kb, small, case_name):
    refused(runner, kb, cases(small)[case_name])


# --- files that are not UTF-8 ---------------------------------------------------------------

LATIN_1 = "Akazawa a dit : « un accord gagnant-gagnant », au café".encode("latin-1")


def test_a_json_file_that_is_not_utf8(runner, kb, small, tmp_path):
    path = tmp_path / "payload.json"
    path.write_bytes(b'{"key": "cafe", "kind": "group", "name": "Caf\xe9"}')
    output = refused(runner, kb, Case(["add", "entity", "--json", str(path)], ["not UTF-8 (byte 45)", "save it as"]))
    assert str(path) in output


def test_a_text_file_that_is_not_utf8(runner, kb, small, tmp_path):
    path = tmp_path / "article.txt"
    path.write_bytes(LATIN_1)
    args = ["add", "source", "--kind", "article", "--publisher", "P", "--title", "T", "--published-at", "2025"]
    refused(runner, kb, Case([*args, "--text-file", str(path)], [f"{path}: not UTF-8", "convert it"]))


def test_an_import_file_that_is_not_utf8(runner, kb, small, tmp_path):
    path = tmp_path / "events.jsonl"
    good = line(statement(small, occurred_at="2025-04-17")).encode()
    path.write_bytes(good + b'{"type": "entity", "name": "Caf\xe9"}\n')
    refused(runner, kb, Case(["import", str(path)], ["line 2: not UTF-8 (byte 31)"]))


def test_a_missing_file(runner, kb, small):
    refused(runner, kb, Case(["import", "nowhere.jsonl"], ["'nowhere.jsonl': No such file"], code=2))
    refused(runner, kb, Case(["add", "entity", "--json", "nowhere.json"], ["No such file"], code=2))


# --- files in events/ that are not valid events, put there by hand ---------------------------


@pytest.fixture
def broken(kb, small) -> Path:
    """A file in events/ that is JSON but not an event."""
    path = kb.events_dir / "zz" / "ev-zzzzzzzzzzzzzzzz.json"
    path.parent.mkdir(exist_ok=True)
    path.write_text('{"type": "entity", "name": "no key, no id"}\n', encoding="utf-8")
    return path


def test_show_of_an_invalid_event_file_names_it(runner, kb, broken):
    refused(
        runner,
        kb,
        Case(["show", "ev-zzzz"], ["events/zz/ev-zzzzzzzzzzzzzzzz.json: its content's hash is", "kb verify"]),
    )


def test_log_with_an_invalid_event_file_names_it(runner, kb, broken):
    refused(runner, kb, Case(["log"], ["events/zz/ev-zzzzzzzzzzzzzzzz.json: its content's hash is", "kb verify"]))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b'{"type": "entity", "x": NaN}', "NaN is not JSON"),
        (b'{"type": "entity", "x": 100000000000000000000000}', "not an event: it has no RFC 8785 canonical form"),
        (b"[]", "expected a JSON object, got list"),
        (b"{", "malformed JSON at column 2"),
        (b"\xff", "not UTF-8 (byte 0)"),
    ],
    ids=["NaN", "a huge integer", "not an object", "truncated", "not UTF-8"],
)
def test_verify_names_a_file_that_is_no_event_without_a_traceback(runner, kb, small, content, message):
    path = kb.events_dir / "zz" / "ev-zzzzzzzzzzzzzzzz.json"
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(content)
    output = refused(runner, kb, Case(["verify"], ["Error: 1 problem in 11 event files"]))
    assert output.startswith(f"events/zz/ev-zzzzzzzzzzzzzzzz.json: {message}")

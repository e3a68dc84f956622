"""Hostile input, fuzzed: whatever is given to `kb add` (options or --json), `kb import`, or as an
event ID or prefix, kb answers with exit status 0, 1 or 2 and never a traceback; when it refuses,
nothing is written; when it accepts, every file it wrote is a valid event file.

A few hundred examples per entry point here; `make test-long` runs the `long` variants with the
long Hypothesis profile (thousands each).
"""

from __future__ import annotations

import json
import string

import pytest
from conftest import tree_bytes
from hypothesis import HealthCheck, given, settings
from hypothesis import event as statistic
from hypothesis import strategies as st

from kb.cli import cli
from kb.events import models
from kb.events.payload import field_options
from kb.events.store import KnowledgeBase
from kb.events.verify import check_file

FUZZ = settings(
    max_examples=max(300, settings().max_examples),
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)
# Each fuzz test runs in the normal suite, and again, longer, under `make test-long`.
VARIANTS = pytest.mark.parametrize("variant", ["normal", pytest.param("long", marks=pytest.mark.slow)])

NASTY = [
    "",
    " ",
    "..",
    "../../etc/passwd",
    "/etc/passwd",
    "events/../../x",
    "ev-../../../etc/passwd",
    "ev-aaaaaaaaaaaaaaaa/../../x",
    "\x00",
    "ev-aa\x00aa",
    "a\x00b",
    "\udcff",
    "\ud800",
    "e\u0301",
    "\u202e",
    "\ufeff",
    "<script>alert(1)</script>",
    "a" * 100_000,
    "ev-" + "a" * 10_000,
    "ev-" + "2" * 16,
    "EV-AAAA",
    "{",
    "[",
    '{"a":' * 50 + "1" + "}" * 50,
    "-",
    "--help",
    "null",
    "1e999",
    "NaN",
    "\r\n",
    ":::",
    "ev-aaaaaaaaaaaaaaaa:x",
    "'; DROP TABLE events; --",
    "%s%n",
    "\\",
    "C:\\Windows\\system32",
    "file:///etc/passwd",
    "$(id)",
    "2025-02-30",
    "99999-01-01",
    "9" * 100,
]
texts = st.one_of(
    st.sampled_from(NASTY),
    st.text(max_size=30),
    st.text(st.characters(exclude_categories=()), max_size=30),  # lone surrogates too
    st.text(string.ascii_lowercase + "-:", max_size=20),
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | texts,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(texts, inner, max_size=4),
    max_leaves=15,
)
FIELD_NAMES = sorted({name for model in models.MODELS.values() for name in model.model_fields})


def payloads() -> st.SearchStrategy[dict]:
    """Payload-shaped JSON objects: a type (usually a real one), real and made-up field names."""
    return st.builds(
        lambda type_, fields: {"type": type_, **fields},
        st.one_of(st.sampled_from(list(models.MODELS)), texts, json_values),
        st.dictionaries(st.one_of(st.sampled_from(FIELD_NAMES), texts), json_values, max_size=8),
    )


def valid_payloads(ids) -> list[dict]:
    """Payloads that `small` accepts, for the fuzzers to spoil one field at a time."""
    cite = [{"source": ids.source, "excerpt": "Akazawa told reporters"}]
    claim = {"negotiation": "talks", "occurred_at": "2025-04-16", "citations": cite}
    return [
        {"type": "entity", "key": "scott-bessent", "kind": "person", "name": "Scott Bessent", "aliases": ["Bessent"]},
        {"type": "source", "kind": "article", "publisher": "Kyodo", "title": "Talks", "published_at": "2025-04"},
        {"type": "statement", **claim, "speaker": "akazawa", "attribution": "paraphrase", "text": "A deal soon"},
        {"type": "statement", **claim, "speaker": "akazawa", "attribution": "direct_quote", "text": "win-win deal"},
        {"type": "meeting", **claim, "participants": [{"entity": "trump", "side": "united-states"}], "summary": "Met"},
        {"type": "data_point", **claim, "metric": "trade_surplus", "subject": "japan", "value": "9", "unit": "JPY"},
        {"type": "retraction", "target": ids.statement, "reason": "Withdrawn"},
        {"type": "corroboration", "target": ids.meeting, "citations": cite},
        {"type": "role", "person": "akazawa", "title": "chief negotiator", "citations": cite},
    ]


def spoiled(ids) -> st.SearchStrategy[dict]:
    """A payload kb accepts with one field replaced, removed or added: it gets past parsing and
    checks the later stages (references, quotes, the catalog)."""
    return st.builds(
        lambda payload, name, value, drop: (
            {k: v for k, v in payload.items() if k != name} if drop else {**payload, name: value}
        ),
        st.sampled_from(valid_payloads(ids)),
        st.sampled_from(FIELD_NAMES),
        st.one_of(json_values, st.sampled_from(sorted(vars(ids).values()))),
        st.booleans(),
    )


def encoded(value: object) -> st.SearchStrategy[bytes]:
    """JSON text of a value, as kb may be given it: ASCII-escaped, raw UTF-8, or with lone surrogates raw."""
    return st.sampled_from([True, False]).map(
        lambda ascii: json.dumps(value, ensure_ascii=ascii).encode("utf-8", "surrogatepass")
    )


def json_bytes() -> st.SearchStrategy[bytes]:
    return st.one_of(
        payloads().flatmap(encoded),
        json_values.flatmap(encoded),
        st.binary(max_size=200),
    )


def check(kb: KnowledgeBase, runner, args: list[str], given: bytes | None = None):
    """Invoke kb; whatever happens, it is an answer, not a crash, and nothing partial is left.
    ``given`` is written to a file outside the knowledge base, whose name replaces FILE in args."""
    if given is not None:
        path = kb.root.parent / "given"
        path.write_bytes(given)
        args = [str(path) if arg == "FILE" else arg for arg in args]
    before = tree_bytes(kb.root)
    result = runner.invoke(cli, args)
    assert result.exit_code in (0, 1, 2), (args, result.output)
    assert result.exception is None or isinstance(result.exception, SystemExit), (args, repr(result.exception))
    assert "Traceback" not in result.output
    statistic(f"exit status {result.exit_code}")  # see them with --hypothesis-show-statistics
    after = tree_bytes(kb.root)
    if result.exit_code != 0:
        assert after == before, (args, result.output)
    else:
        for name in set(after) - set(before):
            path = kb.root / name
            if name.startswith("events/"):
                event, problems = check_file(kb, path)
                assert event is not None and not problems, (name, problems)
        assert all(after[name] == data for name, data in before.items())  # nothing rewritten
        assert not any("/.tmp-" in name or name.startswith(".tmp-") for name in after)
    return result


@VARIANTS
@FUZZ
@given(data=st.data())
def test_add_options(variant, kb, small, runner, data):
    type_ = data.draw(st.sampled_from(list(models.MODELS)), label="type")
    known = vars(small)
    args = ["add", type_]
    for option in data.draw(st.lists(st.sampled_from(field_options(type_)), max_size=8), label="options"):
        if option.flag:
            args.append(option.option if data.draw(st.booleans()) else f"--no-{option.option[2:]}")
            continue
        values = st.one_of(texts, st.sampled_from(sorted(known.values())))
        if option.choices:
            values = st.one_of(values, st.sampled_from(option.choices))
        if option.parts:
            values = st.one_of(values, st.sampled_from(sorted(known.values())).map(lambda source: f"{source}:Akazawa"))
        args += [option.option, data.draw(values)]
    check(kb, runner, args)


@VARIANTS
@FUZZ
@given(data=st.data())
def test_add_json(variant, kb, small, runner, data):
    type_ = data.draw(st.sampled_from(list(models.MODELS)), label="type")
    payload = data.draw(st.one_of(json_bytes(), spoiled(small).flatmap(encoded)), label="payload")
    check(kb, runner, ["add", type_, "--json", "FILE"], given=payload)


@VARIANTS
@FUZZ
@given(data=st.data())
def test_import_lines(variant, kb, small, runner, data):
    lines = data.draw(st.lists(st.one_of(json_bytes(), spoiled(small).flatmap(encoded)), min_size=1, max_size=5))
    before = len(list(kb.paths()))
    result = check(kb, runner, ["import", "FILE"], given=b"\n".join(lines) + b"\n")
    if result.exit_code == 0:  # all or nothing
        assert len(list(kb.paths())) == before + sum(1 for line in lines if line.strip())


ID_COMMANDS = [
    ["show"],
    ["show", "--json"],
    ["retract", "--reason", "withdrawn"],
    ["correct", "--reason", "misquoted", "--occurred-at", "2025-04-15"],
    ["corroborate", "--excerpt", "Akazawa", "--source"],
]


@VARIANTS
@FUZZ
@given(data=st.data())
def test_ids_and_prefixes(variant, kb, small, runner, data):
    ids = sorted(vars(small).values())
    given_id = data.draw(
        st.one_of(
            texts,
            st.sampled_from(ids).flatmap(lambda id_: st.integers(0, 19).map(lambda n: id_[:n])),
            st.sampled_from(ids).flatmap(lambda id_: texts.map(lambda junk: id_ + junk)),
        ),
        label="id",
    )
    command = data.draw(st.sampled_from(ID_COMMANDS), label="command")
    if command[0] == "corroborate":
        args = [command[0], data.draw(st.sampled_from(ids)), *command[1:], given_id]
    else:
        args = [command[0], *command[1:], given_id]
    check(kb, runner, args)

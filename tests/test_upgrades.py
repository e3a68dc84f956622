"""Upgrades that keep every version: an event of any earlier version of any kind, upgraded while
read, keeps unchanged every field that a version since the first gave it (the kind's ``added_in``).
Generated from the registry: a kind that raises its version is tested by itself."""

import copy
import json

import pytest

from kb.cli import cli
from kb.events import models
from kb.model.kind import kinds


def kept_fields(kind, version):
    """The fields that versions 2 to ``version`` of the kind added: an event of ``version`` may hold them."""
    return [name for since, names in kind.added_in.items() if since <= version for name in names]


def earlier_events():
    """(id, event, the fields to keep) of every earlier version of every kind (a correction: of every
    kind of claim it may carry)."""
    for type_, kind in kinds().items():
        for version in range(1, kind.schema_version):
            if type_ == "correction":
                for claim in (other for other in kinds().values() if other.is_claim):
                    fields = kept_fields(claim, version)
                    replacement = {"type": claim.type, **{name: f"kept {name}" for name in fields}}
                    event = {"type": type_, "schema_version": version, "replacement": replacement}
                    yield f"{type_}-{claim.type}-v{version}", event, [("replacement", name) for name in fields]
            else:
                fields = kept_fields(kind, version)
                event = {"type": type_, "schema_version": version, **{name: f"kept {name}" for name in fields}}
                yield f"{type_}-v{version}", event, [(None, name) for name in fields]


EARLIER = list(earlier_events())


@pytest.mark.parametrize(("event", "kept"), [(event, kept) for _, event, kept in EARLIER], ids=[i for i, *_ in EARLIER])
def test_an_upgrade_keeps_what_later_versions_added(event, kept):
    read = models.upgraded(copy.deepcopy(event))
    assert read["schema_version"] == kinds()[event["type"]].schema_version
    for inside, name in kept:
        before, after = (event[inside], read[inside]) if inside else (event, read)
        assert after.get(name) == before[name], f"{name} of a version-{event['schema_version']} {event['type']}"


def test_every_kind_with_earlier_versions_is_walked():
    walked = {event["type"] for _, event, _ in EARLIER}
    assert walked == {type_ for type_, kind in kinds().items() if kind.schema_version > 1}


@pytest.mark.parametrize("type_", list(kinds()))
def test_the_fields_a_version_added_are_fields_of_the_kind(type_):
    kind = kinds()[type_]
    assert set(kind.added_in) <= set(range(2, kind.schema_version + 1))
    for names in kind.added_in.values():
        assert set(names) <= set(kind.model.model_fields), names


def test_a_version_1_statement_still_reads_its_via_as_free_text():
    old = {"type": "statement", "schema_version": 1, "via": "a government source"}
    read = models.upgraded(old)
    assert read["via_description"] == "a government source" and "via" not in read


def test_kb_import_upgrades_an_earlier_version_before_resolving_its_entities(runner, kb, small, tmp_path):
    """A version-1 statement's via was free text: imported, it is read as version 1 meant it (a
    via_description), not looked up as an entity; a current statement's via still names one."""

    def statement(**fields):
        return {
            "type": "statement",
            "negotiation": "talks",
            "occurred_at": "2025-04-16",
            "speaker": "akazawa",
            "attribution": "direct_quote",
            "text": "We want a win-win deal",
            "citations": [{"source": small.source, "excerpt": '"We want a win-win deal," Akazawa told reporters.'}],
            **fields,
        }

    lines = tmp_path / "old.jsonl"
    lines.write_text(json.dumps(statement(schema_version=1, via="a Japanese official")) + "\n")
    result = runner.invoke(cli, ["import", "--new", str(lines)])
    assert result.exit_code == 0, result.output
    [path] = [p for p in kb.paths() if json.loads(p.read_text()).get("via_description")]
    event = json.loads(path.read_text())
    assert (event["schema_version"], event["via_description"], "via" in event) == (3, "a Japanese official", False)
    lines.write_text(json.dumps(statement(via="a Japanese official", text="We want a deal")) + "\n")
    refused = runner.invoke(cli, ["import", "--new", str(lines)])
    assert refused.exit_code == 1 and "line 1: via: unknown entity 'a Japanese official'" in refused.output

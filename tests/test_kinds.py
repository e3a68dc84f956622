"""The registry of kinds, tested from the registry: every kind of claim is walked through the
whole path — its CLI example appends, the build projects it, kb cite renders it in every
format, kb correct and kb retract work on it, the JSON Schema validates its file, the event
page renders it and entity_claims finds it for every entity it names. A kind that forgot a
part fails a test whose message names the part."""

from __future__ import annotations

import asyncio
import json
import re
import shlex
import sqlite3
import sys
from pathlib import Path

import jsonschema
import pytest
from test_datasette import datasette_for

from kb.builder.build import build
from kb.builder.projection import TABLES
from kb.builder.queries import ENTITY_CLAIMS
from kb.cli import cli
from kb.events import models
from kb.events.append import Appender
from kb.events.store import KnowledgeBase
from kb.model.fields import Envelope
from kb.model.kind import EventKind, kind_named, kinds

REPO = Path(__file__).resolve().parent.parent
CLAIM_KINDS = [kind for kind in kinds().values() if kind.is_claim]
# The entities the examples name, as the bundled knowledge base has them.
ENTITIES = [
    ("us-japan-tariff-talks-2025", "negotiation", "US–Japan tariff talks", []),
    ("japan", "country", "Japan", []),
    ("united-states", "country", "United States", ["U.S."]),
    ("shigeru-ishiba", "person", "Shigeru Ishiba", ["Ishiba"]),
    ("ryosei-akazawa", "person", "Ryosei Akazawa", ["Akazawa"]),
    ("donald-trump", "person", "Donald Trump", ["Trump"]),
]


def example_args(kind: EventKind, source_id: str) -> list[str]:
    """The kind's `kb add` example as arguments, its source placeholder replaced."""
    words = shlex.split(kind.example.replace("\\\n", " "), comments=True)
    assert words[:3] == ["kb", "add", kind.type], f"kind {kind.type}: its example must start `kb add {kind.type}`"
    return [word.replace("ev-…", source_id) for word in words[1:]]


def excerpts(kind: EventKind) -> list[str]:
    words = shlex.split(kind.example.replace("\\\n", " "))
    return [words[n + 1].partition(":")[2] for n, word in enumerate(words) if word == "--citation"]


@pytest.fixture
def example_kb(kb: KnowledgeBase, clock) -> tuple[KnowledgeBase, str]:
    """The entities the examples name, and a source whose text holds every excerpt they cite."""
    text = "\n".join(excerpt for kind in CLAIM_KINDS for excerpt in excerpts(kind)) + "\n"
    appender = Appender(kb, clock)
    [source] = appender.append(
        [
            {
                "type": "source",
                "kind": "article",
                "publisher": "Kyodo News",
                "title": "The examples' source",
                "published_at": "2025-04-18",
                "text_sha256": kb.store_snapshot(text),
            }
        ]
    )
    appender.append(
        [
            {"type": "entity", "key": key, "kind": k, "name": name, "aliases": aliases}
            for key, k, name, aliases in ENTITIES
        ]
    )
    return kb, source.stem


def test_every_kind_has_its_parts():
    for type_, kind in kinds().items():
        assert type_ == kind.type
        # kb.model.kind.kind_named imports only the module named after the type it is asked for.
        assert type(kind).__module__ == f"kb.kinds.{type_}", f"kind {type_}: its module is not kb/kinds/{type_}.py"
        assert kind.example.startswith(f"kb add {type_}"), f"kind {type_}: no `kb add {type_}` example (example)"
        assert issubclass(kind.model, Envelope), f"kind {type_}: no model"
        undescribed = [name for name, field in kind.model.model_fields.items() if not field.description]
        assert not undescribed, f"kind {type_}: fields without a description: {undescribed}"
        assert (REPO / "schema" / f"{type_}.schema.json").exists(), f"kind {type_}: no schema/{type_}.schema.json"
        for column, other, _ in (fk for table in kind.tables.values() for fk in table.foreign_keys):
            assert other in TABLES, f"kind {type_}: a foreign key of {column} to an unknown table {other}"
    for kind in CLAIM_KINDS:
        assert kind.table in kind.tables, f"kind {kind.type}: its table {kind.table!r} is not among its tables"
        assert kind.text_field in kind.fields.model_fields, f"kind {kind.type}: text_field is not one of its fields"
        assert excerpts(kind), f"kind {kind.type}: its example cites no source (--citation)"
        # A kind whose claims may quote their source says which (quotes), and its table holds the verdict.
        quoting = "quote_verified" in kind.tables[kind.table].columns
        assert bool(kind.quotes) == quoting, f"kind {kind.type}: quotes and a quote_verified column go together"


@pytest.mark.parametrize("kind", CLAIM_KINDS, ids=lambda kind: kind.type)
def test_a_claim_kind_through_the_whole_path(kind, example_kb, runner):
    kb, source = example_kb
    result = runner.invoke(cli, example_args(kind, source))
    assert result.exit_code == 0, f"kind {kind.type}: its example does not append: {result.output}"
    claim = result.output.strip()
    event_file = next(kb.events_dir.glob(f"*/{claim}.json"))

    schema = json.loads((REPO / "schema" / "event.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(json.loads(event_file.read_text(encoding="utf-8")))

    for fmt in ("text", "markdown", "csl-json", "bibtex"):
        cited = runner.invoke(cli, ["cite", claim, "--format", fmt])
        assert cited.exit_code == 0 and claim in cited.output, f"kind {kind.type}: kb cite --format {fmt} fails"

    corrected = runner.invoke(cli, ["correct", claim[:8], "--topic", "corrected", "--reason", "A test"])
    assert corrected.exit_code == 0, f"kind {kind.type}: kb correct fails: {corrected.output}"
    retracted = runner.invoke(cli, ["retract", corrected.output.strip(), "--reason", "A test"])
    assert retracted.exit_code == 0, f"kind {kind.type}: kb retract fails: {retracted.output}"

    db = build(kb, now=lambda: "2025-05-01T00:00:00Z").db
    with sqlite3.connect(db) as conn:
        kinds_of = dict(conn.execute("SELECT id, kind FROM claims"))
        assert kinds_of[claim] == kind.type
        assert kinds_of[corrected.output.strip()] == kind.type, f"kind {kind.type}: its correction is not a claim"
        for table, spec in kind.tables.items():
            column = next(c for c, other, _ in spec.foreign_keys if other == "claims")
            rows = conn.execute(f"SELECT count(*) FROM [{table}] WHERE [{column}] = ?", [claim]).fetchone()[0]
            assert rows or table != kind.table, f"kind {kind.type}: no row in its table {table}"
        assert not list(conn.execute("SELECT * FROM _problems")), f"kind {kind.type}: problems in the build"
        named = {holder[name] for path, holder, name in models.entity_slots(json.loads(event_file.read_text()))}
        for key in named - {"us-japan-tariff-talks-2025"}:
            found = {row[-1] for row in conn.execute(ENTITY_CLAIMS, {"entity": key})}
            assert claim in found, f"kind {kind.type}: entity_claims does not find it for {key}"

    (kb.root / "metadata.json").write_text((REPO / "metadata.json").read_text(encoding="utf-8"), encoding="utf-8")
    page = asyncio.run(datasette_for(db).client.get(f"/-/event/{claim}"))
    assert page.status_code == 200, f"kind {kind.type}: its event page fails"
    assert re.search(r'<h1 class="kb-headline">[^<]+</h1>', page.text), f"kind {kind.type}: no heading on its page"


def test_a_kind_s_part_of_the_event_page_is_rendered(example_kb, runner):
    kb, source = example_kb
    agreement = runner.invoke(cli, example_args(kinds()["agreement"], source)).output.strip()
    meeting = runner.invoke(cli, example_args(kinds()["meeting"], source)).output.strip()
    db = build(kb, now=lambda: "2025-05-01T00:00:00Z").db
    (kb.root / "metadata.json").write_text((REPO / "metadata.json").read_text(encoding="utf-8"), encoding="utf-8")
    ds = datasette_for(db)
    terms = asyncio.run(ds.client.get(f"/-/event/{agreement}")).text
    assert "<h2>Terms</h2>" in terms and "<code>tariff</code>" in terms
    participants = asyncio.run(ds.client.get(f"/-/event/{meeting}")).text
    # The kind's part names entities through the page's entity() macro: by name, linked.
    assert re.search(
        r"Participants:\s*<a href=\"[^\"]+\">Ryosei Akazawa</a> \(<a href=\"[^\"]+\">Japan</a>\)", participants
    )


@pytest.mark.parametrize(
    ("type_", "change"), [("agreement", ["--status", "signed"]), ("measure", ["--status", "removed"])]
)
def test_an_agreement_or_a_measure_is_corrected_with_its_own_options(type_, change, example_kb, runner):
    kb, source = example_kb
    claim = runner.invoke(cli, example_args(kinds()[type_], source)).output.strip()
    result = runner.invoke(cli, ["correct", claim, *change, "--reason", "Signed since"])
    assert result.exit_code == 0, result.output
    event = json.loads(next(kb.events_dir.glob(f"*/{result.output.strip()}.json")).read_text(encoding="utf-8"))
    assert event["replacement"]["type"] == type_ and event["replacement"]["status"] == change[1]


def test_the_event_schema_takes_every_type():
    schema = json.loads((REPO / "schema" / "event.schema.json").read_text(encoding="utf-8"))
    current, *earlier = schema["anyOf"]  # the current versions, then earlier ones that read otherwise
    assert set(current["discriminator"]["mapping"]) == set(kinds())
    assert {ref["$ref"] for ref in earlier} == {
        f"#/$defs/{model.__name__}" for kind in kinds().values() for model in kind.earlier_models
    }
    correction = json.loads((REPO / "schema" / "correction.schema.json").read_text(encoding="utf-8"))
    for version in correction["anyOf"]:
        defined = correction["$defs"][version["$ref"].rpartition("/")[2]]
        assert set(defined["properties"]["replacement"]["discriminator"]["mapping"]) == {k.type for k in CLAIM_KINDS}


def test_the_builder_version_follows_the_tables(monkeypatch):
    """A new index, facet or column changes the builder's version, so the next build is a full
    one (which makes the index): no version to bump by hand."""
    import dataclasses

    from kb.builder import finish as kb_build

    before = kb_build.builder_version()
    assert before == kb_build.builder_version()
    statements = TABLES["statements"]
    wider = dataclasses.replace(statements, indexes=(*statements.indexes, "venue"))
    monkeypatch.setitem(kb_build.TABLES, "statements", wider)
    assert kb_build.builder_version() != before


def test_a_type_that_names_no_kind_imports_no_module():
    """kind_named imports kb/kinds/<type>.py only for a type that is one of its files' names."""
    from test_hostile_input import TYPES_THAT_ARE_PATHS

    before = set(sys.modules)
    for type_ in [*TYPES_THAT_ARE_PATHS, "statement\x00", "retraction ", "kinds", "kind"]:
        assert kind_named(type_) is None, type_
    assert set(sys.modules) - before == set()

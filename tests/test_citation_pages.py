"""What reference managers read on an event page, read from the page the real Datasette serves:
Highwire citation_* meta tags and schema.org JSON-LD, made from the same CSL item as `kb cite`'s."""

from __future__ import annotations

import asyncio
import contextlib
import html
import json
import sqlite3
from html.parser import HTMLParser
from pathlib import Path

from conftest import REPO
from test_datasette import datasette_for

from kb.builder.build import build
from kb.cite.citations import Citations
from kb.events.append import Appender

ISHIBA_DIRECT = "ev-ahj4z7q5zqzqo7j6"
AKAZAWA_PARAPHRASE = "ev-sjbq32f4eqzaw2hx"
SOURCE = "ev-dkxvbcpsg7cwzprk"
HOSTILE = '</script><script>alert("x")</script> & <b>'


class Head(HTMLParser):
    """The meta tags, JSON-LD scripts and CSL-JSON block of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.meta: list[tuple[str, str]] = []
        self.json_ld: list[str] = []
        self.csl = ""
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "meta" and (found.get("name") or "").startswith("citation_"):
            self.meta.append((found["name"] or "", found.get("content") or ""))
        if tag == "script" and found.get("type") == "application/ld+json":
            self._in = "ld"
            self.json_ld.append("")
        if tag == "pre" and found.get("id") == "kb-cite-csl":
            self._in = "csl"

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "pre"):
            self._in = None

    def handle_data(self, data: str) -> None:
        if self._in == "ld":
            self.json_ld[-1] += data
        elif self._in == "csl":
            self.csl += data


def page_of(db: Path, event_id: str) -> tuple[str, Head]:
    response = asyncio.run(datasette_for(db).client.get(f"/-/event/{event_id}"))
    assert response.status_code == 200
    head = Head()
    head.feed(response.text)
    return response.text, head


def test_a_direct_quote_carries_highwire_tags_and_a_quotation(seed_db):
    _, head = page_of(seed_db, ISHIBA_DIRECT)
    tags = dict(head.meta)
    assert tags["citation_title"].startswith("Direct quote, told reporters: “I instructed (Akazawa) to accelerate")
    assert ("citation_author", "Ishiba, Shigeru") in head.meta
    assert tags["citation_date"] == "2025/04/18"
    assert tags["citation_technical_report_institution"] == "Kyodo News"
    [ld] = [json.loads(text) for text in head.json_ld]
    assert ld["@type"] == "Quotation" and ld["identifier"] == ISHIBA_DIRECT
    assert ld["author"] == [{"@type": "Person", "name": "Shigeru Ishiba"}]
    assert ld["isBasedOn"]["@type"] == "NewsArticle"
    assert ld["isBasedOn"]["headline"] == 'Ishiba wants "specific progress" in tariff talks with U.S.'
    assert ld["isBasedOn"]["publisher"] == {"@type": "Organization", "name": "Kyodo News"}


def test_a_paraphrase_is_a_claim_and_a_source_a_news_article(seed_db):
    _, head = page_of(seed_db, AKAZAWA_PARAPHRASE)
    [ld] = [json.loads(text) for text in head.json_ld]
    assert ld["@type"] == "Claim"
    assert ld["text"].startswith("Paraphrase: Trump’s decision") or ld["text"].startswith("Paraphrase: Trump's")
    _, head = page_of(seed_db, SOURCE)
    [ld] = [json.loads(text) for text in head.json_ld]
    assert ld["@type"] == "NewsArticle" and ld["datePublished"] == "2025-04-18"


def test_the_event_page_shows_the_csl_item_kb_cite_prints(seed_db):
    _, head = page_of(seed_db, ISHIBA_DIRECT)
    title = json.loads((REPO / "metadata.json").read_text(encoding="utf-8"))["title"]
    with contextlib.closing(sqlite3.connect(f"file:{seed_db}?mode=ro", uri=True)) as conn:
        expected = Citations(conn, archive=title, base_url="http://localhost").csl(ISHIBA_DIRECT)
    assert json.loads(html.unescape(head.csl)) == expected
    assert expected["archive"] == title
    assert expected["URL"] == f"http://localhost/-/event/{ISHIBA_DIRECT}"  # the page's own permalink


def test_no_text_of_an_event_can_leave_the_json_ld(kb, clock):
    appender = Appender(kb, clock)
    [source] = appender.append(
        [{"type": "source", "kind": "article", "publisher": HOSTILE, "title": HOSTILE, "published_at": "2025-04-18"}]
    )
    appender.append([{"type": "entity", "key": "talks", "kind": "negotiation", "name": "Talks"}])
    [claim] = appender.append(
        [
            {
                "type": "statement",
                "negotiation": "talks",
                "occurred_at": "2025-04-18",
                "speaker_description": HOSTILE,
                "attribution": "paraphrase",
                "text": HOSTILE,
                "citations": [{"source": source.stem, "excerpt": HOSTILE}],
            }
        ]
    )
    (kb.root / "metadata.json").write_text((REPO / "metadata.json").read_text(encoding="utf-8"), encoding="utf-8")
    db = build(kb, now=clock).db
    text, head = page_of(db, claim.stem)
    assert "<script>alert" not in text
    [ld] = [json.loads(data) for data in head.json_ld]
    assert HOSTILE in ld["text"] and ld["isBasedOn"]["headline"] == HOSTILE
    assert dict(head.meta)["citation_title"].endswith(HOSTILE)

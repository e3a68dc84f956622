"""What Zotero keeps of kb's citations, read by Zotero's own code: its translation architecture
(zotero/translate, with zotero/utilities and the Zotero schema) and its translators (CSL JSON for
"Import from File…" and `kb bib`, Embedded Metadata for what the Zotero Connector saves from an
event page), copied under tests/zotero/ (AGPL, see its README.md) and run in Debian's Chromium on a
real `kb serve` of the bundled knowledge base. Nothing is lost: a reporter is not made an author,
meetings keep their date, web pages their archive fields, an organisation stays one name, a
newspaper's source is a newspaper article with its headline and address."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import copy_seed
from test_browser import ISHIBA, KYODO, browser, server  # noqa: F401 (fixtures)

pytestmark = pytest.mark.browser

ZOTERO = Path(__file__).resolve().parent / "zotero"
# zotero/translate's example/index.html, in its order, then kb's harness.
SCRIPTS = [
    "translate/zotero.js",
    "translate/promise.js",
    "utilities/openurl.js",
    "utilities/date.js",
    "utilities/xregexp-all.js",
    "utilities/xregexp-unicode-zotero.js",
    "utilities/utilities.js",
    "utilities/utilities_item.js",
    "utilities/schema.js",
    "utilities/resource/zoteroTypeSchemaData.js",
    "utilities/cachedTypes.js",
    "translate/utilities_translate.js",
    "translate/debug.js",
    "translate/http.js",
    "translate/translator.js",
    "translate/translators.js",
    "translate/repo.js",
    "translate/translation/translate.js",
    "translate/translation/sandboxManager.js",
    "translate/translation/translate_item.js",
    "translate/tlds.js",
    "translate/proxy.js",
    "translate/rdf/init.js",
    "translate/rdf/uri.js",
    "translate/rdf/term.js",
    "translate/rdf/identity.js",
    "translate/rdf/n3parser.js",
    "translate/rdf/rdfparser.js",
    "translate/rdf/serialize.js",
    "harness.js",
]
SITE = "https://negotiations.example.org"
TRANSLATORS = ["CSL JSON.js", "Embedded Metadata.js", "RDF.js"]


@pytest.fixture(scope="module")
def zotero(browser, server):  # noqa: F811
    """A page of the site with Zotero's translation architecture loaded (the site's policy, which
    allows only its own scripts, set aside for it as the Connector's injection is), and the
    translators' IDs by label."""
    context = browser.new_context(bypass_csp=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))

    def open_page(path: str) -> dict[str, str]:
        page.goto(server["base"] + path)
        for script in SCRIPTS:
            page.add_script_tag(path=str(ZOTERO / script))
        ids = page.evaluate(
            "([schema, formats, files]) => kbZotero.init(schema, formats, files)",
            [
                (ZOTERO / "schema.json").read_text(encoding="utf-8"),
                (ZOTERO / "utilities/resource/dateFormats.json").read_text(encoding="utf-8"),
                [(ZOTERO / "translators" / name).read_text(encoding="utf-8") for name in TRANSLATORS],
            ],
        )
        assert errors == [], errors
        return ids

    page.open_page = open_page
    yield page
    context.close()


@pytest.fixture(scope="module")
def bibliography(tmp_path_factory) -> list[dict]:
    """`kb bib` of the bundled knowledge base, as a reader exports it for Zotero."""
    root = tmp_path_factory.mktemp("bib") / "kb"
    copy_seed(root)
    out = subprocess.run(
        [sys.executable, "-m", "kb", "bib", "--base-url", SITE],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, "KB_DIR": str(root)},
    ).stdout
    return json.loads(out)


def extra_lines(item: dict) -> dict[str, list[str]]:
    """Zotero's Extra as the CSL variables it reads there (``name: value`` lines)."""
    lines: dict[str, list[str]] = {}
    for line in item.get("extra", "").splitlines():
        name, _, value = line.partition(": ")
        lines.setdefault(name, []).append(value)
    return lines


def plain(text: str) -> str:
    return re.sub(r'^<span class="nocase">(.*)</span>$', r"\1", text)


def test_zotero_imports_kb_bib_without_loss(zotero, bibliography):
    """Zotero's CSL JSON import of `kb bib`: every variable kb writes is a field of the item or
    a line of its Extra; the authors are the claim's and no one else; an organisation is one name."""
    ids = zotero.open_page("/")
    imported = zotero.evaluate(
        "([id, text]) => kbZotero.importText(id, text)", [ids["CSL JSON"], json.dumps(bibliography)]
    )
    assert len(imported) == len(bibliography)
    kinds = {csl["type"]: zotero_item["itemType"] for csl, zotero_item in zip(bibliography, imported, strict=True)}
    assert kinds == {"report": "report", "article-newspaper": "newspaperArticle", "webpage": "webpage"}
    meetings = 0
    for csl, item in zip(bibliography, imported, strict=True):
        extra = extra_lines(item)
        kept = json.dumps(item, ensure_ascii=False)
        for name, value in csl.items():
            if name in ("id", "type", "citation-key", "author", "issued", "accessed", "note"):
                continue
            if isinstance(value, dict):  # a date: the meeting's
                day = "-".join(f"{part:02d}" if n else str(part) for n, part in enumerate(value["date-parts"][0]))
                assert extra.get(name) == [day], (csl["id"], name, item)
                meetings += 1
            else:
                assert json.dumps(value, ensure_ascii=False)[1:-1] in kept or plain(value) in extra.get(name, []), (
                    csl["id"],
                    name,
                    item,
                )
        assert item["itemID"] == csl["id"] and f"kb event {csl['id']}" in item["extra"]
        assert item.get("date"), csl["id"]
        creators = [(c["lastName"], c.get("firstName"), c.get("fieldMode"), c["creatorType"]) for c in item["creators"]]
        expected = [
            (name["literal"], None, 1, "author")
            if "literal" in name
            # Zotero has no field for a particle: its import keeps "Leyen" of "von der Leyen"
            else (name["family"], name["given"], None, "author")
            for name in csl.get("author", [])
        ]
        assert creators == expected, csl["id"]
    assert meetings >= 9  # every meeting's date


def save(zotero, path: str) -> dict:
    ids = zotero.open_page(path)
    [item] = zotero.evaluate("(id) => kbZotero.savePage(id)", ids["Embedded Metadata"])
    return item


def test_the_connector_saves_a_claim_with_its_source_headline_and_address(zotero, server):  # noqa: F811
    """What the Zotero Connector saves from a claim's page (Embedded Metadata): a Report by the
    speaker, its words as the title, the event page its address and the event its archive
    location; the source's headline and address in Extra."""
    item = save(zotero, f"/-/event/{ISHIBA}")
    assert item["itemType"] == "report"
    assert [(c["lastName"], c["firstName"]) for c in item["creators"]] == [("Ishiba", "Shigeru")]
    assert item["title"].startswith("Partial quote, told reporters: Ishiba wants")
    assert item["url"] == f"{server['base']}/-/event/{ISHIBA}" and item["date"] == "2025/04/18"
    assert item["institution"] == "Kyodo News" and item["archiveLocation"] == f"event {ISHIBA}"
    assert extra_lines(item)["container-title"] == ['Ishiba wants "specific progress" in tariff talks with U.S.']
    figure = save(zotero, "/-/event/ev-3hwu6xa2qamcgesp")  # from an article with an address
    assert (
        "source URL: https://newbusinessage.com/article/japan-records-366-billion-trade-deficit-in-fy2024"
        in (figure["extra"])
    )


def test_the_connector_saves_an_organisation_as_one_name_and_an_article_as_a_newspaper_article(zotero):
    figure = save(zotero, "/-/event/ev-3hwu6xa2qamcgesp")  # a figure the Ministry of Finance gave
    assert figure["creators"] == [] and extra_lines(figure)["author"] == ["Ministry of Finance (Japan)"]
    article = save(zotero, f"/-/event/{KYODO}")
    assert article["itemType"] == "newspaperArticle" and article["publicationTitle"] == "Kyodo News"
    assert article["title"] == 'Ishiba wants "specific progress" in tariff talks with U.S.'
    assert article["archiveLocation"] == f"event {KYODO}" and article["date"] == "2025/04/18"
    assert [(c["lastName"], c["firstName"]) for c in article["creators"]] == []
    page = save(zotero, "/-/event/ev-kxanwqa4lohbbg5x")  # the Federal Register's page
    assert (
        page["itemType"] == "webpage"
        and page["url"] == "https://www.govinfo.gov/content/pkg/FR-2025-09-09/html/2025-17389.htm"
    )
    assert extra_lines(page)["author"] == [
        "Federal Register (Office of the Federal Register / U.S. Government Publishing Office)"
    ]

"""kb review on one of the eleven pages of seed/us-japan-2025.sh: page C4 (the Yomiuri's report of
Akazawa's hopes for a deal at the June summit: meetings, positions, statements), reviewed in a real
Chromium (Playwright) on the review page's real server from the bundled knowledge base's own source
and text, until it records exactly the events the seed's review (seed/us-japan-2025/c4.jsonl)
records — with fewer actions than editing the draft file takes.

The actions are derived from the draft the drafter of the moment gives and from the review file,
matched as benchmarks/review_edits.py matches them: a candidate the review keeps has each field
that differs typed (one action a field); one it leaves out is rejected (one click); an event the
review adds is added from its passage (its words, then the button of its kind) and then has each
field that differs typed; then one click records them all. The file's edits are counted the same
way: a field changed, added or removed is one edit, a line deleted is one, an event written by hand
is one a field (review_edits.py counts it as one event added), and opening the file, saving it and
running kb import are three more."""

from __future__ import annotations

import json
import re
import threading

import pytest
from conftest import REPO, Clock, copy_seed
from test_browser import CHROMIUM
from test_review_page import ARGS, Counted, written

from benchmarks.review_edits import changed_fields, fields, read_jsonl, same_thing
from kb.events.append import Appender, without_notes
from kb.events.store import KnowledgeBase
from kb.serve.review import Review
from kb.serve.review_server import serve

pytestmark = pytest.mark.browser

PAGE = "c4"
REVIEW = REPO / "seed" / "us-japan-2025" / f"{PAGE}.jsonl"
NEGOTIATION = "us-japan-tariff-talks-2025"


def page_source(kb: KnowledgeBase) -> str:
    """The ID of the page's source: the source whose address the seed script gives the page."""
    script = (REPO / "seed" / "us-japan-2025.sh").read_text(encoding="utf-8")
    url = re.search(rf"^page {PAGE} .*?--url (\S+)", script, re.M | re.S).group(1).strip('"')  # type: ignore[union-attr]
    [source] = [e["id"] for e in events(kb) if e["type"] == "source" and e.get("url") == url]
    return source


def events(kb: KnowledgeBase) -> list[dict]:
    return [json.loads(path.read_text(encoding="utf-8")) for path in sorted(kb.events_dir.rglob("*.json"))]


def before_the_review(kb: KnowledgeBase, source: str) -> None:
    """The knowledge base as it was before the page's review was imported: without the events
    that cite the page (every line of its review is a claim of it)."""
    removed = 0
    for path in sorted(kb.events_dir.rglob("*.json")):
        event = json.loads(path.read_text(encoding="utf-8"))
        if any(citation.get("source") == source for citation in event.get("citations", [])):
            path.unlink()
            removed += 1
    assert removed == len(read_jsonl(REVIEW))


def reviewed(source: str) -> list[dict]:
    """The review's lines, its page's source named (they name no claim of another page)."""
    lines = [json.loads(json.dumps(line).replace('"SOURCE"', json.dumps(source))) for line in read_jsonl(REVIEW)]
    assert not any("@claim:" in json.dumps(line) for line in lines)
    return lines


def plan(drafts: list[dict], lines: list[dict]) -> tuple[list[tuple[int, dict]], list[int], list[dict]]:
    """As benchmarks/review_edits.py matches a draft with its review: the candidates kept (number,
    the line they become), those left out, and the lines no candidate matches."""
    free = list(range(len(drafts)))
    kept, added = [], []
    for line in lines:
        matches = [n for n in free if same_thing(fields(drafts[n]), line)]
        if not matches:
            added.append(line)
            continue
        best = min(matches, key=lambda n: changed_fields(drafts[n], line))
        free.remove(best)
        kept.append((best + 1, line))
    return kept, [n + 1 for n in free], added


def file_edits(drafts: list[dict], lines: list[dict]) -> int:
    kept, left_out, added = plan(drafts, lines)
    typed = sum(changed_fields(drafts[number - 1], line) for number, line in kept)
    return 3 + typed + len(left_out) + sum(len(fields(line)) for line in added)


@pytest.fixture
def review(tmp_path):
    kb = copy_seed(tmp_path / "seeded")
    source = page_source(kb)
    before_the_review(kb, source)
    review = Review.of(kb, source, NEGOTIATION, Appender(kb, Clock()))
    server = serve(review)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield review, server, source
    server.shutdown()
    server.server_close()


@pytest.fixture
def page():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.errors = []
        page.on("pageerror", lambda error: page.errors.append(str(error)))
        page.on("console", lambda message: message.type == "error" and page.errors.append(message.text))
        yield page
        browser.close()


class Person(Counted):
    def type_fields(self, number: int, payload: dict, line: dict) -> None:
        """Type each field of the line that the candidate's payload does not have as it is."""
        for key in sorted({*fields(payload), *fields(line)} - {"type"}):
            if payload.get(key) == line.get(key):
                continue
            text = self.page.locator(f"[name='c{number}:text:{key}']")
            if text.count():
                value = line.get(key, "")
                assert isinstance(value, str), (key, value)
                self.fill(f"[name='c{number}:text:{key}']", value)
            else:
                value = json.dumps(line[key], ensure_ascii=False) if key in line else ""
                self.fill(f"[name='c{number}:json:{key}']", value)


def test_reviewing_a_seed_page_takes_fewer_actions_than_its_draft_file(review, page, tmp_path):
    review, server, source = review
    drafts = [json.loads(json.dumps(c.payload)) for c in review.candidates]
    lines = reviewed(source)
    kept, left_out, added = plan(drafts, lines)
    page.goto(server.origin + "/")
    person = Person(page)
    for line in added:  # each event the review adds, from its passage
        person.fill("#excerpt", line["citations"][0]["excerpt"])
        person.click(f"form.add-claim button[value='{line['type']}']")
        kept.append((len(review.candidates), line))
    assert page.locator(".error").count() == 0, page.locator(".error").all_inner_texts()
    for number, line in kept:
        person.type_fields(number, review.candidate(number).payload, line)
    for number in left_out:
        person.click(f"button[value='reject:{number}']")
    person.click("button[value='all']")
    errors = page.locator(".error").all_inner_texts()
    assert page.locator(".message").inner_text() == f"Recorded {len(lines)} candidates", errors
    assert page.errors == []

    # Exactly what kb import records from the review file, in a knowledge base made the same way.
    other = copy_seed(tmp_path / "by-file")
    before_the_review(other, source)
    Appender(other, Clock()).append([without_notes(line) for line in lines])
    assert written(review.kb) == written(other)

    edits = file_edits(drafts, lines)
    print(f"{PAGE}: {len(drafts)} candidates; {person.actions} actions on the page, {edits} edits of the file")
    assert person.actions < edits

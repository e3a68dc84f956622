"""kb review's server and its actions, through real HTTP on 127.0.0.1: what it refuses (another
site's forms, another host's name, a wrong token, a huge or duplicated form) with nothing
written, and accepting through `kb import`'s gate, with its messages."""

from __future__ import annotations

import http.client
import json
import re
import subprocess
import sys
import threading
import urllib.parse

import pytest
from conftest import tree_bytes
from test_review_page import kyodo

from kb.cli import cli
from kb.events.append import Appender
from kb.serve.review import Review
from kb.serve.review_server import serve


@pytest.fixture
def server(kb, clock):
    review = Review.of(kb, kyodo(kb, clock), None, Appender(kb, clock))
    server = serve(review)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server
    server.shutdown()
    server.server_close()


def request(server, method: str, path: str, body: bytes = b"", headers: dict | None = None):
    connection = http.client.HTTPConnection("127.0.0.1", server.server_address[1], timeout=30)
    sent = {"Host": server.origin.removeprefix("http://"), **(headers or {})}
    if method == "POST":
        sent.setdefault("Origin", server.origin)
        sent.setdefault("Content-Type", "application/x-www-form-urlencoded")
    if len(body) > 1_000_000:  # declared, not sent: the server refuses it unread, and closes while we would write
        connection.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
        for name, value in {**sent, "Content-Length": str(len(body))}.items():
            connection.putheader(name, value)
        connection.endheaders()
    else:
        connection.request(method, path, body=body, headers=sent)
    response = connection.getresponse()
    return response.status, dict(response.getheaders()), response.read().decode()


def form(server, **fields: str) -> bytes:
    return urllib.parse.urlencode({"token": server.token, **fields}).encode()


def test_the_page_marks_the_text_and_sends_its_policy(server):
    status, headers, page = request(server, "GET", "/")
    assert status == 200
    assert headers["Content-Security-Policy"].startswith("default-src 'none'; script-src 'self';")
    assert headers["X-Frame-Options"] == "DENY" and headers["Cache-Control"] == "no-store"
    assert "<script>" not in page  # no inline script: the policy allows none
    assert re.search(r'<mark class="state-pending" data-candidates="[0-9 ]+"', page)
    assert server.token in page


@pytest.mark.parametrize(
    "headers, status, says",
    [
        ({"Origin": "https://evil.example"}, 403, "a form of another site"),
        ({"Origin": "null"}, 403, "a form of another site"),
        ({"Host": "evil.example:80"}, 421, "answers only at"),
        ({"Content-Type": "text/plain"}, 415, "application/x-www-form-urlencoded"),
    ],
)
def test_forms_of_other_sites_are_refused_with_nothing_written(kb, server, headers, status, says):
    before = tree_bytes(kb.root)
    got, _, text = request(server, "POST", "/act", form(server, action="all"), headers)
    assert (got, says in text) == (status, True)
    assert tree_bytes(kb.root) == before


@pytest.mark.parametrize(
    "body, status, says",
    [
        (lambda s: urllib.parse.urlencode({"token": "x" * 43, "action": "all"}).encode(), 403, "token is not"),
        (lambda s: urllib.parse.urlencode({"action": "all"}).encode(), 403, "token is not"),
        (lambda s: form(s, action="all") + b"&action=save", 400, "given twice"),
        (lambda s: form(s, action="all") + b"&x=%ff", 400, "not a form"),
        (lambda s: b"a=" + b"b" * 1_000_001, 413, "more than 1,000,000 bytes"),
    ],
)
def test_bad_forms_are_refused_with_nothing_written(kb, server, body, status, says):
    before = tree_bytes(kb.root)
    got, _, text = request(server, "POST", "/act", body(server))
    assert (got, says in text) == (status, True), text
    assert tree_bytes(kb.root) == before


def test_a_refused_candidate_says_what_kb_import_says(kb, server, runner, tmp_path):
    review = server.review
    claim = next(c for c in review.candidates if c.payload["type"] == "statement")
    excerpt = json.dumps([{"source": review.source["id"], "excerpt": "words the article never printed"}])
    fields = {"action": f"accept:{claim.number}", f"c{claim.number}:json:citations": excerpt}
    status, headers, _ = request(server, "POST", "/act", form(server, **fields))
    assert (status, headers["Location"]) == (303, "/")
    assert claim.state == "pending" and claim.error and claim.error.startswith(f"candidate {claim.number}: ")
    line = tmp_path / "one.jsonl"
    line.write_text(json.dumps(claim.payload) + "\n")
    imported = runner.invoke(cli, ["import", str(line)])
    assert imported.exit_code == 1
    assert imported.output.strip() == "Error: line 1: " + claim.error.removeprefix(f"candidate {claim.number}: ")
    _, _, page = request(server, "GET", "/")
    assert "words the article never printed" in page and 'class="error"' in page


def test_a_claim_from_a_passage_then_accepted_is_recorded(kb, server):
    passage = "Japan has been urging the United States, its close ally, to rethink its tariff measures"
    status, _, _ = request(server, "POST", "/add", form(server, type="statement", excerpt=passage))
    assert status == 303
    added = server.review.candidates[-1]
    assert added.payload["citations"] == [{"source": server.review.source["id"], "excerpt": passage}]
    fields = {f"c{added.number}:text:speaker_description": "Japan", f"c{added.number}:text:occurred_at": "2025-04-17"}
    request(server, "POST", "/act", form(server, action=f"accept:{added.number}", **fields))
    assert added.state == "accepted", added.error
    event = json.loads(next(kb.events_dir.rglob(f"{added.event}.json")).read_text())
    assert (event["speaker_description"], event["text"], event["attribution"]) == ("Japan", passage, "paraphrase")
    assert "_draft" not in event


def test_markup_in_a_field_is_shown_as_text(server):
    claim = next(c for c in server.review.candidates if c.payload["type"] == "statement")
    markup = '<script>alert(1)</script>"><img src=x onerror=alert(2)>'
    request(server, "POST", "/act", form(server, action="save", **{f"c{claim.number}:text:venue": markup}))
    _, _, page = request(server, "GET", "/")
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


@pytest.mark.parametrize("name", ["c1:text:type", "c1:text:../x", "c1:json:Bad-Name", "c99999:text:note"])
def test_a_field_no_form_may_set_is_refused(kb, server, name):
    before = tree_bytes(kb.root)
    request(server, "POST", "/act", form(server, action="all", **{name: "x"}))
    assert server.review.message == "" and all(c.state == "pending" for c in server.review.candidates)
    assert tree_bytes(kb.root) == before


def test_kb_review_serves_the_page_on_localhost(kb, small):
    process = subprocess.Popen(
        [sys.executable, "-m", "kb", "--kb", str(kb.root), "review", small.source, "--no-browser"],
        stderr=subprocess.PIPE, text=True, cwd=kb.root,
    )  # fmt: skip
    try:
        assert process.stderr is not None
        line = process.stderr.readline()
        address = re.search(r"at (http://127\.0\.0\.1:[0-9]+)/ \(Ctrl-C to stop\)", line)
        assert address, line
        connection = http.client.HTTPConnection(address.group(1).removeprefix("http://"), timeout=30)
        connection.request("GET", "/")
        response = connection.getresponse()
        assert response.status == 200 and small.source.encode() in response.read()
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_kb_review_refuses_what_is_not_a_source(kb, small, runner):
    result = runner.invoke(cli, ["review", small.statement, "--no-browser"])
    assert result.exit_code == 1
    assert f"{small.statement} is a statement, not a source" in result.output

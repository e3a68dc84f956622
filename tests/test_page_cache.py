"""Pages made once per build: the second reader of a page gets the bytes the first one's
request made; a new build (served live by kb serve) makes it again; what must not be kept is
not. Through the real server, and the cache's parts alone."""

from __future__ import annotations

import urllib.error
import urllib.request

import pytest
from test_serve_live import kb_command, served

from kb.publish.cache import Pages, timed_out


def fetch(base: str, path: str, headers: dict[str, str] | None = None) -> tuple[str | None, bytes]:
    request = urllib.request.Request(base + path, headers=headers or {})
    with urllib.request.urlopen(request, timeout=60) as response:
        return response.headers.get("X-KB-Cache"), response.read()


def test_a_page_is_made_once_per_build(kb, small):
    path = "/kb/entities.json?_shape=array&_col=key&_size=max"
    with served(kb, 1) as server:
        first, body = fetch(server.base, path)
        again, same = fetch(server.base, path)
        assert (first, again, same) == ("miss", "hit", body)
        assert fetch(server.base, path + "&_sort=key")[0] == "miss"  # another query string, another page
        page, html = fetch(server.base, "/kb/claims")
        assert page == "miss" and fetch(server.base, "/kb/claims") == ("hit", html)
        assert b"Content-Security-Policy" not in html  # headers stay headers
        with urllib.request.urlopen(server.base + "/kb/claims", timeout=60) as response:
            assert response.headers["Content-Security-Policy"].startswith("default-src 'self'")

        seen = len(server.lines)
        added = kb_command(kb, "add", "entity", "--key", "china", "--kind", "country", "--name", "China")
        assert added.returncode == 0, added.stderr
        server.wait_for("serving it now", after=seen)
        after, changed = fetch(server.base, path)
        assert after == "miss" and b'"china"' in changed and b'"china"' not in body
        assert fetch(server.base, path) == ("hit", changed)


def test_what_is_not_kept(kb, small):
    with served(kb, 1) as server:
        for _ in range(2):  # a 404 is made again each time
            with pytest.raises(urllib.error.HTTPError) as error:
                fetch(server.base, "/kb/no_such_table")
            assert error.value.code == 404 and error.value.headers.get("X-KB-Cache") == "miss"
        signed_in = {"Cookie": "ds_actor=someone"}
        assert fetch(server.base, "/kb/claims", signed_in)[0] is None
        assert fetch(server.base, "/kb/claims", signed_in)[0] is None


def test_facets_that_timed_out_are_made_again():
    assert timed_out(b'<p class="facets-timed-out">These facets timed out: actor</p>')
    assert timed_out(b'{"facets_timed_out": ["actor"], "rows": []}')
    assert not timed_out(b'{"facets_timed_out": [], "rows": []}')
    assert not timed_out(b"<p>facets timed out is a phrase, not a mark</p>")


def test_the_oldest_pages_go_first_past_the_budget():
    pages = Pages(budget=10)
    start = {"type": "http.response.start", "status": 200, "headers": []}
    pages.put(("a",), start, b"12345")
    pages.put(("b",), start, b"12345")
    assert pages.get(("a",)) is not None  # a is now the most recently used
    pages.put(("c",), start, b"123")
    assert pages.get(("b",)) is None and pages.get(("a",)) and pages.get(("c",))
    assert pages.size == 8


def test_readers_of_a_page_being_made_wait_for_it(kb, small):
    from concurrent.futures import ThreadPoolExecutor

    path = "/kb/claims?_facet=negotiation&_search=deal"
    with served(kb, 1) as server, ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(lambda _: fetch(server.base, path), range(8)))
    assert sorted(kind for kind, _ in answers) == ["hit"] * 7 + ["miss"]
    assert len({body for _, body in answers}) == 1

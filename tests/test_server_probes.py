"""Probes of the published site, on a real `kb serve` of a copy of the bundled knowledge base:
queries that ask for more memory than a server has are refused at once and its memory stays
bounded (kb.publish.limits); hostile page numbers are not errors; every response carries the security
headers (kb.publish.headers) and no path of the server's files; a metadata.json that kb did not
generate is never published."""

from __future__ import annotations

import asyncio
import json
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from conftest import copy_seed
from datasette.app import Datasette

from kb.builder.metadata import metadata, render
from kb.cli import cli
from kb.publish import headers
from kb.serve.runner import Served

TALKS = "us-japan-tariff-talks-2025"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    root = tmp_path_factory.mktemp("probed") / "kb"
    copy_seed(root)
    with Served(root, timeout=60) as served:
        yield served, root


def fetch(base: str, path: str, params: dict | None = None) -> tuple[int, dict[str, str], str]:
    url = base + path + ("?" + urllib.parse.urlencode(params) if params else "")
    try:
        with urllib.request.urlopen(url, timeout=120) as response:
            return response.status, dict(response.headers), response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode("utf-8", "replace")


def peak_rss_mb(pid: int) -> float:
    """The server's peak resident memory so far (VmHWM)."""
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        line = next(line for line in status if line.startswith("VmHWM:"))
    return int(line.split()[1]) / 1024


HUGE = [
    "select zeroblob(1000000000)",
    "select zeroblob(50000000)",
    "select randomblob(50000000)",
    "select printf('%.*c', 100000000, 'x')",
    "select replace(hex(zeroblob(20000000)), '0', 'xx')",
    "with recursive r(i, s) as (select 1, 'x' union all select i + 1, s || s from r where i < 40) select s from r",
    # Values the length limit lets through, but too many of them for one result.
    "select zeroblob(4000000) as a, zeroblob(4000000) as b from claims",
]


@pytest.mark.parametrize("sql", HUGE)
def test_a_query_too_large_for_memory_is_refused_at_once(server, sql):
    served, _ = server
    status, _, body = fetch(served.base, "/kb.json", {"sql": sql})
    if status == 200:  # SQLite's printf gives NULL for a string too big, rather than failing
        assert json.loads(body)["rows"] == [[None]], body[:300]
    else:
        assert status == 400, body[:300]
        assert any(words in body for words in ("too big", "more than 32 MB", "too long", "out of memory")), body
    # The time is not asserted (a loaded machine is slow); the memory is.
    assert peak_rss_mb(served.process.pid) < 700


def test_ordinary_queries_still_answer(server):
    served, _ = server
    status, _, body = fetch(served.base, "/kb.json", {"sql": "select json from events", "_shape": "array"})
    assert status == 200 and len(json.loads(body)) > 10
    status, _, body = fetch(
        served.base, "/kb.json", {"sql": "select length(zeroblob(1000000)) as n", "_shape": "array"}
    )
    assert status == 200 and json.loads(body) == [{"n": 1000000}]


@pytest.mark.parametrize("page", ["²", "①", "٣", "9" * 5000, "-1", "0", "1e3", " 2", "999999"])
def test_a_hostile_page_number_is_not_an_error(server, page):
    served, _ = server
    status, _, body = fetch(served.base, f"/-/timeline/{TALKS}", {"page": page})
    assert status == 200, body[:300]


PAGES = [
    "/",
    "/kb",
    "/kb/claims",
    "/kb/claims.json",
    "/-/timelines",
    f"/-/timeline/{TALKS}",
    "/-/charts",
    "/-/event/ev-aaaaaaaaaaaaaaaa",
    "/no/such/page",
    "/-/static/app.css",
    "/kb.json?sql=select+1",
]


@pytest.mark.parametrize("path", PAGES)
def test_every_response_carries_the_security_headers(server, path):
    served, _ = server
    _, headers, _ = fetch(served.base, path)
    headers = {name.lower(): value for name, value in headers.items()}
    policy = headers["content-security-policy"]
    assert "script-src 'self' 'sha256-" in policy and "unsafe-inline" not in policy.split("style-src")[0]
    assert "data:" not in policy.split(";")[1] and "frame-ancestors 'none'" in policy and "object-src 'none'" in policy
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"


@pytest.mark.parametrize(
    "path",
    [
        "/-/databases.json",
        "/-/databases",
        "/-/metadata.json",
        "/-/settings.json",
        "/-/versions.json",
        "/-/plugins.json",
        "/kb.json",
    ],
)
def test_no_page_shows_where_the_server_keeps_its_files(server, path):
    served, root = server
    status, _, body = fetch(served.base, path)
    assert status == 200
    assert str(root) not in body and str(root.parent) not in body and json.dumps(str(root))[1:-1] not in body
    if path == "/-/databases.json":
        assert [db["path"] for db in json.loads(body)] == ["kb.db"]


@pytest.mark.parametrize(
    "change",
    [
        {"extra_js_urls": ["data:text/javascript,alert(1)"]},
        {"extra_js_urls": [{"url": "https://evil.example/x.js", "module": True}]},
        {"description_html": "<script>alert(1)</script>"},
        {"databases": {"kb": {"source_url": "javascript:alert(1)"}}},
        {"plugins": {"datasette-x": {"secret": 1}}},
    ],
)
def test_serve_refuses_a_metadata_json_kb_did_not_generate(kb, small, runner, monkeypatch, change):
    monkeypatch.setattr("kb.serve.live.supervise", lambda *args: pytest.fail("Datasette started"))
    kb.metadata_path.write_text(render({**metadata(), **change}))
    result = runner.invoke(cli, ["serve"])
    assert result.exit_code == 1, result.output
    assert "metadata.json is not what kb generates" in result.output


def test_a_page_script_runs_only_in_a_shape_of_a_template_with_values_as_data():
    """The templates' scripts that hold values (Datasette 0.65's ``DATASETTE_ALLOW_FACET``, 1.0's
    page data) are allowed with JSON or a bare word as each value, never with a statement; a value
    the template writes between quotation marks only as a bare word."""
    datasette = Datasette([], memory=True)
    scripts = asyncio.run(headers.template_scripts(datasette, ["kb();"], Path(headers.__file__).parent / "templates"))
    assert scripts.allows("DATASETTE_ALLOW_FACET = true;")
    assert scripts.allows("window.datasetteVersion = '1.0a41';") == hasattr(datasette, "get_jinja_environment")
    for hostile in (
        "DATASETTE_ALLOW_FACET = true; alert(1);",
        "DATASETTE_ALLOW_FACET = alert(1);",
        "alert(1)",
        "window.datasetteVersion = '1'; alert(2); '';",
        # A JSON string where the template quotes its value would close the quote: only a bare word.
        """window.datasetteVersion = '"';alert(4);//"';""",
    ):
        assert not scripts.allows(hostile), hostile
    page = "<p>x</p><script>DATASETTE_ALLOW_FACET = false;</script><script>alert(3)</script><script>kb();</script>"
    assert scripts.page_hashes(page) == {headers._sha("DATASETTE_ALLOW_FACET = false;")}
    assert headers._sha("kb();") in scripts.hashes
    quoted = headers.Scripts(set(), {("window.v = '", "'; window.w = ", ";")})
    assert quoted.allows("window.v = '1.0a41'; window.w = \"x';\";")
    assert not quoted.allows("""window.v = '"';alert(5);//"'; window.w = 1;""")

"""Facets and full-text search at scale, through Datasette's JSON API, on a real `kb serve`.

    python benchmarks/datasette_api.py --events 1000000      # benchmarks/out/kb-1000000, generated if missing
    python benchmarks/datasette_api.py --kb DIR              # any knowledge base
    python benchmarks/datasette_api.py --db DIR/kb.db        # an already built kb.db, without its events

(Not named datasette.py: run as a script, it would shadow the datasette package.)

Generates the synthetic knowledge base with benchmarks/generate.py if it is not there yet,
builds it (timed; up to date if it was built before), starts `kb serve` on a free localhost
port and, over HTTP, checks that every facet configured on claims is returned (none timed
out) and times the claims pages, the full-text search pages (with their facets, and in JSON
without them: _nofacet=1), the ranked search query and a few filtered pages (FILTERED, with and
without facets): one cold request, then the median and the slowest of --runs more. Prints a
Markdown table for docs/benchmarks.md, and for each page measured both ways the ratio of the
page with its facets to the page without (``_nofacet=1``), measured in the same run, which a
busy machine moves less than the times; exits 1 if a configured facet is missing or a search
page takes 500 ms or more (median).

With --db, the database is served as `kb serve` serves it (immutable, its inspect file, the
metadata.json this kb generates, kb.serve.runner.SETTINGS) but without a knowledge base: nothing is
generated or built. The file must be named kb.db; its inspect file (kb.inspect.json) is written
beside it, as `kb serve` writes it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

from kb.builder.build import build
from kb.builder.metadata import metadata, render
from kb.events.store import KnowledgeBase
from kb.serve.runner import SETTINGS, Served, inspect, setting_args

HERE = Path(__file__).resolve().parent
SEARCH_TARGET_MS = 500
# "specific progress" is the seed's phrase; the others are words of the generator's vocabulary,
# a rare pair and a common word, so the pages cover few, some and many matching claims.
SEARCHES = ["specific progress", "frank constructive", "progress"]
# Filtered pages, with their facets and without: a kind (many claims), most claims (counted as all
# claims less the others), a broad word and a kind.
FILTERED = ["kind=statement", "status=active", "_search=progress&kind=statement"]


def configured_facets() -> list[str]:
    facets = metadata()["databases"]["kb"]["tables"]["claims"]["facets"]
    return [facet if isinstance(facet, str) else next(iter(facet.values())) for facet in facets]


class ServedDatabase(Served):
    """Datasette on a built kb.db, as `kb serve` runs it, without the build."""

    def __init__(self, db: Path, *, timeout: float):
        super().__init__(db.parent, timeout=timeout)
        self.folder = tempfile.TemporaryDirectory(prefix="kb-benchmark-")  # removed when the object is
        metadata_file = Path(self.folder.name) / "metadata.json"
        metadata_file.write_text(render(metadata()), encoding="utf-8")
        port = self.base.rsplit(":", 1)[1]
        self.argv = [sys.executable, "-m", "datasette", "serve", "-i", str(db), "--inspect-file", str(inspect(db))]
        self.argv += ["--metadata", str(metadata_file), "--host", "127.0.0.1", "--port", port, *setting_args()]


def counts(db: Path) -> tuple[int, int]:
    """The events and claims of a built database."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        return conn.execute("select (select count(*) from events), (select count(*) from claims)").fetchone()


def fetch(url: str) -> tuple[float, bytes]:
    started = time.perf_counter()
    with urllib.request.urlopen(url, timeout=120) as response:
        body = response.read()
    return (time.perf_counter() - started) * 1000, body


def measure(base: str, path: str, runs: int) -> dict:
    cold, body = fetch(base + path)
    times = [fetch(base + path)[0] for _ in range(runs)]
    result = {"path": path, "cold": cold, "median": statistics.median(times), "max": max(times), "body": body}
    if ".json" in path:
        data = json.loads(body)
        result["rows"] = data.get("filtered_table_rows_count")
        result["facets"] = sorted(data.get("facet_results", {}))
    return result


def target(page: dict, expected: list[str]) -> str:
    """The target of a page and whether this run met it."""
    if "_search=" in page["path"]:
        wanted = f"< {SEARCH_TARGET_MS} ms"
        met = page["median"] < SEARCH_TARGET_MS
        if "facets" in page and "_nofacet" not in page["path"]:
            wanted += f", all {len(expected)} facets"
            met = met and set(expected) <= set(page["facets"])
    elif page["path"] == "/kb/claims.json":
        wanted, met = f"all {len(expected)} facets", set(expected) <= set(page["facets"])
    else:
        return ""
    return f"{wanted}: {'met' if met else '**missed**'}"


def served_kb(root: Path, events: int | None) -> tuple[int, int]:
    """Generate the knowledge base if it is not there, build it, and return its events and claims."""
    if not (root / "events").is_dir():
        generator = HERE / "generate.py"
        if not generator.exists() or events is None:
            raise SystemExit(f"{root} holds no knowledge base")
        subprocess.run([sys.executable, str(generator), str(root), "--events", str(events)], check=True)
    result = build(KnowledgeBase(root), now=lambda: dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"))
    print(f"<!-- {result} -->")
    return result.events, result.claims


def ratios(pages: list[dict]) -> list[str]:
    """For each JSON page measured with and without facets, the ratio of the two in this run."""
    medians = {page["path"]: page["median"] for page in pages}
    lines = []
    for path, median in medians.items():
        if path + "&_nofacet=1" in medians:
            lines.append(f"`{path}`: with facets / `_nofacet=1` = {median / medians[path + '&_nofacet=1']:.2f}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--events", type=int, help="Size of the synthetic knowledge base (benchmarks/out/kb-N)")
    where.add_argument("--kb", type=Path, help="An existing knowledge base")
    where.add_argument("--db", type=Path, help="A built kb.db, served without its knowledge base")
    parser.add_argument("--runs", type=int, default=5, help="Timed requests per page, after a cold one (default 5)")
    args = parser.parse_args(argv)

    if args.db:
        if args.db.name != "kb.db" or not args.db.is_file():
            raise SystemExit(f"{args.db} is not a file named kb.db (Datasette names the database after its file)")
        events, claims = counts(args.db)
        server: Served = ServedDatabase(args.db, timeout=3600)
    else:
        events, claims = served_kb(args.kb or HERE / "out" / f"kb-{args.events}", args.events)
        server = Served(args.kb or HERE / "out" / f"kb-{args.events}", timeout=3600)

    with server:  # the inspect file of a large database takes a while
        base = server.base
        pages = [measure(base, "/kb/claims.json", args.runs), measure(base, "/kb/claims", args.runs)]
        for words in SEARCHES:
            query = urllib.parse.quote_plus(words)
            pages.append(measure(base, f"/kb/claims.json?_search={query}", args.runs))
            pages.append(measure(base, f"/kb/claims?_search={query}", args.runs))
            pages.append(measure(base, f"/kb/claims.json?_search={query}&_nofacet=1", args.runs))
            pages.append(measure(base, f"/kb/search_claims.json?q={query}&_shape=objects", args.runs))
        for query in FILTERED:
            pages.append(measure(base, f"/kb/claims.json?{query}", args.runs))
            pages.append(measure(base, f"/kb/claims.json?{query}&_nofacet=1", args.runs))

    expected = configured_facets()
    failures = []
    missing = sorted(set(expected) - set(pages[0]["facets"]))
    if missing:
        failures.append(f"facets missing (timed out) on the claims page: {', '.join(missing)}")
    for page in pages:
        if "_search=" in page["path"] and page["median"] >= SEARCH_TARGET_MS:
            failures.append(f"{page['path']}: {page['median']:.0f} ms, not under {SEARCH_TARGET_MS} ms")
        faceted = "_search=" in page["path"] and "facets" in page and "_nofacet" not in page["path"]
        if faceted and (missing_here := sorted(set(expected) - set(page["facets"]))):
            failures.append(f"{page['path']}: facets missing (timed out): {', '.join(missing_here)}")

    print(f"\n{events:,} events, {claims:,} claims; Datasette settings {json.dumps(SETTINGS)}\n")
    print("| page | matching claims | facets returned | cold (ms) | median (ms) | slowest (ms) | target |")
    print("|---|---:|---:|---:|---:|---:|---|")
    for page in pages:
        facets = f"{len(page['facets'])} of {len(expected)}" if "facets" in page and "/claims" in page["path"] else ""
        rows = f"{page['rows']:,}" if page.get("rows") is not None else ""
        print(
            f"| `{page['path']}` | {rows} | {facets} | {page['cold']:.0f} | {page['median']:.0f} | {page['max']:.0f} "
            f"| {target(page, expected)} |"
        )
    print()
    for line in ratios(pages):
        print(f"- {line}")
    for failure in failures:
        print(f"\nFAILED: {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

"""Each reader-facing page of the site, alone and cold: the first request for it after a build,
against the target of 200 ms a page at 100k events.

    python benchmarks/pages.py                        # a copy of the bundled knowledge base
    python benchmarks/pages.py --events 100000        # benchmarks/out/kb-100000, generated if missing
    python benchmarks/pages.py --events 100000 --rounds 3

Each round builds the knowledge base (``kb build --full``, its default workers: a new kb.db;
the time its summary line prints), starts ``kb serve --workers 1`` on a free port of 127.0.0.1, asks for ``/robots.txt``
once (the worker's first request: Datasette's start, not a page), then for each page of the
list once, one after the other, timing each from the request to the last byte of its answer.
The baseline, measured in the same round, is ``/robots.txt`` asked again after every page
(the median of those): a page that reads nothing, so its time is what any request costs on the
machine at that moment. The pages' event IDs, keys and facet values are read from kb.db with
sqlite3 beforehand, so that no page is asked for before it is timed.

The pages: the claims table with its default facets; the claims with one value of each of its
facets selected (the topic facet through ``_topic=``; a facet of which no claim has a value has
no such page); the claims as they stand; a search; the
search query; the front page of the negotiation with the most claims; its timeline; the
timelines; the charts and one chart; the figures that disagree (``conflicts``); the history
of claims; the accounts of terms; a statement's page, a data point's page (which lists the
figures disagreeing with it), a source's page and an entity's page; everything said by or
about that entity; the Atom feed; the calendar; the claims as CSV; the database page; the
site's index.

Prints a Markdown table for docs/benchmarks.md: each page's time in ms (the median over the
rounds), its ratio to the baseline, the CPU time the server's process spent on it (user and
system, from /proc: what the page costs whatever else the machine runs), and whether it is within
the target (a page whose status is
not 200, such as a query past Datasette's time limit, is not); exits 1 if a page at
100k events or more is over it.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from load import knowledge_base  # benchmarks/load.py: the bundled copy, --kb or --events

from kb.builder.build import build
from kb.builder.metadata import DATABASE, ONE_PASS, write_metadata
from kb.events.store import KnowledgeBase
from kb.serve.runner import Served

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
TARGET_MS = 200
TARGET_EVENTS = 100_000
BASELINE = "/robots.txt"
SEARCH = "progress"


def one(conn: sqlite3.Connection, sql: str, params: tuple[str, ...] = ()) -> str:
    row = conn.execute(sql, params).fetchone()
    if row is None:
        raise SystemExit(f"the knowledge base has nothing for: {sql}")
    return str(row[0])


def facet_pages(conn: sqlite3.Connection, metadata: dict) -> list[tuple[str, str]]:
    """The claims with the most common value of each configured facet selected."""
    found = []
    for facet in metadata["databases"][DATABASE]["tables"]["claims"]["facets"]:
        [(kind, column)] = facet.items() if isinstance(facet, dict) else [(ONE_PASS, facet)]
        if kind == "topic":
            sql, name = "select topic from topics group by topic order by count(*) desc, topic limit 1", "_topic"
        else:
            sql = f"select [{column}] from claims where [{column}] is not null group by 1 order by count(*) desc, 1"
            name = column
        row = conn.execute(sql).fetchone()
        if row is not None:  # a facet no claim has a value of (hedge, in the synthetic ones) has no page
            query = urllib.parse.urlencode({name: row[0]})
            found.append((f"claims, facet {column}", f"/kb/claims?{query}"))
    return found


def pages(db_path: Path, metadata: dict) -> list[tuple[str, str]]:
    """Each page's name and path, with IDs and keys read from kb.db."""
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        negotiation = one(conn, "select negotiation from claims group by 1 order by count(*) desc, 1 limit 1")
        statement = one(
            conn,
            "select c.id from claims c join statements s on s.id = c.id where c.negotiation = ? "
            "order by c.sort_key desc limit 1",
            (negotiation,),
        )
        data_point = one(conn, "select claim from conflicts where why = 'same_figure' order by claim limit 1")
        source = one(conn, "select source from citations group by source order by count(*) desc, source limit 1")
        entity = one(conn, "select actor from claims where actor is not null group by 1 order by count(*) desc, 1")
        entity_event = one(conn, "select id from entities where key = ?", (entity,))
        metric = one(conn, "select metric from data_points group by 1 order by count(*) desc, 1 limit 1")
        found = [("claims, default facets", "/kb/claims"), *facet_pages(conn, metadata)]
    finally:
        conn.close()
    search = urllib.parse.quote(SEARCH)
    return [
        *found,
        ("claims as they stand", "/kb/current_claims"),
        ("claims, search", f"/kb/claims?_search={search}"),
        ("search query", f"/kb/search?q={search}"),
        ("negotiation front page", f"/-/negotiation/{negotiation}"),
        ("negotiation timeline", f"/-/timeline/{negotiation}"),
        ("timelines", "/-/timelines"),
        ("charts", "/-/charts"),
        ("chart", f"/-/chart/{metric}"),
        ("conflicts", "/kb/conflicts"),
        ("claim history", "/kb/claim_history"),
        ("accounts of terms", "/kb/term_accounts"),
        ("statement's page", f"/-/event/{statement}"),
        ("data point's page", f"/-/event/{data_point}"),
        ("source's page", f"/-/event/{source}"),
        ("entity's page", f"/-/event/{entity_event}"),
        ("entity's claims", f"/kb/entity_claims?entity={entity}"),
        ("feed", "/kb/new_claims.atom"),
        ("calendar", "/kb/calendar.ics"),
        ("claims CSV", "/kb/claims.csv"),
        ("database page", f"/{DATABASE}"),
        ("index", "/"),
    ]


def timed(base: str, path: str, failed: dict[str, int]) -> float:
    """Milliseconds from the request to the last byte of the answer; the status of one that is not
    200 (a query past Datasette's time limit: 400) is kept in ``failed``."""
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(base + path, timeout=120) as response:
            response.read()
    except urllib.error.HTTPError as error:
        error.read()
        failed[path] = error.code
    return (time.perf_counter() - started) * 1000


Round = tuple[float, dict[str, float], float]  # the build's seconds, each page's ms (and CPU ms), the baseline's ms


def one_round(kb: KnowledgeBase, paths: list[tuple[str, str]], failed: dict[str, int]) -> Round:
    """A full build (its seconds), then each page once, cold; and the baseline's median."""
    argv = [sys.executable, "-m", "kb", "--kb", str(kb.root), "build", "--full"]
    done = subprocess.run(argv, capture_output=True, text=True, check=True)
    seconds = float(re.findall(r"\(([0-9.]+) s\)", done.stdout)[-1])  # the time its summary line prints
    times, baseline = {}, []
    with Served(kb.root, timeout=600, workers=1) as server:
        timed(server.base, BASELINE, failed)  # the worker's first request: Datasette's start
        datasette = child(server.process.pid)
        for _, path in paths:
            before = cpu_ms(datasette)
            times[path] = timed(server.base, path, failed)
            times[f"{path} cpu"] = cpu_ms(datasette) - before
            baseline.append(timed(server.base, BASELINE, failed))
    return seconds, times, statistics.median(baseline)


def child(pid: int) -> int:
    """The process kb serve runs Datasette in (its only child)."""
    [found] = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    return int(found)


def cpu_ms(pid: int) -> float:
    """The CPU time a process has used, in ms (user and system, in clock ticks of 10 ms)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kb", type=Path, help="A knowledge base (default: a copy of the bundled one)")
    parser.add_argument("--events", type=int, help="Instead, the synthetic knowledge base of this many events")
    parser.add_argument("--rounds", type=int, default=1, help="Builds, each followed by every page once (default 1)")
    args = parser.parse_args(argv)
    if args.rounds < 1 or (args.events is not None and args.events < 1):
        parser.error("--rounds and --events take a number of at least 1")
    with tempfile.TemporaryDirectory() as scratch:
        kb = knowledge_base(args, Path(scratch))
        write_metadata(kb)  # as this kb writes it (the knowledge base may have been generated by another)
        result = build(kb, now=lambda: "2025-01-01T00:00:00.000000Z")
        paths = pages(result.db, json.loads(kb.metadata_path.read_text(encoding="utf-8")))
        failed: dict[str, int] = {}
        rounds = [one_round(kb, paths, failed) for _ in range(args.rounds)]
    return report(result.events, paths, rounds, failed)


def report(events: int, paths: list[tuple[str, str]], rounds: list[Round], failed: dict[str, int]) -> int:
    commit = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    builds = ", ".join(f"{seconds:.1f}" for seconds, _, _ in rounds)
    baseline = statistics.median(base for _, _, base in rounds)
    print(
        f"{events:,} events, kb serve --workers 1, {len(rounds)} round(s), commit {commit.stdout.strip()}, "
        f"load average {os.getloadavg()[0]:.2f}; kb build --full: {builds} s; baseline {BASELINE}: {baseline:.1f} ms"
    )
    print("| page | path | cold (ms) | / baseline | server CPU (ms) | within 200 ms |")
    print("|---|---|---:|---:|---:|---|")
    checked = events >= TARGET_EVENTS
    over = 0
    for name, path in paths:
        ms = statistics.median(times[path] for _, times, _ in rounds)
        within = ms <= TARGET_MS and path not in failed
        over += checked and not within
        shown = path if len(path) <= 60 else path[:59] + "…"
        verdict = "yes" if within else f"NO (status {failed[path]})" if path in failed else "NO"
        cpu = statistics.median(times[f"{path} cpu"] for _, times, _ in rounds)
        print(f"| {name} | `{shown}` | {ms:.0f} | {ms / baseline:.0f}× | {cpu:.0f} | {verdict} |")
    slowest = max(paths, key=lambda page: statistics.median(times[page[1]] for _, times, _ in rounds))
    print(f"pages over {TARGET_MS} ms: {over if checked else 'not a target here'}; slowest: {slowest[0]}")
    return 1 if over else 0


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):
        sys.exit(main())

"""How soon a running `kb serve` serves what `kb add` appends: the live local site's target
is 2 s from `kb add`'s return to the first page that shows the new event.

    python benchmarks/live.py                       # a copy of the bundled knowledge base
    python benchmarks/live.py --events 100000       # a copy of benchmarks/out/kb-100000 (generated if missing)
    python benchmarks/live.py --rounds 10 --workers 2

It copies the knowledge base (its events, snapshots, metadata.json and kb.db: nothing is added
to the original), starts `kb serve` on a free port of 127.0.0.1, then, each round, runs
`kb add entity` with a new key as a person would (after a few requests, so that every worker
has started), and asks for that entity's row over HTTP,
again and again without pause, until it is there. Prints each round, the median and the
slowest, and the target's verdict (exit 1 on a miss).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from kb.builder.build import build
from kb.events.store import KnowledgeBase
from kb.serve.runner import Served

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
TARGET_SECONDS = 2.0


def copy(source: Path, target: Path) -> KnowledgeBase:
    """The knowledge base's files, its kb.db when built (so the copy's first build is incremental)
    and its append catalog (so that the first kb add does not read every event file)."""
    target.mkdir()
    for name in ("events", "snapshots", ".kb"):
        if (source / name).is_dir():
            shutil.copytree(source / name, target / name, ignore=shutil.ignore_patterns("serve", "*.lock"))
    for name in ("metadata.json", "kb.db"):
        if (source / name).exists():
            shutil.copy2(source / name, target / name)
    return KnowledgeBase(target)


def visible(base: str, key: str) -> bool:
    url = f"{base}/kb/entities.json?key={key}&_shape=array&_col=key"
    with urllib.request.urlopen(url, timeout=60) as response:
        return bool(json.loads(response.read()))


def one_round(kb: KnowledgeBase, base: str, key: str, limit: float) -> tuple[float, float]:
    """Seconds that kb add took, and seconds from its start to the first page showing the event."""
    started = time.perf_counter()
    argv = [sys.executable, "-m", "kb", "--kb", str(kb.root), "add", "entity", "--key", key, "--kind", "person"]
    subprocess.run([*argv, "--name", key.replace("-", " ").title()], check=True, capture_output=True, cwd=kb.root)
    added = time.perf_counter()
    while not visible(base, key):
        if time.perf_counter() - started > limit:
            raise RuntimeError(f"{key} not served after {limit:.0f} s")
    return added - started, time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kb", type=Path, default=REPO, help="A knowledge base (default: the bundled one)")
    parser.add_argument("--events", type=int, help="Instead, the synthetic knowledge base of this many events")
    parser.add_argument("--rounds", type=int, default=5, help="kb add commands, one after the other (default 5)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="kb serve --workers (default: CPUs)")
    args = parser.parse_args(argv)
    source = args.kb
    if args.events:
        source = HERE / "out" / f"kb-{args.events}"
        if not source.exists():
            generate = [sys.executable, str(HERE / "generate.py"), str(source), "--events", str(args.events)]
            subprocess.run(generate, check=True)
    with tempfile.TemporaryDirectory(dir=HERE / "out" if args.events else None) as scratch:
        kb = copy(source, Path(scratch) / "kb")
        events = build(kb, now=lambda: "2025-01-01T00:00:00.000000Z").events
        rounds = []
        with Served(kb.root, timeout=600, workers=args.workers) as server:
            for _ in range(4 * args.workers):  # each worker's first request runs Datasette's startup: not timed
                visible(server.base, "live-benchmark-warm-up")
            for n in range(args.rounds):
                rounds.append(one_round(kb, server.base, f"live-benchmark-{n}", limit=60))
    commit = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    print(
        f"{events:,} events, kb serve --workers {args.workers}, commit {commit.stdout.strip()}, "
        f"load average {os.getloadavg()[0]:.2f}"
    )
    print("| round | kb add (s) | served, after kb add returned (s) | served, from the start of kb add (s) |")
    print("|---:|---:|---:|---:|")
    for n, (add, seen) in enumerate(rounds, 1):
        print(f"| {n} | {add:.2f} | {seen - add:.2f} | {seen:.2f} |")
    after = [seen - add for add, seen in rounds]
    median, slowest = statistics.median(after), max(after)
    met = slowest <= TARGET_SECONDS
    print(
        f"served after kb add: median {median:.2f} s, slowest {slowest:.2f} s (target: {TARGET_SECONDS:.0f} s): "
        f"{'met' if met else 'MISSED'}"
    )
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())

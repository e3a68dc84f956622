"""How long the ``conflicts`` view's SQL takes at 10k, 100k or 1M events, against a baseline.

    python benchmarks/conflicts.py [--size 1M] [--repeat 3] [--out benchmarks/out]

Generates the knowledge base once (benchmarks/generate.py, kept in --out, as benchmarks/run.py
does), builds it (``kb build --full``) when its kb.db is missing or was built by another kb, then
times, in this process, each query ``--repeat`` times (medians): the baseline — one pass over
every figure joined with its claim, what any answer must read at least — then the view counted
whole (``SELECT count(*) FROM conflicts``) and its first page as Datasette asks for it (the first
101 rows in the view's order). It prints the seconds and each query's ratio to the baseline of
the same run (the machine may be shared: the ratio is what compares across runs), and the query
plan of the view.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SIZES = {"10k": 10_000, "100k": 100_000, "1M": 1_000_000}

BASELINE = (
    "SELECT count(*), sum(length(d.value)) FROM data_points d JOIN claims c ON c.id = d.id "
    "WHERE c.status = 'active' AND c.source_error IS NULL"
)
QUERIES = {
    "count": "SELECT count(*) FROM conflicts",
    "first page": "SELECT * FROM conflicts LIMIT 101",
}


def prepared(size: int, out: Path) -> Path:
    """The knowledge base of this size, generated and built (each once)."""
    root = out / f"kb-{size}"
    if not (root / "events").is_dir():
        print(f"generating {size} events in {root} …", file=sys.stderr)
        subprocess.run([sys.executable, str(HERE / "generate.py"), str(root), "--events", str(size)], check=True)
    print("kb build (incremental if its kb.db is of this kb, else full) …", file=sys.stderr)
    subprocess.run([sys.executable, "-m", "kb", "--kb", str(root), "build"], check=True)
    return root / "kb.db"


def seconds(conn: sqlite3.Connection, sql: str) -> float:
    started = time.perf_counter()
    conn.execute(sql).fetchall()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", choices=SIZES, default="1M")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--out", type=Path, default=HERE / "out")
    args = parser.parse_args()
    db = prepared(SIZES[args.size], args.out)
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    claims, figures = conn.execute("SELECT count(*), sum(kind = 'data_point') FROM claims").fetchone()
    rows = conn.execute("SELECT count(*) FROM conflicts").fetchone()[0]
    print(f"{args.size} events: {claims:,} claims, {figures:,} data points, {rows:,} rows in conflicts")
    for line in conn.execute("EXPLAIN QUERY PLAN SELECT count(*) FROM conflicts"):
        print("  plan:", line[-1])
    timings: dict[str, list[float]] = {"baseline": [], **{name: [] for name in QUERIES}}
    for _ in range(args.repeat):
        timings["baseline"].append(seconds(conn, BASELINE))
        for name, sql in QUERIES.items():
            timings[name].append(seconds(conn, sql))
    base = statistics.median(timings["baseline"])
    for name, values in timings.items():
        median = statistics.median(values)
        each = ", ".join(f"{value:.3f}" for value in values)
        print(f"{name:>10}: median {median:.3f} s ({each}); {median / base:.1f}× the baseline")


if __name__ == "__main__":
    main()

"""What making the site's CSV safe costs (kb.publish.csv_responses): a table's whole CSV
(``_stream=on``) through Datasette's own client, with kb's rewrite and without it, in the same run.

    python benchmarks/csv_rewrite.py [--rows 50000] [--repeat 3]

Two tables of ``--rows`` rows like claims (an ID, a date, a text of 25 words with commas,
quotation marks and formulas after its first word, a short text, a negative integer):
``ordinary``, where no cell begins with what a spreadsheet runs, and ``hostile``, where a third
of the rows hold one (``=x``). Each CSV is fetched
``--repeat`` times each way; the best times and their ratio are printed. The machine may be
shared: the ratio is what compares across runs.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sqlite3
import tempfile
import time
from pathlib import Path

from datasette.app import Datasette

import kb.publish.csv_responses as csv_responses

WORDS = ["Akazawa", "said", "tariffs", "on", "autos,", "=1+1", "-5", "talks", '"quoted"', "trillion", "yen"]


def make_db(path: Path, rows: int) -> None:
    rng = random.Random(1)
    with sqlite3.connect(path) as conn:
        for table, shorts in (("ordinary", ["plain", "-3", "x"]), ("hostile", ["plain", "-3", "=x"])):
            conn.execute(f"CREATE TABLE {table} (id TEXT PRIMARY KEY, day TEXT, text TEXT, short TEXT, n INTEGER)")
            conn.executemany(
                f"INSERT INTO {table} VALUES (?, ?, ?, ?, ?)",
                (
                    (f"ev-{n:016d}", "2025-04-18", f"Akazawa {' '.join(rng.choices(WORDS, k=24))}", short, -n)
                    for n, short in enumerate(rng.choice(shorts) for _ in range(rows))
                ),
            )


def fetch(db: Path, table: str) -> tuple[float, int]:
    ds = Datasette([str(db)], settings={"sql_time_limit_ms": 600_000})
    started = time.perf_counter()
    response = asyncio.run(ds.client.get(f"/{db.stem}/{table}.csv?_stream=on&_size=max"))
    took = time.perf_counter() - started
    assert response.status_code == 200, response.text[:500]
    return took, len(response.content)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    rewrite = csv_responses.wrap
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "t.db"
        make_db(db, args.rows)
        for table in ("ordinary", "hostile"):
            best = {"with kb's rewrite": float("inf"), "Datasette alone": float("inf")}
            for _ in range(args.repeat):
                for way in best:
                    csv_responses.wrap = rewrite if way == "with kb's rewrite" else (lambda app: app)
                    took, size = fetch(db, table)
                    best[way] = min(best[way], took)
            ratio = best["with kb's rewrite"] / best["Datasette alone"]
            times = ", ".join(f"{way} {seconds:.2f} s" for way, seconds in best.items())
            print(f"{table}: {args.rows:,} rows, {size / 1e6:.1f} MB: {times}; ratio {ratio:.2f}")


if __name__ == "__main__":
    main()

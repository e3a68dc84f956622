"""The least a full build that keeps kb's checks and its schema can take, against the floor.

    python benchmarks/lower_bound.py [--size 100k] [--repeat 3] [--out benchmarks/out]

Issue 17 asks for a full build within 2.5× the floor (benchmarks/run.py). This measures, in
one run, with the knowledge base run.py generates (generated here if it is missing), each
step in its own process, N times (medians reported):

- floor: run.py's (list, read and JSON-parse every event file, one row per event into one table),
  the better of a run before and a run after the others, as run.py takes it;
- read: the files read and parsed as the floor does (json.loads, no check), in the build's
  default worker processes, and one row per event inserted in this process, as for checks;
- checks: what a build must do to each event file before it can trust it, and no more, with
  the build's own code and its default worker processes (those of ``kb build --workers``): list
  the files as the build does; in the workers, read each, parse it strictly (a key given twice,
  NaN, an integer of more than 40 digits are refused), check that the hash of its canonical JSON
  is its ID and its name, and validate it with its kind's pydantic model (kb.events.query.read_checked);
  in this process, insert the floor's one row per event (its canonical JSON, as kb.db holds it).
  No projection, no table but that one;
- quotes: the check of every excerpt of a citation and every quoted word of a claim against the
  snapshots held (kb.builder.finish.check_against_snapshots, in the default workers), and
- indexes: what SQLite must do once the rows are in, for the schema the publication serves: the
  build's own create_indexes and enable_search (every index, the full-text indexes, ANALYZE),
  both with the build's settings, in a copy of the kb.db a full build just made, as its load
  left it (indexes, full-text indexes, statistics and verdicts dropped, the file vacuumed: not
  timed), in the order the build does them;
- full build: ``kb build --full``, default workers, its own time, as run.py times it.

checks + quotes + indexes is a lower bound of a full build: a build does each, and more (the
projection and rows of every other table, references, names, statuses, problems); read +
quotes + indexes, the bound of a build that would not even check the event files. The table gives
each figure as a multiple of the floor of its round.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import sqlite_utils

from kb.builder.build import create_indexes, enable_search, tune_for_bulk
from kb.builder.finish import check_against_snapshots
from kb.builder.load import BATCH
from kb.builder.projection import TABLES
from kb.builder.workers import parallel_map
from kb.cli.building import default_workers
from kb.events.ids import plain_canonical, stored_json
from kb.events.query import read_checked
from kb.events.store import KnowledgeBase
from kb.model.claim import SELECTOR_COLUMNS, quoting_kinds
from kb.model.kind import kinds

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import run  # noqa: E402 (benchmarks/run.py: the floor, the knowledge bases, timing a command)

STEPS = ("floor", "read", "checks", "quotes", "indexes", "full")
BOUND = ("checks", "quotes", "indexes")
UNCHECKED = ("read", "quotes", "indexes")  # the bound of a build that would not check the event files


def checks(root: Path, checked: bool = True) -> float:
    """Read, strictly parse, hash and validate every event file in the build's default worker
    processes (``checked`` false: only read and parse them, as the floor does); insert one row
    per event here."""
    started = time.perf_counter()
    kinds()  # every model made before the fork, as the build's are
    db_path = root / "checks.db"
    conn = run.floor_table(db_path)
    try:
        files = list(KnowledgeBase(root).files())
        tasks = [(root, files[start : start + BATCH], checked) for start in range(0, len(files), BATCH)]
        with conn:
            for rows in parallel_map(_rows, tasks, default_workers()):
                conn.executemany("INSERT INTO events VALUES (?, ?, ?, ?)", rows)
        return time.perf_counter() - started
    finally:
        conn.close()
        db_path.unlink()


def _rows(task: tuple[Path, list[str], bool]) -> list[tuple[str, str, str, str]]:
    """The floor's row of each of these files (paths relative to events/), checked or not."""
    root, files, checked = task
    kb = KnowledgeBase(root)
    base = str(kb.events_dir) + os.sep
    rows = []
    for name in files:
        if checked:
            event, canonical = read_checked(kb, base + name)
        else:
            with open(base + name, "rb") as handle:
                event = json.loads(handle.read().decode("utf-8"))
            canonical = plain_canonical(event)
        rows.append((event["id"], event["type"], event["recorded_at"], stored_json(event["id"], canonical)))
    return rows


def after_load(db_path: Path) -> tuple[float, float]:
    """The seconds of remake, in a copy of this kb.db taken back to how its load left it."""
    copy = db_path.with_name("after-load.db")
    shutil.copyfile(db_path, copy)
    try:
        db = sqlite_utils.Database(copy)
        as_loaded(db)
        seconds = remake(db, KnowledgeBase(db_path.parent))
        db.close()
        return seconds
    finally:
        copy.unlink(missing_ok=True)


def remake(db: sqlite_utils.Database, kb: KnowledgeBase) -> tuple[float, float]:
    """The build's indexes, full-text indexes and ANALYZE, and its check of every excerpt and
    quote against the snapshots, made as a full build makes them, in a database as_loaded:
    the seconds of the first, and of the second."""
    started = time.perf_counter()
    tune_for_bulk(db)
    with db.conn:
        create_indexes(db, finished=False)
        indexed = time.perf_counter()
        check_against_snapshots(kb, db.conn, default_workers())
        checked = time.perf_counter()
    create_indexes(db, finished=True)
    enable_search(db)
    return indexed - started + time.perf_counter() - checked, checked - indexed


def as_loaded(db: sqlite_utils.Database) -> None:
    """A built database as the load leaves it: no index but the primary keys', no full-text
    index, no statistics, no verdict on an excerpt or a quote; vacuumed."""
    for name, table in TABLES.items():
        if table.fts:
            db.table(name).disable_fts()
    made = [row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")]
    for name in made:
        db.execute(f"DROP INDEX [{name}]")
    db.execute("DROP TABLE IF EXISTS sqlite_stat1")
    unset = ", ".join(f"{column} = NULL" for column in ("verified", *SELECTOR_COLUMNS))
    with db.conn:
        db.execute(f"UPDATE citations SET {unset}")
        db.execute("UPDATE claims SET verified = NULL")
        for kind in quoting_kinds():
            db.execute(f"UPDATE [{kind.table}] SET quote_verified = NULL")
    db.execute("VACUUM")


def in_subprocess(step: str, path: Path) -> list[float]:
    """The figures one step prints, run in its own process."""
    out = run.timed([sys.executable, str(Path(__file__).resolve()), f"--{step}", str(path)])[3]
    return [float(figure) for figure in out.split()]


def one_round(root: Path) -> dict[str, Any]:
    db = root / "kb.db"
    result = {}
    run.log("floor …")
    os.sync()
    floors = [run.floor_in_subprocess(root)]
    run.log("read …")
    os.sync()
    [result["read"]] = in_subprocess("read", root)
    run.log("checks …")
    os.sync()
    [result["checks"]] = in_subprocess("checks", root)
    run.log("full build …")
    os.sync()
    summary = run.timed([*run.KB, "--kb", str(root), "build", "--db", str(db), "--full"])[3]
    result["full"] = run.build_seconds(summary)
    result["events"] = int(re.search(r": (\d+) events", summary).group(1))  # type: ignore[union-attr]
    run.log(f"  {summary}")
    run.log("indexes, excerpts and quotes …")
    os.sync()
    result["indexes"], result["quotes"] = in_subprocess("after-load", db)
    run.log("floor again …")
    os.sync()
    floors.append(run.floor_in_subprocess(root))
    result["floor"] = min(floors)  # as run.py: the first may read the files from disk
    run.log("  " + ", ".join(f"{step} {result[step]:.2f} s" for step in STEPS))
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", default="100k", help="Events in the knowledge base (10k, 100k, 1M; default 100k)")
    parser.add_argument("--out", type=Path, default=HERE / "out", help="Where the knowledge bases are kept")
    parser.add_argument("--repeat", type=int, default=3, help="Measure N times; report medians (default 3)")
    parser.add_argument("--read", type=Path, help=argparse.SUPPRESS)  # one step, in its own process
    parser.add_argument("--checks", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--after-load", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.read or args.checks:
        print(checks(args.read or args.checks, checked=bool(args.checks)))
        return
    if args.after_load:
        print(*after_load(args.after_load))
        return
    before = run.machine()
    run.log(before)
    size = run.parse_sizes(args.size)[0]
    root = args.out / f"kb-{size}"
    if not (root / "events").is_dir():
        run.log(f"generating {size} events in {root} …")
        subprocess.run([sys.executable, str(HERE / "generate.py"), str(root), "--events", str(size)], check=True)
    rounds = [one_round(root) for _ in range(args.repeat)]
    ratios = {step: statistics.median(r[step] / r["floor"] for r in rounds) for step in STEPS}
    sums = {
        steps: statistics.median(sum(r[step] for step in steps) / r["floor"] for r in rounds)
        for steps in (BOUND, UNCHECKED)
    }
    events = rounds[0]["events"]
    print(f"\n{before}\n\n{events:,} events, {len(rounds)} round{'s' if len(rounds) > 1 else ''} (medians)\n")
    print("| step | seconds | × floor |\n|---|---:|---:|")
    for step in STEPS:
        print(f"| {step} | {statistics.median(r[step] for r in rounds):.2f} | {ratios[step]:.2f}× |")
    print(f"| {' + '.join(BOUND)}: the lower bound | | {sums[BOUND]:.2f}× |")
    print(f"| {' + '.join(UNCHECKED)}: the bound without checking the files | | {sums[UNCHECKED]:.2f}× |")
    print(f"\nThe target of issue 17: a full build within {run.FULL_BUILD_TARGET}× the floor.")


if __name__ == "__main__":
    main()

"""How fast kb builds and appends at 10k, 100k and 1M events, against the floor.

    python benchmarks/run.py [--sizes 10k,100k,1M] [--repeat N] [--out benchmarks/out] [--regenerate]

For each size it generates (once; kept in --out) a synthetic knowledge base with
benchmarks/generate.py, fills its append catalog with a first ``kb add`` (as after a fresh
clone), then measures, each command in its own process, N times (medians reported):

- floor: list, read and JSON-parse every event file, then one plain sqlite3 executemany of
  one row per event (id, type, recorded_at, the file's JSON) into one table; the better of a
  run before and a run after the builds;
- full build: ``kb build --full`` with its default worker processes, and with one process;
  the peak RSS of the first, of its main process (``os.wait4``) and of all its processes
  together (sampled every 50 ms; pages shared after fork counted in each: an upper bound);
- ``kb add entity``: five, back to back, as a reporter enters an article; ``kb add statement``:
  five, each citing a source whose snapshot is held, with an excerpt of it (kb add checks it,
  and the claims it may repeat); the median of each is reported (the first after the builds may
  read Python's files from disk again: the builds churn the page cache); before each, a bare
  ``python -c pass``, the baseline of the machine's speed at that moment, whose median is reported
  with them;
- incremental build: ``kb build`` after one ``kb add entity``, after the ``kb add statement``
  (its excerpt verified), and after a ``kb import`` of 1,000 entities.

Then a table of each target (FULL_BUILD_TARGET, INCREMENTAL_TARGET_1M,
INCREMENTAL_1000_TARGET_1M, ADD_TARGET) with the
figure measured; the exit status is 1 if any is missed. The machine may be shared: a ratio to
the floor of the same run is what compares across runs, not a time.

Every command runs with Python's bytecode cached (PYTHONDONTWRITEBYTECODE unset), as kb runs
once installed. The floor and the builds are timed inside their process (a build's time is the one its
summary line prints), so neither counts Python's start-up; ``kb add`` is the wall-clock time
of the whole command, and the incremental build is given both ways. Before each step,
os.sync() (not timed) writes out what the step before left in the page cache.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import secrets
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
KB = [sys.executable, "-m", "kb"]
SIZES = {"10k": 10_000, "100k": 100_000, "1M": 1_000_000}
ADDS = 5  # `kb add entity` and `kb add statement` commands timed in each round (the last before an incremental build)
RSS_AND_ADDS = ("rss_main", "rss_tree", "adds", "add_statements", "starts")
# The commands run with Python's bytecode cached, as kb runs once installed (pip compiles it):
# without, each `kb add` would compile kb's modules again (PYTHONDONTWRITEBYTECODE set here).
ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def floor_table(db_path: Path) -> sqlite3.Connection:
    """A new database at db_path with the floor's one table, no journal, no waiting for the disk."""
    db_path.unlink(missing_ok=True)
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("CREATE TABLE events (id TEXT PRIMARY KEY, type TEXT, recorded_at TEXT, json TEXT)")
    return conn


def floor(root: Path, db_path: Path) -> float:
    """The least any builder must do: list, read, parse, insert one row per event."""
    started = time.perf_counter()
    conn = floor_table(db_path)

    def rows():
        for folder, _, names in os.walk(root / "events"):
            for name in names:
                if name.endswith(".json"):
                    with open(os.path.join(folder, name), "rb") as handle:
                        text = handle.read().decode("utf-8")
                    event = json.loads(text)
                    yield event["id"], event["type"], event["recorded_at"], text

    with conn:
        conn.executemany("INSERT INTO events VALUES (?, ?, ?, ?)", rows())
    conn.close()
    seconds = time.perf_counter() - started
    db_path.unlink()
    return seconds


def _tree_rss_kb(root: int) -> int:
    """The resident memory of a process and all its descendants, in kB (shared pages counted
    in each process that maps them: an upper bound)."""
    parents: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                with open(f"/proc/{entry.name}/stat") as handle:
                    parents[int(entry.name)] = int(handle.read().rpartition(")")[2].split()[1])
            except (OSError, ValueError, IndexError):
                pass
    tree, frontier = {root}, [root]
    while frontier:
        parent = frontier.pop()
        children = [pid for pid, ppid in parents.items() if ppid == parent and pid not in tree]
        tree.update(children)
        frontier.extend(children)
    total = 0
    for pid in tree:
        try:
            with open(f"/proc/{pid}/status") as handle:
                total += next((int(line.split()[1]) for line in handle if line.startswith("VmRSS:")), 0)
        except OSError:
            pass
    return total


def timed(command: list[str]) -> tuple[float, int, int, str]:
    """Wall seconds, peak RSS of the command's process and peak total RSS of its process
    tree (MB, sampled every 50 ms), and its output."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=ENV)
    peak_tree = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak_tree
        while not done.wait(0.05):
            peak_tree = max(peak_tree, _tree_rss_kb(process.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out = process.stdout.read()  # type: ignore[union-attr]
    # Reap it with wait4, which gives this process's own resource usage.
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n{out}")
    return seconds, usage.ru_maxrss // 1024, max(peak_tree, usage.ru_maxrss) // 1024, out.strip()


def python_start() -> float:
    """The wall time of a bare ``python -c pass``: the baseline of a ``kb add``, timed before each,
    since this machine's speed moves by a quarter from one second to the next."""
    return timed([sys.executable, "-c", "pass"])[0]


def add_entity(root: Path) -> float:
    key = f"bench-{secrets.token_hex(4)}"
    return timed([*KB, "--kb", str(root), "add", "entity", "--key", key, "--kind", "person", "--name", key])[0]


def add_statement(root: Path) -> float:
    """``kb add statement`` citing a source whose snapshot is held, with an excerpt of it: the
    claim a reporter adds most, which kb add checks against its source and its likely repeats."""
    with sqlite3.connect(f"file:{root / 'kb.db'}?mode=ro", uri=True) as conn:
        source, excerpt, negotiation, speaker = conn.execute(
            """SELECT c.source, c.excerpt, cl.negotiation, s.speaker FROM citations c
               JOIN claims cl ON cl.id = c.claim JOIN statements s ON s.id = c.claim
               WHERE c.verified = 'verified' AND s.speaker IS NOT NULL LIMIT 1"""
        ).fetchone()
    text = f"Bench statement {secrets.token_hex(4)}"
    # A day of its own: another on the same day by the same speaker would be refused as a repeat.
    day = dt.date(2000, 1, 1) + dt.timedelta(days=secrets.randbelow(9000))
    return timed(
        [*KB, "--kb", str(root), "add", "statement", "--negotiation", negotiation, "--speaker", speaker]
        + ["--attribution", "paraphrase", "--text", text, "--occurred-at", day.isoformat()]
        + ["--citation", f"{source}:{excerpt}"]
    )[0]


def build_seconds(summary: str) -> float:
    """The build's own time, from its summary line: (12.34 s)."""
    return float(re.search(r"\(([\d.]+) s\)$", summary).group(1))  # type: ignore[union-attr]


def floor_in_subprocess(root: Path) -> float:
    return float(timed([sys.executable, str(HERE / "run.py"), "--floor", str(root)])[3])


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def measure(size: int, out: Path, regenerate: bool, workers: int, repeat: int) -> dict[str, Any]:
    root = out / f"kb-{size}"
    if regenerate or not (root / "events").is_dir():
        log(f"generating {size} events in {root} …")
        subprocess.run(
            [sys.executable, str(HERE / "generate.py"), str(root), "--events", str(size), "--workers", str(workers)]
            + ["--force"],
            check=True,
        )
    log(f"{size}: first kb add (fills the append catalog, as after a fresh clone) …")
    filled = (root / ".kb" / "catalog.db").exists()
    catalog_fill = None if filled else add_entity(root)
    if filled:
        add_entity(root)  # the catalog is there from an earlier run: this only brings it up to date
    rounds = [one_round(size, root) for _ in range(repeat)]
    result = {key: statistics.median(r[key] for r in rounds) for key in rounds[0] if key not in RSS_AND_ADDS}
    result |= {key: max(r[key] for r in rounds) for key in ("rss_main", "rss_tree")}
    result["add"] = statistics.median(add for r in rounds for add in r["adds"])
    result["add_statement"] = statistics.median(add for r in rounds for add in r["add_statements"])
    result["python_start"] = statistics.median(start for r in rounds for start in r["starts"])
    result |= {"size": size, "catalog_fill": catalog_fill, "db_mb": (root / "kb.db").stat().st_size / 2**20}
    return result


def one_round(size: int, root: Path) -> dict[str, Any]:
    """One measurement of everything. Before each, os.sync() (not timed) writes the pages the
    previous step left dirty, so that each step pays for its own writes, not for those before."""
    db = root / "kb.db"
    build = [*KB, "--kb", str(root), "build", "--db", str(db)]
    result: dict[str, Any] = {}
    log(f"{size}: floor …")
    os.sync()
    floors = [floor_in_subprocess(root)]
    log(f"{size}: full build, one process …")
    os.sync()
    summary = timed([*build, "--full", "--workers", "1"])[3]
    result["full_1"] = build_seconds(summary)
    log(f"  {summary}")
    log(f"{size}: full build …")
    os.sync()
    _, result["rss_main"], result["rss_tree"], summary = timed([*build, "--full"])
    result["full"] = build_seconds(summary)
    log(f"  {summary}")
    os.sync()
    floors.append(floor_in_subprocess(root))
    result["floor"] = min(floors)
    log(f"{size}: kb add, incremental build …")
    result["adds"], result["starts"] = [], []
    for _ in range(ADDS - 1):
        os.sync()
        result["starts"].append(python_start())
        result["adds"].append(add_entity(root))
    os.sync()
    timed(build)  # brings kb.db up to date, so that the next build adds exactly one event
    os.sync()
    result["starts"].append(python_start())
    result["adds"].append(add_entity(root))
    os.sync()
    result["incremental"], _, _, summary = timed(build)
    log(f"  kb add entity: {', '.join(f'{add:.3f}' for add in result['adds'])} s")
    log(f"  python -c pass before each: {', '.join(f'{start:.3f}' for start in result['starts'])} s")
    log(f"  {summary}")
    if not summary.startswith("Updated"):
        raise SystemExit(f"expected an incremental build, got: {summary}")
    result["incremental_own"] = build_seconds(summary)
    log(f"{size}: kb add statement, incremental build …")
    result["add_statements"] = []
    for _ in range(ADDS - 1):
        os.sync()
        result["starts"].append(python_start())
        result["add_statements"].append(add_statement(root))
    os.sync()
    timed(build)  # up to date again: the next build adds exactly one statement
    os.sync()
    result["starts"].append(python_start())
    result["add_statements"].append(add_statement(root))
    os.sync()
    result["incremental_statement"], _, _, summary = timed(build)
    log(f"  kb add statement: {', '.join(f'{add:.3f}' for add in result['add_statements'])} s")
    log(f"  python -c pass before each: {', '.join(f'{start:.3f}' for start in result['starts'][ADDS:])} s")
    log(f"  {summary}")
    result["incremental_statement_own"] = build_seconds(summary)
    log(f"{size}: kb import of 1,000 entities, incremental build …")
    lines = root.parent / f"import-{size}.jsonl"
    tag = secrets.token_hex(4)
    lines.write_text(
        "".join(
            json.dumps({"type": "entity", "key": f"bench-{tag}-{n}", "kind": "person", "name": f"Bench {tag} {n}"})
            + "\n"
            for n in range(1000)
        )
    )
    timed([*KB, "--kb", str(root), "import", str(lines)])
    os.sync()
    result["incremental_1000"], _, _, summary = timed(build)
    log(f"  {summary}")
    result["incremental_1000_own"] = build_seconds(summary)
    result["events"] = int(re.search(r": (\d+) events", summary).group(1)) - 1000  # type: ignore[union-attr]
    return result


def machine() -> str:
    memory = "?"
    with open("/proc/meminfo") as handle:
        for line in handle:
            if line.startswith("MemTotal:"):
                memory = f"{int(line.split()[1]) / 2**20:.1f} GiB"
    return (
        f"{platform.system()} {platform.release()}, {os.cpu_count()} CPUs (nproc), {memory} RAM, "
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
        f"load average before the run {os.getloadavg()[0]:.2f}"
    )


def table(results: list[dict[str, Any]]) -> str:
    lines = [
        "| events | floor (s) | full build (s) | build / floor | full build, 1 process (s) | build / floor "
        "| incremental after 1 append, wall (build) (s) | after 1 statement, wall (build) (s) "
        "| after 1,000, wall (build) (s) | `kb add entity`, wall (s) | `kb add statement`, wall (s) "
        "| `python -c pass` (s) | full build peak RSS, main (all) (MB) |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        lines.append(
            f"| {r['events']:,.0f} | {r['floor']:.1f} | {r['full']:.1f} | {r['full'] / r['floor']:.1f}× "
            f"| {r['full_1']:.1f} | {r['full_1'] / r['floor']:.1f}× "
            f"| {r['incremental']:.2f} ({r['incremental_own']:.2f}) "
            f"| {r['incremental_statement']:.2f} ({r['incremental_statement_own']:.2f}) "
            f"| {r['incremental_1000']:.2f} ({r['incremental_1000_own']:.2f}) "
            f"| {r['add']:.2f} | {r['add_statement']:.2f} | {r['python_start']:.3f} "
            f"| {r['rss_main']} ({r['rss_tree']}) |"
        )
    return "\n".join(lines)


# The targets of issue 17: ratios to the floor measured in the same run, or times of one command.
FULL_BUILD_TARGET = 2.5  # full build (default workers) / floor, at 100k events
INCREMENTAL_TARGET_1M = 1.0  # seconds, the build's own time after one append, at 1M events
INCREMENTAL_1000_TARGET_1M = 3.0  # seconds, the build's own time after 1,000 appended events, at 1M events
ADD_TARGET = 0.3  # seconds, `kb add` wall time, Python's start-up included, at 100k and 1M events


def verdicts(results: list[dict[str, Any]]) -> list[tuple[str, str, str, bool]]:
    """(figure, measured, target, met) for every target this run measured."""
    lines = []
    for r in results:
        size = f"{r['events']:,.0f} events"
        if r["size"] == 100_000:
            ratio = r["full"] / r["floor"]
            lines.append(
                (f"full build / floor, {size}", f"{ratio:.2f}×", f"≤ {FULL_BUILD_TARGET}×", ratio <= FULL_BUILD_TARGET)
            )
        timed_targets = []
        if r["size"] >= 1_000_000:
            timed_targets += [
                ("incremental build after 1 `kb add entity`", r["incremental_own"], INCREMENTAL_TARGET_1M),
                ("incremental build after 1 `kb add statement`", r["incremental_statement_own"], INCREMENTAL_TARGET_1M),
                ("incremental build after 1,000 appended", r["incremental_1000_own"], INCREMENTAL_1000_TARGET_1M),
            ]
        lines += [
            (f"{what}, {size}", f"{value:.2f} s", f"< {target} s", value < target)
            for what, value, target in timed_targets
        ]
        if r["size"] >= 100_000:
            start = r["python_start"]
            lines += [
                (
                    f"{what}, wall, {size}",
                    f"{value:.2f} s ({value / start:.1f}× `python -c pass`, {start:.3f} s)",
                    f"< {ADD_TARGET} s",
                    value < ADD_TARGET,
                )
                for what, value in (("`kb add entity`", r["add"]), ("`kb add statement`", r["add_statement"]))
            ]
    return lines


def parse_sizes(text: str) -> list[int]:
    sizes = []
    for part in text.split(","):
        part = part.strip()
        sizes.append(SIZES.get(part) or int(part.lower().replace("k", "000").replace("m", "000000")))
    return sizes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10k,100k,1M", help="Comma-separated sizes (default 10k,100k,1M)")
    parser.add_argument("--out", type=Path, default=HERE / "out", help="Where the knowledge bases are kept")
    parser.add_argument("--regenerate", action="store_true", help="Generate the knowledge bases again")
    parser.add_argument("--repeat", type=int, default=1, help="Measure N times; report medians (RSS: the highest)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="Writer processes of the generator")
    parser.add_argument("--floor", type=Path, help=argparse.SUPPRESS)  # one floor run, in its own process
    args = parser.parse_args()
    if args.floor:
        print(floor(args.floor, args.floor / "floor.db"))
        return
    before = machine()  # the load average before the run
    log(before)
    sizes = parse_sizes(args.sizes)
    results = [measure(size, args.out, args.regenerate, args.workers, args.repeat) for size in sizes]
    print(f"\n{before}\n")
    print(table(results))
    print()
    for r in results:
        fill = "(filled by an earlier run)" if r["catalog_fill"] is None else f"{r['catalog_fill']:.1f} s"
        print(f"{r['events']:,.0f} events: kb.db {r['db_mb']:.0f} MB; first `kb add`, filling .kb/catalog.db: {fill}")
    checked = verdicts(results)
    print("\n| target | measured | wanted | |\n|---|---:|---:|---|")
    for figure, measured, wanted, met in checked:
        print(f"| {figure} | {measured} | {wanted} | {'met' if met else '**missed**'} |")
    if not all(met for *_, met in checked):
        sys.exit(1)


if __name__ == "__main__":
    main()

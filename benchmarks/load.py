"""A bounded load on `kb serve`, with wrk, for 1 and N worker processes: requests a second,
p50 and p99 latency and errors over one page mix, against the targets.

    python benchmarks/load.py                        # the bundled knowledge base (a copy)
    python benchmarks/load.py --events 100000        # benchmarks/out/kb-100000, generated if missing
    python benchmarks/load.py --kb DIR --workers 1,2 --connections 20 --duration 20
    python benchmarks/load.py --events 100000 --workers 2 --proxy   # and behind kb package's nginx

For each number of workers it starts `kb serve --workers N` on a free port of 127.0.0.1 (and
nothing else is ever sent traffic), fetches every page of the mix once (cold), then runs wrk
(Debian's `wrk`; one thread, --connections at once, for --duration seconds, a 10 s timeout a
request) cycling through the mix: the claims table, full-text searches, event pages, CSV and a
facet. An error is a socket error, a timeout or a status that is not 2xx or 3xx. Prints a
Markdown table for docs/benchmarks.md and each figure with its target: at 100k events or more,
0 errors and p99 under 500 ms at 20 connections for the default number of workers (one per
CPU, as `kb serve` runs); exits 1 on a miss.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import urllib.request
from collections.abc import Iterator
from pathlib import Path

from kb.builder.build import build
from kb.events.store import KnowledgeBase
from kb.serve.proxy import nginx_config
from kb.serve.runner import Served

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
P99_TARGET_MS = 500
PROXY_P99_TARGET_MS = 300  # through the caching proxy kb package ships
TARGET_EVENTS = 100_000
SEARCHES = ["progress", "specific progress", "frank constructive"]

# wrk's script: each connection takes the next page of the mix; at the end, the figures as JSON.
SCRIPT = """
local paths = {%s}
local next_index = 0
request = function()
  next_index = next_index %% #paths + 1
  return wrk.format("GET", paths[next_index])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write("RESULT " .. string.format(
    '{"requests": %%d, "seconds": %%f, "p50_us": %%d, "p99_us": %%d, "max_us": %%d, "errors": %%d}',
    summary.requests, summary.duration / 1e6, latency:percentile(50), latency:percentile(99), latency.max,
    e.connect + e.read + e.write + e.timeout + e.status) .. "\\n")
end
"""


def page_mix(base: str) -> list[str]:
    """The pages of the mix, with event IDs taken from the knowledge base served."""
    with urllib.request.urlopen(base + "/kb/claims.json?_shape=array&_size=5&_col=id", timeout=120) as response:
        ids = [row["id"] for row in json.loads(response.read())]
    searches = [f"/kb/claims?_search={urllib.request.quote(words)}" for words in SEARCHES]
    events = [f"/-/event/{event_id}" for event_id in ids[:3]]
    return ["/kb/claims", *searches, *events, "/kb/claims.csv", "/kb/claims?kind=statement&_facet=negotiation"]


def load(base: str, paths: list[str], connections: int, seconds: int) -> dict:
    for path in paths:  # cold: each page once, before the measurement
        with urllib.request.urlopen(base + path, timeout=120) as response:
            response.read()
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(SCRIPT % ", ".join(json.dumps(path) for path in paths))
    try:
        argv = ["wrk", "-t", "1", "-c", str(connections), "-d", f"{seconds}s", "--timeout", "10s", "-s", script.name]
        done = subprocess.run([*argv, base], capture_output=True, text=True, timeout=seconds + 120, check=True)
    finally:
        os.unlink(script.name)
    [line] = [line for line in done.stdout.splitlines() if line.startswith("RESULT ")]
    result = json.loads(line[len("RESULT ") :])
    result["rps"] = result["requests"] / result["seconds"]
    return result


def knowledge_base(args: argparse.Namespace, scratch: Path) -> KnowledgeBase:
    if args.events:
        root = HERE / "out" / f"kb-{args.events}"
        if not root.exists():
            generate = [sys.executable, str(HERE / "generate.py"), str(root), "--events", str(args.events)]
            subprocess.run(generate, check=True)
        return KnowledgeBase(root)
    if args.kb:
        return KnowledgeBase(args.kb)
    root = scratch / "bundled"  # a copy, so that nothing is built in the repository
    root.mkdir()
    for name in ("events", "snapshots"):
        shutil.copytree(REPO / name, root / name)
    shutil.copy(REPO / "metadata.json", root / "metadata.json")
    return KnowledgeBase(root)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kb", type=Path, help="A knowledge base (default: a copy of the bundled one)")
    parser.add_argument("--events", type=int, help="Instead, the synthetic knowledge base of this many events")
    parser.add_argument("--workers", default=f"1,{os.cpu_count() or 1}", help="Numbers of workers (default 1,CPUs)")
    parser.add_argument("--connections", type=int, default=20, help="Requests at once (default 20)")
    parser.add_argument("--duration", type=int, default=20, help="Seconds of load for each (default 20)")
    parser.add_argument("--proxy", action="store_true", help="Also through kb package's caching proxy (nginx)")
    args = parser.parse_args(argv)
    if shutil.which("wrk") is None:
        parser.error("wrk is not installed — apt-get install wrk (or make system-deps)")
    with tempfile.TemporaryDirectory() as scratch:
        kb = knowledge_base(args, Path(scratch))
        events = build(kb, now=lambda: "2025-01-01T00:00:00.000000Z").events
        results = []
        for workers in dict.fromkeys(int(n) for n in args.workers.split(",")):
            with Served(kb.root, timeout=600, workers=workers) as server:
                paths = page_mix(server.base)
                results.append((workers, "", load(server.base, paths, args.connections, args.duration)))
                if args.proxy:
                    with proxy(server.base, Path(scratch)) as base:
                        results.append((workers, "nginx", load(base, paths, args.connections, args.duration)))
    return report(kb, events, results, args)


@contextlib.contextmanager
def proxy(upstream: str, scratch: Path) -> Iterator[str]:
    """The caching proxy of kb package (nginx, one worker process) in front of the server, on a
    free port; its cache starts empty."""
    folder = Path(tempfile.mkdtemp(dir=scratch))
    (folder / "tmp").mkdir()
    for path in (scratch, folder, folder / "tmp"):
        path.chmod(0o777)  # nginx run as root runs its workers as nobody
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    config = nginx_config("load", [upstream.removeprefix("http://")], listen=f"127.0.0.1:{port}", daemon=True)
    (folder / "nginx.conf").write_text(config.replace("worker_processes auto;", "worker_processes 1;"))
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    argv = [nginx, "-p", str(folder), "-e", "error.log", "-c", "nginx.conf"]
    subprocess.run(argv, check=True, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        os.kill(int((folder / "nginx.pid").read_text()), signal.SIGQUIT)


def report(kb: KnowledgeBase, events: int, results: list[tuple[int, str, dict]], args: argparse.Namespace) -> int:
    commit = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    print(
        f"{kb.root}: {events} events; wrk, {args.connections} connections, {args.duration} s; commit "
        f"{commit.stdout.strip()}; load average {os.getloadavg()[0]:.2f}"
    )
    print("| events | workers | proxy | requests | requests/s | p50 (ms) | p99 (ms) | slowest (ms) | errors |")
    print("|---:|---:|---|---:|---:|---:|---:|---:|---:|")
    for workers, via, result in results:
        print(
            f"| {events:,} | {workers} | {via or 'none'} | {result['requests']:,} | {result['rps']:.1f} "
            f"| {result['p50_us'] / 1000:.0f} | {result['p99_us'] / 1000:.0f} | {result['max_us'] / 1000:.0f} "
            f"| {result['errors']} |"
        )
    default = os.cpu_count() or 1
    misses = 0
    for workers, via, result in results:
        checked = events >= TARGET_EVENTS and workers == default and args.connections >= 20
        p99 = result["p99_us"] / 1000
        target = PROXY_P99_TARGET_MS if via else P99_TARGET_MS
        for name, value, wanted, met in [
            ("errors", f"{result['errors']}", "0", result["errors"] == 0),
            ("p99", f"{p99:.0f} ms", f"under {target} ms", p99 < target),
        ]:
            verdict = ("met" if met else "MISSED") if checked else "not a target here"
            print(
                f"{workers} worker(s){' behind ' + via if via else ''}: {name} {value} (target: {wanted} at "
                f"{TARGET_EVENTS:,} events, {default} workers, 20 connections): {verdict}"
            )
            misses += checked and not met
    direct = [(workers, result) for workers, via, result in results if not via]
    if len(direct) > 1 and direct[0][1]["rps"]:
        ratio = direct[-1][1]["rps"] / direct[0][1]["rps"]
        print(f"requests/s, {direct[-1][0]} workers over {direct[0][0]}: {ratio:.2f}×")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())

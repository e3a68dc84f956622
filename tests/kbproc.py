"""Running the real `kb` in a subprocess, with its own peak memory and its time."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

KB = str(Path(sys.executable).with_name("kb"))

# Linux counts the memory a process had before exec in its peak (ru_maxrss), and a child
# starts as a copy of its parent: a child of the test process would report the test process's
# own peak. So a small launcher forks kb and writes kb's rusage, as os.wait4 gives it.
LAUNCHER = """
import os, sys
pid = os.fork()
if pid == 0:
    os.execv(sys.argv[2], sys.argv[2:])
_, status, usage = os.wait4(pid, 0)
with open(sys.argv[1], "w") as out:
    out.write(f"{os.waitstatus_to_exitcode(status)} {usage.ru_maxrss}")
"""


@dataclass
class Run:
    code: int
    output: str  # stdout and stderr
    peak_mb: float  # kb's own peak resident memory
    seconds: float


def run_kb(args: list[str | bytes], stdin: Path | None = None, timeout: float = 60) -> Run:
    """Run kb with these arguments, in the environment of the test (KB_DIR points at its
    knowledge base); bytes arguments are passed as they are."""
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder, open(stdin or os.devnull, "rb") as given:
        result = Path(folder) / "result"
        process = subprocess.Popen(
            [sys.executable, "-I", "-c", LAUNCHER, str(result), KB, *args],
            stdin=given,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            output, _ = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
            raise AssertionError(f"kb {args!r} took more than {timeout} s") from None
        code, peak_kb = map(int, result.read_text().split())
    return Run(code, output.decode("utf-8", "replace"), peak_kb / 1024, time.perf_counter() - started)

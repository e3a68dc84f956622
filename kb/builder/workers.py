"""Worker processes of a build that end quietly with their parent.

A build with workers forks them: to read, check and project the event files (kb.builder.load), and
to check excerpts and quotes against the snapshots (kb.builder.finish). Killed — by Ctrl-C, a SIGKILL, the end of
a pipe — the parent must not leave them printing BrokenPipeError tracebacks of results they
can no longer send, or working on for nobody: each worker ignores Ctrl-C (the parent, which
gets it too, stops the pool), dies of SIGPIPE rather than raising, and is sent SIGTERM by the
kernel as soon as its parent dies (Linux's PR_SET_PDEATHSIG), which ends it at once.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from typing import Any, TypeVar

PR_SET_PDEATHSIG = 1
T = TypeVar("T")
R = TypeVar("R")


@contextlib.contextmanager
def forked_without_ctrl_c() -> Iterator[None]:
    """Ctrl-C ignored while the pool forks its workers, so that each is born ignoring it (a
    Ctrl-C between the fork and end_with_parent would print a worker's traceback)."""
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def end_with_parent(parent: int) -> None:
    """Called first in a forked worker of process ``parent``."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(0)


@contextlib.contextmanager
def forked_pool(workers: int, initializer: Callable[..., None] | None = None, *args: Any) -> Iterator[Executor]:
    """A pool of ``workers`` forked processes that end quietly with this one, each started by
    ``initializer(*args)``. Forked, not spawned: a spawned worker imports the caller's __main__
    again, which fails (and the pool respawns it forever) when that is stdin, a notebook or an
    unguarded script. On the way out, even by an error or Ctrl-C, the tasks not begun are cancelled and the
    workers end once their task is done — never multiprocessing.Pool.terminate, which can hang for good
    (CPython issue 78178: a worker waiting for a task holds the lock of the queue the terminating pool drains)."""
    context = multiprocessing.get_context("fork")
    started = (os.getpid(), initializer, args)
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_start, initargs=started)
    try:
        with forked_without_ctrl_c():
            pool.submit(int).result()  # forks every worker now (a pool of forks makes them all at once)
        yield pool
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _start(parent: int, initializer: Callable[..., None] | None, args: tuple[Any, ...]) -> None:
    end_with_parent(parent)
    if initializer:
        initializer(*args)


def parallel_map(function: Callable[[T], R], items: Sequence[T], workers: int) -> Iterator[R]:
    """``map(function, items)``, in order: in forked worker processes when there are workers and
    items enough to share (``function`` a module-level function), else in this one."""
    if workers <= 1 or len(items) < 2 or sys.platform != "linux":
        yield from map(function, items)
        return
    with forked_pool(min(workers, len(items))) as pool:
        yield from pool.map(function, items)

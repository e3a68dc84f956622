"""Worker processes of a build that end quietly with their parent.

A build with workers forks them (kb.build._batches). Killed — by Ctrl-C, a SIGKILL, the end of
a pipe — the parent must not leave them printing BrokenPipeError tracebacks of results they
can no longer send, or working on for nobody: each worker ignores Ctrl-C (the parent, which
gets it too, stops the pool), dies of SIGPIPE rather than raising, and is sent SIGTERM by the
kernel as soon as its parent dies (Linux's PR_SET_PDEATHSIG), which ends it at once.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
from collections.abc import Iterator

PR_SET_PDEATHSIG = 1


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

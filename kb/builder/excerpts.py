"""Whether the excerpts and quoted words of claims are in their sources' snapshots, and where.

Pure functions of rows the build has read and of the snapshot files, so that a large build
runs them in worker processes (kb.builder.finish, kb.builder.workers.parallel_map): each task is a chunk of
rows in the order of their snapshots, so that a snapshot is read and folded once.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from kb.events.anchors import Snapshot
from kb.events.models import words_to_check
from kb.events.store import KnowledgeBase
from kb.model.quotes import fold, found_in_folded

CHUNK = 2000
Item = TypeVar("Item", bound=Sequence[Any])


def by_snapshot(rows: list[Item], key: Callable[[Item], Any]) -> list[list[Item]]:
    """Rows sorted by ``key`` (their snapshots), in chunks of about CHUNK, each cut between two
    keys: the rows of one snapshot are in one chunk."""
    chunks: list[list[Item]] = []
    current: list[Item] = []
    for row in rows:
        if len(current) >= CHUNK and key(row) != key(current[-1]):
            chunks.append(current)
            current = []
        current.append(row)
    return [*chunks, current] if current else chunks


class _Texts:
    """The snapshots of a knowledge base, as a chunk's checks read them: folded (white space,
    typography: what found_in_folded compares) and as Snapshots (for the selectors)."""

    def __init__(self, root: Path):
        kb = KnowledgeBase(root)
        # Each read once (and its hash checked once) for both.
        text = functools.lru_cache(maxsize=16)(lambda sha: kb.snapshot_text(sha) or "")
        self.folded = functools.lru_cache(maxsize=64)(lambda sha: fold(text(sha)))
        self.snapshot = functools.lru_cache(maxsize=16)(lambda sha: Snapshot(text(sha)))


def check_excerpts(task: tuple[Path, list[tuple[str, str, str, str]]]) -> tuple[list[tuple[str, str]], list[Any]]:
    """For each citation (id, excerpt, its source's text_sha256, the JSON array of its further
    texts' SHA-256s) whose source's snapshot is held: (verdict, id), verified when the excerpt
    is in one of the texts; and the W3C Web Annotation selectors of each excerpt verified, in
    its source's main text (exact, prefix, suffix, start, end, id)."""
    root, rows = task
    texts = _Texts(root)
    verdicts, selectors = [], []
    for id_, words, sha, more in rows:
        folded = fold(words)
        if any(found_in_folded(folded, texts.folded(other)) for other in [sha, *json.loads(more)]):
            verdicts.append(("verified", id_))
            found = texts.snapshot(sha).anchor(words)
            if found:
                selectors.append((found.exact, found.prefix, found.suffix, found.start, found.end, id_))
        else:
            verdicts.append(("not_found", id_))
    return verdicts, selectors


def check_quotes(task: tuple[Path, str, list[tuple[str, str | None, str, str]]]) -> list[tuple[str, str]]:
    """For each claim of a type (id, attribution, text, the JSON array of the SHA-256s of its
    cited sources' texts held): (verdict, id), verified when every words_to_check is in one of
    the texts; none for a claim with nothing to check or no text held."""
    root, type_, rows = task
    texts = _Texts(root)
    verdicts = []
    for claim, attribution, text, shas in rows:
        held = [texts.folded(sha) for sha in json.loads(shas)]
        checks = words_to_check({"type": type_, "attribution": attribution, "text": text})
        if held and checks:
            ok = all(any(found_in_folded(fold(words), folded) for folded in held) for _, words in checks)
            verdicts.append(("verified" if ok else "not_found", claim))
    return verdicts

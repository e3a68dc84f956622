"""Every figure of a whole text, read once: its figures (`figures.py`) with its changes by a fraction among them
("fell by a fifth": `fraction_changes.py`), and no more than one past MAX_FIGURES (enough to refuse it)."""

from __future__ import annotations

import functools

from kb.draft.figures import Figure, figures
from kb.draft.fraction_changes import with_fractions

MAX_FIGURES = 1_000  # in one text: a text holding more is a table or a data file, not an article


@functools.lru_cache(maxsize=2)  # counted before the draft, read for its conversions and its sentences
def every_figure(text: str) -> tuple[Figure, ...]:
    """The figures of a whole text, in order."""
    return with_fractions(text, tuple(figures(text, limit=MAX_FIGURES + 1)))

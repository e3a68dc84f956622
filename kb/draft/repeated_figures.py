"""Amounts a text gives again, which are one figure: the amount of the headline (or of a summary above the story's
dateline) that the story repeats ("UN-sponsored conference generates $2.6 billion in pledges" … "pledges have
reached $2.6 billion": the story's, which says more of it), and an amount named again with "the" ("About $135
million in new commitments were announced" … "more than half of the $135 million announced so far": the first).
Not percentages, which many figures share ("a 25% tariff on steel" … "the 25% tariff on cars"), nor the words of a
quote, recorded with their statement."""

from __future__ import annotations

import re

from kb.draft.dates import without_dateline
from kb.draft.text import overlaps
from kb.draft.text_figures import every_figure

# A headline: the text's first line, with no full stop, question mark or colon at its end, and a line after it.
_HEADLINE = re.compile(r"[^\n]{1,200}?(?<![.?!:\"”’'])\n")
TOP = 2000  # characters at the start of a text where the story may begin with its dateline


def _story_start(text: str) -> int:
    """Where the story starts after its headline: at the line that opens with its dateline ("BAKU, Azerbaijan —"),
    past a summary and captions above it; else after the headline (see _HEADLINE); else at the start."""
    at = 0
    for line in text[:TOP].split("\n"):
        if at and without_dateline(line) != line:
            return at
        at += len(line) + 1
    headline = _HEADLINE.match(text)
    return headline.end() if headline else 0


def repeated_at(text: str, said: list[tuple[int, int]]) -> frozenset[int]:
    """Where each amount the text gives again starts (see above): in the headline, the first of two; else the later,
    named with "the"."""
    body = _story_start(text)
    first: dict[tuple[str, str], int] = {}
    repeated: set[int] = set()
    for figure in every_figure(text):
        if figure.unit.startswith("percent") or overlaps(said, figure.start, figure.start + 1):
            continue
        before = first.setdefault((figure.value, figure.unit), figure.start)
        if before < body <= figure.start:
            repeated.add(before)  # the headline's amount, which the story gives again
            first[(figure.value, figure.unit)] = figure.start  # the story's copy is the one given before, from now on
        elif before < figure.start and text[max(0, figure.start - 4) : figure.start].lower() == "the ":
            repeated.add(figure.start)  # "the $135 million": the amount given before
    return frozenset(repeated)

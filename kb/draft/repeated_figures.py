"""Amounts a text gives again, which are one figure: the headline's amount that the story repeats ("UN-sponsored
conference generates $2.6 billion in pledges" … "pledges have reached $2.6 billion": the story's, which says more
of it), and an amount named again with "the" ("About $135 million in new commitments were announced" … "more than
half of the $135 million announced so far": the first). Not percentages, which many figures share ("a 25%
tariff on steel" … "the 25% tariff on cars"), nor the words of a quote, recorded with their statement."""

from __future__ import annotations

import re

from kb.draft.figures import every_figure
from kb.draft.text import overlaps

# A headline: the text's first line, with no full stop, question mark or colon at its end, and a line after it.
_HEADLINE = re.compile(r"[^\n]{1,200}?(?<![.?!:\"”’'])\n")


def repeated_at(text: str, said: list[tuple[int, int]]) -> frozenset[int]:
    """Where each amount the text gives again starts (see above): in the headline, the first of two; else the later,
    named with "the"."""
    headline = _HEADLINE.match(text)
    body = headline.end() if headline else 0
    first: dict[tuple[str, str], int] = {}
    repeated: set[int] = set()
    for figure in every_figure(text):
        if figure.unit.startswith("percent") or overlaps(said, figure.start, figure.start + 1):
            continue
        before = first.setdefault((figure.value, figure.unit), figure.start)
        if before < body <= figure.start:
            repeated.add(before)  # the headline's amount, which the story gives again
        elif before < figure.start and text[max(0, figure.start - 4) : figure.start].lower() == "the ":
            repeated.add(figure.start)  # "the $135 million": the amount given before
    return frozenset(repeated)

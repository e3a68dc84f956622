"""The day or month of something done, given without its year: never after the text was published ("said on May 3"
in a story of 18 April 2025 is 3 May 2024) — unless the clause speaks of the future ("will meet on May 5") or gives
the year ("on May 4, 2025")."""

from __future__ import annotations

import re

from kb.draft.dates import published_day, resolve

# Words of the future in a clause ("will meet on May 5", "are to meet"), and of something done ("met", "was taken").
_FUTURE = re.compile(
    r"\b(?:will|would|shall|next|upcoming|scheduled|due|expected|planned|plans?|set to|is to|are to)\b|’ll\b|'ll\b",
    re.IGNORECASE,
)
_DONE = re.compile(r"\b(?:said|told|met|held|had|was|were|took|spoke|wrote|signed|agreed)\b|\b[a-z]{3,}ed\b")


def resolve_done(clause: str, published: str) -> tuple[str, str] | None:
    """The date a clause of something done gives ("was taken at a meeting on February 13", "said on May 3"), as
    `resolve` does, but never after the publication day (see no_later_than) — unless the clause speaks of the
    future ("will meet on May 5") or of nothing done."""
    when = resolve(clause, published)
    return when if _FUTURE.search(clause) or not _DONE.search(clause) else no_later_than(when, clause, published)


def no_later_than(when: tuple[str, str] | None, clause: str, published: str) -> tuple[str, str] | None:
    """``when``, a day or a month the words of ``clause`` give, for something done: one given without its year
    that would fall after the publication day is the year before's ("met on February 13" in a text of January)."""
    day = published_day(published)
    if when is None or day is None or not when[0][:4].isdigit() or when[0] <= day.isoformat()[: len(when[0])]:
        return when
    if A_YEAR.search(when[1]) or re.search(rf"{re.escape(when[1])}[ ,.]*{A_YEAR.pattern}", clause):
        return when  # its year is given: "May 4, 2025"
    return when if when[0][5:] == "02-29" else (f"{int(when[0][:4]) - 1}{when[0][4:]}", when[1])


A_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")

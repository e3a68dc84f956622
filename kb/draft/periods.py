"""The period a figure covers: "in the year ended this March", "in 2014", "last year"."""

from __future__ import annotations

import re

from kb.draft.dates import MONTH_RE, month_number, resolve

_PERIOD_YEAR_ENDED = re.compile(
    rf"\b(?:[Ii]n|[Ff]or|[Dd]uring) (?:the )?(?:fiscal |financial )?year (?:that )?(?:ended|ending|to|through) "
    rf"(?:in )?(?:(?P<which>this|last|next) )?{MONTH_RE}(?: (?P<year>\d{{4}}))?"
)
_PERIOD_YEAR = re.compile(r"\b(?:in|for|during|of) (?:fiscal |calendar )?(?P<year>(?:19|20)\d\d)\b")
_PERIOD_LAST_YEAR = re.compile(r"\b(?:last|this) year\b")


def period(sentence: str, published: str) -> tuple[str | None, str | None]:
    """The period a figure covers, from "in the year ended this March", "in 2014", "last year"."""
    year_now = int(published[:4])
    ended = _PERIOD_YEAR_ENDED.search(sentence)
    if ended:
        month = month_number(ended.group(2))
        year = int(ended.group("year")) if ended.group("year") else year_now - (ended.group("which") == "last")
        start_month, start_year = (month % 12) + 1, year - 1 if month != 12 else year
        return f"{start_year}-{start_month:02d}", f"{year}-{month:02d}"
    # Not a year things happened since: "the highest since statistics were first compiled in 1979".
    years = (m for m in _PERIOD_YEAR.finditer(sentence) if "since" not in sentence[max(0, m.start() - 60) : m.start()])
    year_match = next(years, None)
    if year_match:
        return year_match.group("year"), year_match.group("year")
    relative = _PERIOD_LAST_YEAR.search(sentence)
    if relative:
        year = year_now - (relative.group().startswith("last"))
        return str(year), str(year)
    return None, None


# A month right after a figure, with up to two words of what it is between: the figure's own ("eased to 3.1% in June
# from 3.4% in May": the 3.4% is May's; "after a 2.1% rise in April"; "from $3.2 billion in February 2024").
_OWN_MONTH = re.compile(rf"(?:[ -][a-z]+){{0,2}}? (?:in|for) (?:the month of )?{MONTH_RE}(?: (?:19|20)\d\d)?\b")


def own_month(sentence: str, end: int, published: str) -> tuple[str, str] | None:
    """The month the words right after a figure ending at ``end`` give it, resolved as a sentence's date is, and
    those words; None when they give none (the figure then takes its sentence's date)."""
    found = _OWN_MONTH.match(sentence, end)
    return resolve(found.group().strip(" -"), published) if found else None

"""The period a figure covers: "in the year ended this March", "in 2014", "last year" — never the day the figures were
published ("In its latest report, published on May 29, the GSO said …")."""

from __future__ import annotations

import re

from kb.draft.dates import MONTH_RE, month_number, resolve
from kb.draft.figures import Figure

_PERIOD_YEAR_ENDED = re.compile(
    rf"\b(?:[Ii]n|[Ff]or|[Dd]uring) (?:the )?(?:fiscal |financial )?year (?:that )?(?:ended|ending|to|through) "
    rf"(?:in )?(?:(?P<which>this|last|next) )?{MONTH_RE}(?: (?P<year>\d{{4}}))?"
)
_PERIOD_YEAR = re.compile(r"\b(?:in|for|during|of) (?:fiscal |calendar )?(?P<year>(?:19|20)\d\d)\b")
_PERIOD_LAST_YEAR = re.compile(r"\b(?:last|this) year\b")


# The day a report or its figures came out: when they were told, not the time they cover.
_RELEASED = re.compile(
    rf"\b(?:published|released|issued|posted|put out)(?: (?:late |early )?on)? "
    rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|{MONTH_RE} \d{{1,2}}|\d{{1,2}} {MONTH_RE})(?:,? \d{{4}})?"
)


def sentence_date(sentence: str, published: str) -> tuple[str, str] | None:
    """The date a sentence gives its figures: its first, but the day they came out ("data released on Monday")."""
    return resolve(_RELEASED.sub("", sentence), published)


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
_OWN_MONTH = re.compile(rf"(?:[ -][a-z]+){{0,2}}? (?:in|for|during) (?:the month of )?{MONTH_RE}(?: (?:19|20)\d\d)?\b")


def own_month(sentence: str, end: int, published: str) -> tuple[str, str] | None:
    """The month the words right after a figure ending at ``end`` give it, resolved as a sentence's date is, and
    those words; None when they give none (the figure then takes its sentence's date)."""
    found = _OWN_MONTH.match(sentence, end)
    return resolve(found.group().strip(" -"), published) if found else None


# Words right after a figure that put it in the period before its sentence's: "from $27.49 billion in the same month a
# year earlier", "after a 7.3% fall in the previous month", "from $40.71 billion a month ago" (not a change's base:
# "rose 5% from a year earlier").
_EARLIER = re.compile(
    r"(?:[ -](?!from\b|than\b|on\b|over\b|compared\b|versus\b|to\b)[a-z]+){0,2}? (?:(?:in|for|during) the "
    r"(?:(?P<year>same (?:month|period|quarter) (?:a|one) year (?:earlier|before|ago)"
    r"|same (?:month|period|quarter) (?:of |in )?(?:the previous|last|the prior) year|(?:previous|prior) year"
    r"|year-(?:ago|earlier) (?:period|month|quarter))"  # "versus a deficit of ¥13.86 billion in the year-ago period"
    r"|(?:previous|prior|preceding) (?:month|period))|(?:a|one) (?:month|(?P<a_year>year)) (?:ago|earlier|before))\b"
)
# A month that owns the figure right after it: "reversing December's 6.2 percent fall".
_MONTH_BEFORE = re.compile(rf"\b{MONTH_RE}[’']s (?:[a-z-]+ )?$")


Dated = tuple[str, str] | None  # a date or period resolved, and the words that gave it


def figure_period(sentence: str, figure: Figure, when: Dated, published: str) -> Dated:
    """The period of a figure: the month right after it (own_month) or owning it right before it ("December's 6.2
    percent fall"), the period before its sentence's that the words after it give ("in the same month a year
    earlier", "in the previous month"; none when its sentence's is no month nor year), else its sentence's, ``when``."""
    start, end = figure.start, figure.end
    owner = _MONTH_BEFORE.search(sentence, max(0, start - 24), start)
    owned = resolve(f"in {owner.group(1)}", published) if owner else None
    earlier = _EARLIER.match(sentence, end)
    own = own_month(sentence, end, published) or owned
    if own or not earlier:
        return own or when
    if when is None or len(when[0]) not in (4, 7):
        return None  # the month before a day, or before no period given: not known
    year, month = int(when[0][:4]), int(when[0][5:] or 0)
    if earlier.group("year") or earlier.group("a_year") or not month:
        return f"{year - 1}{when[0][4:]}", earlier.group().strip()
    year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return f"{year}-{month:02d}", earlier.group().strip()

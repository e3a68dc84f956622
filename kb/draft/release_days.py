"""The day a release, a readout or a statement was written, from the date alone on a line at its head ("March 13,
2024", "Wednesday, 13 March 2024" under "Readout of President Lopez's Call with Prime Minister Novak"): what its
"today" and its weekdays count from, as a story's dateline is (`dates.local_day`) — when it agrees with the date
the text was published on (that day, the day after, or up to `dates.DATELINE_BEFORE` days before)."""

from __future__ import annotations

import datetime as dt
import re

from kb.draft import dates

_DATE_ALONE = re.compile(
    rf"^[ \t]*(?:[A-Z][a-z]+day,? )?(?:{dates.MONTH_RE}\.? \d{{1,2}},? \d{{4}}|\d{{1,2}} {dates.MONTH_RE},? \d{{4}})"
    r"[ \t]*$",
    re.MULTILINE,
)
HEAD = 600  # characters: where a release prints its date


def written_day(text: str, published: str) -> str | None:
    """The day the date alone on a line at the text's head gives, if it agrees with the published date."""
    found = _DATE_ALONE.search(text[:HEAD])
    day = dates.published_day(published)
    when = dates.resolve(found.group(), published) if found and day else None
    if when is None or day is None or not dates.is_day(when[0]):
        return None
    return when[0] if -1 <= (day - dt.date.fromisoformat(when[0])).days <= dates.DATELINE_BEFORE else None


def day_written(text: str, published: str) -> str:
    """The day the text was written, what its relative dates count from: the day its date line gives
    (`written_day`), else the day of its dateline or of its publication (`dates.local_day`)."""
    return written_day(text, published) or dates.local_day(published, text)

"""Days counted from another day or event: "three days before Tuesday's summit" (the summit's day less three),
"a week after the talks" (the talks' day, dated before, and seven), "the day after Monday's vote", "on the eve of
the summit", and after an event a sentence before dated: "a week later", "ten days earlier".

A count before an event named by a weekday ("two days before Sunday's election") is no day when the next such
weekday may be meant as well: in a story of Friday, Sunday's election may be two days ahead, and the words then said
today. Only a count back from a weekday further ahead than it counts is read ("three days before Tuesday's summit" in
a story of Friday: last Saturday)."""

from __future__ import annotations

import datetime as dt
import re

NUMBERS = ("a", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")  # "a" day: one
COUNT = rf"(?:{'|'.join(NUMBERS)}|an|one|\d{{1,2}})"
_UNIT = r"(?:days?|weeks?)"
# A count of days before the day or the event it counts from: "three days before ", "a week after the ", "the day
# after the bilateral ", "the eve of the ", "the morning after the ", "the second day of the ", "day three of the " (up
# to two words describing the event after its determiner).
_BEFORE_NAMED = re.compile(
    r"\b(?<!\bby )(?<!\bfor )(?<!within )(?<!\bover )"  # no duration: "extended by 60 days after the talks"
    rf"(?P<phrase>(?:(?P<count>{COUNT}) (?P<unit>{_UNIT})|the day) (?P<way>before|after|ahead of|prior to)"
    r"|the eve of|the morning after|the (?:night|evening) before"
    r"|(?P<nth>second|third|fourth|fifth|sixth|seventh) day of|day (?P<number>two|three|four|five|six|seven|[2-7]) of)"
    r"\s+(?P<named>(?:(?:the|their|its|his|her|this|that|last|next|Monday|Tuesday|Wednesday|Thursday|Friday"
    r"|Saturday|Sunday)(?:[’']s)?\s+(?:[\w’'-]+\s+){0,2})?)$",
    re.IGNORECASE,
)
# A day counted from the event a sentence before dated: "the next day", "later that day", "a day earlier",
# "two days later", "a week earlier".
_COUNTED_ON = re.compile(
    r"\b(?:(?P<same>that (?:day|morning|afternoon|evening|night)|the same day"
    r"|(?:hours|minutes|shortly) (?:later|after))|(?P<next>the (?:next|following) (?:day|morning|afternoon|evening)"
    r"|a day later)|(?P<previous>the (?:day|night|evening) before|the previous (?:day|evening|night)|a day earlier)"
    rf"|(?P<count>{COUNT}) (?P<unit>{_UNIT}) (?P<way>later|earlier))\b",
    re.IGNORECASE,
)


def days_of(count: str, unit: str) -> int:
    """The days a count gives: "three days" 3, "a week" 7, "two weeks" 14."""
    word = count.lower()
    number = int(word) if word.isdigit() else 1 if word in ("a", "an", "one") else NUMBERS.index(word) + 1
    return number * (7 if unit.lower().startswith("week") else 1)


def counted_before(words: str, at: int) -> tuple[int, str, int] | None:
    """The days the words just before ``at`` count from the day or event named there, those words, and where
    what they count from is named: "three days before " (-3), "a week after the " (+7), "the eve of the " (-1);
    None if they count none."""
    base = max(0, at - 80)
    window = words[base:at]
    low = window.lower()  # most words before an event or a day count no days: quicker than the search
    found = _BEFORE_NAMED.search(window) if any(word in low for word in _QUICK) else None
    if found is None:
        return None
    named = base + found.start("named")
    if found.group("nth") or found.group("number"):  # "the second day of the summit", "day three of the talks"
        return _after_opening(found.group("nth") or found.group("number")), found.group(), named
    if not found.group("way"):  # "the eve of", "the night before" (-1), "the morning after" (+1)
        return (1 if found.group("phrase").lower().endswith("after") else -1), found.group(), named
    days = days_of(found.group("count"), found.group("unit")) if found.group("count") else 1
    return (days if found.group("way").lower() == "after" else -days), found.group(), named


_NTH = ("second", "third", "fourth", "fifth", "sixth", "seventh")
_QUICK = ("day", "week", "eve", "morning", "night")  # a word every count before a day or an event holds


def _after_opening(number: str) -> int:
    """The days after its first an event's numbered day is: "second" 1, "three" 2, "4" 3."""
    word = number.lower()
    return int(word) - 1 if word.isdigit() else (_NTH.index(word) if word in _NTH else NUMBERS.index(word) - 1) + 1


def shifted(day: str, days: int) -> str:
    return (dt.date.fromisoformat(day) + dt.timedelta(days=days)).isoformat()


def ahead_too(event: str, days: int, published: dt.date) -> bool:
    """Whether a count back of ``days`` from an event named by its weekday only (resolved back to ``event``) may
    count from the next such weekday too: the event a week on, and the words still said by ``published``."""
    return days < 0 and dt.date.fromisoformat(event) + dt.timedelta(days=7 + days) <= published


def counted_on(clause: str) -> tuple[int, str] | None:
    """The days a clause counts on from the last event told, and its words: "the next day" (+1), "that morning"
    (0), "a day earlier" (-1), "two weeks later" (+14); None if it counts none."""
    found = _COUNTED_ON.search(clause)
    if found is None:
        return None
    if found.lastgroup != "way":
        return {"same": 0, "next": 1, "previous": -1}[str(found.lastgroup)], found.group()
    days = days_of(found.group("count"), found.group("unit"))
    return (days if found.group("way").lower() == "later" else -days), found.group()

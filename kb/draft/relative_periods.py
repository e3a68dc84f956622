"""The periods words name relative to the day a text was written: "this week", "last week" (its month, when all of
it lies in one month), "next month", "last year", and "on the 10th", as translated Korean and Japanese reports write
a day (that day of this month, or of the month before when the 10th is still to come)."""

from __future__ import annotations

import datetime as dt


def relative(which: str, unit: str, day: dt.date) -> str | None:
    """The period "this", "last" or "next" week, month or year names, written on ``day``."""
    step = {"last": -1, "next": 1}.get(which, 0)
    if unit == "week" and which == "last":
        return _last_week(day)
    if unit == "week":
        return _week(day - dt.timedelta(days=day.weekday()) + dt.timedelta(weeks=step))
    if unit == "month":
        month = day.month + step
        year = day.year + (month - 1) // 12
        return f"{year}-{(month - 1) % 12 + 1:02d}"
    return str(day.year + step)


def _week(monday: dt.date) -> str:
    sunday = monday + dt.timedelta(days=6)
    return monday.strftime("%Y-%m") if monday.month == sunday.month else str(monday.year)


def _last_week(day: dt.date) -> str | None:
    """The month "last week" gives: every day it can mean, from the Monday of the week before ``day``'s
    through the day before ``day``, lies in that month; else none (a week across two months is undated)."""
    first, last = day - dt.timedelta(days=day.weekday() + 7), day - dt.timedelta(days=1)
    return first.strftime("%Y-%m") if (first.year, first.month) == (last.year, last.month) else None


def day_of_month(number: int, day: dt.date) -> str | None:
    """The day "on the 10th" names, written on ``day``: that day of its month, or of the month before when the
    number is after ``day``'s (none for a day no such month has)."""
    year, month = day.year, day.month
    if number > day.day:
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    try:
        return dt.date(year, month, number).isoformat()
    except ValueError:
        return None

"""Dates as people write them, from ISO 8601 dates as precise as known."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

# fmt: off
MONTHS = ("January", "February", "March", "April", "May", "June",
          "July", "August", "September", "October", "November", "December")
# fmt: on
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$")


def human_date(value: str) -> str:
    """An ISO 8601 date as people write it: 18 April 2025, April 2025, 2025."""
    match = _DATE.match(value or "")
    if not match:
        return value
    year, month, day, hour, minute, zone = match.groups()
    text = year
    if month:
        text = f"{MONTHS[int(month) - 1]} {year}"
    if day:
        text = f"{int(day)} {text}"
    if hour:
        text += f", {hour}:{minute}" + (" UTC" if zone == "Z" else f" {zone}" if zone else "")
    return text


def date_parts(value: str) -> list[int]:
    """The CSL date-parts of an ISO 8601 date, as precise as it is: [2025, 4, 18], [2025, 4], [2025]."""
    match = _DATE.match(value or "")
    if not match:
        return []
    return [int(part) for part in match.groups()[:3] if part]


def day_words(date: str) -> str:
    """2025-04-18 → Friday 18 April 2025; 2025-04 → April 2025; 2025 → 2025."""
    try:
        if len(date) >= 10:
            day = dt.date.fromisoformat(date[:10])
            return f"{day:%A} {day.day} {day:%B %Y}"
        if len(date) == 7:
            return f"{dt.date.fromisoformat(date + '-01'):%B %Y}"
    except ValueError:
        pass
    return date


def claim_date(body: dict[str, Any]) -> str:
    """When a claim happened as far as known: its occurred_at, or for an undated claim the date
    its source reported it."""
    return str(body.get("occurred_at") or body["reported_at"])

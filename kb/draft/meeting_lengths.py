"""How long a meeting lasted, as the words give it: "for about 50 minutes", "for over two hours", "a 75-minute
meeting" (an ISO 8601 duration, the qualifier of its number, and the words)."""

from __future__ import annotations

import re

# How long: "for about 50 minutes", "for over two hours", "a 75-minute meeting".
_LENGTH = re.compile(
    r"\bfor (?:(?P<qualifier>about|around|some|roughly|approximately|nearly|almost|over|more than|just over|"
    r"under|less than|just under|at least) )?(?P<number>\d{1,3}|an?|one|two|three|four|five|six|ten|fifteen|twenty|"
    r"thirty|forty|forty-five|fifty|ninety|half an) (?P<unit>minutes?|hours?)\b"
    r"|\b(?P<number2>\d{1,3})-(?P<unit2>minute|hour)\b"
)
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "ten": 10, "fifteen": 15,
            "twenty": 20, "thirty": 30, "forty": 40, "forty-five": 45, "fifty": 50, "ninety": 90}  # fmt: skip
QUALIFIERS = {"about": "about", "around": "about", "some": "about", "roughly": "about", "approximately": "about",
              "nearly": "nearly", "almost": "nearly", "over": "over", "more than": "over", "just over": "over",
              "under": "under", "less than": "under", "just under": "under", "at least": "at_least"}  # fmt: skip


def length(words: str) -> tuple[str, str | None, str] | None:
    """How long a meeting lasted, as the words give it: (ISO 8601 duration, qualifier, the words)."""
    found = _LENGTH.search(words)
    if found is None:
        return None
    number = (found.group("number") or found.group("number2")).lower()
    unit = (found.group("unit") or found.group("unit2")).lower()
    minutes = 30 if number == "half an" else (int(number) if number.isdigit() else _NUMBERS[number])
    minutes *= 60 if unit.startswith("hour") and number != "half an" else 1
    iso = f"PT{minutes // 60}H" if minutes % 60 == 0 else f"PT{minutes}M"
    return iso, QUALIFIERS.get((found.group("qualifier") or "").lower()), found.group().strip()

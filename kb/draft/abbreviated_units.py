"""Units of measure written short after a number, some holding a scale: "75,000 b/d" and "220 kb/d" and
"0.4 mb/d" (barrels per day), "40 bcm" (billion cubic metres), "1.2 tcm", "3 bcf" (billion cubic feet),
"35.8 Mt" and "1.5 Gt" (million and billion tonnes), "3 MMT" (million metric tons), "5.2 mtpa" (million
tonnes a year), "125 kg" (kilograms) — joined to the number too ("40bcm/year"), and "t" for tonnes only so
("a TAC of 576,958t")."""

from __future__ import annotations

import re
from dataclasses import dataclass

# As written (case counts: "Mt" is a million tonnes where "mt" is metric tons, counts.py), with the scale its
# letters hold and the unit it stands for ("kt" is not one: knots too, in shipping news).
_UNITS = {
    "b/d": (None, "barrels per day"),
    "kb/d": ("thousand", "barrels per day"),
    "mb/d": ("million", "barrels per day"),
    "bcm": ("billion", "cubic metres"),
    "tcm": ("trillion", "cubic metres"),
    "bcf": ("billion", "cubic feet"),
    "Mt": ("million", "tonnes"),
    "Gt": ("billion", "tonnes"),
    "tcf": ("trillion", "cubic feet"),
    "MMT": ("million", "metric tons"),
    "mtpa": ("million", "tonnes per year"),
    "MTPA": ("million", "tonnes per year"),
    "kg": (None, "kilograms"),
    "t": (None, "tonnes"),  # joined to its number only: "a TAC of 576,958t" (not "5 t")
}
# Right after the number, past one space at most, and never inside a longer word or path ("40 bcms", "b/day"; but
# "40bcm/year").
SHORT = r"(?:kb/d|mb/d|b/d|bcm|tcm|bcf|tcf|Mt|Gt|MMT|mtpa|MTPA|kg|(?<=\d)t)(?!\w)(?!/(?!(?:year|yr)\b))(?![’'])"
_AFTER = re.compile(rf" ?(?P<unit>{SHORT})(?P<year> ?/ ?(?:year|yr)\b)?")


@dataclass(frozen=True)
class Short:
    unit: str  # what the letters stand for, per year when they say so: "cubic metres per year"
    scale: str | None  # the scale the letters hold: "million" for "mb/d"
    end: int  # where the letters end


def after(text: str, end: int) -> Short | None:
    """The unit written short right after a number that ends at ``end``, if one is."""
    found = _AFTER.match(text, end)
    if found is None:
        return None
    scale, unit = _UNITS[found.group("unit")]
    return Short(f"{unit} per year" if found.group("year") else unit, scale, found.end())

"""Changes by a fraction of what changed: "imports fell by a fifth", "exports rose by a third to $300 million",
"cut emissions by half", "dropped by two-thirds", "slid to 4 million tonnes, down a fifth" — a figure in
percent whose words are the fraction ("a fifth": 20 percent; "a third": 33.3, approximate), and only where a
verb or a word of change comes right before it (changes.change_of): "a third of its debt" or "backed by half the
members" is no figure, nor a fraction before the object it changes ("reduce by half the 25 percent tariff")."""

from __future__ import annotations

import re
from decimal import Decimal

from kb.draft import changes
from kb.draft.figures import APPROXIMATE, LOWER, Figure

_PARTS = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "tenth": 10}
_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "nine": 9}
_FRACTION = re.compile(
    r"(?:(?<=\bby )|(?<=\bup )|(?<=\bdown ))"
    r"(?P<approx>(?:nearly|almost|about|around|roughly|more than|over|at least) )?"
    r"(?P<fraction>(?:a |one[- ])?half|(?P<count>a|one|two|three|four|nine)[- ](?P<part>third|quarter|fifth|tenth)s?)\b"
    # Not a part of a whole ("by half of its members"), a time ("half past nine"), a fraction before the object
    # it changes ("reduce by half the 25 percent tariff": the level it halves is a figure of its own, no level of this),
    # nor one the amount after "or" gives exactly ("fell by nearly a third, or 31%": the 31% is the change).
    r"(?! of\b|,? or\b|[- ](?:past|an hour|time)\b"
    r"| (?:(?:the|its|their|his|her|this|that|these|those|a|an|our)\b|[$€£¥₹\d]))"
)


def _percent(found: re.Match[str]) -> tuple[str, bool]:
    """The fraction as a percentage, and whether it is rounded ("a third": 33.3)."""
    count, part = (1, 2) if found["part"] is None else (_COUNTS[found["count"]], _PARTS[found["part"]])
    exact = Decimal(100 * count) / Decimal(part)
    rounded = exact.quantize(Decimal("0.1"))
    return format(rounded.normalize(), "f"), rounded != exact


def with_fractions(text: str, found: tuple[Figure, ...]) -> tuple[Figure, ...]:
    """The figures of ``text`` (``found``, in order) with the changes by a fraction among them, in order."""
    if "by " not in text and "up " not in text and "down " not in text:
        return found
    extra: list[Figure] = []
    for each in _FRACTION.finditer(text):
        value, rounded = _percent(each)
        approx = (each["approx"] or "").strip()
        bound = "lower" if approx in LOWER else None
        figure = Figure(
            value, "percent", rounded or approx in APPROXIMATE, bound, each.group(), each.start(), each.end()
        )
        if changes.change_of(text, figure) is not None:
            extra.append(figure)
    if not extra:
        return found
    return tuple(sorted((*found, *extra), key=lambda figure: figure.start))

"""The period of each figure of a sentence that gives several: the month right after it, the month owning it before
it, or the period before the sentence's that the words after it give ("in the same month a year earlier", "in the
previous month", "a month ago") — not a change's base ("rose 5% from a year earlier"), nor the day the figures came
out ("data released on Tuesday"). Sentences written for these tests (kb/draft/periods.py). Published 2025-04-18."""

from __future__ import annotations

import pytest
from drafting import drafted_text, of_type


def periods(text: str) -> list[tuple[str, str | None]]:
    """Each data point's amount (its value, or its change's) and period."""
    points = of_type(drafted_text(text + "\n"), "data_point")
    return [(p.get("value") or p["change"]["amount"], p.get("occurred_at")) for p in points]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile's trade surplus soared to $45 billion in March from $27 billion in the same month a year earlier.",
         [("45000000000", "2025-03"), ("27000000000", "2024-03")]),
        ("Chile's exports rose 3.3% in March, recovering from a 1.3% drop in the previous month.",
         [("3.3", "2025-03"), ("1.3", "2025-02")]),
        ("Chile's imports fell 5.6% in January, after a 7.3% fall in the previous month.",
         [("5.6", "2025-01"), ("7.3", "2024-12")]),
        ("Chile's trade surplus rose to $51 billion in March from $40 billion a month ago.",
         [("51000000000", "2025-03"), ("40000000000", "2025-02")]),
        ("Chile's exports climbed 7.9 percent in January, reversing December's 6.2 percent fall.",
         [("7.9", "2025-01"), ("6.2", "2024-12")]),
        ("Chile logged a trade surplus of $339 million during February, versus a deficit of $13 million in the "
         "year-ago period.", [("339000000", "2025-02"), ("13000000", "2024-02")]),
    ],
)  # fmt: skip
def test_a_figure_of_an_earlier_period_takes_that_period(text, expected):
    assert periods(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Chile's exports rose 5% in March from a year earlier.",
        "Chile's exports rose 5% in March on the previous month.",
        "Chile's exports rose 5% in March compared with the same month a year earlier.",
    ],
)
def test_a_change_s_base_is_no_period_of_its_figure(text):
    assert periods(text) == [("5", "2025-03")]


def test_the_month_before_a_day_is_not_known():
    text = "Chile's exports rose 5% on April 2, after a 3% fall in the previous month."
    assert periods(text) == [("5", "2025-04-02"), ("3", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In its latest report, published on April 15, the statistics office said Chile ran a trade gap of $8.7 "
         "billion.", [("8700000000", None)]),
        ("Figures released on Tuesday showed Chile's exports rose 5% in March.", [("5", "2025-03")]),
        ("Data released on Tuesday showed Chile's trade surplus was $3.7 billion.", [("3700000000", None)]),
        ("Chile's trade surplus reached $3.7 billion on Tuesday, the day the figures were released.",
         [("3700000000", "2025-04-15")]),
        ("Chile pledged $3 million, announced on Tuesday, to the fund.", [("3000000", "2025-04-15")]),
    ],
)  # fmt: skip
def test_the_day_a_report_came_out_is_no_period_of_its_figures(text, expected):
    assert periods(text) == expected

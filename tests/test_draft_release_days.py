"""A release's date line is the day it was written: its "today" and its weekdays count from it
(`kb/draft/release_days.py`)."""

from __future__ import annotations

import pytest

from kb.draft.release_days import written_day
from tests.drafting import drafted_statements

PUBLISHED = "2024-03-15"  # a Friday
BODY = "Trade Minister Ida Berg said today that the fisheries talks with Southland had made progress.\n"


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("March 13, 2024", "2024-03-13"),
        ("Wednesday, 13 March 2024", "2024-03-13"),
        ("13 March 2024", "2024-03-13"),
        ("Mar. 14, 2024", "2024-03-14"),
        ("March 15, 2024", "2024-03-15"),
    ],
)
def test_a_date_alone_on_a_line_at_the_head_is_the_day_today_means(line, day):
    text = f"Norland and Southland: the fisheries talks\n\n{line}\n\n{BODY}"
    assert written_day(text, PUBLISHED) == day
    [said] = drafted_statements(text, PUBLISHED)
    assert said["occurred_at"] == day


@pytest.mark.parametrize(
    "head",
    [
        "Norland and Southland: the fisheries talks\n\nMarch 13, 2019\n\n",  # a date far from the published one
        "Norland and Southland: the fisheries talks\n\nThe talks opened on March 13, 2024.\n\n",  # in a sentence
        "Norland and Southland: the fisheries talks\n\n" + "The ministry publishes its statements here. " * 14 + "\n\n"
        "March 13, 2024\n\n",  # too far down to head the text
    ],
)
def test_no_other_date_is_the_day_it_was_written(head):
    assert written_day(f"{head}{BODY}", PUBLISHED) is None


def test_without_a_date_line_today_is_the_day_of_publication():
    [said] = drafted_statements(f"Norland and Southland: the fisheries talks\n\n{BODY}", PUBLISHED)
    assert said["occurred_at"] == PUBLISHED

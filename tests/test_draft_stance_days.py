"""kb draft: the day of words that express a stance ("expressed hope", "voiced concern", "conveyed her wish") is
given by the clause of the stance, never by what the stance is about; and nothing is said after the story that
reports it. Texts written for these tests, in a story published on Friday 18 April 2025."""

from __future__ import annotations

import pytest
from drafting import day_of


@pytest.mark.parametrize(
    ("text", "words", "day"),
    [
        (
            "After the talks on Tuesday, Trade Minister Anna Lind expressed her hope of reaching a deal at the summit "
            "scheduled for mid-June.",
            "expressed her hope",
            "2025-04-15",
        ),
        (
            "Trade Minister Anna Lind expressed hope on Wednesday that the deal would be signed on April 28.",
            "hope",
            "2025-04-16",
        ),
        ("Foreign Minister Piotr Novak voiced concern about the vote planned for May 30.", "concern", None),
        ("Trade Minister Anna Lind conveyed her wish to meet again in July.", "wish", None),
        ("The envoy, Sara Ruiz, voices doubts over whether the ceasefire agreed on March 3 will hold.", "doubts", None),
        (
            "Trade Minister Anna Lind expressed satisfaction with the progress of the measures agreed after the "
            "President's visit to Lima in April 2024.",
            "satisfaction",
            None,
        ),
    ],
)
def test_a_stance_is_dated_by_its_own_clause(talks, text, words, day):
    assert day_of(text, words) == day


def test_nothing_is_said_after_the_story_that_reports_it(talks):
    text = 'Trade Minister Anna Lind will say at the summit next month that "the deal is done."'
    assert day_of(text, "will say at") is None

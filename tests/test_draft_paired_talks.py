"""Talks named by the two sides that held them, joined by a hyphen (kb/draft/paired_talks.py): their sides met, when
the text says the talks were held. Sentences written for these tests."""

from __future__ import annotations

import pytest
from drafting import drafted_meetings


@pytest.mark.parametrize(
    ("text", "met"),
    [
        ("The third round of Chile-Peru talks was held in Lima on Monday.", ["Chile", "Peru"]),
        ("The fifth round of the Chile-EU Free Trade Agreement negotiations was held in Brussels on 24-28 April.",
         ["Chile", "European Union"]),
        ("The Kenya–Tanzania talks ended in Arusha on Monday.", ["Kenya", "Tanzania"]),
        ("The South Korea-Japan summit took place in Tokyo on Monday.", ["South Korea", "Japan"]),
    ],
)  # fmt: skip
def test_talks_named_by_two_sides_and_held_are_a_meeting_of_both(text, met):
    assert drafted_meetings(text + "\n", "2025-04-30") == [met]


@pytest.mark.parametrize(
    "text",
    [
        "Chile-Peru trade talks have stalled.",  # spoken of, not held
        "The Chile-Peru deal was signed in Lima.",  # no talks
        "Guinea-Bissau talks were held in Bissau on Monday.",  # one country's name
        "The Chile-Peru talks will begin in Lima next week.",  # to come, no holding said
        "Talks on the Kenya-Tanzania border were discussed in Nairobi.",
    ],
)
def test_talks_only_spoken_of_or_a_name_with_a_hyphen_are_no_meeting(text):
    assert drafted_meetings(text + "\n", "2025-04-30") == []

"""Parties who convened, reconvened or gathered somewhere met, as "A and B met" (sentences written for these tests;
kb/draft/meetings.py)."""

from __future__ import annotations

import pytest
from drafting import meeting_parties


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Delegations from Chile and Peru convened in Lima for a fourth round of talks.", ["Chile", "Peru"]),
        ("Trade Minister Ana Lind and Finance Minister Omar Diallo convened in Geneva on Tuesday.",
         ["Ana Lind", "Omar Diallo"]),
        ("Tomas Novak and Lucas Moreau gathered at the embassy for a working dinner.", ["Tomas Novak", "Lucas Moreau"]),
        ("Negotiators of Ghana and Kenya finally convened.", ["Ghana", "Kenya"]),
        ("Negotiators from Chile and Peru reconvened in Lima on Monday to seek a deal.", ["Chile", "Peru"]),
    ],
)  # fmt: skip
def test_parties_who_convened_or_gathered_met(text, expected):
    assert meeting_parties(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "President Kwame Osei convened the National Security Council on Wednesday.",
        "Minister Tomas Novak gathered his advisers for a briefing.",
        "Figures gathered in Norway and Sweden show a rise in catches.",
        "Protesters gathered outside the ministry in Oslo.",
        "President Kwame Osei reconvened the National Security Council on Wednesday.",
    ],
)
def test_convening_a_body_or_gathering_things_is_no_meeting(text):
    assert meeting_parties(text) == []

"""kb draft: a body's words dated in a sentence and its spokesperson's words right beside them are one statement's,
of one day ("The commerce ministry said on Thursday …" then '"…," Lin Wei, a ministry spokesperson, said.') — not a
spokesperson of another body, nor words given on another occasion. Texts written for these tests."""

from __future__ import annotations

import pytest
from drafting import day_of


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "China's commerce ministry said on Thursday that both sides had held several rounds of talks.\n"
            '"We hope the two sides will meet each other halfway," Lin Wei, a ministry spokesperson, said.',
            "meet each other halfway",
        ),
        (
            "The Norwegian foreign ministry said on Thursday it would not sign the quota deal.\n\n"
            '"Our fishermen cannot accept these numbers," said ministry spokeswoman Ana Lind.',
            "cannot accept these numbers",
        ),
        (
            "The State Department said on Thursday that the talks would resume next week. "
            '"Both delegations are ready," added department spokesman Kofi Osei.',
            "Both delegations are ready",
        ),
    ],
)
def test_a_bodys_words_and_its_spokespersons_beside_them_share_their_day(text: str, words: str) -> None:
    assert day_of(text, words) == "2025-04-17"


@pytest.mark.parametrize(
    "text",
    [
        # a spokesperson of another body
        "China's commerce ministry said on Thursday that both sides had held several rounds of talks.\n"
        '"We hope the two sides will meet each other halfway," Lin Wei, an embassy spokesperson, said.',
        # words given on another occasion
        "China's commerce ministry said on Thursday that both sides had held several rounds of talks.\n"
        '"We hope the two sides will meet each other halfway," Lin Wei, a ministry spokesperson, told the BBC.',
        # not a spokesperson: an official of the ministry may speak on another day
        "China's commerce ministry said on Thursday that both sides had held several rounds of talks.\n"
        '"We hope the two sides will meet each other halfway," Lin Wei, a ministry official, said.',
    ],
)
def test_a_spokesperson_of_another_body_or_on_another_occasion_stays_undated(text: str) -> None:
    assert day_of(text, "meet each other halfway") is None

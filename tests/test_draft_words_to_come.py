"""kb draft: words still to be said are no statement ("Lind will say at the summit that …"); words said are, even
of what is to come. Texts written for these tests."""

from __future__ import annotations

import pytest
from drafting import drafted_statements


@pytest.mark.parametrize(
    "text",
    [
        "Trade Minister Anna Lind will say in a speech on May 2 that the deal is done.",
        "Foreign Minister Piotr Novak shall tell the assembly tomorrow that Poland will sign.",
    ],
)
def test_words_still_to_be_said_are_no_statement(text):
    assert drafted_statements(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Trade Minister Anna Lind said on Monday that the deal will be done.",
        "Trade Minister Anna Lind told reporters she will say more once the talks end.",
        "Trade Minister Anna Lind would say only that the talks were going well.",
    ],
)
def test_words_said_of_what_is_to_come_are_a_statement(text):
    assert len(drafted_statements(text)) == 1

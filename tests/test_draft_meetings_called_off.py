"""A meeting its own sentence calls off is none held, but a thing else called off in a clause of its own leaves the
meeting held (sentences written for these tests; kb/draft/called_off.py)."""

from __future__ import annotations

import pytest
from drafting import meeting_parties

pytestmark = pytest.mark.usefixtures("talks")


@pytest.mark.parametrize(
    "text",
    [
        "A meeting between Ana Lopez and Omar Diallo was cancelled.",
        "Lopez's talks with President Omar Diallo have been postponed until further notice.",
        "The call between Ana Lopez and Omar Diallo, set for Monday, was scrapped.",
        "Negotiations between Chile and Peru were suspended on Friday.",
        "Talks in Geneva between Chile and Peru have been indefinitely put off.",
        "The EU has asked that the annual negotiations between Norway and the EU are put on hold.",  # "and the" parties
        "Talks between Chile and Peru are suspended until May.",
    ],
)
def test_a_meeting_called_off_is_none_held(text):
    assert meeting_parties(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Talks between Ana Lopez and Omar Diallo went ahead after the summit was cancelled.",
            ["Ana Lopez", "Omar Diallo"],
        ),
        ("Lopez's meeting with President Omar Diallo, whose visit was delayed, went well.", ["Lopez", "Omar Diallo"]),
        ("Talks between Chile and Peru were held in Lima when the vote was postponed.", ["Chile", "Peru"]),
        ("After a call from Omar Diallo, Ana Lopez said the vote is delayed.", ["Ana Lopez", "Omar Diallo"]),
    ],
)
def test_a_thing_else_called_off_leaves_the_meeting_held(text, expected):
    assert meeting_parties(text) == [expected]

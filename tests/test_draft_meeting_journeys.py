"""A journey to a country for talks is a meeting with that country, of the person who went or of the country whose
delegation or negotiators went (sentences written for these tests; kb/draft/meeting_nouns.py)."""

from __future__ import annotations

import pytest
from drafting import meeting_parties

pytestmark = pytest.mark.usefixtures("talks")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officials said an Israeli delegation from the army and the police went to Cairo on Friday to discuss the "
            "border.",
            ["Israel", "Egypt"],
        ),
        (
            "A Chinese delegation led by a vice minister flew to Washington last week for trade talks.",
            ["China", "United States"],
        ),
        ("Chile sent its negotiators to Peru on Monday to negotiate the maritime border.", ["Chile", "Peru"]),
        ("Ukraine sent a delegation to Ankara to take part in talks on a ceasefire.", ["Ukraine", "Turkey"]),
        ("Trade Minister Ana Lopez travelled to Chile this week to hold talks on lithium.", ["Ana Lopez", "Chile"]),
        ("Mediators said a Qatari team went to Cairo to discuss the release of hostages.", ["Qatar", "Egypt"]),
        ("An Israeli delegation visited Cairo on Friday for talks on the border.", ["Israel", "Egypt"]),
    ],
)
def test_a_journey_to_a_country_to_discuss_is_a_meeting_with_it(text, expected):
    assert meeting_parties(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Trade Minister Ana Lopez will travel to Chile next week to discuss lithium.",  # to come
        "Ana Lopez went to Chile to attend a wedding.",  # no talks
        "Ukraine sent a delegation to Ankara.",  # no talks said
        "A delegation went to Cairo on Friday for talks.",  # whose, the sentence does not say
        "Ana Lopez visited Chile on Friday.",  # no talks
    ],
)
def test_a_journey_without_talks_or_without_who_went_is_no_meeting(text):
    assert meeting_parties(text) == []

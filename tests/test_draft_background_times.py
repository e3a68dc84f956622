"""kb draft: a speaker's words keep the day the story gave them across a sentence of background between them — a
fact of an earlier time that no one speaks in ("On Monday, 300 trucks crossed the border.", "Talks began in 2019.")
— but not across a time someone spoke at, talks in the days before, a period running on to the story's day or a
time to come. Texts written for these tests."""

from __future__ import annotations

import pytest
from drafting import PUBLISHED, day_of  # a Friday

from kb.draft.background_times import background


@pytest.mark.parametrize(
    ("text", "later"),
    [
        (  # a spokesperson's weekly briefing, then a count of the days before
            "At his weekly briefing on Thursday, foreign ministry spokesman Erik Berg said the border stayed open.\n\n"
            "On Monday, some 300 trucks crossed it.\n\n"
            'Berg called the claims of a closure "pure invention".',
            "pure invention",
        ),
        (  # a minister's interview, then the history of the talks
            'Trade Minister Ana Lind said on Thursday that a deal was "within reach".\n\n'
            "Negotiations on the agreement opened in March 2019 and stalled in 2021.\n\n"
            '"We are not going back to square one," Lind said.',
            "square one",
        ),
        (  # a negotiator's remarks, then what happened at the last round
            'Chief negotiator Kofi Osei told reporters on Thursday that "the gaps are narrowing".\n\n'
            "At the last round in Accra on March 3, the two sides swapped offers on tariffs.\n\n"
            '"Nobody wants another delay," Osei said.',
            "another delay",
        ),
        (  # a figure of last year between
            'Speaking in Oslo on Thursday, Fatou Diallo said the quota was "fair".\n\n'
            "The catch fell by a fifth in January, to 40,000 tonnes.\n\n"
            '"Fishermen will see the benefit next season," Diallo said.',
            "next season",
        ),
    ],
)
def test_a_speakers_words_keep_their_day_across_a_sentence_of_background(text: str, later: str) -> None:
    assert day_of(text, later) == "2025-04-17"


@pytest.mark.parametrize(
    "between",
    [
        "The closure was announced on Monday.",  # someone speaking then
        "The two sides held talks in Geneva on Tuesday.",  # talks the words may have been said at
        "Customs officers have been on strike since Monday.",  # a period running on to the story's day
        "The two sides meet again in May.",  # a time to come, the story moves on to
    ],
)
def test_a_time_someone_spoke_at_or_talks_of_the_days_before_still_end_the_run(between: str) -> None:
    text = (
        "At his weekly briefing on Thursday, foreign ministry spokesman Erik Berg said the border stayed open.\n\n"
        f"{between}\n\n"
        'Berg called the claims of a closure "pure invention".'
    )
    assert day_of(text, "pure invention") is None


@pytest.mark.parametrize(
    ("sentence", "is_background"),
    [
        ("On November 4, over 1,900 pilgrims entered the country.", True),
        ("The summit in Lima in March 2016 ended without a deal.", True),  # an event of another year
        ("The delegations met in Geneva on Wednesday.", False),  # an event of the day before
        ("The minister said on Monday that the talks had failed.", False),  # someone speaking
        ("Exports rose 3% on Thursday.", True),  # the words' own day
        ("Osei held a news conference on Thursday.", False),  # an occasion of speaking, even that day
        ("Prices have risen since January.", False),  # a period running on
    ],
)
def test_what_is_background_to_words_of_a_thursday(sentence: str, is_background: bool) -> None:
    assert background(sentence, PUBLISHED, "2025-04-17") is is_background


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (  # a quote dated only by the speaker's next words, a history and the day's own news between
            '"We got nearly everything we asked for," said Commerce Secretary Ana Lind.\n\n'
            "The quota was first set in December 2014 and cut in half the next year.\n\n"
            "The new deal announced on Thursday lifts it by a third.\n\n"
            '"We hope the growers will come round," Lind said on Thursday.',
            "nearly everything",
        ),
        (  # the same day named again between a speaker's words
            'Negotiator Kofi Osei said on Thursday that "the gap is closing".\n\n'
            "Markets rose on Thursday on hopes of a deal.\n\n"
            '"Nobody should count on it yet," Osei said.',
            "count on it",
        ),
        (
            'Fatou Diallo told reporters on Thursday that the quota was "fair".\n\n'
            "The boats left port on Thursday morning, and the catch was sold in May last year.\n\n"
            '"Fishermen will see the benefit," Diallo said.',
            "Fishermen will see",
        ),
    ],
)
def test_the_words_own_day_or_a_history_between_leave_the_day_given_once(text: str, words: str) -> None:
    assert day_of(text, words) == "2025-04-17"

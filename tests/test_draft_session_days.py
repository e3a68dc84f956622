"""kb draft: words said at an event's opening or close take the day the text gives that opening or close ("The summit
opened on Monday." then '"…," Lind said at the opening session'; "Ministers wrapped up two days of talks on Tuesday."
then "told a closing news conference") — none when the text gives the opening or close no day. Texts written for
these tests."""

from __future__ import annotations

import pytest
from drafting import day_of


@pytest.mark.parametrize(
    ("text", "words", "day"),
    [
        (
            "The ASEAN summit opened in Manila on Monday.\n\n"
            '"Trade must stay open," President Maria Ruiz said in her opening speech.',
            "Trade must stay open",
            "2025-04-14",
        ),
        (
            "On Monday, the climate conference got under way in Bonn.\n\n"
            '"The draft is a fair start," Fatou Diallo told the opening plenary.',
            "The draft is a fair start",
            "2025-04-14",
        ),
        (
            "The talks, which began on Monday, ended in Geneva on Wednesday without a deal.\n\n"
            '"We will be back," Tomas Novak told a closing news conference.',
            "We will be back",
            "2025-04-16",
        ),
        (
            "The fisheries ministers' meeting opened on Monday and closed on Tuesday.\n\n"
            '"The quota holds," Erik Berg said at the closing session.',
            "The quota holds",
            "2025-04-15",
        ),
        (
            "Negotiators wrapped up a fourth round of talks in Ottawa on Thursday.\n\n"
            '"Most chapters are done," Kofi Osei said in his concluding remarks.',
            "Most chapters are done",
            "2025-04-17",
        ),
    ],
)
def test_words_at_an_events_opening_or_close_take_that_day(text: str, words: str, day: str) -> None:
    assert day_of(text, words) == day


@pytest.mark.parametrize(
    "text",
    [
        # the close is given no day
        'The summit opened on Monday and ended without a deal.\n\n"We tried," Ana Lind said at the closing session.',
        # the opening is given no day
        'The summit ended on Tuesday.\n\n"We tried," Ana Lind said in her opening speech.',
        # no occasion at the opening or close named
        'The summit opened on Monday.\n\n"We tried," Ana Lind said.',
    ],
)
def test_words_at_an_opening_or_close_given_no_day_stay_undated(text: str) -> None:
    assert day_of(text, "We tried") is None

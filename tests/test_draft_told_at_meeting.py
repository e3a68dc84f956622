"""kb draft: words a speaker told the other party of a meeting dated in a sentence before take the meeting's day
("Modi told President Xi" after "During the meeting on Wednesday"); telling anyone else is another occasion.
Texts written for these tests."""

from __future__ import annotations

import pytest
from drafting import day_of


@pytest.mark.parametrize(
    ("text", "words", "day"),
    [
        (
            "On Monday, Foreign Minister Ana Lind met Tomas Novak, the Czech trade minister, in Oslo. "
            'They discussed fish quotas.\n"We are ready to sign," Lind told Novak.',
            "We are ready to sign",
            "2025-04-14",
        ),
        (
            "Prime Minister Kofi Osei held talks with President Maria Ruiz in Accra on Tuesday. The two leaders "
            "discussed cocoa prices and the new border post.\n"
            "Osei told President Ruiz that the border “will stay open to your traders”.",
            "will stay open",
            "2025-04-15",
        ),
        (
            "Trade Minister Erik Berg met Fatou Diallo, Senegal's trade minister, in Geneva on Wednesday.\n"
            "Fishing rights were the main item.\n"
            "“You can count on Norway,” Berg told his Senegalese counterpart.",
            "You can count on Norway",
            "2025-04-16",
        ),
    ],
)
def test_words_told_to_the_one_met_take_the_meetings_day(text: str, words: str, day: str) -> None:
    assert day_of(text, words) == day


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (  # someone who was not at the meeting: another occasion
            'On Monday, Foreign Minister Ana Lind met Tomas Novak in Oslo.\n"We are ready to sign," Lind told the BBC.',
            "We are ready to sign",
        ),
        (  # a participant, but words given on another occasion
            "On Monday, Foreign Minister Ana Lind met Tomas Novak in Oslo.\n"
            '"We are ready to sign," Lind told Novak in a letter.',
            "We are ready to sign",
        ),
        (  # the meeting is reported only after the words
            '"We are ready to sign," Lind told Novak.\nOn Monday, Foreign Minister Ana Lind met Tomas Novak in Oslo.',
            "We are ready to sign",
        ),
        (  # the speaker was not at the meeting
            "On Monday, Foreign Minister Ana Lind met Tomas Novak in Oslo.\n"
            '"We are ready to sign," Erik Berg told Novak.',
            "We are ready to sign",
        ),
    ],
)
def test_words_told_on_another_occasion_stay_undated(text: str, words: str) -> None:
    assert day_of(text, words) is None


@pytest.mark.parametrize(
    ("text", "words", "day"),
    [
        (
            "On Monday, Foreign Minister Ana Lind met Tomas Novak in Oslo. They discussed fish quotas.\n"
            "Lind later told reporters the talks had been “frank but friendly”.",
            "frank but friendly",
            "2025-04-14",
        ),
        (
            "Prime Minister Kofi Osei held talks with President Maria Ruiz in Accra on Tuesday. "
            "It was followed by a working dinner.\n"
            '"We agreed on more than we expected," Osei said afterwards.',
            "We agreed on more",
            "2025-04-15",
        ),
        (
            "Trade Minister Erik Berg met Fatou Diallo, Senegal's trade minister, in Geneva on Wednesday.\n"
            "Fishing rights were the main item.\n"
            '"The next round is in Dakar," Diallo told journalists later.',
            "The next round is",
            "2025-04-16",
        ),
    ],
)
def test_words_one_who_met_said_later_take_the_meetings_day(text: str, words: str, day: str) -> None:
    assert day_of(text, words) == day


@pytest.mark.parametrize(
    "text",
    [
        # said later, but by someone who was not at the meeting
        "On Monday, Foreign Minister Ana Lind met Tomas Novak in Oslo.\n"
        'Erik Berg later told reporters the talks had been "frank but friendly".',
        # the speaker's last meeting before the words gives no day
        "On Monday, Foreign Minister Ana Lind met Tomas Novak in Oslo.\nLind held talks with Erik Berg in Stockholm.\n"
        'Lind later told reporters the talks had been "frank but friendly".',
        # another occasion of its own
        "On Monday, Foreign Minister Ana Lind met Tomas Novak in Oslo.\n"
        'Lind later told the BBC the talks had been "frank but friendly".',
    ],
)
def test_words_said_later_by_someone_else_or_on_another_occasion_stay_undated(text: str) -> None:
    assert day_of(text, "frank but friendly") is None


def test_words_said_at_a_later_time_of_their_own_take_that_time_not_the_meetings() -> None:
    text = (
        "On Monday, Foreign Minister Ana Lind met Tomas Novak in Oslo.\n"
        'Lind said later this month the talks would be "frank but friendly".'
    )
    assert day_of(text, "frank but friendly") == "2025-04"

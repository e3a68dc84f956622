"""kb draft: words a speaker told the other party of a meeting dated in a sentence before take the meeting's day
("Modi told President Xi" after "During the meeting on Wednesday"); telling anyone else is another occasion.
Texts written for these tests."""

from __future__ import annotations

import pytest
from drafting import day_of, drafted_statements, drafted_text, of_type


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


def test_words_after_a_meeting_still_to_come_take_no_day_from_it() -> None:
    text = (
        "Foreign Minister Ana Lind said she would meet Tomas Novak in Oslo on Thursday.\n"
        'Lind said she was telling counterparts to "cut their tariffs".'
    )
    assert day_of(text, "cut their tariffs") is None  # said before it: not on its day, nor on last Thursday


def test_words_said_at_a_later_time_of_their_own_take_that_time_not_the_meetings() -> None:
    text = (
        "On Monday, Foreign Minister Ana Lind met Tomas Novak in Oslo.\n"
        'Lind said later this month the talks would be "frank but friendly".'
    )
    assert day_of(text, "frank but friendly") == "2025-04"


@pytest.mark.parametrize(
    ("text", "words", "day"),
    [
        (  # a readout: the host's words in the paragraph after the meeting
            "President Kofi Osei met Prime Minister Maria Ruiz at the state house on 14 April. Ruiz is in Accra for "
            "the cocoa summit.\n\n"
            "“I am glad to welcome you on the eve of the summit,” Osei noted.",
            "I am glad to welcome you",
            "2025-04-14",
        ),
        (  # wire copy: the guest's words in the same paragraph
            "Trade Minister Erik Berg held talks with Fatou Diallo, Senegal's fisheries minister, in Dakar on "
            'Tuesday. "We have closed most chapters," Diallo said.',
            "We have closed most chapters",
            "2025-04-15",
        ),
        (  # a partial quote in reported speech, a sentence of the meeting between
            "Finance ministers Ana Lind and Tomas Novak met in Prague on Wednesday. "
            "The two sides also discussed the gas pipeline.\n"
            'Novak described the mood as "constructive and calm".',
            "constructive and calm",
            "2025-04-16",
        ),
        (  # the talks just reported, named again in the words' own sentence
            "Foreign Minister Ana Lind met her Czech counterpart Tomas Novak in Oslo on Thursday. "
            '"We agreed to deepen cooperation," Lind said. Novak told reporters that the talks were "very productive".',
            "very productive",
            "2025-04-17",
        ),
        (
            "Trade Minister Erik Berg held talks with Fatou Diallo in Dakar on Tuesday.\n"
            'Diallo said their meeting had been "long overdue".',
            "long overdue",
            "2025-04-15",
        ),
    ],
)
def test_a_participants_words_just_after_a_dated_meeting_take_its_day(text: str, words: str, day: str) -> None:
    assert day_of(text, words) == day


@pytest.mark.parametrize(
    "text",
    [
        # the report of the meeting names an occasion of saying: the words may be the statement's
        "Foreign Minister Ana Lind met Tomas Novak on Monday, according to a statement from her ministry.\n"
        '"The door stays open," Lind said.',
        # the words' own sentence names the meeting, as something to come
        "Foreign Minister Ana Lind met Tomas Novak on Monday.\n"
        'Lind promised the talks would end "with good news" at their next meeting.',
        # the talks named, but other ones: the previous round, a news conference
        "Foreign Minister Ana Lind met Tomas Novak on Monday.\n"
        'Lind said the previous round of talks had ended "with good news".',
        "Foreign Minister Ana Lind met Tomas Novak on Monday.\n"
        'Lind told a news conference the talks would end "with good news".',
        # a time named between the meeting and the words
        "Foreign Minister Ana Lind met Tomas Novak on Monday.\nThe talks resume in May.\n"
        '"The door stays open," Lind said.',
        # two paragraphs between: the story has moved on
        "Foreign Minister Ana Lind met Tomas Novak on Monday.\n\nFish quotas were on the agenda.\n\n"
        "The Norwegian fleet wants more mackerel.\n\n"
        '"The door stays open," Lind said.',
        # the speaker was not at the meeting
        'Foreign Minister Ana Lind met Tomas Novak on Monday.\n"The door stays open," Erik Berg said.',
    ],
)
def test_words_after_a_meeting_on_another_occasion_or_by_someone_else_stay_undated(text: str) -> None:
    said = [s for s in drafted_statements(text) if "door stays open" in s["text"] or "good news" in s["text"]]
    assert said, "no statement drafted"
    assert said[0].get("occurred_at") is None


def test_talks_still_to_come_give_no_day_to_words_after_the_talks_held() -> None:
    text = (
        "Lind to confirm the end of the talks with Novak later this week.\n\n"
        '"I am confident," Foreign Minister Ana Lind said at a news conference following her talks with Tomas Novak.'
    )
    assert day_of(text, "I am confident") is None


def test_a_participants_next_quotes_after_their_words_dated_by_the_meeting_take_its_day() -> None:
    text = (
        "Foreign Minister Ana Lind met Foreign Minister Tomas Novak in Oslo today.\n\n"
        "“It was a pleasure to host Minister Novak,” Ms Lind says.\n\n"
        "“Alongside areas of cooperation, we acknowledged areas of difference.”\n\n"
        "“We also highlighted our shared interest in open trade.”"
    )
    assert day_of(text, "we acknowledged areas of difference") == "2025-04-18"
    assert day_of(text, "our shared interest in open trade") == "2025-04-18"


def test_a_participants_next_quotes_after_another_time_take_no_day_from_the_meeting() -> None:
    text = (
        "Foreign Minister Ana Lind met Foreign Minister Tomas Novak in Oslo today.\n\n"
        "“It was a pleasure to host Minister Novak,” Ms Lind says.\n\n"
        "The two last met in 2019.\n\n"
        "“We also highlighted our shared interest in open trade,” Ms Lind said in an interview."
    )
    assert day_of(text, "our shared interest in open trade") is None


def test_words_told_him_after_a_meeting_of_two_take_its_day():
    text = (
        "On 7 February, Foreign Minister Ana Lopez met with Omar Diallo, Minister of Foreign Affairs of Peru, at "
        "Iikura House for two hours. They signed a memorandum and held talks followed by a working dinner.\n\n"
        'After welcoming Mr. Diallo\'s visit, Ms. Lopez told him that "Peru is a partner that shares basic values".\n'
    )
    payloads = drafted_text(text, "2007-02-13")
    names = {p["key"]: p["name"] for p in of_type(payloads, "entity")}
    [said] = [s for s in of_type(payloads, "statement") if "partner" in s["text"]]
    assert said["occurred_at"] == "2007-02-07"
    assert "Iikura House" not in names.values()  # a place after "at", no party of the talks "They" held

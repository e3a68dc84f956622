"""kb draft: the day of the event a statement's clause names — by its name ("at the TNC meeting", "after the Doha
talks", "at the G20 summit": the day a sentence before gave with that name), never one still to come ("a meeting
scheduled for 22 April" is held after the story), after it ("Afterwards, Lind said", "spoke after talks with Novak
on Monday", "said after a meeting with Novak on Monday"). Texts written for these tests."""

from __future__ import annotations

import pytest
from drafting import day_of


@pytest.mark.parametrize(
    ("text", "words", "day"),
    [
        (  # an abbreviation in brackets names the committee, a council meeting to come is no day of the words
            "Ana Lind reported to the Trade Negotiations Committee (TNC) on 14 April, ahead of a General Council "
            "meeting scheduled for 22 April. She told members at the TNC meeting that the talks had stalled. "
            '"Now is the time to act," she declared.',
            "Now is the time to act",
            "2025-04-14",
        ),
        (  # a city names the talks
            "Ministers from both sides held talks in Doha on Monday. "
            '"We made progress," Ana Lind told reporters after the Doha talks.',
            "We made progress",
            "2025-04-14",
        ),
        (  # a group named in full with its abbreviation; a summit to come between
            "Leaders of the Group of Twenty (G20) met in Rome on Saturday. Their next summit is due in May. "
            'At the G20 summit, Ana Lind called the deal "close".',
            "close",
            "2025-04-12",
        ),
        (  # two words of a body's name, the meeting named first in a caption-like line
            "The European Council met in Brussels on Thursday to discuss the tariffs. "
            '"We will respond," Ana Lind said at the European Council meeting.',
            "We will respond",
            "2025-04-17",
        ),
    ],
)
def test_an_event_named_by_its_name_takes_the_day_given_with_that_name(text: str, words: str, day: str) -> None:
    assert day_of(text, words) == day


@pytest.mark.parametrize(
    "text",
    [
        'A summit is scheduled for 22 May. "We are ready," Ana Lind told reporters at the summit.',
        'Ana Lind will attend a council meeting set for 30 April. "We will see," she told reporters after the meeting.',
        # the name given with no day of its own, or another event's day nearby
        'Ana Lind welcomed the Doha talks. "We made progress," she said after the Doha talks.',
        'The G20 said on Monday that it would meet in June. "We are ready," Lind said at the G7 summit.',
    ],
)
def test_an_event_still_to_come_or_unnamed_gives_no_day(text: str) -> None:
    quoted = text.split('"')[1]
    assert day_of(text, quoted.rstrip(",")) is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('The talks ended in Oslo on Monday. Afterwards, Ana Lind said: "It is not enough."', "It is not enough"),
        ('The ministers met on Monday. Afterward, Lind told reporters that "we are close".', "we are close"),
        (
            'Ana Lind spoke after talks with Tomas Novak in Oslo on Monday. "It is not enough," she said.',
            "It is not enough",
        ),
        ('"It is not enough," Ana Lind said after a meeting with Tomas Novak in Oslo on Monday.', "It is not enough"),
        (
            '"We are close," Ana Lind told reporters following consultations with Tomas Novak on Monday.',
            "We are close",
        ),
    ],
)
def test_words_said_after_an_event_take_its_day(text: str, words: str) -> None:
    assert day_of(text, words) == "2025-04-14"


@pytest.mark.parametrize(
    ("text", "words", "day"),
    [
        (  # the day given with no occasion, then the statement the words were in
            'Trade Minister Ana Lind said on Friday that talks would resume. In a statement, Lind said: "The door '
            'remains open."',
            "The door remains open",
            "2025-04-18",
        ),
        (
            "Ana Lind said late on Tuesday that the offer was fair.\n\n"
            '"We have moved a long way," Lind said in an emailed statement.',
            "We have moved a long way",
            "2025-04-15",
        ),
        (
            "Kofi Osei, the finance minister, said on Monday the bondholders had a week.\n\n"
            'Osei added in a statement that the offer was "final".',
            "final",
            "2025-04-14",
        ),
        (  # an occasion named with the day: the statement is another one
            "Ana Lind told reporters on Friday that talks would resume.\n\n"
            '"The door remains open," Lind said in a statement.',
            "The door remains open",
            None,
        ),
        (
            "Ana Lind said at a news conference on Friday that talks would resume.\n\n"
            '"The door remains open," Lind said in a statement.',
            "The door remains open",
            None,
        ),
        (
            "Ana Lind said on Friday that talks would resume.\n\n"
            '"The door remains open," Lind said in a separate statement.',
            "The door remains open",
            None,
        ),
    ],
)
def test_a_statement_after_words_dated_with_no_occasion_is_where_they_were_said(
    text: str, words: str, day: str | None
) -> None:
    assert day_of(text, words) == day


@pytest.mark.parametrize(
    "text",
    [
        "We look at what Foreign Minister Ana Lind said at her press conference in Oslo on Monday.\n\n"
        "During the question-and-answer session, Lind was asked whether a deal would come this year.\n\n"
        '"There will be good news this year," Lind replied.',
        'Ana Lind\'s annual news conference in Oslo on Monday lasted two hours.\n\n"We are not in a hurry," Lind said.',
        'Reporters crowded into Ana Lind\'s briefing on Monday.\n\n"We are not in a hurry," she said.',
        'Ana Lind\'s speech to the assembly on Monday was short. "We are not in a hurry," she said.',
    ],
)
def test_a_speaker_s_occasion_named_in_the_possessive_dates_their_words_after_it(text: str) -> None:
    quoted = text.split('"')[1].rstrip(",")
    assert day_of(text, quoted) == "2025-04-14"


def test_what_a_speaker_was_asked_whether_gives_no_day_of_their_words() -> None:
    text = 'Ana Lind was asked whether a deal would come this year.\n\n"There will be good news," she said.'
    assert day_of(text, "There will be good news") is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (  # the statement named right after a report of the day, then the statement speaking
            "Kenya and Ghana reaffirmed their commitment to the talks, the Kenyan foreign ministry said Monday. "
            'In a joint statement, the two countries stressed "the need for a deal". '
            'The statement said "some progress" had been made.',
            "some progress",
        ),
        (
            "The bondholders will answer within a week, their adviser said on Monday.\n\n"
            'In an emailed statement, the committee called the offer "a first step".',
            "a first step",
        ),
        (
            "Norway will retaliate against the duties, the trade ministry announced on Monday.\n\n"
            'According to a statement, the measures are "proportionate". "We regret this," the statement added.',
            "We regret this",
        ),
    ],
)
def test_a_statement_named_right_after_a_dated_report_is_the_one_reported(text: str, words: str) -> None:
    assert day_of(text, words) == "2025-04-14"


@pytest.mark.parametrize(
    "text",
    [
        # the report names an occasion of its own
        "Ana Lind told reporters on Monday the talks would go on. "
        'In a statement, the ministry called the offer "a first step".',
        "Ana Lind said at a news conference on Monday the talks would go on. "
        'In a statement, the ministry called the offer "a first step".',
        # not right after the report
        "The talks will go on, the ministry said on Monday. Kenya buys rice from nine countries. "
        'In a statement, the ministry called the offer "a first step".',
        # a statement another speaker named first gives
        'The talks will go on, the ministry said on Monday. Ana Lind said in a statement the offer was "a first step".',
        # a statement of another day
        "The talks will go on, the ministry said on Monday. "
        'In a statement on Wednesday, the ministry called the offer "a first step".',
        # a statement of the same name that other speakers give: theirs, not the one named with its day before
        "Kenya and Ghana issued a joint statement on Monday after the talks. "
        'Norway and Chile said in a joint statement that the offer was "a first step".',
        "Kenya and Ghana issued a joint statement on Monday after the talks. "
        "Norway and Chile said in a joint statement that the talks would go on. "
        '"It is a first step," the statement said.',
    ],
)
def test_a_statement_after_a_report_naming_an_occasion_or_further_on_is_another(text: str) -> None:
    assert day_of(text, "a first step") in (None, "2025-04-16")
    assert ("Wednesday" in text) == (day_of(text, "a first step") == "2025-04-16")


@pytest.mark.parametrize(
    ("text", "words", "day"),
    [
        (
            'Tomas Novak, who attended the summit in Oslo on Monday, said the offer was "a start".',
            "a start",
            "2025-04-14",
        ),
        (
            'Tomas Novak, who took part in the talks on Monday, told reporters: "There are gaps."',
            "There are gaps",
            "2025-04-14",
        ),
        (
            'Ministers met in Oslo on Monday.\n\nTomas Novak, who also attended the talks, said: "There are gaps."',
            "There are gaps",
            "2025-04-14",
        ),
        ('Tomas Novak, who attended university in Oslo, said: "There are gaps."', "There are gaps", None),
    ],
)
def test_a_speaker_who_attended_an_event_speaks_at_it(text: str, words: str, day: str | None) -> None:
    assert day_of(text, words) == day


@pytest.mark.parametrize(
    ("speaker", "day"),
    [
        ("Two sources familiar with the talks said", None),
        ("A diplomat involved in the negotiations said", None),
        ("Officials briefed on the talks said", None),
        ("People with knowledge of the talks said", None),
        ("Ana Lind said after the talks", "2025-04-14"),
        ("Ana Lind, who took part, said at the talks", "2025-04-14"),
    ],
)
def test_an_event_that_describes_the_speaker_is_no_occasion_of_the_words(speaker: str, day: str | None) -> None:
    text = f"Negotiators from Chile and Peru held talks in Lima on Monday. {speaker} that the deal was close."
    assert day_of(text, "the deal was close") == day

"""kb draft: words said in a part of a day the story names with no day ("in the morning", "in the afternoon", "in
the evening", "in the early hours", "late at night", "just before 2:00 am") take the last day given in the sentences
before them — of the day the story is at, in the week before publication. Texts written for these tests."""

from __future__ import annotations

import pytest
from drafting import PUBLISHED, day_of, of_type

from kb.draft import draft_text
from kb.draft.known import Known


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (  # an opening phrase, the day given in the lede
            'Trade Minister Ana Lind said on Monday that "we are not there yet".\n\n'
            "The deadline has been set by the other side.\n\n"
            'After leaving the talks in the morning, Lind said the offer was "a start".',
            "a start",
        ),
        (  # the reporting clause, after a sentence dating an event
            "The talks in Oslo resumed on Monday after a week's pause.\n\n"
            '"We are close," Tomas Novak told reporters in the evening.',
            "We are close",
        ),
        (
            'Ministers met in Geneva on Monday.\n\nIn the afternoon, Ana Lind called the talks "useful".',
            "useful",
        ),
        (
            "Negotiators worked through the night to Monday.\n\n"
            "The ministers arrived on Monday.\n\n"
            '"There is no deal yet," Ana Lind said in the afternoon.',
            "There is no deal yet",
        ),
    ],
)
def test_a_part_of_a_day_takes_the_day_given_before(text: str, words: str) -> None:
    assert day_of(text, words) == "2025-04-14"


@pytest.mark.parametrize(
    "text",
    [
        # no day given before
        'The talks resumed after a pause. "We are close," Tomas Novak told reporters in the morning.',
        # a day of its own
        'Ministers met on Monday. "We are close," Tomas Novak told reporters on Tuesday morning.',
        # the part of the day inside the quotation
        'Ministers met on Monday. "We will talk again in the morning," Tomas Novak said.',
    ],
)
def test_a_part_of_a_day_with_no_day_before_or_a_day_of_its_own(text: str) -> None:
    quoted = text.split('"')[1].rstrip(",")
    assert day_of(text, quoted) in (None, "2025-04-15")
    if "Tuesday" not in text:
        assert day_of(text, quoted) is None


@pytest.mark.parametrize(
    ("text", "words", "day"),
    [
        ('In her speech, delivered on Monday, Ana Lind said: "We are close."', "We are close", "2025-04-14"),
        (
            'In an interview, broadcast by NHK on Sunday, Ana Lind called the talks "useful".',
            "useful",
            "2025-04-13",
        ),
        (
            'In a video message, recorded on Tuesday, Ana Lind said the offer was "a start".',
            "a start",
            "2025-04-15",
        ),
        ('In her speech, Ana Lind said: "We are close."', "We are close", None),
    ],
)
def test_an_opening_occasion_with_a_participle_giving_its_day_dates_the_words(
    text: str, words: str, day: str | None
) -> None:
    assert day_of(text, words) == day


@pytest.mark.parametrize(
    "text",
    [
        '"We are close," Ana Lind said. She was speaking at a business forum in Oslo on Tuesday.',
        '"We are close," Ana Lind said. Lind was speaking to reporters after talks in Oslo on Tuesday.',
        '"We are close," Ana Lind told reporters. She spoke after a meeting with Tomas Novak on Tuesday.',
        '"We are close," Ana Lind said in a speech. The speech was delivered in Oslo on Tuesday.',
        'Ana Lind took questions from reporters in Oslo on Tuesday. "We are close," she said.',
        'Ana Lind fielded questions from lawmakers on Tuesday. "We are close," she said.',
        'Ana Lind testified at a hearing on Tuesday. "We are close," she said.',
    ],
)
def test_a_sentence_saying_where_the_speaker_was_speaking_dates_their_words(text: str) -> None:
    assert day_of(text, "We are close") == "2025-04-15"


@pytest.mark.parametrize(
    "text",
    [
        '"We are close," Ana Lind said. Tomas Novak was speaking at a forum on Tuesday.',  # someone else
        '"We are close," Ana Lind said. She was speaking about the talks that ended on Tuesday.',  # of what
    ],
)
def test_a_sentence_of_someone_else_speaking_or_of_what_was_spoken_about_dates_nothing(text: str) -> None:
    assert day_of(text, "We are close") is None


def meeting_days(text: str) -> list[str | None]:
    """The day drafted for each meeting of ``text``, in a knowledge base knowing only its negotiation."""
    known = Known()
    known.learn({"type": "entity", "key": "talks", "kind": "negotiation", "name": "The talks"})
    return [
        m.get("occurred_at") for m in of_type(draft_text(text, PUBLISHED, "SOURCE", "talks", known).payloads, "meeting")
    ]


@pytest.mark.parametrize(
    "text",
    [
        (  # an opening phrase of a meeting in the morning, the day in the lede
            'Trade Minister Ana Lind said on Monday that "we are not there yet".\n\n'
            "After leaving talks with Tomas Novak in the morning in Oslo, Lind said the gap was narrowing."
        ),
        (  # the meeting's own clause, the day in a sentence about the round
            "The fourth round of the talks opened in Geneva on Monday.\n\n"
            "Ana Lind met Tomas Novak in the afternoon to discuss seed prices."
        ),
        (  # a meeting held in the evening, after a dated statement
            "Ana Lind told reporters in Accra on Monday that a deal was close.\n\n"
            "Lind held talks with Kofi Osei in the evening, officials said."
        ),
    ],
)
def test_a_meeting_in_a_part_of_a_day_takes_the_day_given_before(text: str) -> None:
    assert meeting_days(text) == ["2025-04-14"]


@pytest.mark.parametrize(
    "text",
    [
        "Ana Lind met Tomas Novak in the morning to discuss seed prices.",  # no day before
        "The round opened on Monday.\n\nAna Lind met Tomas Novak on Tuesday morning in Oslo.",  # a day of its own
    ],
)
def test_a_meeting_in_a_part_of_a_day_with_no_day_before_or_a_day_of_its_own(text: str) -> None:
    assert meeting_days(text) in ([None], ["2025-04-15"])
    assert meeting_days(text) == (["2025-04-15"] if "Tuesday" in text else [None])


@pytest.mark.parametrize(
    "text",
    [
        "Talks opened on Monday.\n\nEarlier in the morning, Lind had said Ghana and Norway were in talks to arrange a "
        "meeting between Ana Lind and Tomas Novak.",
        "Ministers arrived on Monday.\n\nLate in the evening, the ministry confirmed that officials were preparing a "
        "meeting between Ana Lind and Tomas Novak.",
        "The round opened on Monday.\n\nIn the afternoon, Kofi Osei told reporters that Ghana and Norway were in talks "
        "to arrange a meeting between Ana Lind and Tomas Novak.",
    ],
)
def test_a_part_of_a_day_of_the_saying_is_not_the_day_of_the_meeting_its_words_report(text: str) -> None:
    assert meeting_days(text) == [None]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (  # the small hours, as an adjective of the occasion
            "The talks went into a third day on Monday.\n\n"
            '"We have the outline of a deal," Tomas Novak said at an early-hours briefing for his own press.',
            "outline of a deal",
        ),
        (  # a clock time right after the reporting clause, with "just before"
            'The ministers resumed on Monday.\n\n"People need some sleep," Ana Lind said just before 2:00 am.',
            "People need some sleep",
        ),
        (  # a clock time in the reporting clause
            "Negotiators met again in Oslo on Monday.\n\n"
            '"The draft is a basis," Kofi Osei told reporters at 11.30 p.m.',
            "The draft is a basis",
        ),
        (
            'Negotiators met again in Oslo on Monday.\n\n"The draft is a basis," Kofi Osei said around 11 pm.',
            "The draft is a basis",
        ),
        (  # overnight, late at night, at midnight
            "The summit opened on Monday.\n\n"
            '"Nothing is agreed until everything is agreed," Maria Ruiz told reporters late at night.',
            "Nothing is agreed",
        ),
        (
            'The summit opened on Monday.\n\n"We stay until it is done," Erik Berg said at midnight.',
            "We stay until it is done",
        ),
    ],
)
def test_a_time_of_day_takes_the_day_given_before(text: str, words: str) -> None:
    assert day_of(text, words) == "2025-04-14"


def test_a_part_of_a_day_is_of_the_story_s_week_not_a_deadline_months_away() -> None:
    text = (
        "The framework has to be finalised by June 30.\n\n"
        '"We are close," Tomas Novak told reporters in the early hours.'
    )
    assert day_of(text, "We are close") is None

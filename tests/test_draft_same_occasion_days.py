"""kb draft: a speaker's words go on with the day the story gave them after another speaker's words said on the
same occasion — no other occasion or time named for those, no other day given them (a joint press conference, a
panel: the day given once, at the first speaker's words). Texts written for these tests."""

from __future__ import annotations

import pytest

from kb.draft import draft_text
from kb.draft.known import Known

PUBLISHED = "2025-04-18"  # a Friday


def days(text: str) -> dict[str, str | None]:
    """Each statement's first words and its day."""
    known = Known()
    known.learn({"type": "entity", "key": "talks", "kind": "negotiation", "name": "The talks"})
    drafted = draft_text(text, PUBLISHED, "SOURCE", "talks", known).payloads
    return {p["text"][:16]: p.get("occurred_at") for p in drafted if p["type"] == "statement"}


@pytest.mark.parametrize(
    ("text", "resumed", "day"),
    [
        (
            '"We made real progress," Trade Minister Ana Lind told a press conference on Monday.\n'
            'Her Czech counterpart Tomas Novak said the gap "is narrowing, slowly".\n'
            '"Our aim is a deal by June," Lind said.',
            "Our aim is a dea",
            "2025-04-14",
        ),
        (
            'Finance Minister Kofi Osei told reporters in Accra on Tuesday that "the offer stands". '
            '"We will not move on the haircut," said Maria Ruiz, the head of the bondholders. '
            '"The door remains open all the same," Osei said.',
            "The door remains",
            "2025-04-15",
        ),
        (
            'Speaking at a joint news conference on Wednesday, Erik Berg called the talks "frank". '
            'Fatou Diallo described them as "useful, if slow". '
            '"We meet again in May," Berg said.',
            "We meet again in",
            "2025-04-16",
        ),
    ],
)
def test_a_speakers_words_after_another_speakers_on_the_same_occasion_keep_their_day(
    text: str, resumed: str, day: str
) -> None:
    assert days(text)[resumed] == day


@pytest.mark.parametrize(
    "between",
    [
        '"It is too early," Novak told the BBC.',  # another occasion
        '"It is too early," Novak said on Tuesday.',  # another day
        '"It is too early," Novak said before the talks.',  # another time
    ],
)
def test_a_speakers_words_after_another_speakers_on_another_occasion_stay_undated(between: str) -> None:
    text = (
        '"We made real progress," Trade Minister Ana Lind told a press conference on Monday.\n'
        f"{between}\n"
        '"Our aim is a deal by June," Lind said.'
    )
    assert days(text)["Our aim is a dea"] is None


@pytest.mark.parametrize(
    "text",
    [
        'On Monday, Ana Lind and Tomas Novak held a joint news conference in Oslo. "We are close," Lind said. '
        '"Not yet," Novak said.',
        "Ana Lind and Tomas Novak spoke to reporters in Oslo on Monday.\n\n"
        '"We are close," Lind said.\n\n"Not yet," Novak said.',
        "Tomas Novak and his counterpart Ana Lind briefed reporters after the talks on Monday.\n\n"
        '"We are close," said Lind.\n\n"Not yet," Novak replied.',
    ],
)
def test_an_occasion_naming_two_speakers_dates_the_words_of_each(text: str) -> None:
    assert days(text)["Not yet"] == "2025-04-14"


def test_an_occasion_naming_two_speakers_dates_neither_after_another_time() -> None:
    text = (
        "Ana Lind and Tomas Novak spoke to reporters in Oslo on Monday.\n\n"
        '"We are close," Lind said.\n\nThe next round opens in May.\n\n"Not yet," Novak said.'
    )
    assert days(text)["Not yet"] is None


@pytest.mark.parametrize(
    "occasion",
    [
        "At a joint press conference before a bilateral meeting with Secretary of State Tomas Novak in Washington "
        "D.C., Lind thanked the US for its support.",
        "At a press conference with Tomas Novak, Lind thanked the US for its support.",
        "During a briefing in Oslo, Lind thanked the US for its support.",
    ],
)
def test_the_undated_occasion_of_a_speakers_dated_words_keeps_their_day_for_the_words_after_it(occasion: str) -> None:
    text = (
        "Norway is determined to close the deal, Foreign Minister Ana Lind said Monday.\n\n"
        f"{occasion}\n\n"
        '"We are close," she said.\n\n"Our aim is a deal by June," Lind said.'
    )
    assert days(text)["We are close"] == days(text)["Our aim is a dea"] == "2025-04-14"


@pytest.mark.parametrize(
    "between",
    [
        "At a press conference on Tuesday, Lind thanked the US for its support.",  # another day
        "Earlier, Lind had written to Novak.",  # another time
        "At a press conference before the talks, Tomas Novak had written to Lind.",  # someone else's occasion
    ],
)
def test_another_occasion_or_time_between_leaves_the_words_after_it_undated(between: str) -> None:
    text = (
        "Norway is determined to close the deal, Foreign Minister Ana Lind said Monday.\n\n"
        f"{between}\n\n"
        '"Our aim is a deal by June," Lind said.'
    )
    assert days(text)["Our aim is a dea"] in (None, "2025-04-15")  # never Monday's without its occasion


def test_words_given_after_a_statement_by_its_transcript_are_of_its_day() -> None:
    text = (
        '"The report is not true," Colonel Tomas Novak, spokesman for the ministry, told a press briefing in Oslo on '
        "Thursday evening.\n\nThe official was responding to a question from a journalist.\n\n"
        '"The situation is stable," Novak said, according to an official transcript.'
    )
    assert days(text)["The situation is"] == "2025-04-17"


def test_words_given_after_a_statement_by_an_interview_stay_undated() -> None:
    text = (
        '"The report is not true," Colonel Tomas Novak, spokesman for the ministry, told a press briefing in Oslo on '
        "Thursday evening.\n\n"
        '"The situation is stable," Novak said, according to an interview he gave Reuters.'
    )
    assert days(text)["The situation is"] is None


@pytest.mark.parametrize(
    ("between", "day"),
    [
        ("Relations should always be based on mutual respect, said Lind.", "2025-04-14"),  # always: what was said
        ("Lind has always said that relations need respect.", None),  # always: her saying, any day
    ],
)
def test_always_or_repeatedly_name_another_time_only_of_the_saying(between: str, day: str | None) -> None:
    text = (
        "Foreign Minister Ana Lind met her counterpart Tomas Novak in Oslo on Monday.\n\n"
        '"We are close," said Lind.\n\n'
        f'{between} "I hope the visit helps," she said.'
    )
    assert days(text)["I hope the visit"] == day

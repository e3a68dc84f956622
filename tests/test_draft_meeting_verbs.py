"""Meetings told by a verb's tense or a noun's length rather than a plain "met": a meeting going on or to come ("was
meeting", "is hosting", "are set to meet", "plans to meet"), days of talks wrapped up, a working dinner, a surname
after a post named in full before ("hosted Raman", "visited Raman"), and the lists of names that open a subject ("Both
Mensah and Raman", "Mensah, Raman and Eriksson") — sentences written for these tests (kb/draft/meetings.py,
meeting_nouns.py, joined_subjects.py)."""

from __future__ import annotations

from typing import Any

import pytest
from drafting import drafted_text, of_type

# Who the people are, named in full with their posts before the sentence read: neither sentence is a meeting.
INTRODUCTION = (
    "NEW DELHI, April 17 (Reuters) - Kenyan Trade Minister Kwame Mensah arrived in New Delhi on Monday. "
    "Indian Commerce Secretary Priya Raman said on Monday the talks would be hard. "
    "Swedish Trade Minister Lars Eriksson is also in the city.\n\n"
)
TUESDAY = "2025-04-15"


def meetings(sentence: str) -> list[dict[str, Any]]:
    return of_type(drafted_text(INTRODUCTION + sentence + "\n"), "meeting")


def parties(meeting: dict[str, Any]) -> set[str]:
    return {p["entity"] for p in meeting["participants"]}


def test_the_introduction_alone_holds_no_meeting():
    assert of_type(drafted_text(INTRODUCTION), "meeting") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Mensah was meeting Raman on Tuesday.",
        "Raman was hosting Mensah at the commerce ministry on Tuesday.",
        "Raman hosted Mensah at the commerce ministry on Tuesday.",
        "Mensah received Raman at his hotel on Tuesday.",
        "Mensah visited Raman at the commerce ministry on Tuesday.",
        "Mensah and Raman wrapped up two days of talks on Tuesday.",
        "Mensah ended two days of talks with Raman on Tuesday.",
        "Mensah and Raman ended their latest Nairobi crisis meeting Tuesday with a joint call for calm.",
        "Mensah concluded the talks with Raman on Tuesday.",
        "Mensah and Raman held a second day of talks on Tuesday.",
        "Mensah and Raman held a working dinner on Tuesday.",
        "Mensah, speaking after talks with Raman on Tuesday, said the gap had narrowed.",
    ],
)
def test_a_meeting_held_is_drafted_with_its_two_parties_and_day(sentence):
    [met] = meetings(sentence)
    assert parties(met) == {"kwame-mensah", "priya-raman"}
    assert met.get("modality") != "expected"
    assert met["occurred_at"] == TUESDAY


@pytest.mark.parametrize(
    "sentence",
    [
        "Mensah and Raman are set to meet again next week.",
        "Mensah is scheduled to meet Raman next week.",
        "Mensah plans to meet Raman next week.",
        "Raman will host Mensah at the commerce ministry next week.",
    ],
)
def test_a_meeting_to_come_is_drafted_as_expected(sentence):
    [met] = meetings(sentence)
    assert parties(met) == {"kwame-mensah", "priya-raman"}
    assert met["modality"] == "expected"


@pytest.mark.parametrize(
    "sentence",
    [
        "Raman hosted Kumar at the commerce ministry on Tuesday.",  # a surname nobody was named in full with
        "Mensah visited Mumbai on Tuesday.",  # a place
        "Mensah visited Kumar on Tuesday.",
        "They also hoped to meet each other over the next two months.",  # a hope, not a meeting
        "Mensah ended the talks on Tuesday.",  # one party
    ],
)
def test_no_meeting_is_drafted_with_a_party_the_text_never_named(sentence):
    assert meetings(sentence) == []


def test_both_before_the_names_is_no_part_of_a_name():
    payloads = drafted_text(INTRODUCTION + "Both Mensah and Raman attended the talks on Tuesday.\n")
    [met] = of_type(payloads, "meeting")
    assert parties(met) == {"kwame-mensah", "priya-raman"}
    assert not [p for p in of_type(payloads, "entity") if p["name"].startswith("Both")]


def test_a_list_of_surnames_opening_the_subject_is_every_one_of_them():
    [met] = meetings("Mensah, Raman and Eriksson met on Tuesday.")
    assert parties(met) == {"kwame-mensah", "priya-raman", "lars-eriksson"}


@pytest.mark.parametrize("opening", ["Earlier", "Still", "Separately", "Meanwhile"])
def test_a_word_opening_the_sentence_is_no_party(opening):
    [met] = meetings(f"{opening}, Mensah and Raman met on Tuesday.")
    assert parties(met) == {"kwame-mensah", "priya-raman"}


def test_telephone_talks_with_two_leaders_named_with_their_styles_are_two_meetings_of_the_sentence_s_day():
    text = (
        "Mensah held a telephone talk with the Hon. Priya Raman, MP, Commerce Secretary of India, from 9:10 am on "
        "Tuesday for approximately 20 minutes and with the Right Honourable Lars Eriksson, Trade Minister of Sweden, "
        "from around 11:05 a.m. for approximately 40 minutes."
    )
    found = meetings(text)
    assert [sorted(parties(met)) for met in found] == [
        ["kwame-mensah", "priya-raman"],
        ["kwame-mensah", "lars-eriksson"],
    ]
    assert [met["occurred_at"] for met in found] == [TUESDAY, TUESDAY]  # the second part gives no day of its own

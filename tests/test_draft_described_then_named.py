"""Wire copy brings a speaker in by a description and names them a sentence later: the lede's "a spokesman for
China's Commerce Ministry" is the "spokesman Gao Feng" of the next sentence, "a senior finance ministry official" the
"The official, Kofi Mensah," after it, "the country's fisheries minister" the "Fisheries Minister Kari Lind" of the
quote — and their quotes after take the day the lede gave them (kb/draft/descriptions.py, story_days.py). Sentences
written for these tests."""

from __future__ import annotations

import pytest
from drafting import drafted_statements

SPOKESMAN = (
    "BEIJING (Reuters) - China and Chile have agreed to remove some tariffs in phases, a spokesman for China's "
    "Commerce Ministry said on Thursday.\n\n"
    "Negotiations are not yet finished, said spokesman Gao Feng, who warned that a deal needed proportional cuts.\n\n"
    "“This trade war will end if all the tariffs are removed,” Gao said.\n"
)
OFFICIAL = (
    "ACCRA (Reuters) - Ghana expects to close a deal with its bondholders within weeks, a senior finance ministry "
    "official said on Thursday.\n\n"
    "The official, Kofi Mensah, told reporters the talks were in their last stage.\n\n"
    "“This trade war will end if all the tariffs are removed,” Mensah said.\n"
)
MINISTER = (
    "OSLO (Reuters) - Norway will not change its mackerel quota, the country's fisheries minister told Reuters on "
    "Thursday.\n\n"
    "“This trade war will end if all the tariffs are removed,” Fisheries Minister Kari Lind said in an interview.\n"
)
THURSDAY = "2025-04-17"  # the day before publication (tests/drafting.PUBLISHED, a Friday)


@pytest.mark.parametrize(
    ("text", "person"), [(SPOKESMAN, "gao-feng"), (OFFICIAL, "kofi-mensah"), (MINISTER, "kari-lind")]
)
def test_the_ledes_description_is_the_person_named_after_it(text, person):
    statements = drafted_statements(text)
    assert {s.get("speaker") for s in statements} == {person}


@pytest.mark.parametrize("text", [SPOKESMAN, OFFICIAL, MINISTER])
def test_the_quote_after_takes_the_day_the_lede_gave_its_speaker(text):
    [quote] = [s for s in drafted_statements(text) if s["attribution"] == "direct_quote"]
    assert quote["occurred_at"] == THURSDAY


def test_an_official_named_only_as_another_stays_a_description():
    text = (
        "ACCRA (Reuters) - Ghana expects a deal within weeks, a senior finance ministry official said on Thursday.\n\n"
        "Another official, Kofi Mensah, said the talks could take longer.\n"
    )
    lede = [s for s in drafted_statements(text) if "within weeks" in s["text"]]
    assert lede and "speaker" not in lede[0] and lede[0]["speaker_description"].endswith("official")


def test_an_interview_after_a_statement_is_another_occasion():
    text = (
        "OSLO (Reuters) - Norway will not change its mackerel quota, the fisheries ministry said in a statement on "
        "Thursday.\n\n"
        "“We will not move,” Fisheries Minister Kari Lind said in an interview.\n"
    )
    [quote] = [s for s in drafted_statements(text) if s["attribution"] == "direct_quote"]
    assert "occurred_at" not in quote


@pytest.mark.parametrize(
    ("lede", "day"),
    [
        # words of no occasion: the interview named after them may be where they were said
        ("Fisheries Minister Kari Lind said on Thursday that Norway would not change its quota.", THURSDAY),
        # words in a statement: an interview is another occasion
        ("Fisheries Minister Kari Lind said in a statement on Thursday that Norway would not move.", None),
    ],
)
def test_an_interview_the_speaker_gave_after_their_dated_words_is_theirs_unless_those_named_an_occasion(lede, day):
    text = f"OSLO (Reuters) - {lede}\n\n“We will not move,” Lind told NRK in an interview.\n"
    [quote] = [s for s in drafted_statements(text) if s["attribution"] == "direct_quote"]
    assert quote.get("occurred_at") == day

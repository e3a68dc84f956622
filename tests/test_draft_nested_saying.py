"""Words quoted inside reported speech are their own subject's: "Lind said Osei had called the offer 'insulting'" is
Osei's word, passed on by Lind (kb/draft/nested_saying.py) — sentences written for these tests."""

from __future__ import annotations

import pytest
from drafting import drafted_statements

INTRODUCTION = (
    "OSLO, March 3 (Reuters) - Norway's trade minister Kari Lind arrived in Accra on Monday. "
    "Ghana's finance minister Kwame Osei also spoke.\n\n"
)


def speaker_of(sentence: str, words: str) -> str | None:
    """The speaker key drafted for the statement quoting ``words``."""
    said = [s for s in drafted_statements(INTRODUCTION + sentence + "\n") if words in s["text"]]
    assert said, f"no statement quoting {words!r}"
    return said[0].get("speaker")


@pytest.mark.parametrize(
    "sentence",
    [
        "Lind said Osei had called the offer “insulting”.",
        "Lind told reporters that Osei described the talks as “constructive”.",
        "Lind said Osei had warned of “serious consequences”.",
        "Lind said that Osei described the plan as “unacceptable”.",
        "Lind added that Osei had branded the offer “insulting”.",
        "Lind rejected Osei’s claim that the offer was “insulting”.",
        # A relative clause of saying on a name: its words.
        "Lind hit back at Osei, who had called the offer “insulting”.",
        "Lind replied to Osei, who earlier described the plan as “unacceptable”.",
    ],
)
def test_words_quoted_inside_reported_speech_are_its_subjects(sentence):
    quoted = sentence.split("“")[1].split("”")[0]
    assert speaker_of(sentence, quoted) == "kwame-osei"


@pytest.mark.parametrize(
    "sentence",
    [
        "Lind said the offer was “insulting”.",
        "Lind said she had told Osei the offer was “insulting”.",  # Lind's words, told to Osei
        "Lind, who called the offer “insulting”, said she would stay.",
        "Lind said he had called the offer “insulting”.",  # a pronoun names no one here: the reporter's subject
    ],
)
def test_words_the_reporting_verbs_subject_says_stay_theirs(sentence):
    assert speaker_of(sentence, "insulting") == "kari-lind"


def test_continuing_to_negotiate_is_no_saying():
    """ "continued" reports words only right after a quote ('"…," the statement continued.'), never "continued
    negotiating"."""
    text = "Norway and the Faroe Islands continued negotiating with the EU on Tuesday.\n"
    assert drafted_statements(text) == []
    said = drafted_statements(INTRODUCTION + "“We remain willing to meet,” Osei continued.\n")
    assert [s.get("speaker") for s in said if "willing" in s["text"]] == ["kwame-osei"]


def test_the_words_after_continued_date_its_quote():
    """The clause of "continued" is a quote's reporting clause: its own day wins over the day of the words before."""
    text = (
        INTRODUCTION
        + "“We are close,” Osei told reporters on Wednesday.\n\n“We remain willing,” Osei continued on Thursday.\n"
    )
    said = [s for s in drafted_statements(text) if "willing" in s["text"]]
    assert [(s.get("occurred_at"), s["_draft"]["date_from"]) for s in said] == [("2025-04-17", "on Thursday")]

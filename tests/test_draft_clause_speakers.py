"""A sentence of two clauses, each with its speaker and quote: 'Lind said a deal was "close", but Osei said "gaps"
remained' — the second quote is Osei's, in a statement of Osei's clause, and the first Lind's, without Osei's clause
(kb/draft/clause_speakers.py) — sentences written for these tests."""

from __future__ import annotations

import pytest
from drafting import drafted_statements

INTRODUCTION = (
    "OSLO, March 3 (Reuters) - Norway's trade minister Kari Lind arrived in Accra on Monday. "
    "Ghana's finance minister Kwame Osei also spoke.\n\n"
)


def said(sentence: str) -> list[tuple[str | None, str]]:
    """Each statement drafted from the sentence: its speaker key and its text."""
    return [(s.get("speaker"), s["text"]) for s in drafted_statements(INTRODUCTION + sentence + "\n")]


@pytest.mark.parametrize(
    ("sentence", "first", "second"),
    [
        ("Lind said a deal was “close”, but Osei said “significant gaps” remained.", "close", "significant gaps"),
        ("The talks were “constructive,” Lind said, while Osei called them “a first step”.", "constructive", "a first"),
        ("Lind called the talks “constructive” and Osei described them as “useful”.", "constructive", "useful"),
        ("While Lind hailed “real progress”, Osei warned of “hard choices ahead”.", "real progress", "hard choices"),
        ("Lind spoke of “real progress”; Osei warned of “hard choices ahead”.", "real progress", "hard choices"),
        (
            "Lind hailed the talks as “historic” while Osei struck a more cautious tone, saying “much work remains”.",
            "historic",
            "much work",
        ),
        (
            "Lind said the breakdown was “distressing,” while Osei turned up to talk to reporters “with a sad heart.”",
            "distressing",
            "with a sad",
        ),
    ],
)
def test_each_clause_quotes_its_own_speaker(sentence, first, second):
    statements = said(sentence)
    [lind] = [text for who, text in statements if first in text]
    [osei] = [(who, text) for who, text in statements if second in text]
    assert ("kari-lind", lind) in statements
    assert osei[0] == "kwame-osei"
    assert osei[1].startswith("Osei")  # the second clause alone, not the sentence of both


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Lind said the proposal, which Osei described as “a trap”, was dead.", "a trap"),
        ("Lind described the offer as “generous”, a view Osei rejected as “a fantasy”.", "a fantasy"),
    ],
)
def test_a_relative_clause_quotes_its_own_subject_in_the_whole_sentence(sentence, words):
    [(who, text)] = [(who, text) for who, text in said(sentence) if words in text]
    assert who == "kwame-osei"
    assert text.startswith("Lind")


@pytest.mark.parametrize(
    "sentence",
    [
        "Lind said Norway and Ghana hailed the “historic” pact.",  # one subject of two names: the quote is Lind's
        "Lind said he had told Osei that the plan was “unworkable”.",
        "Lind said the talks were “frank” while he was in Accra.",
    ],
)
def test_a_clause_without_a_speaker_of_its_own_leaves_the_quote_to_the_first(sentence):
    assert [who for who, _ in said(sentence)] == ["kari-lind"]

"""Talks two or more speakers named report as their own are their meeting (sentences written for these tests;
kb/draft/meeting_nouns.py)."""

from __future__ import annotations

import pytest
from drafting import drafted, meeting_parties, of_type

pytestmark = pytest.mark.usefixtures("talks")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trade Minister Ana Lopez and Trade Representative Omar Diallo both said they had made good progress in "
            "the first of two days of cabinet-level discussions.",
            ["Ana Lopez", "Omar Diallo"],
        ),
        ("Ana Lopez and Omar Diallo said their talks had been productive.", ["Ana Lopez", "Omar Diallo"]),
        ("Chile and Peru said their negotiations in Lima ended without a deal.", ["Chile", "Peru"]),
        ("Lopez and Diallo told reporters after their meeting that a deal was close.", ["Lopez", "Diallo"]),
        ("Ana Lopez, Omar Diallo and Karl Berg said they met in Quito.", ["Ana Lopez", "Omar Diallo", "Karl Berg"]),
        ("Japan and Chile reported progress in top-level trade talks on Sunday.", ["Japan", "Chile"]),
        ("Chile and Peru hailed headway in their border negotiations.", ["Chile", "Peru"]),
    ],
)
def test_speakers_reporting_their_own_talks_met(text, expected):
    assert meeting_parties(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Lopez and Diallo said they would hold talks next week.",  # to come
        "Lopez and Diallo said their upcoming talks would focus on fish.",
        "Lopez and Diallo said talks between their aides had stalled.",  # others' talks
        "Ana Lopez said their talks had been productive.",  # one speaker: whose talks, the sentence does not say
        "They said their talks had been productive.",  # no one named
        "Lopez and Diallo said their countries wanted peace.",  # no talks
        "Chile and Peru reported progress in exports.",
    ],
)
def test_talks_to_come_of_others_or_of_speakers_not_named_are_no_meeting(text):
    assert meeting_parties(text) == []


def test_talks_of_countries_reported_just_before_those_of_their_ministers_date_them(kb):
    text = (
        "Japan and Chile reported progress in top-level trade talks on Sunday.\n\n"
        "Trade Minister Ana Lopez and Economy Minister Omar Diallo both said they had made good progress in the "
        "first day of discussions.\n"
    )
    [meeting] = of_type(drafted(kb, text), "meeting")
    assert [p["entity"] for p in meeting["participants"]] == ["ana-lopez", "omar-diallo"]
    assert meeting["occurred_at"] == "2025-04-13"  # the Sunday before the Friday of publication

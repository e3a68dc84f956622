"""kb draft: "I" in a meeting's subject stands for the person whose words it is in — a quote's speaker or a transcript
turn's — never the reporter's own. Texts written for these tests."""

from __future__ import annotations

import pytest
from drafting import drafted_meetings


@pytest.mark.parametrize(
    "text",
    [
        "Press Conference by Foreign Minister Ana Lopez\n\n"
        "Minister Ana Lopez: Good morning. Today I met with Prime Minister Omar Diallo of Senegal in New York.\n\n"
        "QUESTION: What did you discuss?\n\n"
        "Minister Ana Lopez: We discussed the fisheries agreement.\n",
        "“I met with Prime Minister Omar Diallo this morning,” Foreign Minister Ana Lopez told reporters.\n",
    ],
)
def test_i_in_the_words_of_a_named_speaker_who_met_someone_is_that_speaker(text):
    assert drafted_meetings(text) == [["Ana Lopez", "Omar Diallo"]]


def test_the_reporters_own_i_stands_for_no_one():
    text = "I met with Prime Minister Omar Diallo of Senegal and President Karl Berg of Norway in Oslo.\n"
    assert ["Ana Lopez"] not in drafted_meetings(text)
    assert all("I" not in parties for parties in drafted_meetings(text))

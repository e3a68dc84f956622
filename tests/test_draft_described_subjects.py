"""kb draft: a quote with no attribution after a sentence that opens with an unnamed speaker and a form of
*be* or *have* — "The spokesperson was blunt.", "A source close to the talks was more cautious." — is that
description's. Texts written for these tests."""

from __future__ import annotations

import pytest
from drafting import drafted, imports, of_type

pytestmark = pytest.mark.usefixtures("talks")

QUOTE = "“We are close to a deal, but it will not be signed before the summer.”"


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("A source close to the talks was more cautious.", "A source close to the talks"),
        ("Officials in the delegation were less upbeat.", "Officials in the delegation"),
        ("The chief negotiator had a different view.", "The chief negotiator"),
        ("Diplomats from both sides remained cautious.", "Diplomats from both sides"),
    ],
)
def test_a_quote_after_a_sentence_opening_with_an_unnamed_speaker_is_theirs(kb, runner, tmp_path, opening, speaker):
    payloads = drafted(kb, f"Talks went on.\n\n{opening} {QUOTE}\n")
    assert [p.get("speaker_description") for p in of_type(payloads, "statement")] == [speaker]
    imports(runner, payloads, tmp_path)


@pytest.mark.parametrize(
    "opening",
    [
        "The talks were long.",  # no one who speaks
        "After the vote, the minister was tired.",  # the sentence opens with a clause
        "The deal was signed by the minister.",
    ],
)
def test_a_sentence_opening_with_no_unnamed_speaker_gives_no_one_the_quote(kb, opening):
    assert of_type(drafted(kb, f"Talks went on.\n\n{opening} {QUOTE}\n"), "statement") == []

"""Speakers named by a phrase after their quote with no verb of saying of its own: "was the curt reply of X" (as "came
the reply from X"), and "X was heard telling …" (as "X was quoted as saying"). Texts written for these tests."""

from __future__ import annotations

import pytest
from drafting import drafted, of_type

pytestmark = pytest.mark.usefixtures("talks")

BEFORE = "Talks in Oslo\n\nEva Kral said the talks would go on.\n\n"  # a speaker before, whom the quote is not


def speakers(kb, text: str) -> list[str | None]:
    """The speakers of the statements drafted after the reported speech of BEFORE."""
    statements = of_type(drafted(kb, BEFORE + text), "statement")
    return [p.get("speaker") or p.get("speaker_description") for p in statements if "Eva Kral" not in p["text"]]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“Not a chance,” was the curt reply of Deputy Minister Jan Horak when asked about a delay.\n", "jan-horak"),
        ("“It is simply too early to tell,” was the cautious response of President Omar Diallo.\n", "omar-diallo"),
        ("“We will sign nothing tonight,” came the blunt answer from Finance Minister Kwame Osei.\n", "kwame-osei"),
    ],
)  # fmt: skip
def test_a_reply_of_someone_after_a_quote_names_its_speaker(kb, text, speaker):
    assert speakers(kb, text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We did not come here to walk away with nothing,” Pedro Alvarez was heard telling his aides.\n",
         "pedro-alvarez"),
        ("“This will never pass the parliament,” a senior minister was overheard saying in the corridor.\n",
         "a senior minister"),
        ("Jan Horak was overheard telling a colleague that the offer was “a joke and an insult”.\n", "jan-horak"),
        ("Ana Lind was heard saying the deal was “as good as done” as she left the hall.\n", "ana-lind"),
    ],
)  # fmt: skip
def test_someone_heard_saying_a_quote_is_its_speaker(kb, text, speaker):
    assert speakers(kb, text) == [speaker]


def test_a_reply_the_phrase_does_not_make_its_subject_names_no_speaker(kb):
    assert "tomas-novak" not in speakers(kb, "“Too late,” was the headline over a reply from Tomas Novak's critics.\n")

"""kb draft: the words of an unnamed speaker, then a sentence naming who made the remarks, are that person's.
Texts written for these tests."""

from __future__ import annotations

import pytest
from drafting import drafted, of_type

pytestmark = pytest.mark.usefixtures("talks")


def speakers(kb, text: str) -> list[str | None]:
    return [s.get("speaker") or s.get("speaker_description") for s in of_type(drafted(kb, text + "\n"), "statement")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A senior US official said on Tuesday that the talks were advancing, with “a real opportunity” to end the "
         "conflict. Amos Hochstein, a White House envoy, made the remarks in Beirut after meeting the speaker.",
         "amos-hochstein"),
        ('"The talks are in a critical period," said a South Korean official. Cho Tai-yong, deputy head of the '
         "South Korean delegation, made the remarks following the meeting.", "cho-tai-yong"),
        ('"We are close to a deal," a diplomat said. Ana Lopez delivered these comments at a dinner.', "ana-lopez"),
    ],
)  # fmt: skip
def test_the_person_named_as_having_made_the_remarks_is_their_speaker(kb, text, speaker):
    assert speakers(kb, text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a named speaker keeps their words; a pronoun or a post alone names no one new
        ('"We are close to a deal," Omar Diallo said. Ana Lopez made the remarks sound easy.', "omar-diallo"),
        ('"We are close to a deal," a diplomat said. He made the remarks at a dinner.', "a diplomat"),
        ('"We are close to a deal," a diplomat said. The minister made the remarks at a dinner.', "a diplomat"),
        # the remarks of a sentence further on are no one's words here
        ('"We are close to a deal," a diplomat said. The talks go on. Ana Lopez made the remarks at a dinner.',
         "a diplomat"),
    ],
)  # fmt: skip
def test_no_one_else_is_given_the_words_unless_named_right_after_them(kb, text, speaker):
    assert speakers(kb, text) == [speaker]

"""A quote after an infinitive of saying is the sentence subject's ("took to X to say that …", "used his speech to
warn that …"), never one someone declined or is expected to say. Texts written for these tests."""

from __future__ import annotations

import pytest
from drafting import drafted, of_type

pytestmark = pytest.mark.usefixtures("talks")


def speakers(kb, text: str) -> list[str | None]:
    return [p.get("speaker") or p.get("speaker_description") for p in of_type(drafted(kb, text), "statement")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Omar Diallo took to X to say that the negotiations were “firmly on track for a summer deal”.\n",
         "omar-diallo"),
        ("Tomas Novak used his speech to the assembly to warn that the plan was “dead on arrival”.\n", "tomas-novak"),
        ("Ana Lind went on national television to declare the talks “a turning point for the region”.\n",
         "ana-lind"),
        ("Finance Minister Kwame Osei stepped outside the hall to tell reporters the offer was 'far too low'.\n",
         "kwame-osei"),
    ],
)  # fmt: skip
def test_a_quote_after_an_infinitive_of_saying_is_the_sentence_subject_s(kb, text, speaker):
    assert speakers(kb, text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Ivan Petrov declined to say whether the offer was “final” or only a first step.\n",
        "Lucas Moreau is expected to announce the “new fisheries plan” on Friday.\n",
        "Pedro Alvarez was not prepared to say if the text was “acceptable” to his side.\n",
        "Ana Berg is unlikely to call the deal “a victory” in her report.\n",
    ],
)
def test_words_someone_declined_or_is_expected_to_say_are_not_theirs(kb, text):
    assert speakers(kb, text) == []

"""kb draft: an unnamed source with the words after it that say whom it speaks for or how it knows —
"officials from small island states", "a spokesman for the fishing industry", "representatives of the
farmers", after the quote too ("said people close to the talks"). Texts written for these tests."""

from __future__ import annotations

import pytest
from drafting import drafted, imports, of_type

pytestmark = pytest.mark.usefixtures("talks")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We are close to a deal,” officials from both sides told reporters.\n", "officials from both sides"),
        (
            "A spokesman for the fishing industry said the quotas were “a disaster for the north”.\n",
            "A spokesman for the fishing industry",
        ),
        (
            "Representatives of the dairy farmers described the offer as “an insult”.\n",
            "Representatives of the dairy farmers",
        ),
        ("Members of the opposition told reporters the deal was “a betrayal”.\n", "Members of the opposition"),
        ("An aide to the minister said the text was “nearly done”.\n", "An aide to the minister"),
        ("“It is a disaster,” said representatives of the fishermen.\n", "representatives of the fishermen"),
        ("“The deal is done,” said officials from both sides on Monday.\n", "officials from both sides"),
        ("“The deal is done,” said people familiar with the matter, adding that it was final.\n",
         "people familiar with the matter"),
    ],
)  # fmt: skip
def test_an_unnamed_source_and_whom_it_speaks_for_is_the_speaker(kb, runner, tmp_path, text, speaker):
    payloads = drafted(kb, text)
    assert [p.get("speaker_description") for p in of_type(payloads, "statement")] == [speaker]
    imports(runner, payloads, tmp_path)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“The deal is done,” said the minister in Oslo.\n", "the minister"),  # a place is no one's words
        ("Diplomats in Vienna said the talks were “at a critical stage”.\n", "Diplomats in Vienna"),
    ],
)
def test_a_place_after_a_source_stays_as_before(kb, text, speaker):
    said = of_type(drafted(kb, text), "statement")
    assert [p.get("speaker_description") for p in said] == [speaker]


def test_a_clause_joined_by_and_is_no_part_of_the_source(kb):
    text = "The talks between the officials in Oslo ended and Tomas Novak said the text was “nearly done”.\n"
    assert [p.get("speaker") for p in of_type(drafted(kb, text), "statement")] == ["tomas-novak"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Staffan de Mistura spoke in Geneva. “We will not give up,” said de Mistura.\n", "staffan-de-mistura"),
        ("Ursula von der Leyen met the ministers. “We are close,” said von der Leyen.\n", "ursula-von-der-leyen"),
        ("Anna da Costa flew in. “The text is ready,” said da Costa on Monday.\n", "anna-da-costa"),
    ],
)
def test_a_surname_after_the_verb_may_open_with_a_particle(kb, runner, tmp_path, text, speaker):
    payloads = drafted(kb, text)
    assert [p.get("speaker") for p in of_type(payloads, "statement")] == [speaker]
    imports(runner, payloads, tmp_path)


def test_a_particle_before_a_word_in_lower_case_opens_no_name(kb):
    said = of_type(drafted(kb, "“We will find a way,” said de facto leader Tomas Novak.\n"), "statement")
    assert "de-facto" not in [p.get("speaker") for p in said]

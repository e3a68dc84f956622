"""kb draft: an interview printed as questions and answers ("Q: …" and "A: …", or "Q." and "A.") under an
introduction that opens with the interviewee's name: the answers are theirs. Texts written for these tests."""

from __future__ import annotations

import pytest
from drafting import drafted, imports, of_type

pytestmark = pytest.mark.usefixtures("talks")

QA = (
    "Q: Is a deal close?\n\nA: We are close to a deal and it will be signed in May, if the fleet agrees.\n\n"
    "Q: What about the quotas?\n\nA: The quotas are the hardest part of the whole negotiation.\n"
)


@pytest.mark.parametrize(
    "introduction",
    [
        "Tomas Novak, the Czech trade minister, spoke to the Oslo Post about the talks.",
        "Tomas Novak has led the talks since 2023. We met him in Prague.",
        "Tomas Novak sat down with us after the fourth round.",
    ],
)
def test_the_answers_under_an_introduction_opening_with_a_name_are_that_person_s(kb, runner, tmp_path, introduction):
    payloads = drafted(kb, f"{introduction}\n\n{QA}")
    said = of_type(payloads, "statement")
    assert [(s["speaker"], s["text"][:12]) for s in said] == [
        ("tomas-novak", "We are close"),
        ("tomas-novak", "The quotas a"),
    ]
    imports(runner, payloads, tmp_path)


@pytest.mark.parametrize(
    "introduction",
    [
        "The talks went on in Oslo.",  # no one named
        "Tomas Novak and Anna Lind met in Oslo on Monday.",  # two people
    ],
)
def test_answers_under_an_introduction_naming_no_one_alone_are_no_one_s(kb, introduction):
    assert of_type(drafted(kb, f"{introduction}\n\n{QA}"), "statement") == []


def test_a_question_without_answers_labelled_is_no_interview(kb):
    text = "Tomas Novak spoke in Oslo.\n\nQ: Is a deal close? Nobody knows yet, and the talks go on.\n"
    assert of_type(drafted(kb, text), "statement") == []

"""kb draft on a quote with no attribution of its own after a sentence about one person alone: the
countries and bodies that sentence names are no other speaker. Texts written for these tests."""

from __future__ import annotations

import pytest
from drafting import drafted, of_type

pytestmark = pytest.mark.usefixtures("talks")


def speakers(text: str, kb) -> list[str]:
    return [p["speaker"] for p in of_type(drafted(kb, text), "statement")]


@pytest.mark.parametrize(
    "text",
    [
        "Lina Okafor, a former negotiator for the union, spoke to us last week.\n\n"
        "She points to the talks between Canada and the US as an example of the change.\n\n"
        "“It is what we would call a defensive negotiation, and nobody in Ottawa asked for it.”\n",
        "Lina Okafor, a former negotiator for the union, spoke to us last week.\n\n"
        "Okafor was scathing about the EU. “Brussels has never once come to the table with a real offer.”\n",
        "Lina Okafor, a former negotiator for the union, spoke to us last week.\n\n"
        "Okafor turned to the quarrel between Norway and the European Union over mackerel.\n"
        "“The quota table is the whole negotiation, and everyone at the table knows it.”\n",
    ],
)
def test_countries_and_bodies_in_the_sentence_before_name_no_other_speaker(kb, text):
    assert speakers(text, kb) == ["lina-okafor"]


def test_a_person_named_in_the_sentence_before_still_leaves_the_quote_unattributed(kb):
    text = (
        "Lina Okafor, a former negotiator for the union, spoke to us last week.\n\n"
        "She points to the talks between Canada and Tomas Novak as an example of the change.\n\n"
        "“It is what we would call a defensive negotiation, and nobody in Ottawa asked for it.”\n"
    )
    assert speakers(text, kb) == []


def test_a_description_opening_the_sentence_before_after_a_phrase_of_time_is_the_speaker_not_the_one_it_meets(kb):
    text = (
        '"The messages I received were positive," the UN envoy to Yemen, Martin Lind, said on Wednesday.\n\n'
        "In the coming days, the UN envoy is to meet Yemen's former President Omar Diallo. “All parties have "
        "underscored their strong desire for peace and engaged with me on concrete ideas.”\n"
    )
    assert speakers(text, kb) == ["martin-lind", "martin-lind"]  # never Diallo, whom the envoy is to meet

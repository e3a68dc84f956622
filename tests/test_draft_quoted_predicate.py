"""kb draft: a quote that is its sentence's predicate, opening with a verb in the past tense right after
the subject (and an aside between commas), is the subject's words. Texts written for these tests."""

from __future__ import annotations

import pytest
from drafting import drafted, imports, of_type

pytestmark = pytest.mark.usefixtures("talks")


def quotes(payloads: list[dict]) -> list[tuple[str, str]]:
    return [(p.get("speaker") or p["speaker_description"], p["attribution"]) for p in of_type(payloads, "statement")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fisheries Minister Tomas Novak met the fleets in Bergen.\n\n"
            "Novak, who flew in from Oslo on Sunday, 'welcomed the progress made on the northern stocks'.\n",
            [("tomas-novak", "partial_quote")],
        ),
        (
            "The Alliance ‘agreed to extend the quota table for another season’ after the meeting.\n",
            [("alliance", "partial_quote")],
        ),
        (
            "President Eva Kral received Prime Minister Petr Dvorak at the palace. Kral later spoke of a good day.\n\n"
            "The two leaders “reaffirmed their commitment to a fair deal for the coastal towns”.\n",
            [("Eva Kral and Petr Dvorak", "partial_quote")],
        ),
    ],
)
def test_a_quoted_predicate_is_the_subject_s_words(kb, runner, tmp_path, text, expected):
    payloads = drafted(kb, text)
    assert [q for q in quotes(payloads) if q[1] != "paraphrase"] == expected
    imports(runner, payloads, tmp_path)


@pytest.mark.parametrize(
    "text",
    [
        "Novak's boat 'Northern Star' sailed on Monday.\n",  # a name: no verb in the past tense
        "On Monday, in Bergen, after the talks with the fleets, Novak 'welcomed it'.\n",  # more than a subject
    ],
)
def test_a_quote_after_more_than_a_subject_or_opening_with_no_past_verb_is_no_one_s(kb, text):
    assert [q for q in quotes(drafted(kb, text)) if q[1] != "paraphrase"] == []

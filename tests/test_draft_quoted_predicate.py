"""kb draft: a quote that is its sentence's predicate, opening with a verb in the past tense right after
the subject (and an aside between commas), or after the subject of a clause joined to the one before (", and
Novak 'affirmed …'"), is the subject's words. Texts written for these tests."""

from __future__ import annotations

import pytest
from drafting import drafted, drafted_statements, imports, of_type

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
        'The spokesperson, Tomas Novak, "stated that the efforts of the mediators are ongoing."\n',
        "In a statement to the news agency, the official spokesperson for the Ministry of Fisheries of Norway, Tomas "
        'Novak, "stated that the efforts of the mediators are ongoing."\n',
    ],
)
def test_a_quoted_predicate_after_a_post_and_the_name_set_off_after_it_is_the_named_one_s(kb, runner, tmp_path, text):
    payloads = drafted(kb, text)
    assert [q for q in quotes(payloads) if q[1] != "paraphrase"] == [("tomas-novak", "partial_quote")]
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


@pytest.mark.parametrize(
    "text",
    [
        "The two ministers also discussed the northern stocks, and Tomas Novak “affirmed his support for the plan”.\n",
        "The talks in Bergen ran late; Tomas Novak “welcomed the progress made on quotas”.\n",
        "Anna Lind left before the dinner, but Tomas Novak “stayed to the end of the session”.\n",
        "The fleets waited in port, while Tomas Novak “pledged to settle the quotas by June”.\n",
    ],
)
def test_a_quoted_predicate_of_a_clause_joined_to_another_is_its_subject_s(kb, runner, tmp_path, text):
    payloads = drafted(kb, text)
    assert [q for q in quotes(payloads) if q[1] != "paraphrase"] == [("tomas-novak", "partial_quote")]
    imports(runner, payloads, tmp_path)


def test_a_joined_clause_whose_subject_is_more_than_a_name_gives_no_one():
    text = "Talks ran late, and after a long night in Bergen with the fleets, Novak “welcomed it”.\n"
    assert [s for s in drafted_statements(text) if s["attribution"] != "paraphrase"] == []


def test_the_last_of_a_list_is_no_clause_of_its_own():
    text = "The ministers of Chile, Peru, and Norway “agreed to extend the quota table”.\n"
    assert [s for s in drafted_statements(text) if s["attribution"] != "paraphrase"] == []


def test_a_clause_joined_after_a_long_aside_still_has_its_subject(kb):
    text = (
        "The two ministers discussed the stocks, including the mackerel that moved north in 2023, and Tomas Novak "
        "“affirmed his support for the plan”.\n"
    )
    assert [q for q in quotes(drafted(kb, text)) if q[1] != "paraphrase"] == [("tomas-novak", "partial_quote")]

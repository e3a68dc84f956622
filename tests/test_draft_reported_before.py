"""kb draft: a quote that opens its paragraph, with no attribution of its own, after a paragraph of
reported speech is the speaker of that speech, however many of the reporter's sentences follow it in
that paragraph; so is a quote inside a sentence of no one's right after a sentence of reported speech. Texts
written for these tests."""

from __future__ import annotations

import pytest
from drafting import drafted, drafted_statements, imports, of_type

pytestmark = pytest.mark.usefixtures("talks")


def quotes(payloads: list[dict]) -> list[tuple[str, str]]:
    direct = [p for p in of_type(payloads, "statement") if p["attribution"] == "direct_quote"]
    return [(p["speaker"], p["text"][:20]) for p in direct]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tomas Novak met the fleets in Bergen.\n\n"
            "In his speech he added that the next weeks would be decisive. The Alliance is ready for a failure of "
            "the talks, but would prefer a deal.\n\n"
            "“Whatever happens, the boats will go out in March and the catch will be counted.”\n",
            [("tomas-novak", "Whatever happens, th")],
        ),
        (
            "Anna Lind, the trade minister, warned the assembly on Tuesday that the quota offer was not enough. "
            "Her party has lost two seats since the spring. The vote is due in May.\n\n"
            "“We cannot sign a text that leaves our northern ports with nothing to land.”\n",
            [("anna-lind", "We cannot sign a tex")],
        ),
        (
            "Negotiator Petr Dvorak told the committee that the fisheries chapter was closed and only the levels "
            "were open. Fishermen in the north remain sceptical.\n\n"
            "“The numbers will follow once the ministers have met again in the autumn.”\n",
            [("petr-dvorak", "The numbers will fol")],
        ),
    ],
)
def test_a_quote_s_paragraph_after_a_paragraph_of_reported_speech_is_its_speaker_s(
    kb, runner, tmp_path, text, expected
):
    payloads = drafted(kb, text)
    assert quotes(payloads) == expected
    imports(runner, payloads, tmp_path)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Officials said the talks would go on. The fleets are waiting.",  # no one named
        "Tomas Novak watched from the quay. The fleets sailed on Monday.",  # no reported speech
    ],
)
def test_no_one_named_reporting_in_the_paragraph_before_gives_no_speaker(kb, paragraph):
    text = f"Tomas Novak met the fleets.\n\n{paragraph}\n\n“The catch will be counted whatever the talks decide.”\n"
    assert quotes(drafted(kb, text)) == []


def partial_quotes(text: str) -> list[str]:
    return [s["speaker"] for s in drafted_statements(text) if s["attribution"] == "partial_quote"]


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Novak said the aim of the week was to agree on the quotas. Sharing them out was “for another day”.\n",
        "Tomas Novak told the fleets the offer would stand until March. After that, the table would be “open again”.\n",
        "Tomas Novak warned that the boats would stay in port. The whole season was “at stake”.\n",
        "Tomas Novak said the week was for the totals. Sharing them among the coastal states was “for later”.\n",
    ],
)
def test_a_quote_in_a_sentence_of_no_one_s_goes_on_with_the_reported_speech_before_it(text):
    assert partial_quotes(text) == ["tomas-novak"]


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Novak said the talks would resume.\n\nThe deal was “close”.\n",  # a paragraph between
        "Tomas Novak said the talks would resume. Anna Lind thinks the deal is “close”.\n",  # someone else's
        "Tomas Novak said the talks would resume. The so-called “divorce bill” is still open.\n",  # a scare quote
    ],
)
def test_a_quote_after_a_break_or_in_someone_else_s_sentence_is_not_the_reported_speaker_s(text):
    assert "tomas-novak" not in partial_quotes(text)

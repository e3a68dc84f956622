"""kb draft: quotations in the marks of other styles — ”…” (Swedish, Finnish), »…« (German, Danish), „…”
(Polish) and a typewriter's two apostrophes ''…'' — that open with a mark English closes with, so they open
only at a word's start. Texts written for these tests."""

from __future__ import annotations

import pytest
from drafting import drafted, imports, of_type

from kb.draft.quotes import find_quotes

pytestmark = pytest.mark.usefixtures("talks")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Tomas Novak said ”We are close to a deal”.\n", ["We are close to a deal"]),
        ("”The quotas are fair,” Lind told the radio.\n", ["The quotas are fair,"]),
        ("»Wir sind nah dran«, sagte Novak, and the talks went on.\n", ["Wir sind nah dran"]),
        ("The minister called the offer »a good start« on Monday.\n", ["a good start"]),
        ("„We will sign in May”, the envoy said.\n", ["We will sign in May"]),
        ("''We are close to a deal,'' said Tomas Novak.\n", ["We are close to a deal,"]),
        ("Lind said ''the talks were useful'' and left.\n", ["the talks were useful"]),
        ("The talks were “useful,” Lind said, and the quotas ”fair”.\n", ["useful,", "fair"]),
    ],
)
def test_a_quote_in_the_marks_of_another_style_is_found(text, words):
    assert [quote.words(text) for quote in find_quotes(text)] == words


@pytest.mark.parametrize(
    "text",
    [
        "The talks were over,” he said.\n",  # a closing mark with no opening: no quote
        "The deal is close” and the rest is detail.\n",
        "Lind's car'' was parked outside.\n",
        "The score was 5'' on the gauge.\n",
    ],
)
def test_a_closing_mark_after_a_word_opens_nothing(text):
    assert find_quotes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Novak told reporters in Oslo ”We are close to a deal”.\n",
        "»We are close to a deal«, Tomas Novak said on Monday.\n",
        "''We are close to a deal,'' Tomas Novak wrote in a post on X.\n",
        "„We are close to a deal”, said Tomas Novak after the round.\n",
    ],
)
def test_a_quote_in_another_style_of_marks_is_drafted_with_its_speaker(kb, runner, tmp_path, text):
    payloads = drafted(kb, text)
    said = of_type(payloads, "statement")
    assert [s["speaker"] for s in said] == ["tomas-novak"] and "We are close to a deal" in said[0]["text"]
    imports(runner, payloads, tmp_path)


@pytest.mark.parametrize("marks", ["“”", '""'], ids=["typographic", "typewriter"])
def test_a_quote_over_paragraphs_a_line_each_opens_again_in_straight_marks_too(marks):
    """A page of one paragraph a line: a quote that goes on opens its next paragraph with its mark again, whether
    the marks are typographic or a typewriter's — a straight mark opening a line never closes the quote before."""
    opening, closing = marks
    text = (
        "Anna Lind spoke after the talks in Oslo on Monday.\n"
        f"{opening}We have agreed on how the levy is counted. The rest will take time.\n"
        f"{opening}There are two points left, and both are about money,{closing} Lind said.\n"
        f"Tomas Novak said the talks were {opening}useful{closing} and left for Bergen.\n"
    )
    assert [quote.words(text) for quote in find_quotes(text)] == [
        "We have agreed on how the levy is counted. The rest will take time.\n"
        f"{opening}There are two points left, and both are about money,",
        "useful",
    ]

"""kb draft: a quote of a clause or more that opens the paragraph after a speaker's quote, behind a word or
two of the reporter's and with no attribution of its own, goes on with that speaker's words ('The
"agreement in principle will be put on paper within a day."'). Texts written for these tests."""

from __future__ import annotations

import pytest
from drafting import drafted, imports, of_type

pytestmark = pytest.mark.usefixtures("talks")

BEFORE = "“We have reached an agreement in principle,” Tomas Novak told reporters on Monday.\n\n"


@pytest.mark.parametrize(
    "paragraph",
    [
        "The “agreement in principle will be put on paper within a day.” Novak later flew home.",
        "Its “text will be on paper within a day and signed in May”, with the annexes to follow.",
        "And “the fleet will be back at sea by the summer, whatever Brussels says”.",
    ],
)
def test_a_long_quote_opening_the_next_paragraph_goes_on_with_the_speaker_before(kb, runner, tmp_path, paragraph):
    payloads = drafted(kb, BEFORE + paragraph + "\n")
    said = of_type(payloads, "statement")
    assert [s["speaker"] for s in said] == ["tomas-novak", "tomas-novak"]
    assert said[1]["occurred_at"] == said[0]["occurred_at"] == "2025-04-14"  # the words it goes on with: their day
    imports(runner, payloads, tmp_path)


@pytest.mark.parametrize(
    "paragraph",
    [
        "The “European Free Trade Association” meets in May.",  # a name, not a clause
        "Officials in Oslo expect the text to be put “on paper within a day and signed in May”.",  # far in
        "“The fleet will be back at sea by the summer, whatever Brussels says,” the Alliance's office said.",
    ],
)
def test_a_short_or_late_or_otherwise_attributed_quote_is_not_the_speaker_before_s(kb, paragraph):
    said = of_type(drafted(kb, BEFORE + paragraph + "\n"), "statement")
    assert "tomas-novak" not in [s.get("speaker") for s in said[1:]]


def test_a_quote_two_paragraphs_on_is_not_the_speaker_before_s(kb):
    text = BEFORE + "The talks resumed.\n\nThe “agreement in principle will be put on paper within a day.”\n"
    assert [s["speaker"] for s in of_type(drafted(kb, text), "statement")] == ["tomas-novak"]

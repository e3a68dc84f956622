"""kb draft: speakers named in forms a reading of one phrase misses — a surname opening the paragraph after
one that ends on a quote and its full stop. Texts written for these tests."""

from __future__ import annotations

import pytest
from drafting import drafted_statements


def speakers(text: str) -> list[str]:
    return [s.get("speaker") or s["speaker_description"] for s in drafted_statements(text)]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Opposition parties have rejected the budget, with Green Party leader Tomas Novak describing the cuts"
            " as “reckless.”\nNovak is also critical of what he called “a budget written for the banks”.",
            "tomas-novak",
        ),
        (
            "The Nordic Council has refused to sign, with its spokesman Erik Berg dismissing the text as"
            " “unworkable.”\nBerg is worried about what he calls “the northern route”.",
            "erik-berg",
        ),
        (
            "Ukraine’s allies were quick to react, with German Chancellor Olaf Weber calling the attack “a crime!”"
            "\nWeber is now pressing for what he described as “tougher sanctions”.",
            "olaf-weber",
        ),
        (
            "European farmers are angry, with Farmers Union president Anna Lind asking who will pay “for a crisis"
            " they did not cause?”\nLind has since written to ministers about what she calls “a rigged market”.",
            "anna-lind",
        ),
    ],
)
def test_a_line_ending_on_a_quote_and_its_full_stop_ends_its_sentence(text, who):
    """The surname that opens the next line is that sentence's subject, whom its pronoun stands for — not a
    body or a group named in the long line before, read as one sentence with it."""
    assert speakers(text)[-1] == who

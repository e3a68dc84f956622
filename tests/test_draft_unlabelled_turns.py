"""kb draft on records whose turns carry no label: a title that gives its speaker after a post and a
comma, with the place or the day after the name. Texts written for these tests."""

from __future__ import annotations

import pytest
from drafting import drafted, imports

pytestmark = pytest.mark.usefixtures("talks")


def turns(payloads: list[dict]) -> list[tuple[str, str, str | None]]:
    """Each statement's speaker, first words and day."""
    return [(p["speaker"], p["text"][:20], p.get("occurred_at")) for p in payloads if p["type"] == "statement"]


ANSWERS = """

The fisheries talks

The two delegations have agreed on the structure of a joint quota table for the northern stocks.

We expect the remaining figures to be settled at the third round, which Oslo will host in May.
"""


@pytest.mark.parametrize(
    "title",
    [
        "Briefing by the official spokesperson of the Ministry of Fisheries, Anna Berg, 3 March 2025",
        "Press Briefing by Fisheries Ministry Spokesperson Anna Berg, Oslo, March 3, 2025",
        "Remarks by the deputy minister for fisheries, Anna Berg, at the closing session, 3 March 2025",
    ],
)
def test_a_title_names_its_speaker_after_a_post_and_a_comma_and_dates_the_paragraphs(kb, runner, tmp_path, title):
    payloads = drafted(kb, title + ANSWERS, kind="transcript")
    assert turns(payloads) == [
        ("anna-berg", "The two delegations ", "2025-03-03"),
        ("anna-berg", "We expect the remain", "2025-03-03"),
    ]
    imports(runner, payloads, tmp_path)

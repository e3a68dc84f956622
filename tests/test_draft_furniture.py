"""Page furniture — the lines a web page prints between a story's paragraphs — is no claim and no time the story
moves to (`kb/draft/furniture.py`)."""

from __future__ import annotations

import pytest

from kb.draft.furniture import furniture
from tests.drafting import drafted_statements

LEDE = "LOME (Wire) - Togo and Benin narrowed their gaps on the port levy, Finance Minister Kofi Adjei said Monday."
QUOTE = '"Three of the five points are settled," Adjei told reporters in Lome.'
PUBLISHED = "2025-04-15"  # a Tuesday: Monday is the 14th

FURNITURE = [
    "ADVERTISEMENT",
    "Advertisement",
    "Story continues below advertisement",
    "Article continues below",
    "Continue reading the main story",
    "SCROLL TO CONTINUE WITH CONTENT",
    "READ MORE: Benin raised its port levy on 3 March 2024 after a row with Niger",
    "Also Read | Ghana and Togo sign border pact on 12 May",
    "RELATED: Togo's finance minister said last year talks had stalled",
    "Watch - The port of Lome on 9 June 2023",
    "Share this article",
    "Listen to this article",
    "4 min read",
    "Subscribe to our newsletter for the latest on trade talks",
    "Follow us on X and Facebook",
    "Follow Wire Africa on Telegram for more",
    "Click here to read the full communique of 2 February",
    "Our Standards: The Thomson Reuters Trust Principles.",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_furniture_is_no_statement_and_no_time_the_story_moves_to(line):
    text = f'{LEDE}\n\n{QUOTE}\n\n{line}\n\n"The last two will take time," Adjei said.\n'
    assert furniture(text) == [(text.index(line), text.index(line) + len(line))]
    said = drafted_statements(text, PUBLISHED)
    assert not [s for s in said if line[:12] in s["text"]]
    assert [s.get("occurred_at") for s in said if "take time" in s["text"]] == ["2025-04-14"]


@pytest.mark.parametrize(
    "line",
    [
        "Read more about the levy in the ministry's statement, Adjei said.",
        "Adjei said the advertisement campaign for the port would go ahead.",
        "Share prices in Lome rose, Adjei said.",
        "Related talks on fisheries will resume in May, Adjei said.",
        "Follow-up talks are planned in Cotonou, Adjei said.",
        "Subscribers to the levy scheme will pay less, Adjei said.",
    ],
)
def test_a_sentence_of_the_story_is_no_furniture(line):
    text = f"{LEDE}\n\n{line}\n"
    assert furniture(text) == []
    assert [s for s in drafted_statements(text, PUBLISHED) if line[:20] in s["text"]]

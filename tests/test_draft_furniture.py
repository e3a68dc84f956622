"""Page furniture — the lines a web page prints between a story's paragraphs — is no claim and no time the story
moves to (`kb/draft/furniture.py`)."""

from __future__ import annotations

import pytest

from kb.draft.furniture import furniture
from tests.drafting import drafted_statements, drafted_text

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
    # a byline, and a page's dates
    "By Jane Doe",
    "By Jane Doe and Kofi Mensah, Reuters",
    "By JANE DOE | Staff Writer",
    "By: Ama Osei & Kojo Lind in Accra",
    "By Ursula von der Leyen",
    "Published: 14 March 2024, 10:42 GMT",
    "Updated 10:42 GMT, March 14, 2024",
    "Last updated: March 14, 2024 at 10:42 a.m. ET",
    "First published on Thu 14 Mar 2024 10.42 GMT",
    "Posted: Mar 14, 2024 / 10:42 AM IST",
    "Updated: 3 hours ago",
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
        "By Tuesday, Adjei said, the levy would be settled.",
        "By 2030, the levy falls to zero, Adjei said.",
        "Published figures show the levy raised 5% more, Adjei said.",
        "Updated figures on the levy came out on 3 March, Adjei said.",
    ],
)
def test_a_sentence_of_the_story_is_no_furniture(line):
    text = f"{LEDE}\n\n{line}\n"
    assert furniture(text) == []
    assert [s for s in drafted_statements(text, PUBLISHED) if line[:20] in s["text"]]


def test_a_byline_names_no_one_and_a_pages_dates_no_day():
    """Under the headline: no person "By Jane Doe" (nor "Jane Doe"), and the page's dates are not the story's."""
    text = (
        "Togo and Benin narrow gaps on port levy\nBy Jane Doe and Kofi Mensah, Reuters\n"
        "Published: 16 April 2025, 10:42 GMT\nUpdated: 17 April 2025, 08:15 GMT\n"
        f"{LEDE}\n\n{QUOTE}\n"
    )
    payloads = drafted_text(text, PUBLISHED)
    assert [p["name"] for p in payloads if p["type"] == "entity"] == ["Kofi Adjei"]
    assert {p.get("occurred_at") for p in payloads if p["type"] == "statement"} == {"2025-04-14"}


def test_a_byline_between_paragraphs_is_no_participant():
    """ "the two ministers" are the two the lede names, not the last name before them, a byline's (once, a meeting of
    Wadagni and a person "By Jane Doe")."""
    text = (
        "LOME, April 16 (Wire) - Togo's Finance Minister Kofi Adjei has held talks with his Beninese counterpart "
        "Romuald Wadagni on the port levy.\nBy Jane Doe\nAccording to a statement released by the ministry on "
        "Wednesday, the two ministers held talks on April 14 by video conference.\n"
    )
    payloads = drafted_text(text, "2025-04-16")
    assert "By Jane Doe" not in [p.get("name") for p in payloads]
    met = [
        ([each["entity"] for each in p["participants"]], p.get("occurred_at"))
        for p in payloads
        if p["type"] == "meeting"
    ]
    assert met == [(["kofi-adjei", "romuald-wadagni"], "2025-04-14")]


def test_a_records_title_keeps_its_line_under_a_byline():
    """A byline and a page's date under a record's title are left out with the white space before them: the title
    keeps its line as it was, and still names who answers, and the day."""
    title = "Briefing by the official representative of the Ministry of Foreign Affairs, Anna Lind, 11 September 2014"
    body = "\n\nThe main task now is to consolidate the agreements reached in Oslo in the protocol.\n"
    for head in ("", "By Jane Doe and John Roe\nPublished: 11 September 2014, 10:42 GMT\n"):
        said = [p for p in drafted_text(f"{title}\n{head}{body}", "2014-09-11")
                if p["type"] == "statement"]  # fmt: skip
        assert [(p["speaker"], p["occurred_at"]) for p in said] == [("anna-lind", "2014-09-11")]

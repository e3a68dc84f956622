"""kb draft: a quote with no attribution of its own in the paragraph of a named speaker's quote,
with only the reporter's words between, goes on with that speaker's words. Texts written for these tests."""

from __future__ import annotations

import pytest
from test_draft_speakers import statements

from kb.draft.text import sentences

pytestmark = pytest.mark.usefixtures("talks")


def test_a_quote_after_the_reporter_s_words_in_a_speaker_s_paragraph_is_theirs(kb):
    text = (
        '"There is a deal on the quotas," Fisheries Minister Anna Lind told reporters on Monday. It still '
        'needs the approval of all members. "That means our fleets will finally know where they stand."\n'
    )
    found = statements(kb, text)
    assert [(s["speaker"], s["_draft"]["pattern"], s["occurred_at"]) for s in found] == [
        ("anna-lind", "quote-speaker-verb", "2025-04-14"),
        ("anna-lind", "same-paragraph", "2025-04-14"),  # the day of the words it goes on with
    ]


def test_no_quote_goes_on_over_someone_else_speaking_or_a_new_paragraph(kb):
    text = (
        '"We will not sign this year," Tomas Novak said. The talks ended at midnight, an aide said. '
        '"This is the end of it for this year, and everyone knows it."\n\n'
        '"We will sign before the summer," Eva Kral said. The talks ended at midnight.\n\n'
        '"Nobody expected the fleets to accept a cut of a third so soon."\n'
    )
    found = statements(kb, text)
    assert [(s["speaker"], s["text"][:16]) for s in found if s["attribution"] == "direct_quote"] == [
        ("tomas-novak", "We will not sign"),
        ("eva-kral", "We will sign bef"),
    ]


def test_he_stands_for_the_one_named_in_the_sentence_before_when_it_names_no_subject(kb):
    text = (
        "Tomas Novak opened the session on Monday.\n\n"
        "The talks will go on in Geneva, with the chair of the committee, Petr Dvorak, expected to issue a new "
        "text this week.\n\n"
        'He said in a private meeting that the talks had been "stuck in a hamster wheel".\n'
    )
    [said] = statements(kb, text)
    assert said["speaker"] == "petr-dvorak"
    text = text.replace("the chair of the committee, Petr Dvorak,", "Ms Eva Kral in the chair,")
    [said] = statements(kb, text)
    assert said["speaker"] == "tomas-novak"  # not the woman named just before


def test_a_line_break_that_wraps_a_long_line_of_prose_ends_no_sentence(kb):
    text = (
        "GENEVA — The Alliance and the Union concluded their talks on the fisheries quotas\n"
        "on Tuesday after a night of bargaining over the northern grounds and the season.\n"
        "“Two fleets that choose partnership, in a true win-win fashion,” said Alliance\n"
        "Chief Negotiator Tomas Novak, standing next to the Union's Anna Lind.\n"
        "Quotas\n"
        "• The quotas fall by a third for the next two seasons on all the northern fishing grounds\n"
        "• The season opens in March\n"
    )
    assert [s.text.replace("\n", " ")[:30] for s in sentences(text)] == [
        "GENEVA — The Alliance and the ",
        "“Two fleets that choose partne",
        "Quotas",  # a short line is a heading or a label: it ends where it ends
        "• The quotas fall by a third f",  # a list item opens after a long line
        "• The season opens in March",
    ]
    [quote] = statements(kb, text)
    assert quote["speaker"] == "tomas-novak"


def test_quotes_in_a_list_are_their_items_speakers(kb):
    text = (
        "Reactions to the deal came quickly:\n\n"
        '• "We are disappointed by the quotas," said Anna Lind, the Union\'s negotiator.\n'
        '• Tomas Novak: "This is a good day for the fleets of the north."\n'
        '• Update: "The vote is on Friday and everyone will be there."\n'
    )
    found = statements(kb, text)
    assert [(s["speaker"], s["attribution"], s["text"][:16]) for s in found] == [
        ("anna-lind", "direct_quote", "We are disappoin"),  # a bullet opens the sentence
        ("tomas-novak", "direct_quote", "This is a good d"),  # a name alone before a colon in an item
    ]


def test_a_quote_after_a_colon_is_the_speaker_of_the_verb_the_colon_ends(kb):
    text = 'Tomas Novak recalled that Anna Lind had told him: "There will be no deal without the northern grounds."\n'
    [quote] = statements(kb, text)
    assert (quote["speaker"], quote["attribution"]) == ("anna-lind", "direct_quote")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anna Lind told reporters 'the mood was good' while Tomas Novak said, \"We have settled nothing yet.\"\n",
            [("anna-lind", "partial_quote"), ("tomas-novak", "direct_quote")],
        ),
        (
            "The minister, Eva Kral, praised the “useful” talks on Monday, and her counterpart Petr Dvorak added, "
            "“The next round will be harder than this one.”\n",
            [("eva-kral", "partial_quote"), ("petr-dvorak", "direct_quote")],
        ),
        (
            "Anna Lind said the offer was fair, whereas Tomas Novak insisted, “The quota for the north is too low.”\n",
            [("tomas-novak", "direct_quote")],
        ),
    ],
)
def test_a_quote_right_after_a_second_reporting_verb_is_that_verb_s_speaker_s(kb, text, expected):
    found = statements(kb, text)
    assert [(s["speaker"], s["attribution"]) for s in found if s["attribution"] != "paraphrase"] == expected


def test_a_body_that_also_says_something_says_it_on_the_day_it_spoke_before(kb):
    text = (
        'India on Friday rejected as "inaccurate" Tomas Novak\'s remarks on the talks.\n'
        'New Delhi also asserted that it remained open to a "mutually beneficial" deal.\n'
    )
    found = statements(kb, text)
    assert [(s["speaker"], s["occurred_at"]) for s in found] == [("india", "2025-04-18"), ("india", "2025-04-18")]


def test_an_interview_conducted_on_a_day_dates_what_was_said_in_it(kb):
    text = (
        '"The central problem is that this is not a bilateral negotiation," Tomas Novak told the Nikkei in a '
        "telephone interview conducted on Wednesday.\n\n"
        '"There are twelve countries involved and their interests must be reflected."\n'
    )
    found = statements(kb, text)
    assert [(s["speaker"], s["occurred_at"]) for s in found] == [
        ("tomas-novak", "2025-04-16"),
        ("tomas-novak", "2025-04-16"),  # the interview's words going on
    ]

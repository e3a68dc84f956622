"""kb draft on the forms of quotation a reporter records and a narrower reading missed: a record that prose
declares ("This is an edited transcript."), a sub-heading's quote the story repeats, a headline that asks
what someone said. Texts written for these tests."""

from __future__ import annotations

import pytest
from drafting import drafted, imports, of_type

pytestmark = pytest.mark.usefixtures("talks")


def said(payloads: list[dict]) -> list[tuple[str, str, str, str | None]]:
    """Each statement's speaker, attribution, first words and day."""
    return [
        (p.get("speaker") or p.get("speaker_description"), p["attribution"], p["text"][:22], p.get("occurred_at"))
        for p in of_type(payloads, "statement")
    ]


DECLARED = [
    (
        "After two days of talks in Oslo, Trade Minister Ana Lind spoke to reporters on Monday. This is an edited"
        " transcript.\n\nWe have closed the chapter on fisheries and we are close on the rest of it.\n\nThe last"
        " issues are hard ones, but I know that we can settle them before the summer.\n",
        [
            ("ana-lind", "direct_quote", "We have closed the chap", "2025-04-14"),
            ("ana-lind", "direct_quote", "The last issues are har", "2025-04-14"),
        ],
    ),
    (
        "Below is the full text of the statement by Finance Minister Kwame Osei to the creditors' committee.\n\n"
        "Our country has done everything that the programme asked of it, and it is now the turn of our lenders.\n",
        [("kwame-osei", "direct_quote", "Our country has done ev", None)],
    ),
    (
        "What follows is a condensed transcript of the interview with Chief Negotiator Tomas Novak, held on"
        " Wednesday.\n\nHow close is a deal now?\n\nCloser than it has ever been, but the last mile of a"
        " negotiation is always the hardest one.\n",
        [("tomas-novak", "direct_quote", "Closer than it has ever", "2025-04-16")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DECLARED)
def test_the_paragraphs_of_a_record_prose_declares_are_the_words_of_the_person_it_names(
    kb, runner, tmp_path, text, expected
):
    payloads = drafted(kb, text)
    assert said(payloads) == [(who, how, words[:22], day) for who, how, words, day in expected]  # no question
    imports(runner, payloads, tmp_path)


def test_a_declaration_inside_a_quotation_declares_no_record(kb):
    text = (
        '"Here is the text we agreed on," Trade Minister Ana Lind told reporters on Monday.\n\n'
        "The delegations will meet again in May to settle the chapter on public procurement.\n"
    )
    assert [s[:2] for s in said(drafted(kb, text))] == [("ana-lind", "direct_quote")]


def test_a_sub_heading_s_quote_the_story_repeats_is_drafted_once_from_the_story(kb):
    text = (
        "Fisheries talks in Oslo\n"
        "Lind on the state of the talks: ‘We are close to a deal’\n\n"
        "“We are close to a deal,” Trade Minister Ana Lind told reporters on Monday after the third round.\n"
    )
    assert said(drafted(kb, text)) == [("ana-lind", "direct_quote", "We are close to a deal", "2025-04-14")]


@pytest.mark.parametrize(
    "headline",
    ["What Ana Lind said after the talks in Oslo", "What Trade Minister Ana Lind told the committee on Monday"],
)
def test_a_headline_asking_what_someone_said_reports_nothing_they_said(kb, headline):
    text = f"{headline}\n\nTrade Minister Ana Lind said on Monday that the talks would resume in May.\n"
    assert [s[1:3] for s in said(drafted(kb, text))] == [("paraphrase", "Trade Minister Ana Lin")]


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        (
            "Trade Minister Ana Lind exclaimed that “this is the best deal we could get”.",
            "this is the best",
            "ana-lind",
        ),
        (
            "Finance Minister Kwame Osei criticised the lenders' “slow and unfair” terms.",
            "slow and unfair",
            "kwame-osei",
        ),
        (
            "Chief Negotiator Tomas Novak accused the other side of “bad faith” over the quotas.",
            "bad faith",
            "tomas-novak",
        ),
        ("President Lina Berg protested that the offer was “an insult” to her farmers.", "an insult", "lina-berg"),
        ("Foreign Minister Omar Haddad revealed that the talks had reached “a dead end”.", "a dead end", "omar-haddad"),
        ("Kwame Osei demanded “a fair share of the burden” from the private creditors.", "a fair share", "kwame-osei"),
        ("Finance Minister Kwame Osei branded the offer “a betrayal of the poorest”.", "a betrayal", "kwame-osei"),
        ("Trade Minister Ana Lind slammed what she termed “a take-it-or-leave-it text”.", "take-it-or", "ana-lind"),
        ("Tomas Novak, the chief negotiator, panned the draft as “insulting” on Friday.", "insulting", "tomas-novak"),
    ],
)
def test_a_verb_of_saying_beyond_said_attributes_the_quote_it_governs(kb, sentence, words, speaker):
    statements = of_type(drafted(kb, sentence), "statement")
    assert [(p["speaker"], p["attribution"], words in p["text"]) for p in statements] == [
        (speaker, "partial_quote", True)
    ]


def meetings(payloads: list[dict]) -> list[tuple[list[str], str | None]]:
    return [
        (sorted(p["entity"] for p in m["participants"]), m.get("occurred_at")) for m in of_type(payloads, "meeting")
    ]


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Trade Minister Ana Lind said after meeting with Tomas Novak that the gap had narrowed.", None),
        ("Trade Minister Ana Lind, after meeting Tomas Novak in Oslo on Monday, said it was closed.", "2025-04-14"),
        ("Following a meeting with Tomas Novak on Monday, Trade Minister Ana Lind told reporters a deal was close.",
         "2025-04-14"),
        ("After two days of talks with Tomas Novak, Trade Minister Ana Lind said the last chapter was closed.", None),
        ("Trade Minister Ana Lind spoke after a meeting on Wednesday with Tomas Novak in Geneva.", "2025-04-16"),
        ("Trade Minister Ana Lind sat down with Tomas Novak in Geneva on Tuesday.", "2025-04-15"),
    ],
)  # fmt: skip
def test_a_meeting_in_a_phrase_is_between_its_party_and_the_sentence_s_subject(kb, runner, tmp_path, sentence, day):
    payloads = drafted(kb, sentence)
    assert meetings(payloads) == [(["ana-lind", "tomas-novak"], day)]
    imports(runner, payloads, tmp_path)


def test_a_phrase_s_meeting_takes_no_day_from_the_meeting_a_sentence_before(kb):
    text = (
        "Ana Lind met Omar Haddad on Friday in Geneva.\n\n"
        "Tomas Novak, the chief negotiator, said after meeting with Ana Lind that he hoped to close the deal.\n"
    )
    assert meetings(drafted(kb, text)) == [
        (["ana-lind", "omar-haddad"], "2025-04-18"),
        (["ana-lind", "tomas-novak"], None),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "After the talks, Trade Minister Ana Lind said the gap had narrowed.",  # no one met named
        "The country's delegate spoke after meeting with Tomas Novak and Ana Lind.",  # its subject names no one
    ],
)
def test_a_phrase_naming_no_party_or_no_subject_is_no_meeting(kb, sentence):
    assert meetings(drafted(kb, sentence)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“There are still open issues,” Tomas Novak told reporters on Monday. Among them are “fishing rights and"
            " the level playing field” and the role of the court.\n",
            [("tomas-novak", "direct_quote"), ("tomas-novak", "partial_quote")],
        ),
        (
            "“We are close,” Trade Minister Ana Lind said on Monday. The text itself is “nearly there” and only its"
            " annex remains open.\n",
            [("ana-lind", "direct_quote"), ("ana-lind", "partial_quote")],
        ),
        (
            "“The offer is final,” Finance Minister Kwame Osei told the lenders. His team called it generous; the"
            " lenders were, in his words, “out of time”.\n",
            [("kwame-osei", "direct_quote"), ("kwame-osei", "partial_quote")],
        ),
    ],
)
def test_a_partial_quote_in_the_paragraph_of_a_speaker_s_quote_with_no_verb_of_its_own_is_theirs(kb, text, expected):
    assert [s[:2] for s in said(drafted(kb, text))] == expected


def test_a_quote_in_another_paragraph_or_after_an_unattributed_one_takes_no_earlier_speaker(kb):
    text = (
        "“There are still open issues,” Tomas Novak told reporters on Monday.\n\n"
        "The draft speaks of “fair access” to the waters.\n\n"
        "Chapters on “existing measures,” the draft says, as “measures” covers only new ones.\n"
    )
    assert [s[:2] for s in said(drafted(kb, text))] == [("tomas-novak", "direct_quote")]


def test_a_quote_that_goes_on_from_a_body_s_quote_is_the_body_s(kb):
    text = (
        "Tomas Novak opened the round on Monday.\n\n"
        "“The first list covers 120 products,” the ministry said in a statement. “And the second list covers eight"
        " more, with a tariff of 25 percent.”\n"
    )
    spoken = [
        (p.get("speaker"), p.get("speaker_description"), p["text"][:20])
        for p in of_type(drafted(kb, text), "statement")
    ]
    assert spoken == [(None, "the ministry", "The first list cover"), (None, "the ministry", "And the second list ")]


def test_a_headline_s_quote_the_story_gives_only_in_its_own_words_is_drafted_from_the_headline(kb):
    text = (
        "Lind says talks ‘very close’ to a deal\n\n"
        "Trade Minister Ana Lind said on Monday the talks were very close to a deal.\n"
    )
    assert [s[:3] for s in said(drafted(kb, text))] == [
        ("ana-lind", "partial_quote", 'Lind says talks "very c'[:22]),
        ("ana-lind", "paraphrase", "Trade Minister Ana Lind"[:22]),
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "pattern"),
    [
        ("“We will not sign a bad deal,” was how Trade Minister Ana Lind put it.", "ana-lind", "quote-speech-phrase"),
        ("“Not yet,” came the reply from Finance Minister Kwame Osei.", "kwame-osei", "quote-speech-phrase"),
        ("In Tomas Novak's words, the text is now “nearly there”.", "tomas-novak", "speech-phrase-quote"),
        ("In the words of Tomas Novak, the chief negotiator, the offer was “a good start”.", "tomas-novak",
         "speech-phrase-quote"),
        ("The talks were, as Trade Minister Ana Lind put it, “stuck in the mud”.", "ana-lind", "speech-phrase-quote"),
        ("Kwame Osei's message to the lenders was clear: “pay your share”.", "kwame-osei", "speech-phrase-quote"),
        ("Kwame Osei's reaction to the offer: “not enough, and too late”.", "kwame-osei", "speech-phrase-quote"),
        ("Kwame Osei was in a hurry. In his own words, the talks had been “too long by half”.", "kwame-osei",
         "speech-phrase-quote+pronoun"),
        ("“It is a good day for our farmers.” So said Finance Minister Kwame Osei after the vote.", "kwame-osei",
         "quote-then-added"),
        ("The words “we will not sign” were spoken by President Tomas Novak on Monday.", "tomas-novak",
         "quote-speech-phrase"),
        ("“Not one step back” were the words of Trade Minister Ana Lind.", "ana-lind", "quote-speech-phrase"),
        ("The phrase “whatever it takes” was first uttered by Kwame Osei in 2012.", "kwame-osei",
         "quote-speech-phrase"),
        ("The offer was “insulting”, in the view of Trade Minister Ana Lind.", "ana-lind", "quote-speech-phrase"),
        ("For Kwame Osei, the answer is simple: “We will not sign.”", "kwame-osei", "speech-phrase-quote"),
        ("For Trade Minister Ana Lind, the message was clear: “no deal without fish”.", "ana-lind",
         "speech-phrase-quote"),
        ("“We will not sign.” That, at least, is what President Tomas Novak told parliament.", "tomas-novak",
         "quote-then-added"),
    ],
)  # fmt: skip
def test_a_phrase_that_names_the_speaker_without_a_verb_of_saying(kb, text, speaker, pattern):
    statements = of_type(drafted(kb, text), "statement")
    assert [(p["speaker"], p["_draft"]["pattern"]) for p in statements] == [(speaker, pattern)]


def test_a_quote_after_another_speaker_s_quote_with_a_reply_phrase_is_the_replier_s(kb):
    text = "“We are close,” Trade Minister Ana Lind said.\n\n“Not yet,” came the reply from Tomas Novak.\n"
    assert [s[0] for s in said(drafted(kb, text))] == ["ana-lind", "tomas-novak"]


INTERVIEW = """\
Fisheries talks: the minister's view

Trade Minister Ana Lind spoke to the Daily Planet on Monday about the talks on fishing rights.

How close is a deal?

Closer than it has ever been, but the last mile is the hardest one for us.

What about the farmers?

They will be protected, and I have said so to every one of them.
"""


def test_the_answers_of_an_interview_laid_out_as_questions_with_no_labels_are_the_interviewee_s(kb, runner, tmp_path):
    payloads = drafted(kb, INTERVIEW)
    assert [s for s in said(payloads) if s[1] == "direct_quote"] == [
        ("ana-lind", "direct_quote", "Closer than it has eve", "2025-04-14"),
        ("ana-lind", "direct_quote", "They will be protected", "2025-04-14"),
    ]
    imports(runner, payloads, tmp_path)


@pytest.mark.parametrize(
    "text",
    [
        INTERVIEW.replace("for us", "for both sides").replace("and I have said so", "and the minister said so"),
        INTERVIEW.replace("Trade Minister Ana Lind spoke", "Trade Minister Ana Lind and Tomas Novak spoke"),
    ],
)
def test_questions_answered_by_the_reporter_or_under_a_head_naming_two_people_are_no_interview(kb, text):
    assert [s for s in said(drafted(kb, text)) if s[1] == "direct_quote"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trade Minister Ana Lind and Finance Minister Kwame Osei met on Monday.\n\n"
            "Osei was blunt. “We need more time, and the lenders know it.”\n",
            ["kwame-osei"],
        ),
        (
            "Trade Minister Ana Lind opened the round on Monday.\n\nShe did not mince her words.\n\n"
            "“This is the last offer we will make to anyone.”\n",
            ["ana-lind"],
        ),
        (
            "Trade Minister Ana Lind opened the round with Tomas Novak.\n\n"
            "Novak’s response was swift. “We reject it, and we will say so at the council.”\n",
            ["tomas-novak"],
        ),
        (
            "Trade Minister Ana Lind opened the round on Monday.\n\n"
            "The talks resumed in the afternoon. “Nothing is agreed until everything is agreed.”\n",
            [],
        ),
        (
            "Trade Minister Ana Lind opened the round on Monday.\n\n"
            "Lind then handed the floor to Tomas Novak. “Nothing is agreed until everything is agreed.”\n",
            [],
        ),
    ],
)
def test_a_quote_with_no_attribution_after_a_sentence_about_one_person_alone_is_theirs(kb, text, expected):
    assert [s[0] for s in said(drafted(kb, text))] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Novak criticised... the other side for stalling, whereas “we came with an offer on every chapter”.",
        "Tomas Novak warned … that the offer would lapse, calling it “the last one we will make”.",
    ],
)
def test_an_ellipsis_before_a_small_letter_ends_no_sentence(kb, text):
    assert [s[:2] for s in said(drafted(kb, text))] == [("tomas-novak", "partial_quote")]


def test_an_ellipsis_before_a_capital_still_ends_a_sentence(kb):
    text = "The talks went on and on... Tomas Novak said on Monday that “the end is near”."
    assert [s[2] for s in said(drafted(kb, text))] == ["Tomas Novak said on Mo"]


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        ("A call between Tomas Novak and Ursula von der Leyen set the terms.", ["tomas-novak", "ursula-von-der-leyen"]),
        ("Ana Lind met Staffan de Mistura in Geneva on Monday.", ["ana-lind", "staffan-de-mistura"]),
        ("Ana Lind met with Minister for Trade Tomas Novak on Monday.", ["ana-lind", "tomas-novak"]),
        ("Ana Lind met the Minister for External Affairs of Norway, Tomas Novak.", ["ana-lind", "tomas-novak"]),
        ("Ana Lind met Tomas Novak for two hours on Monday.", ["ana-lind", "tomas-novak"]),
    ],
)  # fmt: skip
def test_a_participant_s_name_may_hold_small_particles_and_a_post_for_something(kb, sentence, met):
    assert [m[0] for m in meetings(drafted(kb, sentence))] == [met]


def test_a_next_sentence_saying_whose_message_a_quote_was_names_its_speaker_not_the_quote_before(kb):
    text = (
        "“We are ready to sign whatever is fair to both sides,” Tomas Novak told reporters on Monday.\n\n"
        "“Nobody should expect a deal this year, or even next year.” That was the message from Finance Minister"
        " Kwame Osei on Tuesday.\n"
    )
    assert [(s[0], s[3]) for s in said(drafted(kb, text))] == [
        ("tomas-novak", "2025-04-14"),
        ("kwame-osei", "2025-04-15"),
    ]


def test_a_statement_s_words_after_read_are_its_issuer_s_and_a_banner_s_are_no_one_s(kb):
    text = (
        "Finance Minister Kwame Osei issued a statement on Monday.\n\n"
        "The statement read: “The ministry remains committed to a fair and balanced agreement.”\n\n"
        "A banner at the protest read: “No deal is better than a bad deal.”\n"
    )
    assert [(s[1], s[2], s[3]) for s in said(drafted(kb, text)) if s[1] == "direct_quote"] == [
        ("direct_quote", "The ministry remains c", "2025-04-14")
    ]


def test_an_interview_s_answers_take_no_day_from_a_head_that_names_only_a_month(kb):
    text = INTERVIEW.replace("on Monday", "in March")
    assert [s[3] for s in said(drafted(kb, text)) if s[1] == "direct_quote"] == [None, None]


def test_a_meeting_the_text_reports_twice_on_the_same_day_is_drafted_once(kb):
    text = (
        "Trade Minister Ana Lind met Tomas Novak in Geneva on Monday.\n\n"
        "Lind told reporters after meeting Novak on Monday that the gap had narrowed.\n"
    )
    assert meetings(drafted(kb, text)) == [(["ana-lind", "tomas-novak"], "2025-04-14")]


def test_a_slogan_used_by_someone_stays_no_one_s_words(kb):
    assert of_type(drafted(kb, "The slogan “Take back control” was used by Kwame Osei in 2016.\n"), "statement") == []


def test_a_next_sentence_saying_what_a_law_says_names_no_speaker(kb):
    assert of_type(drafted(kb, "“We will not sign.” That is what the law says.\n"), "statement") == []


def test_the_message_for_people_no_one_names_is_no_one_s_words(kb):
    assert of_type(drafted(kb, "For farmers, the message is clear: “sell now”.\n"), "statement") == []

"""Transcripts as governments and organisations print them: whose each turn is, which turns are questions or run
the record (skipped), and the day the record gives (`kb/draft/transcripts.py`, `kb/draft/transcript_titles.py`)."""

from __future__ import annotations

import pytest

from kb.draft import draft_text
from kb.draft.known import Known

PUBLISHED = "2024-03-15"


def turns(text: str) -> list[tuple[str, str, str | None]]:
    """(speaker's name, the turn's first words, its day) of each statement drafted from the transcript."""
    known = Known()
    known.learn({"type": "entity", "key": "talks", "kind": "negotiation", "name": "The talks"})
    payloads = draft_text(text, PUBLISHED, "SOURCE", "talks", known).payloads
    names = {p["key"]: p["name"] for p in payloads if p["type"] == "entity"}
    said = [p for p in payloads if p["type"] == "statement"]
    return [(names.get(p.get("speaker", ""), ""), p["text"][:12], p.get("occurred_at")) for p in said]


ANSWER = "We have agreed the first three chapters of the accord."
SECOND = "The last chapter is on water rights and it is hard."


@pytest.mark.parametrize(
    ("record", "speaker"),
    [
        (  # a White House record: a label in capitals, a question after a bare "Q"
            "Press Briefing by Press Secretary Dana Whitfield, March 14, 2024\n\nMS. WHITFIELD: {a}\n\n"
            "Q Thank you, Dana. Will the accord be signed this month?\n\nMS. WHITFIELD: {b}\n",
            "Dana Whitfield",
        ),
        (  # a name in capitals with a hyphen keeps its capitals after it
            "Press Briefing by Press Secretary Ana Lopez-Vidal, March 14, 2024\n\nMS. LOPEZ-VIDAL: {a}\n\n"
            "Q Will the accord be signed this month?\n\nMS. LOPEZ-VIDAL: {b}\n",
            "Ana Lopez-Vidal",
        ),
        (  # a name with an apostrophe
            "Press Briefing by Press Secretary Sean O'Rourke, March 14, 2024\n\nMR. O'ROURKE: {a}\n\n"
            "QUESTION: Will the accord be signed this month?\n\nMR. O'ROURKE: {b}\n",
            "Sean O'Rourke",
        ),
        (  # a moderator who runs the record, a question with the asker's outlet in brackets
            "Transcript of the joint press conference, Geneva, 14 March 2024\n\n"
            "Moderator: The floor is yours, Minister.\n\nMinister Lind: {a}\n\nModerator: Questions please. "
            "Yes, at the back.\n\nQuestion (Le Temps): Is the accord binding?\n\nMinister Lind: {b}\n",
            "Lind",
        ),
        (  # the same in capitals, an operator and a question from an outlet
            "Transcript of the press conference, Geneva, 14 March 2024\n\nOPERATOR: Good morning and welcome.\n\n"
            "MINISTER LIND: {a}\n\nQ (Reuters): Is the accord binding?\n\nMINISTER LIND: {b}\n",
            "Lind",
        ),
        (  # a facilitator
            "Transcript of the briefing, Geneva, 14 March 2024\n\nFacilitator: We begin with the minister.\n\n"
            "Minister Lind: {a}\n\nFacilitator: Next question, please.\n\nJournalist (RTS): Is it binding?\n\n"
            "Minister Lind: {b}\n",
            "Lind",
        ),
    ],
)
def test_each_turn_is_its_speaker_s_and_no_question_or_running_of_the_record_is_drafted(record, speaker):
    drafted = turns(record.format(a=ANSWER, b=SECOND))
    assert drafted == [(speaker, ANSWER[:12], "2024-03-14"), (speaker, SECOND[:12], "2024-03-14")]


@pytest.mark.parametrize(
    "title",
    [
        "Press Briefing by Press Secretary Dana Whitfield, March 14, 2024",
        "Press Conference by Foreign Minister Dana Whitfield, 14 March 2024",
        "Remarks by Trade Minister Dana Whitfield, Geneva, 14 March 2024",
        "Press Conference by Foreign Minister Dana Whitfield on the water accord",
    ],
)
def test_a_title_names_who_answers_the_unlabelled_paragraphs(title):
    drafted = turns(f"{title}\n\nMarch 14, 2024\n\n{ANSWER}\n\n{SECOND}\n")
    assert [(who, day) for who, _, day in drafted] == [("Dana Whitfield", "2024-03-14")] * 2


def test_a_paragraph_opening_with_a_q_in_prose_is_read_as_prose():
    text = "Quotas on fish were cut, Minister Dana Whitfield said on Thursday.\n"
    assert [who for who, _, _ in turns(text)] == ["Dana Whitfield"]


@pytest.mark.parametrize(
    "credit",
    [
        "(Xinhua)\nUpdated: 2024-03-14 14:01\n\n",  # an agency's credit on a line of its own
        "(ANTARA)\n\n",  # one word that is no one's name the story gives
        "(Xinhua News Agency)\n\n",
    ],
)
def test_a_news_agency_s_credit_in_brackets_is_no_speaker_s_label(credit):
    story = f"{credit}Chile and Peru held talks in Lima.\n\nMinister Dana Whitfield said the talks went well.\n"
    assert [who for who, _, _ in turns(story)] == ["Dana Whitfield"]


def test_an_agency_s_credit_opening_the_story_neither_speaks_nor_opens_its_words():
    (said,) = turns("(Reuters) – Chile’s trade minister Dana Whitfield said on Thursday that the talks went well.\n")
    assert said == ("Dana Whitfield", "Chile’s trad", "2024-03-14")


@pytest.mark.parametrize(
    "label",
    ["(Prime Minister Whitfield)", "(Whitfield)"],  # a post and a name, or the surname of the record's speaker
)
def test_a_label_in_brackets_names_who_speaks(label):
    record = f"Press Conference by Prime Minister Dana Whitfield\n\nMarch 14, 2024\n\n{label}\n{ANSWER}\n"
    assert [who for who, _, _ in turns(record)] == ["Dana Whitfield"]


def test_a_speaker_named_with_a_post_after_a_comma_answers_the_labels_of_that_post():
    record = (
        "Doorstop - Parliament House\n\nTranscript, E&OE\n\n"
        f"Dana Whitfield, Foreign Minister: {ANSWER}\n\nJournalist: Will the accord be signed this month?\n\n"
        f"Foreign Minister: {SECOND}\n"
    )
    assert [(who, words) for who, words, _ in turns(record)] == [
        ("Dana Whitfield", ANSWER[:12]),
        ("Dana Whitfield", SECOND[:12]),
    ]


def test_a_speaker_named_with_a_post_and_a_body_or_the_body_s_initials_labels_their_turns():
    record = (
        "Press briefing on the water accord, 14 March 2024\n\n"
        f"Dr Dana Whitfield, Director-General, World Water Organization (WWO): {ANSWER}\n\n"
        "Omar Diallo, World Water Organization (WWO): Thank you, Dr Whitfield. We now take questions.\n\n"
        "Question: When will the accord be signed?\n\n"
        f"Dr Dana Whitfield (WWO): {SECOND}\n"
    )
    assert [(who, words) for who, words, _ in turns(record)] == [
        ("Dana Whitfield", ANSWER[:12]),
        ("Omar Diallo", "Thank you, D"),
        ("Dana Whitfield", SECOND[:12]),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Ana Lopez, Chile, Peru and Mexico: {a}",  # no post after the name, no body's initials
        "Ana Lopez, Chile and Peru (ACP): {a}",  # initials after a list are no body's label
    ],
)
def test_a_name_and_words_after_a_comma_that_are_no_post_make_no_label(line):
    record = f"Doorstop - Parliament House\n\n{line.format(a=ANSWER)}\n\nAna Lopez: {SECOND}\n"
    assert ("Ana Lopez", ANSWER[:12]) not in [(who, words) for who, words, _ in turns(record)]


def test_a_post_and_the_surname_of_who_answers_labels_their_turn_and_headings_and_notes_are_no_one_s_words():
    record = (
        "Press Conference by Foreign Minister WHITFIELD Dana\n\n"
        "Thursday, March 14, 2024, 11:00 a.m. Ministry of Foreign Affairs\n\n"
        "This is a provisional translation by an external company for reference purpose only.\n\n"
        "Opening Remarks\n\n(1) Foreign Minister Whitfield’s Visit to the Water Talks\n\n"
        f"Mr. Dana Whitfield, Minister for Foreign Affairs: {ANSWER}\n\n"
        "Response Concerning the Water Accord\n\n"
        "NHK, Takashima: Will the accord be signed this month?\n\n"
        f"Minister Whitfield: {SECOND}\n"
    )
    assert turns(record) == [
        ("Dana Whitfield", ANSWER[:12], "2024-03-14"),
        ("Dana Whitfield", SECOND[:12], "2024-03-14"),
    ]


@pytest.mark.parametrize(
    "label",
    [
        "Minister Lind:",  # a post and the surname of someone else
        "Minister Whitfield Jr:",  # not the surname alone
    ],
)
def test_a_post_and_another_surname_labels_no_turn_of_who_answers(label):
    record = f"Press Conference by Foreign Minister Dana Whitfield\n\nMarch 14, 2024\n\n{label} {ANSWER}\n"
    assert [words for _, words, _ in turns(record)] == [f"{label} {ANSWER}"[:12]]


@pytest.mark.parametrize(
    ("line", "no_words"),
    [
        ("Response Concerning the Strait of Hormuz", True),
        ("Japan-Republic of Korea (ROK) Relations", True),
        ("This is a provisional translation by an external company for reference purpose only.", True),
        ("E&OE", True),
        ("- lower tariffs on steel and on aluminium products", False),  # an answer's list item
        ("Yes.", False),
        ("We Will Sign The Accord In June.", False),  # ends as a sentence does
        ("Opening Remarks " * 20, False),  # too long for a heading
    ],
)
def test_a_line_between_turns_is_a_heading_or_a_note_and_an_answer_s_line_is_none(line, no_words):
    from kb.draft.record_labels import between_turns

    assert between_turns(line) is no_words

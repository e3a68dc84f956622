"""kb draft on transcripts: labels of many forms, the speaker named once at the head of the record,
questions and questioners skipped, the day of every turn. Texts written for these tests."""

from __future__ import annotations

import pytest
from drafting import drafted, imports

pytestmark = pytest.mark.usefixtures("talks")


def turns(payloads: list[dict]) -> list[tuple[str, str, str | None]]:
    """Each statement's speaker, first words and day."""
    return [(p["speaker"], p["text"][:20], p.get("occurred_at")) for p in payloads if p["type"] == "statement"]


MINISTRY_BRIEFING = """\
Fisheries Ministry Spokesperson Anna Berg's Regular Press Conference on March 3, 2025

Q: The second round of quota talks with Norway ended yesterday. Can you tell us what was agreed?

A: The two delegations have agreed on the structure of a joint quota table for the northern stocks.

The remaining figures will be settled at the third round, which Oslo will host in May.

Q:Will the ministry publish the draft table before then?

A: We will not publish a draft while the negotiation is still under way.
"""


def test_a_ministry_s_briefing_names_its_spokesperson_once_in_a_possessive_title(kb, runner, tmp_path):
    payloads = drafted(kb, MINISTRY_BRIEFING)
    assert turns(payloads) == [
        ("anna-berg", "The two delegations ", "2025-03-03"),
        ("anna-berg", "The remaining figure", "2025-03-03"),
        ("anna-berg", "We will not publish ", "2025-03-03"),
    ]
    assert not any("Will the ministry" in p.get("text", "") for p in payloads)  # a question is never a claim
    imports(runner, payloads, tmp_path)


NAME_LABELS = """\
Regular Press Conference of the Ministry of Trade (14 February 2025)

Lina Okafor: Good afternoon. We have no announcements today, so let us go straight to your questions.

Harbour Radio: Trade Secretary Paulo Neves said on Monday that a deal was close. Can you confirm that the talks \
will resume next week?

Lina Okafor: The negotiating teams remain in close contact and will meet again once the technical work is done.

Coastal Daily: Is the ministry worried that the tariff deadline could pass without an agreement?

Lina Okafor: Our position is clear and has not changed since the talks began last autumn.
"""


def test_a_name_that_opens_two_turns_is_a_speaker_and_an_outlet_that_asks_is_a_questioner(kb):
    payloads = drafted(kb, NAME_LABELS)
    assert turns(payloads) == [  # "Good afternoon. We have no announcements …" only runs the briefing
        ("lina-okafor", "The negotiating team", "2025-02-14"),
        ("lina-okafor", "Our position is clea", "2025-02-14"),
    ]
    names = {p["name"] for p in payloads if p["type"] == "entity"}
    assert not names & {"Harbour Radio", "Coastal Daily", "Paulo Neves"}  # who asks, and whom a question quotes


INTERVIEW = """\
Mark Tully: Minister, will the agreement be signed this week?

Sara Lind: I am fairly confident. There are still two chapters open, on dairy and on public procurement, \
but the gaps have narrowed a great deal.

Mark Tully: Are you prepared to walk away if dairy is left out?

Sara Lind: Yes. I will not sign an agreement that leaves our dairy farmers worse off than they are today.
"""


def test_an_interviewer_named_in_labels_is_no_speaker_of_answers_and_an_undated_record_stays_undated(kb):
    payloads = drafted(kb, INTERVIEW)
    assert turns(payloads) == [
        ("sara-lind", "I am fairly confiden", None),
        ("sara-lind", "Yes. I will not sign", None),
    ]
    assert "Mark Tully" not in {p["name"] for p in payloads if p["type"] == "entity"}


CAPITAL_LABELS = """\
Transcript of a press conference, Geneva, 9 June 2025

MODERATOR: The floor is open for questions.

KARIN VOSS: The chief negotiator said the text was ready. Why has the signature been put off again?

MR. OKORO: The text is ready, but two delegations asked for more time to consult their capitals.

KARIN VOSS: When will it be signed?

MR. OKORO: We hope to sign it before the end of the month, in this building.
"""


def test_a_labelled_turn_that_asks_is_skipped_and_a_reporter_who_only_asks_is_no_speaker(kb):
    assert turns(drafted(kb, CAPITAL_LABELS)) == [
        ("okoro", "The text is ready, b", "2025-06-09"),
        ("okoro", "We hope to sign it b", "2025-06-09"),
    ]


def test_one_name_label_in_a_news_story_makes_no_transcript(kb):
    text = (
        "Talks resumed in Geneva on Tuesday after a two-week pause.\n\n"
        "Related Coverage: Fishing quotas divide the delegations as the deadline nears.\n\n"
        "Related Coverage: What is at stake in the Geneva talks for coastal towns.\n"
    )
    assert turns(drafted(kb, text)) == []


def test_a_meeting_a_question_names_is_no_claim(kb):
    asked = "Minister Dahl held talks with Trade Minister Erik Moen in Oslo on Monday"
    answered = "We will not publish a draft while the negotiation is still under way."
    in_a_question = f"Press Briefing by Spokesperson Ola Berg\n\nQ: {asked}. What was agreed?\n\nA: {answered}\n"
    in_a_story = f"{asked}.\n\nThe two ministers will meet again in May.\n"
    meetings = [p for p in drafted(kb, in_a_story) if p["type"] == "meeting"]
    assert len(meetings) == 1
    assert [p["type"] for p in drafted(kb, in_a_question) if p["type"] in ("meeting", "statement")] == ["statement"]


def test_a_label_that_is_a_post_alone_is_the_speaker_the_title_names(kb):
    text = (
        "Interview with Trade Minister Sara Lind on the fisheries talks\n\n"
        "Question: Minister, is the deal done?\n\n"
        "Minister: Not yet, but we have closed eleven of the thirteen chapters this week.\n\n"
        "Question: What is left?\n\n"
        "Minister: Market access for dairy, and the rules on state aid for shipyards.\n"
    )
    assert turns(drafted(kb, text)) == [
        ("sara-lind", "Not yet, but we have", None),
        ("sara-lind", "Market access for da", None),
    ]


def test_a_reporter_labelled_in_capitals_whose_turns_are_mostly_questions_is_no_speaker(kb):
    text = (
        "BEN HALL: Minister, thanks for joining us. Is the deal done?\n\n"
        "MR. OKORO: We have closed eleven of the thirteen chapters this week.\n\n"
        "BEN HALL: That is good news for exporters.\n\n"
        "BEN HALL: And what is left?\n\n"
        "MR. OKORO: Market access for dairy, and the rules on state aid for shipyards.\n"
    )
    assert [speaker for speaker, _, _ in turns(drafted(kb, text))] == ["okoro", "okoro"]


def test_a_long_answer_is_cut_between_its_sentences_into_claims_that_import(kb, runner, tmp_path):
    sentences = [
        "On quotas, the delegations agreed to keep the current limits for the northern stocks for one more year.",
        "The scientific council will review the mackerel figures in September and report to both ministers.",
        "Inspectors from each side may board vessels in the shared zone under the protocol signed in Tromso.",
        "Landing data will be exchanged every month instead of every quarter, starting with the spring season.",
        "Our coastal communities asked for a guarantee on small boats, and the text now gives them one.",
        "Compensation for the closed herring grounds remains open and will be taken up at the next round.",
        "We proposed a joint fund for research vessels, and the other side has promised an answer by June.",
        "Neither delegation wants to reopen the boundary question, which was settled by the treaty of 2010.",
        "The ministers will sign the arrangement in Oslo once both parliaments have been consulted on it.",
        "Until then, fishermen should follow the rules of last season, which stay in force without change.",
    ]
    text = "Press Briefing by Spokesperson Ola Berg\n\nA: " + " ".join(sentences) + "\n"
    payloads = drafted(kb, text)
    pieces = [p["text"] for p in payloads if p["type"] == "statement"]
    assert len(pieces) == 3  # runs of whole sentences of 60 words or more
    assert " ".join(pieces) == " ".join(sentences)
    assert all(p.endswith(".") and p.split(". ")[0] + "." in sentences for p in pieces)
    assert [p["citations"][0]["excerpt"] for p in payloads if p["type"] == "statement"] == pieces
    imports(runner, payloads, tmp_path)


def test_a_short_answer_is_one_claim(kb):
    text = "Press Briefing by Spokesperson Ola Berg\n\nA: " + "We are close to a deal on the quota table. " * 5
    assert len([p for p in drafted(kb, text) if p["type"] == "statement"]) == 1


LONE_LABELS = """\
Joint press conference, Canberra, 2 April 2025

Prime Minister Hale

Thank you all for coming. Today we concluded the negotiations on the critical minerals partnership.

It gives our producers a long-term buyer and our partners a reliable supply.

Question

Prime Minister, when will the partnership be signed?

President Ruiz:

We will sign it in Manila in June, after our cabinets have approved the final text.
"""


def test_a_name_on_a_line_of_its_own_labels_the_paragraphs_under_it(kb):
    assert turns(drafted(kb, LONE_LABELS)) == [
        ("hale", "Thank you all for co", "2025-04-02"),
        ("hale", "It gives our produce", "2025-04-02"),
        ("ruiz", "We will sign it in M", "2025-04-02"),
    ]


def test_a_line_of_a_name_alone_in_a_story_labels_nothing(kb):
    text = (
        "Related Coverage\n\nTalks resumed in Geneva on Tuesday after a two-week pause, officials said.\n\n"
        "Related Coverage\n\nThe delegations are expected to meet again next week to settle the last chapters.\n"
    )
    said = [p for p in drafted(kb, text) if p["type"] == "statement"]  # the officials' reported speech, no turn
    assert [(p.get("speaker"), p.get("speaker_description"), p["attribution"]) for p in said] == [
        (None, "officials", "paraphrase")
    ]


@pytest.mark.parametrize("asks", ["INTERVIEWER", "Interviewer", "HOST", "Host", "Presenter"])
def test_an_interviewer_labelled_by_their_part_is_no_speaker(kb, asks):
    text = (
        f"Interview with Trade Minister Sara Lind\n\n{asks}: Thank you for joining us tonight, Minister.\n\n"
        f"Sara Lind: The chapters on dairy and on public procurement are still open.\n\n"
        f"{asks}: So no signature this week.\n\n"
        "Sara Lind: Not this week, but before the summer recess if both sides keep moving.\n"
    )
    payloads = drafted(kb, text)
    assert [speaker for speaker, _, _ in turns(payloads)] == ["sara-lind", "sara-lind"]
    assert {p["name"] for p in payloads if p["type"] == "entity" and p["kind"] == "person"} == {"Sara Lind"}


def test_a_post_and_a_surname_in_capitals_name_a_person_and_a_post_alone_describes_one(kb):
    text = (
        "SECRETARY OKORO: We have closed eleven of the thirteen chapters this week.\n\n"
        "SENIOR ADMINISTRATION OFFICIAL ONE: The last two chapters are dairy and state aid for shipyards.\n\n"
        "MINISTER FOR TRADE: We expect to sign the agreement before the summer recess.\n"
    )
    statements = [p for p in drafted(kb, text) if p["type"] == "statement"]
    assert [(p.get("speaker"), p.get("speaker_description")) for p in statements] == [
        ("okoro", None),
        (None, "senior administration official one"),
        (None, "minister for trade"),
    ]


@pytest.mark.parametrize(
    "head",
    [
        "We sum up what mattered at Fisheries Minister Anna Berg’s press conference in Oslo on Monday.",
        "Fisheries Minister Anna Berg's news conference on Monday drew a crowd of reporters from the north.",
        "Readers asked about Anna Berg's interview with the Coastal Daily, which ran on Monday.",
    ],
)
def test_a_story_s_sentence_naming_someone_s_press_conference_is_no_transcript_title(kb, head):
    text = (
        f"{head}\n\nThe minister was asked whether the quota talks with Norway would end this year.\n\n"
        "“There will be a deal before the winter,” Berg replied.\n\n"
        "Earlier, she had said the two delegations were close on the northern stocks.\n"
    )
    statements = [p for p in drafted(kb, text) if p["type"] == "statement"]
    assert [(p["speaker"], p["text"][:20]) for p in statements if p["attribution"] == "direct_quote"] == [
        ("anna-berg", "There will be a deal")
    ]
    assert not any(p["_draft"]["pattern"] == "transcript-turn" for p in statements)


def test_a_possessive_title_may_hold_the_particles_of_a_post(kb):
    text = MINISTRY_BRIEFING.replace("Fisheries Ministry Spokesperson", "Minister of Fisheries")
    assert [turn[0] for turn in turns(drafted(kb, text))] == ["anna-berg"] * 3


@pytest.mark.parametrize("label", ["SPEAKER", "SPEAKERS", "PARTICIPANTS", "Speaker", "Participants"])
def test_the_record_s_list_of_who_took_part_is_no_turn(kb, label):
    text = (
        "Transcript of Fisheries Press Briefing\n\nMarch 3, 2025\n\n"
        f"{label}: Ms. Anna Berg, Director of the Communications Department, Fisheries Ministry\n\n"
        "MS. BERG: The two delegations have agreed on the structure of a joint quota table.\n\n"
        "QUESTIONER: Will the ministry publish the table?\n\n"
        "MS. BERG: We will not publish a draft while the negotiation is still under way.\n"
    )
    assert [words for _, words, _ in turns(drafted(kb, text))] == ["The two delegations ", "We will not publish "]


EXCERPTED_CONFERENCE = """\
Press Conference by Minister Tomas Novak (excerpted version)

*Note: This is a provisional translation for reference purpose only.

8:40 - 8:44 a.m.
Friday, March 7, 2025
Committee Room Annex, the House of Representatives

Question-and-Answer Session

Q: What do you expect from the summit next week? Mr. Trump told his advisers to rejoin the talks. Any comment?

A: At the summit next week, bilateral economic issues will most likely be discussed.
As for the remarks on the talks, I would first like to confirm the facts behind them.
"""


def test_a_title_s_speaker_before_its_version_in_brackets_answers_and_the_head_s_lines_are_no_answers(kb):
    """The note and the venue's line above the questions are no one's words; the question is skipped."""
    assert turns(drafted(kb, EXCERPTED_CONFERENCE)) == [
        ("tomas-novak", "At the summit next w", "2025-03-07"),
        ("tomas-novak", "As for the remarks o", "2025-03-07"),
    ]


def test_a_date_alone_on_a_line_with_its_part_of_the_day_dates_every_turn(kb):
    text = (
        "Press Conference by the Chief Negotiator\n\nAugust 3, 2024 (AM)\n\n"
        "REPORTER: The round ended without a deal. What is your reaction?\n\n"
        "CHIEF NEGOTIATOR NOVAK: The negotiations as a whole made considerable progress this week.\n"
    )
    assert [turn[2] for turn in turns(drafted(kb, text, "2024-08-05"))] == ["2024-08-03"]  # published later


@pytest.mark.parametrize(
    "line",
    [
        "Tuesday, August 3, 2024, 3:39 p.m. Ministry of Foreign Affairs",
        "August 3, 2024, 10:14 a.m. Front Entrance Hall, Prime Minister's Office",
        "August 3, 2024 | 10:00 AM EDT",
        "3 August 2024 14:00-14:30 CET, Brussels",
    ],
)
def test_a_date_line_with_the_hour_and_room_the_conference_began_in_dates_every_turn(kb, line):
    text = (
        f"Press Conference by the Chief Negotiator\n\n{line}\n\n"
        "REPORTER: The round ended without a deal. What is your reaction?\n\n"
        "CHIEF NEGOTIATOR NOVAK: The negotiations as a whole made considerable progress this week.\n"
    )
    assert [turn[2] for turn in turns(drafted(kb, text, "2024-08-05"))] == ["2024-08-03"]


def test_a_line_that_opens_with_a_date_and_an_hour_and_goes_on_as_a_sentence_is_no_date_line(kb):
    text = (
        "Press Conference by the Chief Negotiator\n\n"
        "August 3, 2024, 3:39 p.m. The chief negotiator opened the conference with a statement on the round.\n\n"
        "REPORTER: The round ended without a deal. What is your reaction?\n\n"
        "CHIEF NEGOTIATOR NOVAK: The negotiations as a whole made considerable progress this week.\n"
    )
    assert [turn[2] for turn in turns(drafted(kb, text, "2024-08-05"))] == [None]


def test_labels_in_capitals_each_used_once_that_are_surnames_of_people_named_are_speakers_not_headings(kb):
    text = (
        "Joint press availability of Secretary of State Ana Lind and Foreign Minister Tomas Novak\n\n"
        "Oslo, March 7, 2025\n\n"
        "LIND: Good afternoon. I am pleased to welcome Foreign Minister Novak to Oslo for our talks today.\n\n"
        "NOVAK: Thank you. We have made real progress today, and the quota table is nearly complete.\n"
    )
    assert [turn[0] for turn in turns(drafted(kb, text, "2025-03-07"))] == ["ana-lind", "tomas-novak"]


def test_labels_in_capitals_each_used_once_that_name_no_one_stay_headings(kb):
    text = (
        "Fact sheet: the fisheries agreement\n\n"
        "SHARED GOALS: The two sides will set a joint quota table for the northern stocks.\n\n"
        "NEXT STEPS: The negotiators will meet again in May to settle the remaining figures.\n"
    )
    assert turns(drafted(kb, text, "2025-03-07")) == []


def test_a_record_of_a_briefing_by_an_unnamed_spokesman_in_lower_case_gives_its_answers_to_him_on_its_day(kb):
    text = (
        "Record of Press briefing by Ministry of Fisheries spokesman on 3rd March 2025\n\n"
        "Oslo, March 3, 2025 (Wire-OT):\n\n"
        "Opening Statement\n"
        "The minister will be visiting Lima this Sunday for the second round of quota talks.\n\n"
        "Is there any progress on the quota table?\n\n"
        "The quota table is nearly complete and will be signed in May.\n"
    )
    payloads = drafted(kb, text, "2025-03-05")
    said = [(p.get("speaker_description"), p["text"][:12], p.get("occurred_at")) for p in payloads
            if p["type"] == "statement"]  # fmt: skip
    assert said == [
        ("Ministry of Fisheries spokesman", "The minister", "2025-03-03"),
        ("Ministry of Fisheries spokesman", "The quota ta", "2025-03-03"),
    ]


def test_a_word_in_capitals_opening_the_texts_title_is_no_speaker(kb):
    text = (
        "START: Intensive Negotiations Underway in Geneva – Excerpt from Daily Briefing\n\n"
        "QUESTION: Can we switch to Geneva? Do you have a readout on that?\n\n"
        "MR. KELLY: We have very intensive negotiations going on in Geneva this week.\n"
    )
    payloads = drafted(kb, text)
    assert "Start" not in [e["name"] for e in payloads if e["type"] == "entity"]
    assert [p["text"] for p in payloads if p["type"] == "statement"] == [
        "We have very intensive negotiations going on in Geneva this week."
    ]

"""kb draft on the records of officials: a recording's transcript whose turns open with the time
they began, the figures an answer gives, a quotation a question repeats; a readout of a call, a
joint statement and a ministry's release on a negotiating round. Texts written for these tests."""

from __future__ import annotations

import pytest
from drafting import drafted, imports, of_type

from kb.errors import KbError

pytestmark = pytest.mark.usefixtures("talks")


def turns(payloads: list[dict]) -> list[tuple[str, str]]:
    """Each statement's speaker and first words."""
    return [(p.get("speaker") or p["speaker_description"], p["text"][:24]) for p in of_type(payloads, "statement")]


STAMPED = """\
Ana Ruiz (00:00):
Ruiz, Channel Five. Your counterpart says the fisheries chapter is closed. Is it? And when do you sign? Thank you.
Tomas Novak (00:21):
The fisheries chapter is closed, yes, and I am grateful to both teams for the long nights it took.
(01:02)
What remains is the chapter on public procurement, where we still have some way to go before we sign.
Speaker 2 (01:40):
Thank you all very much for coming this afternoon, we will stop there for today.
"""


def test_a_turn_opens_with_the_time_it_began_and_goes_on_under_a_time_alone(kb, runner, tmp_path):
    payloads = drafted(kb, STAMPED, kind="transcript")
    assert turns(payloads) == [
        ("tomas-novak", "The fisheries chapter is"),
        ("tomas-novak", "What remains is the chap"),
    ]  # the questioner's turn asks; "Speaker 2" is a voice no one named
    assert "Ana Ruiz" not in {p["name"] for p in of_type(payloads, "entity")}
    imports(runner, payloads, tmp_path)


def test_a_time_alone_after_a_question_goes_on_asking(kb):
    text = STAMPED.replace("Thank you.\nTomas", "\n(00:15)\nAnd will it be signed by June? Thank you.\nTomas")
    assert [who for who, _ in turns(drafted(kb, text, kind="transcript"))] == ["tomas-novak", "tomas-novak"]


def test_a_questions_words_under_its_label_s_line_are_no_claim(kb):
    """A question over two lines under "Ana Ruiz (00:00):" drafts no figure, however the page spaces its lines."""
    text = STAMPED.replace(
        "Is it? And when do you sign? Thank you.\n",
        "Is it?\n(00:12)\nYou still have a tariff of 10% on cars. Are you disappointed with that? Thank you.\n",
    )
    for spaced in (text, text.replace("\n", "\n\n")):
        payloads = drafted(kb, spaced, kind="transcript")
        assert of_type(payloads, "data_point") == []
        assert [who for who, _ in turns(payloads)] == ["tomas-novak", "tomas-novak"]


INTERVIEW_A_TURN_A_LINE = """\
Cathy Newman: Mr Novak, how confident are you that this ceasefire will hold?
Tomas Novak: I think there is every chance that the ceasefire will hold, at least for the immediate future.
Cathy Newman: And how much can the government chalk this up as its own success?
Tomas Novak: It is a significant accomplishment, the product of months of diplomacy with our partners.
"""


@pytest.mark.parametrize("between", ["\n", "\n\n"], ids=["a line break", "a blank line"])
def test_an_interview_a_turn_a_line_is_read_however_the_page_spaces_it(kb, between):
    """Labels in a name's capitals, a turn a line: the answers are Novak's, whether blank lines set the turns
    apart or not (once, with no blank line, the whole interview was one paragraph and no answer was found)."""
    text = INTERVIEW_A_TURN_A_LINE.replace("\n", between)
    assert turns(drafted(kb, text, kind="transcript")) == [
        ("tomas-novak", "I think there is every ch"[:24]),
        ("tomas-novak", "It is a significant acco"),
    ]


ANSWER_WITH_FIGURES = """\
Regular Press Conference of the Ministry of Trade (14 February 2025)

Q: Will the tariff on cars come down?

A: Under the agreement the tariff on cars falls to 10% for the first 100,000 vehicles a year.

Q: Will the deal be signed this month?

A: I am 80 per cent confident that we will sign it before the summer, but it is not done yet.
"""


def test_a_figure_an_answer_gives_is_drafted_and_how_likely_someone_thinks_something_is_is_not(kb):
    figures = [
        (p["value"], p["unit"]) for p in of_type(drafted(kb, ANSWER_WITH_FIGURES, kind="transcript"), "data_point")
    ]
    assert ("10", "percent") in figures and ("80", "percent") not in figures


def test_a_quotation_in_a_question_is_its_speaker_s_and_he_is_the_one_named_before_in_his_sentence(kb):
    text = STAMPED.replace(
        "Your counterpart says the fisheries chapter is closed.",
        'When you met Minister Karl Berger in Oslo, he said, "The fisheries chapter is closed and will stay closed."',
    )
    quoted = [p for p in of_type(drafted(kb, text, kind="transcript"), "statement") if "stay closed" in p["text"]]
    assert [p["speaker"] for p in quoted] == ["karl-berger"]


def meetings(payloads: list[dict]) -> list[tuple[list[str], str | None]]:
    """Each meeting's participants and day."""
    return [([p["entity"] for p in m["participants"]], m.get("occurred_at")) for m in of_type(payloads, "meeting")]


READOUT = """\
Prime Minister Lena Holt spoke with President Omar Diallo.
The Prime Minister spoke to President Diallo this afternoon, and welcomed the progress made by their negotiators.
She later spoke to reporters and to Radio France about the fisheries chapter.
"""


def test_a_readout_s_call_is_a_meeting_reported_once_with_its_day_and_the_prime_minister_is_the_one_named(kb):
    assert meetings(drafted(kb, READOUT, published="2025-04-18", kind="press_release")) == [
        (["lena-holt", "omar-diallo"], "2025-04-18")
    ]  # speaking to reporters or to a broadcaster is no meeting


def test_talks_that_took_place_between_two_leaders_named_after_their_posts_are_theirs_from_their_first_day(kb):
    text = (
        "The envoy reported on the talks that took place between the Turkish Cypriot leader, Mr. Ali Demir, and "
        "the Greek Cypriot leader, Mr. Nikos Petrou, in Geneva, Switzerland, on 7-11 April.\n"
    )
    payloads = drafted(kb, text)
    assert meetings(payloads) == [(["ali-demir", "nikos-petrou"], "2025-04-07")]
    assert "Turkey" not in {p["name"] for p in of_type(payloads, "entity")}  # a post, not a party


@pytest.mark.parametrize(
    ("words", "day"),
    [
        ("on 15 and 16 April 2025", "2025-04-15"),
        ("from 2 to 4 April", "2025-04-02"),
        ("from April 2 to 4", "2025-04-02"),
    ],
)
def test_a_meeting_over_a_range_of_days_is_of_its_first(kb, words, day):
    assert meetings(drafted(kb, f"Minister Ana Berg held talks with Minister Li Wen in Oslo {words}.\n")) == [
        (["ana-berg", "li-wen"], day)
    ]


RELEASE = """\
1. The second round of negotiations on a free trade agreement between Norway and Chile was held in Oslo from \
April 14 to 16.
2. From the Norwegian side, Mr. Erik Dahl, State Secretary (Chief Negotiator), and officials from other \
ministries attended the meeting. From the Chilean side, Ms. Paula Rojas, Director of Trade (Chief Negotiator), \
and other representatives attended the meeting.
3. The next round will be held in Santiago.
"""


def test_a_release_s_sides_who_attended_the_meeting_are_its_participants_on_the_day_it_was_held(kb):
    assert meetings(drafted(kb, RELEASE, kind="press_release")) == [(["erik-dahl", "paula-rojas"], "2025-04-14")]


def test_a_turn_s_opening_phrase_of_time_after_its_label_dates_what_it_reports(kb):
    text = (
        "Regular Press Conference of the Ministry of Trade (18 April 2025)\n\n"
        "Lina Okafor: Good afternoon, we will go straight to your questions today.\n\n"
        "Harbour Radio: Did the ministers speak this week? What did they agree?\n\n"
        "Lina Okafor: On April 15, Minister Ana Berg had a telephone conversation with Minister Li Wen. "
        "They agreed to meet again in May.\n"
    )
    assert meetings(drafted(kb, text, kind="transcript")) == [(["ana-berg", "li-wen"], "2025-04-15")]


BRIEFING = """\
Background Press Call on the Fisheries Talks

March 3, 2025

MS. HALE: Thank you, moderator. Good evening everyone. I'm Dana Hale, with the Trade Office's press team. \
Thank you for joining today's call.

This call is on background only. Its contents are embargoed until the end of the call, and I'll turn it over \
to my colleague for opening remarks.

SENIOR OFFICIAL: Good evening, we have a deal to announce on the northern fishing grounds.

Hello, everybody. A couple of things here at the top. You know the drill.

The quota table is agreed, and the two delegations will sign it in Oslo next week.
"""


def test_words_that_only_run_a_briefing_are_no_claim_and_a_greeting_that_says_more_is(kb):
    assert turns(drafted(kb, BRIEFING, kind="transcript")) == [
        ("senior official", "Good evening, we have a "),
        ("senior official", "The quota table is agree"),
    ]


def test_a_name_then_of_and_a_country_is_that_country_s_person(kb):
    payloads = drafted(kb, "Prime Minister Lena Holt spoke with President Omar Diallo of Senegal on Tuesday.\n")
    assert meetings(payloads) == [(["lena-holt", "omar-diallo"], "2025-04-15")]
    [diallo] = [p for p in of_type(payloads, "role") if p["person"] == "omar-diallo"]
    assert (diallo["title"], diallo.get("organisation")) == ("president", "senegal")


JOINT_STATEMENT = """\
Joint Statement on the Fisheries Talks between Norway and Chile

The delegations of Norway and Chile held two days of negotiations in Oslo on 14 and 15 April 2025. The \
participants agreed that fisheries experts will convene before the next round of talks to narrow the gaps. It was \
decided to convene the next round in Santiago on 12 and 13 May. The leaders agreed on the importance of a \
science-based quota table.
"""


def test_a_joint_statement_s_participants_leaders_and_impersonal_decisions_are_the_two_parties_agreements(kb):
    agreed = [
        (sorted(p["parties"]), p["status"], p.get("occurred_at"))
        for p in of_type(drafted(kb, JOINT_STATEMENT, kind="press_release"), "agreement")
    ]
    assert agreed == [
        (["chile", "norway"], "procedural", None),
        (["chile", "norway"], "procedural", None),  # 12 May is the next round's day, not the decision's
        (["chile", "norway"], "agreed_in_principle", None),
    ]


ANSWER = "The negotiating teams will meet again in Geneva next week to close the remaining chapters."


@pytest.mark.parametrize(
    ("record", "speaker"),
    [
        (f"Foreign Affairs Council: Press remarks by High Representative Ana Vidal\n\n{ANSWER}\n", "ana-vidal"),
        (f"Remarks by High Representative/Vice-President Ana Vidal at the press conference\n\n{ANSWER}\n", "ana-vidal"),
        (f"[Statement by Prime Minister Anna Berg on the fisheries talks]\n\n{ANSWER}\n", "anna-berg"),
        (
            f"Press Conference by Minister Anna Berg\n\nQ. Will the deal be signed? Tell us.\n\nA. {ANSWER}\n",
            "anna-berg",
        ),
        (  # a bracket after the letter, and a numbered heading between turns
            f"Regular Briefing by Spokesperson Anna Berg\n\n2. Q&A\n\nQ) Will the deal be signed? Tell us.\n\n"
            f"A) {ANSWER}\n",
            "anna-berg",
        ),
    ],
)
def test_a_record_s_title_or_heading_names_who_answers_and_is_no_claim_itself(kb, record, speaker):
    assert turns(drafted(kb, record, kind="transcript")) == [(speaker, ANSWER[:24])]


def test_a_post_and_a_name_labelling_the_turns_of_a_briefing_where_outlets_in_capitals_ask(kb):
    text = (
        f"Regular Press Conference\n\nSpokesperson Mao Lin: {ANSWER}\n\nAFP: Will it be signed?\n\n"
        "Spokesperson Mao Lin: We hope to sign it before the end of the month in Geneva.\n"
    )
    assert turns(drafted(kb, text, kind="transcript")) == [
        ("mao-lin", ANSWER[:24]),
        ("mao-lin", "We hope to sign it befor"),
    ]


def test_more_turns_opening_with_their_time_than_a_draft_reads_are_refused(kb):
    text = "".join(f"Ann Lind ({n // 60:02d}:{n % 60:02d}):\nWe keep our word.\n" for n in range(1_001))
    with pytest.raises(KbError, match="the text holds 1,001 lines a speaker's label may open"):
        drafted(kb, text, kind="transcript")


@pytest.mark.parametrize(
    ("sentence", "met"),
    [
        ("Prime Minister Lena Holt hosted President Omar Diallo at Chequers on Monday.", ["lena-holt", "omar-diallo"]),
        ("President Omar Diallo received Foreign Minister Lena Holt in Dakar on Monday.", ["omar-diallo", "lena-holt"]),
        (
            "Prime Minister Lena Holt received a courtesy call from Minister Omar Diallo on Monday.",
            ["lena-holt", "omar-diallo"],
        ),
        ("Prime Minister Lena Holt welcomed the agreement on Monday.", None),
        ("Prime Minister Lena Holt received a letter from Omar Diallo on Monday.", None),
    ],
)
def test_a_host_and_a_guest_named_with_a_post_met(kb, sentence, met):
    assert meetings(drafted(kb, sentence + "\n")) == ([(met, "2025-04-14")] if met else [])


WHITE_HOUSE_READOUT = """\
Readout of President Lena Holt's Call with Prime Minister Omar Diallo of Senegal

President Lena Holt spoke by phone today with Prime Minister Omar Diallo of Senegal. The President and the \
Prime Minister discussed the fisheries talks.
"""


def test_a_readout_s_title_names_the_call_and_its_text_the_day(kb):
    payloads = drafted(kb, WHITE_HOUSE_READOUT, kind="press_release")
    assert meetings(payloads) == [(["lena-holt", "omar-diallo"], "2025-04-18")]  # the title's call is the same
    assert {p["name"] for p in of_type(payloads, "entity") if p["kind"] == "person"} == {"Lena Holt", "Omar Diallo"}
    assert {p["title"] for p in of_type(payloads, "role")} == {"president", "prime minister"}  # no "Readout of …"


def test_the_president_of_a_readout_is_the_one_its_title_names(kb):
    text = WHITE_HOUSE_READOUT.replace("President Lena Holt spoke", "The President spoke")
    assert meetings(drafted(kb, text, kind="press_release")) == [(["lena-holt", "omar-diallo"], "2025-04-18")]


def test_heads_of_delegations_led_to_attend_a_round_held_on_a_range_of_days(kb):
    text = (
        "On April 14-15, the fourth round of negotiations on a free trade agreement was held in Oslo. Trade Minister "
        "Ann Lind, Chile's Vice Minister Pablo Soto, and Peru's Deputy Minister Rosa Quispe led delegations to attend "
        "the meeting. The three parties exchanged views on market access.\n"
    )
    assert meetings(drafted(kb, text)) == [(["ann-lind", "pablo-soto", "rosa-quispe"], "2025-04-14")]


def test_talks_held_between_two_ministers(kb):
    text = "Talks were held between Foreign Minister Ann Lind and Foreign Minister Omar Diallo in Oslo on 3 April.\n"
    assert meetings(drafted(kb, text)) == [(["ann-lind", "omar-diallo"], "2025-04-03")]


def test_a_key_spells_letters_no_accent_folds_away_as_their_plain_letters(kb):
    payloads = drafted(kb, "Talks were held between Mr. Mustafa Akıncı and Mr. Lech Wałęsa in Geneva on 3 April.\n")
    assert meetings(payloads) == [(["mustafa-akinci", "lech-walesa"], "2025-04-03")]

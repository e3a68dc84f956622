"""Meetings named in a phrase opening the sentence whatever its verb ("After meeting B, A flew home", "After a call
from B, A agreed"), the people of bodies a host received, a person with a post someone saw, and a sentence with a
call in its opening phrase and calls in its clause (sentences written for these tests; kb/draft/meetings.py,
meeting_nouns.py)."""

from __future__ import annotations

import pytest
from drafting import drafted, meeting_parties, of_type

pytestmark = pytest.mark.usefixtures("talks")


@pytest.mark.parametrize(
    "text",
    [
        "After meeting President Omar Diallo in Lima, Ana Lopez flew home.",
        "After meeting President Omar Diallo in Lima, Ana Lopez, the trade minister, cancelled her trip to Quito.",
        "After a phone call from President Omar Diallo on Tuesday, Ana Lopez agreed to delay the vote.",
        "After a call from Omar Diallo, Ana Lopez said the vote would be delayed.",
        "Following a late-night call from Prime Minister Omar Diallo, Ana Lopez withdrew the bill.",
    ],
)
def test_a_meeting_in_a_phrase_opening_the_sentence_is_with_the_subject_of_its_clause(text):
    assert meeting_parties(text) == [["Ana Lopez", "Omar Diallo"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President Ana Lopez said on Wednesday that she received top representatives from Chile, Peru, and "
            "Ecuador to help settle the dispute.",
            [["Ana Lopez", "Chile", "Peru", "Ecuador"]],
        ),
        ("President Ana Lopez hosted delegations from Chile and Peru on Monday.", [["Ana Lopez", "Chile", "Peru"]]),
        ("Ana Lopez welcomed senior officials of the European Union in Lima.", [["Ana Lopez", "European Union"]]),
        ("The ministry welcomed officials from the European Union on Tuesday.", []),  # no one named hosted them
        ("Ana Lopez received representatives of fishermen on Tuesday.", []),  # no body named
    ],
)
def test_the_people_of_bodies_a_host_received_are_those_bodies(text, expected):
    assert meeting_parties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ana Lopez saw Prime Minister Omar Diallo in Oslo on Monday.", [["Ana Lopez", "Omar Diallo"]]),
        ("Lopez also saw Foreign Minister Omar Diallo before the vote.", [["Lopez", "Omar Diallo"]]),
        ("Ana Lopez sees President Omar Diallo every month.", [["Ana Lopez", "Omar Diallo"]]),
        ("The talks saw President Omar Diallo walk out.", []),
        ("Ana Lopez saw Oslo and Lima last week.", []),
        ("Omar Diallo was in Oslo. He saw President Eva Kral there.", []),  # a pronoun: whose, unsure
    ],
)
def test_a_person_with_a_post_someone_named_saw_is_met(text, expected):
    assert meeting_parties(text) == expected


def test_a_call_in_the_opening_phrase_and_calls_in_the_clause_are_each_a_meeting():
    text = (
        "After a call from President Omar Diallo on Tuesday night, Ana Lopez has since taken calls from Chancellor "
        "Eva Kral and King Tomas Novak."
    )
    assert sorted(meeting_parties(text)) == [["Ana Lopez", "Eva Kral"], ["Ana Lopez", "Omar Diallo"],
                                             ["Ana Lopez", "Tomas Novak"]]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chancellor Eva Kral welcomed Omar Diallo to Berlin on Monday for talks.", [["Eva Kral", "Omar Diallo"]]),
        ("Diallo received Lopez at the presidential palace.", [["Diallo", "Lopez"]]),
        ("Omar Diallo was welcomed to Berlin by Chancellor Eva Kral.", [["Omar Diallo", "Eva Kral"]]),
        ("Ana Lopez was hosted by Omar Diallo for dinner.", [["Ana Lopez", "Omar Diallo"]]),
        ("Omar Diallo played host to Ana Lopez in Dakar.", [["Omar Diallo", "Ana Lopez"]]),
        ("Ana Lopez joined Omar Diallo for talks in Lima.", [["Ana Lopez", "Omar Diallo"]]),
        ("Ana Lopez called Omar Diallo on Tuesday to discuss tariffs.", [["Ana Lopez", "Omar Diallo"]]),
        ("Late on Friday, Lopez phoned Eva Kral to congratulate her.", [["Lopez", "Eva Kral"]]),
        ("Ana Lopez called German Chancellor Eva Kral and invited her to Lima.", [["Ana Lopez", "Eva Kral"]]),
        ("Soon after the vote, Ana Lopez called Chancellor Eva Kral.", [["Ana Lopez", "Eva Kral"]]),
        ("Ana Lopez held a video conference with Omar Diallo.", [["Ana Lopez", "Omar Diallo"]]),
        (
            "Ana Lopez met separately with Omar Diallo and Eva Kral.",
            [["Ana Lopez", "Omar Diallo"], ["Ana Lopez", "Eva Kral"]],
        ),
    ],
)
def test_a_guest_welcomed_to_a_place_a_host_played_and_a_person_called_to_talk_are_met(text, expected):
    assert meeting_parties(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The European Union welcomed Croatia to the bloc.",  # a body, not a guest
        "Ana Lopez called Omar Diallo a liar on Tuesday.",
        "Ana Lopez called on Omar Diallo to resign.",
        "Ana Lopez called Omar Diallo a liar and asked him to resign.",
        "The group called Hamas, Lopez said.",
        "Ana Lopez received Reuters at her office.",
        "Ana Lopez held a news conference with reporters.",
        "Ana Lopez joined the talks in Lima.",
    ],
)
def test_words_like_those_of_a_meeting_that_name_no_one_met_are_none(text):
    assert meeting_parties(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "He did not expect a deal before a summit between President Ana Lopez and Prime Minister Omar Diallo.\n",
        "Ahead of the next round of talks between Ana Lopez and Omar Diallo, markets were calm.\n",
        "Officials prepared for the planned meeting between Ana Lopez and Omar Diallo.\n",
        "The proposed talks between Ana Lopez and Omar Diallo were welcomed.\n",
    ],
)
def test_talks_named_as_still_to_come_are_expected_not_held(kb, text):
    assert [meeting["modality"] for meeting in of_type(drafted(kb, text), "meeting")] == ["expected"]


def test_talks_after_which_something_happened_were_held(kb):
    text = "After a summit between Ana Lopez and Omar Diallo, the two sides signed a deal.\n"
    assert [meeting.get("modality") for meeting in of_type(drafted(kb, text), "meeting")] == [None]  # held


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ana Lopez met President Omar Diallo on Monday. Talks with Chancellor Eva Kral followed on Tuesday.",
            [["Ana Lopez", "Omar Diallo"], ["Ana Lopez", "Eva Kral"]],
        ),
        (
            "Russian Foreign Minister Sergey Lavrov landed in Colombo. Minister Ana Lopez and Omar Diallo held talks "
            "on Monday. It was reported that discussions with the Russian foreign minister began at 11 am.",
            [["Ana Lopez", "Omar Diallo"], ["Ana Lopez", "Sergey Lavrov"]],
        ),
        (  # too far from the meeting before: whose talks, the text no longer says
            "Ana Lopez met President Omar Diallo on Monday. The weather was bad. Prices rose. Talks with Chancellor "
            "Eva Kral followed on Tuesday.",
            [["Ana Lopez", "Omar Diallo"]],
        ),
        (  # a body, not a person
            "Ana Lopez met President Omar Diallo on Monday. Talks with the IMF followed on Tuesday.",
            [["Ana Lopez", "Omar Diallo"]],
        ),
        (  # someone else's talks
            "Ana Lopez met President Omar Diallo on Monday. Kral's talks with Tomas Novak followed on Tuesday.",
            [["Ana Lopez", "Omar Diallo"], ["Kral", "Tomas Novak"]],
        ),
        ("Talks with Chancellor Eva Kral followed on Tuesday.", []),  # no meeting before
    ],
)
def test_talks_with_a_person_right_after_a_meeting_are_those_of_its_first_party(text, expected):
    assert meeting_parties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lopez and Diallo, meeting in Lima on Monday, agreed to a truce.", [["Lopez", "Diallo"]]),
        ("Ana Lopez visited Lima, meeting President Omar Diallo.", [["Ana Lopez", "Omar Diallo"]]),
        (
            "Ana Lopez toured the port on Monday, meeting with President Omar Diallo and Chancellor Eva Kral.",
            [["Ana Lopez", "Omar Diallo", "Eva Kral"]],
        ),
        ("The leaders of Chile and Peru met in Lima.", [["Chile", "Peru"]]),
        ("The foreign ministers of Chile and Peru held talks in Lima on Monday.", [["Chile", "Peru"]]),
        ("The ministers, meeting expectations, agreed.", []),
        ("Ana Lopez spoke in Lima, meeting the target.", []),
        ("Ana Lopez praised the leaders of Chile and Peru.", []),
    ],
)
def test_a_participle_of_meeting_and_the_leaders_of_parties_name_a_meeting(text, expected):
    assert meeting_parties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ana Lopez, in a call with President Omar Diallo, urged restraint.", [["Ana Lopez", "Omar Diallo"]]),
        ("Ana Lopez talked to Omar Diallo by phone on Monday.", [["Ana Lopez", "Omar Diallo"]]),
        ("Ana Lopez met virtually with Omar Diallo.", [["Ana Lopez", "Omar Diallo"]]),
        ("Ana Lopez met a high-level delegation from Chile in Lima.", [["Ana Lopez", "Chile"]]),
        ("Ana Lopez met Omar Diallo, Chile's foreign minister, in Lima.", [["Ana Lopez", "Omar Diallo"]]),
        ("Ana Lopez held talks with Omar Diallo, the Chilean foreign minister.", [["Ana Lopez", "Omar Diallo"]]),
        ("Ana Lopez talked to CNN on Monday.", []),
        ("Ana Lopez, in a speech in Lima, urged restraint.", []),
    ],
)
def test_a_call_set_off_after_the_subject_a_delegation_and_a_party_s_own_post(text, expected):
    assert meeting_parties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks brokered by Qatar between Israel and Hamas resumed on Monday.", [["Israel", "Hamas"]]),
        ("Talks mediated by the African Union between Kenya and Uganda ended.", [["Kenya", "Uganda"]]),
        (
            "The summit, which brought together Ana Lopez, Omar Diallo and Eva Kral, ended on Monday.",
            [["Ana Lopez", "Omar Diallo", "Eva Kral"]],
        ),
        ("Ana Lopez and Omar Diallo's meeting on Monday lasted two hours.", [["Ana Lopez", "Omar Diallo"]]),
        ("Ana Lopez and Omar Diallo’s first phone call lasted an hour.", [["Ana Lopez", "Omar Diallo"]]),
        ("Chile and Peru's talks collapsed.", [["Chile", "Peru"]]),
        ("Ana Lopez and Omar Diallo are in Lima for talks.", [["Ana Lopez", "Omar Diallo"]]),
        ("Ana Lopez is in Lima for talks.", []),
    ],
)
def test_a_mediator_a_relative_clause_two_owners_and_two_people_there_for_talks(text, expected):
    assert meeting_parties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ana Lopez told Omar Diallo during a phone call on Monday that tariffs would stay.",
            [["Ana Lopez", "Omar Diallo"]],
        ),
        ("“Tariffs will stay,” Ana Lopez told President Omar Diallo in their meeting.", [["Ana Lopez", "Omar Diallo"]]),
        ("Ana Lopez told Omar Diallo that tariffs would stay.", []),  # told, not where
        ("Ana Lopez told reporters during a call that tariffs would stay.", []),
        ("Ana Lopez told Reuters in an interview that tariffs would stay.", []),
    ],
)
def test_words_told_to_someone_during_a_call_or_meeting_with_them_name_that_meeting(text, expected):
    assert meeting_parties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a guest named after their post set off by commas, or before it
            "Foreign Minister Ana Lopez received the Peruvian Minister of Foreign Affairs, Omar Diallo, in an "
            "audience today.",
            [["Ana Lopez", "Omar Diallo"]],
        ),
        ("Ana Lopez received the British Foreign Secretary, Omar Diallo, today.", [["Ana Lopez", "Omar Diallo"]]),
        (
            "Ana Lopez received Omar Diallo, the EU Commissioner for Crisis Management, on Monday.",
            [["Ana Lopez", "Omar Diallo"]],
        ),
        (  # in an office
            "Deputy Prime Minister Ana Lopez received at his office Omar Diallo, IOM Chief of Mission to Peru.",
            [["Ana Lopez", "Omar Diallo"]],
        ),
        (
            "Deputy Prime Minister Ana Lopez received at her office on EU Commissioner Omar Diallo.",
            [["Ana Lopez", "Omar Diallo"]],
        ),
        (  # a discussion, a video call, words spoken on a day about something, words noted at a meeting
            "Visiting Foreign Secretary Ana Lopez held a discussion with her counterpart Omar Diallo.",
            [["Ana Lopez", "Omar Diallo"]],
        ),
        ("Trade Minister Ana Lopez and Omar Diallo spoke via video on Wednesday.", [["Ana Lopez", "Omar Diallo"]]),
        (
            "President Ana Lopez and Crown Prince Omar Diallo on Friday spoke about new threats.",
            [["Ana Lopez", "Omar Diallo"]],
        ),
        ("President Ana Lopez and Omar Diallo spoke on Friday about trade.", [["Ana Lopez", "Omar Diallo"]]),
        (
            "Foreign Minister Ana Lopez and his counterpart, Omar Diallo, noted at a meeting in Lima the close "
            "coordination of the two countries.",
            [["Ana Lopez", "Omar Diallo"]],
        ),
    ],
)
def test_a_guest_received_with_a_post_set_off_or_in_an_office_and_subjects_who_spoke_together_met(text, expected):
    assert meeting_parties(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ana Lopez spoke on Friday about trade at the forum.",  # one speaker
        "Ana Lopez and Omar Diallo spoke on Friday about trade at separate events.",
        "Ana Lopez and Omar Diallo spoke on Friday at separate events about trade.",
        "Ana Lopez said at a meeting in Lima that tariffs must fall.",  # one speaker
        "Ana Lopez received a letter from Omar Diallo at her office.",
        "Ana Lopez received at her office a letter from the ministry.",
        "Omar Diallo hosted Ana Lopez for Christmas, the paper said.",  # no one of "Christmas"
    ],
)
def test_words_like_those_of_such_a_meeting_that_name_no_two_who_met_are_not_theirs(text):
    assert [sorted(parties) for parties in meeting_parties(text) if "Christmas" in parties] == [] and (
        len(meeting_parties(text)) <= (1 if "hosted" in text else 0)
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Foreign Minister Ana Lopez made a telephonic call to her Peruvian counterpart Omar Diallo on Saturday.",
            [["Ana Lopez", "Omar Diallo"]],
        ),
        ("Ana Lopez placed a phone call to President Omar Diallo.", [["Ana Lopez", "Omar Diallo"]]),
        ("Prime Minister Ana Lopez briefed IMF chief Omar Diallo on Wednesday.", [["Ana Lopez", "Omar Diallo"]]),
        (
            "Ana Lopez said the deal was historic. She was speaking at a meeting with Secretary of State Omar Diallo "
            "and Foreign Minister Eva Kral on Wednesday.",
            [["Ana Lopez", "Omar Diallo", "Eva Kral"]],
        ),
        (
            "Foreign Minister Ana Lopez and her counterpart Omar Diallo expressed their commitment during the "
            "bilateral meeting in Lima on Monday.",
            [["Ana Lopez", "Omar Diallo"]],
        ),
        ("Ana Lopez met a European Commission delegation on Monday.", [["Ana Lopez", "European Commission"]]),
    ],
)
def test_a_call_made_to_someone_a_person_briefed_and_words_spoken_at_a_meeting_with_someone_are_meetings(
    text, expected
):
    assert meeting_parties(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ana Lopez briefed reporters on Wednesday.",
        "Ana Lopez briefed the cabinet on the talks.",
        "Ana Lopez made a call to action on climate.",
        "Ana Lopez was speaking at a meeting of the council in Lima.",
        "Ana Lopez expressed her commitment during the meeting in Lima.",  # one speaker
        "Ana Lopez met a Kral Family delegation on Monday.",  # no body's people
    ],
)
def test_such_words_that_name_no_one_met_are_no_meeting(text):
    assert meeting_parties(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Speaking after meetings with Serbian President Omar Diallo and Kosovo Prime Minister Eva Kral, Ana Lopez "
            "said the EU will continue its efforts.",
            [["Ana Lopez", "Omar Diallo", "Eva Kral"]],
        ),
        (
            "Foreign Minister Ana Lopez on Wednesday held a meeting and working lunch with her counterpart Omar "
            "Diallo.",
            [["Ana Lopez", "Omar Diallo"]],
        ),
        (
            "Ana Lopez met with the IMF's top two – Managing Director Omar Diallo and his deputy Eva Kral – in "
            "Washington on Thursday.",
            [["Ana Lopez", "Omar Diallo", "Eva Kral"]],
        ),
        ("Prime Minister Ana Lopez on Tuesday conversed with President Omar Diallo.", [["Ana Lopez", "Omar Diallo"]]),
    ],
)
def test_meetings_after_speaking_an_occasion_and_a_meal_a_group_named_between_dashes_and_a_conversation(text, expected):
    assert meeting_parties(text) == expected


def test_the_one_a_post_after_a_name_is_held_to_is_no_party_of_the_meeting():
    text = "Ana Lopez met Konstantin Lind, advisor to South Ossetian leader Alan Novak, on June 2."
    assert meeting_parties(text) == [["Ana Lopez", "Konstantin Lind"]]

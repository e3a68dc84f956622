"""Meetings named by a noun whose parties come later, by the talks of a possessive, a speaker or "in talks with", by
subjects who talked, and by visits and calls (sentences written for these tests; kb/draft/meeting_nouns.py)."""

from __future__ import annotations

import pytest
from drafting import drafted, imports, meeting_parties, of_type

from kb.draft.meeting_nouns import every_meeting
from kb.draft.reader import antecedents

pytestmark = pytest.mark.usefixtures("talks")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The envoy pointed to separate ceasefire talks in the Norwegian capital between Chile, Peru and Brazil.",
            ["Chile", "Peru", "Brazil"],
        ),
        ("Markets watched the ongoing trade discussions between Canada and Mexico closely.", ["Canada", "Mexico"]),
        (
            "A meeting in Geneva on Monday between Ana Lopez and Omar Diallo lasted two hours.",
            ["Ana Lopez", "Omar Diallo"],
        ),
        (
            "Fresh consultations held in Lima last week, among Chile, Peru and Ecuador, ended without a text.",
            ["Chile", "Peru", "Ecuador"],
        ),
        (
            "The round of negotiations at the Foreign Ministry was chaired by Foreign Minister Ana Lopez and "
            "Trade Minister Omar Diallo.",
            ["Ana Lopez", "Omar Diallo"],
        ),
        (
            "Talks between the International Monetary Fund (IMF) and Ghana resumed on Monday.",
            ["International Monetary Fund", "Ghana"],
        ),
    ],
)
def test_a_meeting_noun_with_its_parties_after_a_place_or_a_time(text, expected):
    assert meeting_parties(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Both sides are preparing for talks in Oslo between Chile and Peru.",  # a prospect
        "Diplomats discussed a potential meeting between the two presidents.",  # no one named
        "The split between Chile and Peru widened after the talks.",  # no meeting noun before "between"
        "The negotiations on a trade pact between Chile and Peru moved forward.",  # "on" a subject, not a day
        "The leaders met ahead of the summit on Friday involving Chile, Peru and Brazil.",  # not yet held
        "The meeting was chaired by the Minister of Trade and Industry, Ana Lopez.",  # one person, a post's "and"
        "The separate meetings between Ana Lopez, Omar Diallo and Karl Berg came at a tense time.",  # none of all
    ],
)
def test_a_prospect_a_subject_or_no_party_named_is_no_meeting(text):
    assert meeting_parties(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ana Lopez's talks with Omar Diallo on Monday were tense.", ["Ana Lopez", "Omar Diallo"]),
        ("Ana Lopez arrived in Oslo. Her phone call with Omar Diallo lasted an hour.", ["Ana Lopez", "Omar Diallo"]),
        ("Ana Lopez is in talks with Omar Diallo over the border.", ["Ana Lopez", "Omar Diallo"]),
        (
            "Premier Ana Lopez stated that one-on-one discussions with President Omar Diallo had eased tensions.",
            ["Ana Lopez", "Omar Diallo"],
        ),
        (
            "Foreign Minister Karl Berg told reporters his bilateral meeting with Premier Omar Diallo went well.",
            ["Karl Berg", "Omar Diallo"],
        ),
    ],
)
def test_talks_with_a_party_are_the_possessive_s_the_subject_s_or_the_speaker_s(text, expected):
    assert meeting_parties(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Lopez said talks with Peru would resume in May.",  # a country, and talks to come
        "The ministry's official spoke after meeting with Omar Diallo.",  # no person named as the other party
        "Analysts said the talks with Omar Diallo had stalled.",  # no one named speaks
        # a spokesperson reports their principal's talks, not their own
        "The spokeswoman, Ana Lopez, said the discussions with Omar Diallo were useful.",
        "UN spokesman Karl Berg told reporters that the talks with Omar Diallo went well.",
    ],
)
def test_talks_with_a_party_need_a_person_named_on_each_side(text):
    assert meeting_parties(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ana Lopez and Omar Diallo discussed the border on Monday.", ["Ana Lopez", "Omar Diallo"]),
        ("President Ana Lopez and her counterpart Omar Diallo exchanged views on trade.", ["Ana Lopez", "Omar Diallo"]),
        ("Lopez and Diallo also talked about fishing quotas.", ["Lopez", "Diallo"]),
        ("Ana Lopez discussed the plan with President Omar Diallo in Lima.", ["Ana Lopez", "Omar Diallo"]),
        ("Chile and Peru conferred on the tariff schedule.", ["Chile", "Peru"]),
    ],
)
def test_subjects_who_talked_or_one_who_talked_with_another_met(text, expected):
    assert meeting_parties(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Ana Lopez discussed the plan with reporters.",  # no party named
        "Ana Lopez and Omar Diallo agreed that tariffs must fall.",  # agreeing is not meeting
        "Ana Lopez and Omar Diallo shook hands at the photo session.",  # nor is a handshake for the cameras
        "Omar Diallo met Ana Lopez. The two leaders discussed trade.",  # the meeting just told, not a new one
    ],
)
def test_agreeing_a_handshake_or_talk_with_no_one_named_is_no_new_meeting(text):
    assert [p for p in meeting_parties(text) if p != ["Omar Diallo", "Ana Lopez"]] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ana Lopez called on President Omar Diallo at the palace.", ["Ana Lopez", "Omar Diallo"]),
        ("Ana Lopez paid a courtesy call on Prime Minister Omar Diallo.", ["Ana Lopez", "Omar Diallo"]),
        ("Trade Minister Ana Lopez paid a visit to King Omar Diallo on Friday.", ["Ana Lopez", "Omar Diallo"]),
        ("Ana Lopez visited President Omar Diallo in hospital.", ["Ana Lopez", "Omar Diallo"]),
        ("Ana Lopez telephoned Chancellor Omar Diallo late on Tuesday.", ["Ana Lopez", "Omar Diallo"]),
    ],
)
def test_a_visit_or_a_call_to_a_person_named(text, expected):
    assert meeting_parties(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Ana Lopez called on President Omar Diallo to lift the tariffs.",  # urging, not a visit
        "Ana Lopez visited Lima and Quito.",  # places
        "Ana Lopez called on the government to act.",
    ],
)
def test_urging_or_visiting_a_place_is_no_meeting(text):
    assert meeting_parties(text) == []


def test_countries_talks_beside_their_people_s_are_one_meeting_dated_by_either(kb, runner, tmp_path):
    text = (
        "The data came at the start of a round of negotiations on Thursday between Chile and Peru in Lima.\n\n"
        "The session was chaired by Foreign Minister Ana Lopez and Trade Minister Omar Diallo."
    )
    assert meeting_parties(text) == [["Ana Lopez", "Omar Diallo"]]
    payloads = drafted(kb, text, published="2025-04-18")
    meetings = of_type(payloads, "meeting")
    assert [m["occurred_at"] for m in meetings] == ["2025-04-17"]
    imports(runner, payloads, tmp_path)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ana Lopez met a delegation led by Omar Diallo.", ["Ana Lopez", "Omar Diallo"]),
        (
            "Ana Lopez met with a Peruvian delegation headed by Trade Minister Omar Diallo.",
            ["Ana Lopez", "Omar Diallo"],
        ),
        ("Ana Lopez visited Oslo and met President Omar Diallo.", ["Ana Lopez", "Omar Diallo"]),
        (
            "Omar Diallo landed in Oslo. He toured the port and later met Premier Ana Lopez.",
            ["Omar Diallo", "Ana Lopez"],
        ),
        ("Ana Lopez had lunch with President Omar Diallo.", ["Ana Lopez", "Omar Diallo"]),
        ("King Omar Diallo hosted a state banquet in honour of President Ana Lopez.", ["Omar Diallo", "Ana Lopez"]),
        ("Ana Lopez and Omar Diallo spoke by phone on Monday.", ["Ana Lopez", "Omar Diallo"]),
        ("Ana Lopez was joined by Omar Diallo for talks in Oslo.", ["Ana Lopez", "Omar Diallo"]),
        ("Ana Lopez travelled to Lima for talks with President Omar Diallo.", ["Ana Lopez", "Omar Diallo"]),
    ],
)
def test_a_delegation_s_leader_a_second_verb_a_meal_a_call_or_a_journey_for_talks(text, expected):
    assert meeting_parties(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Ana Lopez visited Lima and Quito and met reporters.",  # no one named met
        "Ana Lopez flew to Lima for talks.",  # no one named to talk with
        "Ana Lopez had lunch with reporters.",
        "Ana Lopez spoke by phone to the BBC.",
    ],
)
def test_a_journey_a_meal_or_a_call_with_no_one_named_is_no_meeting(text):
    assert meeting_parties(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("During his meeting with Premier Omar Diallo, Karl Berg raised the tariffs.", ["Karl Berg", "Omar Diallo"]),
        (
            "In talks with Omar Diallo on Monday, Foreign Minister Ana Lopez pressed for a deal.",
            ["Ana Lopez", "Omar Diallo"],
        ),
        ("Ana Lopez hosted talks with President Omar Diallo in Lima.", ["Ana Lopez", "Omar Diallo"]),
        ("Ana Lopez led the fresh round of negotiations with Omar Diallo.", ["Ana Lopez", "Omar Diallo"]),
        ("Ana Lopez is holding talks with Omar Diallo.", ["Ana Lopez", "Omar Diallo"]),
        ("Ana Lopez received a phone call from President Omar Diallo.", ["Ana Lopez", "Omar Diallo"]),
        ("Ana Lopez consulted with President Omar Diallo on Monday.", ["Ana Lopez", "Omar Diallo"]),
        ("Lopez later held a bilateral with Diallo.", ["Lopez", "Diallo"]),
        ("Ana Lopez met privately with Omar Diallo.", ["Ana Lopez", "Omar Diallo"]),
    ],
)
def test_a_phrase_before_the_subject_a_verb_before_talks_with_or_words_of_manner(text, expected):
    assert meeting_parties(text) == [expected]


def test_talks_whose_clause_speaks_of_what_will_follow_are_held_not_expected():
    text = "Karl Berg said during a call with President Omar Diallo that tariffs would fall."
    assert [met.expected for met in every_meeting(text, antecedents(text))] == [False]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Meeting in Oslo on Monday, Chile and Peru agreed to cut tariffs.", ["Chile", "Peru"]),
        (
            "Meeting at Bergen in Norway, representatives of the EU, Iceland and Greenland have agreed on a quota.",
            ["European Union", "Iceland", "Greenland"],
        ),
        (
            "Gathered in Geneva, Foreign Minister Ana Lopez and President Omar Diallo signed nothing.",
            ["Ana Lopez", "Omar Diallo"],
        ),
    ],
)
def test_a_participle_of_meeting_opening_the_sentence_makes_its_subjects_parties(text, expected):
    assert meeting_parties(text) == [expected]


def test_talks_with_a_party_after_a_place_and_a_time_to_come_are_expected_and_undated(kb):
    text = "Lord Karl Berg, who will host another round of negotiations in London this week with Ana Lopez, spoke."
    [met] = every_meeting(text, antecedents(text))
    assert ([p.name for p in met.participants], met.expected, met.dating) == (["Karl Berg", "Ana Lopez"], True, "")
    [meeting] = of_type(drafted(kb, text), "meeting")
    assert "occurred_at" not in meeting


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trade Minister Ana Lopez went to Peru for some negotiations last spring.", ["Ana Lopez", "Peru"]),
        ("Recalling Ana Lopez's recent trip to Tokyo for trade talks, Berg said little.", ["Ana Lopez", "Japan"]),
        ("Omar Diallo flew to Brussels for fresh consultations.", ["Omar Diallo", "European Union"]),
        (
            "Ana Lopez announced the deal after leading a delegation to meet Premier Omar Diallo.",
            ["Ana Lopez", "Omar Diallo"],
        ),
        ("Omar Diallo led a delegation to meet UN officials headed by Karl Berg.", ["Omar Diallo", "Karl Berg"]),
    ],
)
def test_a_journey_to_a_country_for_talks_or_a_delegation_led_to_meet_someone(text, expected):
    assert meeting_parties(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Ana Lopez went to Geneva for talks.",  # a city that is no country's capital
        "The delegation went to Peru for talks.",  # no person named goes
        "Ana Lopez went to Peru for talks with Omar Diallo.",  # the one met is named: a meeting with him
    ],
)
def test_a_journey_to_no_country_or_by_no_one_named_is_no_meeting_with_a_country(text):
    assert all("Peru" not in p and "Geneva" not in p for p in meeting_parties(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“A deal for both,” said Commission President Ana Lopez, standing next to Indian Prime\n"
            "Minister Omar Diallo.",
            ["Ana Lopez", "Omar Diallo"],
        ),
        (
            "Ana Lopez, speaking alongside President Omar Diallo at a news conference, said the deal was close.",
            ["Ana Lopez", "Omar Diallo"],
        ),
        ("The deal is close, Lopez said, appearing beside Diallo on Monday.", ["Lopez", "Diallo"]),
    ],
)
def test_a_person_named_standing_or_speaking_beside_another(text, expected):
    assert meeting_parties(text) == [expected]


def test_standing_beside_no_one_named_is_no_meeting():
    assert meeting_parties("Ana Lopez, standing next to the flag, said little.") == []


def test_a_meeting_told_twice_with_no_day_is_drafted_once_and_imports(kb, runner, tmp_path):
    text = (
        "Trade Minister Ana Lopez held talks with President Omar Diallo in Lima.\n\n"
        "Diplomats said Lopez's talks with Diallo were tense."
    )
    assert len(meeting_parties(text)) == 2
    payloads = drafted(kb, text)
    assert [m.get("occurred_at") for m in of_type(payloads, "meeting")] == [None]
    imports(runner, payloads, tmp_path)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ana Lopez huddled with Omar Diallo before the vote.", [["Ana Lopez", "Omar Diallo"]]),
        ("Ana Lopez was in Beijing for talks with Premier Omar Diallo.", [["Ana Lopez", "Omar Diallo"]]),
        ("Ana Lopez arrived in Tokyo on Monday for talks with Omar Diallo.", [["Ana Lopez", "Omar Diallo"]]),
        ("Ana Lopez pushed for talks with Omar Diallo.", []),  # a prospect
    ],
)
def test_a_huddle_and_a_stay_somewhere_for_talks_with_someone(text, expected):
    assert meeting_parties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Negotiators from Chile and Peru met in Geneva.", ["Chile", "Peru"]),
        ("Officials from Chile and Peru held talks in Lima.", ["Chile", "Peru"]),
        ("Representatives of Chile and Peru met on Friday.", ["Chile", "Peru"]),
        ("An IMF mission held talks with Ghanaian officials in Accra.", ["International Monetary Fund", "Ghana"]),
        ("Chile and Peru resumed talks on Monday.", ["Chile", "Peru"]),
        ("Chile began direct negotiations with Peru in Doha.", ["Chile", "Peru"]),
        ("Chile and Peru wrapped up talks on Friday.", ["Chile", "Peru"]),
    ],
)
def test_the_people_of_the_parties_and_talks_begun_resumed_or_ended_by_their_sides(text, expected):
    assert meeting_parties(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Chile called for talks.",
        "Officials from Chile said the talks were hard.",  # one side
        "Chile resumed exports to Peru.",  # no talks
    ],
)
def test_one_side_or_no_talks_is_no_meeting(text):
    assert meeting_parties(text) == []


def test_a_body_s_team_that_will_meet_is_not_rephrased_as_the_body():
    assert meeting_parties("The USTR team will meet with Minister Ana Lopez next week.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Malaysia’s negotiations with the EU on a trade deal have been on hold since 2012.",
            ["Malaysia", "European Union"],
        ),
        (
            "Ghana's stalled talks with the International Monetary Fund resumed on Monday.",
            ["Ghana", "International Monetary Fund"],
        ),
        (
            "Officials said the European Union's trade negotiations with Mercosur ended in June.",
            ["European Union", "Mercosur"],
        ),
    ],
)
def test_a_country_or_body_whose_possessive_is_before_talks_with_another_met_it(text, expected):
    assert meeting_parties(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Iran's envoy said talks with the IAEA had gone well.",  # the envoy's words, not Iran's talks
        "Iran's official spoke after talks with the IAEA.",  # a person of Iran, not its talks
        "Chile’s planned talks with Peru were called off.",  # never held
        "Chile's call for talks with Peru went unanswered.",  # a prospect
    ],
)
def test_a_body_s_talks_told_by_its_people_or_still_to_come_are_no_meeting(text):
    assert meeting_parties(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prime Minister Ana Lopez had a brief sit-down with President Omar Diallo on the sidelines of the summit.",
            ["Ana Lopez", "Omar Diallo"],
        ),
        (
            "Foreign Minister Ana Lopez was granted an audience with King Omar Diallo on Tuesday.",
            ["Ana Lopez", "Omar Diallo"],
        ),
        ("Lopez's tête-à-tête with Diallo ran over by an hour.", ["Lopez", "Diallo"]),
        ("President Omar Diallo held a late-night huddle with Karl Berg at the embassy.", ["Omar Diallo", "Karl Berg"]),
        ("Ana Lopez recalled her get-together with Omar Diallo in Quito last spring.", ["Ana Lopez", "Omar Diallo"]),
    ],
)
def test_talks_named_by_a_less_usual_noun_are_a_meeting(text, expected):
    assert meeting_parties(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The audience applauded Lopez.",  # no one met
        "Lopez is seeking an audience with Diallo.",  # a prospect
        "Lopez had no meeting with Diallo.",  # none held
        "Lopez held no talks with Diallo.",
        "Lopez has never had a sit-down with Diallo.",
    ],
)
def test_talks_sought_or_denied_are_no_meeting(text):
    assert meeting_parties(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Speaking at a news conference with his Peruvian counterpart Omar Diallo, Foreign Minister Ana Lopez said "
            "Lima was working on it.",
            ["Ana Lopez", "Omar Diallo"],
        ),
        (
            "At a joint press conference with President Omar Diallo, Ana Lopez said the deal was close.",
            ["Ana Lopez", "Omar Diallo"],
        ),
        ("Ana Lopez told a news conference with Omar Diallo that the deal was close.", ["Ana Lopez", "Omar Diallo"]),
    ],
)
def test_a_news_conference_given_with_someone_is_a_meeting_with_them(text, expected):
    assert meeting_parties(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Ana Lopez gave a news conference in Lima.",  # alone
        "Speaking at a news conference with his Nigerian counterpart, Foreign Minister Ana Lopez said it.",  # unnamed
    ],
)
def test_a_news_conference_with_no_one_named_is_no_meeting(text):
    assert meeting_parties(text) == []

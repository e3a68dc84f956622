"""Meetings of two each — one subject's calls, separate or bilateral talks with several — calls and conversations
with words between the article and the noun, meetings "since" an event, and a counterpart or a post of a country
whose holder was named before (sentences written for these tests; kb/draft/meetings.py, meeting_nouns.py,
counterparts.py). Published 2025-04-18, a Friday."""

from __future__ import annotations

import pytest
from drafting import drafted, drafted_text, meeting_parties, of_type

pytestmark = pytest.mark.usefixtures("talks")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prime Minister Ana Lopez held bilateral meetings with President Omar Diallo and Chancellor Eva Kral.",
            [["Ana Lopez", "Omar Diallo"], ["Ana Lopez", "Eva Kral"]],
        ),
        (
            "On the sidelines of the summit, Trade Minister Tomas Novak held separate talks with Foreign Minister "
            "Ana Ruiz, Finance Minister Omar Diallo and President Eva Kral.",
            [["Tomas Novak", "Ana Ruiz"], ["Tomas Novak", "Omar Diallo"], ["Tomas Novak", "Eva Kral"]],
        ),
        (
            "The new chancellor, Tomas Novak, has since taken calls from President Ana Ruiz and King Omar Diallo.",
            [["Tomas Novak", "Ana Ruiz"], ["Tomas Novak", "Omar Diallo"]],
        ),
        (
            "Anna Lind fielded congratulatory phone calls from Irish Taoiseach Omar Diallo and Premier Eva Kral.",
            [["Anna Lind", "Omar Diallo"], ["Anna Lind", "Eva Kral"]],
        ),
        (
            "Foreign Minister Eva Kral received calls from Secretary of State Omar Diallo and President Ana Ruiz "
            "after the vote.",
            [["Eva Kral", "Omar Diallo"], ["Eva Kral", "Ana Ruiz"]],
        ),
        ("President Omar Diallo took a call from Chancellor Eva Kral.", [["Omar Diallo", "Eva Kral"]]),
    ],
)
def test_calls_and_separate_or_bilateral_talks_with_several_are_one_meeting_each(text, expected):
    assert meeting_parties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile and Peru held bilateral talks in Lima.", [["Chile", "Peru"]]),
        ("Ana Lopez met Omar Diallo and Eva Kral in Lima.", [["Ana Lopez", "Omar Diallo", "Eva Kral"]]),
        ("The minister took questions from Omar Diallo and Eva Kral.", []),
        ("The ministry received calls from anxious exporters.", []),
    ],
)
def test_talks_of_two_sides_a_meeting_of_three_and_calls_from_no_one_named_stay_as_they_were(text, expected):
    assert meeting_parties(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ana Lopez also had a 15-minute conversation with Omar Diallo about fishing.",
        "Ana Lopez had a brief telephone call with President Omar Diallo.",
        "Ana Lopez held an hour-long video call with Omar Diallo on Tuesday.",
        "Ana Lopez had a long and friendly conversation with Omar Diallo.",
    ],
)
def test_a_call_or_a_conversation_with_words_before_its_noun_is_a_meeting(text):
    assert meeting_parties(text) == [["Ana Lopez", "Omar Diallo"]]


@pytest.mark.parametrize(
    "text",
    [
        "After the summit on Monday, Ana Lopez has since met Omar Diallo twice.\n",
        "After the election on Tuesday, Ana Lopez has since held talks with Omar Diallo.\n",
        "Following the vote on Wednesday, Ana Lopez has since taken calls from Omar Diallo.\n",
    ],
)
def test_a_meeting_since_a_dated_event_is_not_of_its_day(kb, text):
    [meeting] = of_type(drafted(kb, text), "meeting")
    assert "occurred_at" not in meeting, meeting


@pytest.mark.parametrize(
    "text",
    [
        "Chinese Foreign Minister Wang Yi arrived in Colombo last night. Minister Ana Lopez and his Chinese "
        "counterpart have discussed investment projects, the ministry said.",
        "Chinese Foreign Minister Wang Yi flew to Lima. On Monday, Ana Lopez met her Chinese counterpart.",
        "Chinese Foreign Minister Wang Yi landed on Sunday. Ana Lopez welcomed her Chinese counterpart in Lima.",
        "Chinese Foreign Minister Wang Yi landed in Lima on Monday. Ana Lopez held talks with the Chinese foreign "
        "minister for two hours.",
        "Chinese Foreign Minister Wang Yi was in Lima. Ana Lopez and her Chinese counterpart held talks on trade.",
    ],
)
def test_a_counterpart_or_a_post_of_a_country_is_its_holder_named_before(text):
    assert meeting_parties(text) == [["Ana Lopez", "Wang Yi"]]


@pytest.mark.parametrize(
    "text",
    [
        "Ana Lopez met her Chinese counterpart in Lima.",  # no one named before: no meeting
        "Japanese Foreign Minister Taro Sato was in Lima. Ana Lopez met her Chinese counterpart there.",
        "Chinese Trade Minister Li Wei was in Lima. Ana Lopez held talks with the Chinese foreign minister.",
    ],
)
def test_a_counterpart_is_never_someone_of_another_country_or_post(text):
    assert all("Taro Sato" not in parties and "Li Wei" not in parties for parties in meeting_parties(text))
    assert all("Ana Lopez" in parties for parties in meeting_parties(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two presidents, Ana Lopez and Omar Diallo, met in Lima.", [["Ana Lopez", "Omar Diallo"]]),
        ("Ana Lopez and Omar Diallo, the two presidents, held talks in Lima.", [["Ana Lopez", "Omar Diallo"]]),
        (
            "Ana Lopez, the trade minister, and Omar Diallo, her Peruvian counterpart, met in Lima.",
            [["Ana Lopez", "Omar Diallo"]],
        ),
        ("Ana Lopez, Eva Kral and Omar Diallo met in Lima.", [["Ana Lopez", "Eva Kral", "Omar Diallo"]]),
        ("The ministers from Chile, Peru and Ecuador met in Lima.", [["Chile", "Peru", "Ecuador"]]),
        ("The Foreign Secretaries of India and Pakistan met here today.", [["India", "Pakistan"]]),
        ("Special envoys of the US and Russia met in Geneva.", [["United States", "Russia"]]),
        ("In Lima, Ana Lopez and Omar Diallo met.", [["Ana Lopez", "Omar Diallo"]]),
        ("Earlier, Ana Lopez and Omar Diallo met in Lima.", [["Ana Lopez", "Omar Diallo"]]),
        ("Meanwhile, Chile and Peru held talks in Lima.", [["Chile", "Peru"]]),
    ],
)
def test_subjects_joined_by_and_over_posts_set_off_by_commas_or_in_a_list_are_each_a_party(text, expected):
    assert meeting_parties(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ana Lopez and Omar Diallo sat down for talks in Lima.",
        "Ana Lopez and Omar Diallo had lunch together in Lima.",
        "Ana Lopez and Omar Diallo were in talks on Monday.",
    ],
)
def test_what_two_people_did_together_is_a_meeting_of_them(text):
    assert meeting_parties(text) == [["Ana Lopez", "Omar Diallo"]]


@pytest.mark.parametrize(
    "text", ["Ana Lopez sat down for talks.", "Ana Lopez had lunch in Lima.", "The unions were in talks all night."]
)
def test_what_one_did_alone_is_no_meeting(text):
    assert meeting_parties(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # one prime minister named: "the Prime Minister" is him
            "Prime Minister Omar Diallo flew to Lima. The Prime Minister met President Ana Lopez on Monday.",
            [["Omar Diallo", "Ana Lopez"]],
        ),
        (  # two named: which one, the text does not say
            "Calls came from Italian Prime Minister Omar Diallo and Japanese Prime Minister Tomas Novak. Prime "
            "Minister Novak and the Prime Minister discussed trade.",
            [],
        ),
        (  # a post of a country: its holder, whoever else holds the post elsewhere
            "Italian Prime Minister Omar Diallo and Japanese Prime Minister Tomas Novak called. Ana Lopez later met "
            "the Japanese prime minister in Rome.",
            [["Ana Lopez", "Tomas Novak"]],
        ),
    ],
)
def test_a_definite_post_is_its_holder_only_when_the_text_named_one(text, expected):
    assert [parties for parties in meeting_parties(text) if "Ana Lopez" in parties or "Tomas Novak" in parties] == (
        expected
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ana Lopez met with Omar Diallo, Honourable Minister for Commerce and Industry, Government of Peru, where "
            "they discussed the talks.",
            [["Ana Lopez", "Omar Diallo"]],
        ),
        ("Ana Lopez met Omar Diallo, Minister for Commerce and Industry, Peru.", [["Ana Lopez", "Omar Diallo"]]),
        # a list going on after the body: each is a party
        (
            "Ana Lopez met Omar Diallo, the trade minister, the European Union, and Japan on Monday.",
            [["Ana Lopez", "Omar Diallo", "European Union", "Japan"]],
        ),
        (
            "Ana Lopez met Omar Diallo, the trade minister, Chile, Peru and Japan.",
            [["Ana Lopez", "Omar Diallo", "Chile", "Peru", "Japan"]],
        ),
        ("Ana Lopez met with Omar Diallo, Chile, and Peru on Monday.", [["Ana Lopez", "Omar Diallo", "Chile", "Peru"]]),
    ],
)
def test_the_body_of_a_post_set_off_after_a_name_is_no_party_of_its_own(text, expected):
    assert meeting_parties(text) == expected


def test_he_after_a_surname_without_its_arabic_article_is_the_one_named_in_full_before():
    text = (
        "Egyptian President Abdel-Fattah al-Sisi met the envoy on Monday. Earlier in October, Sisi held talks in "
        "Cairo with his Kenyan counterpart Uhuru Kenyatta, and later he received a phone call from South African "
        "President Cyril Ramaphosa."
    )
    assert ["Abdel-Fattah al-Sisi", "Cyril Ramaphosa"] in meeting_parties(text)
    assert ["Uhuru Kenyatta", "Cyril Ramaphosa"] not in meeting_parties(text)


@pytest.mark.parametrize(
    "text",
    [
        "President Moon Jae-in and leader Kim Jong Un met in Panmunjom.",
        "Ana Lopez met Kim Jong Un in Panmunjom.",
    ],
)
def test_a_name_ending_in_two_letters_like_a_body_s_initials_is_a_person_s(text):
    """ "Un" is no UN: a body's two initials are in capitals."""
    assert any("Kim Jong Un" in parties for parties in meeting_parties(text))


def test_two_initials_in_capitals_are_still_a_body():
    assert meeting_parties("The UN and the US met in Geneva.") == [["United Nations", "United States"]]


def test_the_portfolios_in_a_list_of_who_attended_are_no_one():
    text = (
        "The meeting was attended by Prince Omar Diallo, Minister of Foreign Affairs; Dr. Ana Lopez, Minister of "
        "Commerce and Investment; Tomas Novak, Chief of General Intelligence; and President Eva Kral.\n"
    )
    for parties in meeting_parties(text):
        assert not {"Investment", "Intelligence"} & set(parties)


def test_a_body_named_with_people_s_is_one_body_and_no_one_s_possession():
    text = (
        "Chief mediator Omar Diallo said he met separately with Vice President Ana Lopez and Eva Kral, the leader of "
        "the Sudan People’s Liberation Army, to discuss the outstanding issues.\n"
    )
    parties = meeting_parties(text)
    assert ["Omar Diallo", "Eva Kral"] in parties
    assert not any("Liberation Army" in party for meeting in parties for party in meeting)


def test_a_person_named_again_with_a_middle_name_or_a_style_is_the_same_person():
    text = (
        "External Affairs Minister Pranab Mukherjee met President Omar Diallo and discussed the deal.\n\n"
        "After the meeting, the White House website flashed a photograph with a caption: ''President Omar Diallo "
        "welcomes Minister Pranab Kumar Mukherjee to a meeting in the Oval Office Monday, March 24, 2008.''\n\n"
        "In a post on X, Shri Mukherjee said the talks were useful.\n"
    )
    payloads = drafted_text(text, "2008-03-25")
    people = sorted(p["name"] for p in of_type(payloads, "entity") if p["kind"] == "person")
    assert people == ["Omar Diallo", "Pranab Mukherjee"]
    [met] = of_type(payloads, "meeting")
    assert met["occurred_at"] == "2008-03-24"

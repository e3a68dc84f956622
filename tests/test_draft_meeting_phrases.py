"""Meetings told by a phrase rather than a verb of meeting: "At their meeting in Nairobi, A and B agreed", "A, in talks
with B on Tuesday, pressed for", "A's meeting Tuesday with B", "A last met B", a joint commission co-chaired, "The
talks, led by A and B", "A led Kenya's delegation in talks with B", a joint news conference — sentences written for
these tests (kb/draft/meeting_rephrasings.py, meetings.py)."""

from __future__ import annotations

import pytest
from drafting import drafted_text, of_type
from test_draft_meeting_verbs import TUESDAY, meetings, parties  # the same three people, named before


@pytest.mark.parametrize(
    "sentence",
    [
        "At their meeting in Nairobi on Tuesday, Mensah and Raman agreed to continue.",
        "After their talks on Tuesday, Mensah and Raman said a deal was close.",
        "Mensah, in talks with Raman on Tuesday, pressed for lower tariffs.",
        "Mensah, during talks with Raman on Tuesday, pressed for lower tariffs.",
        "Mensah's meeting Tuesday with Raman lasted two hours.",
        "Mensah and Raman co-chaired the joint commission on Tuesday.",
        "Mensah co-chaired the meeting with Raman on Tuesday.",
        "The talks, led by Mensah and Raman, ended on Tuesday.",
        "Mensah led Kenya's delegation in talks with Raman on Tuesday.",
        "Mensah and Raman told a joint news conference on Tuesday that the deal was close.",
        "Mensah said at a joint press conference with Raman on Tuesday that the deal was close.",
        "Mensah received Raman for talks on Tuesday.",
        "Mensah and Raman held Gaza ceasefire talks on Tuesday.",
        "Mensah held Brexit talks with Raman on Tuesday.",
        "Mensah and Raman held a Gaza ceasefire meeting on Tuesday.",
        "A meeting that included Trade Minister Kwame Mensah and Priya Raman took place on Tuesday.",
        "On Tuesday, the Nairobi meeting included Kenyan officials, Trade Minister Kwame Mensah and Priya Raman.",
        "Participants in Tuesday's talks included Mensah and Raman.",
    ],
)
def test_a_meeting_a_phrase_tells_is_drafted_with_its_two_parties_and_day(sentence):
    found = [met for met in meetings(sentence) if parties(met) == {"kwame-mensah", "priya-raman"}]
    assert len(found) == 1, meetings(sentence)
    assert found[0]["occurred_at"] == TUESDAY


@pytest.mark.parametrize(
    "sentence",
    [
        "Mensah and Raman held trade talks on Tuesday.",
        "Mensah and Raman held high-level trade talks on Tuesday.",
        "Mensah and Raman held vice ministerial-level trade talks on Tuesday.",
        "Mensah and Raman held crucial talks on Tuesday.",
    ],
)
def test_talks_held_with_words_before_them_are_a_meeting(sentence):
    [met] = meetings(sentence)
    assert parties(met) == {"kwame-mensah", "priya-raman"}
    assert met["occurred_at"] == TUESDAY


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya and India signed a trade agreement on Tuesday.", {"kenya", "india"}),
        ("The IMF reached a staff-level agreement with Kenya on Tuesday.", {"international-monetary-fund", "kenya"}),
        ("Mensah and Raman agreed on Tuesday to extend the pact.", {"kwame-mensah", "priya-raman"}),
        ("Mensah and Raman reached a deal on Tuesday.", {"kwame-mensah", "priya-raman"}),
        ("Kenya, India, and Peru held talks on Tuesday.", {"kenya", "india", "peru"}),  # a comma before "and" too
    ],
)
def test_parties_that_signed_or_reached_an_agreement_met(text, expected):
    [met] = meetings(text)
    assert parties(met) == expected
    assert met["occurred_at"] == TUESDAY


def test_a_release_s_list_of_who_came_is_one_meeting_of_them_all():
    text = (
        "Ministers met today in Lima.\n\nJoining the meeting were Kenyan Minister for Trade and Industry Kwame Mensah, "
        "Indian Commerce Secretary Priya Raman and Peruvian Minister of Foreign Trade and Tourism Magali Silva.\n"
    )
    [met] = of_type(drafted_text(text), "meeting")
    assert parties(met) == {"kwame-mensah", "priya-raman", "magali-silva"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Mensah agreed on Tuesday to extend the pact.",  # one party
        "Mensah reached a decision on Tuesday.",
        "Kenya signed the treaty on Tuesday.",
    ],
)
def test_one_party_to_an_agreement_is_no_meeting(sentence):
    assert meetings(sentence) == []


def test_no_talks_held_is_no_meeting():
    assert meetings("Mensah and Raman held no talks on Tuesday.") == []


def test_a_meeting_last_held_is_drafted_with_its_month():
    [met] = meetings("Mensah and Raman last met in January.")
    assert parties(met) == {"kwame-mensah", "priya-raman"}
    assert met["occurred_at"] == "2025-01"


@pytest.mark.parametrize(
    "sentence",
    [
        "Mensah said at a news conference on Tuesday that the deal was close.",
        "The talks, led by Mensah, ended on Tuesday.",
        "Mensah co-chaired the meeting on Tuesday.",
        "At their last meeting, the ministers agreed to continue.",
        "Mensah's meeting with investors on Tuesday lasted two hours.",
        # one who chaired a meeting, a post with "and" in it: no meeting of "Immigration" with her
        "The meeting was chaired by Minister of Foreign Affairs and Immigration, Ms Priya Raman.",
    ],
)
def test_a_phrase_of_one_party_is_no_meeting(sentence):
    assert meetings(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # What a meeting included that is no one: its topics, its parts.
        "The agenda of the meeting includes Kenya and Gaza.",
        "The summit included a session on Gaza and a dinner with the delegates.",
    ],
)
def test_what_a_meeting_included_that_names_no_people_is_no_meeting(sentence):
    assert meetings(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Mensah, speaking to reporters after meetings with Raman on Tuesday, said details would be settled.",
        "Mensah, speaking to reporters following a third day of meetings with Raman on Tuesday, said it went well.",
        "Mensah spoke to reporters on Tuesday after a third day of meetings with Raman.",
        "Mensah said on Tuesday after a meeting with Raman that they would report back.",
        "The two sides wrapped up talks on a trade deal, Mensah told reporters Tuesday, after meetings with Raman.",
    ],
)
def test_a_meeting_in_a_phrase_after_words_of_speaking_is_drafted_with_its_day(sentence):
    found = [met for met in meetings(sentence) if parties(met) == {"kwame-mensah", "priya-raman"}]
    assert len(found) == 1, meetings(sentence)
    assert found[0]["occurred_at"] == TUESDAY


def test_the_day_of_the_words_a_meeting_s_phrase_follows_gives_way_to_the_phrase_s_own():
    [met] = meetings("Mensah said on Tuesday after a meeting with Raman on Monday that they would report back.")
    assert met["occurred_at"] == "2025-04-14"


@pytest.mark.parametrize(
    ("sentence", "countries"),
    [
        ("Mensah said after a meeting with his counterparts from Ukraine, Russia and France that they would report "
         "back.", ["ukraine", "russia", "france"]),
        ("Mensah met officials from Norway and Sweden on Tuesday.", ["norway", "sweden"]),
        ("Mensah met the foreign ministers of Norway and Sweden on Tuesday.", ["norway", "sweden"]),
    ],
)  # fmt: skip
def test_people_from_countries_a_list_names_meet_as_those_countries(sentence, countries):
    [met] = meetings(sentence)
    assert [p["entity"] for p in met["participants"]] == ["kwame-mensah", *countries]


def test_a_month_talks_were_held_since_dates_no_meeting():
    text = (
        "The meetings between Trade Minister Kwame Mensah and Commerce Secretary Priya Raman mark the first talks by "
        "the two sides since June.\n"
    )
    [met] = of_type(drafted_text(text), "meeting")
    assert met.get("occurred_at") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Mensah talked to Raman on Tuesday, during which the two exchanged views on the recent summit talks between "
        "Kenya and India.",
        "Mensah talked to Raman by phone on Tuesday to follow up on the talks between Kenya and India.",
    ],
)
def test_a_call_put_otherwise_is_read_beside_talks_of_countries_in_its_sentence(sentence):
    assert ({"kwame-mensah", "priya-raman"}, TUESDAY) in dated_parties(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Mensah, Kenya's trade minister, was speaking after the opening round of talks in Nairobi on Tuesday with "
        "Raman, who heads India's team.",
        "Mensah spoke after talks in Nairobi on Tuesday with Raman.",
    ],
)
def test_a_speaker_after_talks_in_a_place_on_a_day_with_someone_met_them(sentence):
    assert dated_parties(sentence) == [({"kwame-mensah", "priya-raman"}, TUESDAY)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Mensah sought support from his allies, speaking by phone with Raman on Tuesday.",
        "Mensah sought support, meeting Raman on Tuesday.",
    ],
)
def test_a_participle_of_a_call_or_a_meeting_after_the_subjects_first_verb_is_their_meeting(sentence):
    assert dated_parties(sentence) == [({"kwame-mensah", "priya-raman"}, TUESDAY)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Mensah said alongside Raman in Delhi on Tuesday that the talks were close.",
        "Mensah was speaking during a press briefing alongside Raman on Tuesday.",
    ],
)
def test_two_side_by_side_before_the_press_met(sentence):
    assert dated_parties(sentence) == [({"kwame-mensah", "priya-raman"}, TUESDAY)]


def test_a_day_something_is_set_for_is_no_day_of_the_meeting():
    assert dated_parties("Mensah was speaking alongside Raman ahead of Eriksson's visit set for Wednesday.") == [
        ({"kwame-mensah", "priya-raman"}, None)
    ]


def dated_parties(sentence: str) -> list[tuple[set[str], str | None]]:
    """The parties and the day of each meeting drafted from the sentence, after the three people named before."""
    return [(parties(met), met.get("occurred_at")) for met in meetings(sentence)]

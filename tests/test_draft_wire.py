"""kb draft on wire copy: datelines, names with particles and styles ("Prince", "Sheikh", "Al", "bin"),
a news organisation that reports what someone said, descriptions of a post given later by name.
Texts written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from kb.draft import draft_text
from kb.draft.known import Known

PUBLISHED = "2025-04-18"  # a Friday


def payloads(text: str) -> list[dict[str, Any]]:
    known = Known()
    known.learn({"type": "entity", "key": "talks", "kind": "negotiation", "name": "The talks"})
    return draft_text(text, PUBLISHED, "SOURCE", "talks", known).payloads


def draft(text: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(the people drafted, the statements drafted) of a text published on PUBLISHED."""
    drafted = payloads(text)
    people = [p for p in drafted if p["type"] == "entity" and p["kind"] == "person"]
    return people, [p for p in drafted if p["type"] == "statement"]


def names(people: list[dict[str, Any]]) -> list[str]:
    return [person["name"] for person in people]


def test_a_city_in_capitals_before_a_colon_is_a_dateline_not_a_speaker():
    people, said = draft(
        'CAIRO: Egyptian Trade Minister Amal Farouk has said that the customs talks were "useful", '
        "describing them as a first step."
    )
    assert names(people) == ["Amal Farouk"]
    assert [s["speaker"] for s in said] == ["amal-farouk"]
    assert "venue" not in said[0]  # not a transcript's turn


def test_a_news_organisation_reporting_the_words_passes_them_on():
    _, said = draft(
        'Trade Minister Amal Farouk has said that the talks had been "frank", describing the mood as "calm," '
        "the Daily Courier reported on Thursday."
    )
    assert [s["speaker"] for s in said] == ["amal-farouk", "amal-farouk"]
    assert all(s["via"] == "daily-courier" for s in said)


def test_a_style_before_a_name_is_no_part_of_the_name_nor_of_the_post():
    text = (
        'Foreign Minister Prince Khalid bin Salem said on Monday the talks were "serious". '
        '"We want calm in the region," Prince Khalid told the paper.'
    )
    drafted = payloads(text)
    assert [p["name"] for p in drafted if p["type"] == "entity" and p["kind"] == "person"] == ["Khalid bin Salem"]
    assert [p["title"] for p in drafted if p["type"] == "role"] == ["foreign minister"]
    assert {p["speaker"] for p in drafted if p["type"] == "statement"} == {"khalid-bin-salem"}


def test_a_name_with_particles_is_one_person_however_the_text_shortens_it():
    people, said = draft(
        "Oman's Prime Minister Sheikh Hamad bin Nasser Al Rashidi said on Monday that the border talks "
        'were "in a good place". "We will meet again," Sheikh Hamad said. "Nothing is agreed," '
        'Al Rashidi told reporters. "Both sides know it," bin Nasser Al Rashidi added.'
    )
    assert names(people) == ["Hamad bin Nasser Al Rashidi"]
    assert {s["speaker"] for s in said} == {"hamad-bin-nasser-al-rashidi"}


def test_a_frame_never_opens_halfway_through_a_long_name():
    people, said = draft(
        "The Emirates' Minister of State for Foreign Trade Sheikh Rashid bin Hamdan Al Mansouri said on "
        "Tuesday the negotiations for a comprehensive economic partnership agreement with the southern "
        'African customs union and its five member states had reached "the final stretch" after months of work.'
    )
    assert names(people) == ["Rashid bin Hamdan Al Mansouri"]
    assert said[0]["speaker"] == "rashid-bin-hamdan-al-mansouri"


def test_a_post_never_makes_one_person_of_two_names():
    people, said = draft(
        'Foreign Minister Amal Farouk said the talks were "useful". Earlier, Libyan Foreign Minister '
        'Omar Haddad, referring to the border, said the sides were "close".'
    )
    assert names(people) == ["Amal Farouk", "Omar Haddad"]
    assert [s["speaker"] for s in said] == ["amal-farouk", "omar-haddad"]


def test_a_description_first_is_the_person_named_next_with_a_shorter_form_of_the_post():
    people, said = draft(
        'LIMA — The talks may run "well past" the deadline, the country\'s finance minister said on Monday.\n'
        '"We need more time," minister Rosa Quispe said in a webcast.'
    )
    assert names(people) == ["Rosa Quispe"]
    assert [s["speaker"] for s in said] == ["rosa-quispe", "rosa-quispe"]


def test_a_headline_short_form_of_a_post_is_the_person_who_holds_it():
    people, said = draft(
        'Oman PM says border talks "stuck"\n\n'
        'Oman\'s Prime Minister Hamad Al Rashidi said on Monday the border talks were "stuck".'
    )
    assert names(people) == ["Hamad Al Rashidi"]
    assert {s["speaker"] for s in said} == {"hamad-al-rashidi"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A premier is a prime minister, when no one the text names is called premier.
        (
            'Oman\'s Prime Minister Hamad Al Rashidi met Lind. "We will work together," the premier said.',
            "hamad-al-rashidi",
        ),
        # But one called premier is the premier.
        (
            'Premier Wen Bao met Prime Minister Hamad Al Rashidi. "We will work together," the Chinese premier said.',
            "wen-bao",
        ),
    ],
)
def test_the_premier_is_who_the_text_calls_so_else_its_prime_minister(text, speaker):
    _, said = draft(text)
    assert [s.get("speaker") for s in said] == [speaker]


def test_a_quote_after_but_said_is_the_sentence_subjects():
    _, said = draft(
        "Rosa Quispe, the head of the creditors' committee, would not comment on the offer, but said "
        '"it is a start and we can build on it."'
    )
    assert [s["speaker"] for s in said] == ["rosa-quispe"]


def test_a_headline_quote_the_story_repeats_is_drafted_once_from_the_story():
    _, said = draft(
        'Lima says debt talks "on track"\n\nFinance Minister Rosa Quispe said on Monday the debt talks were "on track".'
    )
    assert len(said) == 1
    assert said[0]["occurred_at"] == "2025-04-14"
    assert said[0]["text"].startswith("Finance Minister Rosa Quispe said")


def test_the_next_quote_of_the_same_speaker_right_after_shares_its_day_reported_speech_does_not():
    _, said = draft(
        'LIMA — Finance Minister Rosa Quispe said on Monday the debt talks were "on track".\n'
        '"We expect a deal within weeks," Quispe said in a webcast.\n'
        "Quispe said both sides had made concessions.\n"
        '"Nobody wants a default," she said.\n\n'
        "Omar Haddad, who leads the creditors, said the offer was too low."
    )
    days = {s["text"][:20]: s.get("occurred_at") for s in said}
    assert days == {
        "Finance Minister Ros": "2025-04-14",  # the words, not their dateline
        "We expect a deal wit": "2025-04-14",
        "Quispe said both sid": None,  # reported speech: another statement, maybe of another day
        "Nobody wants a defau": "2025-04-14",  # the quotes go on with the statement of Monday
        "Omar Haddad, who lea": None,  # another speaker: no day of its own
    }


def test_reported_speech_with_its_day_or_occasion_before_what_was_said_is_a_statement_of_that_day():
    _, said = draft(
        "Rosa Quispe, also an adviser to the president, said on Friday that the creditors had moved.\n\n"
        "Omar Haddad said on Thursday the offer was too low.\n\n"
        "Anna Lind said in a statement that the fund would help.\n\n"
        "The rules, as said in the treaty, bind both sides."
    )
    assert [(s["speaker"], s.get("occurred_at")) for s in said] == [
        ("rosa-quispe", "2025-04-18"),
        ("omar-haddad", "2025-04-17"),
        ("anna-lind", None),
    ]


def test_talks_involving_parties_are_a_meeting_of_every_one_of_them():
    drafted = payloads(
        "Talks involving officials from Peru, Chile and the United States have not yet produced a deal.\n\n"
        "Negotiations among Bolivia and Paraguay resumed on Tuesday."
    )
    meetings = [p for p in drafted if p["type"] == "meeting"]
    assert [[each["entity"] for each in m["participants"]] for m in meetings] == [
        ["peru", "chile", "united-states"],
        ["bolivia", "paraguay"],
    ]
    assert [m.get("occurred_at") for m in meetings] == [None, "2025-04-15"]


def test_a_quote_told_to_someone_else_right_after_is_another_occasion_with_no_day_of_its_own():
    _, said = draft(
        'Speaking to reporters in Geneva on Monday, chief negotiator Omar Haddad said: "We need more time."\n'
        '"It is a good step," Haddad told AFP by telephone.\n'
        '"Nobody wants a default," Haddad told reporters.'
    )
    assert [s.get("occurred_at") for s in said] == ["2025-04-14", None, None]


def test_a_name_with_a_lower_case_particle_after_the_verb_is_whole_and_its_end_is_the_same_person():
    people, said = draft(
        '"The door is open," said Maria Clara Souza da Costa, Brazil\'s trade minister, on Wednesday.\n'
        '"We want a fair deal," Souza da Costa added.\n'
        '"We have never been closer," she told a news conference.'
    )
    assert names(people) == ["Maria Clara Souza da Costa"]
    assert [(s["speaker"], s.get("occurred_at")) for s in said] == [("maria-clara-souza-da-costa", "2025-04-16")] * 3


def test_where_or_when_someone_spoke_between_commas_leaves_them_the_subject():
    _, said = draft(
        "Trade Minister Anna Lind told the Daily Courier on Sunday that the offer was late.\n"
        '"We have done our part," Lind said.\n'
        'Peru\'s Secretary of State Omar Haddad, on a visit to Lima, told reporters: "We are working hard."\n'
        'He said the deal was "within reach".'
    )
    assert [s["speaker"] for s in said] == ["anna-lind", "omar-haddad", "omar-haddad", "anna-lind"]


def test_the_age_of_the_person_named_last_stands_for_them():
    _, said = draft(
        'Chief negotiator Omar Haddad said on Sunday that the group had accepted the offer. "We have done our '
        'part," Haddad said. The 62-year-old added that mediators would "press the other side".'
    )
    assert [s["speaker"] for s in said] == ["omar-haddad"] * 3


def test_a_dateline_set_off_by_a_horizontal_bar_gives_no_day():
    """ "WASHINGTON, April 18 ―" (U+2015, as some papers set their wire copy) is a dateline: the day is the one the
    reporting clause gives ("said yesterday"), not the dateline's."""
    _, said = draft(
        "WASHINGTON, April 18 ― The fund's managing director Anna Lind said yesterday that a staff-level agreement "
        "with Peru should be concluded in coming days.\n"
    )
    assert [s["occurred_at"] for s in said] == ["2025-04-17"]


def test_a_datelines_city_is_no_subject_of_the_figures_after_it():
    points = [p for p in payloads(
        "WASHINGTON (Reuters) - Talks between Kenya and its creditors resumed on Tuesday.\n\n"
        "The programme will cost $3 billion over three years.\n"
    ) if p["type"] == "data_point"]  # fmt: skip
    assert [p["subject"] for p in points] == ["kenya"]

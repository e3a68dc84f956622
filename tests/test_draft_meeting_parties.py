"""A meeting's parties the sentence after it adds, and a body's initials after its name no party of its own
(sentences written for these tests; kb/draft/meeting_parties.py)."""

from __future__ import annotations

import pytest
from drafting import drafted_meetings, drafted_text, of_type

from kb.draft.meeting_parties import with_later_parties
from kb.draft.meetings import read_meetings

pytestmark = pytest.mark.usefixtures("talks")


def parties(text: str) -> list[list[str]]:
    return [
        [p.name or p.organisation or "" for p in met.participants]
        for met in with_later_parties(text, read_meetings(text))
    ]


@pytest.mark.parametrize(
    "second",
    [
        "The meeting was also attended by Dr. Karl Berg, Secretary-General of the Andean Community.",
        "The talks were also joined by Karl Berg, the bloc's envoy.",
        "This ministerial session was also attended by Karl Berg and Eva Stone.",
    ],
)
def test_those_the_next_sentence_says_also_attended_are_the_meetings_parties(second):
    found = parties(f"Ana Lopez held talks with Omar Diallo in Lima. {second}")
    assert found[0][:3] == ["Ana Lopez", "Omar Diallo", "Karl Berg"]


def test_a_sentence_about_attendance_two_sentences_later_or_without_also_adds_no_one():
    found = parties(
        "Ana Lopez held talks with Omar Diallo. Lopez flew home. The meeting was also attended by Karl Berg."
    )
    assert found[0] == ["Ana Lopez", "Omar Diallo"]
    found = parties("Ana Lopez held talks with Omar Diallo. The dinner was attended by Karl Berg.")
    assert found[0] == ["Ana Lopez", "Omar Diallo"]


@pytest.mark.parametrize(
    "text",
    [
        "Ana Lopez chaired a meeting of the Nordic Fishing Alliance, NFA, ministers of trade in Lima.",
        "Ana Lopez met the Nordic Fishing Alliance and NFA officials.",
    ],
)
def test_a_bodys_initials_after_its_name_are_no_party_of_their_own(text):
    assert parties(text) == [["Ana Lopez", "Nordic Fishing Alliance"]]


def test_initials_of_no_body_named_before_are_a_party():
    assert parties("Ana Lopez met the ATC and the Andean Community.") == [["Ana Lopez", "ATC", "Andean Community"]]


@pytest.mark.parametrize(
    ("text", "met"),
    [
        # A post in lower case of a few words before its holder's name is theirs, not their country's.
        ("Haniyeh on Thursday met with Egyptian intelligence chief Abbas Kamel.", ["Haniyeh", "Abbas Kamel"]),
        ("Lind met Ghanaian central bank governor Kofi Mensah on Monday.", ["Lind", "Kofi Mensah"]),
    ],
)
def test_a_party_s_post_in_lower_case_keeps_the_party(text, met):
    assert parties(text) == [met]


@pytest.mark.parametrize("rank", ["top", "senior", "chief", "working-level"])
def test_the_rank_of_negotiators_from_a_list_of_countries_leaves_every_one_a_party(rank):
    text = f"Talks between {rank} negotiators from Ghana, Norway, the United States, and Israel began on Tuesday.\n"
    assert drafted_meetings(text) == [["Ghana", "Norway", "United States", "Israel"]]


@pytest.mark.parametrize(
    ("post", "short"),
    [("External Affairs Minister", "the EAM"), ("Prime Minister", "The PM"), ("WTO Director-General", "The DG")],
)
def test_a_post_s_initials_after_the_are_its_holder_named_before(post, short):
    text = f"{post} Arjun Raghavan attended the summit. {short} also met with Secretary of State Lena Berg on Monday.\n"
    payloads = drafted_text(text)
    names = {e["key"]: e["name"] for e in of_type(payloads, "entity")}
    met = [[names[p["entity"]] for p in m["participants"]] for m in of_type(payloads, "meeting")]
    assert met == [["Arjun Raghavan", "Lena Berg"]]
    assert not {"EAM", "DG"} & set(names.values())  # no body called by a post's initials


@pytest.mark.parametrize(
    "subject", ["Ghanaian officials and the IMF team", "The Ghanaian negotiators and the IMF delegation"]
)
def test_sides_named_by_their_people_that_reached_an_agreement_met(subject):
    met = drafted_meetings(f"{subject} reached a staff-level agreement on Monday.\n")
    assert met == [["Ghana", "International Monetary Fund"]]


@pytest.mark.parametrize(
    ("text", "met"),
    [
        # A long list holds names of more than one word, with "of" or after "the".
        (
            "Ministers from Australia, Brunei Darussalam, Canada, Indonesia, Japan, Republic of Korea, Malaysia, New "
            "Zealand, the Philippines, Singapore, Thailand, and the United States gathered in Canberra on Monday.",
            ["Australia", "Brunei", "Canada", "Indonesia", "Japan", "South Korea", "Malaysia", "New Zealand",
             "Philippines", "Singapore", "Thailand", "United States"],
        ),
        # The place a list opens after is no party.
        (
            "Meeting in Ireland, representatives of the EU, the Faroe Islands and Norway agreed on a quota on Monday.",
            ["European Union", "Faroe Islands", "Norway"],
        ),
    ],
)  # fmt: skip
def test_every_country_of_a_list_and_no_place_is_a_party(text, met):
    assert drafted_meetings(text + "\n") == [met]


def test_the_two_leaders_are_the_two_a_sentence_before_opens_with_not_the_last_two_named():
    text = (
        "President Ana Lopez and Prime Minister Omar Diallo agreed to push for an early summit between Diallo and "
        "President Karl Berg.\n\nThe two leaders had a phone conversation late Saturday to discuss the summit.\n"
    )
    assert drafted_meetings(text) == [["Ana Lopez", "Omar Diallo"]]

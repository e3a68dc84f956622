"""Meetings whose party the sentence names by a definite noun the text gave in full before ("the agency", "the Fund"),
by "encounters", as a counterpart "from" a country named after a comma, or by a post its holder was named with before
("the energy minister") (sentences written for these tests;
kb/draft/body_references.py, kb/draft/meeting_nouns.py, kb/draft/meetings.py)."""

from __future__ import annotations

import pytest
from drafting import meeting_parties

from kb.draft.body_references import with_bodies_named

pytestmark = pytest.mark.usefixtures("talks")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Inspectors of the International Atomic Energy Agency left on Monday. "
            "A second round of negotiations between Tehran and the agency was held in Vienna.",
            ["Iran", "International Atomic Energy Agency"],
        ),
        (
            "The International Monetary Fund sent a mission to Accra. "
            "Talks between Ghana and the Fund ended on Friday.",
            ["Ghana", "International Monetary Fund"],
        ),
        (
            "The European Commission proposed a lower quota. Norway met the commission in Bergen on Tuesday.",
            ["Norway", "European Commission"],
        ),
        (
            "The World Bank has lent Kenya $750 million. Finance Minister Ana Lopez said her talks with the bank "
            "had gone well.",
            ["Ana Lopez", "World Bank"],
        ),
    ],
)
def test_a_definite_noun_is_the_body_named_before_with_that_noun(text, expected):
    assert meeting_parties(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Talks between Chile and the agency ended.",  # no agency named before
        "The Paris Agreement was signed in 2015. Talks between Chile and the agreement's critics ended.",  # no body
        "The European Commission met on Monday. The commission will meet Norway next week.",  # to come
    ],
)
def test_a_definite_noun_with_no_body_named_before_is_no_party(text):
    assert all(len(parties) < 2 or "European Commission" not in parties for parties in meeting_parties(text))
    assert not any("agency" in " ".join(parties).casefold() for parties in meeting_parties(text))


def test_a_body_is_looked_for_only_a_little_before_and_its_own_name_is_kept():
    far = "The Asian Development Bank opened an office. " + "Rain fell on the plains. " * 200
    assert with_bodies_named(far, "the bank", len(far)) == "the bank"
    near = "The Asian Development Bank opened an office in Dili."
    assert with_bodies_named(near, "talks with the bank", len(near)) == "talks with the Asian Development Bank"
    assert with_bodies_named(near, "the Kremlin and the bank", len(near)).startswith("the Kremlin and ")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prime Minister Ana Lopez recalled her earlier encounters with Diallo organised by the European Union.",
            ["Ana Lopez", "Diallo"],
        ),
        (
            "Trade Minister Ana Lopez described her tense encounter with President Omar Diallo in Lima last year.",
            ["Ana Lopez", "Omar Diallo"],
        ),
        (
            "The brief encounter between Ana Lopez and Omar Diallo on the sidelines of the summit lasted ten minutes.",
            ["Ana Lopez", "Omar Diallo"],
        ),
    ],
)
def test_an_encounter_is_a_meeting(text, expected):
    assert meeting_parties(text) == [expected]


def test_an_encounter_sought_is_no_meeting():
    assert meeting_parties("Ana Lopez is seeking an encounter with Omar Diallo before the vote.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Defence Secretary Ana Lopez spoke with her counterpart from Peru, Omar Diallo, to discuss the border.",
            ["Ana Lopez", "Omar Diallo"],
        ),
        (
            "Foreign Minister Karl Berg met his counterpart from Chile, Ana Lopez, in Lima on Monday.",
            ["Karl Berg", "Ana Lopez"],
        ),
        (
            "Omar Diallo held talks with his counterpart from Brazil, Mauro Vieira, on the dispute.",
            ["Omar Diallo", "Mauro Vieira"],
        ),
    ],
)
def test_a_counterpart_from_a_country_is_the_person_named_after_the_comma(text, expected):
    assert meeting_parties(text) == [expected]


def test_a_long_sentence_is_read_only_where_its_parties_stand():
    text = "The International Monetary Fund sent a mission. " * 60
    words = "Talks between Ghana and the Fund ended, " + "and the agency and the bank " * 20_000
    named = with_bodies_named(text, words, len(text))
    assert named.startswith("Talks between Ghana and the International Monetary Fund ended, ")
    assert named.endswith("and the agency and the bank ")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Saudi Energy Minister Abdulaziz bin Salman spoke first. Russian Deputy Prime Minister Alexander Novak "
            "agreed. Novak, who had met with the energy minister in Riyadh on Dec. 19, was privy to the plan.",
            ["Novak", "Abdulaziz bin Salman"],
        ),
        (
            "Chilean Foreign Minister Ana Lopez arrived on Monday. Peru's Karl Berg met the minister in Lima.",
            ["Karl Berg", "Ana Lopez"],
        ),
        (
            "Treasury Secretary Omar Diallo flew in on Sunday. Finance Minister Ana Lopez held talks with the "
            "secretary in Tokyo.",
            ["Ana Lopez", "Omar Diallo"],
        ),
    ],
)
def test_a_post_after_the_verb_is_the_person_last_named_holding_it(text, expected):
    assert meeting_parties(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # two ministers named before: which one, the text does not say
        "Chilean Foreign Minister Ana Lopez and Peruvian Trade Minister Omar Diallo arrived. "
        "Karl Berg met the minister.",
        "President Omar Diallo arrived. Karl Berg met the minister in Lima.",  # no minister named before
    ],
)
def test_a_post_no_one_or_several_named_before_hold_is_no_party(text):
    assert meeting_parties(text) == []

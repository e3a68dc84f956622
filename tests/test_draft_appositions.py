"""kb draft: the speaker before a reporting verb over what stands between them — a relative clause
("X, whose officials …, said"), two appositions, an apposition whose closing comma is missing — and
a post "at" an institution. Texts written for these tests."""

from __future__ import annotations

import pytest
from drafting import drafted as drafted_payloads
from test_draft_speakers import statements

pytestmark = pytest.mark.usefixtures("talks")


def test_a_body_before_a_relative_clause_of_whose_or_which_is_the_speaker(kb):
    text = (
        "The Fisheries Alliance, whose officials joined the talks in Geneva, said in a statement it was "
        '"pleased with the outcome".\n\n'
        'The Coastal Fund, which holds most of the bonds, said the offer was "a good start".\n'
    )
    found = statements(kb, text)
    assert [(s["speaker"], s["_draft"]["pattern"]) for s in found] == [
        ("fisheries-alliance", "speaker-verb-quote"),  # not "Geneva"
        ("coastal-fund", "speaker-verb-quote"),
    ]


def test_a_name_before_two_appositions_is_the_speaker(kb):
    text = (
        "Tomas Novak, the chief negotiator of the Alliance, the bloc's largest fishing nation, said, "
        '"The gap is still too wide for a signature this month."\n'
    )
    [quote] = statements(kb, text)
    assert quote["speaker"] == "tomas-novak"
    assert quote["text"].startswith("The gap is still too wide")


def test_an_apposition_without_its_closing_comma_leaves_the_name_before_it_the_speaker(kb):
    text = (
        "Anna Lind, manager of the ocean programme at The Blue Water Trust said the meeting was a "
        '"tremendous opportunity" to reach a deal.\n\n'
        'Speaking at a news conference in Lisbon, head of the delegation Eva Kral called it "a fair deal".\n'
    )
    found = statements(kb, text)
    assert [s["speaker"] for s in found] == ["anna-lind", "eva-kral"]


def test_a_post_at_an_institution_is_held_at_that_institution(kb):
    text = 'Maria Souza, a fellow at Chatham House, said the offer was "a good start".\n'
    drafted = drafted_payloads(kb, text)
    assert [p["name"] for p in drafted if p["type"] == "entity"] == ["Maria Souza", "Chatham House"]
    assert [(p["person"], p["title"], p["organisation"]) for p in drafted if p["type"] == "role"] == [
        ("maria-souza", "fellow", "chatham-house")
    ]
    assert [p["speaker"] for p in drafted if p["type"] == "statement"] == ["maria-souza"]


def test_a_quote_whose_words_before_it_cut_a_relative_clause_is_the_name_s_before_it(kb):
    text = (
        "Lord Novak, who will host another crunch round of the fisheries talks in Prague this week with the "
        "Alliance's Anna Lind, told a radio station that his country would leave the scheme at the end of the "
        'year "come what may" and would not agree to being a "client state".\n'
    )
    found = statements(kb, text)
    assert [s["speaker"] for s in found] == ["novak"]
    assert '"come what may"' in found[0]["text"] and '"client state"' in found[0]["text"]


def test_a_post_with_an_of_complement_is_the_person_the_text_gives_that_post(kb):
    text = (
        "Foreign Minister Anna Lind met the fleets in Gothenburg on Monday.\n\n"
        '"We are not there yet, and we will not sign any deal," the Swedish minister of foreign affairs told '
        "reporters.\n\n"
        '"The quotas must fall by a third before the season opens," the minister of trade said.\n'
    )
    found = statements(kb, text)
    assert [(s.get("speaker"), s.get("speaker_description")) for s in found] == [
        ("anna-lind", None),
        (None, "the minister of trade"),  # a post the text gives no one
    ]


@pytest.mark.parametrize("aside", ["for his part", "however", "meanwhile", "too", "by contrast", "in turn"])
def test_a_speaker_and_an_aside_between_commas_before_the_verb(kb, aside):
    text = f'Tomas Novak, {aside}, told reporters the offer was "unacceptable for the fleets".\n'
    [said] = statements(kb, text)
    assert (said["speaker"], said["attribution"]) == ("tomas-novak", "partial_quote")


def test_a_participle_after_the_speaker_named_after_a_quote_goes_on_with_their_words(kb):
    text = '"Our position has not changed," said Petr Dvorak, adding that the Alliance "will not sign this year".\n'
    found = statements(kb, text)
    assert [(s["speaker"], s["attribution"], s["_draft"]["pattern"]) for s in found] == [
        ("petr-dvorak", "direct_quote", "quote-verb-speaker"),
        ("petr-dvorak", "partial_quote", "subject-saying-quote"),
    ]


def test_a_name_after_a_dash_with_a_circumstance_is_the_speaker(kb):
    text = 'Jan Berg insisted the talks were "on track".\n\n"We have done our part" — Tomas Novak, on Monday.\n'
    found = statements(kb, text)
    assert [(s["speaker"], s["_draft"]["pattern"]) for s in found] == [
        ("jan-berg", "speaker-verb-quote"),
        ("tomas-novak", "quote-dash-speaker"),  # not Berg's words going on
    ]


def test_a_manner_adverb_between_the_speaker_and_the_verb(kb):
    text = (
        '"I came for a deal; we made a deal," Tomas Novak boldly declared at the signing.\n\n'
        'Anna Lind flatly rejected the offer as "an insult to the fleets".\n\n'
        '"We are not there yet, whatever they say," a close ally said.\n'
    )
    found = statements(kb, text)
    assert [(s.get("speaker") or s.get("speaker_description")) for s in found] == [
        "tomas-novak",
        "anna-lind",
        "a close ally",  # "ally" is no adverb
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Novak, speaking to reporters after a third day of meetings with his counterpart, Norway's trade "
        "minister Anna Lind, said details would be settled over the weekend.\n",
        "Tomas Novak, on a visit to Oslo with his counterpart, Anna Lind, told reporters details would be settled.\n",
        "OSLO (Reuters) - Tomas Novak, speaking after talks with his counterpart, the Norwegian minister Anna Lind, "
        "said details would be settled.\n",
    ],
)
def test_a_name_before_a_phrase_of_how_they_spoke_holding_an_apposition_is_the_speaker(kb, text):
    [said] = statements(kb, text)
    assert said["speaker"] == "tomas-novak"  # not Lind, named in the apposition inside the phrase


@pytest.mark.parametrize(
    "text",
    [
        "Meanwhile, in Oslo, the envoy, Eva Kral, said details would be settled.\n",
        "On Monday, after talks with Anna Lind, the envoy, Eva Kral, said details would be settled.\n",
    ],
)
def test_a_phrase_of_time_or_place_opening_the_sentence_is_no_speaker(kb, text):
    [said] = statements(kb, text)
    assert said["speaker"] == "eva-kral"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"It is a step in the right direction," Fan Ruifeng, a spokesperson of Trina Solar, a company based in '
         "Changzhou, Jiangsu Province, told the Global Times.", "fan-ruifeng"),
        ('"The offer is fair," Ana Lopez, a professor of law at a university in Geneva, Switzerland, said.',
         "ana-lopez"),
        # a name after the place's comma is the speaker's, no region of the place
        ('"The offer is fair," the Alliance spokesperson in Geneva, Ana Lopez, said.', "ana-lopez"),
    ],
)  # fmt: skip
def test_the_comma_inside_a_place_in_an_apposition_closes_nothing(kb, text, speaker):
    [quote] = statements(kb, text + "\n")
    assert quote["speaker"] == speaker

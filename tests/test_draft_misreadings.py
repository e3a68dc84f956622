"""kb draft: sentences a reader's last look at issue 25's eighth stop found misread — a held meeting drafted as
to come, talks someone opposes drafted as held, a share's rise drafted as a tariff, another country's spokesperson
given a ministry's day, a headline in capitals counted twice, knots read as tonnes. Texts written for these tests."""

from __future__ import annotations

import pytest
from drafting import day_of, drafted, of_type

from kb.draft.repeated_figures import repeated_at

pytestmark = pytest.mark.usefixtures("talks")


@pytest.mark.parametrize(
    "text",
    [
        "The next morning Lind met Novak in Oslo.",
        "Before Lind met Novak in Oslo on Monday, she visited the port.",
    ],
)
def test_a_meeting_held_after_next_or_before_is_no_meeting_to_come(kb, text):
    met = of_type(drafted(kb, text), "meeting")
    assert met and all(m.get("modality") != "expected" for m in met)


def test_talks_still_named_with_before_a_summit_are_to_come(kb):
    met = of_type(drafted(kb, "Lind flew to Lima before a summit between Chile and Peru."), "meeting")
    assert [m.get("modality") for m in met] == ["expected"]


def test_talks_with_someone_inside_another_clause_after_a_meeting_are_no_meeting(kb):
    text = "Ana Lind met Tomas Novak in Oslo on Monday. Novak has long opposed talks with President Gabriel Boric."
    parties = [sorted(p["entity"] for p in m["participants"]) for m in of_type(drafted(kb, text), "meeting")]
    assert parties == [["ana-lind", "tomas-novak"]]


def test_talks_with_someone_opening_a_sentence_after_a_meeting_are_its_first_party_s(kb):
    text = "Ana Lind met Tomas Novak in Oslo on Monday. It was reported that talks with President Gabriel Boric began."
    parties = [sorted(p["entity"] for p in m["participants"]) for m in of_type(drafted(kb, text), "meeting")]
    assert ["ana-lind", "gabriel-boric"] in parties


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Kenya said on Monday that Toyota shares rose 4% on strong demand for cars.", None),
        ("Washington will levy 25% on foreign cars, Kenya said.", "tariff_rate"),
        ("The US will charge 15% on most Japanese goods, Kenya said.", "tariff_rate"),
    ],
)
def test_a_percentage_on_goods_is_a_tariff_only_when_the_goods_are_named_as_such(kb, text, metric):
    metrics = [p["metric"] for p in of_type(drafted(kb, text), "data_point")]
    assert (metric in metrics) if metric else "tariff_rate" not in metrics


def test_another_country_s_spokesperson_does_not_take_a_ministry_s_day():
    text = (
        "Japan's foreign ministry said on Thursday it would respond. "
        '"We oppose this," He Yadong, a Chinese commerce ministry spokesperson, said.'
    )
    assert day_of(text, "We oppose this") is None


def test_words_in_an_inaugural_address_take_the_day_the_event_opened():
    text = 'The summit opened on Monday in Lima. "We are here to work," Lind said in her inaugural address.'
    assert day_of(text, "We are here to work") == "2025-04-14"


def test_a_count_in_a_headline_in_capitals_is_the_story_s_once(kb):
    text = "KENYA AND PERU SWAP 190 PRISONERS\n\nNAIROBI, April 18 - Kenya and Peru swapped 190 prisoners on Monday.\n"
    assert [p["unit"] for p in of_type(drafted(kb, text), "data_point")] == ["prisoners"]


def test_an_amount_named_again_with_the_after_the_headline_s_repeat_is_one_figure():
    text = (
        "Kenya gets $2.6 billion\n\nNAIROBI, April 18 - The IMF approved $2.6 billion for Kenya on Monday. "
        "The $2.6 billion comes in three parts."
    )
    assert len(repeated_at(text, [])) == 2  # the headline's and the one named again with "the"


def test_knots_are_no_tonnes(kb):
    text = "The vessel, sailing at 12 kt, landed 500 tonnes of mackerel in Bergen, Norway said."
    assert [p["unit"] for p in of_type(drafted(kb, text), "data_point")] == ["tonnes"]

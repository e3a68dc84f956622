"""Who imposes a tariff and who faces it, when its clause says someone faces it, and no news organisation as
whose a figure is (kb.draft.tariff_sides, kb.draft.payloads), on sentences made for the tests."""

from __future__ import annotations

import pytest
from drafting import drafted, of_type

pytestmark = pytest.mark.usefixtures("talks")


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # The one that faces it sells to the other, whose tariff it is.
        (
            "Peru and Chile are in talks. Peru will face a tariff of 25% on its steel exports to Chile.\n",
            ("chile", "peru"),
        ),
        (
            "Peru and Chile are in talks. Peru faces a 25% tariff on its exports to Chile, officials said.\n",
            ("chile", "peru"),
        ),
        # Goods the clause names by their country face it where they are sold.
        ("Peru and Chile are in talks. Peruvian wine faces a 25% tariff in Chile.\n", ("chile", "peru")),
        ("The White House said goods from Vietnam would face a 20% tariff.\n", ("united-states", "vietnam")),
        ("Goods from Vietnam entering the United States will face a 20% tariff.\n", ("united-states", "vietnam")),
        # The market of the exports a tariff falls on imposes it.
        ("The EU agreed to a 15% tariff on its exports to the United States.\n", ("united-states", "european-union")),
        ("Peru secured a 10% tariff rate on its copper exports to Chile.\n", ("chile", "peru")),
        # Goods a rate falls on are no metric of the rate.
        ("Tariffs on Peruvian imports rose to 35% under the Chilean order.\n", ("chile", "peru")),
        ("Chile will charge 15% on imports from Peru.\n", ("chile", "peru")),
        # One facing a tariff with no one imposing it named in its clause: the other country the text is about.
        ("Peru and Chile are in talks. Peru, which faces a 25% tariff on its copper, sold more.\n", ("chile", "peru")),
        # One who pays a tariff faces it.
        ("Peru and Chile are in talks. Peru will pay a 20% tariff on goods sold directly into Chile.\n",
         ("chile", "peru")),
        ("Peru and Chile are in talks. Peru would pay a 40% levy on goods shipped through it, officials said.\n",
         ("chile", "peru")),
    ],
)  # fmt: skip
def test_a_tariff_faced_is_imposed_by_the_other_side(kb, text, sides):
    (point,) = of_type(drafted(kb, text), "data_point")
    assert (point["metric"], point["subject"], point.get("counterpart")) == ("tariff_rate", *sides)


def test_where_the_goods_go_is_not_who_faces_the_tariff(kb):
    text = "European olive oil will enter duty free into India, instead of facing a 45 percent tariff.\n"
    (point,) = of_type(drafted(kb, text), "data_point")
    assert (point["metric"], point["subject"]) == ("tariff_rate", "india")


@pytest.mark.parametrize(
    "dateline",
    ["LIMA (Reuters) -", "LIMA, July 9 (AFP) -", "LIMA, July 9 (Xinhua) --", "By Jane Doe, Bloomberg\n\nLIMA -"],
)
def test_a_news_organisation_never_owns_a_figure(kb, dateline):
    text = f"{dateline} Tariffs on Peruvian copper were cut to 20% from 46%, officials said.\n"
    payloads = drafted(kb, text)
    points = of_type(payloads, "data_point")
    assert [p["value"] for p in points] == ["20", "46"]
    assert {p["subject"] for p in points} == {"talks"}  # no country named but the one facing it: the negotiation
    assert [e["name"] for e in of_type(payloads, "entity")] == ["Peru"]


@pytest.mark.parametrize("agency", ["Reuters", "Anadolu", "Bernama"])
def test_a_news_organisation_opening_the_sentence_owns_no_figure(kb, agency):
    text = f"{agency} reports that the talks failed. The fleet landed 150,000 tonnes of mackerel last year.\n"
    payloads = drafted(kb, text)
    points = of_type(payloads, "data_point")
    assert [p["value"] for p in points] == ["150000"]
    assert points[0]["subject"] == "talks"  # no country named: the negotiation's, never the agency's

"""kb draft's reading of a statistics release's series of figures, on sentences made for the tests:
amounts in marks, a number whose unit the figure before it gives ("to 9.1 billion marks from 7.4
billion"), two years that are no range, a unit of measure before its noun with a space ("a 650,000
tonne cap"), a second amount of the same change ("a fall of 8 pct from May and of 2.3 pct"), and in a
list of shares, the body right before each amount as its owner."""

from __future__ import annotations

import pytest
from drafting import drafted, imports, of_type, source

from kb.draft import draft_source
from kb.draft.figures import figures

pytestmark = pytest.mark.usefixtures("talks")


@pytest.mark.parametrize(
    ("words", "found"),
    [
        # Marks, plural, Deutsche or D-, and a singular mark before the noun it qualifies.
        (
            "Bonn's surplus reached 3.2 billion marks, 40 mln Deutsche marks and 7 bln D-marks.",
            [("3200000000", "DEM"), ("40000000", "DEM"), ("7000000000", "DEM")],
        ),
        ("Bonn reported a 250 mln mark deficit on services.", [("250000000", "DEM")]),
        # A milestone is no money.
        ("Sales passed the 1 million mark in May and then the 200,000 mark.", []),
        # A scaled number takes the unit of the figure before it in its sentence.
        (
            "The surplus rose to 9.1 billion marks in June from an upwardly revised 7.4 billion in May.",
            [("9100000000", "DEM"), ("7400000000", "DEM")],
        ),
        ("Exports fell to $12.5 billion from 14.8 billion.", [("12500000000", "USD"), ("14800000000", "USD")]),
        (
            "Output is capped at 2.4 million tonnes, against 2.9 million last season.",
            [("2400000", "tonnes"), ("2900000", "tonnes")],
        ),
        # A decimal number after a percentage, before a word of when: a percentage too.
        ("Growth is projected at 4.1 percent in 2026 and 3.8 in 2027.", [("4.1", "percent"), ("3.8", "percent")]),
        # Not a ratio, a count, a year or a number of another sentence, nor an unscaled amount.
        ("Prices rose 3% and 2.5 times faster. 4.2 in all.", [("3", "percent")]),
        ("Chile gave 4% of its 1.4 billion and 12 more.", [("4", "percent")]),
        ("Peru paid $40 billion to 12 lenders.", [("40000000000", "USD")]),
        # A unit of measure before its noun, with a space.
        ("They agreed a 650,000 tonne cap and a 30,000 barrel cut.", [("650000", "tonnes"), ("30000", "barrels")]),
        # Two years are no range's bounds; a range is still one.
        ("between 1,500 and 2,000 tonnes", [("1500", "tonnes"), ("2000", "tonnes")]),
    ],
)
def test_a_series_of_figures_shares_its_unit(words, found):
    assert [(f.value, f.unit) for f in figures(words)] == found


def test_the_elided_figure_is_stated_without_the_words_after_it():
    _, second = figures("It fell to 3.1 billion marks from 4.4 billion in April.")
    assert second.as_stated == "4.4 billion"


@pytest.mark.parametrize(
    ("sentence", "changes"),
    [
        # The second amount of one change, after "and of" or "and" (the first is the level's: ", a fall of").
        (
            "Peru's imports totalled 36.2 billion soles, a fall of 8 pct from May and of 2.3 pct on the year.",
            [("fall", "8"), ("fall", "2.3")],
        ),
        ("Chile's exports rose 5% in May and 3% in June.", [("rise", "5"), ("rise", "3")]),
        # A level the change led to ("rose to") is no amount of a change, nor what comes after it.
        ("Chile's tariffs rose to 25% and 10% on steel.", [None, None]),
    ],
)
def test_a_second_amount_of_the_same_change_is_a_change(kb, sentence, changes):
    points = of_type(drafted(kb, sentence + "\n"), "data_point")
    assert [(p["change"]["direction"], p["change"]["amount"]) if "change" in p else None for p in points] == changes


def test_in_a_list_of_shares_the_body_right_before_an_amount_owns_it(kb, runner, tmp_path):
    text = (
        "The coastal states agreed a total catch of 900,000 tonnes for next year.\n\n"
        "The deal gives the EU 410,000 tonnes, Norway 200,500 tonnes and the Faroe Islands 110,250 tonnes.\n"
    )
    payloads = drafted(kb, text)
    owners = {p["value"]: p["subject"] for p in of_type(payloads, "data_point")}
    assert (owners["410000"], owners["200500"], owners["110250"]) == ("european-union", "norway", "faroe-islands")
    imports(runner, payloads, tmp_path)


def test_a_country_named_only_as_the_subject_of_its_projections_is_theirs(kb):
    text = "The fund said Mali's inflation is projected to ease to 1.5 percent next year.\n"
    (point,) = of_type(drafted(kb, text), "data_point")
    assert (point["metric"], point["subject"]) == ("inflation", "mali")


@pytest.mark.parametrize(
    ("words", "found"),
    [
        # A space after a currency's sign, and more currencies' signs.
        ("Peru lent US$ 3 billion and $ 2 billion more.", [("3000000000", "USD"), ("2000000000", "USD")]),
        (
            "Chile owes GH¢3 billion, GH₵ 4 million and Tk 5,000 crore.",
            [
                ("3000000000", "GHS"),
                ("4000000", "GHS"),
                ("50000000000", "BDT"),
            ],
        ),  # fmt: skip
        # "vs" without its dot links a number to the figure before it.
        ("The surplus was 4.1 billion euros vs 3.9 billion.", [("4100000000", "EUR"), ("3900000000", "EUR")]),
        # Words after a scaled number that count nothing.
        ("Chile sold 2 million each year, 3 million annually and 4 billion more.", []),
    ],
)
def test_currency_signs_spaced_and_words_that_count_nothing(words, found):
    assert [(f.value, f.unit) for f in figures(words)] == found


@pytest.mark.parametrize(
    ("sentence", "changes"),
    [
        ("Peru's imports shed 2.5 percent to $40 billion.", [("fall", "2.5")]),
        ("Chile's prices retreated 1.1% and wages advanced 3.4%.", [("fall", "1.1"), ("rise", "3.4")]),
        ("Chile's output spiked 12% in May.", [("rise", "12")]),
        # A change named by a noun after or before its amount.
        ("Peru agreed a 10% cut in output and a 12% surge in exports.", [("fall", "10"), ("rise", "12")]),
        ("Chile saw a slump of 4% in sales.", [("fall", "4")]),
        # An elided verb: the second metric changes as the first did.
        ("Peru's exports rose 5% and imports 3% in May.", [("rise", "5"), ("rise", "3")]),
        # Not a verb of another kind, nor a tariff noun before the change's.
        ("Peru's exports rose 5% and accounted for 30% of sales.", [("rise", "5"), None]),
        ("Chile keeps a 25% tariff cap.", [None]),
    ],
)
def test_more_words_of_change(kb, sentence, changes):
    points = of_type(drafted(kb, sentence + "\n"), "data_point")
    found = []
    for point in points:
        change = point.get("change")
        found.append((change["direction"], change["amount"]) if change else None)
    assert found == changes


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A verb's bare form after "to", and "economy" naming GDP.
        ("The fund expects Chile's economy to grow 4.2 percent this year.", ("gdp", "chile", ("rise", "4.2"))),
        ("Peru's economy is forecast to shrink 1.5% in 2026.", ("gdp", "peru", ("fall", "1.5"))),
        # Output "from" a country is that country's, as exports from it are.
        ("Oil output from Chile fell by 50,000 barrels a day.", ("production", "chile", ("fall", "50000"))),
    ],
)
def test_a_projection_s_bare_verb_economy_and_output_from_a_country(kb, sentence, expected):
    (point,) = of_type(drafted(kb, sentence + "\n"), "data_point")
    change = point.get("change")
    assert (point["metric"], point["subject"], change and (change["direction"], change["amount"])) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A change after its level, as "a … increase"; a level after its change, as "at".
        (
            "Chile's exports totalled $4.2 billion, a 6.1 percent increase on the previous year.",
            [("exports", "4200000000", "USD", ("rise", "6.1"))],
        ),
        (
            "Peru's imports were down 3.4% year-on-year at $2.8 billion.",
            [("imports", "2800000000", "USD", ("fall", "3.4"))],
        ),
        # Basis points, and a change of a rate in them.
        (
            "Chile's central bank raised its key rate by 50 basis points to 9.75%.",
            [("share", "9.75", "percent", ("rise", "50"))],
        ),
        ("Peru's rate fell 25 bps.", [("figure", None, "basis points", ("fall", "25"))]),
        # "percent of GDP" is a share of GDP: GDP names no figure after it.
        (
            "Peru's deficit is projected at 5.5 percent of GDP, against 6.2 percent last year.",
            [("trade_deficit", "5.5", "percent", None), ("trade_deficit", "6.2", "percent", None)],
        ),
        # More ISO codes before an amount.
        (
            "Denmark will provide DKK 500 million and SEK 2 billion.",
            [
                ("finance", "500000000", "DKK", None),
                ("finance", "2000000000", "SEK", None),
            ],
        ),  # fmt: skip
    ],
)
def test_changes_and_levels_in_either_order_basis_points_and_shares_of_gdp(kb, sentence, expected):
    points = of_type(drafted(kb, sentence + "\n"), "data_point")
    found = []
    for point in points:
        change = point.get("change")
        unit = point["unit"] if "unit" in point else change["unit"]
        found.append((point["metric"], point.get("value"), unit, change and (change["direction"], change["amount"])))
    assert found == expected


def test_a_body_that_opens_its_clause_owns_the_amount_after_its_comma(kb):
    points = of_type(drafted(kb, "Peru pledged $25 million; Chile, $15 million.\n"), "data_point")
    assert [(p["value"], p["subject"]) for p in points] == [("25000000", "peru"), ("15000000", "chile")]


@pytest.mark.parametrize(
    ("words", "found"),
    [
        # "lakh crore" is one scale (a trillion); "b/d" is barrels a day.
        ("India set aside Rs 1.5 lakh crore and Rs 3,500 crore.", [("1500000000000", "INR"), ("35000000000", "INR")]),
        ("Iraq pumps 1.5 million b/d, not 3 million b.", [("1500000", "barrels per day")]),
        # A verb after a scaled number is no unit: no currency, no figure.
        ("Some 3 billion were lent and 2 million have gone.", []),
    ],
)
def test_compound_scales_barrels_a_day_and_verbs_that_count_nothing(words, found):
    assert [(f.value, f.unit) for f in figures(words)] == found


def test_a_shorter_name_drafted_here_is_its_alias_so_a_second_draft_knows_it(kb, runner, tmp_path):
    text = "Maria Fernanda Espinosa Garces said the surplus widened.\nEspinosa Garces said exports rose 4 percent.\n"
    held = source(kb, text)
    payloads = draft_source(kb, held).payloads
    (person,) = [p for p in of_type(payloads, "entity") if p["name"] == "Maria Fernanda Espinosa Garces"]
    assert "Espinosa Garces" in person["aliases"]
    imports(runner, payloads, tmp_path)
    assert draft_source(kb, held).payloads == []  # every name and claim is known now

"""kb draft's reading of trade-data and tariff prose, on sentences made for the tests: a scale
written as a capital letter, prices in cents and counts of vehicles, imports "to" a country, a level
a change "stood at", names that hold a metric's word, who imposes a tariff, and where a clause ends."""

from __future__ import annotations

import pytest
from drafting import drafted, imports, of_type

from kb.draft.figures import figures

pytestmark = pytest.mark.usefixtures("talks")


@pytest.mark.parametrize(
    ("words", "found"),
    [
        ("Peru hit back with $4B in new duties.", [("4000000000", "USD")]),
        ("The fund gave Chile $40M last year.", [("40000000", "USD")]),
        (
            "Peru slapped tariffs on $16 bln of goods and a $1.3trn plan.",
            [("16000000000", "USD"), ("1300000000000", "USD")],
        ),
        ("Chile will cut 1.2 mln bpd.", [("1200000", "barrels per day")]),
        # A capital letter after a space, or no unit: no scale.
        ("Row 3 B of the table and the 2M range", []),
        # Hyphenated percentages and compounds of a unit of measure before their noun.
        ("a 3-percentage-point cut and a 10-per-cent levy", [("3", "percentage points"), ("10", "percent")]),
        (
            "Peru backed a 1.5-million-barrel cut and a 500,000-barrel-per-day rise.",
            [("1500000", "barrels"), ("500000", "barrels per day")],
        ),
        ("Chile set a 2-million-tonne quota.", [("2000000", "tonnes")]),
        # No unit of measure.
        ("the 3-million-member union and a 10-year plan", []),
        # A currency a country's adjective names, and other currencies' codes and names; "COP29" is no money.
        (
            "Chile owes 50 billion Canadian dollars and 2 trillion Argentine pesos.",
            [("50000000000", "CAD"), ("2000000000000", "ARS")],
        ),
        (
            "Zambia pays ZMW 10 billion, KSh 2 billion and LKR 300 billion.",
            [("10000000000", "ZMW"), ("2000000000", "KES"), ("300000000000", "LKR")],
        ),
        (
            "Peru spent 10 billion riyals, 5 billion dirhams and 3 billion soles at COP29.",
            [("10000000000", "SAR"), ("5000000000", "AED"), ("3000000000", "PEN")],
        ),
        # A range after one currency sign, and a low bound that shares the high one's scale.
        (
            "Kenya expects $5-6 billion and between $2 and $3 billion.",
            [("5000000000", "USD"), ("6000000000", "USD"), ("2000000000", "USD"), ("3000000000", "USD")],
        ),
        ("Kenya pays $5-a-day wages and $2 and $3 fees.", [("5", "USD"), ("2", "USD"), ("3", "USD")]),
        # A count's noun after a proper adjective.
        (
            "Chile took in 2 million Ukrainian refugees and 3 million Chinese people.",
            [("2000000", "refugees"), ("3000000", "people")],
        ),
        ("Chile's bonds fell 1.5 cents to trade near 71 cents.", [("1.5", "cents"), ("71", "cents")]),
        ("Peru shipped 8,400 vehicles and 350 vehicles more by sea.", [("8400", "vehicles"), ("350", "vehicles")]),
    ],
)
def test_a_capital_scale_after_digits_and_cents_and_vehicles_are_read(words, found):
    assert [(figure.value, figure.unit) for figure in figures(words)] == found


def test_imports_to_a_country_are_its_own_and_a_level_it_stood_at_is_the_change_s(kb, runner, tmp_path):
    text = "Chilean imports to Peru in March fell 4.2 percent to stand at 310 million dollars.\n"
    payloads = drafted(kb, text)
    (point,) = of_type(payloads, "data_point")
    assert (point["metric"], point["subject"], point.get("counterpart")) == ("imports", "peru", "chile")
    assert (point["value"], point["change"]["direction"], point["change"]["amount"]) == ("310000000", "fall", "4.2")
    imports(runner, payloads, tmp_path)


def test_a_body_s_name_holding_a_metric_s_word_names_no_metric(kb):
    text = "The accord lets Kenya move ahead with a $1.3 billion programme with the International Monetary Fund.\n"
    (point,) = of_type(drafted(kb, text), "data_point")
    # "Fund" is part of a lender's name: the figure is no fund of the IMF's, but Kenya's programme with it.
    assert (point["metric"], point["subject"], point.get("counterpart")) == (
        "figure",
        "kenya",
        "international-monetary-fund",
    )


def test_the_opener_of_a_tariff_s_sentence_imposes_it_and_a_clause_ends_at_in_response_to(kb):
    text = (
        "Brazil and Peru have argued over fruit for a year.\n\n"
        "Brazilian President Luiz Inácio Lula da Silva said on Monday he would raise the planned fruit tariffs "
        "to 40 percent in response to a new levy on coffee exports to Brazil.\n"
    )
    (point, *_) = of_type(drafted(kb, text), "data_point")
    assert (point["value"], point["metric"], point["subject"]) == ("40", "tariff_rate", "brazil")


def test_a_country_named_after_on_is_the_other_side_not_the_owner_of_the_metric(kb):
    text = "Chile struck back with $2B in new tariffs on Peruvian imports.\n"
    (point,) = of_type(drafted(kb, text), "data_point")
    assert (point["value"], point["subject"], point.get("counterpart")) == ("2000000000", "chile", "peru")


@pytest.mark.parametrize(
    ("sentence", "value", "change"),
    [
        # "narrowed", "widened", "slumped", "dipped", "eased" change a level, as "fell" and "rose" do.
        ("Peru's deficit narrowed by $2.1 billion to $45.3 billion.", "45300000000", ("fall", "2100000000", None)),
        ("Chile's surplus widened 8.5% to $2.2 billion.", "2200000000", ("rise", "8.5", None)),
        (
            "Exports to Peru slumped 9.2% on-year to 4.3 trillion won.",
            "4300000000000",
            ("fall", "9.2", "a year earlier"),
        ),
        ("Kenya's exports dipped 2.2% year on year.", None, ("fall", "2.2", "a year earlier")),
        # "on the year" and "compared to" give the base; "(to …)" in brackets is the level it led to.
        (
            "Kenya's imports grew 6.2 percent on the year to $1.1 billion.",
            "1100000000",
            ("rise", "6.2", "a year earlier"),
        ),
        ("Chile's imports from Peru rose 7.5% (to $1.8 billion) in June.", "1800000000", ("rise", "7.5", None)),
        ("Chile's output fell 3% compared to a year earlier.", None, ("fall", "3", "a year earlier")),
        # "adding" an amount after a comma is a rise: "…, adding 3 cents".
        ("Chile's bonds have rallied this month, adding about 3 cents.", None, ("rise", "3", None)),
        # Three words between the verb and "by": "lift its copper output quota by".
        ("Chile will lift its copper output quota by 200,000 tonnes.", None, ("rise", "200000", None)),
        # A change named after its amount, past a word of its period (its base), or as "higher" or "lower".
        ("Chile's exports posted an 8% year-on-year rise.", None, ("rise", "8", "a year earlier")),
        ("Chile's imports showed a 3.2% annual decline.", None, ("fall", "3.2", "a year earlier")),
        ("Peru's exports were 4.1% higher than a year earlier.", None, ("rise", "4.1", "a year earlier")),
        ("Peru's imports were 2.3% lower year on year.", None, ("fall", "2.3", "a year earlier")),
        # A country's amount changed by someone, and a haircut: "cut Zambia's debt by", "a haircut of 18%".
        ("The deal will cut Zambia's debt by $840 million.", None, ("fall", "840000000", None)),
        ("Bondholders will take a haircut of 18% on Ghana's bonds.", None, ("fall", "18", None)),
        # A participle before the figure is an adjective, no change: "a narrowing 5% gap".
        ("The narrowing 5% gap between them worried Chile.", "5", None),
    ],
)
def test_more_verbs_and_bases_of_a_change_are_read(kb, sentence, value, change):
    (point,) = of_type(drafted(kb, sentence + "\n"), "data_point")
    assert point.get("value") == value
    got = point.get("change")
    assert ((got["direction"], got["amount"], got.get("base")) if got else None) == change


@pytest.mark.parametrize(
    ("sentence", "change"),
    [
        # The period a change runs over, in any of its spellings, is its base: year, month, quarter or week
        # "on" or "over" itself, "on the month", "on a quarterly basis", before or after the change's noun.
        ("Kenya's coffee exports rose 4% year-over-year in March.", ("rise", "4", "a year earlier")),
        ("Output at Chile's copper mines dipped 2.5 per cent month-on-month.", ("fall", "2.5", "a month earlier")),
        ("Peru's fishmeal shipments slid 1.1% on the month, customs data showed.", ("fall", "1.1", "a month earlier")),
        ("Brazil's soy exports fell 7 percent on a quarterly basis.", ("fall", "7", "the previous quarter")),
        ("Mexico's remittances grew 3.3% quarter on quarter.", ("rise", "3.3", "the previous quarter")),
        ("Norway's salmon sales registered a 6% week-over-week drop.", ("fall", "6", "a week earlier")),
        # The period before the change's noun, the amount after: "a year-on-year decline of 5 per cent".
        ("Chile's wine exports posted a year-on-year decline of 5 per cent.", ("fall", "5", "a year earlier")),
        ("Peru's fishmeal output saw an annual increase of 3% in May.", ("rise", "3", "a year earlier")),
        ("Bolivia's tin exports saw a month-on-month rise of 2 percent.", ("rise", "2", "a month earlier")),
        ("Ecuador's banana exports saw a decline of 4 percent.", ("fall", "4", None)),
        # An adverb of the period after the amount: "up 22.8% annually", "rose 3% monthly".
        ("Cambodia's garment orders were up 12.5% annually.", ("rise", "12.5", "a year earlier")),
        ("Peru's copper shipments rose 3% monthly through the spring.", ("rise", "3", "a month earlier")),
        ("Chile's wine exports are set to grow 5 percent yearly until 2030.", ("rise", "5", "a year earlier")),
        # "on" a period's word that begins another word is no base: "on year-end demand".
        ("Peru's copper imports fell 3% on year-end destocking.", ("fall", "3", None)),
        # An earlier period named in other words: the year or month "before" or "prior", the "preceding"
        # one, the same period "a year ago"; kept as the text words it.
        ("Chile's copper output rose 3% from the year before.", ("rise", "3", "the year before")),
        (
            "Peru's imports climbed 6% compared with the same month a year ago.",
            ("rise", "6", "the same month a year ago"),
        ),
        ("Ghana's cocoa receipts were down 12% from the preceding quarter.", ("fall", "12", "the preceding quarter")),
        ("Vietnam's rice exports jumped 9% relative to a month prior.", ("rise", "9", "a month prior")),
    ],
)
def test_the_base_of_a_change_in_its_many_wordings(kb, sentence, change):
    (point,) = of_type(drafted(kb, sentence + "\n"), "data_point")
    got = point["change"]
    assert (got["direction"], got["amount"], got.get("base")) == change


def test_a_clause_ends_where_and_is_or_and_has_begins_another_predicate(kb):
    text = (
        "Kenya signed a loan programme with the World Bank on Monday.\n\n"
        "Its creditor group, which has nine members that have lent a combined $3.4 billion to the country "
        "and is chaired by Japan, met in Nairobi.\n"
    )
    points = of_type(drafted(kb, text), "data_point")
    # Japan chairs the group: the amount lent is the borrower's, the first country the text names.
    assert [(p["value"], p["subject"]) for p in points] == [("3400000000", "kenya")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A change in brackets right after its level is the level's.
        ("Chile posted a surplus of $2.2 billion (up 5.1%) in May.", ("2200000000", "trade_surplus", "rise", "5.1")),
        # A change after a comma past a few words of what or when the level is: the level's.
        ("Chile bought 12,000 tonnes of Peruvian fishmeal, up 4.5% from 2023.", ("12000", "figure", "rise", "4.5")),
        # Producing and pumping measure production.
        ("Peru produced 1.2 million barrels a day in March.", ("1200000", "production", None, None)),
        ("Chile pumped 300,000 barrels a day.", ("300000", "production", None, None)),
    ],
)
def test_a_change_in_brackets_after_its_level_and_verbs_of_production(kb, sentence, expected):
    (point, *_) = of_type(drafted(kb, sentence + "\n"), "data_point")
    change = point.get("change") or {}
    assert (point.get("value"), point["metric"], change.get("direction"), change.get("amount")) == expected


def test_a_tariff_faced_on_exports_to_a_country_is_that_country_s(kb):
    text = "Peru and Chile are in talks. Peru will face a tariff of 25% on its steel exports to Chile.\n"
    (point,) = of_type(drafted(kb, text), "data_point")
    assert (point["subject"], point.get("counterpart")) == ("chile", "peru")


def test_a_loan_is_debt_and_the_lender_owns_no_metric(kb):
    text = "Kenya needs roads. The World Bank approved a loan of $400 million for the roads on Monday.\n"
    (point,) = of_type(drafted(kb, text), "data_point")
    assert (point["metric"], point["subject"], point.get("counterpart")) == ("debt", "kenya", "world-bank")


def test_a_tariff_word_right_after_a_rate_names_its_metric(kb):
    text = "Peru's shipments of wine, which face a 15% baseline tariff in Chile, fell sharply.\n"
    (point,) = of_type(drafted(kb, text), "data_point")
    assert (point["metric"], point["value"]) == ("tariff_rate", "15")


def test_a_clause_begins_at_while_whereas_or_but(kb):
    text = "Korea's outbound shipments to China fell 3% while those to the US rose 1.5%.\n"
    points = of_type(drafted(kb, text), "data_point")
    assert [(p["change"]["amount"], p["subject"], p.get("counterpart")) for p in points] == [
        ("3", "south-korea", "china"),
        ("1.5", "south-korea", "united-states"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile, the world's top copper producer, exported 5.2 million tonnes last year.",
        "Chilean exporters shipped 1.1 million tonnes of fishmeal to Peru.",
    ],
)
def test_exported_and_shipped_measure_exports(kb, sentence):
    (point,) = of_type(drafted(kb, sentence + "\n"), "data_point")
    assert (point["metric"], point["subject"]) == ("exports", "chile")


@pytest.mark.parametrize(
    "sentence",
    [
        "Japan pledged $1.5 billion in aid to Kenya.",
        "The US announced $500 million in humanitarian assistance for Sudan.",
        "Rich countries will make donations of $300 billion a year by 2035.",
        "The IMF will disburse $188 million to Zambia.",
        "Sri Lanka's $2.9 billion bailout was approved.",
    ],
)
def test_aid_assistance_donations_and_bailouts_are_finance(kb, sentence):
    (point,) = of_type(drafted(kb, sentence + "\n"), "data_point")
    assert point["metric"] == "finance"


def test_what_is_pledged_names_the_metric(kb):
    text = "Saudi Arabia pledged $600 billion in investments in Kenya.\n"
    (point,) = of_type(drafted(kb, text), "data_point")
    assert (point["metric"], point["subject"], point.get("counterpart")) == ("investment", "saudi-arabia", "kenya")


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "OPEC+ ministers met online on Sunday.\n\n"
            "Saudi Arabia's energy minister said the group agreed to cut output by 1 million barrels a day.\n",
            "opec",
        ),
        ("The EU and Mercosur met.\n\nThe bloc's tariff on Brazilian beef falls to 7.5%.\n", "european-union"),
    ],
)
def test_the_group_or_the_bloc_is_the_first_group_of_countries_the_text_names(kb, text, subject):
    (point,) = of_type(drafted(kb, text), "data_point")
    assert point["subject"] == subject


@pytest.mark.parametrize(
    ("sentence", "value", "change"),
    [
        # A growth with no amount named around it is an economy's, a rate: a level, not a change.
        ("Chile's growth of 2.5% lags Peru's.", "2.5", None),
        ("The IMF expects 3.1% growth in Peru next year.", "3.1", None),
        ("Ghana is forecast to post growth of 4 per cent in 2026.", "4", None),
        ("Kenya's economy recorded growth of 4.6 percent, the statistics office said.", "4.6", None),
        # The growth of an amount named before it in its sentence stays a change.
        (
            "Peru's exports to Chile, mostly copper and fishmeal, posted growth of 12% last year.",
            None,
            ("rise", "12"),
        ),
        ("Vietnam's garment orders showed 7% growth in May.", None, ("rise", "7")),
    ],
)
def test_a_growth_with_no_amount_named_is_an_economy_s_rate(kb, sentence, value, change):
    (point,) = of_type(drafted(kb, sentence + "\n"), "data_point")
    got = point.get("change")
    assert (point.get("value"), (got["direction"], got["amount"]) if got else None) == (value, change)

"""kb draft's reading of whose a figure is and what it measures, on sentences made for the tests: a
dollar written with its country's letters ("US$", "NZ$") names no party; a lender's amount "for" or
"to" a country is that country's; a figure never takes its own counterpart as its subject; goods a
country's name describes come from it; a tariff a leader imposes is their country's; the other end
of a comparison ("from $1.2 billion to $1.5 billion") measures what the first does."""

from __future__ import annotations

import pytest
from drafting import drafted, of_type, whose_figures

pytestmark = pytest.mark.usefixtures("talks")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The dollar's letters before an amount, in brackets after another currency or alone: the figure
        # is the country's the text is about, not the United States' or New Zealand's.
        (
            "Kenya's central bank held its rate.\n\nThe board then allowed a disbursement of SDR 179 million "
            "(about US$235 million) for budget support.\n",
            [("179000000", "kenya", None)],
        ),
        (
            "Ghana sold more cocoa this year.\n\nThe sale raised US$400 million, the board said.\n",
            [("400000000", "ghana", None)],
        ),
        (
            "Chile and Peru signed the accord. Peru will buy copper worth about US $90 million a year.\n",
            [("90000000", "peru", None)],
        ),
        (
            "Chile built a new port.\n\nIt cost NZ$45 million, its finance ministry said.\n",
            [("45000000", "chile", None)],
        ),
    ],
)
def test_a_dollar_s_country_letters_name_no_party(kb, text, expected):
    assert whose_figures(kb, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chile's talks ended. The IMF approved a $1.3 billion loan for Zambia on Friday.\n",
            ("zambia", "international-monetary-fund"),
        ),
        ("Peru waited. The World Bank disbursed $500 million to Ukraine, the bank said.\n", ("ukraine", "world-bank")),
        (
            "Kenya went on. The Asian Development Bank will lend $2 billion to Pakistan over three years.\n",
            ("pakistan", "asian-development-bank"),
        ),
        (
            "Kenya spoke first. The IMF Board also approved a SDR 795 million arrangement for Tanzania.\n",
            ("tanzania", "international-monetary-fund"),
        ),
    ],
)
def test_a_lender_s_amount_for_a_country_is_that_country_s(kb, text, expected):
    ((_, subject, counterpart),) = whose_figures(kb, text)
    assert (subject, counterpart) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Peru and Chile are at odds over fruit.\n\nChile's exports rose 5% in May.\n\n"
            "In June, the president said he was preparing another $2 billion worth of tariffs on Chilean goods.\n",
            ("2000000000", "peru", "chile"),
        ),
        (
            "Kenya and Ghana signed a pact. Ghana's cocoa output fell 3%.\n\nSales to Ghana reached $40 million.\n",
            ("40000000", "kenya", "ghana"),
        ),
        (
            "Brazil and Argentina met on Monday. Argentina's inflation rose to 100%.\n\n"
            "Shipments to Argentina were worth $3 billion last year.\n",
            ("3000000000", "brazil", "argentina"),
        ),
    ],
)
def test_a_figure_whose_clause_names_only_its_counterpart_is_the_other_party_s(kb, text, expected):
    """With no subject in its clause, a figure takes the subject of the figures before it, or the first
    country the text names — never its own counterpart: then the other party the text is about."""
    assert whose_figures(kb, text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Peru's new tariffs will apply to wine worth $2 billion and imported Chilean goods worth $3 billion.\n",
            ("3000000000", "peru", "chile"),
        ),
        ("Kenya's levy covers Chinese cars worth $40 million a year.\n", ("40000000", "kenya", "china")),
        ("Brazil's quota lets in Argentine vehicles worth $900 million.\n", ("900000000", "brazil", "argentina")),
    ],
)
def test_goods_a_country_s_name_describes_come_from_it(kb, text, expected):
    assert whose_figures(kb, text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A pronoun for the leader named in a sentence before.
        (
            "Chile and Peru have argued over copper.\n\nChilean President Gabriel Boric met Peru's trade minister. "
            "Peru's exports rose 5% in April.\n\nLate in May he recommended a 40% tariff on most copper from June.\n",
            "chile",
        ),
        (
            "Ghana and Nigeria trade maize.\n\nNigerian President Bola Ahmed Tinubu visited Accra. "
            "Ghana's maize imports fell 10% in March.\n\nOn Monday he announced a 25% duty on sugar.\n",
            "nigeria",
        ),
        # The leader's surname alone, the post with the country in the possessive.
        (
            "Canada's Prime Minister Mark Carney spoke in Ottawa. U.S. exports rose 2% in May.\n\n"
            "Carney then announced a 25% tariff on steel.\n",
            "canada",
        ),
    ],
)
def test_a_tariff_a_leader_imposes_is_their_country_s(kb, text, expected):
    points = of_type(drafted(kb, text), "data_point")
    assert [p["subject"] for p in points if p["metric"] == "tariff_rate"] == [expected]


def test_a_tariff_on_a_third_country_is_not_the_other_partys(kb):
    """A tariff on a country the text is not about is its imposer's, never the other party's of the two the text is
    about ("tariffs on China" in a story of Norway and the United States: not Norway's)."""
    text = (
        "Norway and the United States held tariff talks in Oslo on Tuesday.\n\n"
        "U.S. President Donald Trump said in April he planned to impose a 24% tariff on imports from Norway. "
        "He then put a 90-day hold on the import taxes, while increasing his tariffs on China to 145%.\n"
    )
    points = of_type(drafted(kb, text), "data_point")
    assert [(p["subject"], p.get("counterpart")) for p in points if p["metric"] == "tariff_rate"] == [
        ("united-states", "norway"),
        ("united-states", "china"),
    ]


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        (
            "Chile's trade deficit widened for a third straight month on a seasonally adjusted basis, "
            "from $1.2 billion in March to $1.5 billion in April, and imports rose 2%.\n",
            "1500000000",
            ("trade_deficit", "chile"),
        ),
        (
            "Peru's exports in the first half of this fiscal year stood at $4.1 billion, compared with "
            "$3.9 billion in the same period of 2024, while imports fell.\n",
            "3900000000",
            ("exports", "peru"),
        ),
        (
            "Kenya's tea output, helped by the long rains in the highlands west of the Rift Valley, reached "
            "50 million tonnes from 45 million tonnes a season before as coffee exports grew.\n",
            "45000000",
            ("production", "kenya"),
        ),
        (
            "Ghana's consumer price inflation, which the statistics service measures in all sixteen regions, "
            "eased to 23.1% in May, down from 25% in April, while the cedi's exports rose 3%.\n",
            "25",
            ("inflation", "ghana"),
        ),
    ],
)
def test_the_other_end_of_a_comparison_measures_what_the_first_does(kb, text, value, expected):
    points = of_type(drafted(kb, text), "data_point")
    assert [(p["metric"], p["subject"]) for p in points if p.get("value") == value] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru argued over copper. Peru's exports fell 4%.\n\n"
        "Talks stalled after the president imposed a 30% tariff on Peru, including a 10% surcharge for its fishing.\n",
        "Chile and Peru argued over copper. Peru's exports fell 4%.\n\n"
        "Chile put a 20% duty on Peru's wine and a 5% levy on its fruit.\n",
        "Chile and Peru argued over copper. Peru's exports fell 4%.\n\n"
        "Chile set tariffs on Peru of 15 per cent, with a further 5 per cent tariff for farm goods.\n",
    ],
)
def test_a_tariff_naming_no_party_after_a_tariff_in_its_sentence_is_that_one_s(kb, text):
    points = of_type(drafted(kb, text), "data_point")
    tariffs = [(p["subject"], p.get("counterpart")) for p in points if p["metric"] == "tariff_rate"]
    assert tariffs == [("chile", "peru"), ("chile", "peru")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile's steel products worth $3 billion face the new duty.\n", ("3000000000", "chile", None)),
        ("Chilean steel output rose to 90 million tonnes.\n", ("90000000", "chile", None)),
        ("Chilean steel exports reached $2 billion.\n", ("2000000000", "chile", None)),
    ],
)
def test_a_country_s_own_goods_output_and_exports_stay_its(kb, text, expected):
    assert whose_figures(kb, text)[-1] == expected


def test_a_lender_reporting_trade_makes_no_borrower_of_a_trading_partner(kb):
    text = "Kenya and China trade tea.\n\nThe World Bank said exports to China rose 5% in May.\n"
    ((_, subject, _),) = whose_figures(kb, text)
    assert subject == "kenya"


def test_a_new_clause_between_two_figures_is_no_comparison(kb):
    text = "Chile's exports rose to $3 billion in May while Peru rose to $5 billion.\n"
    assert [subject for _, subject, _ in whose_figures(kb, text)] == ["chile", "peru"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A flow "between" two parties is the first's, with the second: two-way trade, turnover, a gap.
        ("Two-way commerce between Laos and Cambodia hit 1.8 billion USD.\n", ("1800000000", "laos", "cambodia")),
        ("Bilateral trade between Chile and Peru rose to $4 billion last year.\n", ("4000000000", "chile", "peru")),
        ("Trade turnover between Russia and India reached $65 billion.\n", ("65000000000", "russia", "india")),
        (
            "Flows of goods between the United States and the European Union were worth €1.6 trillion in 2023.\n",
            ("1600000000000", "united-states", "european-union"),
        ),
    ],
)
def test_a_flow_between_two_parties_is_the_first_s_with_the_second(kb, text, expected):
    assert whose_figures(kb, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A body's share of (or in) a whole is the body's, the whole's body the other side — not the owner
        # of the whole, as the metric's words alone would say ("Peru's copper imports").
        ("Chile's share of Peru's copper imports fell to 30%.\n", ("30", "chile", "peru")),
        ("The EU's market share in Kenya stood at 12 percent last year.\n", ("12", "european-union", "kenya")),
        (
            "China’s share of U.S. imports dropped to 13.9% in 2024, customs data showed.\n",
            ("13.9", "china", "united-states"),
        ),
        ("Japan's combined share of the region's trade rose to 21 per cent.\n", ("21", "japan", None)),
    ],
)
def test_a_body_s_share_of_a_whole_is_that_body_s(kb, text, expected):
    points = of_type(drafted(kb, text), "data_point")
    assert [(p["value"], p["subject"], p.get("counterpart"), p["metric"]) for p in points] == [(*expected, "share")]


def test_a_share_whose_words_end_before_another_clause_is_no_owner_s(kb):
    text = "Chile's share of Peru's copper imports is falling, while Peru's imports from Bolivia rose to 30%.\n"
    ((_, subject, _),) = whose_figures(kb, text)
    assert subject == "peru"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A figure named right after as given, set or asked for "by" a body is that body's, whoever opens
        # the sentence: a recommended catch, an offered package, a proposed tariff, demanded finance, a pledge.
        (
            "Norway and Iceland agreed a quota above the 900,000 tonne catch recommended by the European Union.\n",
            "european-union",
        ),
        ("Kenya rejected the $2 billion package offered by China.\n", "china"),
        ("Chile accepted the 10% tariff proposed by Peru on Monday.\n", "peru"),
        ("The talks stalled over the $100 billion in finance demanded by India.\n", "india"),
        ("Uganda welcomed the $500 million that was pledged by Japan for the dam.\n", "japan"),
    ],
)
def test_a_figure_given_set_or_asked_for_by_a_body_is_that_body_s(kb, text, expected):
    assert [subject for _, subject, _ in whose_figures(kb, text)][-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Not a body that estimates a figure, nor a lender whose loan it is: the borrower's.
        ("Chile's growth of 2.5% projected by the IMF lags Peru's.\n", "chile"),
        ("Zambia will receive the $1.3 billion loan approved by the IMF.\n", "zambia"),
    ],
)
def test_an_estimating_body_or_a_lender_after_by_is_not_the_subject(kb, text, expected):
    assert whose_figures(kb, text)[0][1] == expected


@pytest.mark.parametrize(
    "text",
    [
        # "The bloc" after "from", "to" or "with" is the other side named before, not the subject.
        "Chile met Peru. Kenya's exports to the EU rose 5%, while imports from the bloc fell 2%.\n",
        "Mercosur met Chile. Chile's wine sales to Mercosur grew 4% and its purchases from the bloc slipped 1.5%.\n",
        "Kenya and the EU met. Kenya's exports to the EU rose 5%. Trade with the bloc reached $3 billion.\n",
    ],
)
def test_the_bloc_after_from_to_or_with_is_the_other_side_named_before(kb, text):
    subject, counterpart = whose_figures(kb, text)[-1][1:]
    assert (subject, counterpart) in (("kenya", "european-union"), ("chile", "mercosur"))

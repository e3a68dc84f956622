"""kb draft's counts of people and things, temperatures and rates (counts.py), currencies named after their amount
and an economy's growth rate as a level, on sentences made for the
tests: a count without a thousands separator or in words, its noun past adjectives and names, a part of a
counted whole, a noun that needs the word before it, and what is no count (sides, days, sources, years)."""

from __future__ import annotations

import pytest
from drafting import drafted, imports, of_type

from kb.draft.figures import figures

pytestmark = pytest.mark.usefixtures("talks")


@pytest.mark.parametrize(
    ("words", "found"),
    [
        # Digits without a thousands separator, and numbers in words.
        ("The rebels freed 163 prisoners on Sunday.", [("163", "prisoners")]),
        ("Seven vessels left Odesa and nine tankers waited offshore.", [("7", "vessels"), ("9", "tankers")]),
        ("Only twenty-three soldiers were exchanged.", [("23", "soldiers")]),
        ("Officials said 48 hostages remain in Gaza.", [("48", "hostages")]),
        ("In May 50 prisoners were freed.", [("50", "prisoners")]),  # no day of May
        # The noun past names, adjectives and "more" (the unit is the noun alone).
        ("Israel will release 1,400 Palestinian prisoners.", [("1400", "prisoners")]),
        ("The Pentagon is sending 2,000 more troops.", [("2000", "troops")]),
        ("About 300 freed Houthi detainees flew home.", [("300", "detainees")]),
        ("Tariffs hit 128 U.S. products.", [("128", "products")]),
        # A whole number whose noun the count before gives, past a linking word.
        ("Ukraine freed 120 prisoners on Sunday and 85 on Monday.", [("120", "prisoners"), ("85", "prisoners")]),
        ("Israel released 90 detainees, compared with 30 in January.", [("90", "detainees"), ("30", "detainees")]),
        ("The swap freed 95 soldiers from 2022 to 2024, and 3 of them were hurt.", [("95", "soldiers")]),
        # The noun named first, as "the number of" something.
        ("The number of detainees rose to 120, officials said.", [("120", "detainees")]),
        ("The number of ships waiting stood at 60 on Monday.", [("60", "ships")]),
        ("The number of people displaced reached 2,000 in 2023.", [("2000", "people")]),
        # A headline's capitals.
        ("Russia, Ukraine Swap 190 Prisoners Of War", [("190", "prisoners")]),
        ("Seven Vessels Leave Odesa as Israel Frees 90 Palestinian Detainees", [("7", "vessels"), ("90", "detainees")]),
        # Two nations' people, and two adjectives.
        ("They swapped 1,000 Ukrainian and Russian prisoners.", [("1000", "prisoners")]),
        ("Israel freed 300 Palestinian security prisoners.", [("300", "prisoners")]),
        # A part of a counted whole.
        ("Only 20 of the captives are thought to be alive.", [("20", "captives")]),
        # A noun that says what it counts only with the word before it.
        ("The port saw 412 vessel movements in May.", [("412", "vessel movements")]),
        ("Kyiv reported 60 military personnel missing.", [("60", "military personnel")]),
        ("Inspectors carried out 35 inspections at the port.", [("35", "inspections")]),
        # Hundreds in words.
        ("Some two hundred prisoners and a hundred soldiers were freed.", [("200", "prisoners"), ("100", "soldiers")]),
        ("Twenty-five hundred people marched; several hundred civilians fled.", [("2500", "people")]),
        # People counted by their nation, as written.
        ("The swap freed 16 Saudis and about 300 Yemenis.", [("16", "Saudis"), ("300", "Yemenis")]),
        ("Israel holds about 10,000 Palestinians.", [("10000", "Palestinians")]),
        ("Nearly 2 million Gazans were displaced.", [("2000000", "Gazans")]),
        # Metric tons abbreviated.
        ("The ship carried 40,000 MT; the quota is 25,000 mt.", [("40000", "metric tons"), ("25000", "metric tons")]),
        # "a dozen" is twelve; "two dozen", "dozens", "hundreds" no exact count.
        ("A dozen fishing boats were seized; two dozen tankers and hundreds of migrants waited.", [("12", "boats")]),
    ],
)  # fmt: skip
def test_a_count_of_what_news_counts(words, found):
    assert [(figure.value, figure.unit) for figure in figures(words)] == found


@pytest.mark.parametrize(
    "words",
    [
        "The two sides met for three days in Doha.",  # sides, days
        "The 27 Member States Agree Two Rounds",
        "The number of rounds held is 12.",  # rounds are not counted
        "Delegates from 27 countries and four regions attended.",  # countries, regions
        "The two sides exchanged prisoners.",  # the count is of sides
        "Two people familiar with the matter said the swap was near.",  # a source, not data
        "Three people briefed on the talks described the draft.",
        "In 2014 troops crossed the border.",  # a year
        "The 12 rounds of talks and two officials' notes were leaked.",
        "One prisoner was released.",  # one of something
        "On May 5 prisoners were freed, and on Sept. 3 soldiers crossed.",  # days
        "In 2015 Americans voted; the 2 Koreas met.",  # a year; no nation's people
        "The ceasefire took effect after five hours and ten minutes.",
    ],
)
def test_what_is_no_count(words):
    assert figures(words) == []


@pytest.mark.parametrize(
    ("words", "found"),
    [
        ("Leaders pledged to keep warming to 1.5C above pre-industrial levels.", [("1.5", "degrees Celsius")]),
        ("The world is on track for 2.7 degrees Celsius of warming.", [("2.7", "degrees Celsius")]),
        ("Temperatures may rise 3°C by 2100.", [("3", "degrees Celsius")]),
        ("A warming of 2 degrees, scientists said.", [("2", "degrees Celsius")]),
        ("Summers were 4 degrees Fahrenheit hotter.", [("4", "degrees Fahrenheit")]),
        ("Under Article 5C of the accord and Annex 2C, nothing changes.", []),  # labels, no temperatures
        ("The pact keeps a 1.5-degree target and two degrees of warming as a limit.", [("1.5", "degrees Celsius"),
                                                                                       ("2", "degrees Celsius")]),
        ("It was a 180-degree turn, the map rotated 90 degrees.", []),  # angles
        ("Delhi hit 45 degrees Celsius and Phoenix 118°F.", [("45", "degrees Celsius"), ("118", "degrees Fahrenheit")]),
    ],
)  # fmt: skip
def test_a_temperature_in_degrees(words, found):
    assert [(figure.value, figure.unit) for figure in figures(words)] == found


@pytest.mark.parametrize(
    ("words", "found"),
    [
        ("The pipeline will carry 10 billion cubic meters a year.", [("10000000000", "cubic meters per year")]),
        ("Iraq pumps 4.3 million barrels per day.", [("4300000", "barrels per day")]),
        ("The mill processes 2,000 tonnes annually, its owner said.", [("2000", "tonnes per year")]),
        ("Under the deal 600 trucks would cross the border each day and schools reopen.", [("600", "trucks per day")]),
        # What the quantity is of, between it and its period.
        ("Exports of 500,000 barrels of crude a day resumed.", [("500000", "barrels per day")]),
        ("The mill handles 2,000 tonnes of raw sugar a year in good seasons.", [("2000", "tonnes per year")]),
        ("Russia sent 40 billion cubic meters of gas to Europe a year until 2022.", [("40000000000",
                                                                                     "cubic meters per year")]),
        # Not a rate: a comparison with a year before, or a period of something else.
        ("Exports reached 2,000 tonnes of wheat a year earlier.", [("2000", "tonnes")]),
        ("Exports reached 2,000 tonnes a year earlier.", [("2000", "tonnes")]),
        ("600 trucks would cross each day of the truce.", [("600", "trucks")]),
    ],
)  # fmt: skip
def test_a_quantity_a_period_follows_is_a_rate(words, found):
    assert [(figure.value, figure.unit) for figure in figures(words)] == found


def test_a_prisoner_exchange_s_counts_are_drafted_and_import(kb, runner, tmp_path):
    text = (
        "The two sides exchanged prisoners on Sunday, the mediators said.\n\n"
        "Ukraine received 95 soldiers and nine civilians, while Russia took back 84 servicemen.\n\n"
        "Two people familiar with the talks said a further 200 captives could be freed.\n"
    )
    payloads = drafted(kb, text)
    points = [(p["value"], p["unit"]) for p in of_type(payloads, "data_point")]
    assert points == [("95", "soldiers"), ("9", "civilians"), ("84", "servicemen"), ("200", "captives")]
    imports(runner, payloads, tmp_path)


@pytest.mark.parametrize(
    ("text", "amount", "unit"),
    [
        ("Japan's jobless rate rose 0.4 percentage points to 2.9% in May.\n", "0.4", "percentage points"),
        ("The Bank of Korea cut its rate by 25 basis points on Thursday.\n", "25", "basis points"),
        ("Brazil's share of the market fell by two percentage points, traders said.\n", "2", "percentage points"),
    ],
)  # fmt: skip
def test_points_are_units_written_as_a_reporter_writes_them(kb, runner, tmp_path, text, amount, unit):
    payloads = drafted(kb, text)
    changes = [p["change"] for p in of_type(payloads, "data_point") if "change" in p]
    assert [(change["amount"], change["unit"]) for change in changes] == [(amount, unit)]
    imports(runner, payloads, tmp_path)


@pytest.mark.parametrize(
    ("words", "found"),
    [
        # A currency's code, the wire's dollars and the IMF's unit after the amount.
        ("The plan will cost 5 billion USD and 3 billion EUR.", [("5000000000", "USD"), ("3000000000", "EUR")]),
        ("Zambia owes 10 billion ZMW to local banks.", [("10000000000", "ZMW")]),
        ("Trade was 1.5 billion dlrs in 1986, against a 300 mln dlr deficit.", [("1500000000", "USD"),
                                                                               ("300000000", "USD")]),
        ("The Fund holds 200 million Special Drawing Rights.", [("200000000", "XDR")]),
        # Not after the article ("a SDR 795.58 million …" is the SDR amount), nor a token's ticker.
        ("The Board approved a SDR 795.58 million arrangement.", [("795580000", "XDR")]),
        ("The issuer minted 2 billion USDT.", []),
        # SDRs, before or after the amount, are SDRs: never rupees read inside the word.
        ("The Fund approved 1.2 billion SDRs for Ghana.", [("1200000000", "XDR")]),
        ("The Fund approved a loan of SDRs 1.2 billion.", [("1200000000", "XDR")]),
        ("India set aside Rs 500 crore and (Rs.20 crore) more.", [("5000000000", "INR"), ("200000000", "INR")]),
    ],
)  # fmt: skip
def test_a_currency_named_after_its_amount(words, found):
    assert [(figure.value, figure.unit) for figure in figures(words)] == found


@pytest.mark.parametrize(
    ("text", "change"),
    [
        # An economy's rate of growth is a level, whatever the order.
        ("The IMF projects GDP growth of 5.4 percent for Mali in 2016.\n", False),
        ("The bank expects 3% global growth next year, Ghana's finance ministry said.\n", False),
        ("Egypt's economic growth of 4.2 percent beat forecasts.\n", False),
        # The growth of an amount is its change.
        ("Pakistan's exports registered 29.53% growth in April.\n", True),
    ],
)
def test_an_economy_s_growth_rate_is_a_level(kb, text, change):
    (point,) = of_type(drafted(kb, text), "data_point")
    assert ("change" in point) is change

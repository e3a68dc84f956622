"""A catalogue of the ways English news, releases and statistics notes give a figure, whose it is, and whether it
is a level or a change, on sentences made for the tests (in other words than the corpus's and the other figure
tests'): levels and changes in their many orders, subjects and counterparts from the grammar, the units and scales
written short and long, and the numbers that are no figure (labels, banknotes, years, ranks, names)."""

from __future__ import annotations

from typing import Any

import pytest
from drafting import of_type

from kb.draft import draft_text
from kb.draft.known import Known

# value (None for a change given alone), unit, subject, counterpart, and the change: (direction, amount, unit) or None
Point = tuple[str | None, str, str, str | None, tuple[str, str, str] | None]


def _draft(text: str) -> list[dict[str, Any]]:
    """What is drafted from ``text`` alone, in a knowledge base knowing only its negotiation."""
    known = Known()
    known.learn({"type": "entity", "key": "talks", "kind": "negotiation", "name": "The talks"})
    return draft_text(text, "2025-04-18", "SOURCE", "talks", known).payloads


def _points(text: str) -> list[Point]:
    """Each data point drafted from ``text``: its value, unit, subject, counterpart and change."""
    drafted = of_type(_draft(text), "data_point")
    return [
        (
            p.get("value"),
            p["unit"],
            p["subject"],
            p.get("counterpart"),
            (p["change"]["direction"], p["change"]["amount"], p["change"]["unit"]) if "change" in p else None,
        )
        for p in drafted
    ]


RISE, FALL = "rise", "fall"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A change and the level it led to, in either order, with or without "by", with its base.
        ("Kenya's tea exports rose 7% to $1.4 billion last year.",
         [("1400000000", "USD", "kenya", None, (RISE, "7", "percent"))]),
        ("Ghana's cocoa output plunged 30% to 600,000 tonnes.",
         [("600000", "tonnes", "ghana", None, (FALL, "30", "percent"))]),
        ("Japan's imports from Australia jumped 11.5 percent from a year ago to 1.7 trillion yen.",
         [("1700000000000", "JPY", "japan", "australia", (RISE, "11.5", "percent"))]),
        ("Malaysia's imports slumped 14% to RM20 billion.",
         [("20000000000", "MYR", "malaysia", None, (FALL, "14", "percent"))]),
        ("Israel's exports to Kenya declined by $120 million to $380 million.",
         [("380000000", "USD", "israel", "kenya", (FALL, "120000000", "USD"))]),
        ("Ecuador's banana exports grew by $200 million to $3.6 billion.",
         [("3600000000", "USD", "ecuador", None, (RISE, "200000000", "USD"))]),
        ("Japan's trade deficit rose 20 billion yen to 1.1 trillion yen.",
         [("1100000000000", "JPY", "japan", None, (RISE, "20000000000", "JPY"))]),
        ("Saudi Arabia's crude exports slid 400,000 bpd to 6 million bpd.",
         [("6000000", "barrels per day", "saudi-arabia", None, (FALL, "400000", "barrels per day"))]),
        ("Ireland's exports posted a fall of 12 per cent to €3.1bn.",
         [("3100000000", "EUR", "ireland", None, (FALL, "12", "percent"))]),
        ("Thailand's exports rose for a fifth month, up 4.1% on a year earlier, to $24bn.",
         [("24000000000", "USD", "thailand", None, (RISE, "4.1", "percent"))]),
        ("Norway's salmon exports declined 7.1 per cent year-on-year to 480,000 tonnes.",
         [("480000", "tonnes", "norway", None, (FALL, "7.1", "percent"))]),
        ("Canada's jobless rate edged up 0.3 percentage points to 6.8%.",
         [("6.8", "percent", "canada", None, (RISE, "0.3", "percentage points"))]),
        # A level, then its change after a comma or "at".
        ("Thailand's rice shipments reached 2.1 million tonnes, up 9% year on year.",
         [("2100000", "tonnes", "thailand", None, (RISE, "9", "percent"))]),
        ("Nigeria's inflation rate stood at 24%, down 2 percentage points from the previous month.",
         [("24", "percent", "nigeria", None, (FALL, "2", "percentage points"))]),
        ("Ghana's exports totalled $4.1bn, a 6% rise.", [("4100000000", "USD", "ghana", None, (RISE, "6", "percent"))]),
        ("Japan's surplus increased to $10.2 billion, an increase of 8% on the previous year.",
         [("10200000000", "USD", "japan", None, (RISE, "8", "percent"))]),
        ("Chile's wine exports were up 4% at $2 billion.",
         [("2000000000", "USD", "chile", None, (RISE, "4", "percent"))]),
        ("Tunisia's olive oil exports were down 11% from a year earlier at 210,000 tonnes.",
         [("210000", "tonnes", "tunisia", None, (FALL, "11", "percent"))]),
        ("Qatar's LNG exports hit a record 80 million tonnes, a 3% gain on the previous year.",
         [("80000000", "tonnes", "qatar", None, (RISE, "3", "percent"))]),
        # A level alone: "climbed to", "doubled to", "stood at an all-time high of", "exports of".
        ("Vietnam's exports climbed to $40 billion in the first quarter.",
         [("40000000000", "USD", "vietnam", None, None)]),
        ("Turkey's exports to Iraq doubled to $12 billion.", [("12000000000", "USD", "turkey", "iraq", None)]),
        ("Argentina's fiscal deficit halved to $2 billion.", [("2000000000", "USD", "argentina", None, None)]),
        ("Poland's exports to Germany more than doubled to €150 billion.",
         [("150000000000", "EUR", "poland", "germany", None)]),
        ("India's services exports stood at an all-time high of $340 billion.",
         [("340000000000", "USD", "india", None, None)]),
        ("Uruguay's beef exports rose to a record $3 billion.", [("3000000000", "USD", "uruguay", None, None)]),
        ("Morocco recorded exports of $3bn to Spain in March.", [("3000000000", "USD", "morocco", "spain", None)]),
        ("Sweden's inflation ticked down to 2.1%.", [("2.1", "percent", "sweden", None, None)]),
        ("Argentina's annual inflation accelerated to 211%.", [("211", "percent", "argentina", None, None)]),
        # A change alone: a verb, a noun after or before the amount, a comparison, a period's base.
        ("Chile reported a 6% rise in copper exports.", [(None, "percent", "chile", None, (RISE, "6", "percent"))]),
        ("Colombia's coffee exports posted a year-on-year increase of 4%.",
         [(None, "percent", "colombia", None, (RISE, "4", "percent"))]),
        ("Bolivia's gas exports saw a decline of 3.2%.",
         [(None, "percent", "bolivia", None, (FALL, "3.2", "percent"))]),
        ("Brazil's soy exports registered a drop of $400 million.",
         [(None, "USD", "brazil", None, (FALL, "400000000", "USD"))]),
        ("Bangladesh saw a $2 billion increase in garment exports.",
         [(None, "USD", "bangladesh", None, (RISE, "2000000000", "USD"))]),
        ("Indonesia's palm oil exports were 12% higher than a year earlier.",
         [(None, "percent", "indonesia", None, (RISE, "12", "percent"))]),
        ("Vietnam's exports were 15% lower than in 2022.",
         [(None, "percent", "vietnam", None, (FALL, "15", "percent"))]),
        ("Colombia's coal exports were 9% below last year's level.",
         [(None, "percent", "colombia", None, (FALL, "9", "percent"))]),
        ("Turkey's exports to Iraq were $1.2 billion higher than the year before.",
         [(None, "USD", "turkey", "iraq", (RISE, "1200000000", "USD"))]),
        ("Poland's retail sales increased by 2.5 percent month-on-month.",
         [(None, "percent", "poland", None, (RISE, "2.5", "percent"))]),
        ("Uganda's coffee earnings fell 2 per cent on the year.",
         [(None, "percent", "uganda", None, (FALL, "2", "percent"))]),
        ("Brazil's coffee exports slipped 0.8% month on month.",
         [(None, "percent", "brazil", None, (FALL, "0.8", "percent"))]),
        ("Korea's chip exports were up 14% y/y.", [(None, "percent", "south-korea", None, (RISE, "14", "percent"))]),
        ("South Africa's trade deficit narrowed by 15% in June.",
         [(None, "percent", "south-africa", None, (FALL, "15", "percent"))]),
        ("Brazil's industrial output fell for the third straight month, by 2.4%.",
         [(None, "percent", "brazil", None, (FALL, "2.4", "percent"))]),
        ("Ukraine's steel output was down by almost 40%.",
         [(None, "percent", "ukraine", None, (FALL, "40", "percent"))]),
        ("Mexico's peso weakened 2.3 percent against the dollar.",
         [(None, "percent", "mexico", None, (FALL, "2.3", "percent"))]),
        ("Peru's exports rose 5% in value and 3% in volume.",
         [(None, "percent", "peru", None, (RISE, "5", "percent")),
          (None, "percent", "peru", None, (RISE, "3", "percent"))]),
        ("Saudi Arabia will cut output by 1 million barrels per day.",
         [(None, "barrels per day", "saudi-arabia", None, (FALL, "1000000", "barrels per day"))]),
        ("Poland's central bank cut its key rate by 25 bps to 5.5%.",
         [("5.5", "percent", "poland", None, (FALL, "25", "basis points"))]),
        # "lost" a percentage is a change; what was lost, counted, a level.
        ("Argentina's peso lost 3% against the dollar.",
         [(None, "percent", "argentina", None, (FALL, "3", "percent"))]),
        ("Ghana's cedi lost 25% of its value last year.", [(None, "percent", "ghana", None, (FALL, "25", "percent"))]),
        ("Ukraine lost 3,000 jobs in the sector.", [("3000", "jobs", "ukraine", None, None)]),
        # A rate's period between the verb and the amount.
        ("Brazil's prices rose an annual 4.5%.", [(None, "percent", "brazil", None, (RISE, "4.5", "percent"))]),
        ("Peru's output grew a seasonally adjusted 0.4%.", [(None, "percent", "peru", None, (RISE, "0.4", "percent"))]),
        # An adjective after "a" between the verb and its amount; "to a record" leads to a level.
        ("Japan's exports rose a modest 1.2 percent.", [(None, "percent", "japan", None, (RISE, "1.2", "percent"))]),
        ("China's imports fell a steep 8% in May.", [(None, "percent", "china", None, (FALL, "8", "percent"))]),
        # A fraction of a percentage point, or of a scale.
        ("Chile's central bank cut its rate by a quarter of a percentage point.",
         [(None, "percentage points", "chile", None, (FALL, "0.25", "percentage points"))]),
        ("Peru's central bank raised its rate by half a percentage point.",
         [(None, "percentage points", "peru", None, (RISE, "0.5", "percentage points"))]),
        ("Nepal hosted a quarter of a million tourists.", [("250000", "tourists", "nepal", None, None)]),
        ("The talks lasted a quarter of a century.", []),
        # The same change again in another unit after "or", then the level it led to.
        ("Egypt's remittances rose 10 per cent, or $500 million, to $5.5 billion.",
         [(None, "percent", "egypt", None, (RISE, "10", "percent")),
          ("5500000000", "USD", "egypt", None, (RISE, "500000000", "USD"))]),
        # The level after a time of half a year and a comma.
        ("Mongolia's coal exports grew 18 percent in the first half, to 40 million tonnes.",
         [("40000000", "tonnes", "mongolia", None, (RISE, "18", "percent"))]),
        # A change named after its amount, right after the level's comma.
        ("Indonesia's coal exports rose to 500 million tonnes, 7 per cent more than in 2022.",
         [("500000000", "tonnes", "indonesia", None, (RISE, "7", "percent"))]),
        ("Vietnam's exports were worth $3bn, 5% more than a year earlier.",
         [("3000000000", "USD", "vietnam", None, (RISE, "5", "percent"))]),
        ("Chile's copper exports were $3bn, 5% of its output.",
         [("3000000000", "USD", "chile", None, None), ("5", "percent", "chile", None, None)]),
        ("Nigeria's crude exports rose 200,000 barrels a day, or 12%, in March.",
         [(None, "barrels per day", "nigeria", None, (RISE, "200000", "barrels per day")),
          (None, "percent", "nigeria", None, (RISE, "12", "percent"))]),
        # A change by a fraction of what changed, in percent; not a part of a whole, a time or a fraction before
        # the object it changes.
        ("Egypt's wheat imports fell by a fifth.", [(None, "percent", "egypt", None, (FALL, "20", "percent"))]),
        ("Kenya's coffee exports rose by a third to $300 million.",
         [("300000000", "USD", "kenya", None, (RISE, "33.3", "percent"))]),
        ("India's rice exports rose by three quarters.", [(None, "percent", "india", None, (RISE, "75", "percent"))]),
        ("Chile's emissions were cut by half.", [(None, "percent", "chile", None, (FALL, "50", "percent"))]),
        ("Peru's exports to Russia dropped by two-thirds.",
         [(None, "percent", "peru", "russia", (FALL, "66.7", "percent"))]),
        ("Poland's wheat exports slid to 4 million tonnes, down a fifth.",
         [("4000000", "tonnes", "poland", None, (FALL, "20", "percent"))]),
        ("Kenya repaid a third of its debt.", []),
        ("The motion was backed by half the members.", []),
        ("The talks ran until half past nine.", []),
        ("Japan agreed to reduce by half the 25 percent tariff.", [("25", "percent", "japan", None, None)]),
        # Two levels compared: each a level of its own.
        ("Peru's exports rose from $1.2 billion to $1.5 billion.",
         [("1200000000", "USD", "peru", None, None), ("1500000000", "USD", "peru", None, None)]),
        ("Kenya's inflation slowed to 3.2% from 3.5%.",
         [("3.2", "percent", "kenya", None, None), ("3.5", "percent", "kenya", None, None)]),
    ],
)  # fmt: skip
def test_a_level_and_its_change_in_their_many_orders(text, expected):
    assert _points(text + "\n") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Whose a flow is, and with whom: "to", "from", "with", "between", a demonym before the goods.
        ("China's exports to the US fell 12% in April.",
         [(None, "percent", "china", "united-states", (FALL, "12", "percent"))]),
        ("US imports from Mexico rose to $475 billion last year.",
         [("475000000000", "USD", "united-states", "mexico", None)]),
        ("The EU's trade deficit with China reached €290 billion.",
         [("290000000000", "EUR", "european-union", "china", None)]),
        ("Japan's surplus with the US shrank to $62 billion.",
         [("62000000000", "USD", "japan", "united-states", None)]),
        ("The US trade deficit with Mexico hit $150 billion.",
         [("150000000000", "USD", "united-states", "mexico", None)]),
        ("India's bilateral trade with Russia hit $65 billion.", [("65000000000", "USD", "india", "russia", None)]),
        ("Bilateral trade between Egypt and Turkey reached $7 billion.",
         [("7000000000", "USD", "egypt", "turkey", None)]),
        ("Exports from Ghana to Nigeria totalled $800 million.", [("800000000", "USD", "ghana", "nigeria", None)]),
        ("Shipments of Australian coal to China rose 20% to 5 million tonnes.",
         [("5000000", "tonnes", "australia", "china", (RISE, "20", "percent"))]),
        ("Indian exports to the UAE rose 12% to $31 billion.",
         [("31000000000", "USD", "india", "united-arab-emirates", (RISE, "12", "percent"))]),
        ("Vietnamese exports to the European Union grew 6 percent to $48 billion.",
         [("48000000000", "USD", "vietnam", "european-union", (RISE, "6", "percent"))]),
        ("Brazil exported 1.2 million tonnes of soybeans to China in March.",
         [("1200000", "tonnes", "brazil", "china", None)]),
        ("Chinese investment in Hungary rose to €7.6 billion.", [("7600000000", "EUR", "china", "hungary", None)]),
        ("Sri Lanka's debt to China stands at $7 billion.", [("7000000000", "USD", "sri-lanka", "china", None)]),
        ("Argentina owes the Paris Club $2.4 billion.", [("2400000000", "USD", "argentina", "paris-club", None)]),
        # Two names a hyphen joins: the first's, with the second (not a prefix in lower case).
        ("Canada-US trade topped C$1 trillion last year.", [("1000000000000", "CAD", "canada", "united-states", None)]),
        ("EU–Japan trade rose 4% to €140 billion.",
         [("140000000000", "EUR", "european-union", "japan", (RISE, "4", "percent"))]),
        ("The pro-EU party won 40% of the vote.", [("40", "percent", "talks", None, None)]),
        # A plural's possessive.
        ("The Netherlands' exports to the UK rose 3% to €60 billion.",
         [("60000000000", "EUR", "netherlands", "united-kingdom", (RISE, "3", "percent"))]),
        ("The Philippines’ remittances reached ₱1.8 trillion.", [("1800000000000", "PHP", "philippines", None, None)]),
        ("Germany imported €8 billion of goods from Poland.", [("8000000000", "EUR", "germany", "poland", None)]),
        # A tariff: who imposes it, on whose goods.
        ("Washington imposed tariffs of 25% on Canadian steel.", [("25", "percent", "united-states", "canada", None)]),
        ("Mexico imposed a 30% duty on Chinese footwear.", [("30", "percent", "mexico", "china", None)]),
        ("Beijing slapped a 15% tariff on American coal.", [("15", "percent", "china", "united-states", None)]),
        ("Washington slapped a 10% levy on imports from Brazil.", [("10", "percent", "united-states", "brazil", None)]),
        ("Tokyo's tariff on U.S. rice is 778%.", [("778", "percent", "japan", "united-states", None)]),
        ("A 50% tariff on Indian goods imposed by Washington took effect.",
         [("50", "percent", "united-states", "india", None)]),
        ("Mexican tomatoes face a 17% duty in the United States.",
         [("17", "percent", "united-states", "mexico", None)]),
        ("The US will levy a 10 percent tariff on all British imports.",
         [("10", "percent", "united-states", "united-kingdom", None)]),
        ("Canada imposed a 25% surtax on most American goods.", [("25", "percent", "canada", "united-states", None)]),
        # A loan or aid: the borrower's or the receiver's, with the lender or the giver.
        ("The board approved a $20 billion loan from the IMF to Egypt.",
         [("20000000000", "USD", "egypt", "international-monetary-fund", None)]),
        ("Pakistan will get a $1.1 billion tranche from the IMF.",
         [("1100000000", "USD", "pakistan", "international-monetary-fund", None)]),
        ("The ADB will lend $400 million to Nepal.", [("400000000", "USD", "nepal", "asian-development-bank", None)]),
        ("Ethiopia received $2 billion in loans from China.", [("2000000000", "USD", "ethiopia", "china", None)]),
        ("The EU pledged a €1.3 billion aid package for Egypt.",
         [("1300000000", "EUR", "european-union", "egypt", None)]),
    ],
)  # fmt: skip
def test_whose_a_figure_is_and_with_whom(text, expected):
    assert _points(text + "\n") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Scales and currencies written short and long.
        ("Peru's exports to China hit $22bn last year.", [("22000000000", "USD", "peru", "china", None)]),
        ("Sri Lanka received a $330 mln tranche from the IMF.",
         [("330000000", "USD", "sri-lanka", "international-monetary-fund", None)]),
        ("China's trade surplus topped $1tn for the first time.", [("1000000000000", "USD", "china", None, None)]),
        ("Japan's trade surplus with China was 2.4 trillion yen.", [("2400000000000", "JPY", "japan", "china", None)]),
        ("Japan pledged ¥2.5 trillion in aid to Ukraine.", [("2500000000000", "JPY", "japan", "ukraine", None)]),
        ("Britain's exports to India rose to £11.4bn.", [("11400000000", "GBP", "united-kingdom", "india", None)]),
        ("India allocated Rs 2,500 crore for the scheme.", [("25000000000", "INR", "india", None, None)]),
        ("India's exports to Nepal were worth Rs 9.6 lakh crore.", [("9600000000000", "INR", "india", "nepal", None)]),
        ("India's exports to Bangladesh earned 5,000 crore rupees.",
         [("50000000000", "INR", "india", "bangladesh", None)]),
        ("India sanctioned ₹500 crore for the corridor.", [("5000000000", "INR", "india", None, None)]),
        ("Korea's exports to China were 12 trillion won in May.",
         [("12000000000000", "KRW", "south-korea", "china", None)]),
        ("Taiwan's exports to the United States rose to NT$1.5 trillion.",
         [("1500000000000", "TWD", "taiwan", "united-states", None)]),
        ("Brazil's trade surplus reached R$40 billion.", [("40000000000", "BRL", "brazil", None, None)]),
        ("Kenya's tea exports earned KSh 180 billion.", [("180000000000", "KES", "kenya", None, None)]),
        ("Ghana's cocoa exports fetched GH¢20 billion.", [("20000000000", "GHS", "ghana", None, None)]),
        ("Mexico's remittances hit US$63 billion.", [("63000000000", "USD", "mexico", None, None)]),
        ("The IMF disbursed SDR 1.2 billion to Ukraine.",
         [("1200000000", "XDR", "ukraine", "international-monetary-fund", None)]),
        # The letters of the rand, naira, Kenyan shilling and lira as their press writes them, before a scale; the
        # Caribbean's dollars.
        ("South Africa's exports to China fell to R120 billion.",
         [("120000000000", "ZAR", "south-africa", "china", None)]),
        ("Nigeria's budget deficit widened to N9 trillion.", [("9000000000000", "NGN", "nigeria", None, None)]),
        ("Kenya's imports from India rose to Sh300 billion.", [("300000000000", "KES", "kenya", "india", None)]),
        ("Turkey's exports to Iraq hit TL 300 billion.", [("300000000000", "TRY", "turkey", "iraq", None)]),
        ("Jamaica's exports to Canada reached J$20 billion.", [("20000000000", "JMD", "jamaica", "canada", None)]),
        ("Trinidad's reserves fell to TT$45 billion.", [("45000000000", "TTD", "trinidad-and-tobago", None, None)]),
        ("The UK sold £1.2bn-worth of whisky to India.", [("1200000000", "GBP", "united-kingdom", "india", None)]),
        ("Angola borrowed 1.2 billion US dollars from China.", [("1200000000", "USD", "angola", "china", None)]),
        ("Chile pledged half a billion dollars to the fund.", [("500000000", "USD", "chile", None, None)]),
        # Percentages.
        ("Pakistan's inflation eased to 11.4 per cent in May.", [("11.4", "percent", "pakistan", None, None)]),
        ("Turkey's inflation eased to 38 pct in June.", [("38", "percent", "turkey", None, None)]),
        ("Greece's debt stood at 160 per cent of GDP.", [("160", "percent", "greece", None, None)]),
        ("Chile's central bank raised its rate by 50 basis points.",
         [(None, "basis points", "chile", None, (RISE, "50", "basis points"))]),
        ("The central bank trimmed its rate by 50bp.",
         [(None, "basis points", "talks", None, (FALL, "50", "basis points"))]),
        # Quantities: tonnes, barrels a day, gas.
        ("Chile's copper output fell to 5.2 million metric tons.", [("5200000", "metric tons", "chile", None, None)]),
        ("Iraq pumped 4.3 million barrels per day in May.", [("4300000", "barrels per day", "iraq", None, None)]),
        ("Kazakhstan raised output to 1.8 million bpd.", [("1800000", "barrels per day", "kazakhstan", None, None)]),
        ("Libya produced 1.2 million barrels of oil a day.", [("1200000", "barrels per day", "libya", None, None)]),
        ("Nigeria's crude output rose to 1.6 mln barrels a day.",
         [("1600000", "barrels per day", "nigeria", None, None)]),
        ("Egypt's gas exports rose to 8 bcm last year.", [("8000000000", "cubic metres", "egypt", None, None)]),
        ("South Africa's coal exports fell to 65 Mt.", [("65000000", "tonnes", "south-africa", None, None)]),
        # A rate, and where it goes.
        ("Australia shipped 1.5 million tonnes a year to Japan.",
         [("1500000", "tonnes per year", "australia", "japan", None)]),
        ("Russia supplied 100,000 tonnes per annum to India.",
         [("100000", "tonnes per year", "russia", "india", None)]),
    ],
)  # fmt: skip
def test_units_and_scales_written_short_and_long(text, expected):
    assert _points(text + "\n") == expected


@pytest.mark.parametrize(
    "text",
    [
        # Years, days, ages, times and ranges of years.
        "The agreement was signed in 2019 in Lima.",
        "Talks resumed on March 3 in Geneva.",
        "The 67-year-old minister arrived on Tuesday.",
        "Mr Haddad, 78, said the talks had stalled.",
        "The talks opened at 10:30 a.m. local time.",
        "India's fiscal year 2024-25 ended in March.",
        "The 2025/26 budget was tabled on Tuesday.",
        "The 1990s saw tariffs fall sharply.",
        # Labels of texts, laws and parts: never a count, whatever noun follows.
        "Article 5 of the treaty binds all members.",
        "The Section 232 investigation covers steel.",
        "Article 12 of the Hostages Convention applies.",
        "Paragraph 4 of the Paris Declaration was dropped.",
        "Article 6.4 of the Paris Agreement sets up a market.",
        "Resolution 242 of the Security Council stands.",
        "Regulation 1/2003 applies to cartels.",
        # Numbers in names, ranks and groups.
        "Leaders of the G7 met in Hiroshima before COP28.",
        "The Group of 77 and China walked out.",
        "China is the world's second-largest economy.",
        "Brazil is one of the largest exporters of beef.",
        "Kenya is one of 54 African members.",
        "The minister flew in on a Boeing 737.",
        "Kenya's Vision 2030 plan aims at growth.",
        "The 27-member bloc met in Brussels.",
        "Ukraine proposed a 10-point peace plan.",
        "The country ranks No. 1 in the index.",
        "Brazil beat Argentina 3-1 in the final.",
        "Iran and the P5+1 resumed talks in Vienna.",
        "The Covid-19 pandemic hit trade hard.",
        # A letter and a number that name a road, a mask or a route, not the rand's or the naira's amount.
        "The N95 masks ran out.",
        "The R2 route reopened on Monday.",
        # A telephone number.
        "Call the embassy on +44 20 7946 0958 for details.",
        # The face value of a banknote or a coin.
        "The Rs 2,000 note was withdrawn from circulation.",
        "A $100 bill was found at the scene.",
        "Britain issued a new £50 note.",
    ],
)
def test_numbers_that_are_no_figure(text):
    assert _points(text + "\n") == []


@pytest.mark.parametrize(
    ("text", "base"),
    [
        ("Chile's exports fell 2% YoY.", "a year earlier"),
        ("Korea's chip exports were up 14% y/y.", "a year earlier"),
        ("Mexico's imports from China fell 3% y-o-y in March.", "a year earlier"),
        ("India's output rose 0.5% m/m.", "a month earlier"),
        ("Japan's exports rose 6.2% from the same month last year.", "the same month last year"),
        ("Peru's copper exports fell 4% year-over-year.", "a year earlier"),
        ("Vietnam's exports were 15% lower than in 2022.", "2022"),
        ("Peru's exports rose 4% compared with 2023.", "2023"),
        ("Kenya's exports rose 5% from 2020 to 2022.", None),
    ],
)
def test_the_base_of_a_change_written_short_and_long(text, base):
    [point] = of_type(_draft(text + "\n"), "data_point")
    assert point["change"].get("base") == base


def test_an_amount_with_a_scale_before_bill_is_a_figure():
    assert _points("Congress passed a $1.2 trillion bill.\n") == [("1200000000000", "USD", "talks", None, None)]

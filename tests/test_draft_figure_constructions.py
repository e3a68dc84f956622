"""kb draft's reading of figures in constructions of news English, on sentences made for the tests: units written
short ("75,000 b/d", "40 bcm", "35.8 Mt"), decimal commas ("3,5 per cent"), a change "by a combined" amount, a
percentage "more" or "fewer" than before, a second amount of a change ("and another …"), the doer of a participle
of giving or asking ("…, seeking $4 billion") and a country opening its sentence after a compound adjective
("War-battered Yemen")."""

from __future__ import annotations

import pytest
from drafting import drafted, imports, of_type, whose_figures

from kb.draft.figures import figures

pytestmark = pytest.mark.usefixtures("talks")


@pytest.mark.parametrize(
    ("words", "found"),
    [
        # Barrels per day, with the scale the letters hold, spaced or joined to the number.
        ("Kazakhstan may add 75,000 b/d in February.", [("75000", "barrels per day")]),
        ("The group will raise output by 0.4 mb/d from August.", [("400000", "barrels per day")]),
        ("Iraq pumped 4.6mb/d, trimmed 220 kb/d.", [("4600000", "barrels per day"), ("220000", "barrels per day")]),
        ("Nigeria produced 1.5 million b/d in May.", [("1500000", "barrels per day")]),
        # Gas in billion cubic metres (or feet), a year when it says so; tonnes in thousands, millions, billions.
        ("Russia will ship 40bcm/year and 15.5 bcm of gas a year.", [("40000000000", "cubic metres per year"),
                                                                      ("15500000000", "cubic metres per year")]),
        ("Reserves of 1.2 tcm and sales of 3 bcf a day", [("1200000000000", "cubic metres"),
                                                           ("3000000000", "cubic feet per day")]),
        ("Emissions fell to 35.8 Mt, against 1.5 Gt worldwide and 500 kt of waste.",
         [("35800000", "tonnes"), ("1500000000", "tonnes")]),  # "kt" is knots too: no unit
        ("We have 5 Mt CO2 left.", [("5000000", "tonnes")]),  # megatonnes, not metric tons
        ("Exports hit 3 MMT of wheat; Qatar adds 16 mtpa; reserves of 10 tcf.", [("3000000", "metric tons"),
                                                                               ("16000000", "tonnes per year"),
                                                                               ("10000000000000", "cubic feet")]),
        # Not inside a longer word or path, and "mt" stays metric tons.
        ("He read 40 bcms and 5 b/day; the quota is 230,536 mt.", [("230536", "metric tons")]),
    ],
)  # fmt: skip
def test_units_written_short_hold_their_scale(words, found):
    assert [(figure.value, figure.unit) for figure in figures(words)] == found


@pytest.mark.parametrize(
    ("words", "found"),
    [
        ("Exports were 3,5 per cent higher.", [("3.5", "percent")]),
        ("a rate of 27,5 % for cars and 12,50 percent for trucks", [("27.5", "percent"), ("12.5", "percent")]),
        ("The fund holds €2,5 billion.", [("2500000000", "EUR")]),
        # A range's bounds.
        (
            "rates of 2,5-3,5 % and between 1,5 and 2,25 percent",
            [("2.5", "percent"), ("3.5", "percent"), ("1.5", "percent"), ("2.25", "percent")],
        ),
        # A thousands separator stays one; a comma before a number with no percentage or scale is no decimal.
        ("Peru sent 1,000 tonnes, 2,000,5 percent and 1,5 tonnes.", [("1000", "tonnes")]),
    ],
)
def test_a_decimal_comma_before_a_percentage_or_a_scale(words, found):
    assert [(figure.value, figure.unit) for figure in figures(words)] == found


def _changes(kb, text: str) -> list[tuple[str | None, str | None, str | None]]:
    points = of_type(drafted(kb, text), "data_point")
    return [(p.get("value"), *((p["change"]["direction"], p["change"]["amount"]) if "change" in p else (None, None)))
            for p in points]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "by" and one word before the amount: "a combined", "a whopping", "an estimated".
        ("Russia and Kazakhstan may boost their output by a combined 75,000 b/d.", [(None, "rise", "75000")]),
        ("Chile cut its catch by a whopping 40% last year.", [(None, "fall", "40")]),
        ("Norway lifted its quota by an estimated 12,000 tonnes.", [(None, "rise", "12000")]),
        # A second amount of the same change: "and another", "and a further", "an additional".
        (
            "Peru raised its tariff by 2% in May and a further 3% in June.",
            [(None, "rise", "2"), (None, "rise", "3")],
        ),
        (
            "Chile cut its catch by 10,000 tonnes in 2023, and an additional 5,000 tonnes in 2024.",
            [(None, "fall", "10000"), (None, "fall", "5000")],
        ),
        # A percentage more, less or fewer is a change; an amount more is an amount.
        ("Donors pledged 30% more this year than last year.", [(None, "rise", "30")]),
        ("Peru landed 20 percent fewer tonnes of anchovy than a year earlier.", [(None, "fall", "20")]),
        ("Chile now pays 15 per cent less for gas than in 2021.", [(None, "fall", "15")]),
        ("The EU will give Kenya €2 billion more this year.", [("2000000000", None, None)]),
        # An amount more or less "than" another is a change.
        ("Saudi Arabia pledged $250 million more than last year.", [(None, "rise", "250000000")]),
        ("Norway landed 20,000 tonnes less than in 2022.", [(None, "fall", "20000")]),
    ],
)
def test_changes_in_more_wordings(kb, sentence, expected):
    assert _changes(kb, sentence + "\n") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenya asked for help.\n\nLONDON - In an effort to ease the suffering of its people, the United Nations "
            "held a donor conference in Geneva today, seeking $4 billion from its members for its work in Yemen.\n",
            [("4000000000", "united-nations", None)],
        ),
        (
            "Chile asked for help.\n\nThe European Union opened the talks in Brussels, offering Kenya a further "
            "€300 million in aid.\n",
            [("300000000", "european-union", None)],
        ),
        (
            "Peru met donors.\n\nOn Monday, Canada announced new sanctions, pledging an additional C$500 million to "
            "Ukraine.\n",
            [("500000000", "canada", "ukraine")],
        ),
        (
            "Peru met donors.\n\nJapan gave $1 billion to Chile on Monday, bringing its total contribution to "
            "$5 billion.\n",
            [("1000000000", "japan", "chile"), ("5000000000", "japan", None)],
        ),
        # A lender's amount stays the borrower's; no body opening the clause, no doer.
        (
            "Zambia waited.\n\nThe IMF approved the programme, providing $1.3 billion.\n",
            [("1300000000", "zambia", None)],
        ),
    ],
)
def test_the_doer_of_a_participle_of_giving_or_asking_owns_the_figure(kb, text, expected):
    assert whose_figures(kb, text) == expected


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Kenya held talks.\n\nWar-battered Yemen is facing the worst crisis, with some 24 million people "
            "requiring aid.\n",
            "yemen",
        ),
        ("Kenya held talks.\n\nDebt-laden Zambia said it needed $13 billion, with bondholders waiting.\n", "zambia"),
        ("Kenya held talks.\n\nThe oil-rich UAE, with $900 billion in reserves, agreed.\n", "united-arab-emirates"),
    ],
)
def test_a_country_opens_its_sentence_past_a_compound_adjective(kb, text, subject):
    (point,) = of_type(drafted(kb, text), "data_point")
    assert point["subject"] == subject


def test_a_quota_in_barrels_per_day_written_short_imports(kb, runner, tmp_path):
    text = "Saudi Arabia will hold its output to 8.125 million b/d, well below its quota of 9.119 mb/d.\n"
    payloads = drafted(kb, text)
    points = of_type(payloads, "data_point")
    assert [(p["value"], p["unit"], p["subject"]) for p in points] == [
        ("8125000", "barrels per day", "saudi-arabia"),
        ("9119000", "barrels per day", "saudi-arabia"),
    ]
    imports(runner, payloads, tmp_path)


def _amounts(kb, text: str) -> list[tuple[str, str]]:
    """Each data point's value and the first words of its sentence."""
    return [(p["value"], p["_draft"]["sentence"][:12]) for p in of_type(drafted(kb, text), "data_point")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The headline's amount that the story gives again is the story's.
        (
            "Donors pledge $1.2 billion for Sudan\n\nDonors meeting in Paris pledged $1.2 billion for Sudan on "
            "Monday, the French foreign ministry said.\n",
            [("1200000000", "Donors meeti")],
        ),
        # So is a summary's above the story's dateline.
        (
            "Climate deal reached\n\nPoor nations got a promise of $300 billion a year from rich ones.\n\nBAKU, "
            "Azerbaijan — Countries agreed on Sunday that rich nations should pay $300 billion a year.\n",
            [("300000000000", "BAKU, Azerba")],
        ),
        # With no dateline, a summary is the story: its amount again is another figure's.
        (
            "Climate deal reached\n\nPoor nations got a promise of $300 billion.\n\nCountries agreed that Chile "
            "should pay $300 billion.\n",
            [("300000000000", "Poor nations"), ("300000000000", "Countries ag")],
        ),
        # An amount named again with "the" is the one given before.
        (
            "About $135 million in new commitments were announced this week. Germany committed €60 million, more "
            "than half of the $135 million announced so far.\n",
            [("135000000", "About $135 m"), ("60000000", "Germany comm")],
        ),
        # Percentages are many figures' ("exports fell to 12%", "the 12% tariff").
        (
            "Peru's exports fell to 12% of its output in May. Chile kept the 12% tariff on copper.\n",
            [("12", "Peru's expor"), ("12", "Chile kept t")],
        ),
        # The story's amount in a quotation is the speaker's words: the headline's stays.
        (
            'Peru offers $2 billion for the fund\n\n"We will give $2 billion," the Peruvian minister said.\n',
            [("2000000000", "Peru offers ")],
        ),
        # An amount first given in a quotation, then with "the", is a figure of its own.
        (
            '"We will lend $2 billion," Lind said on Monday. The $2 billion loan will go to Kenya.\n',
            [("2000000000", "The $2 billi")],
        ),
    ],
)
def test_an_amount_given_again_is_one_figure(kb, text, expected):
    assert _amounts(kb, text) == expected


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Chile and Peru agreed a quota that exceeds the 944,000 tonne figure recommended by ICES.\n", "ices"),
        ("Peru set a catch of 30,000 tonnes. It is below the 35,000 tonnes advised by NAFO.\n", "nafo"),
        ("Kenya said the $2 billion package proposed by COMESA was too small.\n", "comesa"),
        # A lender's stays the borrower's; an acronym that begins a longer name is no body's.
        ("Peru weighed the $5 billion offered by the IMF.\n", "peru"),
        ("Kenya took the $3 billion offered by OK Bank.\n", "kenya"),
    ],
)
def test_a_body_named_by_its_acronym_gives_or_asks_for_a_figure(kb, text, subject):
    points = of_type(drafted(kb, text), "data_point")
    assert points[-1]["subject"] == subject


def test_a_figure_an_unknown_body_recommends_imports(kb, runner, tmp_path):
    payloads = drafted(kb, "Norway backed the 944,000 tonne catch recommended by ICES.\n")
    (point,) = of_type(payloads, "data_point")
    assert (point["value"], point["subject"]) == ("944000", "ices")
    imports(runner, payloads, tmp_path)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # A sentence whose subject refers back ("The deal", "it", "Its") is of the sentence before's subject.
        (
            "Chile held talks on Monday. Later, Zambia announced a restructuring deal. The deal cuts its debt by "
            "$840 million.\n",
            "zambia",
        ),
        (
            "Chile met donors. Ghana reached a deal with its creditors on Monday. Under the plan, it will pay "
            "$200 million a year.\n",
            "ghana",
        ),
        (
            "Peru and Chile met. On Friday Kenya signed the accord with the IMF. Its programme is worth $3 billion.\n",
            "kenya",
        ),
        # "The country's" names back the country named before it in its sentence, not after "with" or "to"; else
        # the one that opens the sentence before.
        (
            "Chile met Peru. In Nigeria, the government said the country's output fell to 1.3 million bpd.\n",
            "nigeria",
        ),
        (
            "Chile met Peru on Monday. Separately, Ghana's president spoke in Accra. The country's cocoa exports "
            "rose 5%.\n",
            "ghana",
        ),
        ("Chile met Peru. Kenya's deal was approved. After talks with Peru, the nation's exports grew 4%.\n", "kenya"),
        # A day may lead into the sentence without a comma.
        ("Peru met Chile. Last week Ghana paid $2 billion to its bondholders.\n", "ghana"),
        # No reference back: the country the text names first.
        ("Chile spoke first. Canada said it would wait. Exports of copper reached $3 billion.\n", "chile"),
    ],
)
def test_a_figure_whose_sentence_refers_back_is_of_the_sentence_before_s_subject(kb, text, subject):
    (point,) = of_type(drafted(kb, text), "data_point")
    assert point["subject"] == subject


@pytest.mark.parametrize(
    ("words", "found"),
    [
        ("Ukraine freed 75 POWs on Sunday and 20 on Monday.", [("75", "POWs"), ("20", "POWs")]),
        ("The Houthis released 64 fishermen, 12 sailors and 20 crew.", [("64", "fishermen"), ("12", "sailors"),
                                                                          ("20", "crew")]),
        ("Iran freed five US citizens and 16 Saudi nationals.", [("5", "citizens"), ("16", "nationals")]),
        ("Some 200 seafarers remain stranded; 40 helicopters will deploy.", [("200", "seafarers"),
                                                                             ("40", "helicopters")]),
        ("Russia handed over 500 bodies.", [("500", "bodies")]),
        # Still no count of a bloc's members.
        ("The 27 EU members agreed.", []),
    ],
)  # fmt: skip
def test_more_people_and_craft_are_counted(words, found):
    assert [(figure.value, figure.unit) for figure in figures(words)] == found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A trade gap or shortfall is a trade deficit.
        ("Chile's trade gap widened to $80 billion.", ("trade_deficit", "chile", None)),
        ("Peru's trade shortfall with China narrowed by $2 billion.", ("trade_deficit", "peru", "china")),
        # A rate on goods, imports or products, no other metric named, is a tariff.
        ("Washington will charge 15% on most Japanese goods.", ("tariff_rate", "united-states", "japan")),
        ("Chile set 10 percent on Chinese steel and aluminium.", ("tariff_rate", "chile", "china")),
        # Not a share of something, nor a rate on something else.
        ("Peru said 40% of its exports are copper.", ("share", "peru", None)),
        ("Kenya will cut VAT to 14% on fuel.", ("share", "kenya", None)),
    ],
)
def test_a_trade_gap_is_a_deficit_and_a_rate_on_goods_a_tariff(kb, sentence, expected):
    (point,) = of_type(drafted(kb, sentence + "\n"), "data_point")
    assert (point["metric"], point["subject"], point.get("counterpart")) == expected


@pytest.mark.parametrize(
    ("sentence", "metric"),
    [
        ("Inbound gold shipments to Chile hit a record $14.8 billion last month.", "imports"),
        ("Chile's copper shipments hit a record $14.8 billion last month.", "exports"),
    ],
)
def test_inbound_shipments_are_imports_and_shipments_exports(kb, sentence, metric):
    (point,) = of_type(drafted(kb, sentence + "\n"), "data_point")
    assert point["metric"] == metric


def test_imports_a_tariff_falls_on_their_worth_before_them_name_no_metric_of_the_rate_after_them(kb):
    sentence = "Chile will leave tariffs on $200 billion worth of Peruvian imports at 10 percent.\n"
    rates = [p["metric"] for p in of_type(drafted(kb, sentence), "data_point") if p.get("unit") == "percent"]
    assert rates == ["tariff_rate"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A haircut, a write-down or a devaluation after its amount is a fall.
        ("Creditors agreed to a 20 percent writedown of Zambia's debt.", [(None, "fall", "20")]),
        ("Egypt announced a 14% devaluation of the pound.", [(None, "fall", "14")]),
        ("Bondholders took a 37% haircut, Peru said.", [(None, "fall", "37")]),
        # Verbs of rallying and collapsing.
        ("The rouble rallied 4% against the dollar.", [(None, "rise", "4")]),
        ("Russia's exports to Europe collapsed 40% in 2023.", [(None, "fall", "40")]),
        ("Chile's reserves swelled by $3 billion.", [(None, "rise", "3000000000")]),
        # The amount in words first, then in figures: "by nearly a third, or 31%".
        ("Exports fell by nearly a third, or 31%, to $4 billion.", [("4000000000", "fall", "31")]),
        ("Zambia's debt was cut by about half, or $6 billion.", [(None, "fall", "6000000000")]),
    ],
)
def test_more_words_of_a_change(kb, sentence, expected):
    assert _changes(kb, sentence + "\n") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A body that gives, sends, pays or owes someone an amount: its own, the one it goes to its counterpart.
        ("Chile met Peru. The EU agreed to give Ukraine €50 billion.\n", ("european-union", "ukraine")),
        ("Chile met Peru. Saudi Arabia will send Pakistan $3 billion in oil.\n", ("saudi-arabia", "pakistan")),
        ("Chile met Peru. Zambia owes China $4 billion.\n", ("zambia", "china")),
        ("Chile met Peru. Norway paid Brazil $1 billion for forest protection.\n", ("norway", "brazil")),
        # No body gives it: a share allotted to the one named; a lender's or a loan: the borrower's.
        ("The division gives the EU 503,245 tonnes.\n", ("european-union", None)),
        ("Chile met Peru. The IMF will give Egypt $3 billion.\n", ("egypt", "international-monetary-fund")),
        ("Chile met Peru. China gave Laos $1 billion in loans.\n", ("laos", None)),
    ],
)
def test_a_body_giving_or_owing_someone_an_amount_owns_it(kb, text, expected):
    (point,) = of_type(drafted(kb, text), "data_point")
    assert (point["subject"], point.get("counterpart")) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A body that accounts for, supplies, makes up or takes a percentage of a whole: its share, the whole's
        # owner the other side (as "China's share of Peru's exports" would say).
        ("China accounted for 30% of Peru's exports last year.", ("share", "china", "peru")),
        ("Russia supplied 40% of the EU's gas imports before the war.", ("share", "russia", "european-union")),
        ("The EU accounts for about 14% of world trade.", ("share", "european-union", None)),
        ("Japan took 21% of Chile's copper.", ("share", "japan", "chile")),
        # A body after a preposition is no subject of the verb: the exports' part.
        ("Exports to China made up 26.5 percent of Korea's total exports.", ("exports", "south-korea", "china")),
    ],
)
def test_a_body_s_part_of_a_whole_is_its_share(kb, sentence, expected):
    (point,) = of_type(drafted(kb, sentence + "\n"), "data_point")
    assert (point["metric"], point["subject"], point.get("counterpart")) == expected


@pytest.mark.parametrize(
    ("words", "found"),
    [
        # A scaled amount joined to its currency by a hyphen, as a compound before its noun.
        (
            "A 1.5-trillion-yen package, a 50-billion-euro fund and a 10-million-dollar deal.",
            [("1500000000000", "JPY"), ("50000000000", "EUR"), ("10000000", "USD")],
        ),
        ("a five-dollar bill and a 5-dollar bill", []),
        # A count scaled by "bn" or "mn" as by "billion" or "million" (not "m", which may be metres).
        ("The deal covers 2.3bn people and 1.4mn refugees; a 100m sprint.", [("2300000000", "people"),
                                                                              ("1400000", "refugees")]),
    ],
)  # fmt: skip
def test_a_currency_joined_by_a_hyphen_and_counts_scaled_short(words, found):
    assert [(figure.value, figure.unit) for figure in figures(words)] == found


def test_a_quantity_per_capita_per_head_or_per_person_is_a_rate():
    words = "Emissions of 15 tonnes per capita and 2 tonnes per head; 300 litres per person; 7 tonnes per year."
    assert [(figure.value, figure.unit) for figure in figures(words)] == [
        ("15", "tonnes per capita"),
        ("2", "tonnes per head"),
        ("300", "litres per person"),
        ("7", "tonnes per year"),
    ]

"""kb draft's reading of the ways English states an amount and its change, on sentences made for the
tests: numbers in words, currencies written as signs, codes and names, units of measure, a change with
an adverb or a measure after "by", a list that gaps the change's verb, and whose a figure is after
"told … that" or in a list after "with"."""

from __future__ import annotations

import pytest
from drafting import drafted, imports, of_type

from kb.draft.figures import figures

pytestmark = pytest.mark.usefixtures("talks")


@pytest.mark.parametrize(
    ("words", "found"),
    [
        # Numbers in words: the teens, tens with their units, and a half more.
        ("Peru pledged seventeen billion dollars.", [("17000000000", "USD")]),
        ("Tariffs of twenty-five percent and thirty two per cent.", [("25", "percent"), ("32", "percent")]),
        ("The fund holds two and a half billion euros.", [("2500000000", "EUR")]),
        ("Fourteen million tonnes of grain left the port.", [("14000000", "tonnes")]),
        # A count in words without a scale: of what news counts (counts.py), not of delegates or days.
        ("twenty-five people came and forty-one stayed", [("25", "people")]),
        ("twenty-five delegates came for forty-one days", []),
        # Currency signs and prefixed dollars and pounds of other countries.
        ("Trade with Asean rose to RM36.17 billion.", [("36170000000", "MYR")]),
        ("a deficit of ฿1.2 trillion and ₴50 billion in bonds", [("1200000000000", "THB"), ("50000000000", "UAH")]),
        ("Mexico owes MX$40 billion; Egypt E£30 billion.", [("40000000000", "MXN"), ("30000000000", "EGP")]),
        ("The FIRM 30 rule", []),  # "RM" inside a word is no sign
        # More ISO codes and signs before an amount, and more countries' adjectives before their currency's name.
        ("QAR 10 billion, KWD 1 billion and UGX 5 trillion", [("10000000000", "QAR"), ("1000000000", "KWD"),
                                                             ("5000000000000", "UGX")]),
        ("Tsh 2 trillion and USh 5 trillion", [("2000000000000", "TZS"), ("5000000000000", "UGX")]),
        ("30 billion Moroccan dirhams and 2 billion South Sudanese pounds", [("30000000000", "MAD"),
                                                                             ("2000000000", "SSP")]),
        # A country's abbreviation or nickname before its dollars.
        ("exports of 125 billion NZ dollars", [("125000000000", "NZD")]),
        ("3 billion HK dollars and 2 billion Aussie dollars", [("3000000000", "HKD"), ("2000000000", "AUD")]),
        # Units of measure in two words.
        ("12 billion cubic metres of gas and 40 billion cubic meters", [("12000000000", "cubic metres"),
                                                                        ("40000000000", "cubic meters")]),
        ("Pipelines carry 2 million gallons a day.", [("2000000", "gallons per day")]),
        # "marks" as a verb after a year or before a determiner, and as a currency after an amount.
        ("October 2018 marks the 10-year anniversary; 2019 marks a decade.", []),
        ("The surplus was 4.3 billion marks a year earlier.", [("4300000000", "DEM")]),
    ],
)  # fmt: skip
def test_the_ways_an_amount_is_written(words, found):
    assert [(figure.value, figure.unit) for figure in figures(words)] == found


def test_an_amount_in_brackets_after_a_percentage_is_a_figure_of_its_own_not_its_conversion():
    [share, amount] = figures("Trade increased by 22.5 per cent (RM11.16 billion).")
    assert (share.value, share.converted, amount.value, amount.unit) == ("22.5", None, "11160000000", "MYR")
    [money] = figures("Japan paid $5 billion (RM20 billion).")
    assert (money.value, money.converted) == ("5000000000", "RM20 billion")


def _points(kb, text: str) -> list[tuple[str, str | None, str | None, str | None, str | None]]:
    """Each data point's metric, value, direction and amount of change, and subject."""
    return [
        (p["metric"], p.get("value"), p.get("change", {}).get("direction"), p.get("change", {}).get("amount"),
         p["subject"])
        for p in of_type(drafted(kb, text), "data_point")
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "change"),
    [
        # An adverb between the verb and its amount.
        ("Chile's imports declined slightly by 1.2 per cent last month.\n", ("fall", "1.2")),
        ("Peru's exports rose sharply 9% in May.\n", ("rise", "9")),
        ("Brazil's output grew modestly by 2 percent.\n", ("rise", "2")),
        # What measures the amount after "by", and the passive of a verb of making a change.
        ("Ukraine's debt would be reduced by the equivalent of almost eight billion euros.\n", ("fall", "8000000000")),
        ("Canada's tariffs were raised by an additional 10 percent.\n", ("rise", "10")),
        ("Chile's exports fell by a further 3% in June.\n", ("fall", "3")),
        # Trimming or shaving an amount off a level.
        ("The deal would trim nearly $1.5 trillion from projected deficits.\n", ("fall", "1500000000000")),
        ("Peru shaved $2 billion off its budget.\n", ("fall", "2000000000")),
        ("Mexico hiked tariffs by 5 percent.\n", ("rise", "5")),
    ],
)
def test_a_change_s_verb_with_words_between_it_and_its_amount(kb, text, change):
    [point] = _points(kb, text)
    assert point[2:4] == change


def test_a_list_that_gaps_the_change_s_verb_gives_each_conjunct_the_change_metric_and_subject(kb):
    text = (
        "Malaysia's trade statistics came out. Trade with Singapore increased by 22.5 per cent (RM11.16 billion),"
        " Vietnam by 14.5 per cent (RM2.36 billion) and Laos by 72.4 per cent (RM4.3 million).\n"
    )
    points = of_type(drafted(kb, text), "data_point")
    assert [(p["metric"], p.get("change", {}).get("amount"), p.get("value")) for p in points] == [
        ("trade", "22.5", None), ("trade", None, "11160000000"), ("trade", "14.5", None),
        ("trade", None, "2360000000"), ("trade", "72.4", None), ("trade", None, "4300000"),
    ]  # fmt: skip
    assert {p["subject"] for p in points} == {points[0]["subject"]}
    assert [p["counterpart"] for p in points] == [
        points[0]["counterpart"], points[0]["counterpart"], points[2]["counterpart"], points[2]["counterpart"],
        points[4]["counterpart"], points[4]["counterpart"],
    ]  # fmt: skip
    assert len({points[0]["counterpart"], points[2]["counterpart"], points[4]["counterpart"]}) == 3


@pytest.mark.parametrize(
    "text",
    [
        "Exports to China rose 5% in May, Japan 3% and Korea 2%.\n",
        "Sales to Chile fell by 4 percent and to Peru by 6 percent and to Brazil by 1 percent.\n",
        "Trade with Thailand and Cambodia went down by 12.3 per cent and 41.8 per cent respectively.\n",
    ],
)
def test_every_conjunct_of_a_gapped_list_is_a_change(kb, text):
    points = _points(kb, text)
    assert len(points) >= 2 and all(point[2] == points[0][2] and point[1] is None for point in points)


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("Chile's exports grew 4.4% in May, accelerating from 3.1% in April.\n", "rise"),
        ("Chile's exports rose 5% last month, compared with 3% in March.\n", "rise"),
        ("Chile's exports fell 1.7% in May, easing from 2.1% in April.\n", "fall"),
        ("Chile's exports rose 2.6% year-on-year in May, after a revised 3.1% in April.\n", "rise"),
    ],
)
def test_a_bare_figure_a_change_is_compared_with_is_a_change_too(kb, text, direction):
    """The earlier month's figure is the change then, not a level of exports of 3.1%."""
    points = _points(kb, text)
    assert len(points) == 2
    assert all(point[1] is None and point[2] == direction and point[0] == "exports" for point in points)


@pytest.mark.parametrize(
    "text",
    [
        # Past the level the change led to, and an adverb of how much.
        "Chile's exports rose 8.3% y/y to USD 328.6 billion, accelerating from 4.4% in August.\n",
        "Chile's exports climbed 7.4% y/y, up sharply from 4.4% in August.\n",
    ],
)
def test_a_bare_figure_compared_past_a_level_or_an_adverb_is_a_change_too(kb, text):
    points = _points(kb, text)
    assert ("exports", None, "rise", "4.4", "chile") in points
    assert all(point[1] != "4.4" for point in points)  # no level of exports of 4.4%


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Imports ended three months of consecutive drops in September, up 2.4 percent from a year earlier to "
         "$158.68 billion, Chile's data showed.\n", "imports"),
        ("Chile's total foreign trade went up 6.3 percent in September and expanded 6.2 percent year on year to "
         "$2.84 trillion in the first nine months.\n", "trade"),
    ],
)  # fmt: skip
def test_the_keyword_a_sentence_opens_with_measures_a_figure_far_from_any_other(kb, text, metric):
    points = of_type(drafted(kb, text), "data_point")
    assert points[-1]["metric"] == metric


def test_a_surplus_widening_by_a_percentage_is_a_change(kb):
    points = _points(kb, "Chile's trade surplus widened, with its surplus widening 46 percent in the period.\n")
    assert points[-1][1:4] == (None, "rise", "46")


def test_the_country_of_a_dollar_is_no_party_to_a_figure(kb):
    text = "Chile's exports rose.\n\nIn US dollar-denominated terms, the country's exports edged up 0.4 percent.\n"
    assert [point[4] for point in _points(kb, text)] == ["chile"]


def test_figures_according_to_someone_s_calculations_are_no_one_s_statement(kb):
    text = "Chile's imports fell 10.2%, which left a surplus of $4 billion, according to Reuters calculations.\n"
    payloads = drafted(kb, text)
    assert of_type(payloads, "statement") == []
    assert len(of_type(payloads, "data_point")) == 2


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("Annual growth in Chile's imports accelerated sharply to 16.7 percent in January from 3.1 percent.\n",
         [("rise", "16.7"), ("rise", "3.1")]),
        ("The year-on-year decline in Chile's imports narrowed sharply to 1.4% in March.\n", [("fall", "1.4")]),
        ("Chile's export growth slowed to 2.1% in March from 4.5% in February.\n", [("rise", "2.1"), ("rise", "4.5")]),
        ("Chile's exports fell by 8.7% in November and 9.9% in December.\n", [("fall", "8.7"), ("fall", "9.9")]),
    ],
)  # fmt: skip
def test_a_rate_of_change_that_moved_to_a_figure_is_a_change_not_a_level(kb, text, changes):
    points = _points(kb, text)
    assert [(point[2], point[3]) for point in points] == changes
    assert all(point[1] is None for point in points)  # no level of imports of 16.7%


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile's exports dropped 1.2% on an unadjusted basis to $6.4 billion in May.\n",
         [("exports", "6400000000", "fall", "1.2", "chile")]),
        ("Chile's exports to Peru added 4.3 percent to $1.3 billion in May.\n",
         [("exports", "1300000000", "rise", "4.3", "chile")]),
        ("Chile's exports were up 7.8 percent on year to $6.8 billion, missing forecasts for an increase of 8.7 "
         "percent but up from 2.1 percent in the previous month.\n",
         [("exports", "6800000000", "rise", "7.8", "chile"), ("exports", None, "rise", "2.1", "chile")]),
    ],
)  # fmt: skip
def test_a_change_to_a_level_past_its_basis_or_a_missed_forecast(kb, text, expected):
    assert _points(kb, text) == expected


def test_a_figure_a_sentence_that_refers_back_gives_measures_what_the_one_before_does(kb):
    text = "Chile's exports fell 28.3% in May from a year earlier.\n\nIt followed a 21.9% decline in April.\n"
    assert [point[0] for point in _points(kb, text)] == ["exports", "exports"]


def test_an_economy_s_growth_rate_that_moved_stays_a_level(kb):
    points = _points(kb, "Chile's GDP growth slowed to 2.1% in March.\n")
    assert [(point[1], point[2]) for point in points] == [("2.1", None)]


def test_a_level_a_level_is_compared_with_stays_a_level(kb):
    points = _points(kb, "Chile's inflation rose to 3.4% in May, up from 3.1% in April.\n")
    assert [(point[1], point[2]) for point in points] == [("3.4", None), ("3.1", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Exports rose 5%, Japan's 30% share held.\n",  # a possessive opens no conjunct: a level of its own
        "Exports rose 5% to $3 billion, Japan said.\n",
    ],
)
def test_a_figure_after_a_change_and_a_comma_is_no_conjunct_of_it_without_a_name_or_by(kb, text):
    points = _points(kb, text)
    assert points[-1][1] is not None and points[-1][2] in (None, "rise")
    assert sum(point[1] is None for point in points) <= 1


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("An insider told Reuters that Ukraine's payments should be less than 200 million dollars.\n", "ukraine"),
        ("A diplomat told the BBC that Chile's budget would reach $5 billion.\n", "chile"),
        ("Officials assured Japan that Peru's exports would reach $2 billion.\n", "peru"),
    ],
)
def test_whom_someone_told_is_no_party_to_the_figure_after_that(kb, text, subject):
    [point] = _points(kb, text)
    assert point[4] == subject


@pytest.mark.parametrize(
    "text",
    [
        "Malaysia's trade with Thailand and Cambodia fell by 12.3 per cent to RM3.47 billion.\n",
        "Malaysia's exports to Japan, Korea and China rose to RM8 billion.\n",
        "Malaysia's imports from Chile or Peru reached RM2 billion.\n",
    ],
)
def test_a_list_after_to_with_or_from_is_the_other_side_not_the_subject(kb, text):
    assert {point[4] for point in _points(kb, text)} == {"malaysia"}


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Stats NZ said New Zealand's goods imports were up $430 million in October.\n", "NZD"),
        ("Canada is hitting back with counter-tariffs worth $29.8 billion.\n", "CAD"),
        ("Australia's exports to China fell to $12 billion last year.\n", "AUD"),
        # The United States' figures, or a text that writes some dollars out: a bare sign is the US dollar.
        ("The United States' deficit with Canada reached $64 billion.\n", "USD"),
        ("Canada's exports reached $40 billion, or C$55 billion.\n", "USD"),
        ("Canada's exports reached $40 billion, about 55 billion Canadian dollars.\n", "USD"),
    ],
)
def test_a_bare_dollar_sign_is_the_dollar_of_the_country_whose_figure_it_is(kb, text, unit):
    points = of_type(drafted(kb, text), "data_point")
    assert points[0]["unit"] == unit
    assert all(point.get("change", {}).get("unit", point["unit"]) == point["unit"] for point in points)


@pytest.mark.parametrize(
    ("text", "level", "change"),
    [
        ("Peru's imports were up 8%, reaching $1.5 billion in October.\n", "1500000000", "8"),
        ("Chile's exports increased $11.2 billion to reach $13.5 billion.\n", "13500000000", "11200000000"),
        ("Brazil's imports have increased $6.1 billion since the October 2008 year to $12.3 billion.\n",
         "12300000000", "6100000000"),
        ("Mexico's surplus grew 4% in the first quarter to $9 billion.\n", "9000000000", "4"),
        ("Japan's exports rose a record 12% to $70 billion.\n", "70000000000", "12"),
    ],
)  # fmt: skip
def test_a_change_and_the_level_it_reached(kb, text, level, change):
    [point] = of_type(drafted(kb, text), "data_point")
    assert (point["value"], point["change"]["amount"]) == (level, change)


def test_a_figure_after_a_change_in_response_to_something_is_no_level_it_reached(kb):
    points = of_type(drafted(kb, "Japan raised tariffs by 10% in response to a 25% tariff.\n"), "data_point")
    assert [(p.get("value"), p.get("change", {}).get("amount")) for p in points] == [(None, "10"), ("25", None)]


@pytest.mark.parametrize(
    ("text", "change"),
    [
        # A change named by a noun, what it is of, then a verb that gives its amount.
        ("Peru's budget was set. Reductions in projected outlays would amount to $1.3 trillion.\n",
         ("fall", "1300000000000")),
        ("The increase in Chile’s exports came to $3 billion.\n", ("rise", "3000000000")),
        ("Cuts to output will total 2 million barrels, Brazil said.\n", ("fall", "2000000")),
        ("The rise in wages amounted to 4% in Mexico.\n", ("rise", "4")),
        # Up to five words of what a made change is of, before "by".
        ("Ukraine's deal provides for lowering the nominal value of the Eurobonds by 37 percent.\n", ("fall", "37")),
    ],
)  # fmt: skip
def test_a_change_named_by_a_noun_or_a_verb_far_from_its_amount(kb, text, change):
    [point] = _points(kb, text)
    assert point[2:4] == change


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Under the deal, India will slash tariffs on cars, reducing them from 110 to 10 percent.\n", "india"),
        ("On Tuesday, Chile said it would cut its tariff to 6 percent.\n", "chile"),
        ("Meanwhile, Peru's exports rose 5%.\n", "peru"),
        ("In 2024, Brazil cut its budget by $3 billion.\n", "brazil"),
    ],
)
def test_the_subject_of_a_sentence_after_a_phrase_that_leads_into_it(kb, text, subject):
    assert {point[4] for point in _points(kb, text)} == {subject}


@pytest.mark.parametrize(
    "text",
    [
        "Japan and Peru spoke. Japan put a 50 percent tariff on goods from Peru over its purchases of Russian oil.\n",
        "Japan and Peru spoke. Japan raised duties to 25% for their imports of Chinese steel.\n",
        "Japan and Peru spoke. Japan set a 30% levy on Peru due to its dealings with Iran.\n",
    ],
)
def test_a_country_in_the_reason_for_a_tariff_is_no_party_to_it(kb, text):
    [point] = _points(kb, text)
    assert point[4] in ("japan", "peru")


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The European Commission's provisional duties of 17.4% apply from Friday.\n", "european-union"),
        ("The White House set a 10% baseline tariff on Peru.\n", "united-states"),
        ("The Kremlin's budget for the talks was $2 billion.\n", "russia"),
    ],
)
def test_an_office_s_figure_is_that_of_the_country_or_union_it_acts_for(kb, text, subject):
    [point] = of_type(drafted(kb, text), "data_point")
    assert point["subject"] == subject


@pytest.mark.parametrize(
    "text",
    [
        "That reduction of 27.5% down to 10% helps Peru.\n",
        "Chile's cut of the levy from 25% down to 15% was welcome.\n",
        "A rise of 2% up to 4% in Brazil's rate was agreed.\n",
    ],
)
def test_a_figure_that_goes_down_or_up_to_another_is_a_level_not_a_change(kb, text):
    points = _points(kb, text)
    assert len(points) == 2 and all(point[1] is not None and point[2] is None for point in points)


def test_a_figure_cut_by_an_amount_down_to_a_level_is_still_a_change(kb):
    [cut, level] = _points(kb, "Peru cut its tariff by 15% down to 10%.\n")
    assert (cut[2], cut[3], level[1]) == ("fall", "15", "10")


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("He averted new tariffs on EU car exports to the U.S., which are worth some €50 billion a year.\n",
         "european-union"),
        ("Peru put duties on Chilean wine exports worth $2 billion.\n", "chile"),
        ("A levy on Japan's exports to Peru, worth 2 trillion yen, was dropped.\n", "japan"),
    ],
)  # fmt: skip
def test_exports_after_on_are_still_their_owner_s(kb, text, subject):
    assert _points(kb, text)[-1][4] == subject


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("Chile's exports rose for a third month, by 5%.\n", ("rise", "5")),
        ("Peru's exports fell in May by 3%.\n", ("fall", "3")),
        ("Brazil's imports dropped last year, by 2 percent.\n", ("fall", "2")),
    ],
)
def test_a_phrase_of_when_between_a_change_s_verb_and_by(kb, text, change):
    [point] = _points(kb, text)
    assert point[2:4] == change


@pytest.mark.parametrize(
    ("text", "level", "change"),
    [
        ("Japan's exports to China totalled 1.5 trillion yen, a decrease of 3%.\n", "1500000000000", ("fall", "3")),
        ("Chile's imports were $4 billion, an annual increase of 6%.\n", "4000000000", ("rise", "6")),
        ("Peru's output reached 2 million tonnes, a rise of 4%.\n", "2000000", ("rise", "4")),
    ],
)
def test_a_change_named_by_a_noun_after_its_level(kb, text, level, change):
    [point] = _points(kb, text)
    assert (point[1], *point[2:4]) == (level, *change)


@pytest.mark.parametrize(
    ("words", "values"),
    [
        ("GDP growth of -3.2% in 2020", ["-3.2"]),
        ("inflation of −0.5% and minus 2 percent", ["-0.5", "-2"]),
        ("Peru's exports (-4.1%) and a cut of minus 0.25 percentage points", ["-4.1", "-0.25"]),
        # A range's dash, or a dash between clauses, is no minus.
        ("a 5-6% rise and tariffs of 10% - the highest", ["5", "6", "10"]),
    ],
)
def test_a_minus_sign_or_word_before_a_percentage(words, values):
    assert [figure.value for figure in figures(words)] == values


def test_a_negative_percentage_drafts_and_imports(kb, runner, tmp_path):
    payloads = drafted(kb, "Peru's GDP growth was -3.2% in 2020, Chile's minus 0.5 percent.\n")
    assert [p["value"] for p in of_type(payloads, "data_point")] == ["-3.2", "-0.5"]
    imports(runner, payloads, tmp_path)


def test_import_taxes_are_a_tariff_not_imports(kb):
    points = _points(kb, "Chile's import taxes on cars were cut to 10% in May.\n")
    assert [point[0] for point in points] == ["tariff_rate"]

"""kb draft's figures and agreements on sentences made for the tests: whose figure it is, a change
or a level, counts, and what two sides agreed."""

from __future__ import annotations

import pytest
from drafting import drafted, imports, of_type

from kb.draft.figures import figures

pytestmark = pytest.mark.usefixtures("talks")


def test_a_lender_is_the_counterpart_of_the_borrower_s_figures(kb, runner, tmp_path):
    text = (
        "Ghana owes its bondholders a great deal, the finance ministry said.\n\n"
        "The World Bank approved a loan of USD 250 million for the road programme.\n\n"
        "Total public debt stood at USD 44 billion at the end of June.\n"
    )
    payloads = drafted(kb, text)
    assert [(p["value"], p["subject"], p.get("counterpart")) for p in of_type(payloads, "data_point")] == [
        ("250000000", "ghana", "world-bank"),  # the World Bank lends: Ghana's loan
        ("44000000000", "ghana", None),
    ]
    imports(runner, payloads, tmp_path)


def test_the_body_that_owns_the_metric_s_words_is_the_subject(kb):
    text = "Canada bought goods worth £42 billion of Irish exports last year, officials in Brussels said.\n"
    (point,) = of_type(drafted(kb, text), "data_point")
    assert (point["metric"], point["subject"]) == ("exports", "ireland")


@pytest.mark.parametrize(
    ("sentence", "value", "change"),
    [
        # A noun that names the change before its amount.
        ("The fund approved an increase of USD 120 million for Kenya.", None, ("rise", "120000000")),
        ("The reduction is 200,000 barrels below what Norway had offered.", None, ("fall", "200000")),
        # Cutting an amount itself, without "by".
        ("Norway kept its offer of cutting 50,000 barrels.", None, ("fall", "50000")),
        # "from the year prior" is the base of a change that led to the level after it.
        ("Kenya's exports fell 3.5 percent from the year prior to $7.2 billion.", "7200000000", ("fall", "3.5")),
        # "make up" is no change.
        ("Kenyan farms make up about 40 percent of the country's land.", "40", None),
    ],
)
def test_a_change_is_read_from_its_words_and_make_up_is_none(kb, sentence, value, change):
    (point,) = of_type(drafted(kb, sentence + "\n"), "data_point")
    assert point.get("value") == value
    assert ((point["change"]["direction"], point["change"]["amount"]) if "change" in point else None) == change


@pytest.mark.parametrize(
    ("words", "found"),
    [
        ("The two armies will swap 2,500 detainees next week.", [("2500", "detainees")]),
        ("Over 3,200 cargo ship departures left the ports.", [("3200", "cargo ship departures")]),
        ("ü  51,870:The number of Irish firms selling abroad in 2019.", [("51870", "firms")]),
        ("Some 4,000 people and 2,000 of them left.", [("4000", "people")]),  # "of them" counts nothing
        ("The meeting ended at 2025 with 300 delegates.", []),  # no thousands separator: no count
    ],
)
def test_an_unscaled_count_written_with_a_separator_counts_its_noun(words, found):
    assert [(f.value, f.unit) for f in figures(words)] == found


@pytest.mark.parametrize(
    ("words", "value", "unit"),
    [
        ("a 12pc levy on steel", "12", "percent"),
        ("a levy of 12 pct", "12", "percent"),
        ("a levy of 12 per cent", "12", "percent"),
        ("Rs 3,500 crore for ports", "35000000000", "INR"),
        ("2.5 lakh tonnes of wheat", "250000", "tonnes"),
        ("RMB 40 billion of bonds", "40000000000", "CNY"),
        ("R$ 7.5 billion in credit", "7500000000", "BRL"),
        ("12 billion rand in aid", "12000000000", "ZAR"),
        ("MNT 9 billion of arrears", None, None),  # a code the vocabulary lacks: no figure
        ("₹2,000 crore for highways", "20000000000", "INR"),
        ("₩4 trillion in subsidies", "4000000000000", "KRW"),
        ("NT$12 billion of chips", "12000000000", "TWD"),
        ("Rp 30 trillion of bonds", "30000000000000", "IDR"),
        # "a" is a number only before a scale or a percentage.
        ("Kenya will lend a billion shillings", "1000000000", "KES"),
        ("rates were cut by a percentage point", "1", "percentage points"),
        ("a trade deal for a decade", None, None),
    ],
)
def test_percent_forms_indian_scales_and_more_currencies(words, value, unit):
    assert [(f.value, f.unit) for f in figures(words)] == ([(value, unit)] if value else [])


def test_a_figure_whose_clause_names_no_body_is_the_sentence_s_subject_s(kb):
    text = (
        "Kenya signed the pact on Monday.\n\n"
        "Mercosur is a customs union of five countries (Argentina, Brazil, Paraguay, Uruguay and Bolivia), "
        "covering 290 million people.\n"
    )
    (point,) = of_type(drafted(kb, text), "data_point")
    assert (point["value"], point["subject"]) == ("290000000", "mercosur")


def test_agreements_we_reached_one_reached_as_subject_and_the_terms_a_sentence_gives(kb, runner, tmp_path):
    text = (
        "OTTAWA — Canada and Mexico held a fourth round of talks on Monday.\n\n"
        '"Tonight we have finally reached a deal with our Mexican partners," the Canadian minister said.\n\n'
        "The accord, which covers dairy and lumber, was signed in Ottawa on Tuesday.\n\n"
        "• Under the new framework, Canada will apply a 6 percent tariff on steel and aluminum from Mexico.\n\n"
        "The agreement includes Mexico's commitment to purchase $4 billion of Canadian wheat.\n\n"
        "Canada and Mexico will meet again in June.\n"
    )
    payloads = drafted(kb, text)
    agreements = [(p["parties"], p["kind"], p["status"], p.get("terms", [])) for p in of_type(payloads, "agreement")]
    assert [agreement[:3] for agreement in agreements] == [
        (["canada", "mexico"], "other", "agreed_in_principle"),  # we reached a deal: the two the text is about
        (["canada", "mexico"], "other", "signed"),  # the accord … was signed
        (["canada", "mexico"], "framework_agreement", "agreed_in_principle"),
        (["mexico", "canada"], "other", "agreed_in_principle"),  # the countries the sentence names, in order
    ]
    tariff = agreements[2][3]
    assert [(t["kind"], t.get("rate"), t.get("product_scope")) for t in tariff] == [
        ("tariff_rate", "6", "steel and aluminum")
    ]
    assert [(t["kind"], t.get("amount"), t.get("currency")) for t in agreements[3][3]] == [
        ("purchase", "4000000000", "USD")
    ]
    imports(runner, payloads, tmp_path)


def test_a_meeting_or_a_deal_to_come_is_no_agreement(kb):
    text = (
        "Canada and Mexico will meet again in June.\n\n"
        "The deal was not yet reached, officials said.\n\n"
        "Under pressure from farmers, Canada will raise a 6 percent tariff.\n"
    )
    assert of_type(drafted(kb, text), "agreement") == []


def test_an_investment_goes_to_the_body_it_is_made_in_and_a_clause_starts_at_its_comma(kb):
    text = "Kenya will buy more Irish beef, investing $3 billion in new Irish ports over five years.\n"
    (point,) = of_type(drafted(kb, text), "data_point")
    assert (point["metric"], point["subject"], point.get("counterpart")) == ("investment", "kenya", "ireland")


def test_an_amount_converted_in_brackets_is_among_the_figure_s_equivalents(kb, runner, tmp_path):
    text = "Kenya's surplus reached 95 billion shillings (about $730 million) in March.\n"
    payloads = drafted(kb, text)
    (point,) = of_type(payloads, "data_point")
    assert (point["value"], point["unit"], point["equivalents"]) == (
        "95000000000",
        "KES",
        [{"value": "730000000", "unit": "USD"}],
    )
    imports(runner, payloads, tmp_path)


@pytest.mark.parametrize(
    ("sentence", "metric", "words"),
    [
        ("Kenya will provide 4 percent of the crops.", "share", None),  # "provide" measures money only
        ("Kenya will provide $4 billion to the fund.", "finance", "provide"),
        ("Kenya keeps 90 percent of the profits from the investment.", "share", None),
        ("Kenya's investment in Irish ports reached $2 billion.", "investment", "investment"),
    ],
)
def test_a_money_metric_measures_only_money(kb, sentence, metric, words):
    (point,) = of_type(drafted(kb, sentence + "\n"), "data_point")
    assert (point["metric"], point["_draft"]["metric_from"]) == (metric, words)


@pytest.mark.parametrize(
    ("sentence", "value", "change"),
    [
        ("Kenya's exports grew for a third month, climbing 6 percent to $1.1 billion.", "1100000000", ("rise", "6")),
        ("Kenyan imports kept shrinking, sliding 2 percent to $900 million.", "900000000", ("fall", "2")),
        ("The pact should lift farm exports by $4 billion a year.", None, ("rise", "4000000000")),
    ],
)
def test_a_change_by_a_participle_or_a_verb_two_words_before_by(kb, sentence, value, change):
    (point,) = of_type(drafted(kb, sentence + "\n"), "data_point")
    assert (point.get("value"), (point["change"]["direction"], point["change"]["amount"])) == (value, change)


def test_exports_from_a_country_are_its_exports(kb):
    text = "Shipping firms carried 8 million tonnes of exports from Kenya to Irish buyers.\n"
    (point,) = of_type(drafted(kb, text), "data_point")
    assert (point["metric"], point["subject"], point.get("counterpart")) == ("exports", "kenya", "ireland")


def test_a_fact_sheet_bullet_where_a_party_commits_is_a_term_of_the_agreement_before(kb, runner, tmp_path):
    text = (
        "FACT SHEET: Canada and Mexico signed a new trade agreement on Monday.\n\n"
        "  • Mexico will buy $2 billion of Canadian canola each year.\n\n"
        "  • Farmers will gain from lower prices of 3 percent.\n\n"  # no party commits: no term
        "  • Ireland will watch the outcome closely.\n"  # not a party of the agreement before
    )
    payloads = drafted(kb, text)
    [agreement] = of_type(payloads, "agreement")  # the bullet's term is one of the agreement's, not another agreement
    assert agreement["kind"] == "trade_agreement"
    assert [(t["kind"], t["amount"], t["currency"]) for t in agreement["terms"]] == [("purchase", "2000000000", "USD")]
    assert [c["excerpt"] for c in agreement["citations"]] == [
        "Canada and Mexico signed a new trade agreement on Monday.",
        "• Mexico will buy $2 billion of Canadian canola each year.",
    ]
    imports(runner, payloads, tmp_path)


def test_the_bullets_of_a_fact_sheet_are_the_terms_of_one_agreement_each_cited(kb, runner, tmp_path):
    text = (
        "The framework agreement provides Kenyan exporters a 10 percent tariff on tea.\n\n"
        "  • Kenya will buy $3 billion of Irish machinery.\n\n"
        "  • Kenya will recognize Irish food safety standards.\n\n"
        "  • Under the framework agreement, Ireland will cut its tariff on coffee to 5 percent.\n"
    )
    payloads = drafted(kb, text)
    [agreement] = of_type(payloads, "agreement")
    assert [(t["kind"], t.get("rate") or t.get("amount")) for t in agreement["terms"]] == [
        ("tariff_rate", "10"),
        ("purchase", "3000000000"),
        ("other", None),  # a commitment without a figure: the sentence's words
        ("tariff_rate", "5"),
    ]
    assert len({t["key"] for t in agreement["terms"]}) == 4
    assert len(agreement["citations"]) == 4
    imports(runner, payloads, tmp_path)


def test_a_framework_agreement_giving_its_terms_is_a_framework_agreement(kb):
    text = "The framework agreement provides Kenya with a 5 percent tariff on Irish beef.\n"
    assert [p["kind"] for p in of_type(drafted(kb, text), "agreement")] == ["framework_agreement"]


@pytest.mark.parametrize(
    ("sentence", "metric", "unit"),
    [
        ("Kenya's external debt stood at $38 billion in June.", "debt", "USD"),
        ("Kenyan inflation eased to 4.1 percent in May.", "inflation", "percent"),
        ("Kenya's oil output reached 80,000 bpd last year.", "production", "barrels per day"),
        # A tariff rate is a percentage: money near the word is something else.
        ("The lower tariffs will save Kenyan exporters about $90 million a year.", "figure", "USD"),
        # A keyword after the figure names it only within its clause: the economy's growth, not inflation.
        ("Kenya's economy grew 5.2 percent in 2023, and inflation stayed high.", "gdp", "percent"),
    ],
)
def test_debt_inflation_and_production_and_metrics_that_fit_the_unit_and_clause(kb, sentence, metric, unit):
    (point,) = of_type(drafted(kb, sentence + "\n"), "data_point")
    assert (point["metric"], point["unit"]) == (metric, unit)


def test_an_order_s_title_and_an_announced_agreement(kb, runner, tmp_path):
    text = (
        "Executive Order 20001--Implementing the Canada-Mexico Accord\n\n"
        "On May 2, I announced a framework agreement between Canada and Mexico.\n\n"
        "Canada announced a new tariff of 5 percent on Mexican steel.\n"  # a tariff announced: no agreement
    )
    payloads = drafted(kb, text)
    assert [(p["parties"], p["kind"], p["status"]) for p in of_type(payloads, "agreement")] == [
        (["canada", "mexico"], "executive_order", "signed"),
        (["canada", "mexico"], "framework_agreement", "announced"),
    ]
    imports(runner, payloads, tmp_path)


def test_a_buyer_s_purchase_names_its_seller_as_counterpart(kb):
    text = "Under the deal, Peru will purchase $8 billion of Canadian goods over three years.\n"
    (point,) = of_type(drafted(kb, text), "data_point")
    assert (point["value"], point["subject"], point.get("counterpart")) == ("8000000000", "peru", "canada")


def test_a_clause_about_the_sentence_s_subject_by_its_is_that_subject_s(kb):
    text = (
        "Mercosur members accounted for $90 billion of Chilean trade in 2019 and its rules remove tariffs on "
        "85% of goods traded between members.\n"
    )
    points = of_type(drafted(kb, text), "data_point")
    assert [(p["value"], p["subject"]) for p in points] == [("90000000000", "chile"), ("85", "mercosur")]


def test_a_continent_s_adjective_names_no_country_and_a_clause_ends_with_its_sentence(kb):
    text = (
        "Peru owes its creditors a great deal.\n\n"
        "The South American country must pay $400 million in interest by Friday. (Reporting by Ana Ruiz in "
        "Washington and Tom Lee in London)\n"
    )
    (point,) = of_type(drafted(kb, text), "data_point")
    assert (point["value"], point["subject"], point.get("counterpart")) == ("400000000", "peru", None)


def test_imports_into_a_country_are_the_importer_s_from_the_goods_country(kb):
    text = "Imports of Peruvian goods into Canada fell 10% to $4 billion last year.\n"
    points = of_type(drafted(kb, text), "data_point")
    assert [(p["subject"], p.get("counterpart")) for p in points] == [("canada", "peru")]


def test_a_body_after_the_buying_word_sells_and_owns_no_metric_past_and(kb):
    text = (
        "Under the pact, Peru will purchase $2 billion in Canadian wheat and invest $3 billion in Canada.\n\n"
        "Chile will make purchases of Canadian energy totaling $1 billion per year.\n"
    )
    points = of_type(drafted(kb, text), "data_point")
    assert [(p["subject"], p.get("counterpart")) for p in points] == [
        ("peru", "canada"),
        ("peru", "canada"),
        ("chile", "canada"),
    ]


@pytest.mark.parametrize("word", ["Apc", "tenpc", "Abn", "Tenpct", "apct"])
def test_a_word_that_starts_like_a_number_word_is_no_figure(word):
    assert figures(f"The {word} said so.") == []


@pytest.mark.parametrize(
    ("text", "value", "unit"), [("ten%", "10", "percent"), ("a percentage point", "1", "percentage points")]
)
def test_a_number_word_before_its_unit_is_a_figure(text, value, unit):
    [figure] = figures(f"It rose {text} last year.")
    assert (figure.value, figure.unit) == (value, unit)

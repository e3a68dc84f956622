"""kb draft's reading of who gives an amount (figure_agents.py), on sentences made for the tests: a list of donors,
each with its amount ("Germany, with $100 million; Japan, with $10 million"), or ranked ("Japan led with …"), gives
each amount to its donor, not to the fund nor to the sentence's opener; and a lender's money for a country its
sentence names as its counterpart is that country's, with the lender; a body that only names the document a figure
comes from ("an IAEA report revealed that Iran …") is not its subject."""

from __future__ import annotations

import pytest
from drafting import whose_figures

pytestmark = pytest.mark.usefixtures("talks")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenya hosted the talks. Donors to the fund were Germany, with $100 million; Britain, with up to 60 "
            "million pounds; Japan, with $10 million; and the EU (including France), with at least EUR 225 million.\n",
            [("100000000", "germany"), ("60000000", "united-kingdom"), ("10000000", "japan"),
             ("225000000", "european-union")],
        ),
        (
            "Chile hosted the talks. Pledges to the adaptation fund came from Norway, with $50 million, and from "
            "Sweden, with $30 million.\n",
            [("50000000", "norway"), ("30000000", "sweden")],
        ),
        (
            "Peru hosted the talks. Japan led with $200 million in pledges, and Canada followed with $40 million, "
            "while Italy came second with $90 million.\n",
            [("200000000", "japan"), ("40000000", "canada"), ("90000000", "italy")],
        ),
        # Money in brackets after each donor, and money "from" a body in a sentence of giving.
        (
            "Peru hosted the talks. Norway ($50 million) and Sweden ($30 million) also pledged.\n",
            [("50000000", "norway"), ("30000000", "sweden")],
        ),
        (
            "Peru hosted the talks. Pledges included $100 million from Germany and $10 million from Japan.\n",
            [("100000000", "germany"), ("10000000", "japan")],
        ),
        ("Peru hosted the talks. The fund got $17.5 million from the US.\n", [("17500000", "united-states")]),
    ],
)  # fmt: skip
def test_each_donor_a_list_names_gives_its_amount(kb, text, expected):
    assert [(value, subject) for value, subject, _ in whose_figures(kb, text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # No list: whom the goods are traded with, or sent to.
        "Peru hosted the talks. Kenya's trade with China, with $5 billion in goods, grew last year.\n",
        "Peru hosted the talks. Kenya's exports to India, with $2 billion in tea, rose.\n",
        # Money from a body in a sentence of no giving, and money in brackets after a body a preposition governs.
        "Peru hosted the talks. Kenya's exports of $5 billion from Mombasa to China rose.\n",
        "Peru hosted the talks. Kenya's tariffs on China ($3 billion of goods) rose.\n",
    ],
)
def test_a_body_after_with_or_to_is_no_donor(kb, text):
    assert [subject for _, subject, _ in whose_figures(kb, text)] == ["kenya"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The International Monetary Fund said it had reached a staff-level agreement with Egypt that would make "
            "available about $1.25 billion.\n",
            ("egypt", "international-monetary-fund"),
        ),
        (
            "The World Bank, after months of talks, agreed a deal with Kenya that will release $750 million.\n",
            ("kenya", "world-bank"),
        ),
        (
            "The Asian Development Bank reached an understanding with Pakistan to unlock $2 billion in June.\n",
            ("pakistan", "asian-development-bank"),
        ),
    ],
)
def test_a_lender_s_money_for_the_country_it_deals_with_is_that_country_s(kb, text, expected):
    ((_, subject, counterpart),) = whose_figures(kb, text)
    assert (subject, counterpart) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A body that only names the document a figure comes from is not its subject: the body its clause names is.
        (
            "A confidential IAEA report revealed that Iran had increased its stockpile of uranium enriched to 60%.\n",
            "iran",
        ),
        ("A UN report showed that Kenya had raised its tariffs to 25%.\n", "kenya"),
        ("Fresh WTO estimates say Peru will grow its exports by 4% this year.\n", "peru"),
        # The owner of the data, when the clause names no other body, stays the subject, wherever it stands.
        ("China's customs data showed exports rose 5% in May.\n", "china"),
        ("Markets rose after US inflation figures showed prices up 3%.\n", "united-states"),
    ],
)
def test_a_body_naming_the_document_a_figure_comes_from_is_not_its_subject(kb, text, expected):
    assert [subject for _, subject, _ in whose_figures(kb, text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A noun of giving and "from" its giver: the giver's, the receiver its counterpart.
        ("Kenya welcomed a $100 million contribution from Germany.\n", ("germany", "kenya")),
        ("The fund received $50 million in new pledges from Japan on Monday.\n", ("japan", None)),
        ("Chile got a $2 billion aid package from the European Union.\n", ("european-union", "chile")),
        # Not a loan (the borrower's), nor goods from a country, nor a lender's aid.
        ("Peru took a $1 billion loan from China.\n", ("peru", "china")),
        ("The $2 billion in aid from the IMF helped Kenya.\n", ("kenya", "international-monetary-fund")),
    ],
)
def test_an_amount_given_from_a_body_is_that_body_s(kb, text, expected):
    ((_, subject, counterpart),) = whose_figures(kb, text)
    assert (subject, counterpart) == expected

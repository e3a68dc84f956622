"""Currencies written out by name that a country's figures are in: crowns and kroner, dinars, forints, tenge — the
country's adjective names one ("Danish kroner": DKK), else the country whose figure it is does ("9.2 billion crowns"
of Norway's exports: NOK); a crown of no country known stays as written (kb/draft/figures.py, figure_context.py).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from drafting import drafted_text, of_type


def unit_of(sentence: str) -> str:
    [point] = of_type(drafted_text(sentence + "\n"), "data_point")
    return point["unit"]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Norway's exports of salmon rose to 5 billion Norwegian crowns in March.", "NOK"),
        ("Sweden's imports fell to 3 billion Swedish kronor in March.", "SEK"),
        ("Denmark's exports reached 2 billion Danish kroner in March.", "DKK"),
        ("The Czech Republic's imports rose to 7 billion Czech crowns in March.", "CZK"),
        ("Kuwait's exports fell to 1.2 billion Kuwaiti dinars in March.", "KWD"),
        ("Iceland's exports of fish were 40 billion kronur in March.", "ISK"),
        ("Hungary's exports rose to 900 billion forints in March.", "HUF"),
        ("Norway's exports of salmon rose to 5 billion crowns in March.", "NOK"),  # the country's crown
        ("Sweden's imports fell to 3 billion crowns in March.", "SEK"),
        ("Jordan's exports fell to 600 million dinars in March.", "JOD"),
    ],
)
def test_a_currency_named_is_its_code(sentence, unit):
    assert unit_of(sentence) == unit


def test_a_crown_of_no_country_known_stays_as_written():
    assert unit_of("Exports of the region rose to 5 billion crowns in March.") == "crowns"


def test_a_crown_without_an_amount_is_no_figure():
    assert of_type(drafted_text("The crown prince attended the talks in Oslo.\n"), "data_point") == []

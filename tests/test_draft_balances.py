"""A government's balance and a country's current account are metrics of their own, never a trade deficit: "a
primary fiscal deficit of 2.5 per cent of GDP" is a fiscal_deficit (kb/draft/measures.py). Sentences written for these
tests."""

from __future__ import annotations

import pytest
from drafting import drafted_text, of_type


@pytest.mark.parametrize(
    ("sentence", "metric"),
    [
        ("Ghana's budget deficit narrowed to 4.5% of GDP in 2024.", "fiscal_deficit"),
        (
            "The programme seeks to reduce Peru's primary fiscal deficit to 2.5 per cent of GDP in 2025.",
            "fiscal_deficit",
        ),
        ("Chile's government deficit reached $4 billion in 2024.", "fiscal_deficit"),
        ("Ghana's current account deficit widened to $2 billion in 2024.", "current_account_deficit"),
        ("Norway's current-account surplus rose to $90 billion in 2024.", "current_account_surplus"),
        ("Ghana's trade deficit reached $1.2 billion in 2024.", "trade_deficit"),
        ("Japan's trade surplus with the United States rose to $60 billion in 2024.", "trade_surplus"),
    ],
)
def test_each_balance_is_its_own_metric(sentence, metric):
    [point] = of_type(drafted_text(sentence + "\n"), "data_point")
    assert point["metric"] == metric


def test_a_balance_without_its_period_is_a_flow_of_an_unclear_period():
    [point] = of_type(drafted_text("Ghana's budget deficit narrowed to 4.5% of GDP.\n"), "data_point")
    assert point.get("period_unclear") is True

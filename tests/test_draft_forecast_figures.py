"""A market's forecast of a figure is no figure reported: a data release's "slower than the expected decline of 7.6
percent" drafts the decline reported, not the one expected (kb/draft/unreported_figures.py). Sentences written for
these tests."""

from __future__ import annotations

import pytest
from drafting import drafted_text, of_type


def amounts(text: str) -> list[str]:
    points = of_type(drafted_text(text + "\n"), "data_point")
    return [p.get("value") or p["change"]["amount"] for p in points]


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        ("Chile's exports fell 6.2 percent in September, slower than the expected decline of 7.6 percent.", ["6.2"]),
        ("Chile's exports rose 8.3% in September, exceeding expectations for 6.5% growth.", ["8.3"]),
        ("Chile's imports climbed 7.4% in September, well above the 1.8% market consensus.", ["7.4"]),
        ("Chile's trade surplus hit $90.45 billion in September, smaller than the consensus of $98.2 billion.",
         ["90450000000"]),
        ("Chile's exports rose 2.1% in March. Economists polled by Reuters had expected a 2.5% rise.", ["2.1"]),
        ("Chile's exports climbed 7.9 percent in January. Shipments were expected to climb 3.2 percent.", ["7.9"]),
        ("Chile's exports fell 28.3% in May. The fall compared with a 26.1% decrease expected by economists in a "
         "Reuters poll.", ["28.3"]),
        ("Chile's imports fell 26.2% in May, versus the median estimate of a 20.4% decrease.", ["26.2"]),
        ("Chile's exports were up 7.8 percent, missing forecasts for an increase of 8.7 percent.", ["7.8"]),
        ("Chile's imports fell 6.7% in May. The Econoday consensus estimated imports to fall by 6.1% year over year.",
         ["6.7"]),
        ("Chile's trade surplus rose to $51.35 billion. The surplus was expected to rise to $48.5 billion.",
         ["51350000000"]),
        ("Chile's trade deficit was $37.8 billion. Economists expected the country's trade deficit in November to be "
         "$23.9 billion, according to a Reuters poll.", ["37800000000"]),
    ],
)  # fmt: skip
def test_a_markets_forecast_is_no_figure(text, reported):
    assert amounts(text) == reported


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        ("Chile's exports posted a more-than-expected 5.2% rise in March.", ["5.2"]),
        ("Chile's inflation is projected to decline to 0.5 percent by December.", ["0.5"]),
        ("The IMF's world growth forecast of 3.3% was cut.", ["3.3"]),
        ("Chile's exports are expected to rise 5% this year, the ministry said.", ["5"]),  # the ministry's own
        ("The ministry expected the country's trade deficit in November to be $23.9 billion.", ["23900000000"]),
    ],
)
def test_a_projection_someone_makes_and_a_figure_beating_a_forecast_stay(text, reported):
    assert amounts(text) == reported

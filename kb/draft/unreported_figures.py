"""Figures a text gives that report no level or change of anything: a percentage that says how likely something is
("I'm 80 per cent confident", "a 15 per cent chance") and a market's forecast of the figure reported ("slower than the
expected decline of 7.6 percent", "exceeding expectations for 6.5% growth", "well above the 1.8% market consensus",
"economists polled by Reuters had expected a 2.5% rise", "a 26.1% decrease expected by economists", "versus the
median estimate of a 20.4% decrease", "missing forecasts for an increase of 8.7 percent", "The Econoday consensus
estimated imports to fall by 6.1%", a data release's "Shipments were expected to climb 3.2 percent") — never a
projection someone owns or makes ("the IMF's world growth forecast of 3.3%", "Inflation is projected to decline to
0.5 percent", "exports are expected to rise 5% this year, the ministry said"), nor the figure beating one ("a
more-than-expected 5.2% rise")."""

from __future__ import annotations

import re

from kb.draft.figures import Figure

_ODDS = re.compile(r"[ -](?:confident|sure|certain|chance|chances|probability|prospect|likely|odds)\b")
_FORECAST_BEFORE = re.compile(
    r"(?:\b(?:[Tt]he|an?) expected|\b(?:expectations|forecasts|consensus) (?:of|for)"
    r"|\b(?:median |market |consensus )estimates? (?:of|for)"  # "versus the median estimate of a 20.4% decrease"
    r"|\b(?:[Ee]conomists|[Aa]nalysts|consensus|poll)\b[^.;:]{0,60}?\b(?:had )?(?:expected|forecast|predicted"
    r"|estimated)"  # "The Econoday consensus estimated imports to fall by 6.1%"
    r"|\b(?:was|were|had been) expected to)"
    r"(?: [\w-]+){0,4} ?$"
)
# A forecaster expecting what a figure would be, further on: "Economists expected the country's trade deficit in
# November to be $23.9 billion".
_EXPECTED_TO_BE = re.compile(
    r"\b(?:[Ee]conomists|[Aa]nalysts|consensus|poll|[Mm]arkets?)\b[^.;:]{0,60}?\b(?:had )?"
    r"(?:expected|forecast|predicted|estimated)(?: [\w’'-]+){0,8} to (?:be|reach|hit|come in at|stand at|total)"
    r" (?:about |around )?$"
)
_FORECAST_AFTER = re.compile(
    r" (?:market |analysts'? |economists'? )?(?:consensus|forecasts?|expectations?|estimates?)\b"
    r"|(?: [a-z-]+){0,2} (?:expected|forecast|predicted|estimated) by\b"  # "a 26.1% decrease expected by economists"
)
_READ_BEFORE = 120  # characters before a figure where its forecast's words may be


def unreported(sentence: str, figure: Figure) -> bool:
    """Whether a figure of a sentence is odds or a market's forecast, no figure reported."""
    before = sentence[max(0, figure.start - _READ_BEFORE) : figure.start]
    return bool(
        _ODDS.match(sentence, figure.end)
        or _FORECAST_BEFORE.search(before)
        or _EXPECTED_TO_BE.search(before)
        or _FORECAST_AFTER.match(sentence, figure.end)
    )

"""Figures a text gives that report no level or change of anything: a percentage that says how likely something is
("I'm 80 per cent confident", "a 15 per cent chance") and a market's forecast of the figure reported ("slower than the
expected decline of 7.6 percent", "exceeding expectations for 6.5% growth", "well above the 1.8% market consensus",
"economists polled by Reuters had expected a 2.5% rise", a data release's "Shipments were expected to climb 3.2
percent") — never a projection someone owns or makes ("the IMF's world growth forecast of 3.3%", "Inflation is
projected to decline to 0.5 percent", "exports are expected to rise 5% this year, the ministry said"), nor the figure
beating one ("a more-than-expected 5.2% rise")."""

from __future__ import annotations

import re

from kb.draft.figures import Figure

_ODDS = re.compile(r"[ -](?:confident|sure|certain|chance|chances|probability|prospect|likely|odds)\b")
_FORECAST_BEFORE = re.compile(
    r"(?:\b(?:[Tt]he|an?) expected|\bexpectations (?:of|for)|\bconsensus (?:of|for)"
    r"|\b(?:[Ee]conomists|[Aa]nalysts)\b[^.;:]{0,60}?\b(?:had )?(?:expected|forecast|predicted|estimated)"
    r"|\b(?:was|were|had been) expected to)"
    r"(?: [\w-]+){0,3} ?$"
)
_FORECAST_AFTER = re.compile(
    r" (?:market |analysts'? |economists'? )?(?:consensus|forecasts?|expectations?|estimates?)\b"
)
_READ_BEFORE = 120  # characters before a figure where its forecast's words may be


def unreported(sentence: str, figure: Figure) -> bool:
    """Whether a figure of a sentence is odds or a market's forecast, no figure reported."""
    before = sentence[max(0, figure.start - _READ_BEFORE) : figure.start]
    return bool(
        _ODDS.match(sentence, figure.end)
        or _FORECAST_BEFORE.search(before)
        or _FORECAST_AFTER.match(sentence, figure.end)
    )

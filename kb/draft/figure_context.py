"""What a figure takes from the words around it: from the figures before it in its sentence (a list
that gaps a change's verb, an amount in brackets right after a figure), and from whose figure it is
(the dollar a bare "$" stands for)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from kb.draft.changes import Change
from kb.draft.figures import Figure
from kb.draft.lexicon import DOLLARS
from kb.draft.measures import Metric


@dataclass
class Series:
    """What the figures before one in its sentence tell of it: the last change (whose verb a list may
    gap), the metric and whose of the figure that gave it, and the figure just before with its own."""

    change: Change | None = None
    metric: Metric | None = None
    whose: dict[str, str] = field(default_factory=dict)
    previous: tuple[Figure, Metric, dict[str, str]] | None = None


_BRACKETED = re.compile(r"\s*\(\s*")


def in_brackets_after(text: str, before: Figure, figure: Figure) -> bool:
    """Whether a figure is in brackets right after another: "increased by 22.5 per cent (RM11.16 billion)"."""
    return bool(_BRACKETED.fullmatch(text, before.end, figure.start))


_BARE_DOLLAR = re.compile(r"(?:[a-z]+ ){0,3}\$")  # "$430 million", "nearly $1.5 trillion", "between $2 and …"
_DOLLARS_NAMED = re.compile(r"[A-Z]{1,3}\$|\bUSD|\bU\.?S\.? dollars?\b|\b(?:American|Canadian|Australian) dollars?\b")


@functools.lru_cache(maxsize=2)
def _dollars_named(text: str) -> bool:
    return bool(_DOLLARS_NAMED.search(text))


def currency(figure: Figure, subject: str | None, text: str) -> str:
    """A figure's unit; a bare dollar sign is the dollar of the country whose figure it is (``subject``)
    when that country's own currency is a dollar ("Stats NZ said goods imports were up $430 million":
    NZD, "Canada is hitting back with counter-tariffs worth $29.8 billion": CAD), unless the text writes
    some dollars out ("US$", "C$", "USD", "U.S. dollars"): then a bare sign is the US dollar."""
    if figure.unit != "USD" or subject not in DOLLARS or not _BARE_DOLLAR.match(figure.as_stated):
        return figure.unit
    return figure.unit if _dollars_named(text) else DOLLARS[subject]

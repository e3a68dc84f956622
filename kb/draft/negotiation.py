"""Which negotiation a text belongs to: the one given, or the one of the knowledge base whose
parties are the countries the text is about — never a guess from a text about others."""

from __future__ import annotations

import functools
import re
from collections import Counter

from kb.draft.countries import COUNTRIES
from kb.draft.dates import dateline_at
from kb.draft.known import Known
from kb.draft.measures import bodies_at
from kb.errors import KbError

ABOUT = 2  # a text is about the countries it names most, this many


def parties(known: Known, key: str) -> set[str]:
    """The countries and blocs a negotiation is between, when its name, aliases or description
    name two or more ("US–Japan tariff talks"); else none (its parties are unknown: "COP29")."""
    entity = known.entities.get(key, {})
    words = " ; ".join([entity.get("name", ""), *entity.get("aliases", []), entity.get("description") or ""])
    found = {name for _, name in bodies_at(re.sub(r"[-–—/]", " ", words)) if name in COUNTRIES}
    return found if len(found) >= 2 else set()


# Where something happens, not a side: "in Brazil", "the summit in Brasilia", a dateline's city ("Brasilia, Nov 14
# (PTI)", "BRASILIA (Reuters) -").
_IN = re.compile(r"\b(?:in|at|near|outside|inside) $")


def sides_at(text: str) -> list[tuple[int, str]]:
    """The countries and bodies a text names as sides, with where each starts (measures.bodies_at), not as places."""
    return [(at, name) for at, name in bodies_at(text) if not _a_place(text, at)]


def _a_place(text: str, at: int) -> bool:
    """Whether the country named at ``at`` is named as a place: after "in", or as a dateline's city."""
    line_start = at == 0 or text[at - 1] == "\n"
    return bool(_IN.search(text[max(0, at - 8) : at])) or (line_start and dateline_at(text, at))


def about(text: str) -> list[str]:
    """The countries and blocs the text names most, most named first (at most ABOUT)."""
    return list(_about(text))


@functools.lru_cache(maxsize=2)  # asked for each tariff a text's country faces: the text is read once
def _about(text: str) -> tuple[str, ...]:
    named = Counter(name for _, name in sides_at(text) if name in COUNTRIES)
    return tuple(name for name, _ in sorted(named.items(), key=lambda item: (-item[1], item[0]))[:ABOUT])


def negotiation_of(known: Known, given: str | None, text: str) -> str:
    """The key of the negotiation to draft ``text`` into: ``given`` (a key or a name); else the
    knowledge base's negotiation whose parties include every country the text is most about.
    Refuses, naming the candidates, when none or several fit."""
    if given:
        key = known.key_named(given)
        if key is None:
            raise KbError(
                f"--negotiation: no entity {given!r} in this knowledge base — add it with "
                "`kb add entity --kind negotiation --key ... --name ...`"
            )
        return key
    negotiations = known.negotiations()
    if not negotiations:
        raise KbError("no negotiation in this knowledge base — add one with `kb add entity --kind negotiation ...`")
    countries = about(text)
    sides = {key: parties(known, key) for key in negotiations}
    fitting = [key for key in negotiations if not sides[key] or set(countries) <= sides[key]]
    if len(fitting) == 1:
        return fitting[0]
    candidates = ", ".join(f"{key} ({' and '.join(sorted(sides[key])) or 'parties unknown'})" for key in negotiations)
    subject = f"the text is about {' and '.join(countries)}" if countries else "the text names no country"
    if not fitting:
        raise KbError(
            f"{subject}, which no negotiation here is between: {candidates} — give --negotiation KEY to draft it "
            "into one anyway, or add its negotiation with `kb add entity --kind negotiation ...`"
        )
    raise KbError(f"give --negotiation: {subject}, and more than one negotiation here may fit: {candidates}")

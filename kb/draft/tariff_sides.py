"""Who imposes a tariff and who faces it, when its clause says someone faces it ("India faces a 50% tariff on its
exports to the US": the United States', on India) or names no one who imposes it ("a 24% tariff on Japan")."""

from __future__ import annotations

import re

from kb.draft.figures import Figure
from kb.draft.measures import CLAUSE, bodies_at
from kb.draft.negotiation import about

_FACES = re.compile(
    r"\b(?:faces?|facing|faced|(?:is|are|was|were) subject to|(?:was|were|is|are|been) hit (?:with|by)"
    r"|(?:will|would|must|to) pay|pays|paid|paying)\b"  # "Vietnam will pay a 20% tariff on goods sold into America"
)


def faces(sentence: str, figure: Figure) -> bool:
    """Whether the figure's clause says its subject faces it ("Japan still faces a 10% tariff"): the
    subject is then who the tariff falls on, not who imposes it."""
    return bool(_FACES.search(_clause_before(sentence, figure)))


def _clause_before(sentence: str, figure: Figure) -> str:
    """The words of the figure's clause before it, back to CLAUSE characters and not past a full stop."""
    return sentence[max(0, figure.start - CLAUSE) : figure.start].rsplit(".", 1)[-1]


# A place or a market a tariff's goods go to, not who faces it: "olive oil will enter duty free into India, instead
# of facing a 45 percent tariff".
_WHERE = re.compile(r"\b(?:to|into|in|at|for|with|against|on|entering|reaching)\s+(?:the\s+)?$", re.IGNORECASE)


def facing(sentence: str, figure: Figure) -> str | None:
    """The country or body the figure's clause says faces it: the one named last before the word that says so
    ("goods from Vietnam would face a 20% tariff", "Japanese cars face a 25% tariff in the United States"), past
    one that names where the goods go (see _WHERE)."""
    clause = _clause_before(sentence, figure)
    said = list(_FACES.finditer(clause))
    bodies = bodies_at(clause[: said[-1].start()]) if said else []
    named = [name for at, name in bodies if not _WHERE.search(clause[max(0, at - 16) : at])]
    return named[-1] if named else None


# The exports a tariff falls on and where they go, after it in its clause: "a 15% tariff on its exports to the United
# States", "on Japanese car exports to the U.S.", "on its shipments to Canada".
_EXPORTS_TO = re.compile(
    r"[^,;:.]{0,40}?\bon (?:its |their |[A-Z][\w.’'-]*(?:[’']s)? )?(?:[a-z-]+ ){0,2}(?:exports|shipments|sales) to "
    r"(?P<market>(?:the )?[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,2})"
)


def sides(
    text: str, sentence: str, figure: Figure, subject: str | None, counterpart: str | None
) -> tuple[str, str | None, str] | None:
    """A tariff's imposer and the one it falls on, with why, given the subject and counterpart its clause names: the
    market of the exports it falls on ("The EU agreed to a 15% tariff on its exports to the United States": the
    United States', on the EU); the other of the two when the clause says one of them faces it ("Peru will face a 25%
    tariff on its steel shipments to Chile": Chile's, on Peru; not "Japanese cars face a 25% tariff in the United
    States", the United States' on Japan as the clause reads it); for a tariff on one country or body with no one
    named imposing it ("Japan faces a 10% tariff", "a 24% tariff on Japan"), the other of the two countries the text
    is about, if it is one of them (not "his tariffs on China"); else None, for the caller to find."""
    exports = _EXPORTS_TO.match(sentence, figure.end)
    market = bodies_at(exports["market"]) if exports else []
    if market:
        exporter = next((name for name in (subject, counterpart) if name and name != market[0][1]), None)
        return market[0][1], exporter, "the market of the exports it falls on"
    if subject and not faces(sentence, figure):
        return None
    faced = facing(sentence, figure)
    if subject and counterpart:
        if faced == counterpart:
            return None
        return counterpart, subject, "the country the one facing the tariff sells to"
    counterpart = counterpart or subject or faced
    parties = about(text)[:2]
    others = [name for name in parties if name != counterpart and counterpart in parties]
    if counterpart and others:
        return others[0], counterpart, "the other country the text is about (who imposes the tariff)"
    return None

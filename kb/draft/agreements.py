"""Agreements: what two parties agreed, as the sentence gives it — "Japan and the United States
agreed to hold talks", "the two sides confirmed that …", "we agreed that Japan and the U.S. will …",
"the US and the EU have reached a trade framework", "X and Y signed a memorandum of understanding",
"Trump signed an executive order implementing his agreement with Japan" — with its kind, its status
(procedural when all they agreed is how to go on: to hold, continue or resume talks) and its parties."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kb.draft.dates import clause_around
from kb.draft.measures import bodies_at
from kb.draft.negotiation import about
from kb.draft.speakers import mention_of
from kb.draft.text import Span, sentences

# Two parties and what they did: "Japan and the United States confirmed", "The two sides have agreed".
_TOGETHER = re.compile(
    r"(?P<parties>(?:[Tt]he )?(?:[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}) and (?:the )?(?:[A-Z][\w.’'-]*(?: [A-Z]"
    r"[\w.’'-]*){0,3})(?: governments| sides)?|[Tt]he two (?:sides|countries|governments|nations|leaders)|They)"
    r"(?: (?:also|then|had|have|has|on [A-Z]\w+|later|finally))*"
    r" (?P<verb>agreed|confirmed|concurred|reached|struck|sealed|signed|clinched)\b(?P<rest>[^.;]*)"
)
# What the speakers agreed for two parties: "we agreed that Japan and the U.S. will work together on …".
_AGREED_THAT = re.compile(
    r"\b(?:[Ww]e|[Tt]hey|[Bb]oth sides)(?: have| had)? (?P<verb>agreed|confirmed) that (?P<parties>(?:the )?[A-Z]"
    r"[\w.’'-]*(?: [A-Z][\w.’'-]*){0,3} and (?:the )?[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}) will\b(?P<rest>[^.;]*)"
)
_DEAL = re.compile(r"^\s*(?:an?|the|their) (?:[\w-]+ ){0,3}?(?P<noun>agreement|deal|framework|pact|accord|truce)\b")
_MOU = re.compile(r"^\s*(?:an?|the|two )?\s*memorand(?:um|ums|a) of understanding\b", re.IGNORECASE)
# What an agreement that only sets how talks go on agrees to: "to hold their next talks", "to continue negotiating".
_PROCEDURAL = re.compile(
    r"^\s*(?:on |that (?:they|the two sides) will )?(?:to )?(?:hold|continue|resume|start|begin|launch|meet|keep|"
    r"speed up|accelerate|step up)\b[^.;]{0,80}\b(?:talks|negotiat\w*|consultations|meetings?|discussions|dialogue)\b"
    r"|^\s*(?:that (?:they|the two sides) will |to )(?:aim|work|strive) (?:for|to|toward|towards)\b"
)
_REPORTED = re.compile(r"\breport(?:s|ed|edly)?\b|\brumou?rs?\b|\bsaid to have\b", re.IGNORECASE)
_WHEN = re.compile(r"\s*(?:on|last|this) [A-Z]\w+(?: \d{1,2})?,?")
# "signed an executive order implementing his trade agreement with Japan"
_ORDER = re.compile(r"\bsigned an? executive order\b(?P<rest>[^.;]*)")


@dataclass(frozen=True)
class Agreed:
    parties: tuple[str, ...]  # countries or bodies, as lexicon.py names them
    sentence: Span
    kind: str
    status: str
    words: str  # the words that made it one
    dating: str = ""  # the words that may give its date: the clause of its verb
    hedge: str | None = None  # "reportedly": what reports say they agreed


def read_agreements(text: str) -> list[Agreed]:
    """Every agreement a sentence reports between two countries or bodies it names (or "the two
    sides": the two the text is most about)."""
    found: list[Agreed] = []
    main = about(text)
    for sentence in sentences(text):
        together = _TOGETHER.search(sentence.text) or _AGREED_THAT.search(sentence.text)
        order = _ORDER.search(sentence.text)
        if together is not None:
            parties = _parties(together.group("parties"), list(found[-1].parties) if found else main)
            when = _WHEN.match(together.group("rest"))  # "confirmed on Wednesday that …"
            rest = together.group("rest")[when.end() if when else 0 :]
            kind, status = _kind_and_status(together.group("verb"), rest)
            at, words = together.start("verb"), together.group().strip()
            until = together.start("rest") + (when.end() if when else 0)  # not "to hold talks by June"
        elif order is not None:
            parties = tuple(dict.fromkeys(name for _, name in bodies_at(sentence.text)))
            kind, status, at, words = "executive_order", "signed", order.start(), order.group().strip()
            until = len(sentence.text)
        else:
            continue
        if kind and len(parties) >= 2:
            dating = clause_around(sentence.text[:until], at)
            hedge = "reportedly" if _REPORTED.search(sentence.text[:at]) else None
            found.append(Agreed(parties[:2], sentence, kind, status, words, dating, hedge))
    return found


def _parties(phrase: str, last: list[str]) -> tuple[str, ...]:
    """The countries or bodies a coordinated subject names; "the two sides", "they": the ``last``
    (the parties of the agreement before, else the two the text is most about)."""
    if re.match(r"(?:[Tt]he two |They$)", phrase):
        return tuple(last)
    named = []
    for part in re.split(r"\s+and\s+", phrase.removesuffix(" governments").removesuffix(" sides")):
        who = mention_of(part.strip())
        if who is None or who.name is not None or who.organisation is None:
            return ()  # a person ("Lutnick and Akazawa signed …"): not parties
        named.append(who.organisation)
    return tuple(dict.fromkeys(named))


def _kind_and_status(verb: str, rest: str) -> tuple[str | None, str]:
    """What the verb and its object make of it: (kind, status); kind None when it is no agreement
    ("confirmed the figures")."""
    if verb == "signed":
        if _MOU.match(rest):
            return "memorandum_of_understanding", "signed"
        deal = _DEAL.match(rest)
        return ("trade_agreement" if deal else None), "signed"
    deal = _DEAL.match(rest)
    if verb in ("reached", "struck", "sealed", "clinched"):
        if deal is None:
            return None, ""
        return ("framework_agreement" if deal.group("noun") == "framework" else "other"), "agreed_in_principle"
    if _PROCEDURAL.match(rest):
        return "other", "procedural"
    if verb in ("agreed", "concurred") or rest.lstrip().startswith("that"):
        return "other", "agreed_in_principle"
    return None, ""

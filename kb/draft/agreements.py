"""Agreements: what two parties agreed, as the sentence gives it — "Japan and the United States
agreed to hold talks", "the two sides confirmed that …", "we agreed that Japan and the U.S. will …",
"the US and the EU have reached a trade framework", "X and Y signed a memorandum of understanding",
"Trump signed an executive order implementing his agreement with Japan" — with its kind, its status
(procedural when all they agreed is how to go on: to hold, continue or resume talks) and its parties."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from kb.draft.countries import COUNTRIES
from kb.draft.dates import clause_around, without_dateline
from kb.draft.figures import Figure, figures
from kb.draft.measures import bodies_at, keywords, metric, product_scope
from kb.draft.negotiation import about
from kb.draft.speakers import body_name, mention_of
from kb.draft.text import Span, sentences

# The sides of a talk, as a readout or a joint statement names them: "the two sides", "The leaders", "The
# participants", "Both delegations" — the parties of the agreement before, or the two the text is most about.
_SIDES = (
    r"(?:[Tt]he two (?:sides|countries|governments|nations|leaders)|(?:[Tt]he|[Bb]oth) (?:two |three )?"
    r"(?:leaders|parties|participants|delegations))"
)
# Two parties and what they did: "Japan and the United States confirmed", "The two sides have agreed".
_TOGETHER = re.compile(
    r"(?P<parties>(?:[Tt]he )?(?:[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}) and (?:the )?(?:[A-Z][\w.’'-]*(?: [A-Z]"
    r"[\w.’'-]*){0,3})(?: governments| sides)?|" + _SIDES + r"|They)"
    r"(?: (?:also|then|had|have|has|on [A-Z]\w+|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|later|finally))*"
    r" (?P<verb>agreed|confirmed|concurred|reached|struck|sealed|signed|clinched)\b(?P<rest>[^.;]*)"
)
# What the speakers agreed for two parties: "we agreed that Japan and the U.S. will work together on …".
_AGREED_THAT = re.compile(
    r"\b(?:[Ww]e|[Tt]hey|[Bb]oth sides)(?: have| had)? (?P<verb>agreed|confirmed) that (?P<parties>(?:the )?[A-Z]"
    r"[\w.’'-]*(?: [A-Z][\w.’'-]*){0,3} and (?:the )?[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}) will\b(?P<rest>[^.;]*)"
)
_DEAL = re.compile(r"^\s*(?:an?|the|their) (?:[\w-]+ ){0,3}?(?P<noun>agreement|deal|framework|pact|accord|truce)\b")
# "a memorandum of understanding", "an MoU", "three memorandums of understanding (MoUs)", "two MoUs on trade".
_MOU_WORDS = r"(?:memorand(?:um|ums|a)(?: of understanding)?|MoUs?)"
_MOU = re.compile(
    r"^\s*(?:(?:an?|the|their|two|three|four|five|six|seven|eight|nine|ten|several|\d{1,2}) )?(?:[\w-]+ ){0,2}?"
    + _MOU_WORDS
    + r"\b",
    re.IGNORECASE,
)
# What an agreement that only sets how talks go on agrees to: "to hold their next talks", "to continue negotiating".
_PROCEDURAL = re.compile(
    r"^\s*(?:on |that (?:[^.;]{0,80}?) will )?(?:to )?(?:hold|continue|resume|start|begin|launch|meet|convene"
    r"|reconvene|keep|speed up|accelerate|step up)\b[^.;]{0,80}\b(?:talks|negotiat\w*|consultations|meetings?|rounds?"
    r"|discussions|dialogue)\b"
    r"|^\s*(?:that (?:they|the two sides) will |to )(?:aim|work|strive) (?:for|to|toward|towards)\b"
)
# What the speakers' side reached: "we have just reached an agreement with President Trump" (the two
# sides the text is about).
_WE_REACHED = re.compile(
    r"\b(?:[Ww]e|[Bb]oth sides)(?: have| had)?(?: (?:just|finally|now|also))? (?P<verb>reached|struck|sealed|clinched)"
    r"\b(?P<rest>[^.;]*)"
)
# A communiqué's impersonal decision: "It was decided to convene the next meeting in Geneva on November 7 and 8",
# "It was agreed that experts will meet" — the parties' (the two the text is most about).
_IT_WAS = re.compile(r"\b[Ii]t was (?:also )?(?P<verb>agreed|decided)\b(?P<rest> (?:that|to)\b[^.;]*)")
# An agreement reached, as its subject: "The deal, including a promise that …, was reached in July".
_WAS_REACHED = re.compile(
    r"\b(?:[Tt]he|[Tt]heir|[Aa]n?) (?:[\w-]+ ){0,2}?(?P<noun>deal|agreement|framework|pact|accord|"
    + _MOU_WORDS
    + r")\b"
    r"(?: (?:between|with) [^,.;]{1,80}?)?(?:,[^,.;]{0,160},)? (?:was|were|has been|had been|is) "
    r"(?P<verb>reached|struck|sealed|clinched|signed|concluded|finali[sz]ed)\b"
)
# The agreement just named, as the subject of its signing: "The MoU was signed by …", "The deal was signed".
_THE_SAME = re.compile(r"(?:[Tt]he|[Tt]his|[Tt]hat) (?:[\w-]+ ){0,2}?\w+ (?:was|were|has been|had been) signed$")
# A sentence that gives an agreement's terms: "Under the new framework, a 15% tariff will be applied to …",
# "The agreement includes Japan investing …", "According to the released agreement, Japan will …".
_TERMS = re.compile(
    r"^\W*(?:Under (?:the|this|that|their|[A-Z]\w+[’']s?) (?:[\w-]+ ){0,2}?"
    r"(?:agreement|deal|framework|accord|pact)"
    r"|(?:The|This) (?:[\w-]+ ){0,2}?(?:agreement|deal|framework|accord|pact) (?:includes|included|provides"
    r"|provided|calls for|called for|sets out|set out|requires|required)"
    r"|According to the (?:[\w-]+ ){0,2}?(?:agreement|deal|framework))\b"
)
# A fact sheet's bullet that gives a term: one party's commitment ("• Japan will make … purchases of U.S. energy
# … totaling $7 billion per year", "INVESTING IN AMERICA: Japan committed to provide …").
_BULLET_TERM = re.compile(
    r"^\s*(?:[•·▪‣*–-]\s*|[A-Z][A-Z’' -]{2,60}:\s*)(?P<who>(?:the )?[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,2})"
    r" (?:will|shall|has committed to|committed to|commits to|has agreed to|agreed to|has pledged to|pledged to)\b"
)
_REPORTED = re.compile(r"\breport(?:s|ed|edly)?\b|\brumou?rs?\b|\bsaid to have\b", re.IGNORECASE)
_WHEN = re.compile(r"\s*(?:on|last|this) [A-Z]\w+(?: \d{1,2})?,?")
# "signed an executive order implementing his trade agreement with Japan"
# … or an order's title: "Executive Order 14345--Implementing the United States-Japan Agreement".
_ORDER = re.compile(
    r"\bsigned an? (?:executive order|Executive Order)\b(?P<rest>[^.;]*)"
    r"|\bExecutive Order \d{3,6}(?:--|[–—]| of [^.;\n]{0,40}?)\s*Implementing\b[^.;]*"
)
# An agreement announced: "I announced a framework agreement between the United States and Japan".
_ANNOUNCED = re.compile(
    r"\b(?:announced|unveiled) (?:an?|the|their|a new) (?:[\w-]+ ){0,2}?(?:agreement|deal|framework|pact|accord)\b"
)


@dataclass(frozen=True)
class Agreed:
    parties: tuple[str, ...]  # countries or bodies, as lexicon.py names them
    sentence: Span
    kind: str
    status: str
    words: str  # the words that made it one
    dating: str = ""  # the words that may give its date: the clause of its verb
    hedge: str | None = None  # "reportedly": what reports say they agreed
    terms: tuple[Term, ...] = ()  # what the sentences that give its terms give: see _TERMS, _BULLET_TERM


@dataclass(frozen=True)
class Term:
    """A term of an agreement: the sentence that gives it, and its figure (None: a commitment
    the sentence gives without one, "Japan will recognize U.S. automotive standards")."""

    sentence: Span
    figure: Figure | None


# What a sentence reports: (parties, kind, status, where its verb is, the words that made it one, where the
# words that may date it end, the figures of the terms it gives — (None,) for a term without one —
# or none when it gives no terms); kind None when it is no agreement.
_Read = tuple[tuple[str, ...], str | None, str, int, str, int, tuple[Figure | None, ...]]


def read_agreements(text: str) -> list[Agreed]:
    """Every agreement a sentence reports between two countries or bodies it names (or "the two
    sides", "we": the two the text is most about), and the terms of one a sentence gives."""
    found: list[Agreed] = []
    main = about(text)
    for sentence in sentences(text):
        last = list(found[-1].parties) if found else main
        read = _together(sentence.text, last) or _order(sentence.text) or _reached(sentence.text, main)
        read = read or (_bullet_term(sentence.text, found[-1]) if found else None)
        if read is None:
            continue
        parties, kind, status, at, words, until, figured = read
        terms = tuple(Term(sentence, figure) for figure in figured)
        same = bool(found) and found[-1].kind == kind and set(parties[:2]) == set(found[-1].parties)
        if terms and same:
            found[-1] = replace(found[-1], terms=found[-1].terms + terms)  # more terms of the same agreement
        elif same and _THE_SAME.match(words):
            continue  # "Chile and Peru signed an MoU." then "The MoU was signed by …": the one before
        elif kind and len(parties) >= 2:
            dating = clause_around(sentence.text[:until], at)
            hedge = "reportedly" if _REPORTED.search(sentence.text[:at]) else None
            found.append(Agreed(parties[:2], sentence, kind, status, words, dating, hedge, terms))
    return found


def _together(sentence: str, last: list[str]) -> _Read | None:
    """Two parties and what they did ("Japan and the United States confirmed …"), or what the
    speakers agreed for them ("we agreed that Japan and the U.S. will …")."""
    together = _TOGETHER.search(sentence) or _AGREED_THAT.search(sentence)
    if together is None:
        return None
    parties = _parties(together.group("parties"), last)
    when = _WHEN.match(together.group("rest"))  # "confirmed on Wednesday that …"
    rest = together.group("rest")[when.end() if when else 0 :]
    kind, status = _kind_and_status(together.group("verb"), rest)
    until = together.start("rest") + (when.end() if when else 0)  # not "to hold talks by June"
    return parties, kind, status, together.start("verb"), together.group().strip(), until, ()


def _order(sentence: str) -> _Read | None:
    """An executive order signed to implement an agreement, or an order's title, between the bodies the
    sentence names ("United States-Japan" is two)."""
    order = _ORDER.search(sentence)
    if order is None:
        return None
    parties = tuple(dict.fromkeys(name for _, name in bodies_at(re.sub(r"(?<=\w)-(?=[A-Z])", " ", sentence))))
    return parties, "executive_order", "signed", order.start(), order.group().strip(), len(sentence), ()


def _reached(sentence: str, main: list[str]) -> _Read | None:
    """An agreement the speakers' side reached ("we have reached an agreement"), one announced ("I
    announced a framework agreement between …"), one reached as its subject ("The deal … was reached
    in July") or one whose terms the sentence gives ("Under the new
    framework, a 15% tariff will be applied …", its figures as its terms): between the countries the
    sentence names, else the two the text is most about."""
    decided = _IT_WAS.search(sentence)
    if decided is not None:
        kind, status = _kind_and_status("agreed", decided.group("rest"))
        return tuple(main), kind, status, decided.start("verb"), decided.group().strip(), decided.start("rest"), ()
    we = _WE_REACHED.search(sentence)
    if we is not None:
        kind, status = _kind_and_status(we.group("verb"), we.group("rest"))
        return tuple(main), kind, status, we.start("verb"), we.group().strip(), we.start("rest"), ()
    announced = _ANNOUNCED.search(sentence)
    if announced is not None:
        kind = "framework_agreement" if "framework" in announced.group() else "other"
        return _between(sentence, main), kind, "announced", announced.start(), announced.group(), len(sentence), ()
    given = _WAS_REACHED.search(sentence)
    if given is not None:
        kind = "framework_agreement" if "framework" in given.group() else "other"
        kind = "memorandum_of_understanding" if _MOU.match(given.group("noun")) else kind
        status = "signed" if given.group("verb") == "signed" else "agreed_in_principle"
        return _between(sentence, main), kind, status, given.start("verb"), given.group().strip(), len(sentence), ()
    terms = _TERMS.search(sentence)
    if terms is None:
        return None
    kind = "framework_agreement" if "framework" in terms.group() else "other"
    words = terms.group().strip(" •·-*")
    return (
        _between(sentence, main),
        kind,
        "agreed_in_principle",
        terms.start(),
        words,
        len(sentence),
        tuple(figures(sentence)) or (None,),
    )


def _between(sentence: str, main: list[str]) -> tuple[str, ...]:
    """The countries an agreement the sentence reports is between: the two or more it names, else the
    two the text is most about (read only once a sentence reports one: most sentences do not)."""
    named = tuple(dict.fromkeys(name for _, name in bodies_at(sentence) if name in COUNTRIES))
    return named if len(named) >= 2 else tuple(main)


def _bullet_term(sentence: str, last: Agreed) -> _Read | None:
    """A fact sheet's bullet in which a party of the agreement before commits to something: a term of
    that agreement, its figures as its terms."""
    bullet = _BULLET_TERM.match(sentence)
    if bullet is None or body_name(bullet.group("who")) not in last.parties:
        return None
    words = bullet.group().strip(" •·▪‣*–-")
    given = tuple(figures(sentence)) or (None,)
    return last.parties, last.kind, last.status, bullet.start("who"), words, len(sentence), given


def _parties(phrase: str, last: list[str]) -> tuple[str, ...]:
    """The countries or bodies a coordinated subject names; "the two sides", "they", or two people by
    their posts: the ``last`` (the parties of the agreement before, else the two the text is most about)."""
    if re.fullmatch(rf"{_SIDES}|They", phrase):
        return tuple(last)
    named = []
    whos = [
        mention_of(part.strip())
        for part in re.split(r"\s+and\s+", phrase.removesuffix(" governments").removesuffix(" sides"))
    ]
    if all(who is not None and who.name and who.title for who in whos) and len(last) == 2:
        return tuple(last)  # two leaders by their posts ("President Lopez and Prime Minister Berg agreed"): their sides
    for who in whos:
        if who is None or who.name is not None or who.organisation is None:
            return ()  # a person without a post ("Lutnick and Akazawa signed …"): not parties
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


_PURCHASE = re.compile(r"\b(?:purchas\w*|buy\w*|bought)\b[^.;]*$", re.IGNORECASE)


def term_of(sentence: str, figure: Figure | None, number: int) -> dict[str, Any]:
    """One term of an agreement from a figure of the sentence that gives its terms: a tariff rate, an
    investment or a purchase (by the metric of the words before it), else another term — the
    sentence's words alone when it gives no figure."""
    text = without_dateline(sentence).strip(" •·-*\t")
    if figure is None:
        return {"key": f"other-{number}", "kind": "other", "description": text}
    measured = metric(keywords(sentence), figure, sentence)
    money = figure.unit.isupper() and len(figure.unit) == 3
    if measured.name == "tariff_rate" and figure.unit == "percent":
        kind, amount = "tariff_rate", {"rate": figure.value, "rate_unit": "percent"}
    elif money and _PURCHASE.search(sentence[max(0, figure.start - 60) : figure.start]):
        kind, amount = "purchase", {"amount": figure.value, "currency": figure.unit}
    elif money:
        kind = "investment" if measured.name == "investment" else "other"
        amount = {"amount": figure.value, "currency": figure.unit}
    elif figure.unit != "percent":
        kind, amount = "other", {"quantity": figure.value, "quantity_unit": figure.unit}
    else:
        kind, amount = "other", {}
    term: dict[str, Any] = {"key": f"{kind.replace('_', '-')}-{number}", "kind": kind, "description": text, **amount}
    scope = product_scope(sentence, figure) if kind == "tariff_rate" else None
    if scope:
        term["product_scope"] = scope[0]
    term["value_as_stated"] = " ".join(figure.as_stated.split())
    return term

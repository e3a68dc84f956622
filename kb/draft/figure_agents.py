"""Whose a figure is when the words right after it name who gives, sets or asks for it: "the 944,000
tonne catch recommended by the European Union", "the $2 billion package offered by China", "the 10%
tariff proposed by Peru", "the $100 billion demanded by India", "a $100 million contribution from Germany" — that
body's, whoever opens the sentence; and when a
participle of giving or asking for it follows a comma, the body that opens the clause before it: "the United Nations
held a conference in Geneva, seeking $4 billion for Yemen", "Japan pledged $1 billion, bringing its total to $5
billion"."""

from __future__ import annotations

import re

from kb.draft.countries import COUNTRIES
from kb.draft.figures import Figure
from kb.draft.lexicon import LENDERS
from kb.draft.measures import bodies_at, body_spans, sentence_subject

# Up to three words of what the figure is ("tonne catch", "in new finance"), then a participle of giving,
# setting or asking for it and "by" — not of estimating it ("forecast by the IMF" is of whom it forecasts).
_GIVEN_BY = re.compile(
    r"(?:[\s-]+[a-z]+){0,3}?,?\s+(?:that was\s+|which was\s+)?"
    r"(?:recommended|advised|proposed|offered|sought|demanded|requested|pledged|promised|committed|imposed"
    r"|levied|set|announced|approved|granted|provided|given|tabled|put forward)\s+by\s+(?:the\s+)?(?=[A-Z])"
    # Or a noun of giving, then "from" its giver: "a $100 million contribution from Germany", "$50 million in new
    # pledges from Japan", "a €13-million climate finance package from Wallonia" (not a loan: the borrower's).
    r"|(?:[\s-]+[a-z]+){0,3}?\s+(?:pledges?|contributions?|donations?|grants?|package|aid|funding|assistance"
    r"|finance|financing)\s+from\s+(?:the\s+)?(?=[A-Z])"
)


# A body the lexicon does not know, named by its acronym ("recommended by ICES", "advised by NAFO").
_ACRONYM = re.compile(r"[A-Z]{2,6}\b(?![’'-]|\.[A-Z]| [A-Z])")


# Money right before "from" a body, in a sentence of giving: "Pledges included $100 million from Germany", "The fund
# got $17.5 million from the US" (not "exports of $5 billion from China", nor a loan).
_FROM = re.compile(r"\s+from\s+(?:the\s+)?(?=[A-Z])")
_GIVING = re.compile(r"\b(?:pledg|contribut|donat|donor|grant|aid\b|funds?\b|funding|assistance)", re.IGNORECASE)


def _from_giver(sentence: str, figure: Figure) -> re.Match[str] | None:
    money = len(figure.unit) == 3 and figure.unit.isupper()
    given = _FROM.match(sentence, figure.end) if money else None
    return given if given and _GIVING.search(sentence, 0, figure.start) else None


def giver(sentence: str, figure: Figure) -> str | None:
    """The body named right after a figure as the one giving, setting or asking for it (see _GIVEN_BY), or
    money's giver after "from" in a sentence of giving (see _FROM), or an acronym there, unless a lender (whose
    loan is the borrower's); else None."""
    given = _GIVEN_BY.match(sentence, figure.end) or _from_giver(sentence, figure)
    if given is None:
        return None
    named = body_spans(sentence[given.end() : given.end() + 60])
    if not named or named[0][0] != 0:
        acronym = _ACRONYM.match(sentence, given.end())
        return acronym.group() if acronym else None
    return named[0][2] if named[0][2] not in LENDERS else None


# A participle of giving, asking for or reaching an amount right after a comma, then whom it is for ("offering
# Kenya") and up to three words before the figure ("a further", "an additional"): its doer is the subject of the
# clause before the comma.
_PARTICIPLE = re.compile(
    r",\s+(?:seeking|asking for|requesting|appealing for|calling for|pledging|promising|offering|providing"
    r"|contributing|donating|committing|earmarking|allocating|granting|raising|bringing (?:its|their) total"
    r"(?: [a-z]+){0,2} to)\s+(?:[A-Z][\w.’'-]*\s+){0,3}(?:[a-z]+\s+){0,3}?$"
)


def doer(sentence: str, figure: Figure) -> str | None:
    """The body that opens the clause before a participle of giving or asking for the figure (see _PARTICIPLE):
    "…, the United Nations held a donor conference in Geneva today, seeking $4 billion" is the UN's (not a
    lender's: "the IMF approved the programme, providing $1 billion" is the borrower's); else None."""
    found = _PARTICIPLE.search(sentence, max(0, figure.start - 80), figure.start)
    if found is None:
        return None
    return sentence_subject(sentence[sentence.rfind(",", 0, found.start()) + 1 : found.start()])


# A verb of giving or owing with two objects, whom and how much: "agreed to give Ukraine €50 billion", "owes China
# $4 billion", "will send Pakistan $3 billion" (not of lending: a loan is the borrower's).
_GIVES = re.compile(
    r"\b(?:give|gives|gave|giving|send|sends|sent|sending|pay|pays|paid|paying|owe|owes|owed|owing|offer|offers"
    r"|offered|offering|promise|promises|promised|promising|grant|grants|granted|granting|award|awards|awarded"
    r"|donate|donates|donated|donating) (?:the )?$"
)
_LOAN = re.compile(r"\s+(?:in\s+)?(?:new\s+)?(?:loans?|credits?)\b")


def given_to(sentence: str, figure: Figure) -> tuple[str, str] | None:
    """Who gives or owes a figure and to whom, when a verb of giving or owing has both the figure and whom it
    goes to as objects (see _GIVES) and the body that opens the clause gives it: ("European Union", "Ukraine")
    for "The EU agreed to give Ukraine €50 billion"; not when no body gives it ("The division gives the EU
    503,245 tonnes" is the EU's share) or a lender does (its loan is the borrower's); else None."""
    if _LOAN.match(sentence, figure.end):
        return None  # "granted Egypt a $5 billion loan": Egypt's
    near = max(0, figure.start - 60)
    named = body_spans(sentence[near : figure.start])
    if not named or sentence[near + named[-1][1] : figure.start].strip() not in ("", "a", "an"):
        return None
    verb = _GIVES.search(sentence, max(0, near + named[-1][0] - 20), near + named[-1][0])
    if verb is None:
        return None
    giver = sentence_subject(sentence[sentence.rfind(",", 0, verb.start()) + 1 : verb.start()])
    return (giver, named[-1][2]) if giver and giver != named[-1][2] else None


# A body whose figure a list gives after it and "with", or after a verb of ranking and "with": "Germany, with $100
# million; Britain, with up to 60 million pounds", "the EU (including Germany), with at least EUR 225 million",
# "Japan followed with $10 million", "Norway led with 30%".
_LISTED = re.compile(
    r"(?:\s*\([^()]{1,40}\))?,?\s+(?:(?:led|leads|followed|follows|came (?:next|second|third|last)|ranked"
    r" (?:first|second|third)|topped the list)\s+)?with\s+$"
)
_BEFORE_LISTED = re.compile(r"\b(?:to|with|against|into|between|on|of)\s+(?:the\s+)?$", re.I)


# Money in brackets right after a body: "Norway ($50 million) and Sweden ($30 million) also pledged".
_BRACKET = re.compile(r"\s*\(\s*$")


def listed(sentence: str, figure: Figure) -> str | None:
    """The body a list names right before a figure and "with" (see _LISTED), or before money in brackets — a
    donor, not the fund it gives to — unless a lender or after a preposition of whom it goes to or is traded with
    ("trade with China, with $5 billion in goods" is no list); else None."""
    near = max(0, figure.start - 100)
    money = len(figure.unit) == 3 and figure.unit.isupper()
    found = _LISTED.search(sentence, near, figure.start) or (
        _BRACKET.search(sentence, near, figure.start) if money else None
    )
    named = body_spans(sentence[near : found.start()]) if found else []
    if not found or not named or near + named[-1][1] != found.start():
        return None
    if _BEFORE_LISTED.search(sentence, max(0, near + named[-1][0] - 20), near + named[-1][0]):
        return None
    return named[-1][2] if named[-1][2] not in LENDERS else None


def agent(sentence: str, figure: Figure) -> str | None:
    """The body that gives, sets, asks for or pledges a figure: named after it (giver), before a participle
    of giving it (doer) or before it in a list (listed); else None."""
    return giver(sentence, figure) or doer(sentence, figure) or listed(sentence, figure)


def borrowed(sentence: str, figure: Figure, whose: tuple[str | None, str | None]) -> tuple[str | None, str | None]:
    """A lender's money for a country the sentence names as its counterpart, with no subject of its own, is that
    country's, the lender its counterpart ("The IMF reached an agreement with Egypt that would make available $1.25
    billion": Egypt's, with the IMF); else ``whose`` as it is."""
    subject, counterpart = whose
    money = len(figure.unit) == 3 and figure.unit.isupper()
    opening = bodies_at(sentence[: sentence.find(",", 0, 80) if "," in sentence[:80] else 80])
    if subject or not money or counterpart not in COUNTRIES or not opening or opening[0][1] not in LENDERS:
        return whose
    return counterpart, opening[0][1]

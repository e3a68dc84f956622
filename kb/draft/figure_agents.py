"""Whose a figure is when the words right after it name who gives, sets or asks for it: "the 944,000
tonne catch recommended by the European Union", "the $2 billion package offered by China", "the 10%
tariff proposed by Peru", "the $100 billion demanded by India" — that body's, whoever opens the sentence; and when a
participle of giving or asking for it follows a comma, the body that opens the clause before it: "the United Nations
held a conference in Geneva, seeking $4 billion for Yemen", "Japan pledged $1 billion, bringing its total to $5
billion"."""

from __future__ import annotations

import re

from kb.draft.figures import Figure
from kb.draft.lexicon import LENDERS
from kb.draft.measures import body_spans, sentence_subject

# Up to three words of what the figure is ("tonne catch", "in new finance"), then a participle of giving,
# setting or asking for it and "by" — not of estimating it ("forecast by the IMF" is of whom it forecasts).
_GIVEN_BY = re.compile(
    r"(?:[\s-]+[a-z]+){0,3}?,?\s+(?:that was\s+|which was\s+)?"
    r"(?:recommended|advised|proposed|offered|sought|demanded|requested|pledged|promised|committed|imposed"
    r"|levied|set|announced|approved|granted|provided|given|tabled|put forward)\s+by\s+(?:the\s+)?(?=[A-Z])"
)


# A body the lexicon does not know, named by its acronym ("recommended by ICES", "advised by NAFO").
_ACRONYM = re.compile(r"[A-Z]{2,6}\b(?![’'-]|\.[A-Z]| [A-Z])")


def giver(sentence: str, figure: Figure) -> str | None:
    """The body named right after a figure as the one giving, setting or asking for it (see _GIVEN_BY), or
    an acronym there, unless a lender (whose loan is the borrower's); else None."""
    given = _GIVEN_BY.match(sentence, figure.end)
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

"""A quote after an infinitive of saying whose subject is the sentence's: "Diallo took to X to say that the talks were
'…'", "Novak used his speech to warn that the plan was '…'", "Lind went on television to declare the talks '…'" —
never words someone declined, refused or is expected to say ("Petrov declined to say whether the offer was '…'")."""

from __future__ import annotations

import re

# "to say" and its kin after a purpose (a noun or a place: "took to X to say"), not after a verb or an adjective
# that makes the saying one that did not happen ("declined to", "is expected to", "was asked to").
_TO_SAY = re.compile(
    r"(?<!\bdeclined)(?<!\brefused)(?<!\bfailed)(?<!\bexpected)(?<!\bdue)(?<!\bset)(?<!\blikely)(?<!\bunlikely)"
    r"(?<!\basked)(?<!\bwants)(?<!\bwant)(?<!\bwanted)(?<!\bhopes)(?<!\bhoped)(?<!\bplans)(?<!\bplanned)"
    r"(?<!\bable)(?<!\bready)(?<!\bprepared)(?<!\bgoing)(?<!\babout)(?<!\bwilling)(?<!\breluctant)(?<!\bnot)"
    r" to (?:say|warn|declare|insist|argue|stress|announce|proclaim|call|describe|brand|dismiss|tell [a-z ]{2,30}?)"
    r"(?: that)?(?: [^,;:.!?\"“”]{0,80})?[:,]?\s*$"
)


def says_by_infinitive(before: str) -> bool:
    """Whether the words before a quote end in an infinitive of saying whose subject is the sentence's."""
    return _TO_SAY.search(before) is not None

"""A quote inside reported speech whose own subject said it: "Lind said Osei had called the offer 'insulting'", "Lind
told reporters that Osei described the talks as 'constructive'", "Lind rejected Osei's claim that the offer was
'fair'", "Lind hit back at Osei, who had called the plan 'reckless'" — the quoted words are Osei's, passed on by
Lind, not Lind's."""

from __future__ import annotations

import re

from kb.draft.speakers import Mention, mention_of

_NAME = r"[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,4}"
# A verb that names or judges what it quotes, its subject a name right after a reporting verb ("said (that)", "told
# reporters (that)"), its object after it up to the quote (no other quote, no sentence's end): "had called the offer",
# "described the plan as", "warned of", "had branded", "accused Lind of".
_NESTED = re.compile(
    r"\b(?:said|says|told(?: [\w’' -]{1,40}?)?|added|noted|stressed|explained|recalled|argued)\s+(?:that\s+)?"
    rf"(?P<who>{_NAME})\s+(?:had\s+|has\s+|have\s+)?(?:also\s+)?"
    r"(?:called|calls|described|describes|branded|brands|labell?ed|labels|termed|terms|dubbed|dubs|warned of|warns of"
    r"|accused|accuses|denounced|denounces|hailed|hails|dismissed|dismisses)\b"
    r"[^.!?;:\"“”]{0,120}?\s*$"
)
# A possessive's words of saying the quote ends: "Osei's claim that the offer was", "Osei’s description of the plan as".
_OWNED = re.compile(
    rf"\b(?P<who>{_NAME})[’']s (?:claim|assertion|description|characteri[sz]ation|warning|pledge|promise|remark"
    r"|comment|words|call|demand)s? (?:that|of|for)\b[^.!?;:\"“”]{0,120}?\s*$"
)


# A relative clause of saying on a name, the quote its words: "hit back at Osei, who had called the plan", "Osei, who
# earlier warned of".
_RELATIVE = re.compile(
    rf"(?P<who>{_NAME}),\s+who\s+(?:had\s+|has\s+|have\s+)?(?:also\s+|earlier\s+|previously\s+)?"
    r"(?:called|calls|described|describes|branded|brands|labell?ed|labels|termed|terms|dubbed|dubs|warned of|warns of"
    r"|said|says|accused|accuses|denounced|denounces|hailed|hails|dismissed|dismisses)\b"
    r"[^.!?;:\"“”]{0,120}?\s*$"
)


def nested_speaker(before: str) -> Mention | None:
    """The person or body named as the subject of a verb of naming inside reported speech, the owner of a claim, or
    the name a relative clause of saying is on, that the words just before a quote end with — if they name one (a
    pronoun or a description leaves the quote to the reporting verb's subject)."""
    found = _NESTED.search(before) or _OWNED.search(before) or _RELATIVE.search(before)
    if found is None:
        return None
    who = mention_of(found["who"])
    return who if who is not None and not who.pronoun and (who.name or who.organisation) else None

"""A meeting its own sentence calls off: "A meeting between A and B was cancelled", "Lopez's talks with Diallo have been
postponed", "The call between A and B, set for Monday, was scrapped", "Lopez cancelled her meeting with Diallo", "There
was no meeting between A and B" — none held; or puts ahead: "A meeting between A and B is expected later this month" (to
come). Not a thing else called off or to come in a clause of its own ("Talks between A and B went ahead after the summit
was cancelled")."""

from __future__ import annotations

import re

# The passive of calling off after the meeting's parties, with no clause of its own between: up to the sentence's end
# ("were postponed", "are put on hold").
_CALLED_OFF = re.compile(
    r"^[^.;:]{0,100}?\b(?:was|were|has been|have been|had been|is being|are being|are|is)\s+(?:\w+\s+)?"
    r"(?:cancell?ed|postponed|called off|scrapped|put off|put on hold|delayed|shelved|suspended|deferred|frozen)\b"
)
_RELATIVE = re.compile(r", (?:which|that) [^,;:.]{0,80},")
_OWN_CLAUSE = re.compile(
    r"\b(?:after|when|because|while|since|as|but|though|although|before|until|(?<=, )and the|who|whose|which|that"
    r"|said|says|told|tells)\b"  # "After a call from Diallo, Lopez said the vote is delayed": the vote, not the call
)


def called_off(rest: str) -> bool:
    """Whether the words after a meeting's noun, its parties first, say it was called off."""
    found = _CALLED_OFF.match(_RELATIVE.sub(",", rest[:300]))  # "…, which had been set for Monday, was scrapped"
    return found is not None and _OWN_CLAUSE.search(found.group()) is None


# The words right before a meeting's noun or verb that say it was not held: "cancelled her meeting with", "There was no
# meeting between", "ruled out talks with", "Lopez has never held talks with".
_NOT_HELD = re.compile(
    r"\b(?:[Nn]o|never|cancell?ed|cancels|postponed|postpones|called off|calls off|scrapped|skipped|missed|"
    r"ruled out|rules out|put off|shelved|refused|rejected|declined)(?:\s+(?:a|an|the|any|his|her|their|its))?"
    r"(?:\s+[\w-]+){0,2}\s*$"
)
_CONDITION = re.compile(r"\b(?:[Ii]f|[Ww]hether|[Uu]nless)\s[^,;:.]{0,60}$")
# Said to be still to come after its parties: "is expected", "are scheduled for Monday", "will take place".
_TO_COME = re.compile(
    r"^[^.;:]{0,100}?\b(?:(?:is|are) (?:now |also |still )?(?:expected|scheduled|due|planned|set|(?:un)?likely to)\b|"
    r"will (?:take place|be held|go ahead)\b)"
)


def not_held_before(before: str) -> bool:
    """Whether the words before a meeting's noun or verb say it was not held ("cancelled her", "There was no") or
    may be ("If A meets B", "whether A will meet B")."""
    start = max(0, len(before) - 60)
    return _NOT_HELD.search(before, start) is not None or _CONDITION.search(before, start) is not None


def to_come(rest: str) -> bool:
    """Whether the words after a meeting's noun, its parties first, say it is still to come."""
    found = _TO_COME.match(rest)
    return found is not None and _OWN_CLAUSE.search(found.group()) is None

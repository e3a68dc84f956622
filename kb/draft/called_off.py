"""A meeting its own sentence calls off: "A meeting between A and B was cancelled", "Lopez's talks with Diallo have been
postponed", "The call between A and B, set for Monday, was scrapped" — none held. Not a thing else called off in a
clause of its own ("Talks between A and B went ahead after the summit was cancelled")."""

from __future__ import annotations

import re

# The passive of calling off after the meeting's parties, with no clause of its own between: up to the sentence's end.
_CALLED_OFF = re.compile(
    r"^[^.;:]{0,100}?\b(?:was|were|has been|have been|had been|is being|are being)\s+(?:\w+\s+)?"
    r"(?:cancell?ed|postponed|called off|scrapped|put off|delayed|shelved|suspended|deferred)\b"
)
_OWN_CLAUSE = re.compile(
    r"\b(?:after|when|because|while|since|as|but|though|although|before|until|and the|who|whose|which|that)\b"
)


def called_off(rest: str) -> bool:
    """Whether the words after a meeting's noun, its parties first, say it was called off."""
    found = _CALLED_OFF.match(rest)
    return found is not None and _OWN_CLAUSE.search(found.group()) is None

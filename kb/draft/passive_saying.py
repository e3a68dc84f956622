"""A quote judged in the passive, its speaker after *by*: "The text was described by climate experts as
'manageable'", "The offer was called 'a disgrace' by union leaders", "was hailed by Tomas Novak as '…'"."""

from __future__ import annotations

import re

from kb.draft.attribution import frame_speaker
from kb.draft.speakers import Mention

_JUDGED = (
    r"(?:described|called|branded|hailed|dismissed|termed|labelled|labeled|characterised|characterized|denounced"
    r"|criticised|criticized|praised|welcomed|slammed|decried|derided)"
)
_BE = r"(?:was|were|is|are|been|being|be)"
_BY = r"by\s+(?P<who>[^,;:.!?“”\"()]{2,80}?)"  # over a wrapped line too
# Before the quote: "was described by climate experts as", "has been hailed by Novak as".
_BEFORE = re.compile(rf"\b{_BE}\s+(?:(?:[a-z]+ly|also|since)\s+)?{_JUDGED}\s+{_BY}\s+as\s*$")
# Around it: "was called '…' by union leaders", "was branded as '…' by Lind".
_CALLED = re.compile(rf"\b{_BE}\s+(?:(?:[a-z]+ly|also)\s+)?{_JUDGED}(?:\s+as)?\s*$")
_AFTER = re.compile(rf"^[\s,]*{_BY}\s*(?:[,;.!?]|$)")  # the whole phrase up to its clause's end


def passive_speaker(before: str, after: str) -> Mention | None:
    """Who judged the quote in the passive, named after *by* (read as the subject of a verb of saying)."""
    judged = _BEFORE.search(before)
    if judged is None and _CALLED.search(before):
        judged = _AFTER.match(after)
    if judged is None:
        return None
    who, _ = frame_speaker(" ".join(judged["who"].split()) + " said", False)
    return who

"""A meeting's parties the sentence after it adds ("… chaired a meeting of the Andean Community. The meeting was
also attended by Dr. Omar Diallo, its Secretary-General."), and never a body's initials after its name as a party of
its own ("the Andean Community, CAN, ministers", "… its Secretary-General of the CAN": one body)."""

from __future__ import annotations

import re
from dataclasses import replace

from kb.draft.meeting_objects import named_after
from kb.draft.meetings import Met
from kb.draft.speakers import Mention
from kb.draft.text import sentence_after

# A sentence adding those who also came to the meeting just reported: "The meeting was also attended by …", "The
# talks were also joined by …".
_ALSO_CAME = re.compile(
    r"^(?:The|This) (?:[\w-]+ )?(?:meeting|talks|session|dialogue|call)s? (?:was|were) also "
    r"(?:attended|joined) by (?P<rest>.+)"
)


def with_later_parties(text: str, found: list[Met]) -> list[Met]:
    """The meetings, each with the parties the sentence right after it says also attended, and without the
    initials of a body named before them."""
    joined: list[Met] = []
    for met in found:
        parties = list(met.participants)
        following = sentence_after(text, met.sentence.start)
        if following is not None and (also := _ALSO_CAME.match(following.text)):
            came = [who for who in named_after(text, also.group("rest"), 0) if who.name]
            parties += [who for who in came if all(who.name != p.name for p in parties)]
        joined.append(replace(met, participants=tuple(_without_initials(parties))))
    return joined


def _without_initials(parties: list[Mention]) -> list[Mention]:
    """The parties, but one that is the initials of a body named before it ("Gulf Cooperation Council", "GCC")."""
    kept: list[Mention] = []
    for who in parties:
        name = who.organisation or who.name or ""
        initials = {"".join(w[0] for w in (p.organisation or p.name or "").split() if w[:1].isupper()) for p in kept}
        if not (name.isupper() and len(name) >= 2 and name in initials):
            kept.append(who)
    return kept

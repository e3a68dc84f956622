"""Who "I" stands for in a meeting's subject: the person whose words it is in, a quote's speaker or a transcript
turn's ("Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs: … I met with the foreign ministers of …": Motegi met
them; '"I met Diallo on Monday," Lopez said': Lopez) — never the reporter's own "I"."""

from __future__ import annotations

import bisect
from collections.abc import Callable

from kb.draft.reader import Said
from kb.draft.speakers import Mention


def with_first_person(
    antecedent: Callable[[int], Mention | None], said: list[Said], text: str
) -> Callable[[int], Mention | None]:
    """``antecedent``, and for an "I" inside the words of a statement quoted or a transcript's turn, its speaker
    named (the statements ``said`` read from ``text``)."""
    spoken = sorted(
        (one.excerpt.start, one.excerpt.end, one.who)
        for one in said
        if one.attribution == "direct_quote" and one.who.name and not one.who.pronoun
    )
    starts = [start for start, _, _ in spoken]

    def who(at: int) -> Mention | None:
        if text[at : at + 2].rstrip() != "I" or text[at + 1 : at + 2].isalpha():
            return antecedent(at)
        index = bisect.bisect_right(starts, at) - 1
        return spoken[index][2] if index >= 0 and at < spoken[index][1] else None

    return who

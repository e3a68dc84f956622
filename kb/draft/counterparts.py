"""Who a post of a country names when the text named its holder before: "Lind and her Chinese counterpart met" after
"Chinese Foreign Minister Wang Yi arrived on Monday" is Wang Yi; so is "the Chinese foreign minister" — the last
person named with a post of that country (and the same post, when the words give one)."""

from __future__ import annotations

import bisect
import re
from operator import itemgetter

from kb.draft.reader import named_anywhere
from kb.draft.speakers import Mention, body_name

_COUNTERPART = re.compile(r"^(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he) (?P<nation>[A-Z][\w.-]*) counterpart$")
HOLDERS = 20  # the people named last before the words, among whom their holder is looked for


def holder_of_post(who: Mention, text: str, before: int) -> Mention | None:
    """The person named last before ``before`` (among the last HOLDERS) whom ``who`` — a counterpart of a
    country, or a definite post of a country — stands for, or None."""
    counterpart = _COUNTERPART.match(who.phrase)
    country = body_name(counterpart.group("nation")) if counterpart else None
    post = None
    if country is None and not who.name and who.title and who.organisation:
        country, post = who.organisation, who.title.casefold()  # "the Russian foreign minister"
        if not (who.description or "").casefold().startswith("the "):
            return None
    if country is None:
        return None
    named = named_anywhere(text)
    last = bisect.bisect_left(named, before, key=itemgetter(0))
    return next(
        (
            m
            for _, m in reversed(named[max(0, last - HOLDERS) : last])
            if m.organisation == country and (post is None or (m.title or "").casefold() == post)
        ),
        None,
    )


def is_counterpart(who: Mention) -> bool:
    """Whether the words name a counterpart of a country and no one else: "his Chinese counterpart"."""
    return bool(_COUNTERPART.match(who.phrase))

"""A quote after "with" and a speaker saying it, an absolute phrase: "The unions rejected the offer, with union leader
Ana Berg describing it as '…'", "Markets fell, with analysts saying '…'", "…, with a spokesman labelling the plan —
and the way it was drafted — '…'": the words are the speaker's after "with", not the sentence's subject's."""

from __future__ import annotations

import re

from kb.draft.speakers import Mention, mention_of

# The participle of a verb of saying or judging, the speaker between it and "with" (no punctuation, 80 characters at
# most; not a share, "with 60 per cent saying"), its object after it up to the quote (a dash may set off an aside:
# "— and his attempts to impose them —").
_WITH_SAYING = re.compile(
    r"\bwith (?!\d)(?P<who>[^,;:.!?\"“”()]{1,80}?) (?:also )?(?:saying|calling|describing|labell?ing|branding|terming|"
    r"dismissing|hailing|warning|adding|insisting|arguing|noting|stressing|declaring|telling)\b"
    r"[^;:.!?\"“”]{0,160}?[:,]?\s*$"
)


def with_speaker(before: str) -> Mention | None:
    """The speaker of "with X saying (that)", "with X calling it" just before a quote, if X names someone."""
    found = _WITH_SAYING.search(before)
    if found is None:
        return None
    who = mention_of(found["who"])
    return who if who is not None and (who.name or who.organisation or who.description) else None

"""Who made the remarks: the words of an unnamed speaker, then a sentence naming the person who made them ("A senior
US official indicated on Tuesday that … “a real opportunity” …. Amos Hochstein, a White House envoy, made the remarks
in Beirut …") are that person's."""

from __future__ import annotations

import re
from dataclasses import replace

from kb.draft.reader import Said
from kb.draft.speakers import mention_of

# The sentence right after the words: the person, an apposition at most, and "made the remarks" or "the comments".
_MADE = re.compile(
    r"\s*(?P<who>[A-Z][^.;:!?“”\"]{2,120}?) (?:made|delivered) (?:the|these|those) (?:remarks|comments)\b"
)


def remarks_made(said: list[Said], text: str) -> list[Said]:
    """The statements of unnamed speakers (a description, no name) given to the person named in full as having
    made the remarks in the sentence right after them (see the module); the others as they are."""
    found = []
    for one in said:
        made = _MADE.match(text, one.excerpt.end) if one.who.description and not one.who.name else None
        who = mention_of(made.group("who")) if made else None
        if who is not None and who.name and " " in who.name and not who.pronoun:
            one = replace(one, who=who, pattern=one.pattern + "+remarks", confidence=min(one.confidence, 0.6))
        found.append(one)
    return found

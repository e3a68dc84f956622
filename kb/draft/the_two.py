"""Who "the two" of a meeting's subject are: "the two leaders met", "Both ministers held talks", "They met" — the
last two people the text named before; "The two sides held talks", "Both countries concluded a round of talks" — the
two countries the text names most."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from operator import attrgetter, itemgetter

from kb.draft.counterparts import HOLDERS
from kb.draft.negotiation import about
from kb.draft.reader import named_anywhere
from kb.draft.speakers import Mention, mention_of
from kb.draft.text import sentences

# Two people the sentences before have named: "the two leaders met", "Both ministers held talks", "They met" (a
# sentence's first word).
_THE_TWO = re.compile(
    r"(?:^|(?<=[\s,]))(?:(?:[Tt]he|[Bb]oth) (?:two )?(?:[a-z]+ )?(?:leaders|ministers|presidents|premiers|men|women"
    r"|envoys|negotiators|counterparts|diplomats)|[Tt]he (?:pair|duo))\s*$|^They\s*$"  # not "as they had …"
)


# The two countries the text names most: "The two sides held talks", "Both countries concluded a round of talks",
# "The two delegations met".
_TWO_SIDES = re.compile(
    r"(?:^|(?<=[\s,]))(?:[Tt]he two|[Bb]oth) (?:sides|countries|governments|nations|delegations|parties|teams)\s*$"
)


def _last_two(text: str, before: int) -> list[Mention]:
    """The last two people named before ``before``, each once (a surname alone is the person named in full) — or the
    two a sentence before opens with, joined by "and" ("Moon Jae-in and US President Donald Trump have agreed to push
    for a summit between Trump and Kim Jong-un." then "The two leaders had a phone conversation": Moon and Trump)."""
    named = named_anywhere(text)
    last = bisect.bisect_left(named, before, key=itemgetter(0))
    if (pair := _pair_opening(text, named[:last], before)) is not None:
        return pair
    people: list[Mention] = []
    for _, found in reversed(named[max(0, last - HOLDERS) : last]):
        who = _within_a_sentence(found)
        if who.name and all(who.name.split()[-1] != p.name.split()[-1] for p in people if p.name):
            people.append(who)
        if len(people) == 2:
            return people[::-1]
    return []


def _pair_opening(text: str, named: Sequence[tuple[int, Mention]], before: int) -> list[Mention] | None:
    """The two people the sentence before the one at ``before`` opens with, joined by "and", if it does."""
    all_sentences = sentences(text)  # the whole text's, read once: never the text before each "the two leaders"
    index = bisect.bisect_right(all_sentences, before, key=attrgetter("start")) - 1  # the sentence holding ``before``
    if index < 1:
        return None
    opening = all_sentences[index - 1]
    low = bisect.bisect_left(named, opening.start, key=itemgetter(0))
    first = [(at, who) for at, who in named[low : low + 8] if at < opening.end and who.name][:2]
    if len(first) < 2 or first[0][0] - opening.start > _OPENING:
        return None
    (one_at, one), (two_at, two) = first
    joined = re.fullmatch(r"\s+and\s+(?:[\w.’'-]+\s+){0,4}", text[one_at + len(one.phrase) : two_at])
    return [one, two] if joined and one.name != two.name else None


_OPENING = 40  # characters: where the first of two named at a sentence's opening may start ("South Korean President …")


def _within_a_sentence(who: Mention) -> Mention:
    """A name is within one sentence: "Omar Diallo. The", "Monday. President Omar Diallo" are "Omar Diallo"."""
    if ". " not in who.phrase:
        return who
    pieces = [mention_of(piece.strip(" .")) for piece in [span.text for span in sentences(who.phrase)]]
    return next((piece for piece in pieces if piece is not None and piece.name), who)


def the_two(text: str, start: int, subject: str) -> list[Mention] | None:
    """The two a subject ending in "the two leaders" or "the two sides" names (none found: an empty list), or None
    when it names no two; ``start``: where the subject's words begin in the text."""
    two = _THE_TWO.search(subject, max(0, len(subject) - 60))
    if two is not None:
        return _last_two(text, start + two.start())
    if _TWO_SIDES.search(subject, max(0, len(subject) - 40)):
        sides = [mention_of(name) for name in about(text)[:2]]
        return [side for side in sides if side is not None] if len(sides) == 2 else []
    return None

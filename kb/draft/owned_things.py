"""Capitals that name no party met: a person's possessive that names a thing of theirs ("Lopez met Novak's demands",
"met Novak's team"; but "met Novak's deputy, Omar Diallo": a post, read on), and a region's name before a plural of
countries or people ("held talks with officials of Pacific nations", "Caribbean states": no one called "Pacific"), and
what talks are for ("hosts Qatar leader for Gaza ceasefire talks": no party "Gaza", no post "leader for Gaza")."""

from __future__ import annotations

import re

from kb.draft.lexicon import TITLE_WORDS
from kb.draft.nationals import apart_from_the_state
from kb.draft.speakers import body_name, group_noun, mention_of
from kb.draft.tokens import Token

# Plurals of countries and of their people that a region's name before them qualifies: "Gulf states", "Nordic nations".
_PLURALS = frozenset({"nations", "states", "countries", "economies", "governments", "members", "partners", "islands"})


def owned_thing(group: list[Token], after: Token, words: str) -> bool:
    """Whether the words of ``group`` (tokens of ``words``) end in a person's possessive and ``after``, the word that
    follows them, is a thing of theirs, not a post ("Novak's demands", not "Novak's deputy")."""
    if not group or not group[-1].word.endswith(("’s", "'s")) or not after.word.isalpha() or after.word in TITLE_WORDS:
        return False
    owner = mention_of(words[group[0].start : group[-1].end - 2])
    return owner is not None and owner.name is not None and not owner.organisation


def qualifies_plural(group: list[Token], after: Token, words: str) -> bool:
    """Whether the capitalised words of ``group`` (tokens of ``words``), no country's or body's name, qualify the
    plural ``after`` them, countries or people that no one names ("Pacific nations", "Caribbean states", "Balkan
    leaders", "Syrian rebels"); not "the EU states", a body's."""
    if group and apart_from_the_state(words[group[0].start : after.start] + after.word):
        return True  # "Ukrainian separatists": a side of the nation apart from its state, never the country
    if not group or not (after.word in _PLURALS or group_noun(after)) or not all(t.capitalised for t in group):
        return False
    return body_name(words[group[0].start : group[-1].end]) is None


# What talks are for, not a post's portfolio: "hosted Qatar's leader for Gaza ceasefire talks".
_FOR_TALKS = re.compile(
    r"\s+(?:[A-Z][\w’'-]*\s+){1,3}(?:[a-z-]+\s+){0,2}(?:talks|negotiations|consultations|discussions|meetings?|summit)\b"
)


def talks_for(words: str, at: int) -> bool:
    """Whether the words from ``at``, just after "for", name what talks are for ("… for Gaza ceasefire talks")."""
    return _FOR_TALKS.match(words, at) is not None

"""A person's possessive that names a thing of theirs, not a party met: "Lopez met Novak's demands", "met Novak's team"
(but "met Novak's deputy, Omar Diallo": a post, read on)."""

from __future__ import annotations

from kb.draft.lexicon import TITLE_WORDS
from kb.draft.speakers import Token, mention_of


def owned_thing(group: list[Token], after: Token, words: str) -> bool:
    """Whether the words of ``group`` (tokens of ``words``) end in a person's possessive and ``after``, the word that
    follows them, is a thing of theirs, not a post ("Novak's demands", not "Novak's deputy")."""
    if not group or not group[-1].word.endswith(("’s", "'s")) or not after.word.isalpha() or after.word in TITLE_WORDS:
        return False
    owner = mention_of(words[group[0].start : group[-1].end - 2])
    return owner is not None and owner.name is not None and not owner.organisation

"""A speaker named by what a country or a body has, in words no lexicon lists: "China's major state-owned grain
stockpiler said", "Peru's biggest business lobby said" — a description of someone of that country's, never the
country itself, and never nothing."""

from __future__ import annotations

from kb.draft.speakers import body_name
from kb.draft.text import POSSESSIVE
from kb.draft.tokens import Token

MOST_WORDS = 5  # lower-case words between the owner and the verb: more is a clause, not a speaker's name
# Words that make the words after an owner a clause or a phrase of its own, not one speaker's description.
_NOT_A_NAME = frozenset(
    {"of", "to", "for", "in", "on", "at", "by", "with", "and", "or", "but", "that", "which", "who", "the", "a", "an",
     "is", "was", "are", "were", "has", "have", "had", "will", "would", "could", "should", "may", "might", "not"}
)  # fmt: skip


def owned_speaker(words: list[Token], at: int) -> list[Token]:
    """The words ending at ``at`` (the word before a reporting verb) that name a speaker by its owner: a country's or
    a body's possessive, then up to MOST_WORDS words in lower case ("China's major state-owned grain stockpiler");
    none if the words are no such phrase."""
    for start in range(at, max(at - MOST_WORDS, -1), -1):
        word = words[start]
        if POSSESSIVE.search(word.text) and start < at:
            owner = POSSESSIVE.sub("", word.text)
            return words[start : at + 1] if body_name(owner) else []
        if not word.text.replace("-", "").isalpha() or not word.text.islower() or word.word in _NOT_A_NAME:
            return []
    return []

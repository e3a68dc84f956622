"""The words that make an unnamed source of a reporting verb a particular one: how it knows ("two people familiar
with the matter") or whom it speaks for ("representatives of the fishing industry")."""

from __future__ import annotations

from kb.draft.lexicon import SPEECH_VERBS
from kb.draft.speakers import DETERMINERS, group_noun
from kb.draft.tokens import Token

# Words after a source that say how it knows: "two people familiar with the matter", "sources close to the talks".
KNOWING = frozenset({"familiar", "close", "briefed", "involved", "with", "privy", "knowledgeable"})
OBJECT_OF = frozenset({"of", "at", "for", "from", "with", "in", "to", "on", "by"})  # "officials from both sides"
JOINING = frozenset({"and", "but", "or", "that", "which", "who", "when", "while", "as", "if", "because", "after"})


def complement_after(words: list[Token], at: int, found: list[Token]) -> list[Token]:
    """The words in lower case after an unnamed source, from ``at``, that say how it knows or whom it speaks
    for: "said representatives of the fishing industry", "said people close to the talks" (not "said the
    minister in Oslo", nor a time: "said officials from both sides on Monday" ends at "sides")."""
    if not (found and group_noun(found[-1]) and at < len(words) and words[at].word in KNOWING | OBJECT_OF):
        return []
    end = at
    while end < len(words) and end - at < 8 and words[end].text[:1].islower() and words[end].word not in JOINING:
        end += 1
        if words[end - 1].text.endswith("."):
            break
    while end > at and words[end - 1].word in OBJECT_OF | DETERMINERS:
        end -= 1  # "said officials from both sides [on] Monday"
    return words[at:end] if end - at > 1 and not any(t.word in SPEECH_VERBS for t in words[at:end]) else []

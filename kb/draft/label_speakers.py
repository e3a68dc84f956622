"""Who a transcript's label, heading or title names: a name in capitals ("SECRETARY BLINKEN", "Prime Minister ISHIBA
Shigeru": Shigeru Ishiba, a surname in capitals before the given name put after it), a post alone as a description
("SENIOR ADMINISTRATION OFFICIAL"), never a questioner ("Q", "MODERATOR") nor a heading in capitals ("A NEW ERA OF …
RELATIONS")."""

from __future__ import annotations

import re

from kb.draft.lexicon import SOURCE_NOUNS, TITLE_HEADS
from kb.draft.speakers import Mention, mention_of

QUESTIONERS = frozenset(
    {"Q", "QUESTION", "QUESTIONS", "CORRESPONDENT", "REPORTER", "MODERATOR", "OPERATOR", "QUESTIONER", "JOURNALIST"}
    | {"INTERVIEWER", "HOST", "ANCHOR", "PRESENTER", "FACILITATOR", "MC", "MASTER OF CEREMONIES"}
)  # who asks, or runs the record: their turns are skipped
# Words after a post in capitals that make it no name: "MINISTER FOR TRADE", "SENIOR OFFICIAL ONE".
_NOT_A_NAME = frozenset({"of", "for", "the", "and", "to", "on", "at", "in", "with", "one", "two", "three", "number"})


def speaker_named(phrase: str) -> Mention | None:
    """Who a label, heading or title names: "Prime Minister ISHIBA Shigeru" is Shigeru Ishiba (a
    surname in capitals before the given name is put after it), with his post."""
    phrase = re.sub(r"\b([A-Z]{2,})( [A-Z][a-z]+)\b", lambda m: m.group(2).strip() + " " + m.group(1).title(), phrase)
    words = phrase.strip().split()
    if not words or phrase.strip().upper() in QUESTIONERS:
        return None
    if phrase.isupper():
        if len(words) > 5 or words[0] in ("A", "AN", "THE"):
            return None  # a heading in capitals ("A NEW ERA OF … RELATIONS:"), not a speaker
        posts = [n for n, word in enumerate(words) if word.lower().strip(".") in SOURCE_NOUNS | TITLE_HEADS]
        after = [word.lower().strip(".") for word in words[posts[-1] + 1 :]] if posts else []
        named = 0 < len(after) <= 2 and all(word.isalpha() and word not in _NOT_A_NAME for word in after)
        if posts and not (named and not _NOT_A_NAME.intersection(word.lower() for word in words)):
            return Mention(phrase, description=phrase.strip().lower())  # "SENIOR ADMINISTRATION OFFICIAL"
        # else a post and a name: "SECRETARY BLINKEN", "FOREIGN MINISTER WANG"
        phrase = " ".join(re.sub(r"[^\W\d_]+", lambda m: m.group().capitalize(), word) for word in words)  # Jean-Pierre
    return mention_of(phrase)

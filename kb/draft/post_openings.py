"""The article and the words in lower case that open an unnamed source or a post: "[a close] ally", "[the
plantations and commodities] minister"."""

from __future__ import annotations

from kb.draft.lexicon import OPENERS, PRONOUNS, SPEECH_VERBS
from kb.draft.text import POSSESSIVE
from kb.draft.tokens import Token

_MODIFIERS = 2  # words in lower case before the post at most, besides an "and" between two of them


def adjective(token: Token) -> bool:
    plain = token.text.replace("-", "")  # "well-placed"
    return plain.isalpha() and plain.islower() and token.word not in SPEECH_VERBS | PRONOUNS | OPENERS


def article_opening(words: list[Token], at: int) -> list[Token]:
    """The article and the modifiers (up to two, and an *and* between two) that open an unnamed source or a post
    before ``at``: "[a close] ally", "[a well-placed] Egyptian official", "[the best-selling] author of …", "[the
    plantations and commodities] minister", "[the oil and gas] minister", "[Seoul's presidential] office" — or none, if
    no article or owner opens them."""
    first, modifiers = at, 0
    while first >= 0 and modifiers < _MODIFIERS:
        joining = words[first].word == "and" and first < at and first > 0 and adjective(words[first - 1])
        if not (adjective(words[first]) or joining):
            break
        modifiers += 0 if joining else 1
        first -= 1
    owner = first >= 0 and words[first].capitalised and POSSESSIVE.search(words[first].text) is not None
    opens = first >= 0 and (words[first].word in ("a", "an", "the") or owner)  # "Seoul's presidential office"
    return words[first : at + 1] if first < at and opens else []

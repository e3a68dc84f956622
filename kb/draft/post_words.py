"""The words of a post: its title words ("Trade Minister"), the portfolios it lists ("Minister of Trade and Industry",
"Investment, Trade and Industry Minister") and what it is of or for, in capitals after its title, which is no one's name
("IOM Chief of Mission", "EU Commissioner for Crisis Management", "Special Envoy for Climate Change": never a person
called "Mission" or "Crisis Management")."""

from __future__ import annotations

from kb.draft.lexicon import PORTFOLIOS, TITLE_HEADS, TITLE_WORDS
from kb.draft.tokens import Token


def is_title(token: Token) -> bool:
    return token.word in TITLE_WORDS or token.word.split("-")[-1] in TITLE_WORDS


def joins_portfolios(before: list[Token], following: Token | None) -> bool:
    """Whether an "and" between the words ``before`` it and the word ``following`` it joins a post's portfolios after
    its "of" or "for" ("Minister of Trade and Industry", "Secretary of State for Business and Trade"): one post."""
    posted = any(t.word in TITLE_HEADS for t in before) and any(t.word in ("of", "for") for t in before[1:])
    if not posted or following is None or following.word in TITLE_HEADS:
        return False  # "Secretary of State Omar Diallo and President Ana Ruiz": two people
    return _portfolio(before[-1]) and _portfolio(following)


def _portfolio(token: Token) -> bool:
    return token.capitalised and (token.word in PORTFOLIOS or is_title(token))


def lists_portfolios(words: list[Token], at: int) -> bool:
    """Whether the comma at ``at`` lists the portfolios of a post: "said Investment[,] Trade and Industry
    Minister Zafrul Aziz" (capitalised words, commas and an *and*, then the post), or of a post before it:
    "Minister for Industry[,] Commerce and Supplies Matrika Prasad Yadav"."""
    if words[at].text != "," or not words[at - 1].capitalised:
        return False
    if joins_portfolios(words[:at], words[at + 1] if at + 1 < len(words) else None):
        return True
    joined = False
    for token in words[at + 1 : at + 10]:
        joined = joined or token.word == "and"
        if token.text == "," or token.word == "and":
            continue
        if not token.capitalised:
            return False
        if joined and is_title(token):
            return True
    return False


_OF = frozenset({"for", "on"})  # what a post is for or on, before one capitalised word: no one's name


def of_the_post(words: list[Token], name_start: int) -> bool:
    """Whether the capitalised words from ``name_start``, where a name would start after a post, say what the post is
    of or for, not who holds it: one word after "of" ("Chief of Mission"; not "Head of Mission Ana Lopez"), one word
    after a post for or on something ("Special Envoy for Climate Change", "Senior Special Assistant to the President on
    Media and Publicity"), or any right after a title and "for"
    ("Commissioner for Crisis Management"; not "Minister for Trade Ana Lopez")."""
    before = words[name_start - 1]
    if name_start == len(words) - 1 and (before.word == "of" or any(t.word in _OF for t in words[:name_start])):
        return True  # "Chief of Mission", "Special Envoy for Climate Change", "Assistant … on Media and Publicity"
    return before.word == "for" and name_start > 1 and words[name_start - 2].word.rpartition("-")[2] in TITLE_WORDS

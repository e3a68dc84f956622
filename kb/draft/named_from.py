"""A person named with the country or body they come from, before a reporting verb: "Kim Kye-gwan from the DPRK told
reporters", "Dan Reifsnyder from the US said" — the person, from there; never a group ("Delegations from Kenya and
Tanzania held talks": the two countries) nor a post ("Trade Ministers from Chile")."""

from __future__ import annotations

from kb.draft.post_words import is_title
from kb.draft.speakers import group_noun
from kb.draft.tokens import Token


def person_from(words: list[Token], at: int) -> bool:
    """Whether the word at ``at`` is the "from" after a person's name: two capitalised words before it that name no
    post and no group."""
    named = words[max(0, at - 2) : at]
    person = len(named) == 2 and all(t.capitalised and not is_title(t) and not group_noun(t) for t in named)
    return person and words[at].word == "from"

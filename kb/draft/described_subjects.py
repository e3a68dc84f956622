"""A sentence that opens with an unnamed speaker and a form of *be* or *have* — "The spokesperson was blunt.",
"A source close to the talks was more cautious.", "Officials had a different view." — before a quote with no
attribution of its own: the quote is that description's (which a person named before may then resolve)."""

from __future__ import annotations

import re

from kb.draft.dates import opening_end
from kb.draft.speakers import Mention, describes, mention_of
from kb.draft.subjects import subject_before
from kb.draft.tokens import tokens

_AN_EVENT_CLAUSE = re.compile(r"\s*(?:After|Before|Following|Despite|As|When|While|Although|Though|Because|If)\b")
_STATES = frozenset({"was", "is", "were", "are", "had", "has", "remained", "remains", "seemed", "seems", "sounded"})
_REACH = 10  # words: the description before its verb


def described_opening(sentence: str) -> Mention | None:
    """The unnamed speaker a sentence opens with, as the subject of its first form of *be* or *have*, after an opening
    phrase of time too ("In the coming days, the UN envoy is to meet …"; not after a clause of an event: "After the
    vote, the minister was tired.")."""
    opening = 0 if _AN_EVENT_CLAUSE.match(sentence) else opening_end(sentence)  # not "After the vote, the …"
    words = [token for token in tokens(sentence) if token.start >= opening]
    verb = next((i for i, token in enumerate(words[:_REACH]) if token.word in _STATES), None)
    if verb is None or verb == 0 or any(token.text in ",;:" for token in words[:verb]):
        return None
    phrase = subject_before(words, verb)
    if not phrase or phrase[0] is not words[0] or not describes(phrase):
        return None
    who = mention_of(sentence[phrase[0].start : phrase[-1].end])
    return who if who is not None and who.description and not who.pronoun else None

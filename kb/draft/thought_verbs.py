"""A quote in a sentence whose opening subject thinks, hopes or judges rather than says: "Tomas Novak
believes the deal 'is the best we could get'", "Lind sees the offer as 'a start'", "Osei is confident
the talks will 'end well'", "Novak welcomed the deal as 'historic'" — the quoted words are the subject's."""

from __future__ import annotations

from kb.draft.lexicon import ATTITUDES, THINKING_VERBS, VERB_FILLERS
from kb.draft.speakers import Mention
from kb.draft.text import Span
from kb.draft.tokens import tokens

# "is confident", "was upbeat", "remained sceptical": a state of mind after a form of *be*.
_BEING = frozenset({"is", "was", "are", "were", "remains", "remained", "seems", "seemed", "sounded"})
_STILL = frozenset({"still", "now", "too", "firmly", "privately"})  # "Novak still hopes"
_APPOSITION_REACH = 80  # characters: "Tomas Novak, the fisheries minister, believes …"


def thinking_subject(text: str, sentence: Span, subject: Mention | None, quote_start: int) -> Mention | None:
    """The sentence's opening subject, when the verb right after it (over an apposition between commas
    and words such as "also", "still") thinks, hopes or judges and the quote comes after that verb."""
    if subject is None or subject.pronoun or not (subject.name or subject.description):
        return None
    if not text.startswith(subject.phrase, sentence.start):
        return None
    rest_start = sentence.start + len(subject.phrase)
    rest = text[rest_start:quote_start]
    if rest.startswith(","):  # an apposition: ", the fisheries minister, believes"
        closing = rest.find(",", 1, _APPOSITION_REACH)
        rest = rest[closing + 1 :] if closing > 0 else ""
    words = [token.word for token in tokens(rest)]
    while words and (words[0] in (VERB_FILLERS | _STILL) - _BEING or (words[0].endswith("ly") and len(words[0]) > 5)):
        words.pop(0)  # "Novak also believes", "Lind clearly hopes"
    if not words:
        return None
    thinks = words[0] in THINKING_VERBS or (words[0] in _BEING and len(words) > 1 and words[1] in ATTITUDES)
    return subject if thinks else None

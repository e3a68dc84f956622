"""A quote that is its sentence's predicate, taken from a statement the subject issued: "The two ministers,
who are in Qingdao for the summit, 'reviewed the progress in all aspects of bilateral relations'" — the
subject before it said it, when the quote opens with a verb in the past tense."""

from __future__ import annotations

import re

from kb.draft.reader import someone
from kb.draft.speakers import Mention, mention_of

# The words before the quote: a subject of a few words, and at most one aside between commas after it.
_SUBJECT = re.compile(r"\s*(?P<subject>[A-Z][^,\n]{1,60}?)(?:, [^,\n]{1,200},)?\s*")
_PAST = re.compile(r"[a-z]{2,}ed")  # "reviewed", "agreed", "welcomed": the predicate's verb
MAX_WORDS = 6  # words of a subject: a name or a post, not a clause


def predicate_subject(before: str, words: str) -> Mention | None:
    """Who the quote's ``words`` are, when ``before`` is only their subject (and an aside) and they open
    with a verb in the past tense."""
    first = words.split(maxsplit=1)[:1]
    subject = _SUBJECT.fullmatch(before) if first and _PAST.fullmatch(first[0]) else None
    if subject is None or len(subject["subject"].split()) > MAX_WORDS:
        return None
    return someone(mention_of(subject["subject"]))

"""A quote that is its sentence's predicate, taken from a statement the subject issued: "The two ministers,
who are in Qingdao for the summit, 'reviewed the progress in all aspects of bilateral relations'" — the
subject before it said it, when the quote opens with a verb in the past tense; so is the subject of a clause joined
to the one before ("The two chiefs discussed threats from Iran, and Austin 'affirmed unwavering support …'")."""

from __future__ import annotations

import re

from kb.draft.reader import someone
from kb.draft.speakers import Mention, mention_of

# The words before the quote: a subject of a few words, and at most one aside between commas after it, a phrase of
# where or when opening the sentence before them ("In a statement to the agency, the spokesperson, Majed Al-Ansari,").
_SUBJECT = re.compile(
    r"\s*(?:(?:In|At|During|On|After|Speaking|Addressing) [^,\n]{1,120}, )?"
    r"(?P<subject>(?:[A-Z]|the )[^,\n]{1,100}?)(?:, (?P<aside>[^,\n]{1,200}),)?\s*"
)
_PAST = re.compile(r"[a-z]{2,}ed")  # "reviewed", "agreed", "welcomed": the predicate's verb
MAX_WORDS = 6  # words of a subject: a name or a post, not a clause
_ITEM_WORDS = 3  # words of a list's item at most: "Chile, Peru, and Norway"
_JOINS = (", and ", "; and ", ", but ", ", while ", "; ")  # what opens a clause of its own after another


def predicate_subject(before: str, words: str) -> Mention | None:
    """Who the quote's ``words`` are, when ``before`` (or its last clause) is only their subject (and an aside)
    and they open with a verb in the past tense."""
    first = words.split(maxsplit=1)[:1]
    if not first or not _PAST.fullmatch(first[0]):
        return None
    at, join = max((before.rfind(join), join) for join in _JOINS)
    item = before[before.rfind(",", 0, at) + 1 : at].split()  # what the join follows: a list's item, "Peru"?
    joined = at + len(join) if at > 0 and len(item) > _ITEM_WORDS else 0  # not a list's last: "Chile, Peru, and"
    for start in (0, joined) if joined else (0,):  # the whole, else the clause after the join
        subject = _SUBJECT.fullmatch(before, start)
        aside = mention_of(subject["aside"]) if subject is not None and subject["aside"] else None
        if subject is not None and aside is not None and aside.name and " " in aside.name:  # the post, then the name
            return someone(mention_of(f"{subject['subject']}, {subject['aside']}"))
        if subject is not None and subject["subject"][0].isupper() and len(subject["subject"].split()) <= MAX_WORDS:
            return someone(mention_of(subject["subject"]))
    return None

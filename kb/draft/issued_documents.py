"""Who issued a document that speaks, when a sentence of the text says so before its words are quoted: "Norway's
foreign ministry issued a statement on Monday." then '"The talks were constructive," the statement said' — the
ministry's words. A statement named with its speaker's own words ("said in a statement") is read in
descriptions.py; this is the document announced in a sentence of its own."""

from __future__ import annotations

import re

from kb.draft.speakers import Mention, mention_of

LOOK_BACK = 800  # characters before a document's words where the sentence saying who issued it may be

# Issuing a document: "issued a statement", "released a joint communique", "put out a brief readout".
_ISSUED = re.compile(
    r"\b(?:issued|issues|released|releases|put out|puts out|published|publishes|posted|posts|circulated|sent out)"
    r"\s+(?:an?|its|their|the)\s+(?:[\w-]+\s+){0,2}?(?P<document>statement|communiqu[eé]|letter|declaration|readout)\b"
)
# Where a sentence starts: after one that ends in a word or a number, not in "U.S." ("The U.S. Trade Representative").
_SENTENCE_START = re.compile(r"(?<=[a-z0-9%)][.!?])[\"”’')]*\s+|\n")
MOST_WORDS = 8  # words in the phrase that opens the sentence before "issued": more is no one's name


def issuer_before(text: str, at: int, document: str) -> tuple[int, Mention] | None:
    """Where the last sentence before ``at`` that says someone issued such a document is, and who it opens with (a
    person, a body or a described speaker; past a phrase that leads in: "On Monday, the ministry issued …"); None if
    no such sentence is near, or it opens with a pronoun ("It issued a statement")."""
    wanted = document.casefold().replace("é", "e")
    found = [m for m in _ISSUED.finditer(text, max(0, at - LOOK_BACK), at) if _same(m["document"], wanted)]
    if not found:
        return None
    issued = found[-1]
    before = text[max(0, issued.start() - 300) : issued.start()]
    phrase = before[max((m.end() for m in _SENTENCE_START.finditer(before)), default=0) :].strip()
    for words in (phrase, phrase.rpartition(", ")[2]):
        who = mention_of(words) if 0 < len(words.split()) <= MOST_WORDS else None
        if who is not None and not who.pronoun and (who.name or who.organisation or who.description):
            return issued.start(), who
    return None


def _same(document: str, wanted: str) -> bool:
    return document.casefold().replace("é", "e") == wanted

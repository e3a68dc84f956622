"""Who issued a document that speaks, when a sentence of the text says so before its words are quoted: "Norway's
foreign ministry issued a statement on Monday." then '"The talks were constructive," the statement said' — the
ministry's words. A statement named with its speaker's own words ("said in a statement") is read in
descriptions.py; this is the document announced in a sentence of its own. And the phrase of a document and who issued
it before a reporting verb: "a statement from the president's office [said]" (for subjects.py)."""

from __future__ import annotations

import re

from kb.draft.lexicon import SPEECH_VERBS
from kb.draft.reporting_verbs import negation
from kb.draft.speakers import Mention, mention_of
from kb.draft.tokens import Token

LOOK_BACK = 800  # characters before a document's words where the sentence saying who issued it may be

# Issuing a document: "issued a statement", "released a joint communique", "put out a brief readout".
_ISSUING = re.compile(
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
    found = [m for m in _ISSUING.finditer(text, max(0, at - LOOK_BACK), at) if _same(m["document"], wanted)]
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


ISSUED = frozenset({"statement", "communique", "communiqué", "letter", "declaration"})
# Words of a verb of the document's own between its issuer and the reporting verb: "a statement from the ministry
# didn't characterise the talks or say …" is no statement of "the ministry didn't characterise …".
_AUXILIARIES = frozenset({"did", "does", "do", "has", "have", "had", "was", "were", "is", "are"})


def document_issued(words: list[Token], at: int) -> list[Token]:
    """A document and who issued it, ending at ``at``: "a brief statement issued by the Prime Minister's media
    office in Islamabad [said]", "a statement from the president's office [said]" — or none."""
    for i in range(at - 1, max(at - 20, 0), -1):
        if words[i].word in ISSUED and words[i + 1].word in ("issued", "released", "by", "from"):
            start = next((j for j in range(i - 1, max(i - 4, -1), -1) if words[j].word in ("a", "an", "the")), None)
            between = words[start + 1 : i] if start is not None else []
            verbal = any(t.word in _AUXILIARIES or negation(t.word) for t in words[i + 1 : at + 1])
            return (
                words[start : at + 1]
                if start is not None and all(t.text.islower() for t in between) and not verbal
                else []
            )
        if words[i].text in ",;:" or (words[i].word in SPEECH_VERBS and words[i - 1].word not in ISSUED):
            return []
    return []

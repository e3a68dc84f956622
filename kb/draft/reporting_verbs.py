"""Reporting verbs among a text's words: "said", "told", "pointed out" — never a noun that looks like one ("Novak's
remarks", "Coastal states have agreed") nor a document's participle of issuing ("a statement issued by …")."""

from __future__ import annotations

from kb.draft.lexicon import COUNTING, OWNERS, PHRASAL_SPEECH_VERBS, SPEECH_VERBS
from kb.draft.text import POSSESSIVE
from kb.draft.tokens import TOKEN, Token


def speech_verbs(words: list[Token]) -> list[int]:
    """Where the reporting verbs are (in lower case: "States" in "United States" is none; after an owner,
    a noun: "Novak's remarks", "their claims")."""
    verbs = SPEECH_VERBS  # the test of _reports, inline: it runs on every word of a text
    return [
        i
        for i, (word, _, _) in enumerate(words)
        if word[:1].islower()
        and (word.casefold().rstrip(".") in verbs or word in PHRASAL_SPEECH_VERBS and _phrasal(words, i))
        and not (i and _owner_word(words[i - 1].text, word))
        and not (word in _PLURAL_NOUNS and i + 1 < len(words) and words[i + 1].word in _AFTER_A_NOUN)
        and not (word in ("called", "calls") and _visited(words, i))
    ]


def _visited(words: list[Token], at: int) -> bool:
    """Whether "called on" is a visit ("called on Foreign Minister Qureshi on Tuesday"), not a demand ("called on
    Japan to lift …", "called on both sides for restraint"): someone named after it, and no "to" nor "for" right
    after the name (as meeting_nouns.py reads a visit)."""
    if at + 2 >= len(words) or words[at + 1].word != "on" or not words[at + 2].capitalised:
        return False
    named = at + 2
    while named < len(words) and (words[named].capitalised or words[named].word in ("and", "of", ",")):
        named += 1
    return named == len(words) or words[named].word not in ("to", "for")


# Reporting verbs that are plural nouns too, as they are before a verb of their own ("Coastal states have agreed", "the
# claims were rejected") or a preposition (see _AFTER_A_NOUN); not before what they say ("The statement states that").
_PLURAL_NOUNS = frozenset({"states", "claims", "reports", "remarks", "comments", "notes", "calls", "issues",
                           "answers", "promises", "demands", "posts", "tweets", "pledges", "vows"})  # fmt: skip
_FINITE = frozenset({"have", "has", "had", "are", "were", "will", "would", "can", "could", "should", "must", "may",
                     "might", "agreed", "agree", "agrees", "remain", "remained", "met", "meet", "signed"})  # fmt: skip
# The words after such a plural that make it one, a verb's or a place's: "officials of Caribbean states in Seoul",
# "member states of the bloc", "states across the region", "states and territories", "reports by the chamber", "the
# two states said".
_AFTER_A_NOUN = _FINITE | {"in", "at", "of", "from", "across", "and", "by"} | {"said", "say", "says", "told", "added"}


def negation(word: str) -> bool:
    """Whether a word negates the verb after it: "not", "never", "didn't", "won’t"."""
    return word in ("not", "never") or word.endswith(("n't", "n’t"))


def _phrasal(words: list[Token], at: int) -> bool:
    """Whether a word is a reporting verb of two with the word after it: "pointed out", "spelled out"."""
    particle = PHRASAL_SPEECH_VERBS.get(words[at].word)
    return particle is not None and at + 1 < len(words) and words[at + 1].word.rstrip(".,") == particle


# A document before a participle of issuing, no reporting verb: "a statement issued by …", "the letter released on …".
_DOCUMENTS = frozenset({"statement", "statements", "communique", "communiqué", "letter", "declaration", "report"})
_ISSUING = frozenset({"issued", "released", "published", "posted", "sent", "circulated", "distributed"})


def issued(words: list[Token], at: int) -> bool:
    """Whether the reporting verb at ``at`` is a document's participle of issuing: "a statement [issued] by …"."""
    return at > 0 and words[at - 1].word in _DOCUMENTS and words[at].word in _ISSUING


_OF = frozenset({"of"})


def _owner_word(word: str, noun: str) -> bool:
    """Whether a word makes a noun of the verb after it: "Novak's", "their" remarks, "both states", "the notes"."""
    nouns = OWNERS | COUNTING | _OF if noun[-1:] == "s" else OWNERS  # "a series of demands", "the list of claims"
    return word.casefold() in nouns or bool(POSSESSIVE.search(word))


def _reports(word: str, previous: str) -> bool:
    return word[:1].islower() and word.casefold().rstrip(".") in SPEECH_VERBS and not _owner_word(previous, word)


def tokens_through_verbs(text: str, count: int) -> list[Token]:
    """The tokens of ``text`` up to its ``count``-th reporting verb (see speech_verbs), or all of
    them: what a reader of its first verbs and the words before them needs, and no more (a text
    full of verbs is not read to its end for each quote)."""
    found: list[Token] = []
    previous = ""
    plural = False  # the word before is a plural noun or a verb: the word after it tells which (see speech_verbs)
    for match in TOKEN.finditer(text):
        word = match.group()
        if plural:
            plural = False
            if word.casefold().rstrip(".") not in _AFTER_A_NOUN:
                count -= 1
                if not count:
                    break
        found.append(Token(word, match.start(), match.end()))
        if _reports(word, previous):
            plural = word in _PLURAL_NOUNS
            count -= 0 if plural else 1
            if not count:
                break
        previous = word
    return found

"""Who a text names as the subject of its sentences: the person a sentence opens with, after an opening clause
too ("After the talks, Tomas Novak flew home"), and the speaker of each reporting verb — never a dateline ("NEW
YORK — …") nor a thing ("the Alliance")."""

from __future__ import annotations

import functools
import re

from kb.draft.lexicon import ARABIC_ARTICLE, HONORIFICS, NAME_PARTICLES, OPENERS, TITLE_WORDS
from kb.draft.post_words import is_title
from kb.draft.reporting_verbs import speech_verbs
from kb.draft.speakers import Mention, mention_of
from kb.draft.subjects import subject_before
from kb.draft.subjects_after import subject_after
from kb.draft.text import CAPITALS, POSSESSIVE, sentences
from kb.draft.tokens import Token, tokens

# A word of a name after another capitalised word or an honorific ("Donald Trump", "Mr. Trump"): its surname.
_AFTER_A_CAPITAL = re.compile(
    rf"\b(?:(?:Mr|Mrs|Ms|Dr|Prof|[A-Z])\.|[{CAPITALS}][\w’'-]*) (?=([{CAPITALS}][a-z][\w’'-]*)\b)"
)
# A family name written first, before a given name of two parts joined by a hyphen: "Kim Jong-un", "Moon Jae-in".
_FAMILY_FIRST = re.compile(r"\b([A-Z][a-z]+) [A-Z][a-z]+-[a-z]+\b")


# A surname that opens with an Arabic article after a given name: "Majed al-Ansari", "Abdel Fattah el-Sisi".
_ARTICLE_SURNAME = re.compile(rf"\b[{CAPITALS}][\w’'-]* ({ARABIC_ARTICLE}[{CAPITALS}][\w’'-]*)")


@functools.lru_cache(maxsize=1)  # read for quotes and again for reported speech: the same text unless a transcript
def named_subjects(blanked: str) -> list[tuple[int, Mention]]:
    """People named as the speaker of a reporting verb, or as the subject a sentence opens with (by
    a surname alone, "Trump lavished …", if the text gives it after a given name or a post too)."""
    surnames = {match.group(1) for match in _AFTER_A_CAPITAL.finditer(blanked)}
    surnames |= {match.group(1) for match in _FAMILY_FIRST.finditer(blanked)}
    articled = {match.group(1) for match in _ARTICLE_SURNAME.finditer(blanked)}  # "Majed al-Ansari": "Al-Ansari" too
    surnames |= articled | {surname[:1].upper() + surname[1:] for surname in articled}
    return [
        (sentence.start + at, who)
        for sentence in sentences(blanked)
        if not sentence.text.startswith("(")  # an aside in brackets: "(Dhlakama died in May.)"
        for at, who, alone in _subjects_in(sentence.text)
        if not alone or who.phrase in surnames
    ]


@functools.lru_cache(maxsize=8192)  # with a transcript, its sentences outside the turns are read twice
def _subjects_in(sentence: str) -> tuple[tuple[int, Mention, bool], ...]:
    """The named subjects of one sentence (see named_subjects), where each starts in it, and
    whether it is a sentence's opening word alone."""
    found: list[tuple[int, Mention, bool]] = []
    words = tokens(sentence)
    starts = [0] + [verb for verb in speech_verbs(words)]
    opened: list[Token] = []
    for at in starts:
        if at == 0:
            phrase: list[Token] = []
            for token in words:
                particle = bool(phrase) and token.word in NAME_PARTICLES  # "Souza da Costa added"
                if not (token.capitalised or token.word in TITLE_WORDS or particle) or token.text in ",:;—–-":
                    break
                phrase.append(token)
            while phrase and phrase[-1].word in NAME_PARTICLES and not phrase[-1].capitalised:
                phrase.pop()
            participle = phrase and (
                phrase[0].word.endswith("ing") or len(phrase) == 1 and phrase[0].word.endswith("ed")
            )
            if not phrase or phrase[0].word in OPENERS or participle:
                phrase = opened = _after_opening_clause(words)  # "After the talks, Tomas Novak flew home"
            if dateline(words, phrase):
                continue  # "NEW YORK — There is …": the place the story was filed from
            if not phrase:
                continue  # (a phrase of one word is kept if it is a surname: see named_subjects)
        else:
            inverted = subject_after(words, at) if at and words[at - 1].text == "," else []
            phrase = inverted or subject_before(words, at)  # "… trade, says Datuk Seri Mohamad Hasan."
        who = mention_of(sentence[phrase[0].start : phrase[-1].end]) if phrase else None
        if who is not None and who.name and not who.pronoun and not _the_thing(phrase, who):
            alone = len(phrase) == 1 and phrase[0] is words[0] or phrase is opened and " " not in who.name
            found.append((phrase[0].start, who, alone))  # one word after an opening clause: "However, Yemen's Houthi"
    return tuple(found)


def _the_thing(phrase: list[Token], who: Mention) -> bool:
    """Whether "the" opens a name without a post, which names a body or a thing, no person: "the GCC", "the
    Alliance" (not "the Alliance's chief negotiator Tomas Novak")."""
    return phrase[0].word == "the" and not who.title and not POSSESSIVE.search(phrase[0].text)


def dateline(words: list[Token], phrase: list[Token]) -> bool:
    """Whether a sentence's opening words are a dateline: in capitals, no post nor style among them, then a
    dash or a colon ("NEW YORK — …", "KUALA LUMPUR: …"), or a comma and a day or a bracket ("GENEVA, Dec 5 — …",
    "ABU DHABI, (WAM - 09th Dec, 2020)")."""
    after = len(phrase)
    mark = words[after].text if after < len(words) else ""
    dated = mark == "," and any(t.text[:1].isdigit() or t.text == "(" for t in words[after + 1 : after + 5])
    capitals = all(t.text.isupper() and not is_title(t) and t.word not in HONORIFICS for t in phrase)
    return bool(phrase) and phrase[0] is words[0] and (mark in ("—", "–", "-", ":") or dated) and capitals


_OPENING_CLAUSE = 24  # words: the clause a sentence may open with before its subject ("On Monday, …")


def _after_opening_clause(words: list[Token]) -> list[Token]:
    """The capitalised subject after a sentence's opening clause: "After the talks in Geneva, [the
    Alliance's chief negotiator Tomas Novak] flew home"."""
    comma = next((i for i, token in enumerate(words[:_OPENING_CLAUSE]) if token.text == ","), None)
    if comma is None:
        return []
    phrase: list[Token] = []
    for token in words[comma + 1 :]:
        if not (token.capitalised or token.word in TITLE_WORDS or (not phrase and token.word == "the")):
            break
        phrase.append(token)
    return phrase if any(token.capitalised for token in phrase) else []

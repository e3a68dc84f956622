"""The names a text gives, read from its runs of capitalised words before any is resolved: the given names before a
surname and the words after a given name, the longer name a word ends, the parts of a surname a text may use alone,
and the words it writes as a body's or alone after a post."""

from __future__ import annotations

import functools
import re

from kb.draft.countries import COUNTRIES
from kb.draft.known import fold, surname
from kb.draft.lexicon import (
    ARABIC_ARTICLE,
    HONORIFICS,
    NAME_PARTICLE_WORDS,
    NAME_PARTICLES,
    NOT_IN_NAMES,
    OPENERS,
    PORTFOLIOS,
    TITLE_WORDS,
)
from kb.draft.post_words import is_title
from kb.draft.speakers import body_name, group_noun
from kb.draft.text import CAPITALISED_RUN, CAPITALS, POSSESSIVE
from kb.draft.tokens import tokens

# Capitalised words in a row, with initials and particles between: "John F. Kennedy", "Ursula von der Leyen".
_ARTICLE = rf"(?:{ARABIC_ARTICLE})?"  # an Arabic article before a name's part: "el-Sisi"
_CAPITALISED_RUN = re.compile(
    rf"\b[{CAPITALS}][\w’'-]+(?: (?:[A-Z]\.? )?(?:(?:{NAME_PARTICLE_WORDS}) ){{0,3}}{_ARTICLE}[{CAPITALS}][\w’'-]+)+\b"
)


_CONTRACTION = re.compile(r"[’'](?:m|s|d|ve|ll|re|t)$", re.IGNORECASE)  # "I'm Emily Davis": no given name "I'm"


def _not_a_given_name(word: str) -> bool:
    lower = word.lower()
    return (
        lower in TITLE_WORDS
        or lower in PORTFOLIOS  # "Minister of Entrepreneurship and Information Technology Urve Palo"
        or lower.split("-")[-1] in TITLE_WORDS  # "Director-General"
        or lower.rstrip(".") in HONORIFICS
        or lower in OPENERS
        or lower in NOT_IN_NAMES  # a headline's verb: "Li Zhaoxing Meets with …"
        or bool(body_name(word))
        or bool(_CONTRACTION.search(word))
        or (len(word) > 2 and word.isupper() and word.isalpha())  # an acronym, "USTR Greer"; not initials, "JD Vance"
    )


def short_name(name: str, alone: frozenset[str]) -> str:
    """The word that stands for a person of two names: the surname, unless the text calls them by their first
    name alone and never by the other — a family name written first ("Wang" of "Wang Yi": "Wang replied")."""
    words = name.split()
    if len(words) != 2 or not all(word.isalpha() for word in words) or words[0].casefold() in NAME_PARTICLES:
        return surname(name)
    return words[0] if words[0] in alone and words[1] not in alone else surname(name)


def surname_parts(words: list[str]) -> list[str]:
    """The parts of a surname of two that a text may use alone for a person of these words: the hyphenated
    surname and each side of its hyphen ("al-Thani" of "Mohammed bin Abdulrahman al-Thani", "Ferrer" of "Miriam
    Coronel-Ferrer", "Jaber" of "Mohammed Al-Jaber") and the first of two surnames,
    alone or after the given name ("Blyde" and "Gerardo Blyde" of "Gerardo Blyde Pérez"), and the name before a
    surname that opens with a particle or that surname without it ("Lula", "Luiz Inácio Lula" and "Silva" of "Luiz
    Inácio Lula da Silva")."""
    if len(words) < 2:
        return []
    parts = [words[-1], *(part for part in words[-1].split("-") if len(part) > 2)] if "-" in words[-1] else []
    if len(words) > 2 and words[-2] not in NAME_PARTICLES and len(words[-2].rstrip(".")) > 1:
        parts += [words[-2], " ".join(words[:-1])]
    particle = next((at for at, word in enumerate(words[1:-1], 1) if word in NAME_PARTICLES), 0)
    if particle:  # the surname without its particle: "Souza" of "Carlos Alberto de Souza"
        parts.append(words[-1])
    if particle > 1:  # the name before a surname that opens with a particle: "Lula" of "Luiz Inácio Lula da Silva"
        parts += [words[particle - 1], " ".join(words[:particle])]
    return parts


def longer_names(text: str) -> dict[str, str]:
    """For every capitalised word, the first run of two to four capitalised words the text gives that it ends
    ("Commission": "European Commission"), past the words that open a sentence ("The", "And")."""
    found: dict[str, str] = {}
    for run in CAPITALISED_RUN.finditer(text):
        words = run.group().split()
        while words and words[0].casefold() in OPENERS:
            words = words[1:]
        for at in range(1, len(words)):
            found.setdefault(words[at], " ".join(words[max(0, at - 3) : at + 1]))
    return found


@functools.lru_cache(maxsize=2)  # read for the entities and for "the group said" of the same text
def bodies_by_use(text: str) -> frozenset[str]:
    """The capitalised words a text writes before a post or a group in lower case or before ", which", as a body's
    name ("Hamas official", "Houthi spokesman", "Kremlin aides", "Hamas, which rules Gaza"), and never after a post
    or a style, as a person's ("President Prabowo", "Mr Novak"); nor a country's name or its people's ("the Egyptian
    presidency", "Egyptian intelligence chief …": a country, never "the group")."""
    before, after = set(), set()
    words = tokens(text)
    for first, second, third in zip(words, words[1:], words[2:], strict=False):
        if first.capitalised and (
            second.text.islower()
            and (is_title(second) or group_noun(second))
            or second.text == ","
            and third.word == "which"  # "Hamas, which …"
        ):
            before.add(first.text)
        if second.capitalised and (first.word in TITLE_WORDS or first.word in HONORIFICS):
            after.add(second.text)
    return frozenset(word for word in before - after if body_name(word) not in COUNTRIES)


def words_alone(text: str) -> frozenset[str]:
    """The capitalised words the text uses with no capitalised word beside them but a post or a style before
    them ("President Xi."), without a possessive."""
    alone = set()
    for run in CAPITALISED_RUN.finditer(text):
        words = run.group().split()
        while len(words) > 1 and (words[0].lower() in TITLE_WORDS or words[0].lower() in HONORIFICS):
            words = words[1:]
        if len(words) == 1:
            alone.add(POSSESSIVE.sub("", words[0]))
    return frozenset(alone)


def particle_tails(name: str) -> list[str]:
    """The ends of a name that open with a particle, which a text may use alone for the person:
    "Al Jaber" of "Sultan Al Jaber", "Al Thani" and "bin Abdulrahman Al Thani" of "Mohammed bin
    Abdulrahman Al Thani"."""
    words = name.split()
    return [
        " ".join(words[at:])
        for at in range(1, len(words) - 1)
        if words[at].casefold() in NAME_PARTICLES and words[at - 1].casefold() not in NAME_PARTICLES
    ]


def given_names(text: str) -> dict[str, list[str]]:
    """For every capitalised word that ends a run of capitalised words, the words before it that
    may be given names, where the text first gives some ("Michel Barnier": Barnier -> [Michel])."""
    found: dict[str, list[str]] = {}
    for run in _CAPITALISED_RUN.finditer(text):
        words = run.group().split()
        for at in range(1, len(words)):
            if words[at].endswith(".") and len(words[at]) == 2 or _particle(words, at):
                continue  # an initial ("John F. Kennedy") or a particle ("von der Leyen")
            first = at
            while first > 0 and _particle(words, first - 1):
                first -= 1
            start = first
            while start > max(0, first - 3) and not _not_a_given_name(words[start - 1]):
                if start > 1 and body_name(f"{words[start - 2]} {words[start - 1]}"):
                    break  # a country of two words: "ambassador to Sri Lanka Hans Brattskar"
                start -= 1  # back over given names, to a post or a body: "President Ursula"
            given = words[start:first]
            while given and (given[0].endswith(".") and len(given[0]) == 2):
                given = given[1:]
            name = POSSESSIVE.sub("", " ".join(words[first : at + 1]))  # "Donald Trump’s administration"
            if given and name not in found:
                found[name] = given
    return found


def spellings(given: dict[str, list[str]]) -> dict[str, str]:
    """The surnames of ``given`` (see given_names) by their folded form, by the part after an Arabic article and
    by the second side of a hyphen: "erdogan": "Erdoğan", "sisi": "al-Sisi", "greenfield": "Thomas-Greenfield" —
    a later mention may drop an accent, the article or the first of two surnames."""
    found = {fold(part): name for name in given if "-" in name for part in name.split("-")[1:] if len(part) > 2}
    found |= {fold(name.split("-", 1)[1]): name for name in given if _ARTICLED.fullmatch(name)}
    return found | {fold(name): name for name in given}


_ARTICLED = re.compile(rf"(?i:{ARABIC_ARTICLE})[{CAPITALS}][\w’'-]+")  # "al-Sisi", "Al-Thani"


def _particle(words: list[str], at: int) -> bool:
    """Whether the word at ``at`` is a particle of a name: "von", "bin", or one written with a capital
    after a given name ("Al" of "Thani bin Ahmed Al Zeyoudi", not of "Al Gore" or "President Al Gore")."""
    word = words[at]
    if word in NAME_PARTICLES:
        return True
    return at > 0 and word.casefold() in NAME_PARTICLES and not _not_a_given_name(words[at - 1])


def following_names(text: str) -> dict[str, list[str]]:
    """For every capitalised word that opens a name in a run of capitalised words (after a post,
    a body or nothing), the name's words after it, where the text first gives some ("Premier Li
    Keqiang": Li -> [Keqiang])."""
    found: dict[str, list[str]] = {}
    for run in _CAPITALISED_RUN.finditer(text):
        words = run.group().split()
        for at in range(len(words) - 1):
            if _not_a_given_name(words[at]) or (at > 0 and not _not_a_given_name(words[at - 1])):
                continue
            after: list[str] = []
            for word in words[at + 1 : at + 7]:  # two words, and the particles between ("bin Abdulrahman Al Thani")
                if _not_a_given_name(word) or len([w for w in after if w.casefold() not in NAME_PARTICLES]) == 2:
                    break
                after.append(word)
            if after and words[at] not in found:
                found[words[at]] = after
    return found

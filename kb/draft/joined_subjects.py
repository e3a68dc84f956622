"""The people a meeting's subject joins by "and" when posts set off by commas stand among them: "The two presidents,
Ana Lopez and Omar Diallo, met", "Lopez and Diallo, the two presidents, met", "Lopez, the trade minister, and Diallo,
her Peruvian counterpart, met"; a counterpart a post of a country names: "Lopez and her Chilean counterpart met"; and
the names of a list before "and" that opens a subject: "Chile, Peru and the European Union met" — each a party, but
a post's portfolios joined by "and" or commas ("Minister for Industry, Commerce and Supplies Matrika Prasad Yadav")."""

from __future__ import annotations

import re

from kb.draft.dates import MONTHS, WEEKDAYS
from kb.draft.lexicon import OPENERS, VERB_FILLERS
from kb.draft.post_words import joins_portfolios
from kb.draft.speakers import Mention, body_name, mention_of
from kb.draft.tokens import tokens

# A post set off by commas after a name: ", the trade minister,", ", her Peruvian counterpart,".
_APPOSITION = re.compile(r",\s+(?:the|his|her|their|its|a|an|both)\s[^,;:()“”\"]{1,60}?,")
# Words that say who the people are before their names: "The two presidents, ", "Both leaders, ", "Both ".
_BEFORE_NAMES = re.compile(r"^\s*(?:(?:[Tt]he|[Bb]oth) (?:two )?(?:[a-z]+ )?[a-z]+s\s*,\s*|Both\s+)")
# A name ("the IMF" too), or a country's or body's side named by its people: "the Sri Lankan authorities", "the IMF
# team".
_NAME = re.compile(
    r"(?:[Tt]he )?[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*)* (?:authorities|officials|teams?|delegations?|negotiators"
    r"|governments?|diplomats|envoys|representatives)\b"
    r"|(?:the )?[A-Z][\w’'.-]*(?: (?:[A-Z][\w’'.-]*|de|von|van|der|al|bin))*"
)
_AUXILIARY = re.compile(r"(?:\s+(?:have|has|had|also|then|later|jointly|again|both|together))*\s*$")
_AND_COUNTERPART = re.compile(
    r"(?:^|(?<=[\s,]))[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,4} and (?:his|her|their) [A-Z][\w.-]* counterpart$"
)


def joined_subject(before: str) -> str:
    """The words of two or more people joined by "and" (the posts set off between them left out) that the words
    before a meeting's verb end with, or nothing: "Lopez and Diallo" for "Lopez, the trade minister, and Diallo, "."""
    words = before[-240:]
    words = words[: _AUXILIARY.search(words).start()].rstrip(" ,")  # type: ignore[union-attr]  # always matches
    counterpart = _AND_COUNTERPART.search(words)
    if counterpart is not None:
        return counterpart.group()
    plain = _BEFORE_NAMES.sub("", _APPOSITION.sub(",", words + ","), count=1).rstrip(" ,")
    parts = re.split(r",\s*and\s+|\s+and\s+|,\s*", plain)
    names: list[str] = []
    for part in reversed(parts):  # the names the words end with, each a name alone
        if not _NAME.fullmatch(part.strip()):
            break
        names.insert(0, part.strip())
    return " and ".join(names) if len(names) >= 2 and len(names) == len(parts) else ""


_WORDS = r"[A-Z][\w’'.-]*(?: (?:of )?[A-Z][\w’'.-]*){0,4}"  # a name's capitalised words: "Republic of Korea"
_LIST = rf"{_WORDS}(?:, (?:the )?{_WORDS})*"  # names set off by commas: "…, Japan, the Philippines, Singapore"
# The names before "and" that open a subject the words after it end: "Mercosur and the European Union met", "Chile,
# Peru and the EU met". Or a post's words after "and": "Ana Lopez and her Chilean counterpart Omar Diallo signed".
_JOINED = re.compile(
    rf"(?:^|(?<=[\s,]))(?P<who>{_LIST}),? and "
    r"(?:the |(?:his|her|their) (?:[\w-]+ ){0,3}(?:[\w-]+, )?)?$"  # "and his Chinese counterpart, Wang Yi, met"
)
_LISTED = re.compile(rf"(?:^|(?<=[\s,]))(?P<who>{_LIST}),\s*$")
# A phrase of place or time whose name opens a list: "In Lima, Lopez and Diallo met" (not Lima).
_PLACE_OR_TIME = re.compile(
    r"(?:^|\b(?:in|at|on|during|after|before|since|near|from|to|of) )$|^(?:In|At|On|During|After) "
)


def joined_start(words: str, end: int) -> int:
    """Where the names joined by "and" to the subject that starts at ``end`` begin (``end`` if none do): the list's
    first name, past a name in a phrase of place or time that opens it ("In Lima, Lopez and Diallo met": Lopez)."""
    joined = _JOINED.search(words, max(0, end - 240), end)
    if joined is None and " and " in words[end:]:  # "Lopez, Kral and Diallo met": names before the subject's
        joined = _LISTED.search(words, max(0, end - 240), end)
    if joined is None:
        return end
    start = joined.start("who")
    while ", " in words[start : joined.end()] and not _listed_name(words, start):
        start = words.index(", ", start) + 2  # the name after the place: "In Lima, Lopez"; after "Earlier, "
    return start


_IN_A_PLACE = re.compile(r"\b(?:in|at|near) $")


def _listed_name(words: str, start: int) -> bool:
    """Whether the list's item at ``start`` names someone: a name of two words or more, a country or body
    ("Chile"), or a surname ("Lind, Osei and Novak met"), and not in a phrase of place or time ("In Lima", "On Monday")
    nor a word that opens a sentence ("Earlier", "Meanwhile", "Separately")."""
    item = words[start : words.find(",", start)]
    if _PLACE_OR_TIME.search(words[max(0, start - 8) : start + 3]) or _IN_A_PLACE.search(
        words, max(0, start - 8), start
    ):
        return False  # "Meeting in Ireland, the EU and Norway agreed": no party Ireland
    return " " in item or body_name(item) is not None or _surname(item)


_OPENING = ("still", "instead", "indeed", "nonetheless", "nevertheless", "moreover", "furthermore", "besides",
            "overall", "together", "now", "elsewhere", "afterwards", "afterward", "thus", "hence", "first", "second",
            "third", "next", "otherwise", "likewise", "too", "yet")  # fmt: skip
_NOT_NAMES = frozenset((*OPENERS, *VERB_FILLERS, *_OPENING, *(word.casefold() for word in (*WEEKDAYS, *MONTHS))))


def _surname(word: str) -> bool:
    """Whether a capitalised word alone may be a surname: no word that opens a sentence, no adverb, day nor month."""
    return bool(_NAME.fullmatch(word)) and word.casefold() not in _NOT_NAMES and not word.endswith("ly")


_PEOPLE_OF = re.compile(r"^(?:[Tt]he )?(?:[A-Za-z]+ )?(?:[Mm]inisters|[Ll]eaders|[Oo]fficials|[Ee]nvoys) (?:of|from) ")


def split_and(phrase: str) -> list[Mention]:
    """The people or bodies a subject joins by "and" and commas (see _parts): "Lopez, Diallo and the EU"."""
    mentions = []
    for part in _parts(phrase):
        part = _PEOPLE_OF.sub("", part.strip())  # "The foreign ministers of Japan, South Korea and China met"
        if part.strip() and (found := mention_of(part.strip())):
            mentions.append(found)
    return mentions


def _parts(phrase: str) -> list[str]:
    """The parties a subject joins by "and" and commas, those between a post's portfolios kept: "Minister of
    Entrepreneurship and Information Technology Urve Palo", "Minister for Industry, Commerce and Supplies …" is one."""
    pieces = re.split(r"(\s*,\s*(?:and\s+)?|\s+and\s+)", phrase)  # "A, B, and C": three
    parts = [pieces[0]]
    for joint, part in zip(pieces[1::2], pieces[2::2], strict=True):
        if joins_portfolios(tokens(parts[-1]), next(iter(tokens(part)), None)):  # "for Industry, Commerce and …"
            parts[-1] += joint + part
        else:
            parts.append(part)
    return parts

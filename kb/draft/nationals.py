"""A person called by their nation after "the": "the Ghanaian said", "the Frenchman", "the Israeli added" — one
person, a calling as "the diplomat" is (`descriptions.py`: the one named last), never the country; the plural
or a word of "-ese" or "-ish" is the country's side ("the Chinese said", "the Americans", "the British"). A
"-man" or "-woman" of a nation is a person without "the" too ("“…,” the veteran Frenchman said", whose "the"
the phrase may lose: never a person called "Frenchman"). A nation's plural after "the" is the country's side
("the Americans said": the United States; never a body called "Americans"), and so is a country's government
named with "of" ("the Government of Ghana": Ghana, as "the Ghanaian government" is). A post held for a country
after "the" is one person of that country, unnamed ("The representative for Fiji", "the delegate from Tuvalu")."""

from __future__ import annotations

import re

from kb.draft.countries import COUNTRIES, DEMONYMS, names_of

_CALLED = re.compile(r"(?P<the>[Tt]he (?:[a-z-]+ )?)?(?P<word>[A-Z][a-z]+)")  # "the Ghanaian", "the veteran Brazilian"


def national(phrase: str) -> bool:
    """Whether a phrase calls one person by their nation (see the module)."""
    called = _CALLED.fullmatch(phrase.strip(" ,"))
    if called is None:
        return False
    word = called.group("word")
    if word.endswith(("man", "woman")):  # "Frenchman", "Irishwoman", "Dutchman"
        return word.removesuffix("woman").removesuffix("man") in DEMONYMS
    the = called.group("the") is not None  # a word of a nation alone is a country's: "Iranian officials"
    return the and word in DEMONYMS and word.endswith(("an", "i")) and word != "European"  # not "the Chinese"


_PLURAL = re.compile(r"[Tt]he (?P<word>[A-Z][a-z]+)s")  # "the Americans", "the Israelis", "the Saudis"
_GOVERNMENT_OF = re.compile(r"(?:[Tt]he )?[Gg]overnment of (?:the )?(?P<country>[A-Z][\w ’'-]*)")


def nation_of(phrase: str) -> str | None:
    """The country whose side a nation's plural after "the" names ("the Americans said": the United States), or
    whose government a phrase names with "of" ("the Government of Ghana")."""
    plural = _PLURAL.fullmatch(phrase.strip(" ,"))
    if plural is not None:
        return DEMONYMS.get(plural.group("word"))
    government = _GOVERNMENT_OF.fullmatch(phrase.strip(" ,"))
    return government["country"] if government and government["country"] in COUNTRIES else None


# A nation's people against or apart from its state: "Syrian rebels", "the Syrian opposition", "Ukrainian
# separatists" — a side of their own, never the country.
_APART = re.compile(
    r"(?:[Tt]he )?(?P<word>[A-Z][a-z]+) (?:[a-z-]+ )?(?:rebels?|opposition|insurgents?|militants?|separatists?"
    r"|dissidents?|guerrillas?|protesters?|exiles?|fighters?)"
)


def apart_from_the_state(phrase: str) -> bool:
    """Whether a phrase names a nation's people against or apart from its state ("Syrian rebels": no Syria)."""
    apart = _APART.fullmatch(phrase.strip(" ,"))
    return apart is not None and apart.group("word") in DEMONYMS


_FOR_A_COUNTRY = re.compile(
    r"[Tt]he (?:[\w-]+ ){1,3}?(?:for|of|from) (?:the )?(?P<country>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3})"
)
_COUNTRY_NAMES = names_of(COUNTRIES)


def country_served(phrase: str) -> str | None:
    """The country a post after "the" is held for, of or from (see the module): "The representative for Fiji"."""
    found = _FOR_A_COUNTRY.fullmatch(phrase.strip())
    return _COUNTRY_NAMES.get(found.group("country").casefold()) if found else None

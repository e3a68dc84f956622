"""A body a speaker's definite noun stands for: '"…," the ministry said' after "Ghana's Ministry of Finance said …" is
that ministry, named in full as the text named it last ("the department", "the commission", "the office", "the
agency", "the bank", "the secretariat"…); "the government" after "the Pakistani government" is Pakistan's; a noun no
body named before holds stays the description it is."""

from __future__ import annotations

import re

from kb.draft.countries import COUNTRIES, DEMONYMS
from kb.draft.speakers import Mention, body_name, mention_of

_NOUNS = ("ministry", "department", "commission", "office", "agency", "bureau", "secretariat", "council", "committee",
          "bank", "authority", "presidency", "embassy", "directorate")  # fmt: skip
_DEFINITE = re.compile(
    r"(?:[Tt]he|[Ii]ts|(?P<owner>[A-Z][a-z]+)[’']s) (?:(?P<nation>[A-Z][a-z]+) )?"  # "the Egyptian Ministry", "Seoul's"
    rf"(?P<noun>{'|'.join(_NOUNS)}|{'|'.join(noun.capitalize() for noun in _NOUNS)})"
)
_LOOK_BACK = 3000  # characters before the quote where the body's full name is looked for
_WORD = r"[A-Z][\w’'.&-]*"
_THE_GOVERNMENT = re.compile(r"(?:[Tt]he|[Ii]ts) [Gg]overnment")
# A government named with its country: "the Sri Lankan government", "Japan's new government", "the Government of
# Ghana" (the country in the group "country").
_GOVERNMENT = re.compile(
    rf"(?P<country>(?!The\b){_WORD}(?: {_WORD})?)(?:[’']s (?:[a-z-]+ )?| )[Gg]overnment\b"
    rf"|\b[Gg]overnment of (?:the )?(?P<of>{_WORD}(?: {_WORD}){{0,2}})"
)


def described_body(phrase: str) -> Mention | None:
    """A speaker's phrase that is a body's definite noun ("the commission", "the secretariat") as a description."""
    words = phrase.strip(" ,")
    return Mention(phrase, description=words) if _DEFINITE.fullmatch(words) else None


def a_body(who: Mention) -> bool:
    """Whether a speaker no name names is a body by its noun ("The finance ministry", "Ghana's Ministry of Finance"),
    not people ("Officials", "a source")."""
    words = (who.description or "").split(" of ")[0].split()  # "The Public Relations office [of the Minister]"
    named = bool(who.organisation) and not who.description  # "The White House", not "The Ethiopian expert"
    return named or bool(words) and words[-1].casefold().strip(",") in (*_NOUNS, "government")


def body_meant(text: str, at: int, who: Mention) -> Mention | None:
    """The body named in full last in the ``_LOOK_BACK`` characters before ``at`` whose name holds the noun of a
    speaker described as "the ministry" (its own words, a country's possessive before them kept: "Ghana's Ministry of
    Finance", "the Finance Ministry", "the European Commission", "Ghana's finance ministry"); none named, the speaker
    as the text describes it ("the commission", which no lexicon reads as anyone); None for a speaker of another
    kind."""
    if who.organisation and not who.name and _ACRONYM.fullmatch(who.organisation):
        return _spelled_out(text, at, who.organisation)  # "MFA said" after "Singapore's Ministry of … (MFA)"
    unread = not (who.name or who.organisation or who.description or who.pronoun)
    words = (who.phrase if unread else who.description or "").strip(" ,")
    national = who.organisation in COUNTRIES and bool(who.description)  # "the Egyptian Ministry": Egypt's
    found = _DEFINITE.fullmatch(words) if not who.name and (not who.organisation or national) else None
    if found is None:
        return _government_meant(text, at, words) if not who.name and not who.organisation else None
    head, noun = found["noun"].capitalize(), found["noun"].lower()
    name = re.compile(
        rf"(?:{_WORD}[’']s )?(?:{_WORD} ){{0,4}}{head}(?: (?:of|for) (?:the )?{_WORD}(?:,? (?:and )?{_WORD})*)?"
        rf"|{_WORD}[’']s (?:[a-z-]+ ){{0,3}}{noun}\b"  # "Ghana's finance ministry"
    )
    names = [m.group() for m in name.finditer(text, max(0, at - _LOOK_BACK), at) if m.group() != head]
    if found["nation"]:  # "the Egyptian Ministry": only a body of that nation's ("Egypt's …", "the Egyptian …")
        country = DEMONYMS.get(found["nation"])
        names = [n for n in names if country is not None and (found["nation"] in n or country in n)]
        if not names:
            return None  # none named: the nation's body as the text describes it
    elif found["owner"]:  # "Seoul's ministry": a body of its country's, or of no country named
        country = who.organisation  # its country's, named or not: "Seoul's" is South Korea's
        names = [n for n in names if country is None or country in n or not any(c in n for c in COUNTRIES)]
        if not names:
            return None  # none named: the country's body as the text describes it
    meant = mention_of(names[-1]) if names else None
    if meant is not None and (meant.name or meant.organisation or meant.description):
        return meant
    if not names and found["noun"][0].isupper():  # "the Council said", no council named before: a body by that name
        return Mention(who.phrase, organisation=found["noun"])
    return Mention(who.phrase, description=names[-1] if names else words)


_ACRONYM = re.compile(r"[A-Z]{2,8}")


def _spelled_out(text: str, at: int, acronym: str) -> Mention | None:
    """The body the text named in full, its acronym in brackets after it, in the ``_LOOK_BACK`` characters before
    ``at`` ("Singapore's Ministry of Foreign Affairs (MFA)"); None if it gave the acronym no such name."""
    name = re.compile(
        rf"((?:[Tt]he )?(?:{_WORD}[’']s )?{_WORD}(?: (?:(?:of|for|on|and) (?:the )?)?{_WORD})*) \({acronym}\)"
    )
    meant = [mention_of(m.group(1)) for m in name.finditer(text, max(0, at - _LOOK_BACK), at)]
    bodies = [m for m in meant if m is not None and not m.name and (m.organisation or m.description)]  # no one's
    return bodies[-1] if bodies else None


def _government_meant(text: str, at: int, words: str) -> Mention | None:
    """The country whose government was named last in the ``_LOOK_BACK`` characters before ``at``, for a speaker
    described as "the government" ("the Pakistani government", "Japan's government", "the Government of Ghana");
    None when no country's government was named, or two countries' were: which one speaks cannot be told."""
    if not _THE_GOVERNMENT.fullmatch(words):
        return None
    named = (body_name(m["country"] or m["of"]) for m in _GOVERNMENT.finditer(text, max(0, at - _LOOK_BACK), at))
    countries = {country for country in named if country in COUNTRIES}
    return Mention(words, organisation=countries.pop()) if len(countries) == 1 else None

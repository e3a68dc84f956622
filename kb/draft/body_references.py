"""The body a definite noun stands for when the text named it in full a little before: "talks between Tehran and the
agency" after "the International Atomic Energy Agency" is that agency, "the Fund" after "the International Monetary
Fund", "the commission" after "the European Commission" — the last body named whose name ends with that noun."""

from __future__ import annotations

import re

from kb.draft.speakers import body_name

# "the agency", "the Fund": one word after "the", not the first word of a name ("the United States").
_THE_NOUN = re.compile(r"\b(?P<the>[Tt]he) (?P<noun>[a-z]{3,}|[A-Z][a-z]{2,})\b(?! [A-Z&])")
_LOOK_BACK = 3000  # characters before the words where the body's full name is looked for
_READ = 300  # characters of the words read: a meeting's parties come first, and a long sentence costs no more
_CAPITALISED = r"[A-Z][\w’'.-]*"


def with_bodies_named(text: str, words: str, before: int) -> str:
    """The words, each "the" and a noun in their first ``_READ`` characters that ends the name of a body named in the
    ``_LOOK_BACK`` characters of ``text`` before ``before`` given as "the" and that name ("the International Atomic
    Energy Agency")."""

    def named(found: re.Match[str]) -> str:
        noun = found.group("noun")
        head = noun[0].upper() + noun[1:]
        if body_name(found.group()) not in (None, head):
            return found.group()  # "the Kremlin" names a body itself
        names = re.finditer(
            rf"\b(?:{_CAPITALISED} (?:(?:of|for|on|and) )?){{1,5}}{head}\b", text[max(0, before - _LOOK_BACK) : before]
        )
        bodies = [name.group() for name in names if body_name(name.group())]
        return f"{found.group('the')} {body_name(bodies[-1])}" if bodies else found.group()

    return _THE_NOUN.sub(named, words[:_READ]) + words[_READ:]

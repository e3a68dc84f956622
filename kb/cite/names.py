"""Who a claim is by, for citations: a person's name split for CSL into family and given names,
and the posts they held when the claim was made."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

NAME_PARTICLES = {"da", "de", "del", "della", "der", "di", "du", "la", "le", "van", "von", "bin", "al"}
NAME_SUFFIXES = {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"}


def person_name(name: str, aliases: Iterable[str] = ()) -> dict[str, str]:
    """A person's name split for CSL into family and given names.

    A one-word alias at either end of the name is the family name, whichever order the
    name is written in (``Xi Jinping`` with alias ``Xi``); otherwise the last word, with
    any lowercase particles before it as CSL's ``non-dropping-particle`` (``von der`` Leyen:
    styles print "von der Leyen, Ursula" and sort it under L or V as they choose, where a family
    name "von der Leyen" is re-split by citeproc-js and pandoc into "Leyen, Ursula von der").
    A single word stays literal.
    """
    words = name.split()
    suffix = None
    if len(words) > 2 and words[-1] in NAME_SUFFIXES:
        suffix = words.pop().rstrip(",")
        words[-1] = words[-1].rstrip(",")
    if len(words) < 2:
        return {"literal": name}
    short = {alias for alias in aliases if " " not in alias.strip()}
    if words[0] in short and words[-1] not in short:
        family, given = words[:1], words[1:]
    else:
        cut = len(words) - 1
        while cut > 1 and words[cut - 1] in NAME_PARTICLES:
            cut -= 1
        family, given = words[cut:], words[:cut]
    result = {"family": " ".join(family[-1:]), "given": " ".join(given)}
    if len(family) > 1:
        result["non-dropping-particle"] = " ".join(family[:-1])
    if suffix:
        result["suffix"] = suffix
    return result


@dataclass
class Agent:
    """Who a claim is by: a named entity with the posts held then, or a description."""

    name: str
    kind: str | None = None  # the entity's kind; None for a description such as "analysts"
    aliases: list[str] = field(default_factory=list)
    posts: list[tuple[str, str | None]] = field(default_factory=list)  # (title, organisation's name)
    side: str | None = None  # in a meeting, the name of the side taken, shown when no post is known

    def phrase(self) -> str:
        if not self.posts:
            return f"{self.name} ({self.side})" if self.side else self.name
        by_organisation: dict[str | None, list[str]] = {}
        for title, organisation in self.posts:
            by_organisation.setdefault(organisation, []).append(title)
        held = "; ".join(
            " and ".join(titles) + (f", {organisation}" if organisation else "")
            for organisation, titles in by_organisation.items()
        )
        return f"{self.name} ({held})"

    def csl(self) -> dict[str, str]:
        if self.kind == "person":
            return person_name(self.name, self.aliases)
        return {"literal": self.name[:1].upper() + self.name[1:]}


def held_at(start: str | None, end: str | None, when: str) -> bool:
    """Whether a post held from start to end (either may be unknown) was held at some time in ``when``.

    Partial dates are periods: 2025-04 runs through the whole of April, so a post that began
    on 2025-04-10 was held in 2025-04.
    """
    return (start is None or start[: len(when)] <= when) and (end is None or when[: len(end)] <= end)

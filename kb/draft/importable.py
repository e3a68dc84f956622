"""The candidates ``kb import`` would take: a claim whose quoted words or excerpt the import's own check does
not find in the text (a quotation the text never closes, marks it pairs otherwise than the import reads them),
or that repeats a claim drafted before it (the same speaker, day and nearly the same words: read twice from one
sentence cut off in a quotation, or a quotation a standfirst or a headline gives again), is left out, so that a
draft's lines import as they are. A claim is checked against every claim drafted from its own words, the first
claims of its kind (the headline's and the lede's) and the ones just before it: a repeat anywhere else in a very
long text, or between two statements that share less than 60% of their words (difflib, which the import asks,
may still find a few such nearly the same), is left to the reviewer, whom the import tells which claim it repeats:
so a text of a thousand quotations of one speaker still drafts in time."""

from __future__ import annotations

from typing import Any

from kb.events.models import words_to_check
from kb.model.quotes import fold, found_in_folded
from kb.model.repeats import repeat_key, repeats


def importable(claims: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
    """The claims, in order, without those ``kb import`` would refuse as above."""
    folded: list[str] = []  # the text folded, once one claim's words are not in it as they are
    near = [0]  # where the words of the claim before were: a claim's are mostly just after them

    def found(words: str) -> bool:
        at = text.find(words, near[0])
        at = at if at >= 0 else text.find(words)
        if at >= 0:
            near[0] = at
            return True
        folded[:] = folded or [fold(text)]
        return found_in_folded(fold(words), folded[0])

    kept: list[dict[str, Any]] = []
    cited: dict[tuple[str, str], list[dict[str, Any]]] = {}  # the claims drafted from the same words, alike
    alike: dict[str, list[tuple[dict[str, Any], frozenset[str] | None]]] = {}  # kept, by repeat_key, with words
    for claim in claims:
        if not all(found(words) for words in _checked(claim)):
            continue
        key = repeat_key(claim)
        cites = claim.get("citations") or [{}]
        same = cited.setdefault((key, cites[0].get("excerpt", "").strip()), []) if key else []
        earlier = alike.setdefault(key, []) if key else []
        mine = _words(claim)
        others = [other for other, theirs in (*earlier[:_FIRST], *earlier[_FIRST:][-_LAST:]) if _share(mine, theirs)]
        if any(repeats(claim, other) for other in (*same, *others)):
            continue
        same.append(claim)
        earlier.append((claim, mine))
        kept.append(claim)
    return kept


_FIRST = 8  # the first claims of a kind checked against every later one: a headline's, a standfirst's, a lede's
_LAST = 8  # and the claims of the kind kept just before
_SHARED_WORDS = 0.6  # two statements nearly the same share far more of their words (difflib's ratio, a slower
# measure of their characters, would be asked of any two long statements of one speaker)


def _words(claim: dict[str, Any]) -> frozenset[str] | None:
    """A statement's words, to tell quickly two that cannot be nearly the same; None for another claim."""
    return frozenset(claim["text"].casefold().split()) if claim["type"] == "statement" else None


def _share(mine: frozenset[str] | None, theirs: frozenset[str] | None) -> bool:
    """Whether two claims drafted from different words may repeat each other: statements only when most of the
    words of the two are in both (a statement given again shares nearly all of them)."""
    if mine is None or theirs is None:
        return True
    return 2 * len(mine & theirs) >= _SHARED_WORDS * (len(mine) + len(theirs))


def _checked(claim: dict[str, Any]) -> list[str]:
    """The words of a claim that kb import looks for in its source: its excerpts and quoted words."""
    return [citation["excerpt"] for citation in claim.get("citations", [])] + [w for _, w in words_to_check(claim)]

"""The candidates ``kb import`` would take: a claim whose quoted words or excerpt the import's own check does
not find in the text (a quotation the text never closes, marks it pairs otherwise than the import reads them),
or that repeats a claim drafted before it from the same words (the same speaker, day and nearly the same words
read twice from one sentence cut off in a quotation), is left out, so that a draft's lines import as they are."""

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
    for claim in claims:
        if not all(found(words) for words in _checked(claim)):
            continue
        key = repeat_key(claim)
        cites = claim.get("citations") or [{}]
        same = cited.setdefault((key, cites[0].get("excerpt", "").strip()), []) if key else []
        if any(repeats(claim, earlier) for earlier in same):
            continue
        same.append(claim)
        kept.append(claim)
    return kept


def _checked(claim: dict[str, Any]) -> list[str]:
    """The words of a claim that kb import looks for in its source: its excerpts and quoted words."""
    return [citation["excerpt"] for citation in claim.get("citations", [])] + [w for _, w in words_to_check(claim)]

"""Whether the text shows a person to be a woman or a man — by an honorific or a post before the
name, or by "she" or "he" as the subject of what the name said — for the pronouns that stand for them."""

from __future__ import annotations

import functools
import re

from kb.draft.speakers import Mention
from kb.draft.text import POSSESSIVE

# What shows a person to be a woman or a man: an honorific or a post before the name ("Ms Lind",
# "spokeswoman Anna Lind"), or "she" or "he" as the subject of what the name said ("Lind said she …").
_SEXED = {
    **dict.fromkeys(("mrs", "ms", "miss", "madam", "dame", "lady", "queen", "princess"), "f"),
    **dict.fromkeys(("spokeswoman", "chairwoman", "congresswoman"), "f"),
    **dict.fromkeys(("mr", "sir", "lord", "king", "prince", "spokesman", "chairman", "congressman"), "m"),
    "she": "f",
    "he": "m",
}
_NAME = r"[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,3}"
_SEXED_BEFORE = re.compile(
    r"\b(?P<mark>Mrs|Ms|Miss|Madam|Dame|Lady|Mr|Sir|Lord|Queen|King|Princess|Prince|[Ss]pokes(?:wo)?man"
    rf"|[Cc]hair(?:wo)?man|[Cc]ongress(?:wo)?man)\.?,? (?P<name>{_NAME})"
)
_SEXED_AFTER = re.compile(
    r"\b(?P<name>[A-Z][\w’'-]*)(?:, [^,\n]{1,80},)? (?:also )?(?:said|says|added|adds|stressed|noted|insisted|explained"
    r"|warned|argued|told [a-z]+) (?:that )?(?P<mark>she|he)\b"
)


@functools.lru_cache(maxsize=2)  # read for quotes, reported speech and meetings of the same text
def _sexes(text: str) -> dict[str, str]:
    """The surnames the text shows to be a woman's ("f") or a man's ("m"); a surname shown as
    both (two people) is neither."""
    found: dict[str, str] = {}
    for pattern in (_SEXED_BEFORE, _SEXED_AFTER):
        for match in pattern.finditer(text):
            surname = POSSESSIVE.sub("", match.group("name").split()[-1])
            sex = _SEXED[match.group("mark").casefold().rstrip(".")]
            found[surname] = sex if found.get(surname, sex) == sex else ""
    return {surname: sex for surname, sex in found.items() if sex}


def sex_of(text: str, who: Mention) -> str | None:
    """Whether the text shows the person named to be a woman ("f") or a man ("m"), or None."""
    words = (who.title or "").casefold().split()
    sex = next((_SEXED[word] for word in words if word in _SEXED), None)
    return sex or (_sexes(text).get(who.name.split()[-1]) if who.name else None)

"""Talks named by the two sides that held them, joined by a hyphen or a dash, and said to have been held: "The third
round of Chile-Peru talks was held in Lima on Monday", "The fifteenth round of the Australia-EU Free Trade Agreement
negotiations was held in Brussels", "US-China trade talks ended in Geneva on Sunday" — their two sides met. Never
talks only spoken of ("US-China talks have stalled", "the EU-Mercosur deal"), nor a pair that is one name
("Guinea-Bissau", "Austria-Hungary")."""

from __future__ import annotations

import re

from kb.draft.meetings import Met, met_at
from kb.draft.speakers import Mention, body_name
from kb.draft.text import Span

_SIDE = r"[A-Z][\w.]*(?: [A-Z][\w.]*)?"
# The pair, up to four words of what the talks are about, the talks, then words up to their holding.
_PAIRED = re.compile(
    rf"\b(?P<one>{_SIDE})[-–](?P<two>{_SIDE}) (?:[\w-]+ ){{0,4}}?(?:talks|negotiations|consultations|dialogue"
    r"|negotiating round|summit)\b[^.;:]{0,60}?"
    r"\b(?:(?:was|were) held|took place|(?:ended|began|opened|concluded|wrapped up|resumed|closed|kicked off"
    r"|got under ?way)\b(?! talks))"
)


def paired_talks(sentence: Span) -> list[Met]:
    """The meeting of the two sides that name talks held (see _PAIRED): none if either names no country or body,
    or the two are one."""
    found = _PAIRED.search(sentence.text)
    if found is None or body_name(found.group().split(" ")[0]):  # "Guinea-Bissau": one name
        return []
    one, two = _side(found["one"]), _side(found["two"])
    if one is None or two is None or one == two:
        return []
    parties = [Mention(found["one"], organisation=one), Mention(found["two"], organisation=two)]
    return [met_at(sentence, parties, found.start())]


def _side(words: str) -> str | None:
    """The country or body a side's words name, or their first word does ("EU" of "EU Free Trade Agreement")."""
    return body_name(words) or body_name(words.split()[0])

"""Numbers that name or label a thing, not measure it, and so are no figures: a number right after a
label's word ("Article 12 of the Hostages Convention", "Paragraph 4 of the Paris Declaration", "under
section 3 tonnes …", "Annex 2") is the number of a part of a text, whatever follows it; and the face value
of a banknote or a coin ("the Rs 2,000 note", "a $100 bill", "a new £50 note", "€2 coins") names the note,
no amount of money. A percentage or an amount with a scale is always a figure ("a $2 trillion spending bill")."""

from __future__ import annotations

import re

# A label's word right before the number, capitalised as a heading or a citation writes it, or in lower case
# for the parts of a law or a treaty ("under section 301", "article 5").
_LABEL = re.compile(
    r"(?:\b(?:Article|Art\.|Section|Sec\.|Paragraph|Para\.|Clause|Annex|Appendix|Chapter|Rule|Resolution"
    r"|Regulation|Directive|Amendment|Title|Part|Phase|Protocol|Schedule|Item|Point|No\.|Tier|Level|Stage|Pillar"
    r"|Table|Figure|Box|Exhibit|Decision|Recommendation)"
    r"|\b(?:article|section|paragraph|clause|annex|chapter|rule|resolution|regulation))\s$"
)
# A banknote or a coin after its face value: "the Rs 2,000 note", "a $100 bill", "the €500 banknotes".
_NOTE = re.compile(r"[ -](?:bank)?notes?\b|[ -]bills?\b|[ -]coins?\b")


def labelled(text: str, match: re.Match[str], end: int, scale: str | None) -> bool:
    """Whether the figure FIGURE matched (its words ending at ``end``, its scale ``scale``) labels a thing
    rather than measuring it: a count or quantity numbered by a label's word before it, or a banknote's or a
    coin's face value."""
    money = bool(match.group("symbol") or match.group("currency"))
    if match.group("percent") or scale:
        return False
    if not money:
        return bool(_LABEL.search(text, max(0, match.start() - 16), match.start()))
    return bool(_NOTE.match(text, end))

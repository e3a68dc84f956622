"""A meeting a phrase opening the sentence names, its parties the one who told and the one told: "In a telephone
conversation on Monday, Spanish Prime Minister Pedro Sánchez told Paraguayan President Santiago Peña that …",
"During their meeting in Lima, Lopez assured President Diallo …" — a call or a meeting of the two, of the day its
phrase gives. Never the press told ("told reporters"), nor a phrase naming its other party ("In a call with Novak,
Lind told …": that meeting is read with its "with")."""

from __future__ import annotations

import re

from kb.draft.meeting_objects import named_after
from kb.draft.meetings import Antecedent, Met, met_at, subjects_of
from kb.draft.text import Span

_OPENING = re.compile(
    r"^(?:In|During|Over|At) (?:an?|the|their|his|her) (?:[\w-]+ ){0,2}?"
    r"(?:(?:tele)?phone (?:call|conversation)|video (?:call|conference)|call|conversation|meeting|talks)"
    r"(?P<gap>[^,]{0,80}), (?P<subject>[^,]{3,120}?) (?:told|informed|assured|briefed|urged|thanked) (?P<rest>.+)"
)
_WHAT_TOLD = re.compile(r" (?:that|of|about|on|to)\b")  # "assured Diallo of her support", "told Peña that …"
_NOT_ALONE = re.compile(r"\b(?:with|between|among|of|by)\b")  # "In a call with Novak": its other party is there


def told_in_opening(text: str, sentence: Span, antecedent: Antecedent) -> list[Met]:
    """The meeting of the subject and the person told, when a call or a meeting opens the sentence (see the module);
    none unless the one told is a person named."""
    found = _OPENING.match(sentence.text)
    if found is None or _NOT_ALONE.search(found["gap"]):
        return []
    subjects = subjects_of(text, sentence.start, found["subject"], antecedent)
    told = named_after(text, _WHAT_TOLD.split(found["rest"], maxsplit=1)[0], 0)[:1]
    if len(subjects) != 1 or not told or not told[0].name or not (subjects[0].name or subjects[0].organisation):
        return []
    return [met_at(sentence, [subjects[0], told[0]], 0)]

"""Two parties speaking as one: "the two countries emphasized '…'", "Both sides stressed that '…'" — the
two countries or bodies the text named together just before ("Qatar and Egypt reaffirmed …")."""

from __future__ import annotations

import re

from kb.draft.reader import Reader
from kb.draft.speakers import Mention, body_name, speech_verbs, tokens_through_verbs
from kb.draft.text import Span

_PAIR_NOUNS = frozenset({"countries", "sides", "governments", "nations", "delegations", "parties", "ministries"})
# Two names joined by "and": "Qatar and Egypt", "the EU and the United States".
_NAME = r"[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3}"
_TWO_NAMES = re.compile(rf"\b(?:[Tt]he )?(?P<one>{_NAME}) and (?:the )?(?P<two>{_NAME})")
REACH = 1500  # characters before the sentence where the two are looked for: its paragraph and the one or two before


def pair_speaking(reader: Reader, sentence: Span) -> Mention | None:
    """The two bodies "the two countries" or "both sides" stands for, when those words are the subject of
    the sentence's first reporting verb: the last two countries or bodies named together before it."""
    words = tokens_through_verbs(reader.blanked[sentence.start : sentence.end], 1)
    verbs = speech_verbs(words)
    lead = [word.word for word in words[max(0, verbs[0] - 3) : verbs[0]]] if verbs else []
    if len(lead) < 2 or lead[-1] not in _PAIR_NOUNS or lead[-2] not in ("two", "both") and lead[:2] != ["both", "the"]:
        return None  # "the two countries", "Both sides", "both the governments"
    start = max(0, sentence.start - REACH)
    pairs = [
        (one, two)
        for match in _TWO_NAMES.finditer(reader.text, start, sentence.start)
        if (one := body_name(match["one"])) and (two := body_name(match["two"])) and one != two
    ]
    if not pairs:
        return None
    one, two = pairs[-1]
    return Mention(f"the {lead[-2]} {lead[-1]}", description=f"{one} and {two}")

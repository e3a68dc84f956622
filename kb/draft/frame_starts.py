"""Where the words read before a quote for its speaker start: never halfway through a name and its post, and before
a relative clause the quote's sentence cuts ("Lord Novak, who will host the next round …, told the press that …")."""

from __future__ import annotations

import re

from kb.draft.lexicon import NAME_PARTICLE_WORDS

_RELATIVE_OPENING = re.compile(r", (?:who|whose|which) ")
_RELATIVE_REACH = 240  # characters before the words read where a relative clause they cut may open


def frame_start(text: str, at: int, floor: int) -> int:
    """Where the words read before a quote start (see _phrase_start) — moved back to the name before a
    relative clause that ``at`` cuts: "Lord Novak, who will host the next round … with Anna Lind, told
    the press that …" is Novak's."""
    reach = max(floor, at - _RELATIVE_REACH)
    openings = list(_RELATIVE_OPENING.finditer(text, reach, at)) if at > floor else []
    if openings and "," not in text[openings[-1].end() : at]:
        return _phrase_start(text, openings[-1].start(), floor)
    return _phrase_start(text, at, floor)


_NAME_WORD_BEFORE = re.compile(rf"(?<![\w’'-])(?:[A-Z][\w’'.-]*|{NAME_PARTICLE_WORDS})\s+$")
_NAME_REACH = 8  # words: a name and a post before it ("Iranian Foreign Minister Hossein Amirabdollahian")


def _phrase_start(text: str, at: int, floor: int) -> int:
    """Where the words read before a quote start: at ``at``, moved back to the start of the word it
    cuts and over the capitalised words and particles just before it, so that a frame never opens
    halfway through a speaker's name and post ("… bin Abdulrahman Al Thani said")."""
    while at > floor and not text[at - 1].isspace():
        at -= 1
    for _ in range(_NAME_REACH):
        word = _NAME_WORD_BEFORE.search(text, max(floor, at - 40), at)
        if word is None or word.end() != at or not text[word.start() : at].strip()[:1].isalpha():
            break
        at = word.start()
    return at

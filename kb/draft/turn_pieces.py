"""A transcript turn's paragraph cut into claims: whole, or, when long, in runs of whole sentences."""

from __future__ import annotations

from kb.draft.reader import MIN_WORDS_WITHOUT_FRAME
from kb.draft.text import Span, sentences

MAX_TURN_WORDS = 120  # words: a longer paragraph of a turn is cut between its sentences
PIECE_WORDS = 60  # words a piece of a long paragraph is given before it ends at a sentence's end


def pieces(text: str, start: int, paragraph: Span) -> list[tuple[str, Span]]:
    """The words of a turn's paragraph from ``start`` (after its label) and their excerpt: the
    paragraph, or, when it runs over MAX_TURN_WORDS, runs of whole sentences of PIECE_WORDS or more
    (the last may be shorter) — each a claim of its own, as a person would record it."""
    words = text[start : paragraph.end]
    if len(words.split()) < MIN_WORDS_WITHOUT_FRAME:
        return []
    if len(words.split()) <= MAX_TURN_WORDS:
        return [(words, paragraph)]
    found: list[tuple[str, Span]] = []
    first: Span | None = None
    count = 0
    for sentence in sentences(words):
        first, count = first or sentence, count + len(sentence.text.split())
        if count >= PIECE_WORDS:
            found.append(_piece(text, start, first, sentence))
            first, count = None, 0
    if first is not None:
        found.append(_piece(text, start, first, sentences(words)[-1]))
    return [piece for piece in found if len(piece[0].split()) >= MIN_WORDS_WITHOUT_FRAME]


def _piece(text: str, start: int, first: Span, last: Span) -> tuple[str, Span]:
    excerpt = Span(start + first.start, start + last.end, text[start + first.start : start + last.end])
    return excerpt.text, excerpt

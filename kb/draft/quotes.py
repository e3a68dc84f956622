"""Quotations in a text: words between quotation marks of any kind (“ ” " ' ‘ ’ « » „ ”…” »…« ''…''),
including quotes that run over paragraphs (each paragraph opening with a quotation mark again)."""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from kb.draft.text import lines

CLOSING = {"“": "”", '"': '"', "«": "»", "„": "“", "‘": "’", "'": "'", "»": "«", "”": "”"}
DOUBLE = '“"«„'
# Marks that open a quote only at a word's start, in styles that open with what English closes with:
# ”…” (Swedish, Finnish), »…« (German, Danish) and two apostrophes, ''…'' (a typewriter's double mark).
WORD_START_OPENING = "”»"
SINGLE = "‘'"
MAX_SINGLE = 400  # a single-quoted run longer than this is taken for apostrophes, not a quote


@dataclass(frozen=True)
class Quote:
    """Quoted words: ``pieces`` are the (start, end) of the words inside the marks, one a paragraph;
    ``start`` and ``end`` span the marks too."""

    pieces: tuple[tuple[int, int], ...]
    start: int
    end: int

    def words(self, text: str) -> str:
        """The quoted words as the text has them, from the first piece to the last."""
        return text[self.pieces[0][0] : self.pieces[-1][1]]


def _word_start(text: str, at: int) -> bool:
    before = text[at - 1] if at > 0 else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    return not before.isalnum() and not after.isspace()


# A mark that may close a single quote: after a non-space, before a non-letter (so that the
# apostrophe of "UK's" never closes one).
_SINGLE_CLOSE = re.compile(r"(?<=\S)[’'](?![^\W_])")


def _single_closes(text: str) -> list[int]:
    return [match.start() for match in _SINGLE_CLOSE.finditer(text)]


def _single_close(text: str, closes: list[int], start: int, limit: int) -> int | None:
    """Where a single quotation mark opened at ``start`` closes, if it does within ``limit``
    and MAX_SINGLE characters (``closes``: where a single quote may close, in order): two characters
    on at least (not "rock 'n' roll"), and past a plural's possessive with another close after it and
    no quote opening between ("‘We agreed on the ministers’ agenda.’", "‘The talks’ outcome is open,’")."""
    index = bisect.bisect_left(closes, start + 2)
    if index < len(closes) and closes[index] == start + 2:
        return None  # one letter between two marks: "rock 'n' roll"
    end = min(limit, start + MAX_SINGLE)
    while index < len(closes) and closes[index] < end:
        close, following = closes[index], closes[index + 1] if index + 1 < len(closes) else end
        if (
            following >= end
            or not _POSSESSIVE.match(text, close - 1)
            or _SINGLE_OPEN.search(text, close + 1, following)
        ):
            return close
        index += 1
    return None


_POSSESSIVE = re.compile(r"s[’'] [a-z]")  # "the ministers’ agenda", not "'successes,' he said"
_SINGLE_OPEN = re.compile(r"(?<![^\W_])[‘'](?=\S)")  # a single mark at a word's start: a quote opens


def _closes(text: str, at: int, open_mark: str) -> bool:
    char = text[at]
    if open_mark in WORD_START_OPENING:
        return char == CLOSING[open_mark] or char == '"'
    if open_mark in SINGLE:
        return char in "’'" and not text[at - 1].isspace() and not text[at + 1 : at + 2].isalnum()
    return char == CLOSING[open_mark] or (char in '”"' and open_mark in DOUBLE)


def _opens_double(text: str, at: int, char: str) -> bool:
    """Whether a double mark opens a quote here: “ « „ always, " unless it closes a word, ” and » at a word's start."""
    if char in DOUBLE:
        return char != '"' or _word_start(text, at) or text[at + 1 : at + 2].isalnum()
    return char in WORD_START_OPENING and _word_start(text, at)


@functools.lru_cache(maxsize=2)  # the quotes of the same text, read for statements and for reported speech
def find_quotes(text: str) -> list[Quote]:
    """Every quotation in the text, in order."""
    found: list[Quote] = []
    open_mark: str | None = None
    pieces: list[tuple[int, int]] = []
    first = 0
    closes = _single_closes(text)
    for first_at, end in lines(text):  # a paragraph a line, as a page gives it (a line that only wraps goes on)
        at = first_at
        if open_mark is not None:
            if text[at] == open_mark or (text[at] in DOUBLE and open_mark in DOUBLE):  # it goes on here
                at += 1
                piece_start = at
            else:  # never closed: it ended with its paragraph
                found.append(Quote(tuple(pieces), first, pieces[-1][1]))
                open_mark, pieces = None, []
        while at < end:
            char = text[at]
            if open_mark is None:
                if _opens_double(text, at, char):
                    open_mark, first, piece_start = char, at, at + 1
                elif text.startswith("''", at) and _word_start(text, at + 1) and text[at - 1 : at] != "'":
                    open_mark, first, piece_start = '"', at, at + 2  # ''…'': closes at '' or a double mark
                    at += 1
                elif char in SINGLE and _word_start(text, at):
                    close = _single_close(text, closes, at, end)
                    if close is not None:
                        found.append(Quote(((at + 1, close),), at, close + 1))
                        at = close
                    elif at == first_at:  # a quote in single marks over paragraphs
                        open_mark, first, piece_start = char, at, at + 1
            elif _closes(text, at, open_mark) or (open_mark in DOUBLE and text.startswith("''", at)):
                mark = (
                    2 if text.startswith("''", at) and open_mark in DOUBLE else 1
                )  # '"…,'' he wrote': two closing marks
                pieces.append((piece_start, at))
                found.append(Quote(tuple(pieces), first, at + mark))
                open_mark, pieces = None, []
                at += mark - 1
            at += 1
        if open_mark is not None:
            pieces.append((piece_start, end))
    if open_mark is not None and pieces:
        found.append(Quote(tuple(pieces), first, pieces[-1][1]))
    return [quote for quote in found if quote.words(text).strip()]


# The words just before a quote that make it a title or a name, not anyone's words: "the book", "titled",
# "so-called", "a plan called" (not "Novak called the plan '…'", where the verb has its object between).
_TITLE = re.compile(
    r"(?:\b(?:book|film|documentary|song|album|novel|memoir|essay|op-ed|slogan|hashtag|headline|motto)"
    r"|\b(?:titled|entitled|headlined|dubbed|so-called|known as)"
    r"|\b(?:plan|programme|program|initiative|project|operation|group|party|bill|law|document|framework|proposal"
    r"|package|fund|mechanism|scheme|deal|agreement|treaty) (?:called|named))[ \t]*$"
)
_TITLE_REACH = 40  # characters before a quote read for the words that make it a title
# Words written up, not said, that a verb of saying gives: a headline, a banner, a sign "read" or "said" them ("A
# headline in Le Monde read '…'", "a banner reading '…'"; not "Lind, who made headlines, said", "… and said").
_INSCRIBED = re.compile(
    r"\b(?:headlines?|banners?|signs?|placards?|posters?|billboards?|captions?|graffiti|inscription|front page)"
    r"(?:(?!\band\b)[^.;:!?\"“”,\n]){0,50}?"
    r" (?:read|reads|reading|said|says|saying|proclaimed|proclaiming|declared|declaring)[ \t,:]*$"
)
_INSCRIBED_REACH = 80  # characters before a quote read for the inscription whose words it gives


def names_a_work(text: str, quote: Quote) -> bool:
    """Whether the quote is the title of a work or a name, or words written up on a headline or a banner, not
    anyone's words (see _TITLE, _INSCRIBED)."""
    if _TITLE.search(text, max(0, quote.start - _TITLE_REACH), quote.start) is not None:
        return True
    return _INSCRIBED.search(text, max(0, quote.start - _INSCRIBED_REACH), quote.start) is not None


def open_at(quotes: list[Quote], at: int) -> list[Quote]:
    """The quote of ``quotes`` (in the text's order) that opened before ``at`` and is still open there, if one
    is: a sentence that starts inside a quotation ('"… we discussed. We remain concerned," Hague said')."""
    index = bisect.bisect_left(quotes, at, key=lambda quote: quote.start) - 1
    return [quotes[index]] if index >= 0 and quotes[index].start < at < quotes[index].end else []

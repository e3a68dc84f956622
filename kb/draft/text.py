"""The text of an article as paragraphs and sentences, each with its place in the text."""

from __future__ import annotations

import bisect
import functools
import re
import string
from dataclasses import dataclass
from operator import attrgetter, itemgetter

from kb.draft.lexicon import SPEECH_VERBS

# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = {
    "jr", "sr", "no", "vs", "inc",
    "co", "corp", "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "d.c", "approx", "e.g", "i.e", "etc",
}  # fmt: skip
_TITLES = {"mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "st", "lt", "col", "capt", "hon"}
# Abbreviations that a capitalised name often follows without a new sentence: U.S. President.
_BEFORE_NAMES = {"u.s", "u.k", "u.n", "e.u"}
_WORD_CHARACTERS = string.ascii_letters + "."
_INITIALS = re.compile(r"(?:[A-Z]\.){1,2}[A-Z]")  # two or three initials before a name: "J.K. Raghavan"
_OPENING = re.compile(r"\s*(?:The|A|An|It|He|She|They|We|I|This|That|In|On|But|And)\b")  # a sentence's first word
# The capitals a name may open with, in a character class: "Çavuşoğlu", "Šefčovič", "Ólafur", not only "A" to "Z".
CAPITALS = "A-ZÀ-ÖØ-Þ" + "".join(letter for letter in map(chr, range(0x100, 0x17F)) if letter.isupper())
POSSESSIVE = re.compile(r"[’']s?$")  # a possessive's ending: "Trump’s", "the ministers'"
CAPITALISED_RUN = re.compile(rf"[{CAPITALS}][\w’'-]*(?: [{CAPITALS}][\w’'-]*)*")  # each capitalised: a name, a body's
QUOTED = re.compile(r"[“\"][^“”\"]*[”\"]")  # words in double quotation marks: no opening mark inside, never past one
MAX_SENTENCE = 1000  # characters: a longer run without a full stop is cut (a list, a table, not prose)
# No end before the rest of a line that is a dash or a tilde and a name: '"… Union." ~ President Tomas Novak'.
_BYLINE = r"[ \t]+[~–—][ \t]*[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3}[ \t]*(?:\n|$)"
# A heading in capitals that opens a line ends a sentence of its own: "FOUR TRADE PRINCIPLES: Talks will …" (the
# heading is the context of the sentences under it, no part of their claims).
_HEADING = r"(?<![^\n])[A-Z][A-Z0-9 ,.’'&-]{2,80}[A-Z]:(?=[ \t]+\S)"
# A run-on end as some stored copies have it, no space after the full stop: "the ministry here said.Lee Do-hoon".
_RUN_ON = r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])"
_END = re.compile(rf"[.!?…]+[\"'”’»)\]]*(?=\s)(?!{_BYLINE})|{_RUN_ON}|{_HEADING}|\n\s*\n|\n(?=\s*[A-Z“\"‘'«•\-–—])")


@dataclass(frozen=True)
class Span:
    """A piece of the text: ``text[start:end]``."""

    start: int
    end: int
    text: str


def lines(text: str) -> list[tuple[int, int]]:
    """Where each line of prose starts and ends: a line break ends one unless it only wraps a long line (`wraps`)."""
    found: list[tuple[int, int]] = []
    start = 0
    for match in _LINE_BREAK.finditer(text):
        if not wraps(text, match.start()):
            found.append((start, match.start()))
            start = match.end()
    found.append((start, len(text)))
    return [(start, end) for start, end in found if text[start:end].strip()]


_LINE_BREAK = re.compile(r"\n")


@functools.lru_cache(maxsize=2)  # read for transcripts and for quotes
def paragraphs(text: str) -> list[Span]:
    """The paragraphs: a line each, as a page gives them, whether blank lines set them apart or not (`lines`)."""
    return [Span(start, end, text[start:end]) for start, end in lines(text)]


def _no_end(text: str, stop: int) -> bool:
    """Whether the full stop at ``stop`` closes an abbreviation or an initial (Mr., U.S., J.)
    rather than a sentence."""
    before = text[max(0, stop - 40) : stop]
    word = before[len(before.rstrip(_WORD_CHARACTERS)) :]  # the letters and full stops just before it
    if not word:
        return False
    token = word.lower().strip(".")
    following = text[stop + 1 : stop + 40].lstrip()[:1]
    if token in _TITLES or (len(token) == 1 and text[stop - 1].isupper()):
        return True  # Mr. Barnier, John F. Kennedy
    if _INITIALS.fullmatch(word) and following.isupper() and not _OPENING.match(text, stop + 1):
        return True  # J.K. Rowling, A.P.J. Abdul Kalam; not "… in the U.A.E. The talks"
    if token in ("a.m", "p.m") and _HOUR_TOLD.match(text, stop + 1):
        return True  # "1:30 p.m. Japan time", "10 a.m. EST", "3 p.m. Tuesday"
    return token in _ABBREVIATIONS and not (following.isupper() and token not in _BEFORE_NAMES)


# What may follow an hour's "a.m." or "p.m." in its sentence: a time zone, the place whose time it is, a weekday.
_HOUR_TOLD = re.compile(
    r"\s*(?:(?:[A-Z]{1,3}T|UTC)\b(?![’'-]|\.[A-Z])|[A-Z][a-z]+ (?:time|Time)\b"
    r"|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?![’'])"
    r")"
)


def sentences(text: str) -> list[Span]:
    """The sentences, in order, each stripped of the white space around it."""
    return _whole_text_sentences(text) if len(text) > _PIECE else _sentences(text)


_PIECE = 2_000  # characters: a piece of a text (a paragraph, the words after a quote) is read anew each time


@functools.lru_cache(maxsize=4)  # every pattern reads the sentences of the same text: no piece may push it out
def _whole_text_sentences(text: str) -> list[Span]:
    return _sentences(text)


def _sentences(text: str) -> list[Span]:
    found: list[Span] = []
    start = 0
    for match in _END.finditer(text):
        if text[match.start()] == "." and "\n" not in match.group() and _no_end(text, match.start()):
            continue
        if match.group() == "\n" and wraps(text, match.start()):
            continue
        if _ASKED.fullmatch(match.group()) and _attribution_after(text, match.end()):
            continue  # '"Why should we pay?" Ferreira asked.': the question is the quote of the sentence going on
        if _ELLIPSIS.fullmatch(match.group()) and text[match.end() : match.end() + 3].lstrip()[:1].islower():
            continue  # "He criticised... the Syrian government": an ellipsis before a small letter ends nothing
        if _CLOSED.fullmatch(match.group()) and _LOWER_AFTER.match(text, match.end()):
            continue  # '"We did our best." said Kurtyka': a quote's full stop before its attribution in lower case
        _add(found, text, start, match.end())
        start = match.end()
    _add(found, text, start, len(text))
    return found


def sentence_after(text: str, at: int) -> Span | None:
    """The sentence after the one that starts at ``at`` (see sentences), or None at the text's end."""
    spans = sentences(text)
    following = bisect.bisect_right(spans, at, key=_START)
    return spans[following] if following < len(spans) else None


_START = attrgetter("start")


# A question, an exclamation or an ellipsis closing a quotation, and what may follow it in the same sentence: a word in
# lower case ('he asked', 'asked Novak', 'the official said') or a name of up to five words and its verb.
_CLOSED = re.compile(r"\.[\"'”’»]+")  # a full stop that a quote closes on
_LOWER_AFTER = re.compile(r"[ \t]+[a-z]")
_ASKED = re.compile(r"(?:[!?]+|\.{3}|…)[\"'”’»]+")  # an ellipsis too: '"We will see ..." Solberg said.'
_AFTER_ASKED = re.compile(r"[ \t]+(?:[a-z]|(?:[A-Z][\w’'.-]*[ \t]+){1,5}(?P<verb>[a-z]+)\b)")


def _attribution_after(text: str, at: int) -> bool:
    """Whether the question or exclamation quoted just before ``at`` goes on in its sentence: a word in lower
    case follows it, or a name and a reporting verb ('"Why should we pay?" Mateus Ferreira asked')."""
    after = _AFTER_ASKED.match(text, at, at + 120)
    return after is not None and (after["verb"] is None or after["verb"] in SPEECH_VERBS)


_ELLIPSIS = re.compile(r"(?:\.{3}|…)[\"'”’»)\]]*")
WRAPPED_LINE = 60  # characters: a line at least this long that ends mid-sentence was wrapped, not ended
_OPENS_ITEM = "•*-–—"


def wraps(text: str, at: int) -> bool:
    """Whether the line break at ``at`` only wraps a long line of prose: the line before it is long and
    ends mid-sentence ("… said European" then "Commission President …"), and no list item opens after it."""
    line = text[text.rfind("\n", 0, at) + 1 : at].rstrip()
    after = text[at + 1 : at + 3].lstrip()[:1]
    return len(line) >= WRAPPED_LINE and line[-1] not in '.!?:;"”’)]' and after not in _OPENS_ITEM


def _add(found: list[Span], text: str, start: int, end: int) -> None:
    """The sentence between ``start`` and ``end``, cut at white space into pieces of at most
    MAX_SENTENCE characters, so that the work done on one sentence is bounded."""
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        _add(found, text, start, cut)
        start = cut
    piece = text[start:end]
    stripped = piece.strip()
    if stripped:
        offset = start + piece.index(stripped)
        found.append(Span(offset, offset + len(stripped), stripped))


def blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with these stretches blanked, each character a space: offsets stay."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def covered(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The stretches of text the spans cover, merged, in order."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def overlaps(covered: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start``–``end`` overlaps a stretch of ``covered`` (see covered)."""
    index = bisect.bisect_right(covered, start, key=itemgetter(0))
    return any(a < end and start < b for a, b in covered[max(0, index - 1) : index + 1])

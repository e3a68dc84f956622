"""Finding quoted words in a source's text.

Words match a text up to white space and typography: straight ' and " match ’ ‘ “ ” (and the
reverse), hyphens match dashes, a no-break space matches a space (``fold``). Words that elide
(``…`` or ``...``) match when their pieces are in the text in order; words wrapped in double
quotes match only words the text itself puts in quotation marks.
"""

from __future__ import annotations

import functools
import re

_SPACE = re.compile(r"\s+")
_QUOTED = re.compile(r'"([^"]+)"|“([^”]+)”')
_FOLD = str.maketrans(
    {
        **dict.fromkeys("‘’‚‛′`", "'"),
        **dict.fromkeys("“”„‟″«»", '"'),
        **dict.fromkeys("‐‑‒–—―−", "-"),
        **dict.fromkeys("\u00a0\u2007\u2009\u202f", " "),
        "…": "...",
    }
)
_ELISION = re.compile(r"\s*(?:\[\.\.\.\]|\(\.\.\.\)|\.\.\.)\s*")
# A passage a (folded) source quotes: in double quotes, or in single quotes as British and
# headline style has it (an apostrophe inside a word is no quotation mark).
_QUOTED_FOLDED = re.compile(r'"([^"]+)"|(?<!\w)\'([^\']+)\'(?!\w)')


def squeeze(text: str) -> str:
    """White space folded to single spaces, so a line break in the source does not matter."""
    return _SPACE.sub(" ", text).strip()


def fold(text: str) -> str:
    """The text as words are compared with it: typography folded, white space squeezed."""
    return squeeze(text.translate(_FOLD))


def found_in(words: str, text: str) -> bool:
    return found_in_folded(fold(words), fold(text))


def found_in_folded(words: str, text: str) -> bool:
    """``found_in`` of words and a text both already folded (``fold``)."""
    if words in text:
        return True
    inner = _wrapped(words)
    if inner is not None:
        return any(_in_order(inner, passage) for passage in _passages(text))
    return _in_order(words, text)


@functools.lru_cache(maxsize=2)  # a text's passages, read once for all the quotes checked against it
def _passages(text: str) -> tuple[str, ...]:
    """The passages a folded text quotes, in double or in single quotes."""
    return tuple(double or single for double, single in _QUOTED_FOLDED.findall(text))


def _wrapped(words: str) -> str | None:
    """The words inside double quotes, when the whole of ``words`` is one quoted passage."""
    if len(words) > 2 and words[0] == words[-1] == '"' and '"' not in words[1:-1]:
        return words[1:-1].strip()
    return None


def _in_order(words: str, text: str) -> bool:
    """Whether the pieces of words that elide are in the text, in order (words that do not
    elide: whether they are in it)."""
    pieces = [piece for piece in _ELISION.split(words) if piece]
    if len(pieces) < 2:
        return bool(pieces) and pieces[0] in text
    at = 0
    for piece in pieces:
        found = text.find(piece, at)
        if found < 0:
            return False
        at = found + len(piece)
    return True


def quoted_segments(text: str) -> list[str]:
    """The words inside double quotes, for a partial quote."""
    return [a or b for a, b in _QUOTED.findall(text)]


def in_source_characters(words: str, text: str) -> str | None:
    """The passage of the text that the words match, in the text's own characters (its quotation
    marks, dashes and spaces; white space squeezed), or None when they do not match it whole."""
    folded: list[str] = []
    where: list[int] = []  # the index in text of each character of folded
    for index, char in enumerate(text):
        for out in char.translate(_FOLD):
            if out.isspace():
                if not folded or folded[-1] == " ":
                    continue
                out = " "
            folded.append(out)
            where.append(index)
    target = fold(words)
    start = "".join(folded).find(target)
    if not target or start < 0:
        return None
    passage = text[where[start] : where[start + len(target) - 1] + 1]
    return re.sub(r"[\t\n\r ]+", " ", passage)


def closest_passage(words: str, text: str) -> str:
    """Where words not in a text come closest to it, for an error message: the passage that
    begins with the longest beginning of the words found in the text, and where the two first
    differ (a few substring searches, whatever the sizes)."""
    target, folded = fold(words), fold(text)
    low, high = 0, len(target)  # target[:low] is in the text; target[:high + 1] is not
    while low < high:
        middle = (low + high + 1) // 2
        if target[:middle] in folded:
            low = middle
        else:
            high = middle - 1
    if low < min(8, len(target)):
        return ""  # not even the first few characters: no passage is close
    start = folded.index(target[:low])
    passage = folded[start : start + min(len(target), low + 60)]
    return (
        f" The closest passage of the source: {passage!r}; they first differ at character {low + 1}: "
        f"{target[low : low + 20]!r} in yours, {passage[low : low + 20]!r} in the source."
    )

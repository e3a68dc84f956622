"""The words of a phrase or a sentence as tokens: each word (a name's possessive and an abbreviation's full stop
with it: "Japan's", "U.S.") or mark, where it starts and ends, in lower case, and whether it is capitalised (a name
after an Arabic article too: "al-Jaafari")."""

from __future__ import annotations

import re
from typing import NamedTuple

from kb.draft.lexicon import ARABIC_ARTICLE

TOKEN = re.compile(r"[^\W_](?:[\w.’'\-]*[^\W_])?\.?(?:[’']s?)?|[^\w\s]")
_ARABIC_ARTICLE = re.compile(rf"{ARABIC_ARTICLE}[A-Z]")  # "al-Jaafari", "el-Sisi": a name's part


class Token(NamedTuple):  # a tuple: made for every word read, it must be cheap to make
    text: str
    start: int
    end: int

    @property
    def word(self) -> str:
        return self.text.casefold().rstrip(".")

    @property
    def capitalised(self) -> bool:
        text = self.text  # a name after an Arabic article is one too: "al-Jaafari", "el-Sisi"
        return text[:1].isupper() or text[:1].isdigit() or ("-" in text[2:4] and bool(_ARABIC_ARTICLE.match(text)))


def tokens(text: str) -> list[Token]:
    return [_new_tuple(Token, (m.group(), m.start(), m.end())) for m in TOKEN.finditer(text)]


_new_tuple = tuple.__new__  # the quickest way to make a Token: no call to its class's __new__ in Python

"""A post as a role's title: its words of a post in lower case, a body's name in capitals ("Foreign Ministry
spokesperson", "minister of entrepreneurship and information technology")."""

from __future__ import annotations

import re

from kb.draft.lexicon import PORTFOLIOS, TITLE_WORDS

# A run of capitalised words, with the small words between them: "Foreign Ministry", "Ministry of Commerce".
_CAPITALS = re.compile(r"[A-Z][\w’'.-]*(?: (?:of |for |and )?[A-Z][\w’'.-]*)*")


def post_in_lower_case(title: str) -> str:
    """A post as a role's title, its words of a post in lower case ("Trade Commissioner", "Vice Premier") but
    those of a body's name before them or after its *of* ("Foreign Ministry spokesperson", "OPEC governor",
    "spokesman for the Ministry of Commerce")."""
    return _CAPITALS.sub(lambda run: _lowered(run.group().split()), title)


def _lowered(words: list[str]) -> str:
    body = [at for at, word in enumerate(words) if word[:1].isupper() and word.lower() not in _POST_WORDS]
    end = len(words) if body and "of" in words[body[-1] + 1 : body[-1] + 2] else (body[-1] + 1 if body else 0)
    return " ".join([*words[:end], *(word.lower() if word.lower() in _POST_WORDS else word for word in words[end:])])


_POST_WORDS = TITLE_WORDS | PORTFOLIOS  # "Minister of Entrepreneurship and Information Technology": all in lower case

"""Small pieces of English shared by the citation formats: a list joined with "and", a capital
first letter, a sentence's closing full stop."""

from __future__ import annotations

from collections.abc import Sequence


def joined(names: Sequence[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def sentence(text: str) -> str:
    """The text ending in a full stop, unless it ends in one already, within quotation marks or not."""
    text = text.rstrip()
    return text if text.rstrip("”’\"'").endswith((".", "!", "?")) else text + "."

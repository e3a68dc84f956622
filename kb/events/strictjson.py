"""The one JSON reader of kb, for every JSON that comes from a person or a file: event files,
`kb add --json`, `kb import` lines, `kb correct --json`, option values that are JSON.

Python's json module takes more than JSON means: a key given twice (the last one wins, where
SQLite's json_extract and GitHub's view read the first, so one file says two things), NaN and
Infinity (not JSON at all), and integers of any length (past 4,300 digits it raises a bare
ValueError). This reader refuses all of them, saying where.
"""

from __future__ import annotations

import json
import math
from typing import Any

from kb.errors import KbError

# No field of an event is a number of more than a few digits (schema_version is 1, counts and
# figures are decimals written as text): 40 digits is far more than any, and far from 4,300.
MAX_INTEGER_DIGITS = 40


class NotStrictJson(ValueError):
    """JSON that Python would read but kb refuses: what is wrong with it."""


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    value = dict(pairs)
    if len(value) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise NotStrictJson(f"the key {key[:60]!r} is given twice in one object — give each key once")
            seen.add(key)
    return value


def _integer(text: str) -> int:
    digits = len(text.lstrip("-"))
    if digits > MAX_INTEGER_DIGITS:
        raise NotStrictJson(f"an integer of {digits} digits — no field takes more than {MAX_INTEGER_DIGITS}")
    return int(text)


def _float(text: str) -> float:
    if len(text) > 4 * MAX_INTEGER_DIGITS:
        raise NotStrictJson(f"a number of {len(text)} characters — no field takes one so long")
    value = float(text)
    if not math.isfinite(value):
        raise NotStrictJson(f"the number {text[:40]} is too large to be finite — no field takes it")
    return value


def _constant(name: str) -> Any:
    raise NotStrictJson(f"{name} is not JSON — give a number, or the value as text")


_DECODER = json.JSONDecoder(object_pairs_hook=_object, parse_int=_integer, parse_float=_float, parse_constant=_constant)


def loads(text: str) -> Any:
    """The value of a JSON text; json.JSONDecodeError if malformed, NotStrictJson if it is JSON
    kb refuses (a key given twice, NaN or Infinity, an integer of more than 40 digits)."""
    return _DECODER.decode(text)


def load_text(text: str, where: str) -> Any:
    """``loads``, with every refusal a KbError that starts with ``where`` (a file, a line, an
    option) and says what is wrong: never a traceback."""
    try:
        return loads(text)
    except json.JSONDecodeError as error:
        at = f"line {error.lineno}, column {error.colno}" if "\n" in text else f"column {error.colno}"
        raise KbError(f"{where}: malformed JSON at {at}: {error.msg}") from None
    except NotStrictJson as error:
        raise KbError(f"{where}: {error}") from None
    except RecursionError:
        raise KbError(f"{where}: JSON nested too deeply") from None
    except ValueError as error:  # anything else the json module refuses
        raise KbError(f"{where}: not JSON kb reads: {error}") from None

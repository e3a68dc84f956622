"""Event IDs and the bytes of event files, exactly as DESIGN.md fixes them.

ID = "ev-" + the first 16 characters of the lowercase RFC 4648 base32 (no padding) of the
SHA-256 of the RFC 8785 (JCS) canonical JSON of the event without its ``id`` field.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

import rfc8785

from kb.errors import InvalidEvent

_SAFE_INT = 2**53
# json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False), without making
# a new encoder for every call.
_compact = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode


def _plain(value: Any) -> bool:
    """True when JCS and sorted, compact json.dumps write ``value`` identically: no floats,
    no integers beyond 2**53, and ASCII object keys (JCS sorts keys by UTF-16 code units,
    Python by code points; they agree on ASCII). Every valid event is plain."""
    if isinstance(value, str) or value is None or isinstance(value, bool):
        return True
    if isinstance(value, int):
        return -_SAFE_INT < value < _SAFE_INT
    if isinstance(value, list):
        return all(_plain(item) for item in value)
    if isinstance(value, dict):
        return all(key.isascii() and _plain(item) for key, item in value.items())
    return False


def canonical_bytes(event: dict[str, Any]) -> bytes:
    """The RFC 8785 canonical JSON of an event without its id.

    Plain values take the standard library's encoder, about five times faster than the
    rfc8785 package and byte-for-byte the same (a property test checks it); anything else
    goes through rfc8785. InvalidEvent if there is no canonical form (NaN, an integer beyond
    2**53: nothing an event may hold).
    """
    body = {key: value for key, value in event.items() if key != "id"}
    if _plain(body):
        return _compact(body).encode("utf-8")
    try:
        return rfc8785.dumps(body)
    except rfc8785.CanonicalizationError as error:
        raise InvalidEvent(f"not an event: it has no RFC 8785 canonical form ({error})") from None


# Every pair of lowercase RFC 4648 base32 characters, by the 10 bits they encode.
_BASE32_PAIRS = [a + b for a in "abcdefghijklmnopqrstuvwxyz234567" for b in "abcdefghijklmnopqrstuvwxyz234567"]


def _id_of(canonical: bytes) -> str:
    """ev- and the first 16 characters of the lowercase base32 of the SHA-256: those of its
    first 10 bytes (80 bits), here two characters at a time (base64.b32encode is slow)."""
    bits = int.from_bytes(hashlib.sha256(canonical).digest()[:10], "big")
    return "ev-" + "".join([_BASE32_PAIRS[(bits >> shift) & 1023] for shift in (70, 60, 50, 40, 30, 20, 10, 0)])


def event_id(event: dict[str, Any]) -> str:
    """The ID of an event (a JSON object, with or without its id)."""
    return _id_of(canonical_bytes(event))


def plain_canonical(event: dict[str, Any]) -> str:
    """The canonical JSON of an event known to be plain (every valid event is), without
    checking that it is: the builder's fast path. For any other value it may differ from
    ``canonical_bytes``."""
    return _compact({key: value for key, value in event.items() if key != "id"})


def id_of_canonical(canonical: str) -> str:
    """The ID of the event whose canonical JSON (without its id) this is."""
    return _id_of(canonical.encode("utf-8"))


def stored_json(event_id_: str, canonical: str) -> str:
    """An event as kb.db's events.json holds it: its canonical JSON, whose hash is its ID, with
    the id put first (so that dropping the first member gives back the bytes the ID hashes)."""
    head = '{"id":' + _compact(event_id_)
    return head + "}" if canonical == "{}" else head + "," + canonical[1:]


def from_stored_json(text: str) -> dict[str, Any]:
    """The event of an events.json, its fields in the order of its file (sorted: the canonical
    JSON sorts every object but for the id put first)."""
    return dict(sorted(json.loads(text).items()))


def file_bytes(event: dict[str, Any]) -> bytes:
    """How an event file is written: pretty-printed, sorted keys, UTF-8, a final newline."""
    return (json.dumps(event, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")

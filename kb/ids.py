"""Event IDs and the bytes of event files, exactly as DESIGN.md fixes them.

ID = "ev-" + the first 16 characters of the lowercase RFC 4648 base32 (no padding) of the
SHA-256 of the RFC 8785 (JCS) canonical JSON of the event without its ``id`` field.
"""

from __future__ import annotations

import base64
import hashlib
import json
from typing import Any

import rfc8785

from kb.errors import InvalidEvent


def canonical_bytes(event: dict[str, Any]) -> bytes:
    """The RFC 8785 canonical JSON of an event without its id; InvalidEvent if it has none
    (NaN, an integer beyond 2**53: nothing an event may hold)."""
    try:
        return rfc8785.dumps({key: value for key, value in event.items() if key != "id"})
    except rfc8785.CanonicalizationError as error:
        raise InvalidEvent(f"not an event: it has no RFC 8785 canonical form ({error})") from None


def event_id(event: dict[str, Any]) -> str:
    """The ID of an event (a JSON object, with or without its id)."""
    digest = hashlib.sha256(canonical_bytes(event)).digest()
    return "ev-" + base64.b32encode(digest).decode("ascii").lower()[:16]


def file_bytes(event: dict[str, Any]) -> bytes:
    """How an event file is written: pretty-printed, sorted keys, UTF-8, a final newline."""
    return (json.dumps(event, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")

"""The fast canonical encoder is RFC 8785, byte for byte, on every plain JSON value."""

import base64
import hashlib
import json

import rfc8785
from hypothesis import given
from hypothesis import strategies as st

from kb.events.ids import _id_of, _plain, canonical_bytes, plain_canonical, stored_json

scalars = st.none() | st.booleans() | st.integers(-(2**53) + 1, 2**53 - 1) | st.text()
values = st.recursive(
    scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4)
)
ascii_keys = st.text(st.characters(max_codepoint=127))


@given(st.dictionaries(ascii_keys, values, max_size=6))
def test_fast_encoder_is_rfc8785(event):
    expected = rfc8785.dumps({k: v for k, v in event.items() if k != "id"})
    assert canonical_bytes(event) == expected
    if _plain(event):  # every valid event is: the builder's fast path
        assert plain_canonical(event).encode("utf-8") == expected


@given(st.dictionaries(ascii_keys, values, max_size=6), st.text())
def test_events_json_is_the_canonical_json_with_the_id_first(event, id_):
    """kb.db's events.json: the same event, and without its first member the bytes its ID hashes."""
    event = {**event, "id": id_}
    stored = stored_json(id_, canonical_bytes(event).decode("utf-8"))
    assert json.loads(stored) == event
    assert next(iter(json.loads(stored))) == "id"
    without_id = "{" + stored[len('{"id":' + json.dumps(id_, ensure_ascii=False, separators=(",", ":"))) :].lstrip(",")
    assert without_id.encode("utf-8") == canonical_bytes(event)


@given(st.dictionaries(st.text(), values | st.floats(allow_nan=False, allow_infinity=False), max_size=6))
def test_anything_else_goes_through_rfc8785(event):
    body = {k: v for k, v in event.items() if k != "id"}
    try:
        expected = rfc8785.dumps(body)
    except Exception:
        return
    assert canonical_bytes(event) == expected


@given(st.binary())
def test_ids_are_base32_of_the_sha256(canonical):
    """The fast base32 of kb.events.ids is RFC 4648's, lowercase, first 16 characters."""
    expected = base64.b32encode(hashlib.sha256(canonical).digest()).decode().lower()[:16]
    assert _id_of(canonical) == "ev-" + expected

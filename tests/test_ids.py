"""Event IDs exactly as DESIGN.md fixes them: ev- and the first 16 characters of the
lowercase base32 (no padding) of the SHA-256 of the RFC 8785 canonical JSON of the event
without its id."""

from __future__ import annotations

import base64
import hashlib
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kb.events import models
from kb.events.ids import canonical_bytes, event_id, file_bytes


def independent_id(canonical: str) -> str:
    """DESIGN.md's rule, over a canonical string written by hand (no kb, no rfc8785)."""
    digest = hashlib.sha256(canonical.encode("utf-8")).digest()
    return "ev-" + base64.b32encode(digest).decode("ascii").rstrip("=").lower()[:16]


# Each golden vector: an event as a file holds it, its RFC 8785 canonical JSON written out by
# hand (keys sorted, no white space, non-ASCII left as UTF-8, only " and \ escaped), and its ID.
GOLDEN = [
    (
        {
            "id": "ev-j4az6qbai5b3j27m",
            "type": "source",
            "schema_version": 1,
            "recorded_at": "2025-04-18T09:30:00.000000Z",
            "kind": "article",
            "publisher": "共同通信 Kyodo News",
            "title": 'Ishiba wants "specific progress" in US–Japan talks',
            "published_at": "2025-04-18",
            "language": "en",
            "authors": [],
            "url": "https://english.kyodonews.net/news/2025/04/a.html",
        },
        '{"authors":[],"kind":"article","language":"en","published_at":"2025-04-18",'
        '"publisher":"共同通信 Kyodo News","recorded_at":"2025-04-18T09:30:00.000000Z","schema_version":1,'
        '"title":"Ishiba wants \\"specific progress\\" in US–Japan talks","type":"source",'
        '"url":"https://english.kyodonews.net/news/2025/04/a.html"}',
        "ev-j4az6qbai5b3j27m",
    ),
    (
        {
            "id": "ev-phhck42i6hqx6lf7",
            "type": "entity",
            "schema_version": 1,
            "recorded_at": "2025-04-18T09:31:00.000000Z",
            "recorded_by": "Zoë",
            "key": "ryosei-akazawa",
            "kind": "person",
            "name": "Ryosei Akazawa",
            "aliases": ["Akazawa", "赤沢亮正"],
        },
        '{"aliases":["Akazawa","赤沢亮正"],"key":"ryosei-akazawa","kind":"person","name":"Ryosei Akazawa",'
        '"recorded_at":"2025-04-18T09:31:00.000000Z","recorded_by":"Zoë","schema_version":1,"type":"entity"}',
        "ev-phhck42i6hqx6lf7",
    ),
    (
        {
            "id": "ev-wghk7onsp35yiwcz",
            "type": "data_point",
            "schema_version": 1,
            "recorded_at": "2025-04-18T09:32:00.123456Z",
            "negotiation": "us-japan-tariff-talks-2025",
            "occurred_at": "2025-03",
            "topics": ["trade"],
            "modality": "asserted",
            "metric": "trade_surplus",
            "subject": "japan",
            "counterpart": "united-states",
            "value": "9000000000000",
            "unit": "JPY",
            "approximate": True,
            "value_as_stated": "around 9 trillion yen ($63 billion)",
            "citations": [{"source": "ev-dkxvbcpsg7cwzprk", "excerpt": "around 9 trillion yen ($63 billion)"}],
        },
        '{"approximate":true,"citations":[{"excerpt":"around 9 trillion yen ($63 billion)",'
        '"source":"ev-dkxvbcpsg7cwzprk"}],"counterpart":"united-states","metric":"trade_surplus",'
        '"modality":"asserted","negotiation":"us-japan-tariff-talks-2025","occurred_at":"2025-03",'
        '"recorded_at":"2025-04-18T09:32:00.123456Z","schema_version":1,"subject":"japan","topics":["trade"],'
        '"type":"data_point","unit":"JPY","value":"9000000000000",'
        '"value_as_stated":"around 9 trillion yen ($63 billion)"}',
        "ev-wghk7onsp35yiwcz",
    ),
]


@pytest.mark.parametrize(("event", "canonical", "expected"), GOLDEN, ids=[g[2] for g in GOLDEN])
def test_golden_vectors(event, canonical, expected):
    assert canonical_bytes(event) == canonical.encode("utf-8")
    assert independent_id(canonical) == expected
    assert event_id(event) == expected
    models.EVENT.validate_python(event)  # and each is a valid event of its type


@pytest.mark.parametrize(("event", "canonical", "expected"), GOLDEN, ids=[g[2] for g in GOLDEN])
def test_file_bytes_are_pretty_sorted_utf8_with_a_final_newline(event, canonical, expected):
    data = file_bytes(event)
    assert data.endswith(b"}\n")
    assert data.decode("utf-8") == json.dumps(event, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    assert event_id(json.loads(data)) == expected


# --- properties -----------------------------------------------------------------------------

# JSON values as events hold them: no floats (exact numbers are decimal strings), integers
# within what RFC 8785 can represent.
scalars = st.none() | st.booleans() | st.integers(-(2**53) + 1, 2**53 - 1) | st.text(max_size=20)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
events = st.dictionaries(st.text(max_size=12).filter(lambda key: key != "id"), values, min_size=1, max_size=6)


def shuffled(value, random):
    """The same JSON value with every object's keys in a random order."""
    if isinstance(value, dict):
        items = [(key, shuffled(item, random)) for key, item in value.items()]
        random.shuffle(items)
        return dict(items)
    if isinstance(value, list):
        return [shuffled(item, random) for item in value]
    return value


def value_paths(value, path=()):
    """The path of every value inside a JSON value (object members and list items, at any depth)."""
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, item in items:
        yield (*path, key)
        yield from value_paths(item, (*path, key))


def value_at(value, path):
    for key in path:
        value = value[key]
    return value


def replaced(value, path, new):
    if not path:
        return new
    copy = dict(value) if isinstance(value, dict) else list(value)
    copy[path[0]] = replaced(value[path[0]], path[1:], new)
    return copy


@given(
    event=events,
    indent=st.none() | st.integers(0, 8) | st.just("\t"),
    ascii_only=st.booleans(),
    random=st.randoms(use_true_random=False),
)
def test_id_is_stable_under_reformatting_and_key_order(event, indent, ascii_only, random):
    text = json.dumps(shuffled(event, random), indent=indent, ensure_ascii=ascii_only)
    assert event_id(json.loads(text)) == event_id(event)


@given(event=events, any_id=st.text())
def test_id_ignores_the_id_field(event, any_id):
    assert event_id({**event, "id": any_id}) == event_id(event)


@given(event=events, data=st.data())
def test_id_changes_when_any_value_changes(event, data):
    path = data.draw(st.sampled_from(list(value_paths(event))))
    old = json.dumps(value_at(event, path), sort_keys=True)
    new = data.draw(values.filter(lambda value: json.dumps(value, sort_keys=True) != old))
    assert event_id(replaced(event, path, new)) != event_id(event)


@given(event=events)
def test_canonical_form_round_trips(event):
    assert json.loads(canonical_bytes(event)) == event

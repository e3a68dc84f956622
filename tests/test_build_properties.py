"""The two invariants of the builder, on random sets of events (Hypothesis):

- the database is a function of the set of event files, not of the order they were written
  or listed in, nor of the folders they are in;
- an incremental build, after appending in any batches, equals a full build row for row.

The events are drawn so that the interesting cases come up: duplicate entity keys, dangling
entities, sources and targets, excerpts not found, corrections before their targets,
corrections of corrections, likely duplicates, a snapshot held or not.
"""

from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path

from conftest import ARTICLE, db_rows, fts_ids, make_event
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kb.builder.build import build
from kb.builder.metadata import init_knowledge_base
from kb.events.ids import file_bytes
from kb.events.store import KnowledgeBase, normalise_text

SETTINGS = settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
GHOST = "ev-aaaaaaaaaaaaaaaa"  # an event that is not there
ENTITIES = {
    "talks": "negotiation",
    "japan": "country",
    "united-states": "country",
    "ryosei-akazawa": "person",
    "donald-trump": "person",
}
KEYS = [*ENTITIES, "ghost"]
EXCERPTS = [
    "Akazawa met U.S. President Donald Trump",
    '"We want a win-win deal," Akazawa told reporters.',
    "around 9 trillion yen ($63 billion)",
    "words that are in no article",
]
TEXTS = ["We want a win-win deal", "Talks went well", 'Akazawa wants a "win-win deal"', "around 9 trillion yen"]
DATES = ["2025", "2025-04", "2025-04-16", "2025-04-16T09:30Z"]
OTHER_TEXT = "A text that this knowledge base does not hold.\n"
KINDS = ["source", "entity", "role", "claim", "claim", "twin", "twin", "retraction", "retraction", "correction"]
SEARCHES = ["deal", "win", "Talks", "trillion", "Akazawa", "Kyodo", "article"]


def sha(text: str) -> str:
    return hashlib.sha256(normalise_text(text).encode()).hexdigest()


@st.composite
def claim_bodies(draw, sources: list[str]) -> dict:
    kind = draw(st.sampled_from(["statement", "meeting", "data_point", "position", "expectation"]))
    citations = draw(
        st.lists(
            st.builds(
                lambda source, excerpt: {"source": source, "excerpt": excerpt},
                st.sampled_from([*sources, GHOST]),
                st.sampled_from(EXCERPTS),
            ),
            min_size=1,
            max_size=2,
        )
    )
    body = {
        "type": kind,
        "negotiation": draw(st.sampled_from(["talks", "talks", "ghost"])),
        "occurred_at": draw(st.sampled_from(DATES)),
        "topics": draw(st.lists(st.sampled_from(["tariffs", "autos"]), max_size=3)),
        "citations": citations,
    }
    text = draw(st.sampled_from(TEXTS))
    key = st.sampled_from(KEYS)
    if kind == "statement":
        attribution = draw(st.sampled_from(["direct_quote", "partial_quote", "paraphrase", "reported"]))
        # A partial quote quotes something.
        quoted = f'He said "{text}"' if attribution == "partial_quote" and '"' not in text else text
        body |= {"attribution": attribution, "text": quoted}
        if draw(st.booleans()):
            body["speaker"] = draw(key)
        else:
            body["speaker_description"] = "a government source"
    elif kind == "meeting":
        body |= {
            "participants": draw(
                st.lists(
                    st.builds(lambda e, s: {"entity": e} | ({"side": s} if s else {}), key, st.none() | key),
                    min_size=1,
                    max_size=2,
                )
            ),
            "summary": text,
        }
    elif kind == "data_point":
        body |= {
            "metric": "trade_surplus",
            "subject": draw(key),
            "value": draw(st.sampled_from(["9000000000000", "0.5"])),
            "unit": "JPY",
            "value_as_stated": text,
        }
    elif kind == "position":
        body |= {"holder": draw(key), "kind": "demand", "issue": "tariffs", "text": text}
    else:
        body |= {"what": text} | ({"holder": draw(key)} if draw(st.booleans()) else {})
    return body


@st.composite
def event_sets(draw) -> list[dict]:
    """A list of valid events, each referring only to earlier ones (or to nothing)."""
    events: dict[str, dict] = {}
    sources: list[str] = []
    claims: list[str] = []
    corrections: list[str] = []
    twins: list[str] = []  # claims that have a twin
    for _ in range(draw(st.integers(1, 20))):
        kind = draw(st.sampled_from(KINDS))
        if kind == "source":
            payload = {
                "type": "source",
                "kind": "article",
                "publisher": draw(st.sampled_from(["Kyodo News", "Reuters"])),
                "title": draw(st.sampled_from(["Akazawa meets Trump", "Tariff talks article"])),
                "published_at": "2025-04-17",
            }
            text_sha = draw(st.sampled_from([sha(ARTICLE), sha(OTHER_TEXT), None]))
            if text_sha:
                payload["text_sha256"] = text_sha
        elif kind == "entity":
            key = draw(st.sampled_from(["japan", "ryosei-akazawa"] if draw(st.booleans()) else list(ENTITIES)))
            payload = {
                "type": "entity",
                "key": key,
                "kind": ENTITIES[key],
                "name": draw(st.sampled_from([key.title(), key.upper()])),
                "aliases": draw(st.lists(st.sampled_from(["Akazawa", "U.S.", "Nippon"]), max_size=2, unique=True)),
            }
        elif kind == "role":
            payload = {"type": "role", "person": draw(st.sampled_from(KEYS)), "title": "chief negotiator"}
            if draw(st.booleans()):  # a role cites sources too, and its citations are checked as a claim's
                payload["citations"] = draw(claim_bodies(sources))["citations"]
        elif kind == "claim" or (kind == "twin" and not claims):
            kind, payload = "claim", draw(claim_bodies(sources))
        elif kind == "twin":
            # The same claim again (recorded at another time, maybe citing otherwise): a likely
            # duplicate, unless one of the two is retracted or corrected.
            original = draw(st.sampled_from(claims))
            twins.append(original)
            payload = {k: v for k, v in events[original].items() if k not in ("id", "recorded_at", "schema_version")}
            if draw(st.booleans()):
                payload["citations"] = [{"source": GHOST, "excerpt": "elsewhere"}]
        else:
            # Retractions and corrections, of twins more often than not.
            targets = [*claims, GHOST] + (corrections if kind == "correction" else [])
            target = draw(st.sampled_from(twins if twins and draw(st.booleans()) else targets))
            payload = {"type": kind, "target": target, "reason": "withdrawn or corrected"}
            if kind == "correction":
                payload["replacement"] = draw(claim_bodies(sources))
        event = make_event(payload, f"2025-05-01T00:00:{draw(st.integers(0, 30)):02d}.000000Z")
        events[event["id"]] = event
        if kind == "twin":
            kind = "claim"
            twins.append(event["id"])
        {"source": sources, "claim": claims, "correction": corrections}.get(kind, []).append(event["id"])
    return list(events.values())


def new_kb(root: Path) -> KnowledgeBase:
    kb = init_knowledge_base(root)
    kb.store_snapshot(ARTICLE)
    return kb


class ListedInOrder(KnowledgeBase):
    """A knowledge base that lists its files in a given order."""

    order: dict[str, int] = {}

    def files(self):
        return iter(sorted(super().files(), key=lambda name: self.order[Path(name).stem]))


def now() -> str:
    return "2025-06-01T00:00:00.000000Z"


def same_database(one: Path, two: Path) -> None:
    assert db_rows(one) == db_rows(two)
    for query in SEARCHES:
        assert fts_ids(one, "claims", query) == fts_ids(two, "claims", query)
        assert fts_ids(one, "sources", query) == fts_ids(two, "sources", query)


@SETTINGS
@given(events=event_sets(), data=st.data())
def test_build_is_independent_of_file_order_and_folders(events, data):
    order = data.draw(st.permutations(events))
    folders = data.draw(st.lists(st.sampled_from(["a", "b/c", "zz", "00/1/2"]), min_size=len(order), max_size=99))
    listing = data.draw(st.permutations([event["id"] for event in events]))
    with tempfile.TemporaryDirectory() as tmp:
        one = new_kb(Path(tmp) / "one")
        for event in events:
            one.write(event)
        two = new_kb(Path(tmp) / "two")
        for event, folder in zip(order, folders, strict=False):
            path = two.events_dir / folder / f"{event['id']}.json"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(file_bytes(event))
        listed = ListedInOrder(two.root)
        listed.order = {event_id: n for n, event_id in enumerate(listing)}
        build(one, one.default_db, now=now)
        build(listed, two.default_db, now=now)
        same_database(one.default_db, two.default_db)


@SETTINGS
@given(events=event_sets(), data=st.data())
def test_incremental_build_equals_full_build(events, data):
    order = data.draw(st.permutations(events))
    cuts = sorted(data.draw(st.lists(st.integers(0, len(order)), max_size=4)))
    batches = [order[start:end] for start, end in zip([0, *cuts], [*cuts, len(order)], strict=True)]
    with tempfile.TemporaryDirectory() as tmp:
        kb = new_kb(Path(tmp) / "kb")
        modes = []
        for batch in batches:
            for event in batch:
                kb.write(event)
            modes.append(build(kb, kb.default_db, now=now).mode)
        assert modes[0] == "full"
        assert set(modes[1:]) <= {"incremental", "up-to-date"}
        full = build(kb, Path(tmp) / "full.db", full=True, now=now)
        assert full.mode == "full"
        same_database(kb.default_db, Path(tmp) / "full.db")

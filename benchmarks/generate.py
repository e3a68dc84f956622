"""A synthetic knowledge base of N events, seeded, so every run makes the same files.

The mix is what a year of following many negotiations looks like: sources (a fifth of them
with their text held as a snapshot, which the claims citing them quote exactly), entities
with aliases, roles, statements of every attribution, meetings with participants, data
points, positions, expectations, and a few retractions and corrections. Events are made
like ``kb add`` makes them (validated, dumped by the model, ID from ``kb.events.ids.event_id``) and
written with ``kb.events.store.KnowledgeBase.write``, so their files and IDs are real.

    python benchmarks/generate.py benchmarks/out/kb-100000 --events 100000 [--seed 1] [--workers 2]

The main process makes the events (each may refer to earlier ones, so in order); worker
processes write the files. fsync is skipped while generating (``--fsync`` keeps it): these
are throw-away files, and a million fsyncs would take most of an hour.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import hashlib
import multiprocessing
import os
import random
import shutil
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kb.builder.metadata import init_knowledge_base
from kb.events.append import validate
from kb.events.ids import event_id
from kb.events.store import KnowledgeBase, normalise_text
from kb.model.kind import kinds

WEIGHTS = {
    "source": 6,
    "entity": 6,
    "role": 3,
    "statement": 36,
    "meeting": 12,
    "data_point": 11,
    "position": 10,
    "expectation": 10,
    "retraction": 3,
    "correction": 3,
}
CLAIM_KINDS = ("statement", "meeting", "data_point", "position", "expectation")
SNAPSHOT_SHARE = 0.2
COUNTRIES = [
    "japan", "united-states", "china", "south-korea", "india", "germany", "france", "united-kingdom", "canada",
    "mexico", "brazil", "australia", "indonesia", "vietnam", "european-union", "switzerland",
]  # fmt: skip
TOPICS = [
    "tariffs", "autos", "agriculture", "fx", "defense", "steel", "aluminum", "semiconductors", "energy", "rice",
    "pharmaceuticals", "digital-trade", "investment", "shipbuilding", "critical-minerals", "trade-deficit",
]  # fmt: skip
WORDS = [
    "talks", "tariff", "minister", "deal", "progress", "round", "negotiators", "agreement", "trade", "surplus",
    "deficit", "exports", "imports", "cars", "rice", "beef", "chips", "investment", "pledge", "framework",
    "reciprocal", "levy", "exemption", "quota", "market", "access", "currency", "yen", "dollar", "officials",
    "delegation", "ministerial", "summit", "consultations", "proposal", "offer", "demand", "concession", "timeline",
    "sector", "supply", "chain", "security", "alliance", "review", "measures", "compliance", "rules", "partnership",
    "reduction", "phase", "package", "working", "level", "frank", "constructive", "gap", "positions", "flexible",
    "national", "interest", "everything", "agreed", "nothing", "until", "win-win",
]  # fmt: skip
FIRST = [
    "Akira", "Beatriz", "Chen", "Dmitri", "Elena", "Farid", "Grace", "Hiroshi", "Ingrid", "Jamal", "Keiko", "Luis",
    "Mei", "Noah", "Olga", "Priya",
]  # fmt: skip
LAST = [
    "Abe", "Baker", "Cruz", "Dubois", "Endo", "Fischer", "Garcia", "Hayashi", "Ito", "Jung", "Kim", "Lopez", "Mori",
    "Nakamura", "Okafor", "Park",
]  # fmt: skip
PUBLISHERS = ["Kyodo News", "Reuters", "Nikkei Asia", "Associated Press", "Bloomberg", "Yonhap", "Ministry of Trade"]
TITLES = ["chief negotiator", "trade minister", "prime minister", "ambassador", "deputy trade representative"]
VENUES = ["told reporters", "press conference", "in a statement", "in an interview", "in parliament"]
ATTRIBUTIONS = ("direct_quote", "partial_quote", "paraphrase", "reported")
METRICS = ["trade_surplus", "exports", "imports", "tariff_rate", "investment_pledge", "gdp_growth"]
UNITS = ["JPY", "USD", "EUR", "percent", "KRW"]


class Generator:
    """Makes events one after another, each referring only to earlier ones."""

    def __init__(self, seed: int, events: int):
        self.rng = random.Random(seed)
        self.total = events
        self.clock = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
        self.entities: dict[str, list[str]] = {"person": [], "organisation": [], "country": [], "negotiation": []}
        self.sources: list[tuple[str, list[str] | None]] = []  # (id, sentences of its snapshot, if held)
        self.claims: list[str] = []  # claims (retractions and corrections may target them)
        self.corrections: list[str] = []  # corrections (corrections may target them too)
        self.snapshots: dict[str, str] = {}

    # --- small pieces -------------------------------------------------------------------

    def now(self) -> str:
        self.clock += dt.timedelta(seconds=self.rng.randint(1, 40), microseconds=self.rng.randint(0, 999_999))
        return self.clock.strftime("%Y-%m-%dT%H:%M:%S.%fZ")

    def words(self, low: int, high: int) -> str:
        return " ".join(self.rng.choice(WORDS) for _ in range(self.rng.randint(low, high)))

    def sentence(self) -> str:
        text = self.words(8, 18)
        return text[0].upper() + text[1:] + "."

    def date(self) -> str:
        day = dt.date(2025, 1, 1) + dt.timedelta(days=self.rng.randint(0, 364))
        precision = self.rng.random()
        if precision < 0.1:
            return str(day.year)
        if precision < 0.3:
            return day.isoformat()[:7]
        if precision < 0.95:
            return day.isoformat()
        return f"{day.isoformat()}T{self.rng.randint(0, 23):02d}:{self.rng.randint(0, 59):02d}Z"

    def entity(self, *kinds: str) -> str:
        """One of the entities of these kinds, each as likely (without listing them all)."""
        number = self.rng.randrange(sum(len(self.entities[kind]) for kind in kinds))
        for kind in kinds:
            if number < len(self.entities[kind]):
                return self.entities[kind][number]
            number -= len(self.entities[kind])
        raise AssertionError("unreachable")

    def citations(self, quote: str = "") -> tuple[list[dict[str, str]], str]:
        """One to three citations. An excerpt of a source whose text is held is one of its
        sentences, and then ``quote`` becomes the first such excerpt, so that quotes verify."""
        chosen = [self.rng.choice(self.sources) for _ in range(self.rng.choice((1, 1, 1, 2, 3)))]
        citations = []
        for source_id, sentences in dict(chosen).items():
            excerpt = self.rng.choice(sentences) if sentences else self.sentence()
            citations.append({"source": source_id, "excerpt": excerpt})
        held = [citation for citation, (_, sentences) in zip(citations, dict(chosen).items(), strict=True) if sentences]
        if quote and held:
            quote = held[0]["excerpt"].rstrip(".")
        return citations, quote

    def claim_body(self, kind: str) -> dict[str, Any]:
        body: dict[str, Any] = {
            "type": kind,
            "negotiation": self.entity("negotiation"),
            "occurred_at": self.date(),
            "topics": self.rng.sample(TOPICS, self.rng.choice((0, 1, 1, 2, 3))),
            "modality": self.rng.choices(("asserted", "expected", "hypothetical", "denied"), (85, 8, 5, 2))[0],
        }
        if kind == "statement":
            attribution = self.rng.choice(ATTRIBUTIONS)
            citations, quote = self.citations(quote=self.words(6, 14))
            if attribution == "direct_quote":
                text = quote
            elif attribution == "partial_quote":
                words = quote.split()
                cut = self.rng.randint(1, max(1, len(words) - 3))
                text = f'{self.words(3, 6).capitalize()} "{" ".join(words[cut : cut + 3])}" {self.words(2, 5)}'
            else:
                text = self.sentence()
            body |= {"attribution": attribution, "text": text, "citations": citations}
            if self.rng.random() < 0.85:
                body["speaker"] = self.entity("person", "organisation")
            else:
                body["speaker_description"] = self.rng.choice(
                    ["a government source", "analysts", "officials familiar with the talks", "a senior diplomat"]
                )
            if attribution == "reported" and self.rng.random() < 0.5:
                body["via_description"] = self.rng.choice(["a government source", "local media", "analysts"])
            if self.rng.random() < 0.6:
                body["venue"] = self.rng.choice(VENUES)
        elif kind == "meeting":
            people = self.rng.sample(self.entities["person"], min(len(self.entities["person"]), self.rng.randint(2, 4)))
            body |= {
                "participants": [
                    {"entity": person, "side": self.entity("country"), "role": self.rng.choice(TITLES)}
                    if self.rng.random() < 0.7
                    else {"entity": person}
                    for person in people
                ],
                "place": self.rng.choice(["Washington", "Tokyo", "Brussels", "Geneva", "Seoul", "virtual"]),
                "format": self.rng.choice(("in_person", "in_person", "virtual", "phone", "unknown")),
                "summary": f"Negotiators met on {self.words(3, 8)}",
                "citations": self.citations()[0],
            }
            if self.rng.random() < 0.4:
                body["round"] = str(self.rng.randint(1, 9))
        elif kind == "data_point":
            value = self.rng.randint(1, 999) * 10 ** self.rng.randint(0, 12)
            unit = self.rng.choice(UNITS)
            body |= {
                "metric": self.rng.choice(METRICS),
                "subject": self.entity("country"),
                "value": str(value),
                "unit": unit,
                "approximate": self.rng.random() < 0.4,
                "value_as_stated": f"around {value:,} {unit}",
                "citations": self.citations()[0],
            }
            if self.rng.random() < 0.6:
                body["counterpart"] = self.entity("country")
            if self.rng.random() < 0.5:
                body["period_start"], body["period_end"] = "2024-04", "2025-03"
            if self.rng.random() < 0.5:
                body["stated_by"] = self.entity("organisation", "country")
        elif kind == "position":
            body |= {
                "holder": self.entity("country", "organisation"),
                "kind": self.rng.choice(("demand", "offer", "red_line", "principle", "concern")),
                "issue": self.words(2, 4),
                "text": self.sentence(),
                "citations": self.citations()[0],
            }
            if self.rng.random() < 0.7:
                body["addressee"] = self.entity("country")
        else:
            body |= {"what": self.sentence(), "citations": self.citations()[0]}
            if self.rng.random() < 0.6:
                body["holder"] = self.entity("person", "country")
            if self.rng.random() < 0.6:
                body["by_when"] = self.date()
            if self.rng.random() < 0.2:
                body["conditions"] = self.sentence()
        return body

    # --- events -------------------------------------------------------------------------

    def payload(self, kind: str) -> dict[str, Any]:
        if kind == "source":
            payload: dict[str, Any] = {
                "type": "source",
                "kind": self.rng.choice(("article", "article", "article", "official_page", "press_release")),
                "publisher": self.rng.choice(PUBLISHERS),
                "title": self.sentence().rstrip("."),
                "published_at": self.date()[:10],
                "url": f"https://news.example.org/{self.rng.getrandbits(48):012x}",
                "authors": [f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}"] if self.rng.random() < 0.6 else [],
            }
            if self.rng.random() < SNAPSHOT_SHARE:
                sentences = [self.sentence() for _ in range(self.rng.randint(15, 40))]
                text = " ".join(sentences) + "\n"
                sha = hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()
                self.snapshots[sha] = text
                payload["text_sha256"] = sha
                payload["rights"] = "Synthetic text for benchmarks"
                payload["_sentences"] = sentences
            return payload
        if kind == "entity":
            return self.entity_payload(self.rng.choices(("person", "organisation"), (3, 1))[0])
        if kind == "role":
            payload = {
                "type": "role",
                "person": self.entity("person"),
                "title": self.rng.choice(TITLES),
                "organisation": self.entity("country", "organisation"),
                "start": self.date()[:10],
                "citations": self.citations()[0],
            }
            return payload
        if kind in ("retraction", "correction"):
            if kind == "correction" and self.corrections and self.rng.random() < 0.1:
                target = self.rng.choice(self.corrections)  # a correction of a correction
            else:
                target = self.rng.choice(self.claims)
            payload = {"type": kind, "target": target, "reason": self.sentence()}
            if kind == "correction":
                payload["replacement"] = self.claim_body(self.rng.choice(CLAIM_KINDS))
            return payload
        return self.claim_body(kind)

    def entity_payload(self, entity_kind: str) -> dict[str, Any]:
        n = sum(map(len, self.entities.values()))
        first, last = self.rng.choice(FIRST), self.rng.choice(LAST)
        name = f"{first} {last}" if entity_kind == "person" else f"{last} {self.rng.choice(WORDS).title()} Council"
        payload: dict[str, Any] = {
            "type": "entity",
            "key": f"{entity_kind[:3]}-{n}-{last.lower()}",
            "kind": entity_kind,
            "name": name,
            "aliases": [last, f"{first[0]}. {last}"] if entity_kind == "person" and self.rng.random() < 0.7 else [],
        }
        if self.rng.random() < 0.2:
            payload["wikidata"] = f"Q{self.rng.randint(1, 10**8)}"
        return payload

    def seed_payloads(self) -> Iterator[dict[str, Any]]:
        """What every later event needs: negotiations, countries, a few people and sources."""
        for number in range(max(1, min(50, self.total // 2000))):
            yield {"type": "entity", "key": f"negotiation-{number}", "kind": "negotiation", "name": f"Talks {number}"}
        for key in COUNTRIES:
            yield {"type": "entity", "key": key, "kind": "country", "name": key.replace("-", " ").title()}
        for number in range(10):
            yield self.entity_payload("organisation" if number >= 8 else "person")
        for _ in range(5):
            yield self.payload("source")

    def events(self) -> Iterator[dict[str, Any]]:
        kinds, weights = list(WEIGHTS), list(WEIGHTS.values())
        payloads = self.seed_payloads()
        for _ in range(self.total):
            payload = next(payloads, None)
            if payload is None:
                kind = self.rng.choices(kinds, weights)[0]
                if kind in ("retraction", "correction") and not self.claims:
                    kind = "statement"
                payload = self.payload(kind)
            yield self.event(payload)

    def event(self, payload: dict[str, Any]) -> dict[str, Any]:
        sentences = payload.pop("_sentences", None)
        version = kinds()[payload["type"]].schema_version  # as kb add writes it today
        draft = {**payload, "schema_version": version, "recorded_at": self.now(), "id": "ev-aaaaaaaaaaaaaaaa"}
        event = validate(draft).model_dump(mode="json", exclude_none=True)
        event["id"] = event_id(event)
        kind = event["type"]
        if kind == "source":
            self.sources.append((event["id"], sentences))
        elif kind == "entity":
            self.entities[event["kind"]].append(event["key"])
        elif kind in CLAIM_KINDS:
            self.claims.append(event["id"])
        elif kind == "correction":
            self.corrections.append(event["id"])
        return event


_KB: KnowledgeBase  # the knowledge base a writer process writes into


def _no_fsync(fd: Any) -> None:
    pass


@contextlib.contextmanager
def _fsync_unless(fsync: bool) -> Iterator[None]:
    """Throw-away files: no fsync while generating, unless asked (see the module's docstring)."""
    saved = os.fsync
    if not fsync:
        os.fsync = _no_fsync
    try:
        yield
    finally:
        os.fsync = saved


def _start_writer(root: str, fsync: bool) -> None:
    global _KB
    _KB = KnowledgeBase(Path(root))
    if not fsync:
        os.fsync = _no_fsync  # this process only writes throw-away files


def _write(events: list[dict[str, Any]]) -> int:
    for event in events:
        _KB.write(event)
    return len(events)


def generate(root: Path, events: int, seed: int = 1, workers: int = 1, fsync: bool = False) -> KnowledgeBase:
    """Create a knowledge base of ``events`` synthetic events at ``root`` (which must not exist)."""
    kb = init_knowledge_base(root)
    generator = Generator(seed, events)
    with _fsync_unless(fsync):
        if workers <= 1:
            for event in generator.events():
                kb.write(event)
        else:
            context = multiprocessing.get_context("fork" if sys.platform != "win32" else "spawn")
            with context.Pool(workers, initializer=_start_writer, initargs=(str(root), fsync)) as pool:
                pending, chunk = [], []
                for event in generator.events():
                    chunk.append(event)
                    if len(chunk) == 500:
                        pending.append(pool.apply_async(_write, (chunk,)))
                        chunk = []
                        if len(pending) > 4 * workers:
                            pending.pop(0).get()  # keep memory bounded
                pending.append(pool.apply_async(_write, (chunk,)))
                for result in pending:
                    result.get()
        for text in generator.snapshots.values():
            kb.store_snapshot(text)
    return kb


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("root", type=Path, help="Folder of the new knowledge base")
    parser.add_argument("--events", type=int, required=True, help="How many events")
    parser.add_argument("--seed", type=int, default=1, help="Random seed (default 1)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="Writer processes")
    parser.add_argument("--fsync", action="store_true", help="fsync every file, as kb add does")
    parser.add_argument("--force", action="store_true", help="Replace the folder if it exists")
    args = parser.parse_args(argv)
    if args.root.exists():
        if not args.force:
            parser.error(f"{args.root} exists — pick another folder or pass --force")
        shutil.rmtree(args.root)
    started = time.perf_counter()
    generate(args.root, args.events, args.seed, args.workers, args.fsync)
    print(f"Generated {args.events} events in {args.root} ({time.perf_counter() - started:.1f} s)")


if __name__ == "__main__":
    main()

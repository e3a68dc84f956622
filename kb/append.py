"""Appending events: validate a payload, resolve its references, give it its ID, write it.

A payload is an event without ``id`` and ``recorded_at`` (kb sets both). Entity references
may name an entity by key or alias, in any case; they are stored as keys.
"""

from __future__ import annotations

import copy
import difflib
import hashlib
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kb import models
from kb.catalog import Catalog
from kb.errors import InvalidEvent, KbError
from kb.ids import event_id
from kb.models import SET_BY_KB, a, validate
from kb.quotes import found_in
from kb.snapshots import snapshot_problem
from kb.store import KnowledgeBase, normalise_text


def nfc(value: Any) -> Any:
    """Every string in a JSON value, NFC-normalised."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, list):
        return [nfc(item) for item in value]
    if isinstance(value, dict):
        return {nfc(key): nfc(item) for key, item in value.items()}
    return value


def without_notes(payload: dict[str, Any]) -> dict[str, Any]:
    """A payload of ``kb import`` without its notes: top-level keys that start with ``_`` (such as
    the ``_draft`` of ``kb draft``, why a candidate was proposed) are for people and never recorded."""
    return {key: value for key, value in payload.items() if not (isinstance(key, str) and key.startswith("_"))}


def not_text(value: Any) -> str | None:
    """Where a JSON value holds a string that is not Unicode text (a lone surrogate, which is what
    Python makes of bytes that are not UTF-8 on a command line), or None. Such a string cannot
    be written in UTF-8, nor looked up in the catalog."""
    stack: list[tuple[str, Any]] = [("", value)]
    while stack:
        where, item = stack.pop()
        if isinstance(item, str) and not item.isascii():
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                return (where or "the payload").encode("utf-8", "backslashreplace").decode("utf-8")
        elif isinstance(item, list):
            stack.extend((f"{where}.{number}".lstrip("."), child) for number, child in enumerate(item))
        elif isinstance(item, dict):
            for key, child in item.items():
                stack += [(f"{where}.{key}".lstrip("."), key), (f"{where}.{key}".lstrip("."), child)]
    return None


@dataclass
class Batch:
    """What a batch being appended adds, so that its later events may refer to its earlier ones."""

    names: dict[str, set[str]] = field(default_factory=dict)
    events: dict[str, dict[str, Any]] = field(default_factory=dict)

    def add(self, event: dict[str, Any]) -> None:
        self.events[event["id"]] = event
        if event["type"] == "entity":
            for name in {event["key"], event["name"], *event.get("aliases", [])}:
                self.names.setdefault(name.casefold(), set()).add(event["key"])


class Appender:
    """Turns payloads into events ready to write, checked against the knowledge base."""

    def __init__(self, kb: KnowledgeBase, now: Callable[[], str], recorded_by: str | None = None):
        self.kb = kb
        self.now = now
        self.recorded_by = recorded_by
        self.catalog = Catalog(kb)

    # --- references ---------------------------------------------------------------------

    def _entity_key(self, name: str, where: str, batch: Batch) -> str:
        keys = set(self.catalog.keys_named(name)) | batch.names.get(name.casefold(), set())
        if len(keys) == 1:
            return keys.pop()
        if keys:
            raise InvalidEvent(f"{where}: {name!r} could be any of {', '.join(sorted(keys))} — give the key")
        known = set(self.catalog.all_names()) | set(batch.names)
        close: list[str] = []  # the keys of the closest names, closest first
        for near in difflib.get_close_matches(name.casefold(), known, n=10, cutoff=0.5):
            for key in sorted(set(self.catalog.keys_named(near)) | batch.names.get(near, set())):
                if key not in close:
                    close.append(key)
        hint = f" Did you mean: {', '.join(close[:3])}?" if close else ""
        raise InvalidEvent(
            f"{where}: unknown entity {name!r} — add it first with `kb add entity --key ... --name ...`.{hint}"
        )

    def _resolve_entities(self, payload: dict[str, Any], batch: Batch) -> dict[str, Any]:
        resolved = copy.deepcopy(payload)
        for where, holder, name in models.entity_slots(resolved):
            holder[name] = self._entity_key(holder[name], where, batch)
        return resolved

    def _event(self, event_id_: str, batch: Batch) -> dict[str, Any] | None:
        if event_id_ in batch.events:
            return batch.events[event_id_]
        path = self.catalog.path_of(event_id_)
        return self.kb.read(path) if path else None

    def _check_links(self, event: dict[str, Any], batch: Batch) -> None:
        body = event.get("replacement", event)
        texts: dict[str, str | None] = {}
        for number, citation in enumerate(body.get("citations", [])):
            where = f"citations.{number}"
            source = self._event(citation["source"], batch)
            if source is None or source.get("type") != "source":
                what = "not a source" if source else "no such event"
                raise InvalidEvent(
                    f"{where}.source: {citation['source']} is {what} — cite a source event's ID "
                    "(`kb log --type source` lists them)"
                )
            sha = source.get("text_sha256")
            text = self.kb.snapshot_text(sha) if sha else None
            if sha and text is None and (problem := snapshot_problem(self.kb.snapshot_path(sha), sha)):
                raise InvalidEvent(f"{where}.source: the text of {citation['source']}: {problem} — restore it first")
            texts[citation["source"]] = text
            if text is not None and not found_in(citation["excerpt"], text):
                raise InvalidEvent(
                    f"{where}.excerpt: not found in the text of source {citation['source']} — copy the exact words"
                )
        held = [text for text in texts.values() if text is not None]
        for what, words in models.words_to_check(body):
            if held and not any(found_in(words, text) for text in held):
                raise InvalidEvent(f"{what} {words[:60]!r} is not in the cited source's text — quote it exactly")
        for where, target_id, kind in models.claim_targets(event):
            target = self._event(target_id, batch)
            if target is None:
                raise InvalidEvent(f"{where}: no event {target_id} in this knowledge base")
            if models.claim_kind(target) is None:
                raise InvalidEvent(f"{where}: {target_id} is {a(str(target.get('type')))}, not a claim")
            if kind and models.claim_kind(target) != kind:
                raise InvalidEvent(f"{where}: {target_id} is a {models.claim_kind(target)}, not a {kind}")
            theirs = target.get("replacement", target).get("negotiation")
            if kind == "agreement" and theirs != body.get("negotiation"):
                raise InvalidEvent(
                    f"{where}: {target_id} belongs to the negotiation {theirs}, not {body.get('negotiation')} — "
                    "agreements of different negotiations are never linked"
                )
        if event["type"] in ("retraction", "correction"):
            done = self.catalog.amendments(event["target"], event["type"]) + [
                other["id"]
                for other in batch.events.values()
                if other["type"] == event["type"] and other.get("target") == event["target"]
            ]
            if done and event["type"] == "retraction":
                raise InvalidEvent(f"target: {event['target']} is already retracted by {done[0]}")
            if done:
                raise InvalidEvent(
                    f"target: {event['target']} is already corrected by {', '.join(done)} — correct that correction "
                    "instead, so the corrections form one chain"
                )
        if event["type"] == "entity" and (
            self.catalog.has_key(event["key"])
            or any(other.get("key") == event["key"] for other in batch.events.values())
        ):
            raise InvalidEvent(f"key: an entity {event['key']!r} already exists — refer to it, or pick another key")

    # --- payloads to events -------------------------------------------------------------

    def prepare(self, payload: dict[str, Any], batch: Batch | None = None) -> dict[str, Any]:
        """The event for a payload, checked; KbError if it cannot be appended."""
        batch = batch if batch is not None else Batch()
        where = not_text(payload)
        if where is not None:
            raise InvalidEvent(
                f"{where}: not valid text (a lone surrogate: bytes that are not UTF-8, or an escape such as "
                "\\udcff) — give UTF-8 text"
            )
        payload = nfc(payload)
        for name in SET_BY_KB:
            if name in payload:
                raise InvalidEvent(f"{name}: set by kb when the event is appended — remove it from the payload")
        payload = self._resolve_entities(payload, batch)
        draft = {**payload, "schema_version": payload.get("schema_version", models.SCHEMA_VERSION)}
        draft["recorded_at"] = self.now()
        if self.recorded_by and "recorded_by" not in draft:
            draft["recorded_by"] = self.recorded_by
        model = validate({**draft, "id": "ev-aaaaaaaaaaaaaaaa"})
        event = model.model_dump(mode="json", exclude_none=True)
        event["id"] = event_id(event)
        self._check_links(event, batch)
        return event

    def add(self, payload: dict[str, Any], text: str | bytes | None = None) -> Path:
        """Append one event; with ``text``, a source whose text is stored as its snapshot (bytes:
        as normalised_snapshot makes them) — removed again if the event cannot be written, so
        that a failure leaves nothing."""
        snapshot = None
        if text is not None:
            snapshot = normalise_text(text).encode("utf-8") if isinstance(text, str) else text
            payload = {**payload, "text_sha256": hashlib.sha256(snapshot).hexdigest()}
        [path] = self.append([payload], snapshot=snapshot)
        return path

    def append(
        self,
        payloads: Iterable[dict[str, Any]],
        describe: Callable[[int], str] | None = None,
        snapshot: bytes | None = None,
    ) -> list[Path]:
        """Append a batch all or nothing: every payload is checked before any file is written.

        Appends on this machine take turns (KnowledgeBase.append_lock) from the check to the
        last file written, so two of them never both find a key free, or a claim not yet
        retracted, and both take it. ``snapshot``: a source text to store (normalised_snapshot)
        once the payloads are checked, before the events are written (and removed again if it
        was new and they cannot be).
        """
        with self.kb.append_lock():
            self.catalog.refresh()
            batch = Batch()
            for number, payload in enumerate(payloads):
                try:
                    event = self.prepare(payload, batch)
                except KbError as error:
                    raise type(error)(f"{describe(number)}: {error}" if describe else str(error)) from None
                if event["id"] in batch.events:
                    where = f"{describe(number)}: " if describe else ""
                    raise InvalidEvent(f"{where}the same event as an earlier one — remove the duplicate")
                batch.add(event)
            new_snapshot = None
            if snapshot is not None:
                held = self.kb.snapshot_path(hashlib.sha256(snapshot).hexdigest())
                new_snapshot = None if held.exists() else held
                self.kb.store_snapshot_data(snapshot)
            written: list[Path] = []
            try:
                for event in batch.events.values():
                    written.append(self.kb.write(event))
            except BaseException:
                # This batch's own new files, never anything that was there before.
                for path in [*written, *([new_snapshot] if new_snapshot else [])]:
                    path.unlink(missing_ok=True)
                raise
            return written

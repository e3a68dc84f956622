"""Appending events: validate a payload, resolve its references, give it its ID, write it.

A payload is an event without ``id`` and ``recorded_at`` (kb sets both). Entity references
may name an entity by key or alias, in any case; they are stored as keys.
"""

from __future__ import annotations

import copy
import difflib
import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from kb.errors import InvalidEvent, KbError
from kb.events import models
from kb.events.batch import Batch
from kb.events.catalog import Catalog
from kb.events.claim_checks import ClaimChecks, body_path
from kb.events.ids import event_id
from kb.events.models import SET_BY_KB, a, validate
from kb.events.snapshots import snapshot_problem
from kb.events.store import KnowledgeBase, normalise_text, refuse_control_characters
from kb.kinds.source import texts_of
from kb.model.kind import CLAIM_OR_CORROBORATION, kind_named
from kb.model.quotes import closest_passage, found_in, in_source_characters, squeeze


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


_ID_PREFIX = re.compile(r"^ev-[a-z2-7]{0,16}$")


def _as_in(words: str, texts: list[str]) -> str:
    """The words as the first of the texts that has them prints them, when they are there only
    with other quotation marks, dashes or spaces; else the words as they are."""
    if any(squeeze(words) in squeeze(text) for text in texts):
        return words
    return next((kept for kept in (in_source_characters(words, text) for text in texts) if kept), words)


class Appender(ClaimChecks):
    """Turns payloads into events ready to write, checked against the knowledge base."""

    def __init__(self, kb: KnowledgeBase, now: Callable[[], str], recorded_by: str | None = None, *, new: bool = False):
        self.kb = kb
        self.now = now
        self.recorded_by = recorded_by
        self.catalog = Catalog(kb)
        # --new: record a second report of a claim too; without it every path refuses one (kb.model.repeats)
        self.new = new

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

    def _resolve_event_ids(self, payload: dict[str, Any], batch: Batch) -> None:
        """Every field typed EventId takes a unique prefix of an ID: made the whole ID, here."""
        for where, holder, key in models.event_id_slots(payload):
            prefix = holder[key]
            if not _ID_PREFIX.match(prefix) or len(prefix) == len("ev-") + 16:
                continue  # a whole ID, or not one (validation says what is wrong)
            found = set(self.catalog.ids_with_prefix(prefix, limit=11)) | {
                i for i in batch.events if i.startswith(prefix)
            }
            if not found:
                raise InvalidEvent(f"{where}: no event {prefix} in this knowledge base — `kb log` lists them")
            if len(found) > 1:
                listed = ", ".join(sorted(found)[:10])
                raise InvalidEvent(f"{where}: {prefix} could be any of {listed} — give more characters")
            holder[key] = found.pop()

    def _event(self, event_id_: str, batch: Batch) -> dict[str, Any] | None:
        if event_id_ in batch.events:
            return batch.events[event_id_]
        path = self.catalog.path_of(event_id_)
        return self.kb.read(path) if path else None

    def _source_texts(self, source_id: str, batch: Batch) -> list[str]:
        """The texts of a source held here (its text, and any further ones)."""
        source = self._event(source_id, batch)
        shas = texts_of(source) if source and source.get("type") == "source" else []
        return [text for text in map(self.kb.snapshot_text, shas) if text is not None]

    def _in_source_characters(self, event: dict[str, Any], batch: Batch) -> None:
        """Excerpts (and a direct quote) typed with other quotation marks, dashes or spaces than
        the source's, in the source's own characters."""
        body = event.get("replacement", event)
        held = []
        for citation in body.get("citations", []):
            texts = self._source_texts(citation["source"], batch)
            held += texts
            if texts:
                citation["excerpt"] = _as_in(citation["excerpt"], texts)
        if body.get("attribution") == "direct_quote":
            body["text"] = _as_in(body["text"], held)

    def _check_citations(self, body: dict[str, Any], batch: Batch, prefix: str = "") -> None:
        """Each citation names a source, whose held texts hold its excerpt and the quoted words
        (``prefix``: where the body is in its event)."""
        held: list[str] = []
        for number, citation in enumerate(body.get("citations", [])):
            where = f"{prefix}citations.{number}"
            source = self._event(citation["source"], batch)
            if source is None or source.get("type") != "source":
                what = "not a source" if source else "no such event"
                raise InvalidEvent(
                    f"{where}.source: {citation['source']} is {what} — cite a source event's ID "
                    "(`kb log --type source` lists them)"
                )
            for sha in texts_of(source):
                problem = None if self.kb.snapshot_text(sha) else snapshot_problem(self.kb.snapshot_path(sha), sha)
                if problem:
                    raise InvalidEvent(
                        f"{where}.source: the text of {citation['source']}: {problem} — restore it first"
                    )
            texts = self._source_texts(citation["source"], batch)
            held += texts
            if texts and not any(found_in(citation["excerpt"], text) for text in texts):
                raise InvalidEvent(
                    f"{where}.excerpt: not found in the text of source {citation['source']} — copy the exact words."
                    + closest_passage(citation["excerpt"], texts[0])
                )
        for what, words in models.words_to_check(body):
            if held and not any(found_in(words, text) for text in held):
                quoted = " (and the source must quote them itself)" if what == "the quoted words" else ""
                bare = words.strip('"')
                raise InvalidEvent(
                    f"{what} {bare[:60]!r} is not in the cited source's text — quote it exactly{quoted}."
                    + closest_passage(bare, held[0])
                )

    def _check_links(self, event: dict[str, Any], batch: Batch) -> None:
        body = event.get("replacement", event)
        self._check_citations(body, batch, body_path(event))
        for where, target_id, kind in models.claim_targets(event):
            target = self._event(target_id, batch)
            if target is None:
                raise InvalidEvent(f"{where}: no event {target_id} in this knowledge base")
            if kind == CLAIM_OR_CORROBORATION and target.get("type") == "corroboration":
                continue
            if models.claim_kind(target) is None:
                also = " or a corroboration" if kind == CLAIM_OR_CORROBORATION else ""
                raise InvalidEvent(f"{where}: {target_id} is {a(str(target.get('type')))}, not a claim{also}")
            if kind and kind != CLAIM_OR_CORROBORATION and models.claim_kind(target) != kind:
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
        # Upgraded first: what an earlier version's field means decides how it is resolved (a
        # version-1 statement's free-text via is a via_description, not an entity to look up).
        draft = self._current_version(payload)
        draft = self._resolve_entities(draft, batch)
        self._resolve_event_ids(draft, batch)
        self._check_negotiation(draft, batch)
        self._date_undated(draft, batch)
        draft["recorded_at"] = self.now()
        if self.recorded_by and "recorded_by" not in draft:
            draft["recorded_by"] = self.recorded_by
        model = validate({**draft, "id": "ev-aaaaaaaaaaaaaaaa"})
        event = model.model_dump(mode="json", exclude_none=True)
        self._in_source_characters(event, batch)
        event["id"] = event_id(event)
        self._check_links(event, batch)
        if not self.new:
            self._refuse_repeat(event, batch)
        return event

    @staticmethod
    def _current_version(payload: dict[str, Any]) -> dict[str, Any]:
        """The payload in the current version of its kind's schema (an older one is upgraded, an
        unknown one left for validate to refuse): kb writes only the current version."""
        kind = kind_named(str(payload.get("type")))
        if kind is None:
            return {**payload, "schema_version": payload.get("schema_version", models.SCHEMA_VERSION)}
        version = payload.get("schema_version", kind.schema_version)
        if isinstance(version, bool) or version not in range(1, kind.schema_version + 1):
            return {**payload, "schema_version": version}
        return models.upgraded({**payload, "schema_version": version})

    def add(self, payload: dict[str, Any], text: str | bytes | None = None, more_texts: Sequence[bytes] = ()) -> Path:
        """Append one event; with ``text``, a source whose text is stored as its snapshot (bytes:
        as normalised_snapshot makes them), and ``more_texts`` its further texts (other_text_sha256s) —
        removed again if the event cannot be written, so that a failure leaves nothing."""
        snapshot = None
        if text is not None:
            if isinstance(text, str):
                text = normalise_text(text)
                refuse_control_characters(text, "the source's text")
            snapshot = text.encode("utf-8") if isinstance(text, str) else text
            payload = {**payload, "text_sha256": hashlib.sha256(snapshot).hexdigest()}
        if more_texts:
            further = [hashlib.sha256(data).hexdigest() for data in more_texts]
            payload = {**payload, "other_text_sha256s": [*payload.get("other_text_sha256s", []), *further]}
        [path] = self.append([payload], snapshot=snapshot, more_snapshots=more_texts)
        return path

    def append(
        self,
        payloads: Iterable[dict[str, Any]],
        describe: Callable[[int], str] | None = None,
        snapshot: bytes | None = None,
        more_snapshots: Sequence[bytes] = (),
    ) -> list[Path]:
        """Append a batch all or nothing: every payload is checked before any file is written.

        Appends on this machine take turns (KnowledgeBase.append_lock) from the check to the
        last file written, so two of them never both find a key free, or a claim not yet
        retracted, and both take it. ``snapshot``: a source text to store (normalised_snapshot;
        ``more_snapshots``: its further texts)
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
            new_snapshots = []
            for data in [*([snapshot] if snapshot is not None else []), *more_snapshots]:
                held = self.kb.snapshot_path(hashlib.sha256(data).hexdigest())
                if not held.exists() and held not in new_snapshots:
                    new_snapshots.append(held)
                self.kb.store_snapshot_data(data)
            written: list[Path] = []
            try:
                for event in batch.events.values():
                    written.append(self.kb.write(event))
            except BaseException:
                # This batch's own new files, never anything that was there before.
                for path in [*written, *new_snapshots]:
                    path.unlink(missing_ok=True)
                raise
            return written

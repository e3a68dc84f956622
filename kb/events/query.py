"""Finding events: by ID or unique prefix, and the filtered log."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kb.errors import KbError
from kb.events import models
from kb.events.catalog import Catalog
from kb.events.ids import canonical_bytes, from_stored_json, id_of_canonical, plain_canonical
from kb.events.models import validate
from kb.events.store import KnowledgeBase

_PREFIX = re.compile(r"^ev-[a-z2-7]{1,16}$")


def find(kb: KnowledgeBase, prefix: str, catalog: Catalog | None = None) -> dict[str, Any]:
    """The event with this ID or unique ID prefix."""
    return read_event(kb, locate(kb, prefix, catalog))


# The events that amend another, and what each did to it, in words.
AMENDED_BY = (("correction", "corrected by"), ("retraction", "retracted by"), ("corroboration", "corroborated by"))


def history(kb: KnowledgeBase, event_id: str, catalog: Catalog | None = None) -> list[str]:
    """What later events did to an event, in words: each correction and retraction with its reason,
    each corroboration with its further sources, what it adds and its retraction, each link with the claims it links."""
    from kb.kinds.corroboration import what_it_adds  # here: kb add, which imports this module, needs no other kind

    catalog = catalog or Catalog(kb)
    lines = []
    for type_, done in AMENDED_BY:
        for other_id in catalog.amendments(event_id, type_):
            other = find(kb, other_id, catalog)
            cited = "; ".join(f"{c['source']}: {c['excerpt']}" for c in other.get("citations", []))
            line = f"{done} {other_id}: {other.get('reason') or cited}"
            if type_ == "corroboration":
                added = what_it_adds(other)
                line += f" (adds {'; '.join(added)})" if added else ""
                withdrawn = catalog.amendments(other_id, "retraction")
                line += (
                    f" — withdrawn by {withdrawn[0]}: {find(kb, withdrawn[0], catalog)['reason']}" if withdrawn else ""
                )
            lines.append(line)
    for link_id in catalog.links_of(event_id):
        link = find(kb, link_id, catalog)
        how = "disagrees with" if link["kind"] == "disagrees" else f"linked as {link['kind'].replace('_', ' ')} with"
        others = ", ".join(claim for claim in link["events"] if claim != event_id)
        lines.append(f"{how} {others} (link {link_id})" + (f": {link['note']}" if link.get("note") else ""))
    return lines


def locate(kb: KnowledgeBase, prefix: str, catalog: Catalog | None = None) -> Path:
    """The file of the event with this ID or unique ID prefix."""
    prefix = prefix.strip().lower()
    if not _PREFIX.match(prefix):
        raise KbError(f"{prefix[:40]!r} is not an event ID — IDs look like ev-abcdefghij234567 (a prefix will do)")
    catalog = catalog or Catalog(kb)
    matches = catalog.ids_with_prefix(prefix, limit=11)
    if not matches:
        raise KbError(f"no event {prefix} in this knowledge base — `kb log` lists them")
    if len(matches) > 1:
        more = " …" if len(matches) > 10 else ""
        raise KbError(f"{prefix} is ambiguous: {', '.join(matches[:10])}{more} — give more characters")
    path = catalog.path_of(matches[0])
    assert path is not None
    return path


def parse_as_of(text: str) -> str:
    """A point in time as recorded_at writes it; a date alone means the end of that day (UTC)."""
    try:
        if len(text) == 10:
            moment = dt.datetime.fromisoformat(text).replace(hour=23, minute=59, second=59, microsecond=999999)
        else:
            moment = dt.datetime.fromisoformat(text)
    except ValueError:
        raise KbError(f"--as-of {text!r}: not a date or time — use 2025-05-01 or 2025-05-01T12:00:00Z") from None
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def read_event(kb: KnowledgeBase, path: Path | str) -> dict[str, Any]:
    """An event file, checked: readable, its content's hash is its name and id, valid; KbError
    naming the file if not (so no reader trips on it)."""
    return read_checked(kb, path)[0]


def read_checked(kb: KnowledgeBase, path: Path | str) -> tuple[dict[str, Any], str]:
    """``read_event``, and the event's canonical JSON (without its id), whose hash its ID is."""
    event = kb.read(path)
    name = os.path.basename(path)
    claimed = event.get("id")
    # The fast path: a valid event is plain, so its canonical JSON is the standard encoder's
    # output (see kb.events.ids); the only valid value that is not plain is a schema_version of 1.0.
    if claimed == name[:-5] and type(event.get("schema_version")) is int:
        canonical = plain_canonical(event)
        if id_of_canonical(canonical) == claimed:
            with contextlib.suppress(KbError):
                validate(event)
                return event, canonical
    where = kb.relative(path)
    canonical = canonical_bytes(event).decode("utf-8")
    computed = id_of_canonical(canonical)
    if claimed != computed or name != f"{computed}.json":
        raise KbError(
            f"{where}: its content's hash is {computed}, not its id or name — the file was edited or renamed; "
            "`kb verify` lists every problem"
        )
    try:
        validate(event)
    except KbError as error:
        raise KbError(f"{where}: {error} — `kb verify` lists every problem") from None
    return event, canonical


@dataclass(frozen=True)
class LogFilter:
    types: tuple[str, ...] = ()
    negotiation: str | None = None
    entity: str | None = None
    since: str | None = None
    until: str | None = None
    as_of: str | None = None

    def __call__(self, event: dict[str, Any]) -> bool:
        if self.as_of and event.get("recorded_at", "") > self.as_of:
            return False
        if self.types and event.get("type") not in self.types:
            return False
        body = event.get("replacement", event)
        if self.negotiation and body.get("negotiation") != self.negotiation:
            return False
        slots = models.entity_slots(models.upgraded(event))
        if self.entity and self.entity not in {holder[name] for _, holder, name in slots} | {event.get("key")}:
            return False
        when = body.get("occurred_at") or body.get("reported_at") or body.get("published_at")
        if self.since and (when is None or when[: len(self.since)] < self.since):
            return False
        return not (self.until and (when is None or when[: len(self.until)] > self.until))


def log(db: Path, keep: LogFilter) -> Iterator[dict[str, Any]]:
    """Events that pass the filter, newest recorded first, one at a time: read from the
    knowledge base's built database (kb.db, brought up to date first), in the order of its
    index on recorded_at, so the first comes before the rest are read."""
    sql = "SELECT json FROM events"
    where: list[str] = []
    params: list[str] = []
    if keep.types:
        where.append(f"type IN ({', '.join('?' for _ in keep.types)})")
        params += keep.types
    if keep.as_of:
        where.append("recorded_at <= ?")
        params.append(keep.as_of)
    if where:
        sql += " WHERE " + " AND ".join(where)
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
        for (text,) in conn.execute(sql + " ORDER BY recorded_at DESC, id DESC", params):
            event = from_stored_json(text)
            if keep(event):
                yield event


def fields_for_people(event: dict[str, Any]) -> Iterable[tuple[str, str]]:
    """(field, value) pairs of an event, lists and nested items spelled out."""
    for name, value in event.items():
        if isinstance(value, list):
            for item in value:
                yield name, ", ".join(f"{k}={v}" for k, v in item.items()) if isinstance(item, dict) else str(item)
        elif isinstance(value, dict):
            yield name, ", ".join(f"{k}={v}" for k, v in value.items())
        else:
            yield name, str(value).lower() if isinstance(value, bool) else str(value)

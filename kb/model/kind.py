"""What a kind of event is, in one class: subclass ``EventKind`` (or ``ClaimKind``) in a module
of ``kb/kinds/`` and decorate it with ``@register``; every list of kinds in kb is derived from
the registry (see docs/extending.md).

A kind holds its fields (a pydantic model without the envelope), its tables, views, facets and
indexes, how an event becomes rows, how it reads in words, how it is cited, its ``kb add``
example and its part of the event page.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import importlib.util
import json
import pkgutil
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Annotated, Any, ClassVar, Literal

from pydantic import BeforeValidator, Field, create_model

from kb.model.fields import Envelope, Model, not_a_bool

Row = dict[str, Any]
Rows = Iterator[tuple[str, Row]]
Name = Callable[[str], str]
# json.dumps(value, ensure_ascii=False) without a new encoder for every call.
json_text = json.JSONEncoder(ensure_ascii=False).encode


@dataclass(frozen=True)
class Table:
    """A table of kb.db: its columns, keys, indexes, full-text columns and how Datasette shows it.

    A column's description comes from ``column_descriptions``, else from the field of the
    kind's model with the same name; a column with neither fails a test.
    """

    columns: dict[str, type]
    pk: str | tuple[str, ...]
    foreign_keys: tuple[tuple[str, str, str], ...] = ()
    indexes: tuple[str, ...] = ()
    fts: tuple[str, ...] = ()
    label: str | None = None
    description: str = ""
    column_descriptions: dict[str, str] = field(default_factory=dict)
    facets: tuple[str | dict[str, str], ...] = ()
    sort_desc: str | None = None
    described_by: tuple[type[Model], ...] = ()  # models whose fields describe its columns


@dataclass(frozen=True)
class View:
    """A view of kb.db; its columns are described by its own descriptions, else by the same
    column of the tables in ``columns_from``."""

    sql: str
    description: str
    columns_from: tuple[str, ...] = ()
    column_descriptions: dict[str, str] = field(default_factory=dict)
    facets: tuple[str | dict[str, str], ...] = ()
    sort_desc: str | None = None
    # The column holding a claim's ID, when its rows are of claims: ``_search`` finds the rows of the
    # claims a full-text search matches (kb.publish.search).
    claim_column: str | None = None
    # For a view that is the claims for which this condition holds (``SELECT * FROM claims WHERE …``):
    # its facets are counted from the claims' codes, as those of claims are (kb.publish.facets).
    claims_where: str | None = None


# The kind a claim reference names when it may also point at a further report: a retraction
# withdraws a claim, or a corroboration (its sources and what it added).
CLAIM_OR_CORROBORATION = "claim or corroboration"


def sort_key(value: str | None, row_id: str) -> str:
    """A row's place in its table's default order (``Table.sort_desc = "sort_key"``): the value
    the table is sorted by, then the row's ID. No two rows share it, so a client paging the table
    by next_url gets every row exactly once: Datasette breaks ties of a sort by the primary key
    on the later pages but not on the first, and pages a view by offset. The space sorts before
    any character of a date, so "2025 …" < "2025-04 …" < "2025-04-18 …" < "2025-04-18T09:00 …"."""
    return f"{value or ''} {row_id}"


def sort_key_description(column: str) -> str:
    return (
        f"{column}, then the ID: the table's order (newest first), one row per value, so that paging never "
        "skips or repeats a row"
    )


def entity(column: str) -> tuple[str, str, str]:
    """A foreign key from ``column`` to an entity's key."""
    return (column, "entities", "key")


def words(value: str) -> str:
    """An enum value in words: red_line → red line."""
    return value.replace("_", " ")


def only(body: Row, table: Table, **extra: Any) -> Row:
    """The fields of ``body`` that are columns of ``table``, plus ``extra``."""
    return {name: body.get(name) for name in table.columns if name in body} | extra


@dataclass(frozen=True)
class Author:
    """Who a citation names as the author of a claim: an entity, or a description such as
    "analysts"; in a meeting, the participant's role and side."""

    key: str | None
    description: str | None = None
    role: str | None = None
    side: str | None = None


ModelClass = type[Model]
EventClass = type[Envelope]


class EventKind:
    """Everything one type of event is. The class attributes are its parts; the methods have
    defaults that a kind overrides where it differs."""

    type: ClassVar[str]  # the stable name written in event files: "meeting"
    fields: ClassVar[ModelClass]  # its fields, without the envelope; their descriptions are its schema
    order: ClassVar[int]  # where it comes in lists of types
    example: ClassVar[str]  # a `kb add` command line for it
    tables: ClassVar[dict[str, Table]] = {}
    views: ClassVar[dict[str, View]] = {}
    # Where its fields name an entity: "holder", "participants.*.entity", "parties.*".
    entity_fields: ClassVar[tuple[str, ...]] = ()
    # Fields holding the ID of a claim, with the kind of claim they must point at (None: any claim;
    # CLAIM_OR_CORROBORATION: any claim or a corroboration).
    claim_references: ClassVar[dict[str, str | None]] = {}
    # Problems the build looks for, (kind, SQL selecting the event's ID and a detail).
    problems: ClassVar[tuple[tuple[str, str], ...]] = ()
    is_claim: ClassVar[bool] = False
    # The version of its schema that kb writes; events of earlier versions are read as they are
    # and upgraded while reading (``upgrade``), never rewritten.
    schema_version: ClassVar[int] = 1
    # The fields each later version added, by version ({2: ("other_text_sha256s",)}): an event of
    # that version or a later one keeps them as they are when upgraded (tests/test_upgrades.py).
    added_in: ClassVar[dict[int, tuple[str, ...]]] = {}

    @functools.cached_property
    def model(self) -> EventClass:
        """The event: the envelope and its fields, made when first asked for (kb add makes only its own)."""
        return self._event_model(self.model_fields(), tuple(range(1, self.schema_version + 1)))

    @functools.cached_property
    def earlier_models(self) -> tuple[EventClass, ...]:
        """The events of the earlier versions whose fields ``model`` does not describe (a field that
        meant something else then: ``version_fields``), for the published schemas."""
        made = []
        for version in range(1, self.schema_version):
            fields = self.version_fields(version)
            if fields is not None:
                made.append(self._event_model(fields, (version,), f"V{version}"))
        return tuple(made)

    def _event_model(self, fields: ModelClass, versions: tuple[int, ...], suffix: str = "") -> EventClass:
        name = "".join(part.capitalize() for part in self.type.split("_")) + suffix
        doc = (type(self).__doc__ or self.type).strip() + (f" (version {versions[0]})" if suffix else "")
        bases: Any = (Envelope, fields)
        literal: Any = Annotated[Literal[versions], BeforeValidator(not_a_bool)]
        version = (literal, Field(description="Version of this type's schema the event was written in"))
        return create_model(name, __base__=bases, __doc__=doc, __module__=type(self).__module__, schema_version=version)

    def version_fields(self, version: int) -> ModelClass | None:
        """The fields of an earlier ``version`` when one of them meant something else then (what
        ``upgrade`` makes of it); None when the current fields describe that version's events."""
        return None

    def model_fields(self) -> ModelClass:
        """The fields' model; a kind whose fields depend on the other kinds makes it here."""
        return self.fields

    def upgrade(self, event: Row, version: int) -> Row:
        """An event of an earlier ``version`` of its schema as the current version reads it (a
        new dict; its ID, the hash of the file as written, stays). Each change is guarded by the
        versions it was written for (``if version < 2:``): an event of a later version already
        reads as the change would make it, and keeps every field as it is."""
        return event

    def rows(self, event: Row) -> Rows:
        """The rows an event projects into, besides its row in ``events``."""
        return iter(())

    def parts(self, event: Row, name: Name) -> tuple[str, str | None]:
        """The event in plain words: who and what, then its own words when it has any
        (entities by ``name(key)``)."""
        return self.type, None

    # The types of event after whose arrival an incremental build runs finish (None: after any; a
    # full build always does).
    finish_after: frozenset[str] | None = None

    def finish(self, conn: Any) -> None:
        """What the build computes across events of this kind once all are loaded (in an
        incremental build, when it brought an event of a type in ``finish_after``)."""

    def claim_targets(self, event: Row) -> list[tuple[str, str, str | None]]:
        """The claims an event points at: (field, event ID, kind of claim required or None)."""
        return [
            (name, event[name], kind)
            for name, kind in self.claim_references.items()
            if isinstance(event.get(name), str)
        ]

    def words_to_check(self, body: Row) -> list[tuple[str, str]]:
        """(what, words) pairs whose words must be in one of the cited sources' texts."""
        return []

    def claim_kind(self, event: Row) -> str | None:
        """The kind of claim the event records, if it records one."""
        return self.type if self.is_claim else None

    def entity_slots(self, event: Row, prefix: str = "") -> Iterator[tuple[str, Any, Any]]:
        """Where the event (a JSON object) names an entity: (path, the object or list holding it,
        the field name or list index), so that a reference can be read or replaced in place."""
        for path in self.entity_fields:
            yield from _walk(event, path.split("."), prefix)


def _walk(holder: Any, parts: list[str], prefix: str) -> Iterator[tuple[str, Any, Any]]:
    head, rest = parts[0], parts[1:]
    if head == "*":
        slots: Iterable[tuple[Any, Any]] = enumerate(holder) if isinstance(holder, list) else ()
    else:
        slots = [(head, holder.get(head))] if isinstance(holder, dict) else []
    for name, value in slots:
        if rest:
            yield from _walk(value, rest, f"{prefix}{name}.")
        elif isinstance(value, str):
            yield f"{prefix}{name}", holder, name


# --- The registry ------------------------------------------------------------------------------

_REGISTERED: dict[str, EventKind] = {}
_KINDS: dict[str, EventKind] = {}


def register(cls: type[EventKind]) -> type[EventKind]:
    """Class decorator: make the kind known to kb. Kinds are registered when kb.kinds' modules
    are imported, before anything lists them; registering one later is an error."""
    if _KINDS:
        raise RuntimeError(f"kind {cls.type!r} registered after kb's kinds were first listed — register it earlier")
    if cls.type in _REGISTERED:
        raise ValueError(f"two kinds of event named {cls.type!r}")
    _REGISTERED[cls.type] = cls()
    return cls


@contextlib.contextmanager
def registered(cls: type[EventKind]) -> Iterator[EventKind]:
    """Register a kind for the length of a ``with`` block, then remove it: for tests, as llm's and
    Datasette's register a plugin and unregister it. ``kinds()``, ``kind_named`` and what is
    derived from them when asked for (the event models, their union, validation, ``kb add``) know
    it inside the block; what kb's modules derived once when imported (the builder's tables, the
    metadata) does not, so a test of the whole path still runs a kind in a process of its own."""
    kinds()
    if cls.type in _REGISTERED:
        raise ValueError(f"two kinds of event named {cls.type!r}")
    kind = _REGISTERED[cls.type] = cls()
    _relist()
    try:
        yield kind
    finally:
        del _REGISTERED[cls.type]
        _relist()


def _relist() -> None:
    _KINDS.clear()
    _KINDS.update((kind.type, kind) for kind in sorted(_REGISTERED.values(), key=lambda k: (k.order, k.type)))


def kinds() -> dict[str, EventKind]:
    """Every kind of event, by type, in order: those of kb/kinds/ and any registered before."""
    if not _KINDS:
        for name in sorted(_kind_modules()):
            importlib.import_module(f"kb.kinds.{name}")
        _relist()
    return _KINDS


def kind_named(type_: str) -> EventKind | None:
    """The kind of this type, or None. Until every kind is listed, only the module named after
    the type is imported: ``kb add statement`` needs no other kind (a module of kb/kinds/
    registers the type it is named after; a test checks it)."""
    if not _KINDS and type_ not in _REGISTERED and type_ in _kind_modules():
        importlib.import_module(f"kb.kinds.{type_}")
    return _REGISTERED[type_] if type_ in _REGISTERED else kinds().get(type_)


@functools.cache
def _kind_modules() -> frozenset[str]:
    """The names of kb/kinds/' modules (found by name: the kinds import this module)."""
    spec = importlib.util.find_spec("kb.kinds")
    assert spec is not None and spec.submodule_search_locations is not None
    return frozenset(info.name for info in pkgutil.iter_modules(spec.submodule_search_locations))

"""What every kind of claim shares: its common fields, its flat row in ``claims``, its topics
and citations, and the defaults of how it is cited and shown."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, ClassVar, Literal

from pydantic import Field, model_validator

from kb.model.dates import claim_date
from kb.model.fields import Citation, Key, Line, Model, PartialDate, Tag, Text
from kb.model.kind import (
    Author,
    EventKind,
    Name,
    Row,
    Rows,
    _walk,
    kinds,
    only,
    sort_key,
)
from kb.model.render import marked_summary, summary
from kb.model.repeats import repeat_key

HEDGES = ("reportedly", "believed", "unconfirmed", "disputed")


class ClaimFields(Model):
    """What every claim carries."""

    negotiation: Key = Field(description="Entity key of the negotiation the claim belongs to")
    occurred_at: PartialDate | None = Field(
        None,
        description="When it happened or was said (ISO 8601, as precise as known); left out when the source gives "
        "no date, and reported_at says when the source reported it",
    )
    reported_at: PartialDate | None = Field(
        None,
        description="For a claim the source gives no date: when the source reported it (kb add takes the cited "
        "source's published_at when occurred_at is left out)",
    )
    topics: list[Tag] = Field(default_factory=list, description="Short tags such as autos, agriculture, fx")
    modality: Literal["asserted", "expected", "hypothetical", "denied"] = Field(
        "asserted", description="Whether the claim is asserted, expected, hypothetical or denied"
    )
    citations: list[Citation] = Field(min_length=1, description="The sources of the claim, with their exact words")
    place: Line | None = Field(None, description="Where it happened or was said: a city, a building")
    via: Key | None = Field(
        None, description="Entity key of who passed the claim on to the source, when named (an entity or alias)"
    )
    via_description: Line | None = Field(
        None, description="Who passed the claim on, when not named: a U.S. official, media reports"
    )
    hedge: Literal[HEDGES] | None = Field(  # type: ignore[valid-type]
        None,
        description="How firmly the source gives it, when it hedges: reportedly (said to, reportedly), believed "
        "(believed, understood to), unconfirmed (the source could not confirm it), disputed (another party denies it)",
    )
    note: Text | None = Field(
        None, description="The recorder's note: [sic], the quote is cut off in the source, a second translation"
    )
    source_error: Text | None = Field(
        None,
        description="What the source got wrong, when it printed this in error (a conversion off by a factor of "
        "ten): the claim is recorded as printed, flagged, and never shown as a fact",
    )

    @model_validator(mode="after")
    def _dated(self) -> ClaimFields:
        if self.occurred_at is None and self.reported_at is None:
            raise ValueError("a claim needs occurred_at, or reported_at when the source gives no date")
        if self.occurred_at is not None and self.reported_at is not None:
            raise ValueError("give occurred_at, or reported_at for an undated claim, not both")
        return self


# The fields of ClaimFields that are columns of ``claims`` as they are.
SHARED_COLUMNS = ("reported_at", "place", "via", "via_description", "hedge", "note", "source_error")


# A citation's W3C Web Annotation selectors against its source's snapshot (kb.events.anchors).
SELECTOR_COLUMNS = ("selector_exact", "selector_prefix", "selector_suffix", "selector_start", "selector_end")


def citation_rows(claim_id: str, body: Row, added_by: str | None = None) -> Rows:
    """The citations of a claim (or role), each with a stable ID: the ID of the event that
    carries it, a slash and its position there."""
    added_by = added_by or claim_id
    for n, citation in enumerate(body.get("citations", [])):
        yield (
            "citations",
            {
                "id": f"{added_by}/{n}",
                "claim": claim_id,
                "source": citation["source"],
                "excerpt": citation["excerpt"],
                "verified": None,
                "added_by": added_by,
                **dict.fromkeys(SELECTOR_COLUMNS),  # where the excerpt is in its snapshot: computed by the build
            },
        )


def read_rows(conn: Any, sql: str, params: Any = ()) -> list[Row]:
    """The rows a query gives, as dicts: what a kind's ``page`` reads from kb.db."""
    cursor = conn.execute(sql, params)
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


class ClaimKind(EventKind):
    """A kind of claim: a row in ``claims`` (for faceting) and in its own table."""

    is_claim = True
    via_in_parts: ClassVar[bool] = False  # whether its parts() say who passed it on
    # 3: a meeting's duration_qualifier; a data point's product_scope, period_unclear and a change
    # without a level; an agreement's procedural status; a measure without a product scope.
    schema_version = 3
    added_in: ClassVar[dict[int, tuple[str, ...]]] = {
        2: ("place", "via", "via_description", "hedge", "note", "source_error"),  # on every claim
    }
    table: ClassVar[str]  # its own table, keyed by the claim's ID
    text_field: ClassVar[str]  # the field whose words are the claim's ``claims.text``
    # Which of its claims quote their source (an SQL condition on its own table, as ``t``): the
    # build checks their words_to_check into that table's quote_verified column. None: none do.
    quotes: ClassVar[str | None] = None
    # Its CSL item type when its words are not a quote: styles print a report's genre, where
    # its words go, without quotation marks (see docs/citing.md).
    csl_type: ClassVar[str] = "report"
    page_template: ClassVar[str] = (
        ""  # its part of the event page (Jinja, with ``page``, ``part`` — what ``page()`` read — and ``entity()``)
    )

    def entity_slots(self, event: Row, prefix: str = "") -> Iterator[tuple[str, Any, Any]]:
        yield from super().entity_slots(event, prefix)
        yield from _walk(event, ["via"], prefix)

    # --- rows ---------------------------------------------------------------------------------

    def actor(self, body: Row) -> str | None:
        """Entity key of who the claim is by: who said, holds, gave or did it (claims.actor, the
        facet of speakers and actors)."""
        return None

    def subject(self, body: Row) -> str | None:
        """Entity key of what a figure is about (claims.subject, a facet of its own), when it is one."""
        return None

    def actor_description(self, body: Row) -> str | None:
        """Who the claim is by, when not named."""
        return None

    def rows(self, event: Row) -> Rows:
        return self.claim_rows(event["id"], event, event["recorded_at"])

    def claim_rows(self, claim_id: str, body: Row, recorded_at: str, corrects: str | None = None) -> Rows:
        """The rows of one claim; a correction's replacement is a claim with the correction's ID."""
        occurred = claim_date(body)
        yield (
            "claims",
            {
                "id": claim_id,
                "kind": body["type"],
                "occurred_at": occurred,
                "year": int(occurred[:4]),
                "month": occurred[:7] if len(occurred) >= 7 else None,
                "negotiation": body["negotiation"],
                "actor": self.actor(body),
                "actor_description": self.actor_description(body),
                "subject": self.subject(body),
                "attribution": body.get("attribution"),
                "modality": body.get("modality", "asserted"),
                "topics": json.dumps(body.get("topics", [])),
                "summary": marked_summary(body),
                "text": body.get(self.text_field) or "",
                "status": "active",
                "status_reason": None,
                "replaced_by": None,
                "retracted_by": None,
                "corrects": corrects,
                "verified": None,
                "recorded_at": recorded_at,
                **{name: body.get(name) for name in SHARED_COLUMNS},
                "source_error_flagged": int("source_error" in body),
                "date_known": int("occurred_at" in body),
                "sort_key": sort_key(occurred, claim_id),
            },
        )
        yield from self.own_rows(claim_id, body)
        repeat = repeat_key(body)
        if repeat is not None:
            yield "_repeat_keys", {"claim": claim_id, "key": repeat}
        for topic in dict.fromkeys(body.get("topics", [])):
            yield "topics", {"claim": claim_id, "topic": topic}
        yield from citation_rows(claim_id, body)

    def own_rows(self, claim_id: str, body: Row) -> Rows:
        """Its rows in its own tables."""
        yield self.table, only(body, self.tables[self.table], id=claim_id)

    # --- citations ----------------------------------------------------------------------------

    def authors(self, body: Row) -> list[Author]:
        """Who its citation names as its authors."""
        return []

    def how(self, body: Row, name: Name) -> list[str]:
        """How the claim reached its source, or what kind of thing it is, in a few words each."""
        return []

    def what(self, body: Row, name: Name, quote: bool = True) -> str:
        """The claim itself, in words (a direct quote in quotation marks when ``quote``). By
        default what happened, as its summary says it (``parts``): who and what, then its own
        words; a kind whose own words say it all returns those (``own_words``)."""
        return summary(body, name)

    def own_words(self, body: Row) -> str:
        """The claim's own words alone (its ``text_field``), for a kind whose ``what`` is them."""
        return str(body.get(self.text_field) or "")

    def csl_marks(self, body: Row, how: str) -> tuple[list[str], str]:
        """What its CSL item says of how its words came (before them), and its CSL genre."""
        return [], how

    def csl_quoted(self, body: Row) -> bool:
        """Whether its words are a direct quote: the CSL title, in quotation marks in every style."""
        return False

    def csl_event(self, body: Row) -> dict[str, str]:
        """CSL event-title and event-place, for a claim that is an event."""
        return {}

    # --- the event page -----------------------------------------------------------------------

    def page(self, conn: Any, claim_id: str, body: Row) -> tuple[dict[str, Any], set[str]]:
        """What its part of the event page shows, read from kb.db, and the entity keys it names."""
        return {}, set()


def claim_kinds() -> dict[str, ClaimKind]:
    """The kinds of claim, by type, in order."""
    return {type_: kind for type_, kind in kinds().items() if isinstance(kind, ClaimKind)}


def quoting_kinds() -> list[ClaimKind]:
    """The kinds of claim some of whose claims quote their source (ClaimKind.quotes), in order."""
    return [kind for kind in claim_kinds().values() if kind.quotes]

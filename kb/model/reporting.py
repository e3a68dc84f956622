"""What every claim may say about how the source reported it, in words for its citations and
pages: who passed it on, how the source hedges it, an undated claim's date, the source's own
error and the recorder's note (the fields of kb.model.claim.ClaimFields)."""

from __future__ import annotations

from kb.model.dates import human_date
from kb.model.kind import Name, Row, kind_named


def passed_on(body: Row, name: Name) -> str | None:
    """Who passed the claim on to the source, in words."""
    return name(body["via"]) if body.get("via") else body.get("via_description")


def how_reported(body: Row, name: Name) -> list[str]:
    """What a citation's brackets add for any kind of claim: its hedge, and who passed it on
    (a statement says that itself, with its attribution)."""
    words = [str(body["hedge"])] if body.get("hedge") else []
    via = passed_on(body, name)
    if via and not getattr(kind_named(str(body.get("type"))), "via_in_parts", False):
        words.append(f"according to {via}")
    return words


def when(body: Row) -> str:
    """When the claim happened, in words: an undated claim says so, with its source's date."""
    if body.get("occurred_at"):
        return human_date(body["occurred_at"])
    return f"undated (reported {human_date(body['reported_at'])})"


def reported_sentences(body: Row) -> list[str]:
    """The sentences a citation adds: the source's own error, and the recorder's note."""
    sentences = []
    if body.get("source_error"):
        sentences.append(f"The source printed this in error, recorded as printed: {body['source_error']}")
    if body.get("note"):
        sentences.append(f"Note: {body['note']}")
    return sentences

"""A draft: the candidate events of one source's text, entities and roles first."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from typing import Any

from kb.draft.agreements import read_agreements
from kb.draft.captions import captions, old_captions
from kb.draft.descriptions import name_descriptions
from kb.draft.duplicates import mark_duplicates
from kb.draft.entities import Registry
from kb.draft.first_person import with_first_person
from kb.draft.importable import importable
from kb.draft.known import Known, known_from
from kb.draft.meeting_days import dated_again
from kb.draft.meeting_nouns import every_meeting
from kb.draft.meeting_parties import with_later_parties
from kb.draft.negotiation import negotiation_of
from kb.draft.payloads import Payloads
from kb.draft.quotes import find_quotes
from kb.draft.reader import antecedents
from kb.draft.reading_copy import reading_copy
from kb.draft.remarks_made import remarks_made
from kb.draft.reported import read_reported
from kb.draft.speakers import Mention
from kb.draft.statement_days import carry_story_days
from kb.draft.statements import read_quotes
from kb.draft.text import Span, blanked, covered, overlaps, sentences
from kb.draft.text_figures import MAX_FIGURES, every_figure
from kb.draft.told_at_meeting import date_told_at_meetings
from kb.draft.transcripts import read_turns
from kb.errors import KbError
from kb.events.catalog import Catalog
from kb.events.query import find
from kb.events.store import KnowledgeBase, normalise_text

PREVIEW_SOURCE = "SOURCE"
MAX_CHARACTERS = 200_000  # an article's text (the longest run to tens of thousands); a longer one is a book or a dump
# A statement or a figure costs a draft far more than the characters around it: what one text may
# hold of each bounds the draft's time whatever the text (the densest of the corpus's real articles
# hold 9 quotations and 14 figures in 1,000 characters, but none is longer than a few thousand).
MAX_QUOTATIONS = 1_000  # quotations, and transcript turns: the lines a speaker's label may open
# A line a transcript's turn may open: a label and a colon ("MS. PSAKI:", "Q:"), a name alone on its line, or
# one with the time its turn began, or that time alone ("Keir Starmer (00:38):", "(01:04)").
_LABEL_LINE = re.compile(
    r"^[^\S\n]*[A-Z][\w.’' -]{0,60}:(?:[^\S\n]|$)|^[^\S\n]*[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,5}:?[^\S\n]*$"
    r"|^[^\S\n]*(?:[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,5}[ \t]*)?\((?:\d{1,2}:)?\d{1,2}:\d{2}\):?[^\S\n]*$",
    re.MULTILINE,
)


@dataclass
class Draft:
    """Candidate payloads, in the order ``kb import`` needs them."""

    entities: list[dict[str, Any]] = field(default_factory=list)
    roles: list[dict[str, Any]] = field(default_factory=list)
    claims: list[dict[str, Any]] = field(default_factory=list)

    @property
    def payloads(self) -> list[dict[str, Any]]:
        return [*self.entities, *self.roles, *self.claims]

    def jsonl(self) -> str:
        return "".join(json.dumps(payload, ensure_ascii=False) + "\n" for payload in self.payloads)

    def for_people(self) -> str:
        """One line a candidate: its number, type, how sure, and what it says."""
        lines = []
        for number, payload in enumerate(self.payloads, start=1):
            why = payload.get("_draft", {})
            what = (
                payload.get("text") or payload.get("summary") or payload.get("value_as_stated") or payload.get("name")
            )
            if payload["type"] == "role":
                what = f"{payload['person']}: {payload['title']}"
            if payload["type"] == "corroboration":
                what = f"{payload['target']}: {payload['citations'][0]['excerpt']}"
            who = payload.get("speaker") or payload.get("speaker_description") or payload.get("key") or ""
            said = " ".join(f"{who + ': ' if who else ''}{what}".split())
            lines.append(f"{number:>3}  {payload['type']:<13} {why.get('confidence', ''):<4} {said}"[:160])
        return "\n".join(lines) or "Nothing to propose in this text"

    def counts(self) -> str:
        kinds: dict[str, int] = {}
        for payload in self.payloads:
            kinds[payload["type"]] = kinds.get(payload["type"], 0) + 1
        return ", ".join(f"{count} {kind}" for kind, count in kinds.items()) or "nothing"


def _identity(claim: dict[str, Any]) -> str:
    """What makes two candidates one: the same figure of the same measure, or the same payload."""
    if claim["type"] == "data_point":
        return json.dumps([claim.get(key) for key in ("type", "metric", "value", "unit", "change")])
    return json.dumps({key: value for key, value in claim.items() if key != "_draft"}, sort_keys=True)


def _dated_meetings(claims: list[dict[str, Any] | None]) -> list[dict[str, Any] | None]:
    """The claims, a meeting the text reports twice, once with its day ("Johnson spoke with Trump." then
    "The Prime Minister spoke to President Trump this afternoon"), twice on the same day or twice with no day,
    kept once: with its day, as the text first reports it."""
    dated = {_met(c) for c in claims if c is not None and c["type"] == "meeting" and c.get("occurred_at")}
    kept = [c for c in claims if c is None or c["type"] != "meeting" or c.get("occurred_at") or _met(c) not in dated]
    first = {(_met(c), c.get("occurred_at")): id(c) for c in reversed(kept) if c and c["type"] == "meeting"}
    return [
        c
        for c in kept
        if c is None or c["type"] != "meeting" or first.get((_met(c), c.get("occurred_at")), id(c)) == id(c)
    ]


def _met(claim: dict[str, Any]) -> frozenset[str]:
    return frozenset(p["entity"] for p in claim["participants"])


def check_length(text: str) -> None:
    if len(text) > MAX_CHARACTERS:
        raise KbError(
            f"the text is {len(text):,} characters long; kb draft reads at most {MAX_CHARACTERS:,} — "
            "draft the article itself (or each part of a long document as a source of its own)"
        )


def check_size(text: str) -> None:
    """Refuse, before the rest of the reading, a text holding more quotations or figures than an article does."""
    quotations = len(find_quotes(text))
    turns = sum(1 for _ in _LABEL_LINE.finditer(text))
    if quotations + turns > MAX_QUOTATIONS:
        parts = [
            f"{quotations:,} quotations" * bool(quotations),
            f"{turns:,} lines a speaker's label may open" * bool(turns),
        ]
        held = " and ".join(part for part in parts if part)
        raise KbError(
            f"the text holds {held}; kb draft reads at most {MAX_QUOTATIONS:,} statements in one text — "
            "draft the article itself (or each part of a long document as a source of its own)"
        )
    if len(every_figure(text)) > MAX_FIGURES:
        raise KbError(
            f"the text holds more than {MAX_FIGURES:,} figures; kb draft reads at most {MAX_FIGURES:,} in one text "
            "— a table or a data file is not an article: draft the release that reports it (or each part of a "
            "long document as a source of its own)"
        )


def draft_text(
    text: str, published_at: str, source: str, negotiation: str, known: Known, speaker: str | None = None
) -> Draft:
    """The draft of a text published on ``published_at``, citing ``source``; ``speaker`` (a key or
    a name) answers where a transcript names no one."""
    check_length(text)
    text = reading_copy(text)  # its words laid out plainly, page furniture left out
    check_size(text)
    registry = Registry(known, source, text)
    payloads = Payloads(registry, source, negotiation, published_at)
    turns, turn_spans, asked = read_turns(text, _speaker(known, speaker))
    aside = captions(text)  # lines beside the story: no claim, no time it moves to
    pictured = covered(aside + [(q.start, q.end) for q in asked])  # and a question: no claim

    def told(span: Span) -> bool:
        return not overlaps(pictured, span.start, span.end)

    questions = {(q.start, q.end) for q in asked}  # whose quotations are read: 'he said, "…"' in a question
    said = sorted(
        [*turns, *read_quotes(text, [s for s in turn_spans if s not in questions])], key=lambda s: s.excerpt.start
    )
    said = name_descriptions([*said, *read_reported(text, turn_spans)], text)  # "the WTO chief said": who
    said = remarks_made(said, text)  # "A senior official said … X made the remarks in Beirut": X
    # a caption's words are no statement, and its date ("FILE PHOTO: … March 8, 2018") no time the story moves to
    told_said = [s for s in said if not overlaps(aside, s.excerpt.start, s.excerpt.end)]
    events = blanked(text, old_captions(text, aside, published_at))  # a file photo's event is none of the story's
    story = blanked(text, aside)  # the text without its captions: no time the story moves to
    claims = payloads.statements(told_said, events, story)
    # a meeting's parties and day may be in the sentence after it ("The meeting was also attended by …")
    meetings = dated_again(
        text,
        with_later_parties(text, every_meeting(text, with_first_person(antecedents(text), told_said, text))),
        published_at,
    )
    claims += [payloads.meeting(met, events) for met in meetings if told(met.sentence)]
    claims += [payloads.agreement(agreed) for agreed in read_agreements(text) if told(agreed.sentence)]
    said_spans = covered([(quote.start, quote.end) for quote in find_quotes(text)])  # a turn's figures are claims
    for sentence in sentences(text):
        claims += payloads.data_points(sentence, said_spans) if told(sentence) else []
    if date_told_at_meetings(claims, text, published_at):  # "Modi told President Xi", after their meeting on Wednesday
        carry_story_days(told_said, claims[: len(told_said)], story, payloads.day)  # and their next quotes
    unique: dict[str, dict[str, Any]] = {}
    for claim in _dated_meetings(claims):
        if claim is not None:
            unique.setdefault(_identity(claim), claim)
    return Draft(registry.entities, registry.roles, mark_duplicates(importable(list(unique.values()), text), known))


def _speaker(known: Known, given: str | None) -> Mention | None:
    """The --speaker given: an entity's key or name, or the name of someone not yet known."""
    if given is None:
        return None
    if known.key_named(given) is None and (" " not in given.strip() and given.strip().lower() == given.strip()):
        raise KbError(
            f"--speaker: no entity {given!r} in this knowledge base — give an entity's key, or a person's full name"
        )
    return Mention(given, name=given.strip())


def draft_source(kb: KnowledgeBase, prefix: str, negotiation: str | None = None, speaker: str | None = None) -> Draft:
    """The draft of a source held in the knowledge base (by ID or unique prefix)."""
    source = find(kb, prefix)
    if source["type"] != "source":
        raise KbError(
            f"{source['id']} is a {source['type']}, not a source — give a source's ID (`kb log --type source`)"
        )
    text = kb.snapshot_text(source["text_sha256"]) if source.get("text_sha256") else None
    if text is None:
        raise KbError(
            f"{source['id']}: its text is not held here — add the source with `kb add source --text-file FILE`, "
            "or draft the text with `kb draft --text-file FILE --published-at DATE`"
        )
    check_length(text)
    known = known_from(kb)
    chosen = negotiation_of(known, negotiation, text)
    return draft_text(text, source["published_at"], source["id"], chosen, known, speaker)


def draft_file(
    kb: KnowledgeBase, text: str, published_at: str, negotiation: str | None = None, speaker: str | None = None
) -> tuple[Draft, str | None]:
    """The draft of a text given as a file: citing the source that holds exactly this text if
    there is one (its ID is returned), else the placeholder SOURCE (a preview: add the source
    first to get a draft that imports)."""
    check_length(text)
    text = normalise_text(text)  # as a source holding it stores it: "\r\n" as "\n", NFC
    known = known_from(kb)
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    source = _source_holding(kb, sha)
    published = source["published_at"] if source else published_at
    cited = source["id"] if source else PREVIEW_SOURCE
    draft = draft_text(text, published, cited, negotiation_of(known, negotiation, text), known, speaker)
    return draft, source["id"] if source else None


def _source_holding(kb: KnowledgeBase, sha: str) -> dict[str, Any] | None:
    catalog = Catalog(kb)
    try:
        for (event_id,) in catalog.conn.execute("SELECT id FROM events WHERE type = 'source' ORDER BY id"):
            path = catalog.path_of(event_id)
            event = kb.read(path) if path else {}
            if event.get("text_sha256") == sha:
                return event
        return None
    finally:
        catalog.close()

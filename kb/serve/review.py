"""A review of one source's draft: its text, its candidates, and what a person does with each —
accept (as it is or edited), reject, or add a claim from a passage of the text.

Every write is ``Appender.append``, the call ``kb import`` makes, with the payloads as
``kb import`` reads them (notes dropped, ``without_notes``): the same checks and the same
messages, all or nothing. Nothing here writes a file of its own. The page and its server are
kb.serve.review_page and kb.serve.review_server.
"""

from __future__ import annotations

import functools
import json
import re
import threading
from dataclasses import dataclass, field
from typing import Any

from kb.draft import draft_source
from kb.errors import KbError
from kb.events import strictjson
from kb.events.anchors import Snapshot
from kb.events.append import Appender, without_notes
from kb.events.query import find
from kb.events.store import KnowledgeBase
from kb.model.kind import kind_named

PENDING, ACCEPTED, REJECTED = "pending", "accepted", "rejected"
NEW_CLAIM_TYPES = ("statement", "meeting", "data_point", "position", "expectation")
FIELD_NAME = re.compile(r"^[a-z][a-z0-9_]{0,63}$")


@dataclass
class Candidate:
    number: int
    payload: dict[str, Any]  # as drafted or as last edited, its _draft note kept
    state: str = PENDING
    event: str | None = None  # the ID written, once accepted
    error: str | None = None  # why the last accept was refused

    def fields(self) -> list[tuple[str, str, bool]]:
        """Each field a person may edit: its name, its value as text, and whether that text is
        JSON; then, empty, every other field of its kind (a speaker for a statement that has only
        a description of one, a period, a note…), so that giving a field is typing its value."""
        shown = [(key, value) for key, value in self.payload.items() if not key.startswith("_") and key != "type"]
        fields = [
            (key, value, False) if isinstance(value, str) else (key, json.dumps(value, ensure_ascii=False), True)
            for key, value in shown
        ]
        type_ = self.payload.get("type")
        kind_fields = _kind_fields(type_) if isinstance(type_, str) else ()
        return fields + [(name, "", not text) for name, text in kind_fields if name not in self.payload]

    def entity_fields(self) -> list[str]:
        """The kind's fields that name an entity by its key (those of its own, not of its parts)."""
        try:
            kind = kind_named(self.payload["type"])
        except (KbError, KeyError, TypeError):
            return []
        return [name for name in kind.entity_fields if "." not in name] if kind else []

    def excerpts(self) -> list[str]:
        return [c["excerpt"] for c in self.payload.get("citations", []) if isinstance(c, dict) and c.get("excerpt")]


@dataclass
class Review:
    kb: KnowledgeBase
    source: dict[str, Any]
    text: str
    candidates: list[Candidate]
    appender: Appender
    lock: threading.Lock = field(default_factory=threading.Lock)
    message: str = ""  # what the last action did, shown at the top of the page

    @classmethod
    def of(cls, kb: KnowledgeBase, prefix: str, negotiation: str | None, appender: Appender) -> Review:
        draft = draft_source(kb, prefix, negotiation)  # refuses what is not a source, or has no text held here
        source = find(kb, prefix)
        text = kb.snapshot_text(source["text_sha256"]) or ""
        candidates = [Candidate(number, payload) for number, payload in enumerate(draft.payloads, start=1)]
        return cls(kb, source, text, candidates, appender)

    def candidate(self, number: int) -> Candidate:
        if not 1 <= number <= len(self.candidates):
            raise KbError(f"no candidate {number} — this draft has {len(self.candidates)}")
        return self.candidates[number - 1]

    def _write(self, candidates: list[Candidate]) -> None:
        """Append the candidates' payloads through kb import's gate, all or nothing; mark them
        recorded, or the refused one with the gate's message."""
        refused: list[Candidate] = []

        def describe(index: int) -> str:
            refused.append(candidates[index])
            return f"candidate {candidates[index].number}"

        try:
            written = self.appender.append([without_notes(c.payload) for c in candidates], describe=describe)
        except KbError as error:
            for candidate in refused:
                candidate.error = str(error)
            raise
        for candidate, path in zip(candidates, written, strict=True):
            candidate.state, candidate.event, candidate.error = ACCEPTED, path.stem, None

    def act(self, action: str, forms: dict[int, dict[str, str]]) -> None:
        """Take the page's edits of the candidates not yet recorded (``forms``: by number), then
        do ``action``: ``accept:N``, ``reject:N``, ``save`` or ``all`` (every waiting candidate,
        all or nothing, as kb import takes a file). An edit that does not read (a JSON field
        that is not JSON) is kept as typed on the page, and nothing more is done."""
        with self.lock:
            for number, form in forms.items():
                candidate = self.candidate(number)
                if candidate.state == ACCEPTED:
                    continue
                try:
                    candidate.payload, candidate.error = edited(candidate.payload, form), None
                except KbError as error:
                    candidate.error = str(error)
                    raise KbError(f"candidate {number}: {error}") from None
            verb, _, number_text = action.partition(":")
            if verb == "all":
                pending = [c for c in self.candidates if c.state == PENDING]
                if not pending:
                    raise KbError("no candidate is waiting — every one is recorded or rejected")
                self._write(pending)
                self.message = f"Recorded {len(pending)} candidates"
                return
            if verb == "save":
                self.message = "Saved"
                return
            if verb not in ("accept", "reject") or not number_text.isdigit():
                raise KbError(f"no action {action[:40]!r} — accept:N, reject:N, save or all")
            candidate = self.candidate(int(number_text))
            if candidate.state == ACCEPTED:
                raise KbError(f"candidate {candidate.number} is already recorded as {candidate.event}")
            if verb == "reject":
                candidate.state = REJECTED
                self.message = f"Candidate {candidate.number} rejected"
                return
            self._write([candidate])
            self.message = f"Candidate {candidate.number} recorded as {candidate.event}"

    def add_claim(self, type_: str, excerpt: str) -> Candidate:
        """A new candidate citing this passage of the text, to complete and accept."""
        if type_ not in NEW_CLAIM_TYPES:
            raise KbError(f"a new claim is one of {', '.join(NEW_CLAIM_TYPES)}, not {type_[:40]!r}")
        excerpt = excerpt.strip()
        if not excerpt:
            raise KbError("select a passage of the text first (or type its exact words)")
        payload: dict[str, Any] = {"type": type_, "negotiation": self.negotiation()}
        if type_ == "statement":
            payload.update(attribution="paraphrase", text=excerpt)
        payload["citations"] = [{"source": self.source["id"], "excerpt": excerpt}]
        with self.lock:
            candidate = Candidate(len(self.candidates) + 1, payload)
            self.candidates.append(candidate)
            self.message = f"Candidate {candidate.number} added: complete its fields, then accept it"
        return candidate

    def negotiation(self) -> str:
        return next((c.payload["negotiation"] for c in self.candidates if "negotiation" in c.payload), "")


@functools.cache
def _kind_fields(type_: str) -> tuple[tuple[str, bool], ...]:
    """The fields of a kind of event but its type, each with whether its value is text (a
    string, or nothing), in the order of its model; none for what is not a kind."""
    try:
        kind = kind_named(type_)
    except KbError:
        return ()
    model = getattr(kind, "fields", None)
    if model is None:
        return ()
    properties = model.model_json_schema()["properties"]

    def text(schema: dict[str, Any]) -> bool:
        types = [schema.get("type")] if "type" in schema else [part.get("type") for part in schema.get("anyOf", [])]
        return bool(types) and set(types) <= {"string", "null"} and "string" in types

    return tuple((name, text(properties.get(name, {}))) for name in model.model_fields if name != "type")


def edited(payload: dict[str, Any], form: dict[str, str]) -> dict[str, Any]:
    """The payload with the form's fields: ``text:NAME`` a string, ``json:NAME`` a JSON value, an
    empty one removing the field (a field the form leaves out stays as it was); ``new_name`` and
    ``new_value`` one more field (JSON if it reads as an array or object, else a string)."""
    result = dict(payload)
    for name, value in form.items():
        kind, _, key = name.partition(":")
        if kind not in ("text", "json"):
            continue
        if not FIELD_NAME.match(key) or key == "type":
            raise KbError(f"{key[:40]!r} is not a field a form may set")
        if value.strip():
            result[key] = value if kind == "text" else _json(key, value)
        else:
            result.pop(key, None)
    new_name, new_value = form.get("new_name", "").strip(), form.get("new_value", "")
    if new_name:
        if not FIELD_NAME.match(new_name) or new_name == "type":
            raise KbError(f"{new_name[:40]!r} is not a field name — lowercase letters, digits and _ (see the schema)")
        result[new_name] = _json(new_name, new_value) if new_value.lstrip()[:1] in ("[", "{") else new_value
    return result


def _json(key: str, value: str) -> Any:
    try:
        return strictjson.loads(value)
    except (ValueError, RecursionError) as error:
        raise KbError(f"field {key}: not JSON ({error}) — fix it, or empty it to leave the field out") from None


Marks = list[tuple[str, list[int]]]


def marked(text: str, candidates: list[Candidate]) -> Marks:
    """The text cut where a candidate's excerpt starts or ends (anchored as kb.events.anchors
    anchors a citation: white space matching any white space): each piece with the numbers of
    the candidates whose excerpts cover it (none: plain text)."""
    snapshot = Snapshot(text)
    spans = []
    for candidate in candidates:
        for excerpt in candidate.excerpts():
            found = snapshot.anchor(excerpt)
            if found is not None:
                spans.append((found.start, found.end, candidate.number))
    cuts = sorted({0, len(text), *(start for start, _, _ in spans), *(end for _, end, _ in spans)})
    pieces: Marks = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        pieces.append((text[start:end], sorted({n for s, e, n in spans if s <= start and end <= e})))
    return pieces

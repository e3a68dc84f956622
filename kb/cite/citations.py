"""Citing claims and sources by event ID: plain text, Markdown, CSL-JSON and BibTeX.

One formatter serves the command line (``kb cite``, ``kb bib``) and the Datasette event page: ``Citations`` reads
a built kb.db through any ``sqlite3.Connection`` (Datasette hands one to ``db.execute_fn``), only ever with
SELECT, and leaves the connection as it found it.

A claim's citation says who (by name, with the posts they held then), what (a direct quote in quotation marks,
anything else in plain words marked as partial quote, paraphrase or reported, and through whom), when, where it
was reported (every source, with what further reports added), its status (retracted or corrected, by which event
and why) and its event ID, which is also its CSL and BibTeX key.

How a claim becomes a CSL item (its type, where its words go, its authors) is in kb.cite.csl and docs/citing.md:
a direct quote is the title of an ``article-newspaper`` item, in quotation marks; any other claim's words are the
genre of a ``report``, after how they came, so no style quotes them. The claim's source is the container, and
the knowledge base is the archive, with the event ID as the location in it.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from kb.cite import bibtex, csl, prose
from kb.cite.formats import Markdown as _Markdown
from kb.cite.formats import Plain as _Plain
from kb.cite.names import Agent, held_at
from kb.errors import KbError
from kb.events import models
from kb.events.ids import from_stored_json
from kb.kinds.corroboration import additions, with_additions
from kb.model import reporting
from kb.model.claim import claim_date, claim_kinds, read_rows
from kb.model.dates import date_parts, human_date
from kb.model.kind import Author

_PREFIX = re.compile(r"^ev-[a-z2-7]{1,16}$")

# --- What a citation is made of ------------------------------------------------------------


@dataclass
class Claim:
    id: str
    kind: str
    body: dict[str, Any]
    row: dict[str, Any]
    agents: list[Agent]
    sources: list[dict[str, Any]]
    correction_reason: str | None = None


class Citations:
    """Citations of the claims and sources of a built kb.db, in every format.

    ``archive`` names the knowledge base in CSL items (where the event ID is the location);
    ``base_url``, the published site's address, makes each claim's URL its event page's
    permalink, and adds it to the text citations.
    """

    def __init__(self, conn: sqlite3.Connection, archive: str | None = None, base_url: str | None = None):
        self.conn = conn
        self.archive = archive
        self.base_url = base_url.rstrip("/") if base_url else None
        self._entities: dict[str, dict[str, Any] | None] = {}

    def permalink(self, event_id: str) -> str | None:
        """The event page on the published site, when its address is known."""
        return f"{self.base_url}/-/event/{event_id}" if self.base_url else None

    # --- finding what to cite ---------------------------------------------------------------

    def resolve(self, prefix: str) -> str:
        """The ID of the event with this ID or unique ID prefix; KbError naming the candidates if not one."""
        prefix = prefix.strip().lower()
        if not _PREFIX.match(prefix):
            raise KbError(f"{prefix[:40]!r} is not an event ID — IDs look like ev-abcdefghij234567 (a prefix will do)")
        matches = [
            row[0]
            for row in self.conn.execute(
                "SELECT id FROM events WHERE id >= ? AND id < ? ORDER BY id LIMIT 11", (prefix, prefix + "\uffff")
            )
        ]
        if not matches:
            raise KbError(f"no event {prefix} in this knowledge base — `kb log` lists them")
        if len(matches) > 1:
            more = " …" if len(matches) > 10 else ""
            raise KbError(f"{prefix} is ambiguous: {', '.join(matches[:10])}{more} — give more characters")
        return matches[0]

    def citable(self) -> list[str]:
        """Every claim and source, claims first, each in ID order."""
        claims = [row[0] for row in self.conn.execute("SELECT id FROM claims ORDER BY id")]
        sources = [row[0] for row in self.conn.execute("SELECT id FROM sources ORDER BY id")]
        return claims + sources

    def is_claim(self, event_id: str) -> bool:
        """Whether the event is a claim (else a source, or not citable)."""
        return self._kind(event_id) == "claim"

    def words(self, event_id: str) -> tuple[str, bool]:
        """A claim's words (a direct quote in its quotation marks) and whether they are a direct quote."""
        claim = self._claim(event_id)
        return self._what(claim), claim_kinds()[claim.kind].csl_quoted(claim.body)

    def missing(self, event_ids: Iterable[str]) -> list[str]:
        """The IDs that are not a claim or a source of this knowledge base (exactly, not as prefixes)."""
        return [event_id for event_id in event_ids if self._kind(event_id) is None]

    # --- the formats --------------------------------------------------------------------------

    def text(self, event_id: str) -> str:
        """The citation in one paragraph of plain text."""
        return self._human(event_id, _Plain())

    def markdown(self, event_id: str) -> str:
        """The citation in Markdown, its source's title linked to its URL."""
        return self._human(event_id, _Markdown())

    def csl(self, event_id: str) -> dict[str, Any]:
        """One CSL-JSON item, whose id is the event ID."""
        if self._kind(event_id, required=True) == "source":
            return self._source_csl(self._source(event_id))
        return self._claim_csl(self._claim(event_id))

    def items(self, event_ids: Iterable[str]) -> list[dict[str, Any]]:
        """The CSL items of these claims and sources, and of the sources the claims cite, once each."""
        items: dict[str, dict[str, Any]] = {}
        for event_id in event_ids:
            if event_id in items:
                continue
            if self._kind(event_id, required=True) == "source":
                items[event_id] = self._source_csl(self._source(event_id))
                continue
            claim = self._claim(event_id)
            items[event_id] = self._claim_csl(claim)
            for source in claim.sources:
                if source.get("title") is not None and source["id"] not in items:
                    items[source["id"]] = self._source_csl(source)
        return list(items.values())

    def bibliography(self, keys: Sequence[str] | None = None, where: str = "the document") -> list[dict[str, Any]]:
        """CSL items of every claim and source, or of the events with these keys and their sources.

        Keys must be exact event IDs (pandoc looks them up as they are); any that is not a claim
        or source here is a KbError naming it.
        """
        if keys is None:
            return [self.csl(event_id) for event_id in self.citable()]
        missing = self.missing(keys)
        if missing:
            some = ", ".join(missing[:10]) + (" …" if len(missing) > 10 else "")
            raise KbError(
                f"{where} cites {some}, not {'a claim or source' if len(missing) == 1 else 'claims or sources'} "
                "of this knowledge base — check the key (a full event ID, as `kb cite` prints it)"
            )
        return self.items(keys)

    def bibtex(self, event_id: str) -> str:
        """One BibTeX entry, whose key is the event ID."""
        if self._kind(event_id, required=True) == "source":
            source = self._source(event_id)
            return bibtex.source_entry(self._source_csl(source), source)
        claim = self._claim(event_id)
        return bibtex.claim_entry(self._claim_csl(claim), claim_date(claim.body))

    # --- reading the database -----------------------------------------------------------------

    def _rows(self, sql: str, *params: Any) -> list[dict[str, Any]]:
        return read_rows(self.conn, sql, params)

    def _row(self, sql: str, *params: Any) -> dict[str, Any] | None:
        rows = self._rows(sql, *params)
        return rows[0] if rows else None

    def _kind(self, event_id: str, required: bool = False) -> str | None:
        """'claim' or 'source', or None (KbError saying why, if required)."""
        if self._row("SELECT 1 AS x FROM claims WHERE id = ?", event_id):
            return "claim"
        if self._row("SELECT 1 AS x FROM sources WHERE id = ?", event_id):
            return "source"
        if not required:
            return None
        event = self._row("SELECT type FROM events WHERE id = ?", event_id)
        if event:
            raise KbError(f"{event_id} is a {event['type']}, not a claim or a source — only those can be cited")
        raise KbError(f"no event {event_id} in this knowledge base — `kb log` lists them")

    def _entity(self, key: str) -> dict[str, Any] | None:
        if key not in self._entities:
            entity = self._row("SELECT key, kind, name FROM entities WHERE key = ?", key)
            if entity:
                entity["aliases"] = [
                    row["alias"] for row in self._rows("SELECT alias FROM aliases WHERE key = ? ORDER BY alias", key)
                ]
            self._entities[key] = entity
        return self._entities[key]

    def _name(self, key: str | None) -> str | None:
        if key is None:
            return None
        entity = self._entity(key)
        return entity["name"] if entity else key

    def _agent(self, key: str, when: str, post: tuple[str, str | None] | None = None) -> Agent:
        entity = self._entity(key)
        if entity is None:
            return Agent(key)
        agent = Agent(entity["name"], entity["kind"], entity["aliases"])
        if post:
            agent.posts = [post]
        elif entity["kind"] == "person":
            agent.posts = [
                (role["title"], self._name(role["organisation"]))
                for role in self._rows("SELECT * FROM roles WHERE person = ? ORDER BY start, title, id", key)
                if held_at(role["start"], role["end"], when)
            ]
        return agent

    def _agents(self, body: dict[str, Any]) -> list[Agent]:
        return [self._author(author, claim_date(body)) for author in claim_kinds()[body["type"]].authors(body)]

    def _author(self, author: Author, when: str) -> Agent:
        if author.key is None:
            return Agent(author.description or "")
        side = self._name(author.side)
        agent = self._agent(author.key, when, (author.role, side) if author.role else None)
        if author.side or author.role:
            agent.side = side
        return agent

    def _source(self, source_id: str) -> dict[str, Any]:
        source = self._row("SELECT * FROM sources WHERE id = ?", source_id)
        if source is None:
            return {"id": source_id, "title": None}
        source["authors"] = json.loads(source.get("authors") or "[]")
        return source

    def _claim(self, event_id: str) -> Claim:
        row = self._row("SELECT * FROM claims WHERE id = ?", event_id)
        event = self._row("SELECT json FROM events WHERE id = ?", event_id)
        if row is None or event is None:
            raise KbError(f"{event_id} is not a claim of this knowledge base")
        recorded = models.upgraded(from_stored_json(event["json"]))
        body = self._named_via(recorded["replacement"] if recorded["type"] == "correction" else recorded)
        body = with_additions(body, additions(self.conn, [event_id]).get(event_id, []))  # as further reports left it
        citations = self._rows("SELECT source, added_by, id FROM citations WHERE claim = ?", event_id)
        citations.sort(key=lambda c: (c["added_by"] != event_id, c["added_by"], int(c["id"].rpartition("/")[2])))
        sources = [self._source(source_id) for source_id in dict.fromkeys(c["source"] for c in citations)]
        correction = self._row("SELECT reason FROM corrections WHERE id = ?", event_id) if row.get("corrects") else None
        reason = correction["reason"] if correction else None
        return Claim(event_id, body["type"], body, row, self._agents(body), sources, reason)

    def _named_via(self, body: dict[str, Any]) -> dict[str, Any]:
        """A claim whose passer-on is free text naming an entity by key or alias — as ``via`` was in older
        files (``akazawa``) — passed on by that entity, so that citations give its name."""
        text = body.get("via_description")
        if body.get("via") or not text:
            return body
        keys = {
            row["key"]
            for row in self._rows(
                "SELECT key FROM entities WHERE key = lower(?) UNION SELECT key FROM aliases WHERE alias = ? "
                "COLLATE NOCASE",
                text.strip(),
                text.strip(),
            )
        }
        if len(keys) != 1:
            return body
        named = {name: value for name, value in body.items() if name != "via_description"}
        return named | {"via": keys.pop()}

    # --- the parts of a claim's citation ------------------------------------------------------

    def _how(self, claim: Claim) -> str:
        """How the claim reached its source, in a few words: partial quote through analysts.

        A direct quote needs none (its quotation marks say it) unless it came through someone.
        """
        body = claim.body
        words = claim_kinds()[claim.kind].how(body, self._name_of)
        modality = body.get("modality", "asserted")
        if modality != "asserted" and not (modality == "expected" and claim.kind == "expectation"):
            words.append(modality)
        words += reporting.how_reported(body, self._name_of)
        return ", ".join(word for word in words if word)

    def _what(self, claim: Claim, quote: bool = True) -> str:
        return claim_kinds()[claim.kind].what(claim.body, self._name_of, quote)

    def _name_of(self, key: str) -> str:
        return self._name(key) or key

    def _status(self, claim: Claim) -> list[str]:
        """Sentences on what became of the claim: retracted or corrected, by which event, why."""
        row = claim.row
        sentences = []
        if row.get("corrects"):
            sentences.append(
                f"This corrects {row['corrects']}" + (f": {claim.correction_reason}" if claim.correction_reason else "")
            )
        if row["status"] == "retracted":
            sentences.append(f"Retracted by {row['retracted_by']}: {row['status_reason']}")
        elif row["status"] == "corrected":
            sentences.append(f"Corrected by {row['replaced_by']}: {row['status_reason']}")
        return sentences + reporting.reported_sentences(claim.body)

    def _source_phrase(self, source: dict[str, Any], fmt: _Plain) -> str:
        if source.get("title") is None:
            return f"{fmt.event(source['id'])} (not a source in this knowledge base)"
        parts = [fmt.escape(source["publisher"]), fmt.title(source["title"], source.get("url"))]
        if source["authors"]:
            parts.append("by " + fmt.escape(prose.joined(source["authors"])))
        parts.append(human_date(source["published_at"]))
        url = fmt.url(source.get("url"))
        parts += [url] if url else []
        if source.get("retrieved_at"):
            parts.append(f"retrieved {human_date(source['retrieved_at'])}")
        if source.get("archive_url"):
            parts.append(f"archived at {fmt.link(source['archive_url'])}")
        return ", ".join(parts)

    # --- human-readable -----------------------------------------------------------------------

    def _human(self, event_id: str, fmt: _Plain) -> str:
        if self._kind(event_id, required=True) == "source":
            source = self._source(event_id)
            return f"{prose.sentence(self._source_phrase(source, fmt))} {self._event_phrase(event_id, fmt)}"
        claim = self._claim(event_id)
        body = claim.body
        head = [fmt.escape(prose.joined([agent.phrase() for agent in claim.agents]))] if claim.agents else []
        head.append(reporting.when(body))
        if body.get("venue"):
            head.append(fmt.escape(body["venue"]))
        how = self._how(claim)
        lead = ", ".join(head) + (f" ({fmt.escape(how)})" if how else "")
        sentences = [f"{prose.capitalise(lead)}: {fmt.escape(self._what(claim))}"]
        if claim.sources:
            label = "Source" if len(claim.sources) == 1 else "Sources"
            sentences.append(f"{label}: " + "; ".join(self._source_phrase(s, fmt) for s in claim.sources))
        sentences += [fmt.escape(sentence) for sentence in self._status(claim)]
        return " ".join(prose.sentence(sentence) for sentence in sentences) + " " + self._event_phrase(event_id, fmt)

    def _event_phrase(self, event_id: str, fmt: _Plain) -> str:
        permalink = self.permalink(event_id)
        return f"Event {fmt.event(event_id)}" + (f", {fmt.link(permalink)}." if permalink else ".")

    # --- CSL-JSON -----------------------------------------------------------------------------

    def _source_csl(self, source: dict[str, Any]) -> dict[str, Any]:
        return csl.source_item(source, self.archive)

    def _claim_csl(self, claim: Claim) -> dict[str, Any]:
        """The kind of claim says whether its words are a direct quote (the title, in quotation
        marks) or not (the genre, after how they came), and whether its authors said it first-hand."""
        kind = claim_kinds()[claim.kind]
        body = claim.body
        status = claim.row["status"]
        marks, genre = kind.csl_marks(body, self._how(claim))
        if body.get("source_error"):
            marks.insert(0, "source error")
        # Passed on by someone: still the speaker's words, "as reported by" who passed them on
        # (in the marks), as style guides cite a quotation relayed by a source.
        authors = [agent.csl() for agent in claim.agents]
        # Without a permalink, the event ID in the genre, which every style prints (Harvard no archive).
        event = None if self.base_url else f"event {claim.id}"
        words = csl.Words(self._what(claim), kind.csl_quoted(body), marks, genre, status, event)
        source = next((s for s in claim.sources if s.get("title") is not None), None)
        item = csl.claim_item(claim.id, kind.csl_type, words, authors, claim_date(body), source)
        extra: list[str] = []
        item.update(kind.csl_event(body))
        if "event-title" in item:
            item["event-date"] = item["issued"]
        if self.base_url:  # the event page, which every style prints (Harvard prints no archive)
            if source and source.get("url"):
                extra.append(f"source URL: {source['url']}")
            item["URL"] = self.permalink(claim.id)
        accessed = date_parts(claim.row["recorded_at"][:10])
        item["accessed"] = {"date-parts": [accessed]}
        csl.archive(item, claim.id if self.base_url else None, self.archive)
        if source and source.get("archive_url"):
            extra.append(f"source archived at {source['archive_url']}")
        extra += csl.also_reported(claim.sources, source)
        note = csl.note(claim.id, [f"status: {status}", *self._status(claim), *extra])
        item["note"] = "\n".join([note, *csl.zotero_extra(item)])
        return item

"""Citing claims and sources by event ID: plain text, Markdown, CSL-JSON and BibTeX.

One formatter serves the command line (``kb cite``, ``kb bib``) and the Datasette event
page: ``Citations`` reads a built kb.db through any ``sqlite3.Connection`` (Datasette hands
one to ``db.execute_fn``), only ever with SELECT, and leaves the connection as it found it.

A claim's citation says who (by name, with the posts they held then), what (a direct quote
in quotation marks, anything else in plain words marked as partial quote, paraphrase or
reported, and through whom), when, where it was reported, its status (retracted or
corrected, by which event and why) and its event ID, which is also its CSL and BibTeX key.

CSL types were chosen for how citeproc-py and pandoc render them in Chicago author-date
and Harvard: a statement is an ``interview`` (its words are kept as recorded, not
title-cased, and the source and publisher are shown), a data point a ``dataset``, any
other claim a ``report``; the claim's source is the container, and the knowledge base is
the archive, with the event ID as the location in it.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from kb.errors import KbError

# fmt: off
MONTHS = ("January", "February", "March", "April", "May", "June",
          "July", "August", "September", "October", "November", "December")
# fmt: on
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$")
_PREFIX = re.compile(r"^ev-[a-z2-7]{1,16}$")

# How each kind of claim and source is typed in CSL (see the module's docstring).
CLAIM_TYPES = {"statement": "interview", "data_point": "dataset"}
SOURCE_TYPES = {
    "article": "article-newspaper",
    "official_page": "webpage",
    "press_release": "report",
    "transcript": "report",
    "data_release": "dataset",
    "other": "document",
}
SOURCE_GENRES = {"press_release": "Press release", "transcript": "Transcript"}
ATTRIBUTIONS = {
    "direct_quote": "direct quote",
    "partial_quote": "partial quote",
    "paraphrase": "paraphrase",
    "reported": "reported",
}
NAME_PARTICLES = {"da", "de", "del", "della", "der", "di", "du", "la", "le", "van", "von", "bin", "al"}
NAME_SUFFIXES = {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"}


def human_date(value: str) -> str:
    """An ISO 8601 date as people write it: 18 April 2025, April 2025, 2025."""
    match = _DATE.match(value or "")
    if not match:
        return value
    year, month, day, hour, minute, zone = match.groups()
    text = year
    if month:
        text = f"{MONTHS[int(month) - 1]} {year}"
    if day:
        text = f"{int(day)} {text}"
    if hour:
        text += f", {hour}:{minute}" + (" UTC" if zone == "Z" else f" {zone}" if zone else "")
    return text


def date_parts(value: str) -> list[int]:
    """The CSL date-parts of an ISO 8601 date, as precise as it is: [2025, 4, 18], [2025, 4], [2025]."""
    match = _DATE.match(value or "")
    if not match:
        return []
    return [int(part) for part in match.groups()[:3] if part]


def person_name(name: str, aliases: Iterable[str] = ()) -> dict[str, str]:
    """A person's name split for CSL into family and given names.

    A one-word alias at either end of the name is the family name, whichever order the
    name is written in (``Xi Jinping`` with alias ``Xi``); otherwise the last word, with
    any lowercase particles before it (``von der Leyen``). A single word stays literal.
    """
    words = name.split()
    suffix = None
    if len(words) > 2 and words[-1] in NAME_SUFFIXES:
        suffix = words.pop().rstrip(",")
        words[-1] = words[-1].rstrip(",")
    if len(words) < 2:
        return {"literal": name}
    short = {alias for alias in aliases if " " not in alias.strip()}
    if words[0] in short and words[-1] not in short:
        family, given = words[:1], words[1:]
    else:
        cut = len(words) - 1
        while cut > 1 and words[cut - 1] in NAME_PARTICLES:
            cut -= 1
        family, given = words[cut:], words[:cut]
    result = {"family": " ".join(family), "given": " ".join(given)}
    if suffix:
        result["suffix"] = suffix
    return result


_FENCE = re.compile(r"^(```|~~~).*?^\1[^\n]*$", re.M | re.S)
_CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1", re.S)
_KEY = re.compile(r"(?<![\w@.])@(?:\{(ev-[^}\s]*)\}|(ev-[A-Za-z0-9_]+))")


def cited_keys(markdown: str) -> list[str]:
    """The event IDs cited as ``[@ev-…]`` or ``@ev-…`` in a Markdown text, in order, once each.

    Keys in code blocks and code spans are not citations (pandoc leaves them alone), and
    keys that do not start with ``ev-`` belong to other bibliographies.
    """
    text = _CODE_SPAN.sub("", _FENCE.sub("", markdown))
    return list(dict.fromkeys(braced or bare for braced, bare in _KEY.findall(text)))


# --- Formats of the human-readable citation --------------------------------------------------


class _Plain:
    def escape(self, text: str) -> str:
        return text

    def title(self, title: str, url: str | None) -> str:
        return f"“{title}”"

    def url(self, url: str | None) -> str | None:
        return url

    def event(self, event_id: str) -> str:
        return event_id


class _Markdown(_Plain):
    _SPECIAL = re.compile(r"([\\`*_\[\]<>#|~$])")

    def escape(self, text: str) -> str:
        return self._SPECIAL.sub(r"\\\1", text)

    def title(self, title: str, url: str | None) -> str:
        quoted = f"“{self.escape(title)}”"
        return f"[{quoted}](<{url}>)" if url else quoted

    def url(self, url: str | None) -> str | None:
        return None  # the title links to it

    def event(self, event_id: str) -> str:
        return f"`{event_id}`"


# --- What a citation is made of ------------------------------------------------------------


@dataclass
class Agent:
    """Who a claim is by: a named entity with the posts held then, or a description."""

    name: str
    kind: str | None = None  # the entity's kind; None for a description such as "analysts"
    aliases: list[str] = field(default_factory=list)
    posts: list[tuple[str, str | None]] = field(default_factory=list)  # (title, organisation's name)
    side: str | None = None  # in a meeting, the name of the side taken, shown when no post is known

    def phrase(self) -> str:
        if not self.posts:
            return f"{self.name} ({self.side})" if self.side else self.name
        by_organisation: dict[str | None, list[str]] = {}
        for title, organisation in self.posts:
            by_organisation.setdefault(organisation, []).append(title)
        held = "; ".join(
            " and ".join(titles) + (f", {organisation}" if organisation else "")
            for organisation, titles in by_organisation.items()
        )
        return f"{self.name} ({held})"

    def csl(self) -> dict[str, str]:
        if self.kind == "person":
            return person_name(self.name, self.aliases)
        return {"literal": _capitalise(self.name)}


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

    ``archive`` names the knowledge base in CSL items (where the event ID is the location).
    """

    def __init__(self, conn: sqlite3.Connection, archive: str | None = None):
        self.conn = conn
        self.archive = archive
        self._entities: dict[str, dict[str, Any] | None] = {}

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
            return self._source_bibtex(self._source(event_id))
        return self._claim_bibtex(self._claim(event_id))

    # --- reading the database -----------------------------------------------------------------

    def _rows(self, sql: str, *params: Any) -> list[dict[str, Any]]:
        cursor = self.conn.execute(sql, params)
        names = [column[0] for column in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

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
                if _overlaps(role["start"], role["end"], when)
            ]
        return agent

    def _agents(self, body: dict[str, Any]) -> list[Agent]:
        when = body["occurred_at"]
        kind = body["type"]
        if kind == "statement":
            if body.get("speaker"):
                return [self._agent(body["speaker"], when)]
            return [Agent(body["speaker_description"])]
        if kind == "meeting":
            agents = []
            for participant in body["participants"]:
                side = self._name(participant.get("side"))
                agent = self._agent(
                    participant["entity"], when, (participant["role"], side) if "role" in participant else None
                )
                agent.side = side
                agents.append(agent)
            return agents
        if kind == "agreement":
            return [self._agent(party, when) for party in body["parties"]]
        key = {"data_point": "stated_by", "measure": "imposing"}.get(kind, "holder")
        return [self._agent(body[key], when)] if body.get(key) else []

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
        recorded = json.loads(event["json"])
        body = recorded["replacement"] if recorded["type"] == "correction" else recorded
        citations = self._rows("SELECT source, added_by, id FROM citations WHERE claim = ?", event_id)
        citations.sort(key=lambda c: (c["added_by"] != event_id, c["added_by"], int(c["id"].rpartition("/")[2])))
        sources = [self._source(source_id) for source_id in dict.fromkeys(c["source"] for c in citations)]
        reason = None
        if row.get("corrects"):
            correction = self._row("SELECT reason FROM corrections WHERE id = ?", event_id)
            reason = correction["reason"] if correction else None
        return Claim(event_id, body["type"], body, row, self._agents(body), sources, reason)

    # --- the parts of a claim's citation ------------------------------------------------------

    def _how(self, claim: Claim) -> str:
        """How the claim reached its source, in a few words: partial quote through analysts.

        A direct quote needs none (its quotation marks say it) unless it came through someone.
        """
        body = claim.body
        words: list[str] = []
        if claim.kind == "statement":
            attribution = body["attribution"]
            how = "" if attribution == "direct_quote" else ATTRIBUTIONS[attribution]
            if body.get("via"):
                how = f"{how or 'quoted'} through {body['via']}"
            words.append(how)
        elif claim.kind == "meeting":
            meeting = "meeting"
            if body.get("format") in ("virtual", "phone"):
                meeting = f"{body['format']} {meeting}"
            if body.get("place"):
                meeting += f" in {body['place']}"
            words.append(meeting)
            if body.get("round"):
                words.append(f"round {body['round']}")
        elif claim.kind == "data_point":
            period = _period(body.get("period_start"), body.get("period_end"))
            words.append("data point" + (f" for {period}" if period else ""))
        elif claim.kind == "position":
            position = body["kind"].replace("_", " ")
            if body.get("addressee"):
                position += f" to {self._name(body['addressee'])}"
            words.append(f"{position} on {body['issue']}")
        elif claim.kind == "expectation":
            words.append("expected" + (f" by {human_date(body['by_when'])}" if body.get("by_when") else ""))
        elif claim.kind == "agreement":
            words.append(f"{body['kind'].replace('_', ' ')}, {body['status'].replace('_', ' ')}")
        elif claim.kind == "measure":
            words.append(f"{body['instrument'].replace('_', ' ')}, {body['status'].replace('_', ' ')}")
            if body.get("effective_at"):
                words.append(f"effective {human_date(body['effective_at'])}")
        modality = body.get("modality", "asserted")
        if modality != "asserted" and not (modality == "expected" and claim.kind == "expectation"):
            words.append(modality)
        return ", ".join(word for word in words if word)

    def _what(self, claim: Claim, quote: bool = True) -> str:
        body = claim.body
        if claim.kind == "statement":
            return f"“{body['text']}”" if quote and body["attribution"] == "direct_quote" else body["text"]
        if claim.kind == "meeting":
            return body["summary"]
        if claim.kind == "data_point":
            counterpart = f" with {self._name(body['counterpart'])}" if body.get("counterpart") else ""
            metric = body["metric"].replace("_", " ")
            return f"{metric} of {self._name(body['subject'])}{counterpart}: {body['value_as_stated']}"
        if claim.kind == "position":
            return body["text"]
        if claim.kind == "agreement":
            terms = "; ".join(term["description"] for term in body.get("terms", []))
            return f"{body['title']}: {body['summary']}" + (f" (terms: {terms})" if terms else "")
        if claim.kind == "measure":
            basis = f" under {body['legal_basis']}" if body.get("legal_basis") else ""
            return body["summary"] + basis
        conditions = f" (conditions: {body['conditions']})" if body.get("conditions") else ""
        return body["what"] + conditions

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
        return sentences

    def _source_phrase(self, source: dict[str, Any], fmt: _Plain) -> str:
        if source.get("title") is None:
            return f"{fmt.event(source['id'])} (not a source in this knowledge base)"
        parts = [fmt.escape(source["publisher"]), fmt.title(source["title"], source.get("url"))]
        if source["authors"]:
            parts.append("by " + fmt.escape(_and(source["authors"])))
        parts.append(human_date(source["published_at"]))
        url = fmt.url(source.get("url"))
        return ", ".join(parts + ([url] if url else []))

    # --- human-readable -----------------------------------------------------------------------

    def _human(self, event_id: str, fmt: _Plain) -> str:
        if self._kind(event_id, required=True) == "source":
            source = self._source(event_id)
            return f"{_sentence(self._source_phrase(source, fmt))} Event {fmt.event(event_id)}."
        claim = self._claim(event_id)
        body = claim.body
        head = [fmt.escape(_and([agent.phrase() for agent in claim.agents]))] if claim.agents else []
        head.append(human_date(body["occurred_at"]))
        if body.get("venue"):
            head.append(fmt.escape(body["venue"]))
        how = self._how(claim)
        lead = ", ".join(head) + (f" ({fmt.escape(how)})" if how else "")
        sentences = [f"{_capitalise(lead)}: {fmt.escape(self._what(claim))}"]
        if claim.sources:
            label = "Source" if len(claim.sources) == 1 else "Sources"
            sentences.append(f"{label}: " + "; ".join(self._source_phrase(s, fmt) for s in claim.sources))
        sentences += [fmt.escape(sentence) for sentence in self._status(claim)]
        return " ".join(_sentence(sentence) for sentence in sentences) + f" Event {fmt.event(event_id)}."

    # --- CSL-JSON -----------------------------------------------------------------------------

    def _note(self, event_id: str, status: Sequence[str]) -> str:
        return "; ".join([f"kb event {event_id}", *status]) if status else f"kb event {event_id}"

    def _claim_csl(self, claim: Claim) -> dict[str, Any]:
        """A statement's attribution goes in brackets after its words, so that no style can
        make a paraphrase look like a quote; a direct quote says so in the genre, with the venue."""
        status = claim.row["status"]
        how = self._how(claim)
        title = self._what(claim, quote=False)
        if claim.kind == "statement":
            marks = [how] if how else []
            genre = _and_comma(
                "Direct quote" if claim.body["attribution"] == "direct_quote" else "", claim.body.get("venue")
            )
        else:
            marks, genre = [], how
        if status != "active":
            marks.append(status)
        if marks:
            title += f" [{'; '.join(marks)}]"
        item: dict[str, Any] = {"id": claim.id, "type": CLAIM_TYPES.get(claim.kind, "report"), "title": title}
        if claim.agents:
            item["author"] = [agent.csl() for agent in claim.agents]
        parts = date_parts(claim.body["occurred_at"])
        if parts:
            item["issued"] = {"date-parts": [parts]}
        if genre:
            item["genre"] = _capitalise(genre)
        source = next((s for s in claim.sources if s.get("title") is not None), None)
        if source:
            item["container-title"] = source["title"]
            item["publisher"] = source["publisher"]
            if source.get("url"):
                item["URL"] = source["url"]
            if source.get("language"):
                item["language"] = source["language"]
        self._archive(item, claim.id)
        item["note"] = self._note(claim.id, [f"status: {status}", *self._status(claim)])
        return item

    def _archive(self, item: dict[str, Any], event_id: str) -> None:
        item["archive_location"] = f"event {event_id}"
        if self.archive:
            item["archive"] = self.archive

    def _source_csl(self, source: dict[str, Any]) -> dict[str, Any]:
        kind = source["kind"]
        item: dict[str, Any] = {
            "id": source["id"],
            "type": SOURCE_TYPES.get(kind, "document"),
            "title": source["title"],
        }
        item["author"] = [person_name(name) for name in source["authors"]] or [{"literal": source["publisher"]}]
        parts = date_parts(source["published_at"])
        if parts:
            item["issued"] = {"date-parts": [parts]}
        if item["type"] in ("article-newspaper", "webpage"):
            item["container-title"] = source["publisher"]
        item["publisher"] = source["publisher"]
        if kind in SOURCE_GENRES:
            item["genre"] = SOURCE_GENRES[kind]
        if source.get("url"):
            item["URL"] = source["url"]
        if source.get("language"):
            item["language"] = source["language"]
        self._archive(item, source["id"])
        item["note"] = self._note(source["id"], [])
        return item

    # --- BibTeX -------------------------------------------------------------------------------

    def _claim_bibtex(self, claim: Claim) -> str:
        item = self._claim_csl(claim)
        published = [item.get("genre")]
        if "container-title" in item:
            published.append(f"In: {item['publisher']}, ``{item['container-title']}''")
        fields = {
            "author": _bib_names(item.get("author", [])),
            "title": "{" + _bib_escape(item["title"]) + "}",
            "howpublished": _bib_escape(". ".join(part for part in published if part)),
        }
        return _bib_entry("misc", claim.id, fields | _bib_date(claim.body["occurred_at"]) | _bib_rest(item))

    def _source_bibtex(self, source: dict[str, Any]) -> str:
        item = self._source_csl(source)
        fields = {"author": _bib_names(item["author"]), "title": _bib_escape(source["title"])}
        if source["kind"] == "article":
            entry = "article"
            fields["journal"] = _bib_escape(source["publisher"])
        else:
            entry = "misc"
            fields["publisher"] = _bib_escape(source["publisher"])
            fields["howpublished"] = _bib_escape(source["kind"].replace("_", " "))
        return _bib_entry(entry, source["id"], fields | _bib_date(source["published_at"]) | _bib_rest(item))


def _overlaps(start: str | None, end: str | None, when: str) -> bool:
    """Whether a post held from start to end (either may be unknown) was held at some time in ``when``.

    Partial dates are periods: 2025-04 runs through the whole of April, so a post that began
    on 2025-04-10 was held in 2025-04.
    """
    return (start is None or start[: len(when)] <= when) and (end is None or when[: len(end)] <= end)


def _period(start: str | None, end: str | None) -> str:
    if start and end:
        return f"{human_date(start)} to {human_date(end)}"
    if start:
        return f"from {human_date(start)}"
    return f"up to {human_date(end)}" if end else ""


def _and(names: Sequence[str]) -> str:
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _and_comma(*parts: str | None) -> str:
    return ", ".join(part for part in parts if part)


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _sentence(text: str) -> str:
    text = text.rstrip()
    return text if text.endswith((".", "!", "?")) else text + "."


_BIB_SPECIAL = re.compile(r"([\\{}%&$#_^~])")
_BIB_REPLACE = {"\\": r"\textbackslash{}", "^": r"\^{}", "~": r"\~{}"}


def _bib_escape(text: str) -> str:
    return _BIB_SPECIAL.sub(lambda m: _BIB_REPLACE.get(m.group(1), "\\" + m.group(1)), text)


def _bib_names(names: list[dict[str, str]]) -> str:
    written = []
    for name in names:
        if "literal" in name:
            written.append("{" + _bib_escape(name["literal"]) + "}")
        else:
            family = _bib_escape(name["family"])
            given = _bib_escape(name.get("given", ""))
            written.append(
                f"{family}, {_bib_escape(name['suffix'])}, {given}" if "suffix" in name else f"{family}, {given}"
            )
    return " and ".join(written)


def _bib_date(value: str) -> dict[str, str]:
    parts = date_parts(value)
    fields = {"year": str(parts[0])} if parts else {}
    if len(parts) > 1:
        fields["month"] = MONTHS[parts[1] - 1][:3].lower()  # a BibTeX macro, written without braces
    if parts:
        fields["date"] = value[:10]
    return fields


def _bib_rest(item: dict[str, Any]) -> dict[str, str]:
    fields = {}
    if item.get("URL"):
        fields["url"] = item["URL"]
    if item.get("language"):
        fields["language"] = item["language"]
    fields["note"] = _bib_escape(item["note"])
    return fields


def _bib_entry(entry: str, key: str, fields: dict[str, str]) -> str:
    width = max(len(name) for name in fields)
    lines = [
        f"  {name.ljust(width)} = {value if name == 'month' else '{' + value + '}'},"
        for name, value in fields.items()
        if value
    ]
    return f"@{entry}{{{key},\n" + "\n".join(lines) + "\n}"

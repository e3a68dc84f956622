"""What the knowledge base already knows that a draft needs: its entities by every name, the
posts they held, and its claims (to mark a candidate that repeats one)."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from kb.draft.lexicon import NAME_PARTICLES
from kb.events.catalog import Catalog
from kb.events.store import KnowledgeBase

CLAIM_KINDS = ("statement", "meeting", "data_point", "agreement")


@functools.lru_cache(maxsize=4096)  # a draft looks up the same names again and again
def fold(name: str) -> str:
    """A name as it is looked up: case and accents folded, white space single, no leading "the"."""
    plain = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in plain if not unicodedata.combining(c)).replace("’", "'")
    plain = re.sub(r"\s+", " ", plain).strip().casefold()
    return plain.removeprefix("the ")


def _opens(at: int, word: str) -> bool:
    """Whether a capitalised particle opens a name that is a surname alone: "Von der Leyen said", "De Mistura"."""
    return at == 0 and word.casefold() in NAME_PARTICLES - {"al", "bin"}


def surname(name: str) -> str:
    """A person's surname, with the particles that open it: "Leyen" is none, "von der Leyen" is."""
    words = name.split()
    first = next((at for at, word in enumerate(words) if word in NAME_PARTICLES or _opens(at, word)), len(words) - 1)
    return " ".join(words[max(first, 0) :]) if words else name


# Latin letters that no accent folds away, as their plain letters: "Mustafa Akıncı" -> mustafa-akinci.
PLAIN_LETTERS = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe"})


def named_by_surname(key: str, words: str) -> bool:
    """Whether ``words`` name the entity ``key`` by its last word, case and accents folded ("Çavuşoğlu said" names
    mevlut-cavusoglu)."""
    last = key.rsplit("-", 1)[-1]
    return re.search(rf"\b{re.escape(last)}\b", fold(words).translate(PLAIN_LETTERS)) is not None


def slug(name: str) -> str:
    """An entity key made from a name: Michel Barnier -> michel-barnier, Lech Wałęsa -> lech-walesa, Declan
    O'Sullivan -> declan-o-sullivan (a possessive's 's is dropped, not an s after an apostrophe inside a name)."""
    words = re.findall(r"[a-z0-9]+", re.sub(r"'s\b", "", fold(name).translate(PLAIN_LETTERS)))
    return "-".join(words)[:80].strip("-") or "entity"


@dataclass
class Known:
    """Entities (key -> entity event), names (folded -> keys), posts (folded title -> person keys)
    and recorded claims."""

    entities: dict[str, dict[str, Any]] = field(default_factory=dict)
    names: dict[str, set[str]] = field(default_factory=dict)
    surnames: dict[str, set[str]] = field(default_factory=dict)
    titles: dict[str, set[str]] = field(default_factory=dict)
    claims: list[dict[str, Any]] = field(default_factory=list)

    def learn(self, event: dict[str, Any]) -> None:
        """Take in one event (an entity, a role or a claim; others are ignored)."""
        if event.get("type") == "entity":
            key = event["key"]
            self.entities[key] = event
            for name in {key, event["name"], *event.get("aliases", [])}:
                self.names.setdefault(fold(name), set()).add(key)
            if event.get("kind") == "person" and " " in event["name"].strip():
                self.surnames.setdefault(fold(surname(event["name"])), set()).add(key)
        elif event.get("type") == "role":
            title = fold(event["title"])
            self.titles.setdefault(title, set()).add(event["person"])
            if event.get("organisation"):
                for name in self.names_of(event["organisation"]):
                    self.titles.setdefault(f"{name}'s {title}", set()).add(event["person"])
        elif event.get("type") in CLAIM_KINDS or event.get("type") == "corroboration":
            self.claims.append(event)

    def names_of(self, key: str) -> list[str]:
        entity = self.entities.get(key)
        if entity is None:
            return [key]
        return [fold(name) for name in {entity["name"], *entity.get("aliases", [])}]

    def key_named(self, name: str) -> str | None:
        """The one entity with this name, alias or (for a person) surname, or None."""
        folded = fold(name)
        for index in (self.names, self.surnames):
            keys = index.get(folded, set())
            if len(keys) == 1:
                return next(iter(keys))
        return None

    def person_with_title(self, title: str) -> str | None:
        keys = self.titles.get(fold(title), set())
        return next(iter(keys)) if len(keys) == 1 else None

    def holds_elsewhere(self, person: str, title: str, organisation: str) -> bool:
        """Whether the person holds the title for a country or body other than ``organisation`` only (Russia's foreign
        minister is no "Indian foreign minister")."""
        suffix = f"'s {fold(title)}"
        theirs = [key for key, people in self.titles.items() if key.endswith(suffix) and person in people]
        return bool(theirs) and fold(f"{organisation}'s {title}") not in theirs

    def kind_of(self, key: str) -> str | None:
        entity = self.entities.get(key)
        return entity.get("kind") if entity else None

    def negotiations(self) -> list[str]:
        return sorted(key for key, entity in self.entities.items() if entity.get("kind") == "negotiation")


def known_from(kb: KnowledgeBase) -> Known:
    """What the knowledge base holds, read from the files of its entities, roles and claims only."""
    catalog = Catalog(kb)
    types = ("entity", "role", *CLAIM_KINDS, "corroboration")
    rows = catalog.conn.execute(
        f"SELECT id FROM events WHERE type IN ({', '.join('?' for _ in types)}) ORDER BY id", types
    ).fetchall()
    known = Known()
    events = [kb.read(path) for path in _paths(catalog, (row[0] for row in rows))]
    for event in sorted(events, key=lambda event: (event.get("type") != "entity", event.get("id", ""))):
        known.learn(event)
    catalog.close()
    return known


def _paths(catalog: Catalog, ids: Iterable[str]) -> Iterable[Any]:
    for event_id in ids:
        path = catalog.path_of(event_id)
        if path is not None:
            yield path

"""The entities a draft refers to: found in the knowledge base by name, alias, surname or post,
or drafted as new entity and role payloads (people, countries, bodies) before the claims."""

from __future__ import annotations

import re
from typing import Any

from kb.draft.countries import COUNTRIES
from kb.draft.known import Known, fold, slug, surname
from kb.draft.lexicon import (
    NAME_PARTICLE_WORDS,
    NAME_PARTICLES,
    NOT_NAMES,
    ORGANISATIONS,
    TITLE_HEADS,
)
from kb.draft.role_titles import post_in_lower_case
from kb.draft.speakers import TENURE, Mention, body_name
from kb.draft.text import CAPITALS
from kb.draft.text_names import (
    bodies_by_use,
    following_names,
    given_names,
    longer_names,
    particle_tails,
    short_name,
    spellings,
    surname_parts,
    words_alone,
)

_ENDS = 5  # words: the longest end of a name that stands for the person ("Souza da Costa", "bin Abdulrahman Al Thani")


class Registry:
    """Resolves mentions to entity keys, drafting what the knowledge base lacks."""

    def __init__(self, known: Known, source: str, text: str = ""):
        self.known = known
        self.text = text
        self.source = source
        self.entities: list[dict[str, Any]] = []
        self.roles: list[dict[str, Any]] = []
        self._roles_seen: set[tuple[str, str]] = set()
        self._given_names: dict[str, list[str]] | None = None
        self._spelled: dict[str, str] | None = None  # a surname folded, and after an Arabic article: as written
        self._longer: dict[str, str] | None = None  # a capitalised word -> the first run of them it ends
        self._alone: frozenset[str] | None = None  # the capitalised words the text uses with no other beside them
        self._bodies: frozenset[str] | None = None  # the capitalised words the text writes as a body's (bodies_by_use)
        self._following_names: dict[str, list[str]] = {}
        self._ends: dict[str, str] = {}  # the last two words or more of a person drafted here -> their key
        self._starts: dict[str, str | None] = {}  # their first two words or more -> their key (None: two people's)

    def _new_key(self, name: str) -> str:
        base = slug(name)
        key, number = base, 2
        while key in self.known.entities or fold(key) in self.known.names:
            key, number = f"{base}-{number}", number + 1
        return key

    def _draft_entity(self, kind: str, name: str, aliases: list[str], why: str) -> str:
        key = self._new_key(name)
        free = [alias for alias in aliases if fold(alias) not in self.known.names and alias != name]
        payload: dict[str, Any] = {"type": "entity", "key": key, "kind": kind, "name": name}
        if free:
            payload["aliases"] = free
        payload["_draft"] = {"pattern": why, "confidence": 0.6}
        self.known.learn(payload)
        self.entities.append(payload)
        words = fold(name).split() if kind == "person" else []
        for at in range(max(1, len(words) - _ENDS), len(words) - 1):  # "Lula da Silva" of "Luiz Inácio Lula da Silva"
            self._ends.setdefault(" ".join(words[at:]), key)
        for part in surname_parts(words):
            self._ends.setdefault(part, key)
        for at in range(2, len(words)):  # "Tengku Zafrul" of "Tengku Zafrul Abdul Aziz": one person's, or no one's
            start = " ".join(words[:at])
            self._starts[start] = key if self._starts.get(start, key) == key else None
        return key

    def _alias(self, key: str, name: str) -> None:
        """Give an entity drafted here the other name the text also calls it by, for a draft after its import."""
        if fold(name) in self.known.names:
            return
        payload = next(entity for entity in self.entities if entity["key"] == key)
        why = payload.pop("_draft")
        payload["aliases"] = [*payload.get("aliases", []), name]
        payload["_draft"] = why
        self.known.names.setdefault(fold(name), set()).add(key)

    def body(self, name: str) -> str:
        """The key of a country or body, drafted if new."""
        canonical = body_name(name) or name
        key = self.known.key_named(canonical) or self.known.key_named(name)
        if key:
            return key
        longer = None if body_name(name) or " " in name else self._longer_name(name)
        if longer:
            return self.body(longer)  # "the Commission" of a text that names the European Commission
        if canonical in COUNTRIES and canonical != "European Union":
            return self._draft_entity("country", canonical, list(COUNTRIES[canonical]), "a country named in the text")
        aliases = list(ORGANISATIONS.get(canonical, ()))
        return self._draft_entity("organisation", canonical, aliases, "an organisation named in the text")

    def _longer_name(self, name: str) -> str | None:
        """The first longer name of a body the text gives that ends with this one word ("European Commission")."""
        if self._longer is None:
            self._longer = longer_names(self.text)
        return self._longer.get(name)

    def person(self, mention: Mention, excerpt: str | None) -> str | None:
        """The key of the person (or body) a mention names, drafting a new one and their post; None for no one known."""
        if mention.name:
            name = mention.name
            key = self.known.key_named(name)
            if key is None and (surname(name) == name or name.split()[0].casefold() in NAME_PARTICLES):
                mention = self._full_name(mention)
                name = mention.name or name
                key = self.known.key_named(name)
            if key is None and mention.title:
                key = self._same_surname(self._by_title(mention), name)  # not another foreign minister
            words = name.split()  # "Pranab Kumar Mukherjee" of "Pranab Mukherjee": the middle name left out before
            middle = self.known.key_named(f"{words[0]} {words[-1]}") if len(words) >= 3 and not key else None
            ended = None if key else self._ends.get(fold(name)) or self._starts.get(fold(name)) or middle  # a longer's
            if ended:
                self._alias(ended, name)
            key = key or ended
            if key is None and " " not in name and name in self._words_of_bodies():
                return self.body(name)  # "Hamas said" of a text that writes "Hamas official Basem Naim"
            if key is None:
                if self._alone is None:
                    self._alone = words_alone(self.text)
                tails = dict.fromkeys([short_name(name, self._alone), *particle_tails(name)])
                aliases = [alias for alias in tails if alias != name and alias.casefold() not in NOT_NAMES]
                key = self._draft_entity("person", name, aliases, "a speaker or participant not yet known")
            if mention.title and excerpt:
                self._draft_role(key, mention, excerpt)
            return key
        if mention.organisation and not mention.description:
            return self.body(mention.organisation)
        if mention.description:
            return self._by_title(mention)
        return None

    def _words_of_bodies(self) -> frozenset[str]:
        if self._bodies is None:
            self._bodies = bodies_by_use(self.text)
        return self._bodies

    def _same_surname(self, key: str | None, name: str) -> str | None:
        """The person ``key`` if one of their names ends as ``name`` does ("Trump" of "President Trump"
        is Donald Trump, who holds the post): a post never makes one person of two names."""
        last = fold(name).split()[-1:]
        return key if key is not None and any(fold(n).split()[-1:] == last for n in self.known.names_of(key)) else None

    def _full_name(self, mention: Mention) -> Mention:
        """A surname alone ("Barnier") as the full name the text gives elsewhere ("Michel Barnier")."""
        assert mention.name is not None
        if self._given_names is None:
            self._given_names = given_names(self.text)
            self._following_names = following_names(self.text)
        name = mention.name
        if name not in self._given_names and name[:1].lower() + name[1:] in self._given_names:
            name = name[:1].lower() + name[1:]  # "Von der Leyen said" of "Ursula von der Leyen"
        if name not in self._given_names:  # "Erdogan" of "Recep Tayyip Erdoğan", "Sisi" of "Abdel Fattah al-Sisi"
            self._spelled = self._spelled if self._spelled is not None else spellings(self._given_names)
            name = self._spelled.get(fold(name), name)
        given = self._given_names.get(name)
        if given and not body_name(" ".join([*given, name])):  # "House" is no surname of the White House
            full = " ".join([*given, name])  # and the particles and surname after it: "Lula" of "… Lula da Silva"
            least = 0 if name.split()[0] in NAME_PARTICLES else 1  # "de Icaza" of "… de Icaza Gonzales": both surnames
            surnames = re.compile(rf"(?: (?:{NAME_PARTICLE_WORDS})){{{least},2}} [{CAPITALS}][\w’'-]+")
            at, tail = self.text.find(full), None  # each place the full name stands, not a search of a long text
            while at >= 0 and tail is None:
                starts = at == 0 or not self.text[at - 1].isalnum()
                tail = surnames.match(self.text, at + len(full)) if starts else None
                at = self.text.find(full, at + 1)
            return Mention(mention.phrase, full + (tail.group() if tail else ""), mention.title, mention.organisation)
        after = self._following_names.get(mention.name)  # a name that opens the full one: "Li" of "Li Keqiang"
        if after:
            return Mention(mention.phrase, " ".join([mention.name, *after]), mention.title, mention.organisation)
        return mention

    def _a_person(self, name: str) -> bool:
        """Whether a possessor ("Barnier" of "Barnier's spokesman") is a person: one the knowledge base
        holds, or a surname the text gives after a given name — never a body to draft."""
        if body_name(name):
            return False
        key = self.known.key_named(name)
        if key is not None:
            return self.known.kind_of(key) == "person"
        if self._given_names is None:
            self._given_names = given_names(self.text)
            self._following_names = following_names(self.text)
        return name in self._given_names

    def _by_title(self, mention: Mention) -> str | None:
        title = mention.title or mention.description or ""
        for determiner in ("the ", "The "):
            title = title.removeprefix(determiner)
        if mention.organisation:
            found = self.known.person_with_title(f"{mention.organisation}'s {title}")
            if found:
                return found
        found = self.known.person_with_title(title)
        if found and mention.organisation and self.known.holds_elsewhere(found, title, mention.organisation):
            return None  # "the Indian foreign minister" is not Russia's
        return found

    def _draft_role(self, person: str, mention: Mention, excerpt: str) -> None:
        assert mention.title is not None
        title = post_in_lower_case(mention.title)
        if not any(word.lower() in TITLE_HEADS for word in title.split()) or TENURE.intersection(title.lower().split()):
            return  # no post: "Donald Trump and", "the Japanese"; or one not held now: "former minister"
        if (person, fold(title)) in self._roles_seen or person in self.known.titles.get(fold(title), set()):
            return
        self._roles_seen.add((person, fold(title)))
        payload: dict[str, Any] = {"type": "role", "person": person, "title": title}
        if (mention.organisation or "")[:1].isupper() and not self._a_person(mention.organisation or ""):
            payload["organisation"] = self.body(mention.organisation or "")  # a body's name: not "the ministry's"
        payload["citations"] = [{"source": self.source, "excerpt": excerpt}]
        payload["_draft"] = {"pattern": "a post before a name", "confidence": 0.7}
        self.known.learn(payload)
        self.roles.append(payload)

"""The people or bodies a meeting's verb names after it: "met Novak and Lind", "talks with the Turkish Cypriot leader,
Mr. Mustafa Akıncı, and …" (one person), "with his counterparts of Norway" — split at "and" and commas, up to the
first word that names no one."""

from __future__ import annotations

import dataclasses
import re

from kb.draft.counterparts import is_counterpart, is_definite_post
from kb.draft.countries import COUNTRIES
from kb.draft.dates import MONTHS, WEEKDAYS
from kb.draft.lexicon import NAME_PARTICLES, OWNERS, TITLE_HEADS, TITLE_WORDS
from kb.draft.owned_things import owned_thing, qualifies_plural, talks_for
from kb.draft.post_words import joins_portfolios
from kb.draft.speakers import Mention, mention_of
from kb.draft.tokens import Token, tokens

_WHEN_WORDS = frozenset((*WEEKDAYS, *MONTHS, "yesterday", "today", "tonight"))


_REPORTING = frozenset({"said", "says", "told", "added", "reported", "announced", "stated", "confirmed"})
_LIST_GOES_ON = re.compile(r",? *(?:and\b|[A-Z])")  # more parties after a body: ", and Japan", ", Japan"


def named_after(text: str, rest: str, offset: int) -> list[Mention]:
    """The people or bodies after the verb, split at "and" and commas; a post before a name between
    commas is that person's ("the Turkish Cypriot leader, Mr. Mustafa Akıncı, and …": one person), and so are a post
    after it and the body of that post ("Piyush Goyal, Minister for Commerce, Government of India,")."""
    found = _groups(rest)
    mentions: list[Mention | None] = []
    after_post = False  # the group before was the post of the person named before it
    for group in found:
        while group and (group[-1].word in ("the", "of", "for") or group[-1].text in NAME_PARTICLES):
            group.pop()  # but a particle in capitals ends a name: "Riva Ganguly Das"
        group = group[1:] if group and group[0].word == "of" else group  # "a meeting of the Alliance": the Alliance
        group = group[1:] if len(group) > 2 and group[0].word in OWNERS and group[-1].word in _THEIR_SIDE else group
        if group and (any(t.capitalised for t in group) or group[0].word == "the"):  # "the energy minister"
            found_mention = mention_of(rest[group[0].start : group[-1].end])
            post = mentions[-1] if mentions and mentions[-1] and mentions[-1].description else None
            set_off = rest[: group[0].start].rstrip()[-1:] == ","
            paired = ";" in rest and _a_country(mentions[-1] if mentions else None)  # "from Greece, A; Spain, B"
            if (post or paired) and found_mention and found_mention.name and set_off:
                mentions[-1] = None  # the post, or the country in a list of pairs, was the named person's
                found_mention = _with_post(found_mention, post)  # "received the British Foreign Secretary, B,"
            named = bool(mentions and mentions[-1] and mentions[-1].name)  # "B, Chile's foreign minister, in Lima"
            described = bool(found_mention and found_mention.description and not found_mention.name)
            ends = rest[group[-1].end :].lstrip()[:1] in (",", ".", "")
            own_post = named and set_off and (described or _post_to(group)) and ends  # "B, advisor to leader C,"
            # the body of that post: "Piyush Goyal, Minister for Commerce and Industry, Government of India,"
            post_body = after_post and set_off and bool(found_mention and found_mention.organisation)
            post_body = post_body and not _LIST_GOES_ON.match(rest, group[-1].end)  # not "…, the EU, and Japan"
            after_post = own_post
            if own_post and mentions[-1] is not None:  # "Ana Lopez, EU Commissioner for Crisis Management,"
                mentions[-1] = _with_post(mentions[-1], _held_post(rest, group, found_mention))
            mentions.append(None if own_post or post_body else found_mention)
    return [
        m for m in mentions if m is not None and (m.name or m.organisation or is_counterpart(m) or is_definite_post(m))
    ]


def _groups(rest: str) -> list[list[Token]]:
    """The words after the verb that may name the people or bodies met, split at "and", commas and semicolons (but not
    inside a post's portfolios), up to the first word that names no one."""
    words = tokens(rest)
    found: list[list[Token]] = [[]]
    for at, token in enumerate(words):
        if token.word in _WHEN_WORDS:
            break  # "… and U.S. President Donald Trump Tuesday resulted in …"
        if token.word in ("both", "either", "neither") and not found[-1]:
            continue  # "Both Lopez and Diallo attended": Lopez
        joining = token.word == "and" or token.text == ","  # "Minister of Science, Technology and Environment"
        if joining and joins_portfolios(found[-1], words[at + 1] if at + 1 < len(words) else None):
            found[-1].append(token)  # "the Secretary of State for Business and Trade, Jonathan Reynolds": one post
            continue
        if token.text in (",", ";") or token.word == "and":  # "A, President of Peru; B, President of …; and C"
            if found[-1]:
                found.append([])
            continue
        post_for = bool(found[-1]) and (  # "Minister for", "his counterpart from Israel, Yoav Gallant"
            (token.word in ("for", "to") and found[-1][-1].word in TITLE_WORDS and not talks_for(rest, token.end))
            or (token.word == "from" and found[-1][-1].word == "counterpart")
            or (token.word == "to" and _head_of(found[-1]))  # "IOM Chief of Mission to Ethiopia"
            or _in_a_body(found[-1], words, at)  # "International Organization for Migration (IOM) Chief of Mission"
        )
        in_name = token.capitalised or token.word in _IN_A_NAME or post_for or token.word.endswith(("’s", "'s"))
        if not (in_name or found[-1] and _post_runs_on(words, at)):  # "Egyptian intelligence chief Abbas Kamel"
            unnamed = owned_thing(found[-1], token, rest) or qualifies_plural(found[-1], token, rest)
            reporting = token.word in _REPORTING and len(found) > 1  # "met Kenyan officials, Nairobi said": its source
            found = found[:-1] if unnamed or reporting else found  # "met Novak's demands", "officials of Pacific …"
            break
        found[-1].append(token)
    return found


def _a_country(who: Mention | None) -> bool:
    """Whether a party is a country alone, no one named: "Greece" in "his counterparts from Greece, Nikos Kotzias;"."""
    return who is not None and who.organisation in COUNTRIES and not who.name and not who.description


# The last word of a body's name that may go on with what the body is for: "Organization for Migration".
_BODY_HEADS = frozenset(
    {"organization", "organisation", "agency", "fund", "programme", "program", "commission", "council", "committee"}
    | {"office", "centre", "center", "institute", "union", "alliance", "bank", "forum", "association", "authority"}
)


def _in_a_body(group: list[Token], words: list[Token], at: int) -> bool:
    """Whether the word at ``at`` goes on a body's name in capitals: its "for" before a capital ("Organization for
    Migration"), or its initials in brackets after it ("(IOM)")."""
    if not group or not group[-1].capitalised or at + 1 >= len(words):
        return False
    if words[at].word == "for":
        after = words[at + 2].word if at + 2 < len(words) else ""  # not "Organization for Security and …" (split)
        return group[-1].word in _BODY_HEADS and words[at + 1].capitalised and after != "and"  # not "for Christmas"
    if words[at].text == "(":
        return words[at + 1].text.isupper() and at + 2 < len(words) and words[at + 2].text == ")"
    return words[at].text == ")" and words[at - 2].text == "("


def _held_post(rest: str, group: list[Token], read: Mention | None) -> Mention | None:
    """The post set off after a name: as read, or all its words for a post held to someone ("advisor to S. Ossetian
    leader Alan Gagloev", whose name is the post's, not a party's)."""
    if not _post_to(group):
        return read
    words = rest[group[0].start : group[-1].end]
    return Mention(words, title=words)


def _post_to(words: list[Token]) -> bool:
    """Whether the words are a post held to someone, whose name ends it: "advisor to S. Ossetian leader Alan
    Gagloev", "aide to President Ana Lopez" (that person no party of the meeting)."""
    return bool(words) and words[0].word in _POSTS_TO and any(token.word == "to" for token in words[1:3])


_POSTS_TO = frozenset({"adviser", "advisor", "aide", "assistant", "deputy", "envoy", "spokesman", "spokesperson"})


def _head_of(words: list[Token]) -> bool:
    """Whether the words are a post's head "of" something in capitals: "Chief of Mission", "Head of Delegation"."""
    return any(words[at].word == "of" and words[at - 1].word in TITLE_HEADS for at in range(1, len(words)))


def _with_post(who: Mention, post: Mention | None) -> Mention:
    """A person named with their post set off before or after the name ("the British Foreign Secretary, Boris
    Johnson,", "Boris Johnson, the British Foreign Secretary,"), with that post, if the name came with none of its
    own (its title: whose side the post is on, the text says elsewhere)."""
    if post is None or who.title or not post.title:
        return who
    return dataclasses.replace(who, title=post.title)  # not its country: "the Turkish Cypriot leader" is no Turkey's


def _post_runs_on(words: list[Token], at: int) -> bool:
    """Whether the words from ``at`` are a post in lower case, up to three words before its head, and a name after it
    ("intelligence chief Abbas Kamel", "central bank governor Kofi Mensah", "vice-president Maros Sefcovic", a comma
    before the name: "nuclear envoy, Chun Yung-woo"), or what a post's head is "of" before a
    name ("UN chief of mission Elizabeth Spehar", "head of state Ana Lopez")."""
    of_post = at > 1 and words[at - 1].word == "of" and words[at - 2].word in TITLE_HEADS
    if of_post and at + 1 < len(words) and words[at].text.isalpha() and words[at].text.islower():
        return words[at + 1].capitalised
    for head in range(at, min(at + 4, len(words) - 1)):
        if not words[head].word.replace("-", "").isalpha() or words[head].capitalised:
            return False
        if words[head].word in TITLE_HEADS or words[head].word.rpartition("-")[2] in TITLE_HEADS:  # "vice-president"
            after = head + 2 if words[head + 1].text == "," and head + 2 < len(words) else head + 1
            return words[after].capitalised  # "South Korea's nuclear envoy, Chun Yung-woo"
    return False


# words of a participant's name and post: "the Turkish Cypriot leader", "his Rwandan counterpart", "von der Leyen",
# "his host President Cyril Ramaphosa"
_IN_A_NAME = (
    frozenset({"the", "of", "his", "her", "its", "their", "former", "acting", "counterpart", "counterparts", "host"})
    | TITLE_WORDS
    | NAME_PARTICLES
)
# Those of a country an owner's plural names, the country their side: "its Chinese counterparts" (China).
_THEIR_SIDE = frozenset({"counterparts", "delegations", "officials", "negotiators", "colleagues"})


# Where the words after a meeting's last party stop being about the meeting: "…, who arrived on Monday".
_AFTER_PARTIES = re.compile(
    r"[;.“”\"()]|(?<!\d):(?!\d)|\b(?:who|whom|which|that|where|after|before|while|when|said|says)\b"
)


def after_parties(part: str, objects: list[Mention]) -> str:
    """The words after the last party the verb names, where a list of them set off by commas leaves the meeting's place
    and day ("talks between the Turkish Cypriot leader, Mr. Mustafa Akıncı, and the Greek Cypriot leader, Mr. Nicos
    Anastasiades, in Mont Pèlerin, Switzerland, on 7-11 November")."""
    names = (objects[-1].phrase, objects[-1].name) if objects else ()
    named = next((words for words in names if words and words in part), "")
    if not named:
        return ""  # "the Hon. Malcolm Turnbull, MP, …": the phrase read without its style, the name as written
    start = part.rfind(named) + len(named)
    stop = _AFTER_PARTIES.search(part, start, start + 120)
    return " " + part[start : stop.start() if stop else start + 120]

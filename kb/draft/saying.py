"""A verb of saying and the words after it that tell where, when and to whom it was said, not what
("said at the closing session of the regional trade forum on Monday", "told a gathering of fishing-industry
leaders in Hokkaido"), and the events a statement may be made at, after or during (EVENTS)."""

from __future__ import annotations

import re

from kb.draft.lexicon import NAME_PARTICLES, STANCE_VERBS

# Events a statement may be made at, after or during, by kind: "said after the meeting" is the
# meeting a sentence before dated "Tuesday".
EVENTS = re.compile(
    r"\b(?:(?P<press>press conference|news conference|(?:press |media |news )?briefing|interview)"
    r"|(?P<talks>meetings?|met|talks|negotiations|consultations|discussions|summit|conference|sessions?|plenary"
    r"|rounds?|conversation|phone call|call|dialogue|forum)|(?P<speech>speech|address|remarks)"
    r"|(?P<signing>signing|signed|ceremony)|(?P<vote>vote|election|referendum)"
    r"|(?P<document>statement|letter|communiqu[eé]|declaration|readout)|(?P<announcement>announcement|announced)"
    r"|(?P<arrival>arrival|arrived|landing|landed))\b",
    re.IGNORECASE,
)

# Verbs of saying: what follows them is what was said, where a date is of that, not of the saying
# ("Ishiba said talks would resume on Monday") — but for the words of when, where and to whom (and
# the names of events, EVENTS).
_STANCE_CONTENT = frozenset({"that", "to", "about", "over", "for", "with", "regarding", "whether", "if"})
_SAYING = frozenset(
    {"said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes", "stated", "states", "stressed",
     "noted", "insisted", "warned", "argued", "explained", "declared", "remarked", "reiterated", "acknowledged",
     "admitted", "conceded", "emphasised", "emphasized", "tweeted", "posted", "replied", "responded", "promised",
     "promises", "vowed", "vows", "pledged", "pledges", "predicted", "predicts", "suggested", "suggests",
     *STANCE_VERBS}
)  # fmt: skip
_CIRCUMSTANCE = frozenset(
    {"on", "in", "at", "to", "during", "with", "via", "through", "from", "of", "a", "an", "the", "his", "her",
     "their", "its", "reporters", "journalists", "press", "news", "media", "televised", "post", "parliament",
     "lawmakers", "broadcaster", "radio", "television", "tv", "social", "joint", "closing", "opening", "event",
     "forum", "sidelines", "late", "early", "morning", "afternoon", "evening", "night", "last", "this", "week",
     "month", "year", "today", "yesterday", "tonight", "earlier", "later", "afterwards", "afterward", "also",
     "again", "publicly", "separately", "daily", "regular", "brief", "written", "online", "website", "phone",
     "video", "message", "visit", "trip", "hearing", "issued", "released", "published", "broadcast", "aired",
     "carried", "cabinet", "audience", "delegates", "supporters", "end", "close", "sent", "dated", "delivered",
     "given", "made", "held", "next", "following", "previous", "same", "day", "eve", "days", "telephone",
     "conducted", "recorded", "exclusive", "emailed", "ago", "one", "two", "three", "four", "five", "six",
     "just", "shortly", "overnight", "midnight", "dawn", "noon", "midday", "hours", "small", "am", "pm", "a.m", "p.m"}
)  # fmt: skip
_ADDRESSEE_WORDS = 3  # after "told": whom ("told his cabinet", "told Fox News' Bret Baier")
_SPEAKER_WORDS = 4  # after a verb after its quotation: who ('"…," said the Kenyan foreign ministry on Monday')
_WORD = re.compile(r"[\w’'.-]+")


def reported_from(sentence: str, at: int, end: int) -> int:
    """Where the words reported by the verb of saying at ``at`` begin (``end`` if it is no verb
    of saying, or if only words of when, where and to whom follow it before ``end``): names, words of
    circumstance, and a preposition's noun phrase — up to three words of its own before its head
    ("during a visit to the port city of Busan", "at the closing session of the regional trade forum",
    "told the state-run news agency"), never a verb of a reported clause ("said at the talks the deal
    would be signed on Monday") nor a noun phrase after a name or a noun ("told reporters the talks went well")."""
    verb = _WORD.match(sentence, at)
    if verb is None or verb.group().lower() not in _SAYING:
        return end
    stance = verb.group().lower() in STANCE_VERBS  # its object is said too: "expressed hope"
    inverted = not sentence[:at].strip()  # its quotation before it, blanked: '"…," said the ministry on Monday'
    free = _ADDRESSEE_WORDS if stance or verb.group().lower() in ("told", "tells") else _SPEAKER_WORDS * inverted
    placed = bool(free)  # after a word of place or time, or "told": "said at the talks", "told a news conference",
    # not "said the talks were …"
    previous = verb.group().lower()
    phrase = _PHRASE_WORDS if free else 0  # the words a preposition's (or "told"'s) noun phrase may still take
    for word in _WORD.finditer(sentence, verb.end(), end):
        text = word.group().rstrip(".")
        if not text:  # a full stop alone, after a quotation blanked out: "said the “…”."
            return word.start()
        low = text.lower()
        if stance and low in _STANCE_CONTENT:
            return word.start()  # what the stance is about: "expressed hope that …", "voiced concern about …"
        if low == "of" and previous in (*_SAYING, "reporters", "journalists", "media", "press"):
            return word.start()  # what is said of: "said of Monday's talks", "told reporters of the talks"
        new_phrase = low in _DETERMINERS and previous not in (*_PHRASING, *_SAYING)
        if (low in _FINITE and not text[0].isupper()) or (new_phrase and not _A_TIME.match(sentence, word.end())):
            return word.start()  # a verb, or a new noun phrase after a name: "said in Oslo the deal would …"
        previous = low
        event = EVENTS.fullmatch(text) and (placed or free)
        placed = placed or low in _PLACING
        phrase = _PHRASE_WORDS if low in _PHRASING else 0 if event else phrase
        if free:
            free -= 1
        elif text[0].isupper() or text[0].isdigit() or low in _CIRCUMSTANCE or text in NAME_PARTICLES or event:
            continue
        elif phrase:
            phrase -= 1
        else:
            return word.start()
    return end


_PLACING = frozenset({"at", "in", "on", "during", "after", "following", "before", "ahead", "to", "of", "via"})
_PHRASING = _PLACING | {"with", "for", "from", "by"}  # a preposition opens a noun phrase of place or occasion
_PHRASE_WORDS = 3
_DETERMINERS = frozenset({"the", "a", "an"})
_A_TIME = re.compile(r"\s+(?:day|days|week|month|year|next|same|following|previous)\b")  # "told reporters a day ago"
# A finite verb: the reported clause has begun ("said in Oslo the talks would resume on Monday").
_FINITE = frozenset(
    {"would", "will", "was", "were", "is", "are", "had", "has", "have", "could", "should", "must", "might", "may",
     "can", "did", "does", "do", "not"}
)  # fmt: skip

"""What a figure takes from the words around it: from the figures before it in its sentence (a list
that gaps a change's verb, an amount in brackets right after a figure), from whose figure it is
(the dollar a bare "$" stands for), from the leader who imposes a tariff (their country), and from the sentence
before it (its subject, which "the deal" or "its" after it stands for)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from kb.draft.changes import Change
from kb.draft.dates import without_dateline
from kb.draft.figures import Figure
from kb.draft.lexicon import CROWNS, DINARS, DOLLARS
from kb.draft.measures import CLAUSE, Metric, bodies_at, body_spans, sentence_subject, whose


@dataclass
class Series:
    """What the figures before one in its sentence tell of it: the last change (whose verb a list may
    gap), the metric and whose of the figure that gave it, and the figure just before with its own."""

    change: Change | None = None
    metric: Metric | None = None
    whose: dict[str, str] = field(default_factory=dict)
    previous: tuple[Figure, Metric, dict[str, str]] | None = None


_BRACKETED = re.compile(r"\s*\(\s*")


# The other end of a comparison with the figure before, in its unit: "from $3.6 billion in March to $3.7
# billion in April", "stood at $65.5 billion compared to $44.7 billion", "eased to 3.1%, down from 3.4%".
_COMPARED = re.compile(
    r"(?: (?:in|during|for|over) (?:(?!\b(?:and|but|while|whereas|as) )[\w -]){1,40}?)?"  # not "in May while Peru …"
    r",? (?:to|(?:up |down )?from|compared (?:to|with)|against|versus) "
)


def same_measure(text: str, before: Figure, figure: Figure) -> bool:
    """Whether a figure measures what the figure right before it does: it is in brackets after it
    ("increased by 22.5 per cent (RM11.16 billion)") or the other end of a comparison with it."""
    compared = before.unit == figure.unit and _COMPARED.fullmatch(text, before.end, figure.start)
    return bool(_BRACKETED.fullmatch(text, before.end, figure.start) or compared)


def tariff_after(text: str, before: tuple[Figure, Metric, dict[str, str]], figure: Figure, measured: Metric) -> bool:
    """Whether a tariff whose clause names no party follows another tariff in its sentence, whose it is
    then ("a 50 per cent tariff on India, including a 25 per cent additional duty for its oil")."""
    tariffs = before[1].name == measured.name == "tariff_rate"
    return tariffs and whose(text, figure, measured) == (None, None)


def shared_metric(own: Metric, before: Metric, figure: Figure) -> Metric:
    """The metric of a figure that measures what the figure before it does (see same_measure): that
    figure's, unless the figure's own words before it name one ("… to $3.7 billion in April and imports
    rose" is not of imports)."""
    return before if before.words and (own.start is None or own.start > figure.start) else own


_BARE_DOLLAR = re.compile(r"(?:[a-z]+ ){0,3}\$")  # "$430 million", "nearly $1.5 trillion", "between $2 and …"
_DOLLARS_NAMED = re.compile(r"[A-Z]{1,3}\$|\bUSD|\bU\.?S\.? dollars?\b|\b(?:American|Canadian|Australian) dollars?\b")


@functools.lru_cache(maxsize=2)
def _dollars_named(text: str) -> bool:
    return bool(_DOLLARS_NAMED.search(text))


_BY_COUNTRY = {"crowns": CROWNS, "dinars": DINARS}  # currencies a country's own name of them makes its code


def currency(figure: Figure, subject: str | None, text: str) -> str:
    """A figure's unit; a bare dollar sign is the dollar of the country whose figure it is (``subject``)
    when that country's own currency is a dollar ("Stats NZ said goods imports were up $430 million":
    NZD, "Canada is hitting back with counter-tariffs worth $29.8 billion": CAD), unless the text writes
    some dollars out ("US$", "C$", "USD", "U.S. dollars"): then a bare sign is the US dollar. Crowns and dinars are
    the currency of that country too ("9.2 billion crowns" of Norway's exports: NOK), or stay as written."""
    named = _BY_COUNTRY.get(figure.unit)  # "9.2 billion crowns": Norway's, Sweden's…
    if named is not None:
        return named.get(subject or "", figure.unit)
    if figure.unit != "USD" or subject not in DOLLARS or not _BARE_DOLLAR.match(figure.as_stated):
        return figure.unit
    return figure.unit if _dollars_named(text) else DOLLARS[subject]


# A head of state or government with the country their post names: "U.S. President Donald Trump",
# "Chinese Premier Li Qiang", "Canada's Prime Minister Mark Carney".
_LEADER = re.compile(
    r"\b(?:President|Prime Minister|Premier|Chancellor) (?:[A-Z][\w’'-]+ ){0,2}(?P<surname>[A-Z][\w’'-]+)"
)
_PRONOUN = re.compile(r"\b(?:he|she|He|She)\b")
LEADER_BEFORE = 600  # characters before a sentence where the leader its pronoun stands for is named
LEADERS_WITHIN = 20_000  # characters at the text's head where its leaders are named with their posts


@functools.lru_cache(maxsize=2)
def _leaders(text: str) -> dict[str, str]:
    """The country of each leader the text names with their country's post, by surname."""
    found: dict[str, str] = {}
    for match in _LEADER.finditer(text, 0, LEADERS_WITHIN):
        before = text[max(0, match.start() - 30) : match.start()].rstrip()
        spans = body_spans(before)
        if spans and not before[spans[-1][1] :].strip("’'s"):  # the post's own country, right before it
            found.setdefault(match.group("surname"), spans[-1][2])
    return found


def imposer(text: str, at: int, sentence: str, figure: Figure) -> str | None:
    """The country of the leader who imposes a tariff whose clause names no country: the leader named
    by surname before it in its sentence ("Trump said he was preparing a 25% tariff"), or the one a
    pronoun there stands for, named last in the sentences just before ("Late in May he recommended a
    50% tariff"), when the text gives that leader a country's post ("U.S. President Donald Trump")."""
    leaders = _leaders(text)
    before = sentence[: figure.start]
    found = _last_named(before, leaders) if leaders else None
    if found is None and leaders and _PRONOUN.search(before):
        found = _last_named(text[max(0, at - LEADER_BEFORE) : at], leaders)
    return found


_CAPITALISED = re.compile(r"[A-Z][\w’'-]+")


def _last_named(words: str, leaders: dict[str, str]) -> str | None:
    """The country of the leader named last in some words."""
    named = [leaders[word] for word in _CAPITALISED.findall(words) if word in leaders]
    return named[-1] if named else None


SENTENCE_BEFORE = 400  # characters before a sentence where the sentence before it is looked for
_SENTENCE_END = re.compile(r"[.!?][\"”’')]*\s+(?=[\"“‘'(]*[A-Z])")


# A sentence whose subject refers back, past a phrase that leads into it: "The deal …", "Under the plan, it …".
_REFERS_BACK = re.compile(r"(?:[A-Z][^,.;:]{0,50},\s*)?(?i:the|this|that|these|those|it|its|they|their)\b")


# A country named back as the owner of a figure's measure: "the country's output", "the nation's debt".
_THE_COUNTRY_S = re.compile(r"\bthe (?:country|nation|kingdom|republic|island nation|island|bloc)['’]s\b", re.I)
_TOWARD = re.compile(r"\b(?:to|with|from|against|into|for)\s+(?:the\s+)?$", re.IGNORECASE)


def subject_before(text: str, at: int, sentence: str, figure: Figure) -> str | None:
    """The country a figure's sentence names back ("the country's output") when it names it before in the sentence
    ("In Nigeria, the government said the country's output fell to 1.3 million bpd": Nigeria's, not after "to",
    "with" or "from"); else, when the sentence's subject refers back ("the deal", "it") or it names a country back,
    the country or body that opens the sentence before it (measures.sentence_subject): "Later, Zambia announced a
    restructuring deal. The deal cuts its debt by $840 million." is Zambia's."""
    named_back = list(_THE_COUNTRY_S.finditer(sentence, max(0, figure.start - CLAUSE), figure.start))
    if named_back:
        near = max(0, named_back[-1].start() - SENTENCE_BEFORE)
        named = bodies_at(sentence[near : named_back[-1].start()])  # not "In US dollar-denominated terms, …"
        owners = [name for at, name in named if not _TOWARD.search(sentence, max(0, near + at - 12), near + at)]
        if owners:
            return owners[-1]
    if not named_back and not _REFERS_BACK.match(text, at):
        return None
    before = text[max(0, at - SENTENCE_BEFORE) : at].rstrip()
    ends = [found.end() for found in _SENTENCE_END.finditer(before)]
    return sentence_subject(without_dateline(before[ends[-1] if ends else 0 :])) if before else None  # not a dateline


# A sentence that opens by referring back to the figure before it: "It followed a 21.9% decline in April.", "The fall
# compared with …", "That was the first rise in …".
_FIGURE_BEFORE = re.compile(r"^\s*(?:It|That|This|The (?:fall|drop|decline|rise|increase|gain|figure|reading))\b")


def referred_metric(measured: Metric, last: Metric | None, sentence: str) -> Metric:
    """What a figure no words of its own measure measures when its sentence opens by referring back to the figure
    before ("It followed a 21.9% decline in April." after "Japan's exports fell 28.3% in May"): that figure's
    metric; else its own."""
    if measured.words is not None or last is None or not _FIGURE_BEFORE.match(sentence):
        return measured
    return Metric(last.name, last.words, None)

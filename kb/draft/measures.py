"""What a figure measures, as its clause reports it: the metric (from a fixed vocabulary, with the
words that chose it) and whose figure it is — its subject, and its counterpart ("exports to the
United States": the counterpart is the United States). Whether it is a level or a change of one is
changes.py's."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from kb.draft.figures import Figure, dollar_of
from kb.draft.lexicon import LENDERS, NEWS_ORGANISATIONS
from kb.draft.speakers import body_name, may_start_body
from kb.draft.tokens import tokens

# The metrics a draft gives, each with the words that name it; the first listed wins a tie.
METRICS = (
    # A government's balance, not a trade balance: "a primary fiscal deficit of 2.5 per cent of GDP".
    ("fiscal_deficit", r"(?:fiscal|budget(?:ary)?|primary|government) (?:[\w-]+ )?deficits?\b"),
    ("current_account_deficit", r"current[- ]account deficits?\b"),
    ("current_account_surplus", r"current[- ]account surplus(?:es)?\b"),
    ("trade_surplus", r"surplus(?:es)?"),
    ("trade_deficit", r"deficits?\b|(?<=trade )(?:gaps?|shortfalls?)\b"),  # "the trade gap widened to $80 billion"
    ("exports", r"exports?\b|shipments\b|export(?:ed|ing)\b|shipped\b"),
    ("imports", r"imports?\b(?! (?:tax|taxes|duties|levies)\b)|import(?:ed|ing)\b|inbound (?:[\w-]+ )?shipments\b"),
    ("tariff_rate", r"tariffs?\b|dut(?:y|ies)\b|levy\b|levies\b|surtax(?:es)?\b|import tax(?:es)?\b"),
    ("gdp", r"\bGDP\b|gross domestic product|econom(?:y|ies)\b"),
    ("population", r"population|people\b|consumers\b|citizens\b"),
    ("investment", r"invest(?:ment|ments|ing|ed|s)?\b"),
    ("climate_finance", r"climate financ\w*|climate funds?\b"),
    ("debt", r"debts?\b|arrears\b|owe[sd]?\b|owing\b|borrow(?:s|ed|ing)?\b|loans?\b|lent\b|lend(?:s|ing)?\b"),
    ("inflation", r"inflation\b"),
    ("production", r"production\b|output\b|produc(?:ed|es|ing)\b|pump(?:ed|s|ing)\b"),
    (
        "finance",
        r"financ(?:e|ing)\b|funds?\b|funding\b|pay\b|provide\b|contribut\w*|budget\b|bill\b|liabilit\w*"
        # Not "pledged", whose object names the metric: "pledged $600 billion in investments".
        r"|aid\b|assistance\b|grants?\b|bailouts?\b|donations?\b|disburs\w*",
    ),
    ("jobs", r"\bjobs?\b|employ\w*"),
    ("wages", r"wages?\b|income\b"),
    ("trade", r"\btrade\b"),
)
BALANCES = frozenset(name for name, _ in METRICS if name.endswith(("_surplus", "_deficit")))  # over a period
# A keyword that names an office, not a measure: "the Finance Ministry", "Trade Representative"; or, for
# trade, a deal, talks or a person, not an amount traded: "a trade deal", "trade negotiator".
_OFFICE = r"(?! (?:Ministry|Minister|Ministers|Department|Secretary|Committee|Representative|Organization|Agency)\b)"
_NOT_TRADED = (
    r"(?! (?:deals?|agreements?|framework|pacts?|talks|negotiat\w*|war|truce|dispute|tensions?|relations|partners?"
    r"|policy|barriers?|rules|bloc|chief|envoy|ministers?|representative|officials?|expansion)\b)"
)
_METRIC = re.compile(
    "|".join(
        rf"(?P<{name}>\b(?:{pattern}){_OFFICE}{_NOT_TRADED if name == 'trade' else ''})" for name, pattern in METRICS
    ),
    re.IGNORECASE,
)
METRIC_DISTANCE = 80  # characters: a keyword further from the figure does not name its metric
SUBJECT_BEFORE = 80  # characters before a metric's words where its subject may be ("OPEC+ … agreed to cut production")
CLAUSE = 150  # characters on each side of a figure where its subject and counterpart are looked for
# Also past a word of how many ("a 10 percent tariff on all British imports", "exports to most EU members"), and the
# second of two names a hyphen joins ("Canada-US trade", "EU–Japan trade": the first's with the second).
_TOWARD = re.compile(
    r"\b(?:to|with|from|against|for|into|on)\s+(?:(?:the|all|most|some|many)\s+)?$|(?<![\w.])(?-i:[A-Z])[\w.]*[-–]$",
    re.IGNORECASE,
)
_JOINED = re.compile(r"(?<![\w.])([A-Z][\w.]*)[-–](?=[A-Z])")  # "Canada-US", "U.S.-China": read as two names
_LENT = frozenset({"finance", "debt", "figure"})  # what a lender gives "for" or "to" a borrower, the borrower's
# Goods a country's name describes come from it: "imported U.S. goods worth $14.2 billion", "Chinese products"
# (not "China's steel products", its own).
_GOODS_OF = re.compile(r"(?:[A-Z][\w.-]*\s){1,4}(?:goods|products|cars|vehicles|steel|alumin(?:i)?um)\b")
# The next of a list after such a word: "trade with Thailand and Cambodia", "exports to Japan, Korea"; the second
# of two "between" which a flow runs: "trade between Vietnam and Thailand" (the first its subject).
_TOWARD_LIST = re.compile(
    r"\b(?:to|with|from|against|into|between)\s+(?:the\s+)?[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}"
    r"(?:,|,? and|,? or)\s+(?:the\s+)?$"
)
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
# Where imports go: "imports of Chinese goods into the United States", "imports by Japan", "imports to China".
_INTO = re.compile(r"\b(?:into|by|to)\s+(?:the\s+)?$", re.IGNORECASE)
# Where an investment goes: "investing $550 billion in key U.S. industries".
_INVESTED_IN = re.compile(r"\bin\s+(?:the\s+)?(?:[a-z]+\s+){0,2}$")
# Buying a figure's worth: a body named after the amount sells it ("will purchase $8 billion of U.S. goods").
_BUYS = re.compile(r"\b(?:purchas\w*|buy|buys|buying|bought|procur\w*)\b", re.IGNORECASE)
# Where a figure's clause begins at the latest: "Korea's shipments to China fell 3% while those to the US rose 1.5%".
# And whom someone told is no party to a figure after it: "An insider told Reuters that Ukraine's payments …".
_CLAUSE_START = re.compile(r"[;:]|\b(?:while|whereas|but)\b|\b(?:told|tells|telling|assured)\b[^.;:]{0,60}?\bthat\b")
# A clause that goes on about the sentence's subject: "… and its rules remove tariffs on 95% of goods".
# A body that only names the document a figure comes from: "a confidential IAEA report revealed that Iran had
# increased its stockpile of uranium enriched to 60%", "UN data showed Kenya's …" (Iran's and Kenya's).
_SOURCE_NAMED = re.compile(
    r"[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3} (?:[a-z]+ )?(?:report|data|statement|survey|study|assessment|figures"
    r"|estimates?|review|analysis|document|readout|communiqu[eé])s?\b"
)
_ITS = re.compile(r"\b(?:and|while|as) (?:its|their)\b")
# Where a sentence ends inside the words after a figure: "… for a ninth time. (Reporting by …", or a
# clause of another event begins: "… to 50 per cent in response to Ontario's surcharge on exports to the U.S.",
# "… lent $5.8 billion to the nation and is co-chaired by Japan".
_CLAUSE_AFTER_END = re.compile(
    r"[,;:]|\.\s+[(A-Z]|\b(?:in response to|because|while|whereas|after|following)\b"
    r"|\band (?:is|are|was|were|has|have|had)\b"
    # The reason for it: "a 50 percent tariff on goods from India over its purchases of Russian oil".
    r"|\b(?:over|for|due to) (?:its|their|his|her)\b"
)
# A counterpart named by a pronoun, "the country" or "the bloc": "exports to the country", "imports from it",
# "imports from the bloc", "trade with the nation".
_TOWARD_ONE_NAMED = re.compile(
    r"\b(?:to|with|from|against|into) (?:the (?:country|nation|bloc|group|union|grouping|alliance)|it)\b", re.IGNORECASE
)


@dataclass(frozen=True)
class Metric:
    name: str
    words: str | None  # the words that chose it, None when none did
    start: int | None  # where they are in the sentence


def metric(keywords: list[tuple[int, int, str]], figure: Figure, sentence: str) -> Metric:
    """The metric of a figure (see keywords), of those that fit its unit (see MONEY_METRICS): the
    word of its own unit ("15 million jobs"), else the nearest keyword before it within METRIC_DISTANCE
    characters (what its clause is about: "exports … gained 3.8% … to 21.65 trillion yen"), else the
    nearest after it in its clause ("a 25% tariff"); else share (a percentage) or figure."""
    low = bisect.bisect_left(keywords, figure.start - METRIC_DISTANCE, key=lambda keyword: keyword[1])
    high = bisect.bisect_right(keywords, figure.end + METRIC_DISTANCE, key=lambda keyword: keyword[0])
    near = [k for k in keywords[low:high] if _fits(k[2], figure.unit) and not _rated_goods(k, figure, sentence)]
    before = [keyword for keyword in near if keyword[1] <= figure.start]
    # A keyword after the figure names it only in its clause: "a 25% tariff", not "… 7.8 percent, and inflation".
    after = [
        keyword
        for keyword in near
        if keyword[0] >= figure.end and not _CLAUSE_END.search(sentence[figure.end : keyword[0]])
    ]
    # A count's own unit names what it counts first: "$1 trillion in bilateral trade and 15 million jobs".
    inside = [keyword for keyword in near if keyword[0] >= figure.start and keyword[1] <= figure.end]
    # A tariff word right after a rate names it, whatever comes before: "shipments, which face a 25% tariff".
    inside += [k for k in after[:1] if k[2] == "tariff_rate" and _NEXT_WORDS.fullmatch(sentence, figure.end, k[0])]
    chosen = inside[0] if inside else before[-1] if before else (after[0] if after else None)
    if chosen is None and (opening := _opening(keywords, figure, sentence)) is not None:
        return Metric(opening[2], sentence[opening[0] : opening[1]], None)  # whose it is: the figure's own clause says
    on_goods = figure.unit == "percent" and _ON_GOODS.match(sentence, figure.end)
    if chosen is None and on_goods:  # "will charge 15% on most Japanese goods": a tariff
        return Metric("tariff_rate", on_goods.group().strip(), figure.end)
    if chosen is None:
        return Metric("share" if figure.unit == "percent" else "figure", None, None)
    return Metric(chosen[2], sentence[chosen[0] : chosen[1]], chosen[0])


def _opening(keywords: list[tuple[int, int, str]], figure: Figure, sentence: str) -> tuple[int, int, str] | None:
    """The keyword the sentence opens with, as its subject, for a figure further on that no keyword names near it:
    "Imports ended three months of drops in September, up 2.4 percent from a year earlier to $158.68 billion" (never
    over someone saying something else or a semicolon: "Exports rose, Lind said, and the port will cost $2 billion")."""
    first = keywords[0] if keywords else None
    if first is None or first[0] > _OPENING_REACH or first[1] > figure.start or not _fits(first[2], figure.unit):
        return None
    return None if _ANOTHER_CLAUSE.search(sentence, first[1], figure.start) else first


_OPENING_REACH = 40  # characters: a keyword this far into its sentence may be its subject ("The country's total trade")
_ANOTHER_CLAUSE = re.compile(r";|\b(?:said|says|told|added|according to|and (?:the |its )?[a-z]+ (?:will|would))\b")
# A rate on goods, no other metric named: "charge 15% on most Japanese goods", "10 percent on Chinese imports".
_ON_GOODS = re.compile(
    r" on (?:(?:all|most|some|many|other|foreign|imported|[A-Z][\w.’'-]*) ){0,3}(?:goods|imports|products|exports|cars"
    r"|vehicles|steel|alumin(?:i)?um)\b"
)
# Metrics only an amount of money measures: "can provide up to 18 percent higher wages" is no finance.
MONEY_METRICS = frozenset({"finance", "climate_finance", "investment"})


_CLAUSE_END = re.compile(r"[,;]")
_NEXT_WORDS = re.compile(r"[\s-]*(?:[a-z]+[\s-]+){0,2}")  # "a 15% baseline tariff", "25 per cent reciprocal tariffs"
_ON_FLOW = re.compile(  # "on" the goods, their worth first or not: "tariffs on $200 billion worth of Chinese imports"
    r"\bon (?:[$€£¥]?[\d.,]+\s(?:(?:b|m|tr)illion\s)?(?:worth\s)?(?:of\s|in\s)?)?(?:[\w.’'-]+\s){0,3}$"
)


def _rated_goods(keyword: tuple[int, int, str], figure: Figure, sentence: str) -> bool:
    """Whether a flow's word names the goods a rate falls on, not what the rate measures ("tariffs on Canadian
    imports rose to 35%"; but "EU car exports, which are worth €50 billion" are exports)."""
    flow = figure.unit == "percent" and keyword[2] in ("imports", "exports")
    return flow and _ON_FLOW.search(sentence, max(0, keyword[0] - 40), keyword[0]) is not None


_SHARE_OF = re.compile(r"(?:%|\bpercent|\bper cent|\bpct) of (?:the |its |their |[A-Z][\w.]*['’]s )?$")


def _fits(name: str, unit: str) -> bool:
    """Whether a metric may measure a figure in this unit: one of MONEY_METRICS only an amount of money,
    a tariff rate or inflation only a percentage ("saving exporters £400 million" is no tariff rate)."""
    if name in ("tariff_rate", "inflation"):
        return unit in ("percent", "percentage points", "basis points")
    return name not in MONEY_METRICS or (len(unit) == 3 and unit.isupper())


def keywords(sentence: str) -> list[tuple[int, int, str]]:
    """The metric keywords of a sentence: (start, end, metric), in order — none inside the name of a
    body ("the International Monetary Fund" names no fund)."""
    names = [(start, end) for start, end, _ in body_spans(sentence)]
    found = [
        (m.start(), m.end(), str(m.lastgroup))
        for m in _METRIC.finditer(sentence)
        if not any(start <= m.start() and m.end() <= end for start, end in names)
        and not _SHARE_OF.search(sentence, max(0, m.start() - 40), m.start())  # "5.5 percent of GDP": a share's whole
    ]
    # "trade" before a more precise word is part of it: "trade deficit" is a deficit.
    following = [keyword[0] for keyword in found[1:]] + [len(sentence) + 2] * bool(found)
    return [
        k for k, next_start in zip(found, following, strict=True) if not (k[2] == "trade" and next_start - k[1] <= 1)
    ]


# The products a tariff covers: "a 25% tax on imported cars, auto parts, steel and aluminum", "25% on steel".
_STOP = r"(?:from|by|that|which|as|to|starting|in|for|including|with|will|would|was|were|is|are|took|takes|has|have)"
_PRODUCT = rf"(?!{_STOP}\b)[a-z][a-z-]*"
_SCOPE = re.compile(
    r"\s*(?:(?:tariffs?|dut(?:y|ies)|levy|levies|tax|taxes|surtax(?:es)?|charges?)\s+)?on\s+"
    r"(?:imported\s+|imports of\s+)?"
    rf"(?P<scope>{_PRODUCT}(?:(?:,| and|,? and| or) {_PRODUCT}| {_PRODUCT}){{0,12}})(?=\s*(?:[.,;:()]|$|\b{_STOP}\b))"
)
# Words that open no scope of products: "on most of its products", "on imports from Japan".
_NO_SCOPE = frozenset(
    ("all", "most", "many", "some", "nearly", "almost", "its", "their", "the", "a", "an", "imports", "exports",
     "goods", "products", "items", "everything", "dozens", "countries", "trading", "average", "top", "hold", "track")
)  # fmt: skip
_GENERIC_END = re.compile(r"(?: (?:exports|imports|products|goods))+$")


def product_scope(sentence: str, figure: Figure) -> tuple[str, str] | None:
    """The products a tariff rate covers, when the words after it name them: (scope, the words)."""
    found = _SCOPE.match(sentence, figure.end)
    if found is None or found.group("scope").split()[0] in _NO_SCOPE:
        return None
    return _GENERIC_END.sub("", found.group("scope")).strip(" ,"), found.group().strip()


_CONTINENT_PARTS = frozenset(("South", "North", "Latin", "Central", "East", "West"))


def bodies_at(text: str) -> list[tuple[int, str]]:
    """The countries and bodies a piece of text names, with where each starts, in order (not the
    country of a dollar: "US$235.6 million")."""
    return [(start, name) for start, _, name in body_spans(text) if not dollar_of(text, start)]


def body_spans(text: str) -> list[tuple[int, int, str]]:
    """The countries and bodies a piece of text names, with where each starts and ends, in order."""
    found: list[tuple[int, int, str]] = []
    if text.lower() == text:
        return found  # not a capital letter: no name (every name starts with a letter of A to Z: see the lexicon)
    words = tokens(text)
    at = 0
    while at < len(words):
        first = words[at].text.removesuffix("'").removesuffix("’")  # a plural's possessive: "the Philippines’"
        if not first[:1].isupper() or not may_start_body(first):  # no name starts here
            at += 1
            continue
        for size in (4, 3, 2, 1):
            piece = words[at : at + size]
            if len(piece) == size:
                named = text[piece[0].start : piece[-1].end]
                cut = named.endswith((".", "s'", "s’"))  # "… Mexico.", "the Netherlands' exports"
                name = body_name(named) or (body_name(named[:-1]) if cut else None)
                continent = at and words[at - 1].text in _CONTINENT_PARTS  # "South American" is no American
                if name and (size > 1 or (piece[0].text not in ("European",) and not continent)):
                    found.append((piece[0].start, piece[-1].end, name))
                    at += size - 1
                    break
        at += 1
    return found


# A name that owns the words after it: "Japan's", "UK", "the European Union's global" (up to two more words).
_OWNS = re.compile(
    r"[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}(?:['’]s?)?(?: (?!to |with |from |against |and |or )[a-z-]+){0,2} $"
)


def _right_before(sentence: str, bound: int, figure: Figure) -> str | None:
    """A body right before the amount: "gives the EU 503,245 tonnes, Norway 229,821 tonnes", "…; Sweden,
    $15 million" (not the country of a dollar: "about US $151.7 million")."""
    near, last = max(bound, figure.start - 60), sentence[: figure.start].rstrip(" ,")[-1:]
    spans = body_spans(sentence[near : figure.start]) if last.isalpha() or last == "." else []
    spans = [span for span in spans if not dollar_of(sentence, near + span[0])]
    gap = sentence[near + spans[-1][1] : figure.start].strip() if spans else "-"
    alone = spans and gap == "," and not sentence[bound : near + spans[-1][0]].strip(" the")
    return spans[-1][2] if spans and (not gap or alone) else None


def whose(sentence: str, figure: Figure, measured: Metric) -> tuple[str | None, str | None]:
    """The subject and counterpart of a figure, from its clause — from just before the words of
    its metric (or the comma before it) to the next comma: a body after "to", "with", "from" or
    "against" is the counterpart ("exports to the United States"), the first other one the
    subject ("Japan's exports"), unless a body owns the metric's words ("CPTPP countries accounted
    for £110 billion-worth of UK trade": the UK's), a borrower "for" or "to" whom a lender gives it
    the subject ("the IMF approved $1.3 billion for Zambia"); either may be None."""
    bound = max((m.end() for m in _CLAUSE_START.finditer(sentence[: figure.start])), default=0)
    comma = max((m.end() for m in re.finditer(r"[,;:]", sentence[: figure.start])), default=0)
    if measured.start is not None and measured.start < figure.start:  # from the comma before the metric's words
        before_words = max((m.end() for m in re.finditer(r"[,;:]", sentence[: measured.start])), default=0)
        clause_start = max(bound, before_words, measured.start - SUBJECT_BEFORE)
    else:
        clause_start = max(bound, comma)
    after = _CLAUSE_AFTER_END.search(sentence[figure.end : figure.end + CLAUSE])
    end = figure.end + after.start() if after else min(len(sentence), figure.end + CLAUSE)
    clause_start = max(clause_start, figure.start - CLAUSE)
    its = [m.end() for m in _ITS.finditer(sentence, clause_start, figure.start)]
    if its:  # "… and its rules remove tariffs on 95% of goods": the sentence's subject's
        return sentence_subject(sentence), None
    buys = _BUYS.search(sentence, clause_start, figure.start)
    sold_from = buys.end() if buys else len(sentence)  # a body after the buying word sells
    counterpart = None
    named = bodies_at(_JOINED.sub(r"\1 ", sentence[clause_start:end]))  # "Canada-US trade": two names
    right_before = _right_before(sentence, bound, figure)
    owner = [
        name
        for at, name in named
        if name not in LENDERS  # a lender's loan is the borrower's: "the World Bank approved a loan of …"
        and _OWNS.match(sentence, clause_start + at, measured.start or 0)
        and not (
            _TOWARD.search(sentence[max(clause_start, clause_start + at - 30) : clause_start + at])
            and measured.name != "exports"  # "tariffs on EU car exports" are still the EU's
        )
    ]  # "tariffs on U.S. imports": the imports are the other side's
    subjects = owner[-1:] if measured.start is not None else []  # "UK trade", "China's trade surplus"
    for at, name in named:
        preceding = sentence[max(clause_start, clause_start + at - 30) : clause_start + at]
        if measured.name in ("exports", "production") and _FROM.search(preceding):
            subjects.append(name)  # "the export of 33 million tonnes of grain from Ukraine", "output from Iraq"
        elif measured.name == "imports" and _INTO.search(preceding):
            subjects.insert(0, name)  # "imports of Chinese goods into the United States": the importer's
            counterpart = next((other for other in subjects[1:] if other != name), counterpart)
        elif (
            name in LENDERS
            or _TOWARD.search(preceding)
            or _TOWARD_LIST.search(sentence, max(clause_start, clause_start + at - 60), clause_start + at)
            or clause_start + at > sold_from  # "Japan will purchase $8 billion of U.S. goods"
            or (measured.name not in ("exports", "production") and _GOODS_OF.match(sentence, clause_start + at))
            or (measured.name == "investment" and _INVESTED_IN.search(preceding))
        ):
            counterpart = counterpart or name  # a lender lends to the subject: "the IMF approved SDR 293 million"
            lent = counterpart in LENDERS and name not in LENDERS and measured.name in _LENT  # to the borrower
            subjects += [name] if lent and _TOWARD.search(preceding) else []
        elif name != counterpart:
            subjects.append(name)
    sources = [name for at, name in named if _SOURCE_NAMED.match(sentence, clause_start + at)]
    subjects = [name for name in subjects if name not in sources] or subjects  # "an IAEA report … that Iran …"
    subject = right_before if right_before and right_before != counterpart else next(iter(subjects), None)
    return subject, counterpart if counterpart != subject else None


# A phrase that leads into a sentence before its subject: "Under the deal, India will …", "On Tuesday, the EU …".
# A day or time may lead in without a comma: "On Friday Kenya signed …", "Late on Tuesday the EU said …".
_LEAD_IN = re.compile(
    r"\s*(?:(?:Under|In|On|At|After|Before|By|For|From|With|Since|During|As|Meanwhile|However|Separately|Also"
    r"|Last|This|Next|Earlier|Later)\b[^,.;:]{0,50},\s*"
    r"|(?:(?:Late|Early|Earlier|Later) )?(?:[Oo]n|Last|This|Next) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
    r"|Sunday|week|month|year|night|morning|evening)\s+)?"
)


_NO_SUBJECTS = LENDERS | frozenset(NEWS_ORGANISATIONS)
# What may stand before the body that opens a sentence: "The", and one compound adjective ("War-battered Yemen",
# "Debt-laden Zambia", "the oil-rich UAE").
_BEFORE_OPENER = re.compile(r"\s*(?:[Tt]he\s+)?(?:[A-Za-z][a-z]+-[a-z]+\s+)?")


def sentence_subject(sentence: str) -> str | None:
    """The country or body that opens a sentence, after a phrase that leads into it (see _LEAD_IN), as
    its subject ("The EU's exports …", "CPTPP is …", "Under the deal, India will slash tariffs …", "War-battered
    Yemen is facing …"), unless it is a lender (see LENDERS), a news organisation ("Reuters reports that …") or
    names something else ("Japanese officials …" is theirs)."""
    lead = _LEAD_IN.match(sentence)
    start = lead.end() if lead else 0
    opening = bodies_at(sentence[start : start + 60])
    if not opening or not _BEFORE_OPENER.fullmatch(sentence, start, start + opening[0][0]):
        return None
    return opening[0][1] if opening[0][1] not in _NO_SUBJECTS else None


# "The group" as a clause's subject, not after a word that makes it the other side ("imports from the bloc").
_GROUP = re.compile(
    r"(?<!\bto )(?<!\bwith )(?<!\bfrom )(?<!\bagainst )(?<!\binto )\b[Tt]he (?:group|alliance|bloc|cartel|grouping"
    r"|organi[sz]ation)\b"
)


def group_named(sentence: str, figure: Figure) -> bool:
    """Whether the figure's clause names its subject as "the group", "the alliance", "the bloc" or "the
    cartel", with no country or body after those words ("Iran's governor said the group agreed to cut
    production by 2 million barrels per day"): the group the text is about, for the caller to find."""
    found = list(_GROUP.finditer(sentence, max(0, figure.start - CLAUSE), figure.start))
    return bool(found) and not bodies_at(sentence[found[-1].end() : figure.start])


def counterpart_named_before(sentence: str, figure: Figure) -> bool:
    """Whether the figure's clause names its counterpart as "the country" or "it" ("exports to the
    country gained 3.8%"): a country named before, for the caller to find."""
    comma = max((m.end() for m in re.finditer(r"[,;:]", sentence[: figure.start])), default=0)
    return bool(_TOWARD_ONE_NAMED.search(sentence[max(comma, figure.start - CLAUSE) : figure.start]))

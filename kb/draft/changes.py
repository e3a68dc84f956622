"""Changes: whether a figure is a change of a level, as its clause says ("rose 5.9%", "fell by 1.3% from
a year earlier", "up 18.7%", "a 4.7% drop", "cut production by 9.7 million barrels", "an increase of
2%"), its direction and base, and which level it led to ("rose 5.9% to 108.93 trillion yen") or
belongs to ("7.05 trillion yen, up 18.7%")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kb.draft.counts import is_count
from kb.draft.figures import Figure

_RISE = r"rose|rise|rises|rising|risen|climbed|climbs|climbing|grew|grows|growing|grown|gained|gains|gaining|increased"
_RISE += r"|increases|increasing|jumped|jumping|surging|soaring|expanding|widened|widens|rebounded|adding"
# "up" and "down" after a verb they make a phrase with are no change: "they make up about 80 percent", nor
# ending an adjective: "a slimmed-down 20-page text", "a stepped-up 5% levy".
_RISE += r"|advanced|advancing|spiked|skyrocketed|grow|increase|expand|climb|jump|surge|soar"  # "to grow 5%"
_RISE += r"|surged|soared|expanded|ballooned|(?<!make )(?<!makes )(?<!made )(?<!making )(?<!adds )(?<!added )(?<!-)up"
_FALL = r"fell|falls|falling|fallen|dropped|drops|declined|declines|decreased|decreases|shrank|shrunk|shrinks|slid"
_FALL += r"|slipped|plunged|plummeted|contracted|dropping|declining|decreasing|sliding|slipping|plunging"
_FALL += r"|shrinking|(?<!-)down"
_FALL += r"|shed|sheds|shedding|retreated|receded|weakened|fall|drop|decline|decrease|shrink|plunge|dip"
_FALL += r"|narrowed|narrows|slumped|tumbled|sank|dipped|eased"  # not "a narrowing 5% gap"
_RISE += r"|swelled|swelling|rallied|rallying|recovered|recovering"  # "the rouble rallied 4%"
_RISE += r"|added|adds"  # "Exports to the United States added 4.3 percent to 1.286 trillion yen" (a figure right after)
# A participle of a verb, not an adjective before a noun: "its surplus widening 46 percent" (not "a widening 5% gap").
_RISE += r"|(?<!a )(?<!an )(?<!the )widening"
_FALL += r"|(?<!a )(?<!an )(?<!the )narrowing"
_FALL += r"|collapsed|collapsing|crashed|crashing"  # "exports collapsed 40%"
_FALL += r"|lost|loses|losing|lose"  # "the peso lost 3%", but only a percentage: "lost 3,000 jobs" is a level (_LOST)
# Someone changing an amount by a figure: "cut production by 9.7 million barrels", "raised tariffs by 10%".
_MADE_RISE = r"rais(?:e|es|ed|ing)|boost(?:s|ed|ing)?|lift(?:s|ed|ing)?|hik(?:e|es|ed|ing)"
_MADE_FALL = r"cut(?:s|ting)?|reduc(?:e|es|ed|ing)|lower(?:s|ed|ing)?|slash(?:es|ed|ing)?|trim(?:s|med|ming)?"
_MADE_FALL += r"|shav(?:e|es|ed|ing)"
# Cutting an amount itself ("its offer of cutting 100,000 barrels"); not "lower" nor "reduced", which
# also qualify a level ("a lower 15% tariff").
_CUT = r"cut|cuts|cutting|reduce|reduces|reducing|slash|slashes|slashed|slashing|trim|trims|trimmed|trimming"
_CUT += r"|shave|shaves|shaved|shaving"  # "would trim nearly $1.5 trillion from deficits", "shaved $2 billion off"
# Words between a change's verb and its amount: an adverb ("declined slightly by 1.2%", "rose sharply 5%"), and
# after "by" what measures the amount ("reduced by the equivalent of eight billion euros", "by a further 3%", "by a
# combined 75,000 b/d", "by a whopping 40%", "by an estimated $2 billion").
# and an adjective after "a": "rise a record $430 million", "rose a modest 1.2%", "prices rose an annual 4.5%", "grew a
# seasonally adjusted 0.4%"
_ADVERB = r"(?: (?!by\b)[a-z]+ly| an? [a-z-]{2,30}| a seasonally adjusted)?"
_BY = r"by(?: (?:the equivalent of|a total of|an? [a-z]+|another|some))?"
_BY += r"(?: [a-z -]{1,30}, or)?"  # the amount again in words before it: "fell by nearly a third, or 31%,"
# A change named by a noun before its amount: "an increase of 2%", "an augmentation of SDR 293 million",
# "the reduction is 300,000 barrels".
_NOUN_RISE = r"increases?|rises?|hikes?|gains?|jumps?|augmentation|growth|surges?|climbs?|upticks?|expansion"
_NOUN_FALL = r"reductions?|cuts?|drops?|falls?|declines?|decreases?|contraction|haircuts?|slumps?|plunges?|dips?"
# Whose amount is changed: "cut its production by", "reduce Zambia's debt by".
_OWNER = r"its|their|his|her|the|[A-Z][\w.]*['’]s"
# What a change named by a noun is of, and the verb that gives its amount: "Reductions in projected discretionary
# outlays would amount to $1.3 trillion", "the increase in Chile's exports came to $3 billion", "cuts to output
# will total 2 million barrels".
_WHAT_CHANGED = r"(?: (?:in|of|to) [a-z'’ -]{1,50}?)?"
_AMOUNTS_TO = r"(?:of|is|was|will be|would be|(?:would |will )?(?:amount|total|come) to|amounts to|amounted to"
_AMOUNTS_TO += r"|came to|totall?ed|totals|(?:would |will )?total)"
# When, between a change's verb and "by": "rose for a third month, by 5%", "fell in May by 3%".
_WHEN_BEFORE_BY = r"(?: (?:for|in|on|over|during|last|this) (?:[\w'’-]+ ){0,3}[\w'’-]+)?"
_CHANGE_BEFORE = re.compile(
    rf"\b(?:(?:(?P<rise>{_RISE})|(?P<fall>{_FALL})){_ADVERB}(?:{_WHEN_BEFORE_BY},? {_BY})?"
    rf"|(?:(?P<made_rise>{_MADE_RISE})|(?P<made_fall>{_MADE_FALL}))(?: (?:{_OWNER}))?(?: [a-z]+){{0,5}} {_BY}"
    rf"|(?P<cut>{_CUT})|(?:(?P<noun_rise>{_NOUN_RISE})|(?P<noun_fall>{_NOUN_FALL})){_WHAT_CHANGED} {_AMOUNTS_TO}"
    r")\s*$",
    re.IGNORECASE,
)
# A second amount of the same change: "a rise of 15 pct from February and of 4.7 pct", "rose 5% in May and 3% in
# June", "fell by 8.7% in November and 9.9% in December", "exports rose 5% and imports 3%" (the first amount right after
# the change's words, no level "to" between).
_COORDINATED = re.compile(
    rf"\b(?:(?P<rise>{_RISE}|{_NOUN_RISE})|(?P<fall>{_FALL}|{_NOUN_FALL}))(?: of| by)? (?=[$€£¥\d])"
    r"(?:(?! to )(?:[^.;]|\.(?=\d))){1,80}? and (?:(?:its |their |the )?(?:exports|imports|shipments|output"
    r"|production|sales|prices|investment|spending|GDP|the surplus|the deficit) )?(?:of |by )?$",
    re.IGNORECASE,
)
# The same change again in another unit, after "or": "rose 10 per cent, or $500 million, to $5.5 billion".
_RESTATED = re.compile(
    rf"\b(?:(?P<rise>{_RISE})|(?P<fall>{_FALL})){_ADVERB}(?: by)? (?:about |some |nearly |almost )?[$€£¥₹\d]"
    r"(?:[^,;()]|,(?=\d)){0,30}, or (?:about |some |nearly |almost |roughly )?$",
    re.IGNORECASE,
)
# A change's rate that moved to the figure, the noun naming the change: "growth in imports accelerated sharply to 16.7
# percent", "the year-on-year decline in imports narrowed to 1.4%", "export growth slowed to 2.1%".
_RATE_MOVED = re.compile(
    r"\b(?:(?P<rise>growth|increase|rise|gain)|(?P<fall>decline|drop|fall|contraction|decrease))"
    r"(?: (?:in|of) [\w'’ -]{1,40}?)?"
    r" (?:accelerated|slowed|quickened|eased|narrowed|widened|deepened|moderated|decelerated|picked up|rose|fell"
    r"|increased|decreased|climbed|dropped|jumped|slipped|edged (?:up|down)|came in|stood)(?: [a-z]+ly)? (?:to|at) $",
    re.IGNORECASE,
)
_LOST = ("lost", "loses", "losing", "lose")
_PERIOD = r"(?:year|month|quarter|week)"
# After a percentage, or an amount compared "than" another: "30% more was pledged", "20 percent fewer ships", "$250
# million more than last year".
_COMPARED = ("more", "less", "fewer")
_THAN = re.compile(r"\s+than\b")
# A level an amount is given against, "above" or "below" it: "about 100 dollars below the regular price", "5% above
# its pre-war level", "$3 below last year's" (not "over" nor "under": "$1.5 trillion over the next decade").
_A_LEVEL = r" (?:the|its|their|his|her|a|an|last|this|that|pre-war|pre-crisis)\b"
# A change named after its amount: "a 4.7% drop", "an 8% year-on-year rise", "4.1% higher than a year earlier", "a
# 2% month-over-month dip" (its period the change's base: "a month earlier").
_CHANGE_AFTER = re.compile(
    rf"\s*(?:(?:{_PERIOD}[- ](?:on|over)[- ](?P<per>{_PERIOD})|on-year|(?P<basis>annual|yearly|monthly|quarterly)) )?"
    r"(?:(?P<rise>rise|increase|gain|jump|growth|higher|surge|hike|climb|uptick|expansion|more|above(?=_LEVEL))"
    r"|(?P<fall>fall|drop|decline|decrease|contraction|lower|cut|reduction|slump|plunge|dip|slide|less|fewer"
    r"|haircut|write-?down|devaluation|below(?=_LEVEL)))\b".replace("_LEVEL", _A_LEVEL),
    re.IGNORECASE,
)
# What a change is measured from, after it: "from a year earlier", "compared with the same month last year", "than
# the year before", or the period it runs over: "year-on-year", "year over year", "month-on-month", "on the month",
# "on a quarterly basis", "annually" (each drafted as "a year earlier", "a month earlier", "the previous quarter" …).
_BASE = re.compile(
    r"\s*,?\s*(?:(?:from|over|on|compared with|compared to|against|than|versus|relative to) (?:in )?(?P<base>"
    rf"(?:a|the|one) {_PERIOD} (?:earlier|ago|before|prior)|(?:the|a) (?:previous|prior|preceding) {_PERIOD}"
    rf"|the same (?:period|month|quarter|week|time) (?:a year (?:earlier|ago|before)|of (?:last|the previous) year"
    r"|last year)|last year"
    # a year: "15% lower than in 2022", "compared with 2023"; not a period's first year: "from 2020 to 2022", "2021-22"
    r"|(?:19|20)\d\d(?![\d/-]| (?:to|and|through|until)\b))"
    rf"|(?P<on_period>{_PERIOD}[- ](?:on|over)[- ](?P<per>{_PERIOD})|on[- ](?:the )?(?P<on>{_PERIOD})(?![\w-])"
    r"|on an? (?P<basis>annual|yearly|monthly|quarterly|weekly|year-on-year|month-on-month|quarter-on-quarter) basis"
    r"|(?P<adverb>annually|yearly|monthly|quarterly)\b"
    r"|(?P<short>[ymq]/[ymq]|[ymq]-o-[ymq]|yoy|mom|qoq)(?![\w/-])))",  # the wire's "y/y", "YoY", "m-o-m"
    re.IGNORECASE,
)
# The period a change's noun is measured over, before it: "a year-on-year decline of", "an annual increase of".
_PERIOD_BEFORE = re.compile(
    rf"\b(?:{_PERIOD}[- ](?:on|over)[- ](?P<per>{_PERIOD})|(?P<basis>annual|yearly|monthly|quarterly))\s+$", re.I
)
_SHORT = {"y": "year", "m": "month", "q": "quarter"}
_EARLIER = {
    "year": "a year earlier",
    "month": "a month earlier",
    "quarter": "the previous quarter",
    "week": "a week earlier",
}
_A_PERIOD_BEFORE = {**_EARLIER, **{f"{period}ly": base for period, base in _EARLIER.items()}}
_A_PERIOD_BEFORE |= {"annual": "a year earlier", "annually": "a year earlier"}


def _base_of(found: re.Match[str]) -> str:
    """What a change is measured from, as a reader says it: "a year earlier" for "year-on-year" or "on the year"."""
    named = found.groupdict()
    if named.get("base"):
        return named["base"]
    if named.get("short"):
        return _EARLIER[_SHORT[named["short"][0].lower()]]
    period = (named["per"] or named.get("on") or named["basis"] or named.get("adverb") or "").lower()
    return _A_PERIOD_BEFORE[period.split("-")[0]]


# A word of a time: "in May", "over the past decade", "since the October 2008 year" (not "in response to").
_WHEN_WORD = (
    r"(?:the|a|an|last|this|past|same|first|second|third|fourth|year|years|month|months|quarter|half|period|decade|ended"
    r"|ending|[A-Z][a-z]+|\d[\w'’-]*)"
)
# The words between a change and the level it led to: "to", "to a record", "to stand at", "(to", ", reaching".
_TO_LEVEL = re.compile(
    r"^\s*(?:on an? (?:[a-z-]+ ){0,2}basis\s*)?"  # "dropped 1.2% on an unadjusted basis to ¥6.384 trillion"
    rf"(?:(?:since|in|over|during)(?: {_WHEN_WORD}){{1,5}}\s*)?"  # "up $6.1 billion since the October 2008 year to"
    r",?\s*\(?(?:to|at|reaching|to reach|hitting|to hit|totalling|totaling|to total|standing at)\s+"  # ", reaching"
    r"(?:stand\s+at\s+)?(?:(?:a|an) )?(?:(?:new |fresh )?(?:record|high|low)(?: of)? )?$"
)


@dataclass(frozen=True)
class Change:
    direction: str  # rise or fall
    figure: Figure
    base: str | None
    words: str  # the words that say it changed: "fell", "rose by"
    end: int  # where the change's words end, its base included
    # In a conjunct that gaps the verb (see gapped), the name in place of the first conjunct's ("…, Vietnam by
    # 14.5%"), or "" when it names none ("… and 41.8 per cent respectively"); None in any other.
    parallel: str | None = None


# An economy's growth: its rate is a level ("a projected GDP growth of 5.4 percent", "3% global growth"), unlike
# the growth of an amount ("exports registered 29.53% growth").
_RATE_OF_GROWTH = re.compile(r"\b(?:GDP|gross domestic product|economic|economy['’]s|world|global) growth\b", re.I)
# What else may grow, an amount: "exports registered 29.53% growth", "growth of 5% in sales".
_AMOUNT_GROWN = re.compile(
    r"\b(?:exports?|imports?|trade|sales|output|production|shipments|investments?|revenues?|spending|prices"
    r"|income|wages|credit|earnings|profits?|demand|deficits?|surplus(?:es)?|debts?|orders|volumes?|turnover"
    r"|remittances|arrivals|jobs|employment|consumption|reserves|lending|loans|value|supply|money)\b",
    re.IGNORECASE,
)
GROWN_BEFORE, GROWN_AFTER = 120, 40  # characters before and after a growth's words where what grew may be named


def _rate_of_growth(sentence: str, found: re.Match[str], figure: Figure) -> bool:
    """Whether a growth is an economy's, a rate (a level): named so ("GDP growth", "economic growth"), or with
    no amount named around it ("Chile's growth of 2.5%", "the IMF expects 3.1% growth in Peru")."""
    if _RATE_OF_GROWTH.search(sentence, max(0, found.start() - 30), found.end()):
        return True
    start, end = min(found.start(), figure.start), max(found.end(), figure.end)
    return not _AMOUNT_GROWN.search(sentence, max(0, start - GROWN_BEFORE), end + GROWN_AFTER)


# A figure that goes "down to" or "up to" another is the level it starts from: "the reduction of 27.5% down to 10%".
_DOWN_TO = re.compile(r"\s+(?:down|up) to\s+(?:about |around |just )?[$€£¥\d]")


def change_of(sentence: str, figure: Figure) -> Change | None:
    """The change a figure gives, if it is one: "rose 5.9%", "fell by 1.3% from a year earlier",
    "up 18.7%", "a 4.7% drop", "cut production by 9.7 million barrels", "cutting 100,000 barrels",
    "an increase of 2%"."""
    before = _CHANGE_BEFORE.search(sentence, max(0, figure.start - 80), figure.start)
    before = before or _COORDINATED.search(sentence, max(0, figure.start - 120), figure.start)
    before = before or _RESTATED.search(sentence, max(0, figure.start - 80), figure.start)  # "rose 10%, or $5 million"
    before = before or _RATE_MOVED.search(sentence, max(0, figure.start - 100), figure.start)  # "growth … slowed to 2%"
    after = _CHANGE_AFTER.match(sentence, figure.end) if before is None else None
    # "$2 billion more" is an amount more; "30% more" and "$2 billion more than last year" are changes.
    amount = not figure.unit.startswith("percent")
    if after is not None and after.group().split()[-1].lower() in _COMPARED and amount:
        after = after if _THAN.match(sentence, after.end()) else None
    if before and _carried(sentence, before, figure):
        return None  # "Hamas handed up 24 prisoners", "shot down 12 drones": a verb's particle, no change
    if before and (before["fall"] or "").lower() in _LOST and not figure.unit.startswith("percent"):
        return None  # "the country lost 3,000 jobs": what was lost, a level; "the peso lost 3%" is a change
    found = before or after
    if found is None or (not found.group().rstrip().lower().endswith("by") and _DOWN_TO.match(sentence, figure.end)):
        return None  # "that reduction of 27.5% down to 10%": from one level to another, both levels
    if "growth" in found.group().lower() and _rate_of_growth(sentence, found, figure):
        return None  # "GDP growth of 5.4 percent", "5.4% economic growth": a rate of growth, a level
    base = _BASE.match(sentence, figure.end if before else found.end())
    where = base.end() if base else (figure.end if before else found.end())
    said = _base_of(base) if base else _base_of(after) if after and (after["per"] or after["basis"]) else None
    noun_period = _PERIOD_BEFORE.search(sentence, max(0, found.start() - 30), found.start()) if before else None
    said = said or (_base_of(noun_period) if noun_period else None)  # "a year-on-year decline of 5%"
    named = found.groupdict()  # a coordinated change (see _COORDINATED) has only "rise" and "fall"
    rise = named["rise"] or named.get("made_rise") or named.get("noun_rise")
    return Change("rise" if rise else "fall", figure, said, found.group().strip(), where)


# What makes "up" or "down" before a count a change: a form of "be" or "go", or a comma ("arrivals were up 300 people",
# "…, down 40 vessels"); after any other verb it is that verb's particle ("handed up 24 prisoners").
_BE_BEFORE = re.compile(r"(?:\b(?:is|are|was|were|be|been|being|went|goes|gone|came|comes)|,)\s*$", re.IGNORECASE)


def _carried(sentence: str, before: re.Match[str], figure: Figure) -> bool:
    """Whether the "up" or "down" before a count is the particle of the verb before it, whose object the count is
    ("rounded up 50 migrants", "shot down 12 drones"), no change."""
    particle = (before["rise"] or before["fall"] or "").lower() in ("up", "down")
    return (
        particle
        and is_count(figure.unit)
        and not _BE_BEFORE.search(sentence, max(0, before.start() - 12), before.start())
    )


def change_after_level(sentence: str, level: Figure, change: Change) -> bool:
    """Whether a change right after a level (and up to four words of what or when it is), past a comma
    or in brackets, is the level's: "7.05 trillion yen, up 18.7%", "$2.2 billion (up 5.1%)", "12,000
    tonnes of tea, up 4.5%", "$3.2 billion in May, down 2%"."""
    if _LEVEL_THEN_CHANGE.fullmatch(sentence, level.end, change.figure.start):
        return True
    # A change named after its amount right after the level's comma: "rose to 500 million tonnes, 7% more than in 2022".
    after = _COMMA.fullmatch(sentence, level.end, change.figure.start)
    return bool(after and _CHANGE_AFTER.match(sentence, change.figure.end))


_COMMA = re.compile(r"\s*,\s*")
_LEVEL_THEN_CHANGE = re.compile(
    r"\s*(?:(?:of|in|to|for|from|on|at|during|last|this)(?:\s+[\w'’.-]+){1,4}\s*)?[,(]\s*"
    # ", up 5%", ", a 6% rise", ", a decrease of 3%", ", an annual increase of 6%"
    rf"(?:up|down|an?(?: (?:year-on-year |annual )?(?:{_NOUN_RISE}|{_NOUN_FALL}) of)?)(?: by)?\s*"
)


def level_after(sentence: str, change: Change, following: Figure | None) -> bool:
    """Whether the figure after a change is the level it changed to: "rose 5.9% to 108.93 trillion yen"."""
    return following is not None and bool(_TO_LEVEL.match(sentence[change.end : following.start]))


# A gapped conjunct of a change, its verb said once for a list: "Trade with Singapore increased by 22.5 per cent
# (RM11.16 billion), Vietnam by 14.5 per cent", "exports to China rose 5%, Japan 3%", "went down by 12.3 per cent
# (RM3.47 billion) and 41.8 per cent (RM108.1 million) respectively", "rose 2% in May and a further 3% in June".
_GAPPED = re.compile(
    r"(?:\s+(?:in|during|for|over|last|this|y-o-y|year-on-year)(?: [\w’'-]+){0,3})?"  # "rose 5% in May, Japan 3%"
    r"\s*(?:\([^()]{0,60}\)\s*)?(?:,|,? and)\s+(?:(?:to|with|from|in|for)\s+)?"  # "…, and to Peru by 6%"
    r"(?:(?P<name>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3})(?<!['’]s)\s+)?(?P<by>by\s+)?"
    r"(?P<again>(?:another|a further|an additional|an extra)\s+)?"  # "… in February and another 75,000 b/d in March"
)
_RESPECTIVELY = re.compile(r"(?:[^.;]|\.(?=\d))*\brespectively\b")  # within the sentence, past "RM108.1"


def gapped(sentence: str, change: Change | None, figure: Figure) -> Change | None:
    """The change a figure gives as a conjunct of the change before it in its sentence, its verb gapped (see
    _GAPPED): in the same unit, after a comma or "and", with a name, "by" or "another" before it, or "respectively"
    after."""
    if change is None or change.figure.unit != figure.unit:
        return None
    found = _GAPPED.fullmatch(sentence, change.end, figure.start)
    said_again = found and (found.group("name") or found.group("by") or found.group("again"))
    if found is None or not (said_again or _RESPECTIVELY.match(sentence, figure.end)):
        return None
    return Change(change.direction, figure, change.base, change.words, figure.end, found.group("name") or "")


# A bare figure a change is compared with, after it in its sentence: "grew 4.4% in May, accelerating from 3.1% in
# April", "rose 5% last month, compared with 3% in March", "fell 1.7%, easing from 2.1%", "after 3.1% in April", past
# the level it led to: "rose 8.3% y/y to USD 328.6 billion, accelerating from 4.4%", "climbed 7.4%, up sharply from".
_COMPARED_WITH = re.compile(
    r"(?:\s+(?:y/y|y-o-y|year-on-year|on-year|from a year (?:earlier|ago)|to [^,;:]{1,40}?"  # "to USD 328.6 billion"
    r"|(?:in|during|for|over|last|this)(?: [\w’'-]+){0,3})){0,3}\s*,?\s*"
    r"(?:(?:missing|beating|exceeding|topping) [^,;:]{1,60}? (?:but|and) )?"  # "…, missing forecasts for … but up from"
    r"(?:(?:accelerating|slowing|decelerating|quickening|moderating|easing|picking up|up|down)"
    r"(?: (?:sharply|slightly|markedly|significantly))? from|"
    r"compared (?:with|to)|versus|vs\.?|after|following)\s+(?:an?\s+)?(?:revised\s+)?"
)


# The rate a moved rate (see _RATE_MOVED) came from: "accelerated to 16.7 percent in January from 3.1 percent".
_FROM = re.compile(
    r"(?:\s+(?:in|during|for|over|last|this)(?: [\w’'-]+){0,3})?\s*,?\s*from\s+(?:an?\s+)?(?:revised\s+)?"
)


def compared(sentence: str, change: Change | None, figure: Figure) -> Change | None:
    """The change a bare figure in the same unit is, compared with the change before it in its sentence (see
    _COMPARED_WITH): a change in the same direction, whose level the sentence does not give."""
    if change is None or change.figure.unit != figure.unit or change.parallel is not None:
        return None
    moved = change.words.endswith((" to", " at")) and _FROM.fullmatch(sentence, change.end, figure.start)
    if _COMPARED_WITH.fullmatch(sentence, change.end, figure.start) is None and not moved:
        return None
    return Change(change.direction, figure, change.base, change.words, figure.end)

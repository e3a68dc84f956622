"""Figures: amounts of money, percentages and scaled quantities ("around 9 trillion yen ($63
billion)", "15%", "2.2 billion people"), with their value in units, unit or currency,
approximation, bounds and the period they cover."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from kb.draft import abbreviated_units, counts, figure_labels

# A number starts where no digit (or digit and separator) comes before it, and has at most 15
# digits on each side of its decimal point: a longer run of digits is no figure, and reading it
# from every digit would take time growing with the square of its length. A decimal comma only before a
# percentage or a scale, or a range's low bound: "3,5 per cent", "27,5 %", "€2,5 billion", "2,5-3,5 %" (not
# "1,000", nor a list: "1,5 and 7").
_DECIMAL_COMMA = r"\d{1,3},\d{1,2}(?!\d)(?=(?:(?:-|–| to | and )\d{1,3},\d{1,2})?"
_DECIMAL_COMMA += r"\s?(?:%|(?:per\s?cent|percent|pct|million|billion|trillion|mln|bln|bn)\b))"
_NUMBER = rf"(?<!\d)(?<!\d[.,])(?:{_DECIMAL_COMMA}|\d{{1,3}}(?:,\d{{3}}){{1,5}}(?:\.\d{{1,15}})?"
_NUMBER += r"|\d{1,15}(?:\.\d{1,15})?)"
_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a hundred": 100, "half a": 0.5,
    "a dozen": 12,  # a count: "a dozen vessels" (not "two dozen": counts.py)
    "a": 1,  # only with a scale or percentage: "a trillion yen", "a percentage point"
    "a quarter of a": 0.25, "three quarters of a": 0.75,  # "a quarter of a percentage point", "… of a million"
    "thirteen": 13, "fourteen": 14, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
# Tens with their units ("twenty-five percent", "thirty two billion"), and a half more ("two and a half billion").
_COMPOUND = rf"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:{_UNITS})\b|(?:{_UNITS}) and a half\b"
_WORD = r"(?i:" + _COMPOUND + "|" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")"
_SCALES = {"hundred": 2, "thousand": 3, "lakh crore": 12, "lakh": 5, "million": 6, "mn": 6, "mln": 6, "m": 6,
           "crore": 7, "billion": 9, "bn": 9, "bln": 9, "b": 9, "trillion": 12, "tn": 12, "trn": 12}  # fmt: skip
# A count's scales: "two hundred prisoners", "2.3bn people" (not "m", which may be metres: "a 100m sprint").
_WORD_SCALES = ("hundred", "thousand", "million", "billion", "trillion", "mn", "bn", "mln", "bln")
# "$3B", "$40M": a capital letter is a scale only right after the digits; "$16 bln", "10 mln bpd" (wire style).
_SCALE = r"(?i:hundred|thousand|lakh crore|lakh|million|crore|billion|trillion|mln|bln|trn)|mn|bn|tn|m(?=\b)|b(?=\b)"
_SCALE += r"|(?<=\d)[BM](?=\b)"
_SYMBOLS = {
    "us$": "USD", "u.s.$": "USD", "$": "USD", "c$": "CAD", "a$": "AUD", "nz$": "NZD", "hk$": "HKD", "s$": "SGD",
    "€": "EUR", "£": "GBP", "¥": "JPY", "usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY", "cny": "CNY",
    "rs": "INR", "rs.": "INR", "sdr": "XDR", "sdrs": "XDR", "rmb": "CNY", "inr": "INR", "krw": "KRW", "chf": "CHF",
    "zar": "ZAR", "tt$": "TTD", "j$": "JMD", "ec$": "XCD", "r": "ZAR", "n": "NGN", "sh": "KES", "tl": "TRY",
    "aud": "AUD", "cad": "CAD", "r$": "BRL", "nt$": "TWD", "rp": "IDR", "₹": "INR", "₩": "KRW", "₽": "RUB",
    "₺": "TRY", "₦": "NGN", "₱": "PHP", "ksh": "KES", "gh¢": "GHS", "gh₵": "GHS", "tk": "BDT",
    "tsh": "TZS", "ush": "UGX",
    "rm": "MYR", "฿": "THB", "₴": "UAH", "₸": "KZT", "₾": "GEL", "₫": "VND", "mx$": "MXN", "mex$": "MXN", "e£": "EGP",
}  # fmt: skip
# Other currencies' ISO codes before an amount: "ZMW 10 billion", "LKR 300 billion".
# Not COP (the Colombian peso's) nor SAR, which "COP29" and "Hong Kong SAR" would be.
_CODES = ("NGN", "GHS", "ZMW", "KES", "LKR", "PKR", "EGP", "MXN", "BRL", "ARS", "AED", "TRY", "RUB", "IDR",
          "VND", "THB", "MYR", "PHP", "SGD", "HKD", "NZD", "TWD", "BDT", "ETB", "UAH", "PEN", "CLP", "XOF", "DKK",
          "SEK", "NOK", "ISK", "PLN", "CZK", "HUF",
          # More of Africa's, the Gulf's, Asia's, Europe's and the Americas' (not MAD, BOB nor AMD: words and names).
          "UGX", "TZS", "RWF", "XAF", "TND", "DZD", "QAR", "KWD", "OMR", "BHD", "JOD", "ILS", "IQD", "IRR", "NPR",
          "MMK", "KHR", "KZT", "UZS", "AZN", "GEL", "RON", "BGN", "RSD", "UYU", "PYG", "DOP", "JMD", "MWK", "BWP",
          "MZN", "AOA", "SDG", "LBP", "MUR", "NAD", "LAK", "BYN", "MDL")  # fmt: skip
_SYMBOLS.update({code.lower(): code for code in _CODES})
_NAMES = {
    "dollar": "USD", "us dollar": "USD", "u.s. dollar": "USD", "euro": "EUR", "pound": "GBP",
    "pounds sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "won": "KRW", "rupee": "INR",
    "ringgit": "MYR", "baht": "THB", "peso": "MXN", "real": "BRL", "reais": "BRL", "ruble": "RUB",
    "rouble": "RUB", "franc": "CHF", "dong": "VND", "rial": "IRR", "rand": "ZAR", "naira": "NGN", "cedi": "GHS",
    "kwacha": "ZMW", "shilling": "KES", "rupiah": "IDR", "lira": "TRY", "riyal": "SAR", "dirham": "AED",
    "taka": "BDT", "sol": "PEN", "hryvnia": "UAH", "birr": "ETB", "zloty": "PLN", "mark": "DEM",
    "deutsche mark": "DEM", "deutschemark": "DEM", "d-mark": "DEM", "dlr": "USD", "special drawing right": "XDR",
    "krone": "NOK", "kroner": "NOK", "krona": "SEK", "kronor": "SEK", "kronur": "ISK", "koruna": "CZK", "forint": "HUF",
    "tenge": "KZT", "manat": "AZN", "lari": "GEL", "kyat": "MMK",
    "crown": "crowns", "dinar": "dinars",  # whose, the country of the figure says (figure_context.currency)
}  # fmt: skip
# A currency a country's adjective names: "50 billion Canadian dollars", "2 trillion Argentine pesos".
_QUALIFIED = {
    "canadian dollar": "CAD", "australian dollar": "AUD", "new zealand dollar": "NZD", "hong kong dollar": "HKD",
    "singapore dollar": "SGD", "taiwan dollar": "TWD", "taiwanese dollar": "TWD", "argentine peso": "ARS",
    "argentinian peso": "ARS", "chilean peso": "CLP", "colombian peso": "COP", "philippine peso": "PHP",
    "egyptian pound": "EGP", "lebanese pound": "LBP", "sudanese pound": "SDG", "pakistani rupee": "PKR",
    "sri lankan rupee": "LKR", "nepalese rupee": "NPR", "ugandan shilling": "UGX", "tanzanian shilling": "TZS",
    "cfa franc": "XOF", "saudi riyal": "SAR", "qatari riyal": "QAR", "iranian rial": "IRR", "peruvian sol": "PEN",
    # A country's abbreviation or nickname before its dollars: "125 billion NZ dollars", "3 billion HK dollars".
    "nz dollar": "NZD", "hk dollar": "HKD", "nt dollar": "TWD", "aussie dollar": "AUD", "kiwi dollar": "NZD",
    "malaysian ringgit": "MYR", "mexican peso": "MXN", "kenyan shilling": "KES", "ghanaian cedi": "GHS",
    "moroccan dirham": "MAD", "emirati dirham": "AED", "uae dirham": "AED", "omani rial": "OMR", "yemeni rial": "YER",
    "bangladeshi taka": "BDT", "mauritian rupee": "MUR", "namibian dollar": "NAD", "jamaican dollar": "JMD",
    "fijian dollar": "FJD", "brunei dollar": "BND", "zimbabwean dollar": "ZWL", "liberian dollar": "LRD",
    "syrian pound": "SYP", "south sudanese pound": "SSP", "uruguayan peso": "UYU", "dominican peso": "DOP",
    "cuban peso": "CUP", "rwandan franc": "RWF", "congolese franc": "CDF", "guinean franc": "GNF",
    "norwegian krone": "NOK", "danish krone": "DKK", "swedish krona": "SEK", "icelandic krona": "ISK",
    "norwegian kroner": "NOK", "danish kroner": "DKK", "swedish kronor": "SEK", "icelandic kronur": "ISK",
    "norwegian crown": "NOK", "danish crown": "DKK", "swedish crown": "SEK", "icelandic crown": "ISK",
    "czech crown": "CZK", "czech koruna": "CZK", "kuwaiti dinar": "KWD", "jordanian dinar": "JOD", "iraqi dinar": "IQD",
    "bahraini dinar": "BHD", "tunisian dinar": "TND", "algerian dinar": "DZD", "serbian dinar": "RSD",
    "libyan dinar": "LYD",
}  # fmt: skip
_QUALIFIER = (
    r"(?:Canadian|Australian|New Zealand|Hong Kong|Singapore|Taiwan|Taiwanese|Argentine|Argentinian|Chilean"
    r"|Colombian|Mexican|Philippine|Egyptian|Lebanese|Sudanese|British|Indian|Pakistani|Sri Lankan|Nepalese|Kenyan"
    r"|Ugandan|Tanzanian|CFA|Saudi|Qatari|Iranian|Peruvian|Japanese|Chinese|South Korean|Korean|Brazilian|Russian"
    r"|Turkish|Indonesian|Nigerian|Ghanaian|Zambian|South African|Swiss|Ukrainian|Ethiopian|Malaysian"
    r"|NZ|HK|NT|Aussie|Kiwi|Moroccan|Emirati|UAE|Omani|Yemeni|Bangladeshi|Mauritian|Namibian|Jamaican|Fijian"
    r"|Brunei|Zimbabwean|Liberian|Syrian|South Sudanese|Uruguayan|Dominican|Cuban|Rwandan|Congolese|Guinean"
    r"|Norwegian|Danish|Swedish|Icelandic|Czech|Kuwaiti|Jordanian|Iraqi|Bahraini|Tunisian|Algerian|Serbian|Libyan)"
)
_SYMBOL = (
    r"(?:US\$ ?|U\.S\.\$|C\$|A\$|NZ\$|HK\$|NT\$|S\$|R\$ ?|MX\$|Mex\$|E£|\$ ?|€ ?|£|¥|₹|₩|₽|₺|₦|₱|Rp ?|USD ?|EUR ?"
    r"|GBP ?|JPY ?|(?<![A-Za-z])RM ?|฿ ?|₴ ?|₸ ?|₾ ?|₫ ?"
    r"|CNY ?|GH[¢₵] ?|Tk ?|T[Ss]h ?|USh ?|TT\$|J\$|EC\$"
    r"|RMB ?|INR ?|KRW ?|CHF ?"
    # The rand's, naira's, Kenyan shilling's and lira's letters as their press writes them, only before a scale:
    # "R120 billion", "N9 trillion", "Sh300 billion", "TL 300 billion" (not "N95 masks", "R2 route").
    r"|(?<![\w$])(?:R|N|Sh|TL ?)(?=\d[\d.,]{0,20} ?(?:billion|million|trillion|bn|mn|tn)\b)"
    r"|ZAR ?|AUD ?|CAD ?|(?<![A-Za-z])Rs\.? ?|SDRs? ?|KSh ?|Ksh ?|(?:" + "|".join(_CODES) + r") ?)"
)
_CURRENCY = (
    r"(?:(?:US |U\.S\. )?dollars?|euros?|pounds?(?: sterling)?|yen|yuan|renminbi|won|rupees?|ringgit|baht|pesos?"
    r"|reais|real|rubles?|roubles?|francs?|dong|rials?|rand|naira|cedis?|kwacha|shillings?|rupiah|lira|riyals?"
    r"|dirhams?|taka|soles|sol|hryvnias?|birr|zloty|(?:Deutsche |D-)marks?|Deutschemarks?"
    r"|kron(?:e|er|a|or|ur)|korunas?|crowns?|forints?|dinars?|tenge|manats?|laris?|kyats?"
    # The wire's dollars and the IMF's unit, and a currency's code after its amount: "1.5 billion dlrs",
    # "200 million Special Drawing Rights", "5 billion USD" (the code in capitals only).
    r"|dlrs?|[Ss]pecial [Dd]rawing [Rr]ights|(?<!\b[Aa] )(?:USD|EUR|GBP|JPY|CNY|SDRs?|XDR|CHF|INR|KRW|AUD|CAD|"
    + "|".join(_CODES)
    + r")(?![\w$])"
    # "4.3 billion marks a year earlier", but not a verb: "2018 marks a decade", "1,000 marks the start".
    r"|(?<!(?:19|20)\d\d )marks(?! (?:the|its|their|his|her|this|that|our|another)\b)"
    # "a 400 mln mark deficit", but not a milestone: "passed the 1 million mark in May", "the 100,000 mark."
    r"|mark(?= (?!(?:of|in|on|at|to|for|from|by|and|or|the|a|an|this|that|last|next|was|is|with|as|than"
    r"|since)\b)[a-z]))"
)
_APPROX = (
    r"(?:around|about|some|nearly|almost|roughly|approximately|close to|an estimated|estimated|just over|just under"
    r"|more than|(?<!hand )(?<!hands )(?<!handed )(?<!handing )(?<!turned )(?<!turning )over"  # not "handed over 24"
    r"|at least|up to|as much as|as many as|as high as|less than|under|fewer than|below|above"
    r"|exceeding|upwards of)"
)
_VALUE = rf"(?P<number>{_NUMBER}|{_WORD}\b)(?:[ -]?(?P<scale>{_SCALE})\b)?"  # "Apc" is a word, no "a pc"
# Two years are no range's bounds: "5.4 percent for 2016 and 5.3 for 2017" (see _elided).
_NOT_YEARS = r"(?!(?:19|20)\d\d (?:and|to) )"
# Every figure starts with a letter, a digit or a currency sign: the lookahead that says so first
# spares the regular expression engine its alternatives at every other character.
START = r"(?=[\w$€£¥₹₩₽₺₦₱฿₴₸₾₫])"
FIGURE = re.compile(
    rf"{START}(?:\b(?P<approx>{_APPROX}) )?(?:(?:between |from )?{_NOT_YEARS}(?P<low>{_NUMBER})(?: (?:and|to) |-|–))?"
    rf"(?:(?P<symbol>{_SYMBOL})(?:(?P<low2>{_NUMBER})(?:-|–| to )(?=\d))?{_VALUE}"  # "$5-6 billion": a range
    rf"|\b{_VALUE.replace('number', 'n2').replace('scale', 's2')}"
    rf"(?:(?P<percent> ?%| ?-?percent\b|[ -]per[ -]?cent\b| ?pct\b| ?pc\b|[ -]percentage[ -]points?\b"
    rf"|[ -]basis[ -]points?\b| ?bps?\b)"
    rf"|(?:(?: of)? |(?<=[a-z])-)(?:(?P<qualifier>{_QUALIFIER}) )?(?P<currency>{_CURRENCY})\b"  # "1.5-trillion-yen"
    rf"|(?=(?P<joined>[ -])(?P<noun>[A-Za-z]+)|:|[.,;)]|$|°|C\b|{abbreviated_units.SHORT})))",
)
# Where a figure may start: a digit, or a number in words at a word's start or after a symbol
# ("USDten"). Most sentences have none, and this is much quicker to look for than FIGURE (the
# lookahead for a number word's first letter spares the engine its alternatives elsewhere).
_FIRST_LETTERS = "".join(sorted({word[0] for word in _WORDS}))
_MAY_HOLD = re.compile(rf"\d|(?=(?i:[{_FIRST_LETTERS}]))(?:\b|(?<=USD|EUR|GBP|JPY|CNY)|(?<=Rs)){_WORD}")
_CONVERTED = re.compile(rf"\s*\((?:about |around |or |roughly |some )?{_SYMBOL}\s?(?:{_NUMBER})(?: ?(?:{_SCALE}))?\)")
_NOT_UNITS = frozenset(
    [
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "and",
        "or",
        "the",
        "a",
        "an",
        "per",
        "this",
        "that",
        "with",
        "as",
        "than",
        "mark",  # a milestone: "passed the 1 million mark in May"
        "last",  # "2.9 million last season", "2 billion more"
        "more",
        "each",
        "annually",
        *("was", "were", "is", "are", "be", "been", "has", "have", "had", "will", "would", "could", "can", "may"),
        "next",
    ]
)
APPROXIMATE = frozenset({"around", "about", "some", "nearly", "almost", "roughly", "approximately", "close to",
                         "an estimated", "estimated", "just over", "just under"})  # fmt: skip
# Units of measure a quantity may be given in without a scale word ("346,000 tons").
MEASURE_UNITS = frozenset(
    {"tons", "tonnes", "metric", "barrels", "bushels", "bpd", "cents", "vehicles", "cubic", "gallons", "litres"}
    | {"liters", "kilograms", "kilogrammes"}
)
_LONGER_UNIT = re.compile(
    r"(?P<rest>[ -]tons|[ -]tonnes|(?:(?<=barrel)|(?<=barrels))[ -](?:a|per)[ -]day"
    r"|(?<=cubic) (?:metres|meters|feet))\b"
)
# A unit of measure in a compound before its noun: "a 1.5-million-barrel cut", "a 2-million-tonne quota".
_SINGULAR = {"barrel": "barrels", "tonne": "tonnes", "ton": "tons", "vehicle": "vehicles"}
# A count without a scale word, written with a thousands separator, and what it counts: "1,000
# prisoners", "over 1,600 secure vessel voyages" (up to three words, to the first plural), or a fact
# sheet's "304,223: The number of American companies exporting".
_COUNTED = re.compile(
    r" (?P<noun>(?:[a-z-]{2,20} ){0,2}?(?:[a-z-]{2,20}[a-z]s|people))\b"
    r"|: ?(?:The|the) number of (?:[A-Za-z-]{1,20} ){0,2}?(?P<named>[a-z-]{2,20}[a-z]s|people)\b"
)
# The scale a range's high bound gives its low one: "between $2 and $3 billion", "$5 to $6 billion".
_SHARED_SCALE = re.compile(rf"(?: and | to |-|–){_SYMBOL}{_NUMBER}[ -]?(?P<scale>{_SCALE})\b")
# A count's noun after a proper adjective: "3 million Chinese tourists", "1.2 million Canadian jobs".
_PROPER_THEN_COUNTED = re.compile(r" [A-Z][a-z]+ (?P<noun>[a-z]{2,20}s|people|children)\b")
_NOT_COUNTED = frozenset({"was", "has", "its", "his", "this", "thus", "across", "towards", "ones", "times", "others"})
LOWER = frozenset({"more than", "over", "at least", "above", "exceeding", "upwards of", "just over"})


@dataclass(frozen=True)
class Figure:
    value: str
    unit: str
    approximate: bool
    bound: str | None  # "lower" (at least), "upper" (up to) or None
    as_stated: str  # verbatim, with a converted amount in brackets when one follows
    start: int
    end: int
    converted: str | None = None


def decimal_string(number: str, scale: str | None) -> str:
    """An exact decimal string in units: ("9", "trillion") -> "9000000000000"."""
    digits = number.replace(",", "." if re.fullmatch(r"\d{1,3},\d{1,2}", number) else "")  # "3,5" is 3.5
    value = _in_words(number.lower()) if number[:1].isalpha() else Decimal(digits)
    value = value.scaleb(_SCALES[scale.lower()] if scale else 0)
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _in_words(number: str) -> Decimal:
    """A number written in words: "eight", "twenty-five", "two and a half"."""
    if number in _WORDS:
        return Decimal(str(_WORDS[number]))
    if number.endswith(" and a half"):
        return _in_words(number.removesuffix(" and a half")) + Decimal("0.5")
    tens, units = re.split(r"[- ]", number)
    return Decimal(_WORDS[tens] + _WORDS[units])


def _unit(match: re.Match[str]) -> str | None:
    if match.group("symbol"):
        return _SYMBOLS[match.group("symbol").strip().lower()]
    if match.group("percent"):
        said = match.group("percent")
        return "basis points" if "b" in said else "percentage points" if "point" in said else "percent"
    if match.group("currency"):
        if match.group("currency").removesuffix("s").isupper():  # "5 billion USD", "1.2 billion SDRs"
            return _SYMBOLS.get(match.group("currency").lower(), match.group("currency"))
        name = {"reais": "reais", "soles": "sol"}.get(match.group("currency").lower(), match.group("currency").lower())
        name = name.rstrip("s") if name != "reais" else name
        qualified = _QUALIFIED.get(f"{match.group('qualifier')} {name}".lower()) if match.group("qualifier") else None
        return qualified or _NAMES.get(name) or _NAMES.get(name.replace("us ", "").replace("u.s. ", ""), "USD")
    if match.group("noun") in ("MT", "mt") and match.group("joined") == " ":
        return "metric tons"  # "40,000 MT of wheat"
    noun = (match.group("noun") or "").lower()
    noun = _SINGULAR.get(noun, noun)  # "a 2-million-tonne quota", "the 944,000 tonne figure"
    if noun in MEASURE_UNITS:
        return noun  # a quantity in a unit of measure: "346,000 tons", "24 million metric tons"
    if match.group("joined") == "-":
        return None  # "a 10-year plan", "the 3-million-member union": no unit of measure
    if not noun or not match.group("s2") or match.group("s2").lower() not in _WORD_SCALES or noun in _NOT_UNITS:
        return None
    if counts.nationals(match.group("noun")):
        return match.group("noun")  # "2 million Gazans"
    return None if noun in _WORD_SCALES or match.group("noun").isupper() else noun  # not "2 billion USDT"


# A number whose unit the figure before it gives ("rose to 8.8 billion marks from 6.5 billion in
# February", "growth of 5.4 percent for 2016 and 5.3 for 2017"): a linking word, then up to four
# lowercase words before it, within the sentence.
_ELIDED_GAP = re.compile(
    r"(?:(?!\.\s)[^;!?]){0,60}?\b(?:from|and|to|versus|vs\.?|against|with|than|or|compared with)\s+"
    r"(?:[a-z-]+\s+){0,4}|(?:(?!\.\s)[^;!?]){0,160}?\b(?:another|a further|an additional)\s+"  # "… and another 31"
)
# A percentage's number alone: with a decimal point, before punctuation or a word of when or what.
_ELIDED_PERCENT_END = re.compile(r"\s*(?:[.,;)]|$|(?:for|in|from|at|by|on|this|last|next|a|the|and)\b)")


def _elided(text: str, match: re.Match[str], found: list[Figure], number: str | None, scale: str | None) -> str | None:
    """The unit a number without one shares with the figure just before it in its sentence (see
    _ELIDED_GAP): a scaled number an amount's or a quantity's ("6.5 billion"), a decimal one a
    percentage's ("5.3 for 2017"), a whole one a count's (see counts.again) — never a year or a ratio ("2.5
    times")."""
    if not found or not number or found[-1].unit in ("percentage points", "basis points"):
        return None
    previous = found[-1]
    if not _ELIDED_GAP.fullmatch(text, previous.end, match.start()):
        return None
    if previous.unit == "percent":
        decimal = "." in number and not scale and _ELIDED_PERCENT_END.match(text, match.end())
        return "percent" if decimal else None
    if counts.is_count(previous.unit) and not scale:  # "freed 120 prisoners on Sunday and 85 on Monday"
        return previous.unit if counts.again(text, number, match.end()) else None
    return previous.unit if scale else None


def _unit_and_end(text: str, match: re.Match[str], found: list[Figure]) -> tuple[str | None, int, bool]:
    """A figure's unit, where its words end, and whether its number may be written in words without a scale (a
    count or quantity of counts.py: "nine vessels", "two degrees"): its sign, percentage, currency or unit of
    measure, the noun a count counts, or the unit of the figure before it (see _elided)."""
    number, scale = match.group("number") or match.group("n2"), match.group("scale") or match.group("s2")
    unit, end = _unit(match), match.end() + (1 + len(match.group("noun")) if match.group("noun") else 0)
    scaled = match.group("noun") and (unit or match.group("s2"))
    proper = _PROPER_THEN_COUNTED.match(text, match.end()) if scaled else None
    if proper and proper.group("noun").lower() not in _NOT_COUNTED:
        return proper.group("noun"), proper.end(), False  # "2 million Ukrainian refugees": a count of refugees
    if unit is not None:
        return unit, end, False
    start = match.start("number" if match.group("number") else "n2")
    quantity = counts.quantity(text, number, start, match.end()) if number and not scale else None
    if quantity:
        return *quantity, True  # "163 prisoners", "nine vessels", "1,400 Houthi prisoners", "1.5C": see counts.py
    counted = _COUNTED.match(text, match.end()) if "," in (number or "") and not scale else None
    if counted and (counted.group("noun") or counted.group("named")).split()[-1] not in _NOT_COUNTED:
        unit = counted.group("named") or counted.group("noun")  # "1,000 prisoners": a count of prisoners
        return unit, counted.end() if counted.group("noun") else match.end(), False
    first = match.start("low") if match.group("low") else match.start()  # "launchers from 1,600 to 800"
    if number and not scale and (named := counts.number_of(text, number, first, match.end())):
        return named, match.end(), False  # "the number of detainees rose to 120": a count of detainees
    unit = _elided(text, match, found, number, scale)  # "from 6.5 billion in February": the figure before's unit
    return unit, match.end(), bool(unit and counts.is_count(unit))  # "… and two by Russian warplanes"


# A minus sign or word before a percentage: "-3.2%", "−0.5%", "minus 2 percent" (not a range's dash: "5-6%").
_MINUS = re.compile(r"(?:^|(?<=[\s(:]))(?:-|−|minus )$")
# "US$235.6 million", "about US $151.7 million", "in US dollar-denominated terms", "New Zealand dollars"
_DOLLAR_OF = re.compile(r"(?<!the )(?:[A-Z]{1,3}|U\.S\.) ?\$|(?:[A-Z][\w.]*[ -]){1,3}dollars?\b")


def dollar_of(text: str, at: int) -> bool:
    """Whether the country named at ``at`` only names a dollar ("US$", "NZ$", "HK$", "US dollar-denominated"): no party
    to a figure."""
    return bool(_DOLLAR_OF.match(text, at))


def figures(text: str, limit: int | None = None) -> list[Figure]:
    """Every figure in a piece of text, in order, or the first ``limit`` (and a little more: a range
    gives two, its bounds)."""
    found: list[Figure] = []
    high = False  # whether the next figure is the high bound of a range whose low bound shares its scale
    if not _MAY_HOLD.search(text):
        return found
    for match in FIGURE.finditer(text):
        if limit is not None and len(found) >= limit:
            break
        if (found and match.start() < found[-1].end) or text.endswith("per ", 0, match.start()):
            continue  # the amount converted in brackets after a figure; a rate's base: "$247 per 1,000 cubic meters"
        number, scale = match.group("number") or match.group("n2"), match.group("scale") or match.group("s2")
        short = abbreviated_units.after(text, match.end()) if number and not match.group("symbol") else None  # "40 bcm"
        short = short if short and not (scale and short.scale) else None
        unit, end, in_words = (short.unit, short.end, False) if short else _unit_and_end(text, match, found)
        scale = scale or (short.scale if short else None)
        if unit is None or figure_labels.labelled(text, match, end, scale):
            continue  # no unit, or a number that labels: "Article 12 of the Hostages Convention", "a $100 bill"
        if not number or (number[:1].isalpha() and not (match.group("percent") or scale or in_words)):
            continue
        longer = _LONGER_UNIT.match(text, end) if unit in MEASURE_UNITS else None  # "metric tons", "barrels a day"
        if longer:
            rest = longer.group("rest").replace("-", " ").split()
            unit, end = " ".join([unit, *rest]).replace(" a day", " per day"), longer.end()
        if unit in ("metric", "cubic", "b"):
            continue  # "metric" or "cubic" alone, "b" without "/d": no unit
        if unit == "bpd":  # "10 mln bpd"
            unit = "barrels per day"
        per = counts.rate(text, unit, end) if unit.islower() and not unit.startswith("percent") else None
        if per:
            unit, end = per  # "10 billion cubic meters a year", "500 aid trucks would enter the strip each day"
        # An amount in brackets after money is the same in another currency; after a percentage, a figure of its own.
        converted = _CONVERTED.match(text, end) if len(unit) == 3 and unit.isupper() else None
        stated_end = converted.end() if converted else end
        as_stated = text[match.start() : stated_end].strip()
        approx = (match.group("approx") or "").lower()
        bound = "lower" if approx in LOWER else ("upper" if approx and approx not in APPROXIMATE else None)
        conversion = converted.group().strip(" ()") if converted else None
        if high:  # the high bound of "between $2 and $3 billion"
            bound, high = bound or "upper", False
        shared = _SHARED_SCALE.match(text, match.end()) if match.group("symbol") and not scale else None
        if shared:  # "between $2 and $3 billion": the low bound in billions too
            scale, bound, high = shared.group("scale"), "lower", True
        value = decimal_string(number, scale)
        if unit in ("percent", "percentage points") and _MINUS.search(text, max(0, match.start() - 7), match.start()):
            value = f"-{value}"  # "growth of -3.2%", "minus 0.5 percentage points"
        if match.group("low") or match.group("low2"):
            low = decimal_string(match.group("low") or match.group("low2"), scale)
            falling = Decimal(low) > Decimal(value)  # "from 1,600 to 800": two levels, no range's bounds
            found.append(Figure(low, unit, False, None if falling else "lower", as_stated, match.start(), stated_end))
            bound = bound if falling else "upper"
        approximate = approx in APPROXIMATE
        found.append(Figure(value, unit, approximate, bound, as_stated, match.start(), stated_end, conversion))
    return found

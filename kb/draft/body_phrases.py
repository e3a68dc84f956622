"""How a speaker's phrase names a body (speakers.py reads them): at a body ("a fellow at Chatham House"), by what
it is of or for ("the Ministry of Energy and Mines", "the Federal Reserve Bank of New York" — never a person "Mines"
or "New York"), with a post and a name after it ("Ministry of Commerce spokesperson He Yadong"), a person of a body
("Foreign Minister Wang Yi of China", "Yeo Han-koo of the Ministry of Trade, Industry and Resources"), or by the
word its name ends with ("Al-Qahera News"); a document issued or owned ("a statement by the WTO", "LeBlanc’s
statement") and a body's name listing what it is of ("the Ministry of Investment, Trade and Industry")."""

from __future__ import annotations

import re

from kb.draft.countries import DEMONYMS
from kb.draft.lexicon import TITLE_HEADS

# A post or an unnamed speaker at a body: "a fellow at Chatham House", "a source at the European Commission".
HELD_AT = re.compile(
    r"(?P<post>.+?) at (?P<body>(?:[Tt]he )?[A-Z][\w’'.&-]*(?: (?:of |for |and )?[A-Z][\w’'.&-]*){0,5})"
)
# A body named by what it is of or for: "the Ministry of Energy and Mines", "Department for Business and Trade", "the
# Federal Reserve Bank of New York", "the American Chamber of Commerce", "the Islamic Republic of Iran" — never a
# person "New York", "Mines" or "Islamic Republic".
BODY_OF = re.compile(
    r"(?:[Tt]he )?(?:[A-Z][\w-]* ){0,3}(?:Ministry|Department|Office|Agency|Council|Committee|Bureau|Authority"
    r"|Secretariat|Directorate|Bank|Chamber|Institute|Commission|Board|Federation|Confederation|Association"
    r"|Fund|Court|University|Academy|Corporation|Society|Foundation|Centre|Center|Administration|Service"
    r"|Republic|Kingdom|State|Sultanate|Emirate|Duchy|Principality|Commonwealth|Chiefs|See)"  # a state's long form
    r" (?:of|for) (?:the )?[A-Z]"
)
_NO_POST = rf"(?!(?i:{'|'.join(sorted(TITLE_HEADS))})\b)"  # a post after a body's name: "… of Australia Governor"
BODY_ALONE = re.compile(BODY_OF.pattern + rf"[\w’'-]*(?:,? (?:and |of |the )*{_NO_POST}[A-Z][\w’'-]*)*")
POST_THEN_NAME = re.compile(
    r" (?P<post>[A-Za-z][\w-]*(?: [a-z][\w-]*){0,2}) (?P<name>[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){1,3})"
)
OF_BODY = re.compile(  # a body's portfolios listed: "Yeo Han-koo of the Ministry of Trade, Industry and Resources"
    r"(?P<who>.+?(?:[A-Z][a-z]+(?:-[a-z]+)?|[A-Z][a-z]+ [IVX]+)) (?:of|from) (?P<the>the )?"
    r"(?P<body>[A-Z][\w .’'-]{1,60}?(?:(?:, [A-Z][\w’'-]*)+,? and [A-Z][\w .’'-]{1,30})?)"
)


# A body's name by the word it ends with, never a person's: "Al-Qahera News", "the General Administration of Customs",
# "the paramilitary Rapid Support Forces".
BODY_ENDING = re.compile(
    r"(?:(?:(?:[Tt]he|[Aa]ccording to(?: the)?)(?: [a-z][\w-]+){0,2}"  # "the paramilitary …", "the state-run …"
    r"|(?P<owner>[A-Z][\w.-]*(?: [A-Z][\w.-]*)?)[’']s)\s)?"
    r"(?P<body>(?:[A-Z][\w’'.-]*\s(?:(?:of|for|and|the)\s)*){1,6}(?:News|Agency|Customs|Channel"
    r"|Television|TV|Radio|Times|Post|Herald|Chronicle|Gazette|Tribune|Institute|Association|Service|Forces|Army|Front"
    r"|Brigades|Division|Corporation|Company|Authority))"
)
# A paper's or a broadcaster's name after its noun, never a person's: "German daily Bild", "the newspaper Handelsblatt".
OUTLET = re.compile(
    r"(?:[Tt]he )?(?:[A-Z][\w-]* )?(?:[a-z-]+ )?(?:daily|newspaper|weekly|magazine|tabloid|broadcaster"
    r"|news agency|news website|news outlet|television|radio) (?P<body>[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3})"
)

# A document that speaks for the body issuing it: "An African Union (AU) statement", "a statement by the WTO".
ISSUED = re.compile(r"(?:(?i:an?|the) (?P<body>.+?)(?: \([A-Z]{2,8}\))? (?:joint )?(?:statement|communiqu[ée])|"
                    r"(?:(?i:an?|the|further|other|several|two|three) )(?:[a-z]+ ){0,2}"
                    r"(?:statement|communiqu[ée]|tweets?|posts?|messages?|press release)"
                    r" (?:(?:issued|released|posted|shared|published|sent) )?(?:by|from) (?P<by>.+))")  # fmt: skip
# A news agency or paper named before its noun, words in lower case before it: "the official Xinhua news agency", "the
# state-run Yonhap news agency" (not a nation's: "the Iranian news agency").
NAMED_OUTLET = re.compile(
    r"(?:[Tt]he )?(?:[a-z][\w-]* ){1,2}"
    rf"(?P<body>(?!(?:{'|'.join(re.escape(d) for d in DEMONYMS)})\b)[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*)?)"
    r" (?:news agency|newspaper|daily|broadcaster|news channel|television)"
)
# When or after what a document was issued, after its issuer: "… issued by the UN after the meeting", "… on Friday".
ISSUED_WHEN = re.compile(
    r",? (?:(?:after|following) (?:the|its|their|his|her|an?) [\w -]+|(?:(?:late|early) )?(?:on )?(?:Mon|Tues|Wednes"
    r"|Thurs|Fri|Satur|Sun)day\b.*|(?:yesterday|today|last night)\b.*"
    r"|on (?:\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+ \d{1,2})\b.*|late|early|earlier)$"  # "… late" before "on Friday""
)
# A person's own document, named by their possessive: "LeBlanc’s statement", "Dominic LeBlanc's written statement".
OWNED_DOCUMENT = re.compile(
    r"(?P<owner>[A-Z][\w-]+(?: [A-Z][\w-]+){0,2})[’']s (?:[a-z]+ )?(?:statement|letter|tweet|post|message)"
)
# A body's name that lists what it is of: "the Ministry of Investment, Trade and Industry" (no apposition).
LISTED = re.compile(r"\bof [A-Z][\w’'-]*(?:, [A-Z][\w’'-]*)+,? and [A-Z]")


def outlet(phrase: str) -> re.Match[str] | None:
    """A news outlet's name in a speaker's phrase, its noun before it ("German daily Bild") or after it ("the official
    Xinhua news agency"): its match, the name in the group "body"."""
    return OUTLET.fullmatch(phrase) or NAMED_OUTLET.fullmatch(phrase)

"""Words the patterns know: posts, countries and their adjectives, bodies, reporting verbs."""

from __future__ import annotations

from kb.draft.countries import COUNTRIES, names_of


def _words(text: str) -> list[str]:
    return text.split()


# Words that make up a post ("chief Brexit negotiator", "Treasury Secretary"), in lower case.
TITLE_WORDS = frozenset(
    _words(
        """
        president vice prime minister premier chancellor secretary secretary-general general
        undersecretary under-secretary deputy assistant state foreign trade treasury commerce finance
        economy economic economics industry agriculture energy climate environment defence defense
        interior home justice revitalization affairs international development representative ambassador
        envoy special negotiator negotiators mediator mediators facilitator chief lead top senior head director
        governor chair chairman chairwoman chairperson commissioner spokesman spokeswoman spokesperson speaker senator
        congressman congresswoman lawmaker official officials adviser advisor counsellor counselor king
        queen emir crown prince sheikh ruler commander lady mayor leader ambassador-at-large coordinator administrator
        principal executive ceo founder delegation delegate minister-president president-elect high
        policy security national economic-revitalization permanent member members mep mp pm fm eam external
        manager professor researcher fellow strategist
        author scientist economist analyst councillor councilor attorney solicitor
        taoiseach tánaiste
        """
    )
)
# Portfolios a post in lower case may hold before its title that are no title words themselves ("the country's fisheries
# minister"; capitalised, they may be a body's name: "The Fisheries Alliance").
PORTFOLIOS = frozenset(
    _words(
        """
        fisheries labour labor health education transport tourism mining petroleum investment culture
        infrastructure maritime immigration employment forestry information technology communications
        innovation science research enterprise business entrepreneurship sport sports planning resources
        mines water housing digital telecommunications supplies forests oceans intelligence
        natural advanced environmental rural urban regional industrial renewable mineral minerals food irrigation
        small export promotion
        """
    )
)
# The titles among TITLE_WORDS that name a post by themselves (the head of a title phrase).
TITLE_HEADS = frozenset(
    _words(
        """
        president minister premier chancellor secretary secretary-general representative ambassador
        envoy negotiator mediator facilitator chief head director governor chair chairman chairwoman chairperson
        commissioner general spokesman spokeswoman spokesperson speaker senator congressman congresswoman lawmaker
        official adviser advisor counsellor counselor king queen emir prince sheikh ruler mayor leader commander
        coordinator
        administrator ceo founder delegate mep mp pm fm eam manager professor researcher fellow strategist
        author scientist economist analyst councillor councilor attorney solicitor
        taoiseach tánaiste
        """
    )
)
HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "ambassador", "madam", "mr.", "mrs.", "ms.", "dr."}
    | {"baroness"}  # "Baroness Ashton"
    | {"sheikh", "prince"}  # "Prince Faisal bin Farhan", "Sheikh Mohammed": a style, no part of the name
    | {"datuk", "dato", "dato'", "dato’", "seri"}  # Malaysian styles: "Datuk Seri Mohamad Hasan"
    | {"shri", "smt", "shrimati"}  # Indian styles: "Shri Narendra Modi"
)

# Bodies that speak or take part: name -> aliases.
ORGANISATIONS: dict[str, tuple[str, ...]] = {
    "United Nations": ("UN", "U.N."),
    "World Trade Organization": ("WTO",),
    "Association of Southeast Asian Nations": ("ASEAN", "Asean"),
    "European Commission": ("the Commission", "EU executive"),
    "International Atomic Energy Agency": ("IAEA",),
    "International Monetary Fund": ("IMF",),
    "World Bank": (),
    "White House": (),
    "Downing Street": ("No 10", "Number 10"),
    "State Department": ("U.S. State Department", "US State Department"),
    "Kremlin": (),
    "State House": (),  # the presidency of Kenya, Uganda, Tanzania, Zambia, Nigeria …: no one called "House"
    "Cheong Wa Dae": ("Blue House",),  # South Korea's presidential office
    "European Parliament": (),
    "Group of 20": ("G20", "G-20"),
    "Group of Seven": ("G7", "G-7"),
    "Group of 77": ("G77", "G-77"),
    "United Nations Framework Convention on Climate Change": ("UNFCCC",),
    "African Union": ("AU",),
    "Paris Club": (),
    "OPEC": ("Organization of the Petroleum Exporting Countries", "Organisation of the Petroleum Exporting Countries"),
    "OPEC+": ("OPEC Plus",),
    "Comprehensive and Progressive Agreement for Trans-Pacific Partnership": ("CPTPP",),
    "Regional Comprehensive Economic Partnership": ("RCEP",),
    "Mercosur": ("MERCOSUR",),
    "Asian Development Bank": ("ADB",),
    "African Development Bank": ("AfDB",),
}
# News agencies, broadcasters and papers: bodies, never people, and never whose a figure is ("told Reuters").
NEWS_ORGANISATIONS: dict[str, tuple[str, ...]] = {
    "Kyodo News": ("Kyodo",), "Jiji Press": ("Jiji",), "NHK": (), "Nikkei": ("Nikkei Asia",),
    "Yomiuri Shimbun": ("The Yomiuri Shimbun", "Yomiuri"), "Asahi Shimbun": ("Asahi",),
    "Reuters": (), "Associated Press": ("AP",), "Agence France-Presse": ("AFP",), "Bloomberg": (),
    "Xinhua": ("Xinhua News Agency",), "Yonhap": ("Yonhap News Agency",), "CNN": (), "BBC": (), "CNBC": (),
    "Fox News": (), "Politico": ("POLITICO",), "Financial Times": ("FT",), "Wall Street Journal": ("WSJ",),
    "New York Times": (), "Washington Post": (), "The Guardian": ("Guardian",), "Axios": (),
    "Press Trust of India": ("PTI",), "IANS": (), "Tass": ("TASS",), "Al Jazeera": (), "Al Arabiya": (),
    "The Telegraph": ("Telegraph", "Daily Telegraph"), "The Times": (), "The Economist": ("Economist",),
    "Anadolu Agency": ("Anadolu",), "Bernama": (), "Antara": ("ANTARA",), "Kuwait News Agency": (),
    "Emirates News Agency": ("WAM",), "Saudi Press Agency": (), "Islamic Republic News Agency": ("IRNA",),
    "Associated Press of Pakistan": ("APP",), "Asian News International": (), "Interfax": (),
    "Deutsche Presse-Agentur": ("dpa",), "RIA Novosti": (), "Sputnik": (), "Prensa Latina": (),
    # never by initials that are a name or a word too, read in any case: "Ani", "Efe", "kuna", "spa", "AA" (a rating)
}  # fmt: skip
ORGANISATIONS.update(NEWS_ORGANISATIONS)
BODY_NAMES = names_of({**COUNTRIES, **ORGANISATIONS})  # every country's and body's name and other names, folded
# Bodies that lend to or are owed by a country: in a figure's clause they are its counterpart, never
# its subject ("the IMF approved SDR 293 million": the borrower's figure).
LENDERS = frozenset({"International Monetary Fund", "World Bank", "Paris Club", "Asian Development Bank",
                     "African Development Bank"})  # fmt: skip
# Offices that act for a country or union, whose figures are that country's or union's: "The European
# Commission's provisional duties of 17.4%" are the European Union's, "the White House's 10% tariff" the US's.
ACTS_FOR = {"White House": "United States", "State Department": "United States", "Downing Street": "United Kingdom",
            "Kremlin": "Russia", "Cheong Wa Dae": "South Korea", "European Commission": "European Union",
            "European Parliament": "European Union"}  # fmt: skip
# The countries whose own currency is a dollar, which a bare "$" in a text on their figures may stand for.
DOLLARS = {"Canada": "CAD", "Australia": "AUD", "New Zealand": "NZD", "Singapore": "SGD", "Hong Kong": "HKD",
           "Taiwan": "TWD"}  # fmt: skip
# The countries whose currency is a crown or a dinar, which "9.2 billion crowns" in a text on their figures names.
CROWNS = {"Norway": "NOK", "Sweden": "SEK", "Denmark": "DKK", "Iceland": "ISK", "Czech Republic": "CZK",
          "Faroe Islands": "DKK", "Greenland": "DKK"}  # fmt: skip
DINARS = {"Kuwait": "KWD", "Jordan": "JOD", "Iraq": "IQD", "Bahrain": "BHD", "Tunisia": "TND", "Algeria": "DZD",
          "Serbia": "RSD", "Libya": "LYD"}  # fmt: skip
# Groups of countries "the group", "the alliance", "the bloc" or "the cartel" may stand for.
GROUPINGS = frozenset({"European Union", "OPEC", "OPEC+", "Group of 20", "Group of Seven", "Group of 77",
                       "Association of Southeast Asian Nations", "African Union", "Mercosur", "Paris Club",
                       "Comprehensive and Progressive Agreement for Trans-Pacific Partnership",
                       "Regional Comprehensive Economic Partnership"})  # fmt: skip
# Words that join the parts of a name: "Ursula von der Leyen", "Luiz Inácio Lula da Silva".
NAME_PARTICLES = frozenset(
    {"von", "der", "van", "den", "de", "da", "di", "du", "del", "dos", "das", "la", "le", "bin", "al"}
)
NAME_PARTICLE_WORDS = "|".join(sorted(NAME_PARTICLES))  # the particles as a regular expression's alternatives
ARABIC_ARTICLE = r"(?:al|el|ad|ar|as|ash|at|az|ud|ul)-"  # before a name's part, of the name: "al-Jaafari", "el-Sisi"
# Capitalised words that never name a person by themselves ("The WTO Secretariat said": a body's, no one's).
NOT_NAMES = frozenset(
    _words(
        """
        monday tuesday wednesday thursday friday saturday sunday january february march april june july
        august september october november december i we you he she it they us photo file
        secretariat ministry department commission council committee agency bureau office presidency embassy
        directorate board parliament cabinet government administration media press organization organisation mission
        western eastern northern southern
        having being speaking addressing welcoming noting expressing stressing reiterating highlighting recalling
        responding commenting referring following
        however meanwhile moreover nevertheless furthermore additionally separately earlier later
        """
    )
)  # a participle or a connective opening its sentence is no one: "Having expressed …", "However, the embassy …"
# Words no one's name holds anywhere in it: a day's ("On November 4"), a dateline's ("Addis Ababa November 3, 2022"),
# with the months that are no one's name either (not "Theresa May").
NOT_IN_NAMES = frozenset(
    {"on", "since", "until", "january", "february", "march", "july", "september", "october", "november", "december"}
    | {"what", "which", "whatever", "whoever"}  # a quote's opening words: "What I can say …"
    | {"meets", "says", "holds", "tells", "urges", "warns", "vows", "hails", "welcomes", "receives", "discusses"}
    | {"is", "are", "was", "were", "has", "have"}  # a headline's: "Gaza Negotiations Are Ongoing"
    | {"lake", "sea", "gulf", "strait", "ocean", "peninsula"}  # a place's: "Lake Victoria", "Gulf Arab states"
)  # and a headline's verbs in capitals: "Li Zhaoxing Meets with Foreign Ministers of …"

# The last word of an official document's name or heading, which names no one: "Joint Communiqué",
# "Fact Sheet", "Joint Statement", "Interregional Association Agreement", "FOUR TRADE PRINCIPLES:" over a
# fact sheet's bullets.
DOCUMENT_NOUNS = frozenset(
    _words(
        """
        communiqué communique statement statements declaration sheet release memorandum order conclusions
        readout proclamation principles outcomes agreement treaty accord convention protocol initiative
        """
    )
)
# The last word of an occasion's name, which names no one: "Syrian Peace Talks", "G20 Summit" (but a forum or a
# conference may be a body: "the Pacific Islands Forum said").
OCCASION_NOUNS = frozenset({"talks", "negotiations", "summit", "meeting", "meetings", "dialogue", "ceremony"})
# Words before a document's noun that say what kind it is, not whose: "a brief statement", "the official readout".
DOCUMENT_KINDS = frozenset(
    {"joint", "official", "brief", "short", "written", "emailed", "formal", "own", "latest", "final", "terse"}
)

# Verbs that express a stance, reporting verbs too: their object is said ("expressed hope", "voiced deep concern").
STANCE_VERBS = frozenset({"expressed", "expresses", "voiced", "voices", "conveyed", "conveys"})
# Reporting verbs: a speaker's words follow or precede them.
SPEECH_VERBS = frozenset(
    _words(
        """
        said says say added adds told tells stressed stresses warned warns noted notes stated states
        explained explains declared declares insisted insists argued argues wrote writes tweeted tweets
        posted announced announces acknowledged acknowledges admitted admits claimed claims denied
        denies urged urges asked asks replied replies responded responds confirmed
        confirms commented comments remarked remarks recalled recalls reiterated reiterates emphasised
        emphasized emphasises emphasizes suggested suggests predicted predicts cautioned cautions
        conceded concedes pledged pledges vowed vows described describes called calls mused quipped
        lamented complained complains boasted hailed praised lauded dismissed dismisses denounced
        rejected rejects issued issues reported reports promised promises accepted accepts reads
        asserted asserts contended contends affirmed affirms reaffirmed reaffirms underlined underscored
        countered retorted observed
        exclaimed criticised criticized criticises criticizes maintained maintains recounted signalled
        signaled revealed disclosed alleged alleges protested objected demanded demands
        condemned condemns accused accuses blamed blames joked answered answers assured assures
        panned slammed blasted branded labelled labeled termed decried derided lambasted
        characterised characterized read
        mentioned mentions clarified clarifies indicated indicates opined elaborated
        highlighted echoed hinted pleaded proclaimed testified wondered fumed scoffed reckoned reckons
        posts laments quips muses underlines underscores counters retorts observes exclaims recounts discloses
        opines elaborates
        """
    )
).union(STANCE_VERBS)
# Reporting verbs of two words, a verb and its particle: "he pointed out", "she spelled out".
PHRASAL_SPEECH_VERBS = {
    "pointed": "out", "points": "out", "spelled": "out", "spelt": "out", "spells": "out",
    "shot": "back", "shoots": "back", "fired": "back", "fires": "back", "hit": "back", "hits": "back",
    "spoke": "of", "speaks": "of", "talked": "of",
}  # fmt: skip
# Words that may stand between a speaker and the reporting verb: "Barnier also said".
VERB_FILLERS = frozenset(
    _words(
        """
        also later earlier then today yesterday tonight reportedly previously separately further
        again has had have was were
        would will is had've once repeatedly publicly privately recently quickly simply only just merely
        meanwhile however too instead nevertheless likewise
        """
    )
)
PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them"})
# Nouns that make an unnamed speaker: "a government source", "analysts", "two diplomats".
SOURCE_NOUNS = frozenset(
    _words(
        """
        source sources official officials diplomat diplomats spokesman spokeswoman spokesperson analyst
        analysts expert experts person people aide aides negotiator negotiators delegate delegates
        economist economists observer observers insider insiders minister ministers lawmaker lawmakers
        statement report government ministry officer adviser advisers advisor advisors executive
        executives participant participants member members envoy envoys group groups committee
        creditors bondholders lenders investors mediators campaigners activists office embassy ally allies
        side politician politicians banker bankers lawyer lawyers technocrat technocrats
        agency broadcaster newspaper daily outlet channel television radio
        readout readouts communique communiqué declaration letter
        secretariat commission council board bureau presidency directorate department service
        """
    )
)

# Words that open a sentence without being a name: "And Barnier …" is not a person "And Barnier".
OPENERS = frozenset(
    _words(
        """
        and but with the a an in on at for after before when while as if both either neither
        so yet then also meanwhile however moreover nevertheless furthermore additionally separately earlier later
        speaking asked calling under since by from to of this today yesterday tonight
        that these those it its there here
        what how why where
        """
    )
)

# The time zones of the cities a dateline names ("TOKYO, April 18 (Kyodo) -"), by the city in capitals.
DATELINE_ZONES = {
    "TOKYO": "Asia/Tokyo", "OSAKA": "Asia/Tokyo", "WASHINGTON": "America/New_York", "NEW YORK": "America/New_York",
    "CHICAGO": "America/Chicago", "LOS ANGELES": "America/Los_Angeles", "SAN FRANCISCO": "America/Los_Angeles",
    "OTTAWA": "America/Toronto", "TORONTO": "America/Toronto", "MEXICO CITY": "America/Mexico_City",
    "BRASILIA": "America/Sao_Paulo", "SAO PAULO": "America/Sao_Paulo", "BUENOS AIRES": "America/Argentina/Buenos_Aires",
    "MONTEVIDEO": "America/Montevideo", "ASUNCION": "America/Asuncion", "LONDON": "Europe/London",
    "DUBLIN": "Europe/Dublin", "BRUSSELS": "Europe/Brussels", "PARIS": "Europe/Paris", "BERLIN": "Europe/Berlin",
    "FRANKFURT": "Europe/Berlin", "GENEVA": "Europe/Zurich", "VIENNA": "Europe/Vienna", "ROME": "Europe/Rome",
    "MADRID": "Europe/Madrid", "LUXEMBOURG": "Europe/Luxembourg", "STRASBOURG": "Europe/Paris",
    "MOSCOW": "Europe/Moscow", "BAKU": "Asia/Baku", "TEHRAN": "Asia/Tehran", "DUBAI": "Asia/Dubai",
    "NEW DELHI": "Asia/Kolkata", "MUMBAI": "Asia/Kolkata", "BEIJING": "Asia/Shanghai", "SHANGHAI": "Asia/Shanghai",
    "HONG KONG": "Asia/Hong_Kong", "TAIPEI": "Asia/Taipei", "SEOUL": "Asia/Seoul", "SINGAPORE": "Asia/Singapore",
    "HANOI": "Asia/Ho_Chi_Minh", "BANGKOK": "Asia/Bangkok", "JAKARTA": "Asia/Jakarta", "MANILA": "Asia/Manila",
    "KUALA LUMPUR": "Asia/Kuala_Lumpur", "CANBERRA": "Australia/Sydney", "SYDNEY": "Australia/Sydney",
    "WELLINGTON": "Pacific/Auckland", "JOHANNESBURG": "Africa/Johannesburg", "NAIROBI": "Africa/Nairobi",
}  # fmt: skip

# Verbs of thinking, hoping or judging: a quote after them is their subject's ("Novak believes the deal 'is …'").
THINKING_VERBS = frozenset(
    _words(
        """
        believes believed thinks thought hopes hoped expects expected fears feared feels sees regards
        regarded considers considered welcomed welcomes agreed agrees doubts doubted
        """
    )
)
# States of mind after a form of *be*: "Osei is confident the talks will 'end well'".
ATTITUDES = frozenset(
    _words("confident optimistic hopeful convinced sure adamant certain pessimistic sceptical skeptical upbeat")
)

# Words in -ly that name no manner of speaking: "a close ally said" has no adverb before its verb.
NOT_MANNER = frozenset({"ally", "allies", "family", "assembly", "supply", "anomaly", "monopoly", "rally", "italy"})

# A body an armed or political group is called by once named: "Hamas said …", then "the group said".
GROUP_NOUNS = frozenset({"group", "movement", "militia"})

# Words that own the noun after them ("their remarks"), and words before a plural that make a noun of a reporting
# verb's form in -s ("both states", "the notes", "member states").
OWNERS = frozenset({"his", "her", "their", "its", "our", "my", "your"})
COUNTING = frozenset({"the", "both", "all", "these", "those", "member", "two", "three", "several", "many", "other"})
# Words that open an inclusion between speakers and their verb, read over as a relative clause is: "Small island
# states, including Tuvalu and Fiji, called", "The lenders, such as the big pension funds, described".
INCLUSIONS = frozenset({"including", "such", "notably", "especially", "particularly"})


# Two speaking as one, "the two countries", "both sides": the nouns of two bodies, and of two people ("the two
# ministers", "both leaders") — whom "they" may stand for (reader.py, pair_said.py).
PAIRED_BODIES = frozenset(
    {"countries", "sides", "governments", "nations", "delegations", "parties", "ministries", "states"}
)
PAIRED_PEOPLE = frozenset(
    {"ministers", "leaders", "men", "women", "presidents", "negotiators", "envoys", "counterparts"}
)
PAIRED_NOUNS = PAIRED_BODIES | PAIRED_PEOPLE


# Regions a post may be for, as a country may ("senior advisor for Africa Massad Boulos"), and regions of two words,
# never a name ("Director Middle East and Central Asia Department Jihad Azour").
REGIONS = frozenset({"Africa", "Europe", "Asia", "Americas", "Oceania", "Arctic", "Caribbean", "Pacific", "Balkans"})
REGION_NAMES = frozenset(
    {"Middle East", "Central Asia", "East Asia", "South Asia", "Southeast Asia", "Latin America", "North Africa",
     "West Africa", "East Africa", "Southern Africa", "Western Hemisphere", "Central America", "South America",
     "Middle Eastern", "Central Asian", "East Asian", "South Asian", "Southeast Asian", "Latin American",
     "North African", "West African", "East African", "Central American", "South American", "Asian", "African",
     "South Caucasus", "North Caucasus", "Caucasus", "Horn of Africa", "Sahel", "Levant", "Maghreb", "Indo-Pacific",
     "Asia-Pacific"}
)  # fmt: skip

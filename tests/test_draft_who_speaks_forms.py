"""kb draft: a catalogue of the ways English news, transcripts and releases name who speaks, and resolve a later
mention to them — each form in words of its own, with names of people, posts, countries and bodies from many
regions — and the near-misses that name no speaker: the person spoken about, a name in the quote, a day, a
month or a place that looks like a name, a byline, a photo credit, a newspaper. Each case asserts the drafted
speaker (an entity's key, or the description) and the people drafted, so that no one is invented. Texts
written for these tests."""

from __future__ import annotations

import pytest
from drafting import of_type

from kb.draft import draft_text
from kb.draft.known import Known


def drafted(text: str) -> tuple[list[str], list[str], list[tuple[str, str]]]:
    """The speakers of the statements drafted from ``text`` (a key, or a description), the names of the
    people drafted, and the kind and name of every other entity drafted."""
    known = Known()
    known.learn({"type": "entity", "key": "talks", "kind": "negotiation", "name": "The talks"})
    payloads = draft_text(text, "2025-04-18", "SOURCE", "talks", known).payloads
    said = [s.get("speaker") or s["speaker_description"] for s in of_type(payloads, "statement")]
    entities = of_type(payloads, "entity")
    people = [e["name"] for e in entities if e["kind"] == "person"]
    return said, people, [(e["kind"], e["name"]) for e in entities if e["kind"] != "person"]


NAMED = [
    # a name and a post, in every order
    ("Ngozi Adeyemi, Nigeria's trade minister, said the offer was “a step forward”.", "ngozi-adeyemi"),
    ("Kenya's finance minister Wanjiru Mwangi said the loan terms were “too harsh”.", "wanjiru-mwangi"),
    ("Trade Minister Rafael Quintero said the tariffs would stay “for now”.", "rafael-quintero"),
    ("“We are not there yet,” said Deputy Prime Minister Hana Dvorakova.", "hana-dvorakova"),
    ("Foreign Minister Lars Eklund of Sweden told reporters the vote was “a disgrace”.", "lars-eklund"),
    ("Indonesian Foreign Minister Retno Sari said the region needed “calm heads”.", "retno-sari"),
    ("“The deal is dead,” says Amara Okafor, a trade lawyer in Lagos.", "amara-okafor"),
    ("“We will see,” says Prime Minister Tevita Fonua.", "tevita-fonua"),
    ("Ayesha Rahman told the Senate the accord was “unenforceable”.", "ayesha-rahman"),
    ("“There is no plan B,” said Ewa Nowak, the Polish deputy prime minister.", "ewa-nowak"),
    ("Farida Haidari, Afghanistan's envoy to the UN, added that women were “excluded”.", "farida-haidari"),
    ("Kofi Asante (Ghana) said the fund was “an empty shell”.", "kofi-asante"),
    ("Former Prime Minister Malcolm Tern said the deal was “a mistake”.", "malcolm-tern"),
    ("Beatriz Moura, president of the Central Bank of Brazil, said inflation was “under control”.", "beatriz-moura"),
    ("“It is a trap,” Olga Petrenko, the deputy speaker, said.", "olga-petrenko"),
    ("“Trade is not a weapon.” — Rahul Varma", "rahul-varma"),
    # who someone is, in an apposition or a clause between the name and the verb
    ("A spokesman for the foreign ministry, Nasser Kanaani, said Tehran was “ready to talk”.", "nasser-kanaani"),
    ("Celeste Moreau, who leads France's delegation, said the text was “unbalanced”.", "celeste-moreau"),
    ("Tanvir Hossain, speaking for the Group of 77, said poor nations had been “ignored”.", "tanvir-hossain"),
    ("“We need a vote,” said Kwabena Osei, who chairs the finance committee.", "kwabena-osei"),
    ("Nguyen Van Thanh, speaking through an interpreter, said Hanoi wanted “no conflict”.", "nguyen-van-thanh"),
    ("Stephane Dujarric, a spokesman for the UN secretary-general, said aid was “blocked”.", "stephane-dujarric"),
    ("“We are at a turning point,” said Aarav Mehta, a Delhi-based trade analyst.", "aarav-mehta"),
    ("Erdogan's spokesman Ibrahim Kalin said Turkey would “not be a party” to it.", "ibrahim-kalin"),
    # the venue, the day and the manner of speaking around the verb
    ("Sergio Mattarelli told reporters in Rome that the deal was “fragile”.", "sergio-mattarelli"),
    ("Isabel Ferraz said Tuesday that the offer was “a good start”.", "isabel-ferraz"),
    ("“We are not in a hurry,” Adebayo Ogun told Reuters.", "adebayo-ogun"),
    ("Jacinta Ruru said in an interview that the treaty was “a living document”.", "jacinta-ruru"),
    ("Foreign Minister Radek Sikorski wrote on X that Moscow's offer was “a farce”.", "radek-sikorski"),
    ("Asked whether a deal was near, Youssef Haddad said: “Not this week.”", "youssef-haddad"),
    ("Tariq Mahmood was quoted as saying the talks were “a waste of time”.", "tariq-mahmood"),
    ("The deal is “all but done”, according to Chilean negotiator Sofia Araya.", "sofia-araya"),
    ("The talks were “tense”, according to Omar Farouk, Egypt's deputy foreign minister.", "omar-farouk"),
    # names of many shapes: particles, hyphens, initials, East Asian order, one word
    ("Saudi Energy Minister Abdulaziz al-Faisal said output would be cut “gradually”.", "abdulaziz-al-faisal"),
    ("“Oman stands ready,” said Sayyid Badr bin Hamad Al Busaidi.", "sayyid-badr-bin-hamad-al-busaidi"),
    ("Chief negotiator Paulo de Almeida said Brazil wanted “a balanced text”.", "paulo-de-almeida"),
    ("Dutch Finance Minister Sanne van der Berg said the rules were “too loose”.", "sanne-van-der-berg"),
    ("“We owe it to the next generation,” said Marie-Claire Dubois-Lefevre.", "marie-claire-dubois-lefevre"),
    ("U.S. Trade Representative Thomas R. Hale said the talks were “productive”.", "thomas-r-hale"),
    ("Deputy Minister Nguyen Thi Thanh Ha said Vietnam was “ready to talk”.", "nguyen-thi-thanh-ha"),
    ("“Indonesia will not be bullied,” said President Suharyo.", "suharyo"),
    ("“Qatar will keep mediating,” said Sheikh Tamim bin Hamad Al Thani.", "tamim-bin-hamad-al-thani"),
    ("Lt. Gen. Ahmed Sharif said the army would “stay neutral”.", "ahmed-sharif"),
    # a place, a day or a month before the speaker, no part of their name
    ("In March, Trade Minister Olu Bakare said the deal was “close”.", "olu-bakare"),
    ("In Jakarta, Trade Minister Budi Santoso said the duties were “unfair”.", "budi-santoso"),
    ("In Geneva, Amina Diallo said the talks were “on track”.", "amina-diallo"),
    ("Monday’s talks were “useful”, Carlos Mendez said.", "carlos-mendez"),
    ("“We will return in May,” said envoy Jorge Salas.", "jorge-salas"),
    # a newspaper or a broadcaster spoken to, and a byline or a credit, are no speakers
    ("Foreign Minister Sergei Volkov told The Moscow Times the sanctions were “theatre”.", "sergei-volkov"),
    ("Hussein Omar told Al Jazeera the ceasefire was “fragile”.", "hussein-omar"),
    ("Speaking to the Straits Times, Lee Hsien Wei said Singapore was “neutral”.", "lee-hsien-wei"),
    ("By Maria Gonzalez\nMADRID — Spain's economy minister, Carlos Cuerpo, said growth would be “robust”.",
     "carlos-cuerpo"),
    ("Photo: Kenji Watanabe/Reuters\nJapan's chief negotiator Hiroshi Tanaka said the gap was “narrowing”.",
     "hiroshi-tanaka"),
    ("Gustavo Rey said the tariff was “unfair”.\n(Reporting by Jane Moss in Lima; Editing by Tom Reed)",
     "gustavo-rey"),
    ("“We will retaliate,” said Li Qiang.\nWriting by Paul Hart; Editing by Sarah Kim", "li-qiang"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "who"), NAMED)
def test_a_speaker_named_in_each_form_is_that_person_and_no_one_else(text, who):
    said, people, _ = drafted(text)
    assert said == [who]
    assert len(people) == 1


LATER = [
    # a later mention by surname, by an honorific and the surname, by a post or a calling
    ("President Julio Barrientos arrived in Lima on Monday. “We came to listen,” Barrientos said.", "julio-barrientos"),
    ("Finance Minister Oleksandr Marchenko met creditors. “Time is short,” Mr Marchenko said.",
     "oleksandr-marchenko"),
    ("Finance Minister Oleksandr Marchenko met creditors. “Time is short,” Mr. Marchenko said.",
     "oleksandr-marchenko"),
    ("Trade envoy Priya Nair flew to Geneva. Ms Nair said India would “hold firm”.", "priya-nair"),
    ("Agriculture Minister Grace Mensah opened the fair. “Farmers come first,” Mrs Mensah said.", "grace-mensah"),
    ("The WHO's chief scientist, Kwame Boateng, spoke after the vote. “The science is clear,” Dr Boateng said.",
     "kwame-boateng"),
    ("Trade Minister Aiko Sato spoke on Monday. “We want a fair deal,” Ms. Sato said.", "aiko-sato"),
    ("South Korean envoy Kim Min-ho arrived in Geneva. “We hope to close soon,” Mr. Kim said.", "kim-min-ho"),
    ("Chinese Vice Premier Liu Wenbo met the delegation on Friday. “We want stability,” Liu said.", "liu-wenbo"),
    ("South Korea's trade minister Ahn Duk-geun flew to Washington. Ahn said Seoul was “hopeful”.", "ahn-duk-geun"),
    ("Prime Minister Narendra Modi arrived in Tokyo. “India and Japan are friends,” Modi said.", "narendra-modi"),
    ("Energy Minister Faisal Al-Harbi met his counterparts on Sunday. “Supply is ample,” the minister said.",
     "faisal-al-harbi"),
    ("Commerce Department official Dana Whitfield briefed reporters. “Nothing is agreed,” the official said.",
     "dana-whitfield"),
    ("President Aleksandar Vucic met the envoys on Tuesday. The president told reporters Serbia would “never"
     " accept” it.", "aleksandar-vucic"),
    ("Foreign ministry spokeswoman Mao Ling spoke at a briefing. The spokeswoman said China was “firmly opposed”.",
     "mao-ling"),
    ("Government spokesman Jan Novotny briefed reporters. “We are ready,” the spokesman said.", "jan-novotny"),
    ("Prime Minister Narendra Modi arrived in Tokyo. The Indian leader said the visit was “historic”.",
     "narendra-modi"),
    ("Andrzej Kowal has led the union since 2010. The 71-year-old said the strike was “a last resort”.",
     "andrzej-kowal"),
    ("Former President Ellen Sirleaf arrived on Monday. The former president said peace was “within reach”.",
     "ellen-sirleaf"),
    ("Finance Minister Pedro Alves presented his budget. The minister said it was “honest”.", "pedro-alves"),
    # a pronoun: the subject before it, or the one the text shows to be of its sex
    ("Zhang Wei, China's vice commerce minister, met the US team. He said the talks were “candid”.", "zhang-wei"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "who"), LATER)
def test_a_later_mention_is_the_person_named_before(text, who):
    said, people, _ = drafted(text)
    assert said == [who]
    assert len(people) == 1


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Helga Brandt said the talks had “stalled”. Brandt added that a new round was “unlikely”.",
         ["helga-brandt", "helga-brandt"]),
        ("Chinese Foreign Minister Wang Yi said Beijing would “never yield”. Wang added that the door was “open”.",
         ["wang-yi", "wang-yi"]),
        ("“We will respond,” said Kim Yo Jong, the sister of the leader. Kim called the drills “reckless”.",
         ["kim-yo-jong", "kim-yo-jong"]),
        ("Ursula Brandt said Pedro Alves had been “helpful”. “We are grateful,” she added.",
         ["ursula-brandt", "ursula-brandt"]),
    ],
)  # fmt: skip
def test_the_same_speaker_named_again_is_one_person(text, who):
    said, people, _ = drafted(text)
    assert said == who
    assert len(people) == 1


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Ms Anna Lind met Mr Pedro Alves on Monday. “We have a deal,” she said.", "anna-lind"),
        ("Mr Pedro Alves met Ms Anna Lind on Monday. “We have a deal,” he said.", "pedro-alves"),
        ("Prime Minister Kenji Sato met Finance Minister Yuki Mori. The prime minister said the budget was “fair”.",
         "kenji-sato"),
    ],
)  # fmt: skip
def test_of_two_people_the_one_the_pronoun_or_the_post_fits(text, who):
    said, _, _ = drafted(text)
    assert said == [who]


@pytest.mark.parametrize(
    ("last", "who"),
    [
        ("On Monday, Novak listed issues he said were on the table: “We are talking about territory.”", "tomas-novak"),
        ("Asked about Novak’s offer, he said: “We are talking about territory.”", "pedro-alves"),
    ],
)  # fmt: skip
def test_a_pronoun_after_a_surname_in_its_own_sentence_stands_for_that_person_not_the_last_speaker(last, who):
    text = (
        "The talks were a step in President Tomas Novak’s effort to end the war. "
        f"Minister Pedro Alves said earlier that no documents would be signed. {last}"
    )
    said, _, _ = drafted(text)
    assert sorted(said) == sorted(["pedro-alves", who])  # Alves's words, then the ones after the colon


@pytest.mark.parametrize(
    ("met", "who"),
    [
        ("President Ana Lind met President Tomas Novak in Oslo on Monday.", "The Chilean president"),
        ("Chilean President Ana Lind met Peruvian President Tomas Novak in Oslo on Monday.", "ana-lind"),
        ("Peruvian President Tomas Novak met Chilean President Ana Lind in Oslo on Monday.", "ana-lind"),
    ],
)
def test_a_post_of_a_country_is_the_holder_the_text_places_there_and_no_one_when_it_places_none(met, who):
    said, _, _ = drafted(f"{met} The Chilean president said the talks were “productive”.")
    assert said == [who]


@pytest.mark.parametrize(
    ("first", "then"),
    [("a Chilean official", "the official"), ("a spokesperson for Prime Minister Tomas Novak", "the spokesperson")],
)
def test_the_official_after_an_official_spoke_is_that_unnamed_official_not_someone_named_later(kb, first, then):
    text = (
        f"On Thursday, {first} said both countries were negotiating a broad deal.\n\n"
        f"“We want to address it comprehensively,” said {then}.\n\n"
        "Trade economist Ana Lind said both sides see value in a deal.\n"
    )
    payloads = draft_text(text, "2025-04-18", "SOURCE", "talks", Known()).payloads
    said = {s["text"][:10]: (s.get("speaker") or s["speaker_description"], s.get("occurred_at")) for s in
            of_type(payloads, "statement")}  # fmt: skip
    assert said["We want to"] == (then, "2025-04-17")


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Trade Minister Ana Lind met Prime Minister Tomas Novak on Monday. The minister said the talks were “useful”.",
         "ana-lind"),
        ("President Ana Lind met Vice President Tomas Novak on Monday. The president said the talks were “useful”.",
         "ana-lind"),
        ("Prime Minister Ana Lind met Deputy Prime Minister Tomas Novak. The prime minister said it was “useful”.",
         "ana-lind"),
    ],
)  # fmt: skip
def test_a_post_is_no_other_post_that_holds_its_word(text, who):
    said, _, _ = drafted(text)
    assert said == [who]


@pytest.mark.parametrize("post", ["The DG", "The PM", "The envoy"])
def test_a_post_s_initials_before_a_name_between_commas_are_its_post(post):
    said, people, _ = drafted(f"{post}, Ms Ana Lind, said that, “We are working closely with the chair.”")
    assert (said, people) == (["ana-lind"], ["Ana Lind"])


def test_a_speaker_after_the_verb_that_ends_the_sentence_reports_the_clause_before_it(kb):
    said, people, _ = drafted("The talks stalled, said Ana Lind.")
    assert (said, people) == (["ana-lind"], ["Ana Lind"])


@pytest.mark.parametrize(
    "text",
    [
        "Chile satisfied with results of talks in Lima, says head of Peruvian delegation",  # a headline: the lede's
        "The talks stalled, said Ana Lind to the members of the committee gathered in the capital for the vote.",
        "As the minister said, the talks stalled.",
    ],
)
def test_no_speaker_after_the_verb_in_a_headline_or_before_more_words(text):
    said, _, _ = drafted(text)
    assert "ana-lind" not in said and not any("delegation" in who for who in said)


UNNAMED = [
    ("“The talks are stuck,” said an official who declined to be named.", "an official"),
    ("A person familiar with the talks said the sides were “far apart”.", "A person familiar with the talks"),
    ("Diplomats said the draft was “dead in the water”.", "Diplomats"),
    ("A senior EU official, speaking on condition of anonymity, said Brussels would “not blink”.",
     "A senior EU official"),
    ("A spokeswoman for the European Commission said the rules were “clear”.",
     "A spokeswoman for the European Commission"),
    ("An EU diplomat said the text was “almost there”.", "An EU diplomat"),
    ("Two sources said the deal was “imminent”.", "Two sources"),
    ("One Western diplomat, who asked not to be identified, said the talks were “on life support”.",
     "One Western diplomat"),
    ("A senior administration official told reporters on a call that the tariffs would be “temporary”.",
     "A senior administration official"),
    ("People with knowledge of the matter said the bank was “close to a decision”.",
     "People with knowledge of the matter"),
    ("The offer is “final”, according to people familiar with the matter.", "people familiar with the matter"),
    ("A government source told the BBC the plan was “dead”.", "A government source"),
    ("Sources close to the negotiations said a deal was “days away”.", "Sources close to the negotiations"),
    ("U.S. officials said the proposal was “a non-starter”.", "U.S. officials"),
    ("“The door remains open,” the ministry's spokesperson said on Tuesday.", "the ministry's spokesperson"),
    ("“The tariffs are illegal,” the Chinese commerce ministry said in a statement.",
     "the Chinese commerce ministry"),
    ("The talks were “frank”, according to a statement from Japan’s foreign ministry.", "Japan’s foreign ministry"),
    ("“Trump is wrong,” the minister said.", "the minister"),
    ("Members of the European Parliament said the deal was “a disaster”.", "Members of the European Parliament"),
    ("“It is a disaster,” said members of the European Parliament.", "members of the European Parliament"),
    ("Four South American and European sources involved in the talks said the deal was done.",
     "Four South American and European sources involved in the talks"),
    ("Brazilian and Argentine officials said the deal would be signed next year.",
     "Brazilian and Argentine officials"),
    ("The talks stalled in May, according to the Ministry of Trade, Industry and Energy.",
     "the Ministry of Trade, Industry and Energy"),
    ("In December, Chile's major state-owned grain stockpiler said it had resumed buying wheat.",
     "Chile's major state-owned grain stockpiler"),
    ("Peru's biggest business lobby said the deal was “a relief”.", "Peru's biggest business lobby"),
    ("Several countries remain concerned over the plan, said people familiar with the development.",
     "people familiar with the development"),
    ("The talks stalled on Monday, said the ministry.", "the ministry"),
    ("The two sides exchanged views on the deal, according to an official statement issued on Friday.",
     "an official statement"),
    ("Exports fell 9 percent, according to a report that was posted on the agency's website.", "a report"),
]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Chile and the European Union said the deal would be signed next year.",
        "The European Union and member states said the deal would be signed next year.",
        "Chilean officials and Peruvian negotiators said the deal would be signed next year.",
    ],
)
def test_two_parties_joined_by_and_are_no_one_speaker_described(text):
    said, people, _ = drafted(text)
    assert said == []
    assert people == []


@pytest.mark.parametrize(("text", "description"), UNNAMED)
def test_an_unnamed_speaker_is_a_description_never_an_invented_person(text, description):
    said, people, _ = drafted(text)
    assert said == [description]
    assert people == []


@pytest.mark.parametrize(
    ("text", "body", "kind"),
    [
        ("Beijing said the new duties were “a grave mistake”.", "China", "country"),
        ("“We will respond in kind,” Ottawa said.", "Canada", "country"),
        ("Tokyo said the new quota was “regrettable”.", "Japan", "country"),
        ("Washington said the move was “provocative”.", "United States", "country"),
        ("Moscow said the sanctions were “illegal”.", "Russia", "country"),
        ("The Iranian delegation said the text was “unacceptable”.", "Iran", "country"),
        ("The European Union said the measures were “unjustified”.", "European Union", "organisation"),
        ("The White House said the call was “productive”.", "White House", "organisation"),
        ("Downing Street said the talks had been “constructive”.", "Downing Street", "organisation"),
        ("The Kremlin said the proposal was “worth studying”.", "Kremlin", "organisation"),
        ("The State Department said the sanctions would stay “in place”.", "State Department", "organisation"),
        ("The Financial Times reported that the offer was “final”.", "Financial Times", "organisation"),
    ],
)
def test_a_body_speaking_is_the_body_and_no_person(text, body, kind):
    said, people, others = drafted(text)
    assert others == [(kind, body)]
    assert len(said) == 1 and people == []


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Anna Lind said Pedro Alves was “the best negotiator in Europe”.", "anna-lind"),
        ("“Pedro Alves has betrayed us,” said Anna Lind.", "anna-lind"),
        ("Farah Aziz told Omar Sheikh that the deal was “off”.", "farah-aziz"),
        ("Nadia Rahimi said of Viktor Orlov: “He cannot be trusted.”", "nadia-rahimi"),
    ],
)
def test_the_person_spoken_about_or_named_in_the_quote_is_no_speaker_and_no_entity(text, who):
    said, people, _ = drafted(text)
    assert said == [who]
    assert len(people) == 1


@pytest.mark.parametrize(
    ("text", "who", "name"),
    [
        ("“The numbers do not add up,” said Dr Miguel Santos of the University of Porto.", "miguel-santos",
         "Miguel Santos"),
        ("Lucia Ferri of the Andean Community said the tariffs were “illegal”.", "lucia-ferri", "Lucia Ferri"),
        ("Economist Ingrid Solberg studied the deal. “It favours the exporters,” Prof Solberg said.",
         "ingrid-solberg", "Ingrid Solberg"),
        ("“The rules are unfair,” said Prof. Tunde Bello.", "tunde-bello", "Tunde Bello"),
        ("“This bill is a giveaway,” said Sen. Roy Calloway (R-Texas).", "roy-calloway", "Roy Calloway"),
        ("Rep. Linda Okamoto, D-Calif., said the tariffs were “a tax on families”.", "linda-okamoto",
         "Linda Okamoto"),
        ("“This will hurt farmers,” said Gov. Kristi Lang.", "kristi-lang", "Kristi Lang"),
        # A relative clause set off by dashes.
        ("Jane Moe — who leads the talks — said the deal was “a good one”.", "jane-moe", "Jane Moe"),
        ("Jane Moe - who leads the talks - said the deal was “a good one”.", "jane-moe", "Jane Moe"),
        ("“This will hurt farmers,” said Kemi Badenoch MP.", "kemi-badenoch", "Kemi Badenoch"),
        ("Jane Moe MEP said the deal was “a betrayal”.", "jane-moe", "Jane Moe"),
        # A post's initials before a name: no one called "EAM Raghavan", nor "DC EAM Raghavan" after a place.
        ("Speaking in Washington DC EAM Arjun Raghavan said, “It was not with me.”", "arjun-raghavan",
         "Arjun Raghavan"),
        ("“We will decide,” said PM Arjun Raghavan.", "arjun-raghavan", "Arjun Raghavan"),
        # An acronym before a surname is no given name: "USTR Greer" is the Greer named in full.
        ("Jamie Greer arrived in Oslo on Monday. “The talks are close,” USTR Greer said.", "jamie-greer",
         "Jamie Greer"),
        ("“We will decide,” said DPM Arjun Raghavan.", "arjun-raghavan", "Arjun Raghavan"),
        ("Hon. Grace Ochieng said the bill was “long overdue”.", "grace-ochieng", "Grace Ochieng"),
        ("The Right Honourable Grace Ochieng said the bill was “long overdue”.", "grace-ochieng", "Grace Ochieng"),
        ("“The bill is long overdue,” said the Hon. Grace Ochieng.", "grace-ochieng", "Grace Ochieng"),
        ("H.E. Mohammed Al Jasser said the region needed “stability”.", "mohammed-al-jasser", "Mohammed Al Jasser"),
        ("“India will not bow,” said J.K. Raghavan, the commerce secretary.", "j-k-raghavan", "J.K. Raghavan"),
        ("Irish Agriculture Minister Declan O'Sullivan said the quota was “a betrayal”.", "declan-o-sullivan",
         "Declan O'Sullivan"),
        ("Joao Ferreira, Lind’s Brazilian counterpart, said the talks were “useful”.", "joao-ferreira",
         "Joao Ferreira"),
        ("Anna Lind spoke first. Joao Ferreira, a close aide, said the talks were “useful”.", "joao-ferreira",
         "Joao Ferreira"),
    ],
)  # fmt: skip
def test_a_speaker_s_style_post_written_short_body_or_initials_is_no_part_of_another_name(text, who, name):
    """A style ("Hon.", "H.E."), a post written short ("Sen.", "Rep.", "Gov.", "Prof"), a party and state
    ("(R-Texas)", ", D-Calif.,"), a body after "of the", two initials before a surname, an O' and who someone is
    to another ("counterpart", "aide"): the speaker is the person, by their own name."""
    said, people, others = drafted(text)
    assert said == [who]
    assert people == [name]
    assert not any(n.startswith(("Porto", "Andean", "Lind")) for _, n in others)


def test_a_day_s_document_from_someone_is_theirs_and_the_day_no_body():
    said, people, others = drafted("“We will sign on Monday,” Tuesday’s statement from Trade Minister Olu Bakare said.")
    assert (said, people, others) == (["olu-bakare"], ["Olu Bakare"], [])


def test_a_day_s_document_from_a_body_stays_the_body_s():
    said, people, others = drafted("“We will sign,” Monday’s statement from Japan said.")
    assert people == [] and others == [("country", "Japan")] and said == ["japan"]


def test_a_document_from_a_body_s_office_stays_a_description():
    said, people, _ = drafted("The talks were “frank”, according to a statement by Japan’s foreign ministry.")
    assert said == ["Japan’s foreign ministry"] and people == []


@pytest.mark.parametrize(
    "text",
    [
        "Friends of the Earth said the deal was “a disaster”.",
        "The Party of the Regions said the vote was “rigged”.",
    ],
)
def test_a_body_s_name_with_of_the_is_no_person(text):
    assert drafted(text)[1] == []


def test_a_post_given_in_capitals_to_someone_met_is_the_post_named_later():
    """ "… met Finance Minister Yuki Mori" gives Mori the post that "the finance minister" names later, though
    Mori is no sentence's subject; a post no one named holds stays a description."""
    met = "Prime Minister Kenji Sato met Finance Minister Yuki Mori. "
    assert drafted(met + "The finance minister said the budget was “fair”.")[0] == ["yuki-mori"]
    assert drafted(met + "The trade minister said the budget was “fair”.")[0] == ["The trade minister"]


@pytest.mark.parametrize(
    "text",
    [
        "The spokesperson of Foreign Affairs of Peru, Ambassador Ana Lopez, gave a briefing. "
        "“We are ready,” the spokesperson said.",
        "The spokesperson of the Foreign Ministry, Ana Lopez, gave a briefing. "
        "According to the Spokesperson, the talks were “useful”.",
    ],
)
def test_a_post_set_off_before_a_name_is_that_person_s_named_again(text):
    assert drafted(text)[0] == ["ana-lopez"]


def test_she_is_the_one_the_text_shows_a_woman_before_a_subject_it_does_not():
    text = "Anna Lind said she was “hopeful”. Pedro Alves disagreed. “It will take months,” she said."
    assert drafted(text)[0] == ["anna-lind", "anna-lind"]


def test_he_after_a_paragraph_quoting_someone_is_them_though_the_text_shows_a_man_before():
    """Mr Blair is shown a man, Ahern not; the paragraph before the quote quotes Ahern: "he" is Ahern."""
    text = (
        "Mr Blair said: “We believe the offer is reasonable.”\n\n"
        "Irish Prime Minister Bertie Ahern said there was a “real prospect”.\n\n"
        "“We have made progress on key issues,” he said.\n"
    )
    assert drafted(text)[0] == ["blair", "bertie-ahern", "bertie-ahern"]


def test_she_with_no_one_shown_a_woman_is_still_the_subject_before():
    text = "Anna Lind spoke first. Pedro Alves disagreed. “It will take months,” she said."
    assert drafted(text)[0] == ["pedro-alves"]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("The envoy met J.K. Raghavan in Delhi. They spoke for an hour.", 2),
        ("The ministers met in the U.A.E. The talks ended on Friday.", 2),
    ],
)
def test_two_initials_before_a_capital_end_no_sentence_unless_a_sentence_s_first_word_follows(text, sentences):
    """Two or three initials ("J.K.") before a capitalised word end no sentence; before "The", "It", "He" and
    such they do."""
    from kb.draft.text import sentences as split

    assert len(split(text)) == sentences


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Lagarde, the ECB president, said rates would stay “restrictive”.", "lagarde"),
        ("The ECB's Lagarde said rates would stay “restrictive”.", "lagarde"),
        ("Germany's Scholz said the tariffs were “a mistake”.", "scholz"),
        ("Japan's Ishiba told reporters the talks were “difficult”.", "ishiba"),
        ("U.S. President Trump said the deal was “beautiful”.", "trump"),
        ("IMF chief Kristalina Georgieva said growth was “too weak”.", "kristalina-georgieva"),
        ("The head of the IMF, Kristalina Georgieva, said growth was “too weak”.", "kristalina-georgieva"),
        ("“La France est prête,” said Jean-Noël Barrot.", "jean-noel-barrot"),
        ("“We are watching closely,” said Victoria Nuland.", "victoria-nuland"),
        ("Ambassador Chen Bo told the council that the resolution was “one-sided”.", "chen-bo"),
        ("A statement signed by Foreign Minister Maria Ortiz said the border was “closed”.", "maria-ortiz"),
        ("Asked about the tariffs, the minister, Rui Costa, replied: “We will respond.”", "rui-costa"),
        ("Anna Lind said through a spokesman that the talks were “over”.", "anna-lind"),
        ("Host and Peru’s trade minister, Rosa Quispe, said the text was “ready”.", "rosa-quispe"),
        ("UN envoy Hans Grundberg arrived in Aden. The envoy said both sides were “engaged”.", "hans-grundberg"),
        ("President Donald Trump spoke on Monday. The U.S. president said Japan would “pay”.", "donald-trump"),
        ("Chinese President Xi Jinping met the delegation. “China opposes unilateralism,” Mr Xi said.", "xi-jinping"),
        ("South Korean President Lee Jae-myung met the envoy. Lee said the alliance was “solid”.", "lee-jae-myung"),
        ("WHO Director-General Tedros Adhanom Ghebreyesus spoke first. Dr. Tedros said the accord was “historic”.",
         "tedros-adhanom-ghebreyesus"),
    ],
)  # fmt: skip
def test_more_names_and_posts_in_the_forms_of_news_prose(text, who):
    said, people, _ = drafted(text)
    assert said == [who]
    assert len(people) == 1


@pytest.mark.parametrize(
    ("text", "who", "name"),
    [
        ("President Recep Tayyip Erdoğan spoke in Ankara. “Turkey is ready,” Erdogan said.", "recep-tayyip-erdogan",
         "Recep Tayyip Erdoğan"),
        ("Egyptian President Abdel Fattah al-Sisi met the envoy. Sisi said Egypt would “not accept” it.",
         "abdel-fattah-al-sisi", "Abdel Fattah al-Sisi"),
        ("Prime Minister Mohammed al-Sudani opened the talks. “Iraq will not be a battlefield,” Sudani said.",
         "mohammed-al-sudani", "Mohammed al-Sudani"),
    ],
)  # fmt: skip
def test_a_surname_without_its_accent_or_its_arabic_article_is_the_person_named_in_full(text, who, name):
    said, people, _ = drafted(text)
    assert said == [who]
    assert people == [name]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Kofi Mensah chaired the session. The Ghanaian said the outcome was “fair”.", "kofi-mensah"),
        ("Jean Dupont chaired the session. The Frenchman said the outcome was “fair”.", "jean-dupont"),
        ("Ana Reis closed the debate. “We owe them a deal,” the Brazilian said.", "ana-reis"),
    ],
)
def test_a_person_called_by_their_nation_is_the_person_named_last(text, who):
    said, people, others = drafted(text)
    assert said == [who]
    assert len(people) == 1 and others == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Anna Lind met the envoys. The Chinese said the outcome was “fair”.", "china"),
        ("Anna Lind met the envoys. The Iranian side said the outcome was “fair”.", "iran"),
        ("Iranian officials said the outcome was “fair”.", "Iranian officials"),
        ("The Ghanaian said the outcome was “fair”.", "The Ghanaian"),
    ],
)
def test_a_nation_s_side_is_the_country_and_a_national_with_no_one_named_no_invented_person(text, speaker):
    said, people, _ = drafted(text)
    assert said == [speaker] and people == []


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Anna Lind met the envoys. The Americans said the offer was “fair”.", "United States"),
        ("The Israelis said the proposal was “a non-starter”.", "Israel"),
        ("“We will not cut,” said the Saudis.", "Saudi Arabia"),
    ],
)
def test_a_nation_s_plural_after_the_is_the_country_never_a_body_named_so(text, country):
    said, people, others = drafted(text)
    assert others == [("country", country)] and len(said) == 1 and people == []


@pytest.mark.parametrize(
    ("text", "who", "name"),
    [
        ("Ambassador Linda Thomas-Greenfield spoke first. Greenfield said the vote was “a disgrace”.",
         "linda-thomas-greenfield", "Linda Thomas-Greenfield"),
        ("Brazilian President Luiz Inácio Lula da Silva met the envoy. “Brazil wants a deal,” Lula said.",
         "luiz-inacio-lula-da-silva", "Luiz Inácio Lula da Silva"),
        ("Spanish Prime Minister Pedro Sánchez met the envoy. “Spain is ready,” Sanchez said.", "pedro-sanchez",
         "Pedro Sánchez"),
    ],
)  # fmt: skip
def test_a_part_of_a_name_given_in_full_before_by_someone_not_yet_speaking_is_that_person(text, who, name):
    said, people, _ = drafted(text)
    assert (said, people) == ([who], [name])


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The chair of the committee, Mariam Sy, said the report was “late”.", "mariam-sy"),
        ("Mariam Sy, chair of the committee, said the report was “late”.", "mariam-sy"),
        ("Secretary of State Marco Rubio said the talks were “serious”.", "marco-rubio"),
        ("Marco Rubio, the secretary of state, said the talks were “serious”.", "marco-rubio"),
        ("Secretary of State Marco Rubio flew to Riyadh. The secretary said the talks were “serious”.", "marco-rubio"),
        ("Ambassador Linda Thomas-Greenfield spoke first. She said the vote was “a disgrace”.",
         "linda-thomas-greenfield"),
        ("Lind's deputy, Eva Kral, said the talks were “useful”.", "eva-kral"),
        ("Eva Kral, a former central banker, said the plan was “risky”.", "eva-kral"),
        ("Priya Das, chief economist at Axis Bank, said the deficit was “manageable”.", "priya-das"),
        ("“The risks are rising,” said Tom Berg, an analyst with Capital Economics.", "tom-berg"),
        ("“A historic day,” Kaja Kallas wrote on X.", "kaja-kallas"),
        ("Javier Milei posted on social media that the deal was “excellent”.", "javier-milei"),
        ("In an interview, Hakainde Hichilema said Zambia was “open for business”.", "hakainde-hichilema"),
        ("President Yoweri Museveni met the delegation. Museveni said Uganda wanted “a fair share”.",
         "yoweri-museveni"),
        ("“Africa will not be bullied,” said South African President Cyril Ramaphosa.", "cyril-ramaphosa"),
        ("Prime Minister Narendra Modi spoke at the summit.\n\n“India is ready,” he said.", "narendra-modi"),
        ("By Anna Lind, Trade Correspondent\n“We will not sign,” said Peruvian negotiator Rosa Quispe.",
         "rosa-quispe"),
        ("LIMA, Peru (AP) — “We will not sign,” said Peruvian negotiator Rosa Quispe.", "rosa-quispe"),
        ("Editor’s note: This story has been updated.\n“We will not sign,” said negotiator Rosa Quispe.",
         "rosa-quispe"),
    ],
)  # fmt: skip
def test_posts_of_and_after_names_and_what_stands_around_a_story_are_read_as_before(text, who):
    said, people, _ = drafted(text)
    assert said == [who]
    assert len(people) == 1


def test_the_same_name_without_its_accent_is_one_person():
    text = (
        "UN Secretary-General António Guterres said the deal was “a lifeline”. “Aid must flow,” Antonio Guterres added."
    )
    assert drafted(text)[:2] == (["antonio-guterres", "antonio-guterres"], ["António Guterres"])


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Lind’s Brazilian counterpart, Joao Ferreira, said the talks were “useful”.", "joao-ferreira"),
        ("Lind's predecessor, Eva Kral, said the talks were “useful”.", "eva-kral"),
        ("Anna Lind met reporters. Her Brazilian counterpart, Joao Ferreira, said the talks were “useful”.",
         "joao-ferreira"),
        ("Anna Lind met her counterpart Joao Ferreira. “It went well,” Ferreira said.", "joao-ferreira"),
    ],
)  # fmt: skip
def test_who_someone_is_to_another_then_their_name_between_commas_is_the_speaker(text, who):
    said, _, others = drafted(text)
    assert said == [who] and others == []


def test_a_relation_to_someone_with_no_name_after_it_gives_no_person():
    said, people, _ = drafted("Anna Lind met her Brazilian counterpart on Monday. “It went well,” she said.")
    assert said == ["anna-lind"] and people == ["Anna Lind"]


@pytest.mark.parametrize(
    ("text", "speaker", "entities"),
    [
        ("Prime Minister Mark Carney's government said the tariffs were “unjustified”.",
         "Prime Minister Mark Carney's government", []),
        ("President Lula's government said the talks were “candid”.", "President Lula's government", []),
        ("Japan's government said the talks were “candid”.", "japan", [("country", "Japan")]),
        ("The Alliance's delegation said the talks were “candid”.", "alliance", [("organisation", "Alliance")]),
    ],
)  # fmt: skip
def test_a_post_holder_s_government_is_a_description_never_a_body_named_after_them(text, speaker, entities):
    said, people, others = drafted(text)
    assert (said, people, others) == ([speaker], [], entities)

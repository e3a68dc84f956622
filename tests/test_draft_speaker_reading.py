"""kb draft: who said it, read as a reader of English news prose reads it — a pronoun after an unnamed
speaker, a dateline in capitals, a post "of" a work or a body, a quote a clause inside the attribution
gives to its own subject, "the statement" standing for whoever issued it. Texts written for these tests."""

from __future__ import annotations

import pytest
from drafting import drafted, drafted_text, of_type

pytestmark = pytest.mark.usefixtures("talks")
QUOTED = ("direct_quote", "partial_quote")


def speakers_holding(payloads: list[dict], words: str = "") -> list[str | None]:
    """The name of the speaker (None: no one named) of each drafted statement whose text holds ``words``."""
    names = {p["key"]: p["name"] for p in of_type(payloads, "entity")}
    return [names.get(s.get("speaker", "")) for s in of_type(payloads, "statement") if words in s["text"]]


def speakers(kb, text: str) -> list[tuple[str | None, str | None]]:
    """(speaker, speaker_description) of each drafted quote, in the text's order."""
    return [
        (s.get("speaker"), s.get("speaker_description"))
        for s in of_type(drafted(kb, text), "statement")
        if s["attribution"] in ("direct_quote", "partial_quote")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Trade Minister Carla Mendes flew to Geneva on Monday. Before the vote, a senior European diplomat told the "
        'newspaper Le Soir the text was ready. He warned that the deal could still "fall apart overnight".\n',
        "Tomas Novak opened the round. A well-placed Danish negotiator said on Tuesday the quotas were settled.\n\n"
        '"We have the numbers we need," she told reporters.\n',
        "Spokesman Ali Reza said the talks would resume. An aide to the president told Reuters the delegations were "
        'far apart, and he said the gap was "wider than ever".\n',
        "Trade Minister Ali Reza arrived on Monday. The talks will go on, said a senior European diplomat. "
        'He warned that a deal was "still far off".\n',
    ],
)
def test_he_or_she_after_an_unnamed_speaker_stands_for_that_speaker(kb, text):
    found = speakers(kb, text)
    assert len(found) == 1
    assert found[0][0] is None and found[0][1] is not None
    assert found[0][1].split()[0] in ("a", "A", "an", "An")


def test_a_pronoun_skips_an_unnamed_speaker_of_the_other_sex_or_one_named_since(kb):
    text = (
        "Anna Lind said she would sign. A ministry spokesman told reporters the text was final.\n\n"
        '"We will sign it this week," she said.\n\n'
        "An official said the vote was close. Jonas Berg said it was over.\n\n"
        '"It is settled," he said.\n'
    )
    assert speakers(kb, text) == [("anna-lind", None), ("jonas-berg", None)]


@pytest.mark.parametrize(
    ("text", "description"),
    [
        ('The head of Chatham House said the talks were "stuck".\n', "The head of Chatham House"),
        ('"We need a text by Friday," the president of the European Commission told reporters.\n', None),
        ('A spokesman for the Foreign Ministry said the offer was "final".\n', "A spokesman for the Foreign Ministry"),
    ],
)
def test_a_post_of_a_body_or_a_work_is_a_description_and_the_body_no_one_s_name(kb, text, description):
    payloads = drafted(kb, text)
    [quote] = of_type(payloads, "statement")
    assert quote.get("speaker") is None
    assert quote["speaker_description"] == description or description is None
    people = [p["name"] for p in of_type(payloads, "entity") if p.get("kind") == "person"]
    assert not {"Chatham House", "Commission", "European Commission", "Foreign Ministry"} & set(people)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ministers met in Oslo on Monday. On Tuesday, scientist and author Jane Moe accused them of delay.\n\n"
            'The celebrated author of Hot Planet said the plan was "too timid".\n',
            "jane-moe",
        ),
        (
            "Finance Minister Ali Reza defended the budget. It was attacked by economist and former adviser Maria "
            'Souza.\n\nThe veteran economist said it was "a step back for the poor".\n',
            "maria-souza",
        ),
        (
            "The round was chaired by veteran diplomat and envoy Ana Ruiz, and Minister Omar Diallo opened it.\n\n"
            '"Nobody leaves before a deal," the envoy told delegates.\n',
            "ana-ruiz",
        ),
    ],
)
def test_a_definite_post_stands_for_the_person_named_with_that_post_in_lower_case(kb, text, speaker):
    quotes = [s for s in of_type(drafted(kb, text), "statement") if s["attribution"] in QUOTED]
    assert [s.get("speaker") for s in quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "KUALA LUMPUR: Trade ministers will meet again before the summit, says Datuk Seri Ali Hamid.\n\n"
            "The minister said the talks were close to a deal.\n\n"
            '"We are nearly there," he told reporters.\n',
            "ali-hamid",
        ),
        (
            "BRASILIA, March 3 — Talks on the pact resumed on Monday under chief negotiator Ana Costa.\n\n"
            '"There is momentum now," she said.\n',
            "ana-costa",
        ),
        (
            "ADDIS ABABA: The two delegations met on Tuesday, said Foreign Minister Omar Diallo.\n\n"
            '"We will meet again next week," he said.\n',
            "omar-diallo",
        ),
    ],
)
def test_a_dateline_in_capitals_is_no_one_and_a_speaker_after_a_comma_and_the_verb_is_a_subject(kb, text, speaker):
    payloads = drafted(kb, text)
    quotes = [s for s in of_type(payloads, "statement") if s["attribution"] == "direct_quote"]
    assert [s.get("speaker") for s in quotes] == [speaker]
    people = {p["name"].casefold() for p in of_type(payloads, "entity") if p.get("kind") == "person"}
    assert not {"kuala lumpur", "brasilia", "addis ababa"} & people


@pytest.mark.parametrize(
    "text",
    [
        "Minister Ali Reza chaired a meeting on the position of the GCC states in the talks.\n\n"
        '"We need more openness in trade," he added.\n',
        "Minister Ali Reza met his counterparts. The Alliance stressed the talks would go on.\n\n"
        '"We want a deal by June," he said.\n',
        "ABU DHABI, (WAM - 09th Dec, 2020) Minister Ali Reza chaired the talks.\n\n"
        '"We want a deal by June," he said.\n',
    ],
)
def test_a_body_after_the_or_a_dateline_with_a_bracket_is_no_one_a_pronoun_stands_for(kb, text):
    quotes = [s for s in of_type(drafted(kb, text), "statement") if s["attribution"] == "direct_quote"]
    assert [s.get("speaker") for s in quotes] == ["ali-reza"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Mr Novak rejected the offer on Monday.\n\n"
            'Eva Kral wrote on Tuesday that the offer had been fair. "We gave more than we had to," he said.\n',
            "eva-kral",
        ),
        ('Ms Lind opened the talks.\n\nAna Costa said the gap was small. "It can be closed," she said.\n', "ana-costa"),
        (
            "Lord Frost spoke first.\n\nGavin Barwell tweeted that the deal copied the old one, which Frost "
            'had signed. "That is some brass neck," he said.\n',
            "gavin-barwell",
        ),
    ],
)
def test_he_or_she_stands_for_the_subject_of_the_sentence_before_in_its_paragraph(kb, text, speaker):
    quotes = [s for s in of_type(drafted(kb, text), "statement") if s["attribution"] == "direct_quote"]
    assert [s.get("speaker") for s in quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Tomas Novak called the plan "a non-starter", Anna Lind told reporters on Monday.\n', "tomas-novak"),
        (
            'Trade Minister Ali Reza had described the meeting in Washington last week as "positive", '
            "government spokesman Omar Diallo said.\n",
            "ali-reza",
        ),
        ('Maria Souza dismissed the offer as "an insult to the fleets", a union leader said.\n', "maria-souza"),
    ],
)
def test_a_quote_its_own_clause_s_reporting_verb_takes_as_object_is_that_subject_s(kb, text, speaker):
    quotes = [s for s in of_type(drafted(kb, text), "statement") if s["attribution"] in QUOTED]
    assert [s.get("speaker") for s in quotes] == [speaker]


def test_a_quote_in_the_passive_or_after_a_verb_s_clause_is_the_attribution_s(kb):
    text = 'The deal was described as "historic", Anna Lind said.\n'
    quotes = [s for s in of_type(drafted(kb, text), "statement") if s["attribution"] in QUOTED]
    assert [s.get("speaker") for s in quotes] == ["anna-lind"]


@pytest.mark.parametrize(
    ("text", "description"),
    [
        (
            'The Ministry of Agriculture, Forestry and Fisheries (MAFF) had described the round as "useful", '
            "spokesman Omar Diallo said.\n",
            "The Ministry of Agriculture, Forestry and Fisheries",
        ),
        ('The Ministry of Trade (MOT) said the offer was "final".\n', "The Ministry of Trade"),
        ('"We are ready," the Ministry of Energy and Mines (Minem) said.\n', "the Ministry of Energy and Mines"),
    ],
)
def test_a_body_s_name_may_list_what_it_is_of_and_its_abbreviation_is_no_one(kb, text, description):
    payloads = drafted(kb, text)
    quotes = [s for s in of_type(payloads, "statement") if s["attribution"] in QUOTED]
    assert [(s.get("speaker"), s.get("speaker_description")) for s in quotes] == [(None, description)]
    people = {p["name"] for p in of_type(payloads, "entity") if p.get("kind") == "person"}
    assert not people & {"Fisheries", "MAFF", "Mines", "Minem", "MOT", "Trade"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Talks resumed in Doha as a foreign ministry spokesman said a deal was "close". '
            "Spokesman Ali Reza added on X that the mediators were hopeful.\n",
            "ali-reza",
        ),
        (
            'A senior negotiator told reporters the gap was "very small". '
            "Chief negotiator Ana Costa said later that the text was nearly ready.\n",
            "ana-costa",
        ),
        (
            'An envoy of the mediators said the sides were "closer than ever". '
            "The envoy, Omar Diallo, said on Tuesday that a signing was planned.\n",
            "omar-diallo",
        ),
    ],
)
def test_an_unnamed_holder_of_a_post_is_the_person_the_next_sentence_names_with_it(kb, text, speaker):
    quotes = [s for s in of_type(drafted(kb, text), "statement") if s["attribution"] in QUOTED]
    assert [s.get("speaker") for s in quotes] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        'An official said the deal was "done". Official Ali Reza said later that nothing was signed.\n',
        'A spokesman said the offer was "final". Another spokesman, Ali Reza, said it was still open.\n',
    ],
)
def test_an_unnamed_official_or_another_holder_of_the_post_stays_unnamed(kb, text):
    quotes = [s for s in of_type(drafted(kb, text), "statement") if s["attribution"] in QUOTED]
    assert [s.get("speaker") for s in quotes] == [None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"There is no doubt about it," banking regulator Guo Shuqing said, according to The Paper.\n', "guo-shuqing"),
        ('"We are close," veteran dealmaker Ana Costa told reporters, according to Kyodo.\n', "ana-costa"),
        ('"The offer stands," fleet owner Omar Diallo said, according to the Financial Times.\n', "omar-diallo"),
    ],
)
def test_a_post_in_lower_case_between_a_quote_and_its_speaker_s_name_leaves_them_its_speaker(kb, text, speaker):
    quotes = [s for s in of_type(drafted(kb, text), "statement") if s["attribution"] in QUOTED]
    assert [s.get("speaker") for s in quotes] == [speaker]


def test_him_after_an_unnamed_speaker_is_someone_else(kb):
    text = (
        "Chief negotiator Omar Diallo met his counterpart on Monday.\n\n"
        'An official said on Tuesday, quoting him as saying "the gap is still wide."\n'
    )
    quotes = [s for s in of_type(drafted(kb, text), "statement") if s["attribution"] in QUOTED]
    assert [(s.get("speaker"), s.get("via_description")) for s in quotes] == [("omar-diallo", "An official")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We want peace above all," said King Abdullah II of Jordan.\n', "abdullah-ii"),
        ('Minister Ana Costa of the Alliance said the talks were "fruitful".\n', "ana-costa"),
        ('"We need a week," Emir Ali Reza of Qatar told reporters.\n', "ali-reza"),
    ],
)
def test_a_titled_name_then_of_and_a_country_is_that_person_of_that_country(kb, text, speaker):
    payloads = drafted(kb, text)
    quotes = [s for s in of_type(payloads, "statement") if s["attribution"] in QUOTED]
    assert [s.get("speaker") for s in quotes] == [speaker]
    people = {p["name"] for p in of_type(payloads, "entity") if p.get("kind") == "person"}
    assert not people & {"Jordan", "Alliance", "Qatar"}


@pytest.mark.parametrize(
    "text",
    [
        'The talks were chaired by President Omar Diallo. The Alliance asked for time.\n\n"We need a week," he said.\n',
        'Delegates waited for Prime Minister Omar Diallo. Talks ran late.\n\n"It was a long night," he said.\n',
        'A crowd met Foreign Minister Omar Diallo. Nobody else spoke.\n\n"We are ready," he told them.\n',
    ],
)
def test_a_name_before_a_full_stop_does_not_run_into_the_next_sentence(kb, text):
    quotes = [s for s in of_type(drafted(kb, text), "statement") if s["attribution"] in QUOTED]
    assert [s.get("speaker") for s in quotes] == ["omar-diallo"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Reporters asked Minister Omar Diallo about the deal.\n\n"We are ready," he told them.\n', "omar-diallo"),
        (
            "Chief negotiator Ana Costa arrived late. Protesters said the quota was unfair.\n\n"
            '"We hear them," she said.\n',
            "ana-costa",
        ),
        (
            "Trade Minister Ali Reza met the fleet owners. Journalists asked whether a deal was near.\n\n"
            '"Not yet," he said.\n',
            "ali-reza",
        ),
    ],
)
def test_a_capitalised_word_alone_opening_a_sentence_is_no_one_unless_named_so_elsewhere(kb, text, speaker):
    quotes = [s for s in of_type(drafted(kb, text), "statement") if s["attribution"] in QUOTED]
    assert [s.get("speaker") for s in quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "description"),
    [
        (
            'The two leaders had an "informal meeting" in Seoul, a brief statement issued by the Prime Minister\'s '
            "media office said.\n",
            "the Prime Minister's media office",
        ),
        ('The round was "useful", a statement from the president\'s office said.\n', "the president's office"),
        ('A joint statement issued by the two delegations said the round was "productive".\n', "the two delegations"),
    ],
)
def test_a_statement_issued_by_someone_the_lexicon_lacks_is_its_issuer_s(kb, text, description):
    quotes = [s for s in of_type(drafted(kb, text), "statement") if s["attribution"] in QUOTED]
    assert [(s.get("speaker"), s.get("speaker_description")) for s in quotes] == [(None, description)]


@pytest.mark.parametrize(
    "text",
    [
        "The budget deal negotiated by the White House was sent to Congress. "
        "Leaders in the House said the bill would pass on Friday.\n",
        "Downing Street welcomed the vote. Officials on the Street said the talks would go on.\n",
    ],
)
def test_a_word_that_ends_a_body_s_name_is_no_surname_of_it(kb, text):
    people = [e["name"] for e in of_type(drafted(kb, text), "entity") if e["kind"] == "person"]
    assert "White House" not in people and "Downing Street" not in people


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Chile will open talks with the EU, said Investment, Trade and Industry Minister Ana Lopez.\n"
         'She added that the talks "will be fair".\n', "Ana Lopez", "Investment, Trade and Industry Minister"),
        ('"The talks will be fair," said Foreign, Commonwealth and Development Secretary Tom Berg.\n',
         "Tom Berg", "Foreign, Commonwealth and Development Secretary"),
    ],
)  # fmt: skip
def test_a_post_that_lists_its_portfolios_is_one_post(kb, text, name, title):
    payloads = drafted(kb, text)
    people = [e["name"] for e in of_type(payloads, "entity") if e["kind"] == "person"]
    assert people == [name]
    assert [r["title"].lower() for r in of_type(payloads, "role")] == [title.lower()]  # roles keep a post's case


@pytest.mark.parametrize(
    "dateline",
    ["ISLAMABAD, Feb 25 (APP):", "ISLAMABAD, Feb 25 (APP): ", "(Reuters) – ", "NEW YORK -- ", "TOKYO (Kyodo) -- "],
)
def test_a_dateline_is_no_subject_of_the_sentence_it_opens_nor_part_of_its_words(kb, dateline):
    text = f"{dateline}Foreign Secretary of Nepal, Ambassador Ana Costa, said on Tuesday that the talks went well.\n"
    (said,) = of_type(drafted(kb, text), "statement")
    assert (said.get("speaker"), said["text"][:16]) == ("ana-costa", "Foreign Secretar")


@pytest.mark.parametrize(
    ("sentence", "statements"),
    [
        ("Foreign Secretary Ana Costa called on Foreign Minister Omar Diallo on Tuesday.", 0),  # a visit
        ("Foreign Secretary Ana Costa called on Foreign Minister Omar Diallo on Tuesday to discuss trade.", 0),
        ("Foreign Secretary Ana Costa called on Japan and Korea to lift the tariffs.", 1),  # a demand
        ("Foreign Secretary Ana Costa called on both sides to show restraint.", 1),
        ("Foreign Secretary Ana Costa called on Omar Diallo for restraint.", 1),
    ],
)
def test_called_on_someone_named_is_a_visit_unless_to_or_for_follows_the_name(kb, sentence, statements):
    assert len(of_type(drafted(kb, sentence + "\n"), "statement")) == statements


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Ana Lopez in Lima said the talks went well.\n",
        "Prime Minister Ana Lopez on arrival in Lima said the talks went well.\n",
        "Chancellor Eva Kral received Ana Lopez at Meseberg Palace. Ana Lopez on arrival in Meseberg called on Europe "
        "to help.\n",
        "Ana Lopez upon her arrival in New Delhi told reporters that the talks went well.\n",
        "Ana Lopez at the United Nations said the talks went well.\n",
        "Ana Lopez at a White House meeting on Tuesday told the president that “we are making real headway”.\n",
        # a clause with its own verb after "said" is what was said, its subject no speaker
        "Ana Lopez, on arrival in Lima, said Chile should help.\n",
        "Ana Lopez, on arrival in Lima, said Europe needs a deal.\n",
    ],
)
def test_the_place_a_person_spoke_in_between_them_and_their_verb_is_no_speaker(text):
    payloads = drafted_text(text)
    assert speakers_holding(payloads, "Lopez") == ["Ana Lopez"]
    places = ("Lima", "Meseberg", "New Delhi", "Europe", "Chile")
    assert not [p for p in of_type(payloads, "entity") if p["kind"] == "person" and p["name"].endswith(places)]


def test_a_speaker_after_said_with_words_of_when_or_where_after_them_is_still_the_speaker():
    assert speakers_holding(drafted_text("The talks stalled, said Ana Lind on Monday.\n")) == ["Ana Lind"]


def test_he_in_the_paragraph_after_a_quote_is_its_speaker_though_a_man_was_named_before():
    text = (
        "Trade Representative Tomas Novak said on Thursday that talks start on Tuesday.\n\n"
        "It comes months after President Omar Diallo said he would end what he called a “horrible” deal.\n\n"
        "“Our deficit has doubled since the deal,” Novak said in a July 12 statement.\n\n"
        "“This is quite different from what was sold to the public,” he said.\n\n"
        "“We will meet and discuss mutual concerns,” Eva Kral from the trade ministry said by phone.\n\n"
        "He said the deal is mutually beneficial.\n"
    )
    payloads = drafted_text(text, "2017-08-19")
    names = {p["key"]: p["name"] for p in of_type(payloads, "entity")}
    said = {s["text"][:12]: s for s in of_type(payloads, "statement")}
    assert names[said["This is quit"]["speaker"]] == "Tomas Novak"
    assert said["This is quit"]["occurred_at"] == "2017-07-12"
    assert names[said["He said the "]["speaker"]] == "Eva Kral"
    # one of the ministry's people speaking by phone: not the day of the statement before
    assert "occurred_at" not in said["We will meet"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("On July 1, Ana Lopez met South Korean President Omar Diallo and said the deal was “rough”.\n", "Ana Lopez"),
        ("Ana Lopez met Omar Diallo and said the talks were “very good”.\n", "Ana Lopez"),
    ],
)
def test_who_met_someone_and_said_is_the_subject_of_both_verbs(text, speaker):
    payloads = drafted_text(text)
    names = {p["key"]: p["name"] for p in of_type(payloads, "entity")}
    [said] = of_type(payloads, "statement")
    assert names.get(said.get("speaker", "")) == speaker
    assert "speaker_description" not in said  # never "South Korean President Omar Diallo and"


@pytest.mark.parametrize(
    "speaking",
    [
        "the foreign ministries of the two South Caucasus states said in identical statements",
        "the two South Caucasus states said",
        "both states said",
    ],
)
def test_two_states_speaking_are_the_two_named_before_and_a_region_is_no_one(speaking):
    text = f"Armenia and Azerbaijan held talks in Washington.\n\n“The parties noted the progress,” {speaking}.\n"
    payloads = drafted_text(text)
    [said] = [s for s in of_type(payloads, "statement") if s["attribution"] in QUOTED]
    assert said.get("speaker_description") == "Armenia and Azerbaijan"
    assert not [p for p in of_type(payloads, "entity") if "Caucasus" in p["name"]]


def test_a_statement_that_states_is_still_a_verb():
    [said] = of_type(drafted_text("The statement states that talks will go on.\n"), "statement")
    assert said["speaker_description"] == "The statement"


@pytest.mark.parametrize(
    "text",
    [
        'Envoy Omar Song arrived.\n\nThe meeting was held in a "candid" atmosphere, said Song.\n',
        'Envoy Omar Song arrived.\n\nThe meeting was held in a "candid" atmosphere, said Song, declining to give any '
        "details.\n",
    ],
)
def test_a_quote_in_a_clause_then_said_and_a_name_ending_the_sentence_is_that_name_s(text):
    assert speakers_holding(drafted_text(text), "candid") == ["Omar Song"]


def test_said_and_a_name_before_the_quote_is_no_speaker_after_it():
    text = "Ana Lind, a member of the team, said Omar Diallo’s deal was “a betrayal of the talks”.\n"
    [said] = of_type(drafted_text(text), "statement")
    assert said.get("speaker_description") != "Omar Diallo" and said.get("speaker") == "ana-lind"


def test_an_inverted_speaker_with_a_participle_s_clause_after_reports_the_clause_before():
    [said] = of_type(drafted_text("The talks stalled, said Ana Lind, adding that a deal was near.\n"), "statement")
    assert said["speaker"] == "ana-lind"
    assert said["attribution"] == "paraphrase"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # a facilitator is a post, and the one named with it after a post in lower case keeps all five names
            "Malaysian facilitator Tengku Ab Ghafar Tengku Mohamed told reporters on Saturday that the groups agreed."
            "\n\n“For the first phase, we let the two parties decide,” the Malaysian facilitator said.\n",
            "Tengku Ab Ghafar Tengku Mohamed",
        ),
        ("“We agreed on the plan,” chief mediator Omar Diallo told AFP in Naivasha.\n", "Omar Diallo"),
        ("“We agreed on the plan,” Omar Diallo, a former Kenyan army general, told AFP.\n", "Omar Diallo"),
    ],
)
def test_mediators_facilitators_and_generals_are_posts(text, speaker):
    payloads = drafted_text(text)
    names = {p["key"]: p["name"] for p in of_type(payloads, "entity")}
    [said] = [s for s in of_type(payloads, "statement") if s["attribution"] in QUOTED]
    assert names[said["speaker"]] == speaker
    assert sorted(p["name"] for p in of_type(payloads, "entity") if p["kind"] == "person") == [speaker]


def test_a_description_by_a_mediator_s_post_with_no_one_named_stays_a_description():
    [said] = of_type(drafted_text("“We agreed on the plan,” the Norwegian mediator said.\n"), "statement")
    assert said["speaker_description"] == "the Norwegian mediator"


@pytest.mark.parametrize("verb", ["continued", "added"])
def test_he_after_an_aside_in_brackets_is_the_speaker_before_it(verb):
    text = (
        'President Omar Diallo stressed, "I am convinced that we can build peace." (Eva Kral died on 3 May.)\n\n'
        f'He {verb}, "we did this by believing in peace".\n'
    )
    assert speakers_holding(drafted_text(text), "believing") == ["Omar Diallo"]


def test_talks_that_continued_are_no_speaker():
    assert of_type(drafted_text('The talks continued, "with little progress" on the main issues.\n'), "statement") == []


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Foreign Minister of New Zealand Omar Diallo", "Omar Diallo"),
        ("Norway’s ambassador to Sri Lanka Omar Diallo", "Omar Diallo"),
        ("US special envoy for the Horn of Africa Omar Diallo", "Omar Diallo"),
        ("the UN envoy for Syria Omar Diallo", "Omar Diallo"),
    ],
)
def test_the_country_or_region_of_a_post_is_no_part_of_the_name_after_it(phrase, name):
    payloads = drafted_text(f"“We want talks now,” {phrase} said on Monday.\n")
    assert sorted(p["name"] for p in of_type(payloads, "entity") if p["kind"] == "person") == [name]


@pytest.mark.parametrize("side", ["Syrian rebels", "the Syrian opposition", "Ukrainian separatists"])
def test_a_nation_s_people_against_its_state_are_never_the_country(side):
    payloads = drafted_text(f"Envoy Ana Lopez held talks with {side} on Monday.\n")
    assert not [p for p in of_type(payloads, "entity") if p["name"] in ("Syria", "Ukraine")]
    assert of_type(payloads, "meeting") == []  # their side is no party the draft can name


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Norway’s ambassador to Sri Lanka Omar Diallo said the talks would resume.\n", "Omar Diallo"),
        (  # the name is given again by its surname: its given names are never the country's
            "The group met Norway’s ambassador to Sri Lanka Omar Diallo on Monday.\n\n"
            "“The talks will resume,” Ambassador Diallo said.\n",
            "Omar Diallo",
        ),
        ("The Saudi ambassador to Yemen, Omar Diallo, has urged both sides to talk.\n", "Omar Diallo"),
    ],
)
def test_a_post_to_a_country_then_a_name_is_that_person(text, speaker):
    payloads = drafted_text(text)
    assert sorted(p["name"] for p in of_type(payloads, "entity") if p["kind"] == "person") == [speaker]


@pytest.mark.parametrize("connective", ["However", "Meanwhile", "Earlier", "Moreover"])
def test_a_connective_opening_the_sentence_is_no_one(connective):
    text = (
        f"{connective}, the Norwegian embassy issued a statement on Friday.\n\n"
        "“A meeting is not likely soon,” the statement said.\n"
    )
    payloads = drafted_text(text)
    assert not [p for p in of_type(payloads, "entity") if p["kind"] == "person"]
    quotes = [s for s in of_type(payloads, "statement") if s["attribution"] in QUOTED]
    assert [s.get("speaker_description") for s in quotes] == ["the Norwegian embassy"]


def test_a_quote_after_a_clause_opening_with_when_is_the_main_clause_speaker_s():
    text = (
        "Chief negotiator Omar Diallo and Commissioner Ana Lopez opened the chapter.\n\n"
        "When Lopez said the two sides needed more engagement, Diallo quipped that they wanted “marriage”.\n"
    )
    assert speakers_holding(drafted_text(text), "marriage") == ["Omar Diallo"]


def test_people_described_in_a_place_with_words_in_lower_case_are_no_place_s():
    text = "Key rebel leaders in Nigeria’s oil-producing Niger Delta have urged the government to wait.\n"
    payloads = drafted_text(text)
    assert not [p for p in of_type(payloads, "entity") if p["kind"] == "person"]
    [said] = of_type(payloads, "statement")
    assert said["speaker_description"] == "leaders"


def test_a_plural_after_of_is_a_noun_not_a_reporting_verb():
    text = "The militant leaders want the government to address a series of demands including a withdrawal.\n"
    assert of_type(drafted_text(text), "statement") == []


def test_a_headline_s_verb_in_capitals_is_no_part_of_a_name():
    text = (
        "Wang Yifan Meets with Foreign Ministers of Peru and Chile\n\n"
        "On Monday, Chinese Foreign Minister Wang Yifan met his counterparts. Wang noted that the talks went well.\n"
    )
    payloads = drafted_text(text)
    assert sorted(p["name"] for p in of_type(payloads, "entity") if p["kind"] == "person") == ["Wang Yifan"]


def test_a_quote_an_official_passed_on_quoting_a_minister_is_the_minister_s():
    text = "“We are trying to take everyone on board,” said a government official quoting Water Minister Ana Lopez.\n"
    payloads = drafted_text(text)
    names = {p["key"]: p["name"] for p in of_type(payloads, "entity")}
    [said] = of_type(payloads, "statement")
    assert names[said["speaker"]] == "Ana Lopez"
    assert said.get("via_description") == "a government official"


@pytest.mark.parametrize("adverb", ["meanwhile", "however", "too", "instead"])
def test_an_adverb_between_a_speaker_and_their_verb_keeps_the_speaker(adverb):
    text = (
        "Government negotiator Ana Lopez and rebel leader Ivan Marquez opened the talks. “We come with an olive "
        f"branch,” Marquez said. Lopez {adverb} expressed “moderate optimism” about a peace deal.\n"
    )
    assert speakers_holding(drafted_text(text), "optimism") == ["Ana Lopez"]


@pytest.mark.parametrize(
    "opening",
    [
        "At a joint press conference with the Secretary of State Tomas Novak",
        "At a joint press conference before a bilateral meeting with the Secretary of State Tomas Novak in "
        "Washington D.C.",
    ],
)
def test_he_stands_for_the_subject_after_a_long_opening_phrase_not_one_it_names(kb, opening):
    text = (
        "Norway is determined to close the deal, Foreign Minister Omar Lind said Monday.\n\n"
        f"{opening}, Lind thanked the US for its support.\n\n"
        '"It is true that we are close," he said.\n'
    )
    quotes = [s for s in of_type(drafted(kb, text), "statement") if s["attribution"] == "direct_quote"]
    assert [s.get("speaker") for s in quotes] == ["omar-lind"]


def test_a_syndicators_credit_opening_the_story_is_no_speaker():
    text = (
        "Talks Are Ongoing, We Condemn The Attacks: Lind\n"
        '(MENAFN- Gulf Times) The negotiations remain at an "early stage", foreign ministry spokesman Omar al-Lind '
        "told reporters Tuesday.\n\n"
        '"Both delegations are present here," al-Lind said during his weekly briefing.\n\n'
        "Al-Lind declined to comment on meetings held between officials and envoy Steve Novak.\n\n"
        "He said that he did not have a timetable for the visit.\n\n"
        "As long as there are meetings, the negotiations are ongoing, he said.\n"
    )
    payloads = drafted_text(text)
    assert set(speakers_holding(payloads)) == {"Omar al-Lind"}  # never "MENAFN- Gulf Times", Novak nor the headline
    assert "Talks Are Ongoing" not in {e["name"] for e in of_type(payloads, "entity")}


@pytest.mark.parametrize("credit", ["(AFP - Daily Star)", "(MENAFN- Gulf Times)", "(Reuters)"])
def test_a_credit_in_brackets_opening_a_paragraph_is_no_turn(credit):
    text = f'{credit} "We are close," Foreign Minister Ana Lind said on Monday.\n'
    assert speakers_holding(drafted_text(text)) == ["Ana Lind"]


def test_the_unnamed_speaker_brought_in_before_goes_on_speaking_as_the_calling_after_another_named():
    text = (
        "Rebels led by Omar Diallo agreed to a truce during the talks, a Libyan diplomat said on Thursday.\n\n"
        '"Both sides accepted a ceasefire," said the diplomat, who took part in the mediation.\n\n'
        'The two delegations were to meet again later "to make further steps toward peace", he added.\n\n'
        "Direct talks began on Wednesday as a unit clashed with rebels led by Diallo. One of his aides later "
        "confirmed the clash.\n\n"
        '"An immediate ceasefire was key," said the diplomat.\n\n'
        '"After this they will set a date for a meeting," said the diplomat.\n'
    )
    assert speakers_holding(drafted_text(text), "ceasefire was key") == [None]  # the diplomat, not Diallo
    assert speakers_holding(drafted_text(text), "set a date") == [None]


@pytest.mark.parametrize(
    ("document", "speaker"),
    [
        ("according to further tweets posted by the Turkish foreign minister", "Omar Demir"),  # not Poposki
        ("according to a statement released by the Turkish foreign minister", "Omar Demir"),
        ("according to a tweet shared by the Government of Turkey", "Turkey"),
    ],
)
def test_a_document_posted_or_shared_by_someone_is_theirs(document, speaker):
    text = (
        "Turkish Foreign Minister Omar Demir met NATO chief Jens Lind in Brussels.\n\n"
        f'Separately, Demir met with Macedonian Foreign Minister Nikola Poposki, with whom he discussed "ways to '
        f'strengthen relations," {document}.\n'
    )
    assert speakers_holding(drafted_text(text), "ways to") == [speaker]


def test_a_title_in_quotation_marks_is_no_one_a_pronoun_stands_for():
    text = (
        "Foreign Secretary Eva Kral and her Spanish counterpart, Omar Lind, had a call on Monday.\n\n"
        "The conversation was confirmed by Mr Lind in an interview on the current affairs programme ‘La Mirada "
        "Critica’, in which the Spanish minister said talks must resume “as soon as possible”.\n\n"
        "“Just yesterday, I had my first contact with the Foreign Secretary,” he said.\n"
    )
    payloads = drafted_text(text)
    assert "La Mirada Critica" not in {e["name"] for e in of_type(payloads, "entity")}  # never a person


def test_he_or_she_opening_the_paragraph_after_a_descriptions_words_stands_for_whom_it_means():
    text = (
        "Trade Commissioner Eva Kral met Foreign Minister Omar Lind in Oslo on Monday.\n\n"
        'Lind said the talks were useful. The commissioner warned of "disappointing news".\n\n'
        '"We have not seen enough movement," she said.\n'
    )
    assert speakers_holding(drafted_text(text), "enough movement") == ["Eva Kral"]


@pytest.mark.parametrize("report", ["reported the La Nación daily", "reported Xinhua", "the Financial Times reported"])
def test_words_said_by_the_subject_before_a_quote_are_theirs_whoever_reported_them_after_it(report):
    text = (
        "IMF chief Eva Kral praised Omar Lind after their Thursday meeting, saying the award is “well deserved, "
        f"because we see the improvements,” {report}.\n"
    )
    assert speakers_holding(drafted_text(text)) == ["Eva Kral"]


def test_an_outlet_reporting_a_quote_no_one_before_it_said_is_its_speaker():
    assert speakers_holding(drafted_text('"We remain concerned about the deal," reported the BBC.\n')) == ["BBC"]


def test_a_statement_by_a_long_post_then_its_holders_name_is_the_holders():
    text = (
        "According to a statement by the Senior Special Assistant to the President on Media and Publicity, Omar "
        "Diallo, the agreements include a gas pipeline.\n\n"
        "Diallo said the signing followed a meeting between the two leaders.\n\n"
        "The statement read, “The feasibility study of the pipeline will be concluded by the end of the year.”\n"
    )
    payloads = drafted_text(text)
    assert speakers_holding(payloads, "feasibility study") == ["Omar Diallo"]
    assert "Senior Special Assistant" not in {e["name"] for e in of_type(payloads, "entity")}


def test_the_counterpart_of_one_with_a_post_holds_that_post_for_their_country():
    text = (
        "Foreign Secretary Ana Lind wrapped up talks with her Pakistani counterpart Omar Diallo in Islamabad.\n\n"
        "Ms Lind also met Prime Minister Eva Kral.\n\n"
        'Pakistan\'s Foreign Secretary also said that the two sides should "discourage hostile propaganda".\n'
    )
    assert speakers_holding(drafted_text(text), "hostile propaganda") == ["Omar Diallo"]  # not Lind, named last


def test_a_description_finds_its_holder_named_once_among_many_mentions_of_others():
    text = (
        "Egyptian Foreign Minister Omar Diallo met French Foreign Minister Ana Lind in Cairo.\n\n"
        'Lind said the talks were useful. Lind added that "gaps remain". Lind called the visit "timely". Lind said '
        'she would return. Lind thanked her host. Lind left for Beirut. Lind said "we will see".\n\n'
        'The Egyptian Foreign Minister expressed optimism, saying a deal was "possible".\n'
    )
    assert speakers_holding(drafted_text(text), "possible") == ["Omar Diallo"]


def test_a_possessive_after_the_verb_after_a_quote_is_what_was_said_not_its_speaker():
    text = (
        "Foreign Secretary Ana Lind wrapped up talks with her counterpart.\n\n"
        "In a statement after the talks Ms. Lind, who said they had been held in a “constructive and positive "
        "atmosphere”, said India’s concerns on terrorism had been taken up.\n"
    )
    assert speakers_holding(drafted_text(text), "constructive") == ["Ana Lind"]  # never India

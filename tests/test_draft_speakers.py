"""kb draft: who said it — transcripts of briefings, descriptions and pronouns that stand for a
named person, speech after a colon, "according to". Texts written for these tests."""

from __future__ import annotations

import pytest
from drafting import PUBLISHED, clock

from kb.draft import draft_source
from kb.events.append import Appender
from kb.events.store import KnowledgeBase

pytestmark = pytest.mark.usefixtures("talks")


def statements(kb: KnowledgeBase, text: str) -> list[dict]:
    payload = {"type": "source", "kind": "article", "publisher": "Wire", "title": "A report", "published_at": PUBLISHED}
    source = Appender(kb, clock).add(payload, text).stem
    return [p for p in draft_source(kb, source).payloads if p["type"] == "statement"]


BRIEFING = """\
The following is a near-verbatim transcript of today's noon briefing by Pedro Alvarez, Spokesperson for the \
Secretary-General.

GRAIN CORRIDOR

The Secretary-General deeply regrets the decision to end the corridor and calls on all sides to return to talks.

He will keep working with all parties to restore the flow of food to world markets.

Question: Pedro, has the Secretary-General spoken to the President since this morning?

Spokesperson: He has not spoken to him today, but contacts continue at many levels.
"""


def test_a_briefing_s_unlabelled_answers_are_its_spokesperson_s_and_its_questions_are_skipped(kb):
    found = statements(kb, BRIEFING)
    assert [(s["speaker"], s["text"][:24]) for s in found] == [
        ("pedro-alvarez", "The Secretary-General de"),
        ("pedro-alvarez", "He will keep working wit"),
        ("pedro-alvarez", "He has not spoken to him"),
    ]
    assert {(s["attribution"], s["venue"], s["occurred_at"]) for s in found} == {
        ("direct_quote", "transcript", PUBLISHED)  # "today's noon briefing"
    }


def test_a_briefing_introduced_in_lower_case_names_no_one(kb):
    text = BRIEFING.replace("by Pedro Alvarez, Spokesperson", "by the spokesperson")
    found = statements(kb, text)
    assert all(s.get("speaker") != "the-spokesperson" for s in found)
    assert not [s for s in found if s["text"].startswith("The Secretary-General deeply")]


def test_speech_after_said_and_a_colon_is_a_direct_quote_without_quotation_marks(kb):
    text = (
        "Fisheries Commissioner Anna Lind said: the quotas must fall by a third before the season opens.\n\n"
        "Jonas Berg said in a statement:\n\n"
        "We will not sign a deal that empties the northern waters of their cod.\n\n"
        "Berg said the aim was clear: keep the fleets at sea for the whole season.\n"
    )
    found = statements(kb, text)
    assert [(s["speaker"], s["attribution"], s["text"]) for s in found] == [
        ("anna-lind", "direct_quote", "the quotas must fall by a third before the season opens."),
        ("jonas-berg", "direct_quote", "We will not sign a deal that empties the northern waters of their cod."),
        ("jonas-berg", "paraphrase", "Berg said the aim was clear: keep the fleets at sea for the whole season."),
    ]
    assert found[1]["venue"] == "in a statement"
    assert found[1]["_draft"]["pattern"] == "speaker-verb-colon"


def test_a_colon_before_a_list_or_a_quotation_gives_no_unquoted_speech(kb):
    text = (
        "The ministers listed three demands:\n\n- lower tariffs on steel and on aluminium products\n\n"
        'Anna Lind told reporters:\n\n"The quotas must fall by a third before the season opens."\n'
    )
    found = statements(kb, text)
    assert [(s["speaker"], s["attribution"], s["_draft"]["pattern"]) for s in found] == [
        ("anna-lind", "direct_quote", "colon-introduction")
    ]


def test_a_quote_according_to_someone_is_theirs(kb):
    text = (
        '"We will publish the new rules before the summer recess ends," according to Tomas Novak.\n\n'
        'According to Fisheries Commissioner Anna Lind, the quotas "must fall by a third" this year.\n'
    )
    found = statements(kb, text)
    assert [(s["speaker"], s["attribution"], s["_draft"]["pattern"]) for s in found] == [
        ("tomas-novak", "direct_quote", "quote-according-to"),
        ("anna-lind", "partial_quote", "quote-according-to"),
    ]


def test_she_stands_for_the_last_woman_named_not_the_last_person(kb):
    text = (
        "Anna Lind said she would not give way. Jonas Berg said the quotas were too low for the fleets.\n\n"
        '"The quotas must fall by a third before the next season begins," she said.\n\n'
        '"We cannot accept a cut of a third this year," he replied.\n\n'
        "Ms Moen met Erik Dahl on Monday. Dahl said the talks had been frank.\n\n"
        '"There is no deal yet, and there may be none this month," she told reporters.\n'
    )
    found = [s for s in statements(kb, text) if s["attribution"] == "direct_quote"]
    assert [(s["speaker"], s["text"][:20]) for s in found] == [
        ("anna-lind", "The quotas must fall"),
        ("jonas-berg", "We cannot accept a c"),
        ("moen", "There is no deal yet"),
    ]


def test_a_pronoun_of_a_person_the_text_shows_as_neither_is_the_last_named(kb):
    text = 'Kim Park met Lee Chan. Chan said the tariffs would stay.\n\n"We keep every tariff in place," she said.\n'
    [quote] = [s for s in statements(kb, text) if s["attribution"] == "direct_quote"]
    assert quote["speaker"] == "lee-chan"


def test_the_post_of_someone_named_before_stands_for_them(kb):
    text = (
        "Alliance Director General Tomas Novak opened the round in Geneva on Monday.\n\n"
        '"We will publish the new rules before the summer recess ends," the Alliance chief said.\n\n'
        "Carla Mendes spoke next.\n\n"
        '"Nobody should expect a signature before the autumn," the former finance minister said.\n'
    )
    found = statements(kb, text)
    assert [(s["speaker"], s["_draft"]["pattern"]) for s in found] == [
        ("tomas-novak", "quote-speaker-verb+description"),
        ("carla-mendes", "quote-speaker-verb+description"),
    ]


def test_an_opening_description_stands_for_the_person_named_just_after_it(kb):
    text = (
        'The Alliance\'s chief negotiator on Monday denied that a deal was near, saying "nothing is final yet".\n'
        '"We read many reports about a deal in the press these days," said Novak.\n'
    )
    assert [s["speaker"] for s in statements(kb, text)] == ["novak", "novak"]


def test_a_spokesperson_or_an_unnamed_source_is_no_one_named_before(kb):
    text = (
        "Trade Minister Carla Mendes met the fleet owners on Monday.\n\n"
        '"The minister has made no promise to anyone," the ministry spokesperson said.\n\n'
        '"We expect a deal within the month," an official said.\n\n'
        '"The quotas are too high for the northern waters," the Danish minister Lars Holm said.\n'
    )
    found = statements(kb, text)
    assert [(s.get("speaker"), s.get("speaker_description")) for s in found] == [
        (None, "the ministry spokesperson"),
        (None, "an official"),
        ("lars-holm", None),
    ]


def test_a_name_with_a_stray_comma_before_its_verb_is_the_speaker(kb):
    text = (
        '"Instability and uncertainty are growing," customs spokesman Wei Tan, said at a briefing, Xinhua reported.\n'
    )
    [quote] = statements(kb, text)
    assert quote["speaker"] == "wei-tan"


def test_a_former_post_is_part_of_the_speaker_s_phrase_but_drafts_no_role(kb):
    payload = {"type": "source", "kind": "article", "publisher": "Wire", "title": "A report", "published_at": PUBLISHED}
    source = (
        Appender(kb, clock).add(payload, '"We were close to a deal," former Trade Minister Carla Mendes said.\n').stem
    )
    drafted = draft_source(kb, source).payloads
    assert [p["type"] for p in drafted] == ["entity", "statement"]
    assert drafted[1]["speaker"] == "carla-mendes"


def test_a_post_the_text_gives_no_one_named_stays_a_description(kb):
    text = (
        "Prime Minister Kenji Sato said the talks had been frank. He sent chief negotiator Ryo Ito to Geneva.\n\n"
        "Sato said the deal would protect farmers.\n\n"
        '"We will negotiate flexibly, with the national interest in mind," the foreign minister said.\n'
    )
    [quote] = [s for s in statements(kb, text) if s["attribution"] == "direct_quote"]
    assert (quote.get("speaker"), quote["speaker_description"]) == (None, "the foreign minister")


def test_a_quote_is_the_speaker_s_whom_the_next_sentence_says_went_on(kb):
    text = (
        'Tomas Novak opened the round. "We will publish the new rules before the summer recess ends." '
        "Anna Lind added that nothing was final.\n\n"
        'Jonas Berg and Anna Lind spoke to reporters.\n\n"The quotas must fall by a third before the season opens."\n'
    )
    quotes = [s for s in statements(kb, text) if s["attribution"] == "direct_quote"]
    assert [(s["speaker"], s["_draft"]["pattern"]) for s in quotes] == [("anna-lind", "quote-then-added")]


def test_speech_after_a_colon_runs_over_the_paragraphs_that_speak_in_the_first_person(kb):
    text = (
        "Fisheries Secretary Anna Lind said:\n"
        "This agreement is a fair outcome for the coastal towns and the fleets that depend on them.\n\n"
        "We keep our waters open to partners who respect the limits we set together.\n\n"
        "The department will publish the new quotas before the season opens in March.\n"
    )
    found = statements(kb, text)
    assert [(s["speaker"], s["attribution"], s["text"][:22]) for s in found] == [
        ("anna-lind", "direct_quote", "This agreement is a fa"),
        ("anna-lind", "direct_quote", "We keep our waters ope"),
    ]


def test_a_reporting_verb_joined_by_and_to_the_opening_subject_s_verb_is_theirs(kb):
    text = (
        "Trade chief Tomas Novak arrived in Geneva on Monday.\n\n"
        'Novak heaped praise on Lind and promised the fleets would leave "very happy" from the talks.\n\n'
        'Despite the rain the talks dragged on and promised "a long night" for everyone.\n'
    )
    found = [s for s in statements(kb, text) if s["attribution"] != "paraphrase"]
    assert [(s["speaker"], s["_draft"]["pattern"]) for s in found] == [("tomas-novak", "subject-and-verb")]


def test_a_surname_alone_opening_a_sentence_is_what_a_pronoun_after_it_stands_for(kb):
    text = (
        "Fisheries Commissioner Anna Lind met Jonas Berg in Oslo.\n\n"
        "Lind said she would warn the fleets. Berg arrived late.\n\n"
        '"We keep talking, and we will keep talking until the season opens," he said.\n'
    )
    found = [s for s in statements(kb, text) if s["attribution"] == "direct_quote"]
    assert [s["speaker"] for s in found] == ["jonas-berg"]


def test_a_capitalised_word_opening_a_sentence_is_no_one_unless_the_text_names_someone_so(kb):
    text = (
        "Commissioner Anna Lind met the fleets in March. Despite the rain crews sailed. U.S.-bound ships waited.\n\n"
        '"We keep talking, and we will keep talking until the season opens," he said.\n'
    )
    assert [s["speaker"] for s in statements(kb, text) if s["attribution"] == "direct_quote"] == ["anna-lind"]


def test_a_quote_is_the_speaker_s_whom_the_next_sentence_says_spoke_these_words(kb):
    text = (
        "Quota deal reached\n\n"
        '"I see no objection in the hall, so I declare the quota agreement adopted." It was with these words, '
        "on 14 April, that Tomas Novak closed two weeks of talks in Oslo.\n"
    )
    [quote] = statements(kb, text)
    assert (quote["speaker"], quote["_draft"]["pattern"]) == ("tomas-novak", "quote-then-added")
    assert quote["occurred_at"] == "2025-04-14"


def test_a_quote_after_saying_or_a_colon_is_the_opening_subject_s(kb):
    text = (
        'Tomas Novak all but ruled out a deal this month, saying "the gap is still too wide".\n\n'
        'Anna Lind was blunt: "The quotas must fall by a third before the season opens."\n\n'
        'She turned down the offer, adding that the fleets "cannot live on promises".\n\n'
        'The agreement is clear: "Each party sets its own quota."\n'
    )
    found = statements(kb, text)
    assert [(s["speaker"], s["_draft"]["pattern"]) for s in found] == [
        ("tomas-novak", "subject-saying-quote"),
        ("anna-lind", "subject-saying-quote"),
        ("anna-lind", "subject-saying-quote"),
    ]


def test_a_name_after_a_quote_and_a_dash_or_an_age_is_the_speaker(kb):
    text = (
        '"The rules are almost ready for publication" – Tomas Novak.\n\n'
        '"The quotas must fall by a third before the season opens," Anna Lind, 62, said.\n'
    )
    found = statements(kb, text)
    assert [(s["speaker"], s["_draft"]["pattern"]) for s in found] == [
        ("tomas-novak", "quote-dash-speaker"),
        ("anna-lind", "quote-speaker-verb"),
    ]


@pytest.mark.parametrize(
    "opening",
    [
        "After the meeting in Geneva, Tomas Novak flew home to Prague.",
        "On Monday, the Alliance's chief negotiator Tomas Novak met the fishing states.",
        "Asked about the deadline, Tomas Novak shook his head.",
        "The talks were led by the Alliance's chief negotiator Tomas Novak.",
        "Tomas Novak's team left Geneva on Monday.",
    ],
)
def test_he_stands_for_the_person_named_in_the_sentence_before_wherever_the_name_stands(kb, opening):
    text = opening + '\n\n"The gap is still too wide for a signature this month," he said.\n'
    [quote] = statements(kb, text)
    assert quote["speaker"] == "tomas-novak"


def test_a_pronoun_with_no_one_named_before_it_gives_no_statement(kb):
    text = 'The talks in Geneva ended on Monday.\n\n"The gap is still too wide for a signature this month," he said.\n'
    assert statements(kb, text) == []
    text = 'The Black Sea Grain Initiative expired.\n\n"The gap is still too wide for a signature," he said.\n'
    assert statements(kb, text) == []


def test_a_quote_someone_was_quoted_as_saying_is_theirs(kb):
    text = (
        '"The gap is still too wide for a signature this month," Eva Kral was quoted by Kyodo as saying.\n\n'
        '"We need more time before the autumn," an official was quoted as saying.\n'
    )
    found = statements(kb, text)
    assert [(s.get("speaker"), s.get("speaker_description"), s["_draft"]["pattern"]) for s in found] == [
        ("eva-kral", None, "quote-speaker-quoted-as"),
        (None, "an official", "quote-speaker-quoted-as"),
    ]


def test_a_post_then_its_holder_s_name_after_the_verb_is_the_speaker(kb):
    text = '"The gap is still too wide for a signature this month," said the Alliance chief, Maria Lopez-Garcia.\n'
    [quote] = statements(kb, text)
    assert (quote["speaker"], quote["_draft"]["pattern"]) == ("maria-lopez-garcia", "quote-verb-speaker")


JOINT = """\
Joint press conference by President Maria Lopez and Prime Minister Kenji Sato

President Lopez: Today we signed the fisheries agreement, which opens our markets to each other's fleets.

It is a good day for the coastal towns of both countries.

Prime Minister Sato: I thank the President for her patience during two years of talks.

Question: When will the agreement enter into force?

President Lopez: We expect it to enter into force before the end of next year.
"""


def test_a_transcript_s_labels_may_be_a_post_and_a_name_in_a_name_s_capitals(kb):
    found = statements(kb, JOINT)
    assert [(s["speaker"], s["text"][:20]) for s in found] == [
        ("maria-lopez", "Today we signed the "),
        ("maria-lopez", "It is a good day for"),
        ("kenji-sato", "I thank the Presiden"),
        ("maria-lopez", "We expect it to ente"),
    ]
    assert {s["venue"] for s in found} == {"transcript"}


def test_a_heading_or_a_single_label_in_capitals_is_no_transcript(kb):
    text = (
        "Fact Sheet: President Lopez Signs A Fisheries Agreement With Japan\n\n"
        "Background: The talks began in 2019 and have gone through nine rounds so far.\n\n"
        "President Lopez: The gap is still too wide for a signature this month.\n"
    )
    assert statements(kb, text) == []


def test_a_quote_after_a_sentence_of_reported_speech_is_that_speaker_s(kb):
    text = (
        'Tomas Novak said the talks had stalled over quotas. "We need more time before the autumn, and everybody '
        'knows it."\n\nAnna Lind met the fleets on Monday.\n\n"The season opens in March whatever the talks decide."\n'
    )
    quotes = [s for s in statements(kb, text) if s["attribution"] == "direct_quote"]
    assert [(s["speaker"], s["_draft"]["pattern"]) for s in quotes] == [("tomas-novak", "after-reported-speech")]


def test_two_apostrophes_close_a_double_quotation_mark(kb):
    text = "Anna Lind posted a picture of the signing. \"The deal is done,'' she wrote.\n"
    [quote] = [s for s in statements(kb, text) if s["attribution"] == "direct_quote"]
    assert (quote["speaker"], quote["text"]) == ("anna-lind", "The deal is done")


def test_a_person_s_spokesman_or_deputy_drafts_no_body_named_after_the_person(kb):
    payload = {"type": "source", "kind": "article", "publisher": "Wire", "title": "A report", "published_at": PUBLISHED}
    text = (
        'Tomas Novak met the fishing states. "We are not there yet," Novak\'s spokesman Petr Dvorak said.\n\n'
        'Novak\'s deputy, Eva Kral, told reporters that while the gap remained, "a deal is possible".\n'
    )
    drafted = draft_source(kb, Appender(kb, clock).add(payload, text).stem).payloads
    assert [p["name"] for p in drafted if p["type"] == "entity"] == ["Petr Dvorak", "Eva Kral"]
    assert [(p["person"], p["title"], p.get("organisation")) for p in drafted if p["type"] == "role"] == [
        ("petr-dvorak", "spokesman", None)
    ]
    assert [p["speaker"] for p in drafted if p["type"] == "statement"] == ["petr-dvorak", "eva-kral"]


def test_a_contraction_before_a_name_is_no_given_name(kb):
    text = (
        "MS. KRAL: Good evening everyone. I'm Eva Kral. The Alliance agreed on its new rules this evening.\n\n"
        "MR. NOVAK: We will publish the new rules before the summer recess ends.\n"
    )
    found = statements(kb, text)
    assert [s["speaker"] for s in found] == ["eva-kral", "novak"]


@pytest.mark.parametrize(
    "introduction",
    [
        "After the summit, Anna Lind said,",  # a comma at the end of the paragraph: the words are in the next
        "Anna Lind spoke to reporters in Oslo. She said:",  # a pronoun: the person it stands for
    ],
)
def test_an_introduction_over_a_paragraph_gives_its_quote_its_speaker_and_says_nothing_itself(kb, introduction):
    text = f'{introduction}\n\n"The quotas must fall by a third before the season opens."\n'
    found = statements(kb, text)
    assert [(s["speaker"], s["attribution"], s["text"][:10]) for s in found] == [
        ("anna-lind", "direct_quote", "The quotas")
    ]

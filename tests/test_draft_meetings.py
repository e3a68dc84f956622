"""Meetings of summits, visits and rounds of talks, as wire stories and ministries' releases report them
(sentences written for these tests; kb/draft/meetings.py)."""

from __future__ import annotations

import pytest
from drafting import drafted, imports, of_type

from kb.draft.meetings import read_meetings

pytestmark = pytest.mark.usefixtures("talks")


def parties(text: str) -> list[list[str]]:
    return [[p.name or p.organisation or "" for p in met.participants] for met in read_meetings(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Minister Ana Lopez held a bilateral meeting with President Omar Diallo.", ["Ana Lopez", "Omar Diallo"]),
        ("Ana Lopez had a brief meeting with Omar Diallo after the dinner.", ["Ana Lopez", "Omar Diallo"]),
        ("Ana Lopez had an informal chat with Omar Diallo on the summit's margins.", ["Ana Lopez", "Omar Diallo"]),
        ("Lopez and Diallo had an “informal meeting” in Seoul, a statement said.", ["Lopez", "Diallo"]),
        ("Ana Lopez held one-on-one talks with Omar Diallo.", ["Ana Lopez", "Omar Diallo"]),
        ("Ana Lopez also held meetings with Omar Diallo and Karl Berg.", ["Ana Lopez", "Omar Diallo", "Karl Berg"]),
        ("Ana Lopez held their first talks with Omar Diallo.", ["Ana Lopez", "Omar Diallo"]),
        # a meeting's name in capitals, a possessive in it ("a Foreign Ministers’ Meeting")
        ("Mr. Ana Lopez held a Foreign Ministers’ Meeting with Omar Diallo.", ["Ana Lopez", "Omar Diallo"]),
        ("Ana Lopez held a Chile-Peru Summit Meeting with Omar Diallo.", ["Ana Lopez", "Omar Diallo"]),
        # the meeting of a body both sides hold: "convened the Third Meeting of the Joint Commission"
        ("Chile and Peru convened the Third Meeting of the Bilateral Consultation Mechanism (BCM) in Lima.",
         ["Chile", "Peru"]),
        ("Chile and Peru held the second session of their joint commission in Lima.", ["Chile", "Peru"]),
        ("Chile held the first meeting of the Joint Committee with Peru.", ["Chile", "Peru"]),
        # a list whose items a semicolon parts, each with its post
        ("Ana Lopez held meetings with Mr. Omar Diallo, President of Senegal; Ms. Kari Lind, Prime Minister of "
         "Norway; and Mr. Tomas Novak, President of Czechia.",
         ["Ana Lopez", "Omar Diallo", "Kari Lind", "Tomas Novak"]),
        # words of place and time between the verb and "with"
        ("The foreign ministers of Egypt, Ethiopia and Sudan met Wednesday in Washington D.C. with World Bank "
         "President David Malpass.", ["Egypt", "Ethiopia", "Sudan", "David Malpass"]),
        ("Ana Lopez met in Geneva on Monday with Omar Diallo.", ["Ana Lopez", "Omar Diallo"]),
        ("Chile and Peru met in Lima with the help of Ana Lopez.", ["Chile", "Peru"]),  # no one met "with the help"
        # the subjects' delegations are no party of their own
        ("The foreign ministers of Egypt and Sudan and their delegations met in Cairo.", ["Egypt", "Sudan"]),
    ],
)  # fmt: skip
def test_held_or_had_a_meeting_or_talks_with_any_words_of_their_kind(text, expected):
    assert parties(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The UN convened a meeting of the Security Council on Monday.",  # one body: no two sides
        "Chile held a UN Security Council Meeting on Monday.",
        # a subject no one stands for: not a meeting of the two after the verb
        "He would next meet Kerry and Ashton in three weeks.",
        "They will meet Lopez and Diallo in Geneva.",
        "Ana Lopez met in Geneva with reporters.",  # no party after "with"
    ],
)
def test_a_meeting_of_one_or_of_no_one_named_is_none(text):
    assert parties(text) == []


def test_a_meeting_of_a_named_body_is_dated_past_its_abbreviation(kb):
    text = "Chile and Peru convened the Third Meeting of the Joint Commission (JC) on 18 October 2018 in Lima.\n"
    (met,) = of_type(drafted(kb, text, "2018-10-20"), "meeting")
    assert met["occurred_at"] == "2018-10-18"


@pytest.mark.parametrize(
    "text",
    [
        "Lopez had said that talks were going well.",  # "had" of a tense, not of a meeting
        "Lopez had been in talks for weeks.",
        "Lopez had a good day in Lisbon with Diallo.",
    ],
)
def test_had_of_a_tense_or_another_noun_is_no_meeting(text):
    assert parties(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The United States and the European Union (EU) concluded the fifth round of the Atlantic free trade "
            "talks on Friday, without a breakthrough.",
            ["United States", "European Union"],
        ),
        ("Canada wrapped up the third round of negotiations with Mexico in Ottawa.", ["Canada", "Mexico"]),
        ("Chile and Peru opened a new round of talks in Lima on Monday.", ["Chile", "Peru"]),
        ("Brazil and Peru began the second round of consultations.", ["Brazil", "Peru"]),
        ("Chile and Peru held talks.", ["Chile", "Peru"]),
    ],
)
def test_a_round_of_talks_concluded_or_opened_is_a_meeting_of_its_sides(text, expected):
    assert parties(text) == [expected]


def test_an_abbreviation_in_brackets_after_a_name_leaves_it_a_party():
    assert parties("The European Union (EU) held talks with Mercosur on Friday.") == [["European Union", "Mercosur"]]


def test_a_round_concluded_on_a_weekday_is_dated_and_imports(kb, runner, tmp_path):
    text = "GENEVA - Canada and Mexico concluded the fifth round of talks on Tuesday in Geneva.\n"
    payloads = drafted(kb, text)
    [meeting] = of_type(payloads, "meeting")
    assert [p["entity"] for p in meeting["participants"]] == ["canada", "mexico"]
    assert (meeting["occurred_at"], meeting["place"]) == ("2025-04-15", "Geneva")
    imports(runner, payloads, tmp_path)


def test_a_long_text_of_the_new_constructions_is_read_in_bounded_time():
    text = "Lopez had an “informal ” talks " * 6000 + "held a bilateral concluded the round of " * 3000
    assert len(text) > 200_000
    assert read_meetings(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prime Minister Ana Lopez met his Rwandan counterpart Omar Diallo in Kigali.", ["Ana Lopez", "Omar Diallo"]),
        (
            "Minister Ana Lopez and her Chilean counterpart Omar Diallo held talks in Lima.",
            ["Ana Lopez", "Omar Diallo"],
        ),
    ],
)
def test_a_counterpart_named_after_his_or_her_post_is_a_party(text, expected):
    assert parties(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The accord was signed by Chile's Foreign Minister Ana Lopez and his Peruvian counterpart Omar Diallo, "
            "on the sidelines of the summit, on Saturday.",
            ["Ana Lopez", "Omar Diallo"],
        ),
        (
            "Minister Ana Lopez and her Chilean counterpart Omar Diallo signed a memorandum of understanding on "
            "trade in Lima.",
            ["Ana Lopez", "Omar Diallo"],
        ),
        ("Ana Lopez and Omar Diallo signed three memorandums of understanding (MoUs).", ["Ana Lopez", "Omar Diallo"]),
    ],
)
def test_the_signatories_of_an_agreement_signed_together_met(text, expected):
    assert parties(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Ana Lopez signed an executive order.",
        "The agreement was signed by Chile in 2019.",
    ],
)
def test_a_signing_by_one_party_is_no_meeting(text):  # two countries that signed met: test_draft_meeting_phrases
    assert parties(text) == []


def test_a_signing_on_a_weekday_is_a_dated_meeting(kb):
    text = "The MoU was signed by Minister Ana Lopez and his Peruvian counterpart Omar Diallo on Tuesday.\n"
    [meeting] = of_type(drafted(kb, text), "meeting")
    assert [p["entity"] for p in meeting["participants"]] == ["ana-lopez", "omar-diallo"]
    assert meeting["occurred_at"] == "2025-04-15"


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Ana Lopez arrived in Lima on Monday. President Omar Diallo welcomed the visit. "
        "The two leaders met on the sidelines of the summit.",
        "Ana Lopez and Omar Diallo spoke by phone last month. They met again in Kigali.",
        "Ana Lopez greeted Omar Diallo. Both ministers held talks on trade.",
        "Foreign Minister Ana Lopez flew to Lima to see Omar Diallo. The two foreign ministers had a brief meeting.",
    ],
)
def test_the_two_leaders_or_they_are_the_last_two_people_named(text):
    assert parties(text)[-1] == ["Ana Lopez", "Omar Diallo"]


def test_a_they_inside_a_sentence_is_not_read_as_the_last_two_named():
    assert parties("Ana Lopez thanked Omar Diallo as they met in Kigali.") == []


def test_the_two_leaders_with_one_person_named_before_meet_no_one():
    assert parties("Ana Lopez arrived. The two leaders met in Kigali.") == []


def test_a_long_opening_phrase_naming_the_meeting_and_its_day_dates_what_is_said_at_it(kb):
    text = (
        "During the bilateral meeting on the sidelines of the Group of Twenty Summit on Wednesday, Prime Minister "
        'Ana Lopez said there was a "new direction" in ties.\n'
    )
    [statement] = of_type(drafted(kb, text), "statement")
    assert (statement["speaker"], statement["occurred_at"]) == ("ana-lopez", "2025-04-16")


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Ana Lopez was received by President Omar Diallo at the palace on Monday.",
        "Prime Minister Ana Lopez was hosted by President Omar Diallo in Lima.",
        "Prime Minister Ana Lopez was welcomed by Minister of State Omar Diallo at the airport.",
    ],
)
def test_a_guest_received_by_a_host_named_with_a_post_met_them(text):
    assert parties(text) == [["Ana Lopez", "Omar Diallo"]]


@pytest.mark.parametrize(
    "text",
    [
        "Ana Lopez was welcomed by reporters in Lima.",
        "Ana Lopez was received by Omar Diallo.",
        "It was hosted by Chile.",
    ],
)
def test_received_by_a_crowd_a_body_or_a_name_without_a_post_is_no_meeting(text):
    assert parties(text) == []


@pytest.mark.parametrize(
    "words",
    [
        "told a press conference after wrapping up five-day negotiations in Lima",
        "said after concluding the talks",
        "said following completing their negotiations",
    ],
)
def test_a_statement_after_wrapping_up_the_talks_takes_the_day_they_ended(kb, words):
    text = f'Chile and Peru concluded the fifth round of talks on Tuesday. "We made progress," Ana Lopez {words}.\n'
    [statement] = of_type(drafted(kb, text), "statement")
    assert statement["occurred_at"] == "2025-04-15"


def test_a_statement_after_wrapping_up_talks_never_dated_takes_no_day(kb):
    text = 'Chile and Peru held talks in Lima. "We made progress," Ana Lopez said after wrapping up the talks.\n'
    [statement] = of_type(drafted(kb, text), "statement")
    assert "occurred_at" not in statement


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru disagree on fish. Chile wants quotas. The two sides held the fifth round of talks in Geneva.",
        "Chile and Peru disagree on fish. Both countries concluded a round of negotiations on Friday.",
    ],
)
def test_the_two_sides_are_the_two_countries_the_text_names_most(text):
    assert parties(text) == [["Chile", "Peru"]]


def test_the_two_sides_of_a_text_naming_one_country_meet_no_one():
    assert parties("Chile wants quotas. The two sides met in Geneva.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Ana Lopez told Radio Lima over the phone on her way home after her meeting with Omar Diallo.",
        "Ana Lopez told the BBC on Monday after her talks with Omar Diallo that progress was slow.",
        "The minister, Ana Lopez, wrote on X after her call with Omar Diallo that the talks were useful.",
        '"We talked for hours," Ana Lopez said in a video from the airport following a meeting with Omar Diallo.',
    ],
)
def test_a_meetings_phrase_after_any_words_of_a_reporting_clause_is_its_speakers(text):
    assert parties(text) == [["Ana Lopez", "Omar Diallo"]]


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Ana Lopez and her Peruvian counterpart, Omar Diallo, chaired the meeting.",
        "Ana Lopez and Omar Diallo co-chaired the third session of the joint commission in Lima on Monday.",
        "Ana Lopez and her Peruvian counterpart Omar Diallo co-chair the high-level economic dialogue.",
        "Ana Lopez and her Peruvian counterpart, Omar Diallo, held talks in Lima.",
    ],
)
def test_those_who_chaired_a_meeting_met_and_a_name_set_off_after_a_post_is_a_subject(text):
    assert parties(text) == [["Ana Lopez", "Omar Diallo"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ana Lopez chaired the meeting.", []),  # one party
        (  # the body whose meeting it is, with its chair
            "Dr. Ana Lopez, Minister of State for Trade, chaired a meeting of the Nordic Fishing Alliance.",
            [["Ana Lopez", "Nordic Fishing Alliance"]],
        ),
        ("Lind, the minister, met Novak.", [["Lind", "Novak"]]),  # a post set off after a name: no subject of its own
        ("Dr. Ana Lopez, Minister of State for Trade, met Omar Diallo.", [["Ana Lopez", "Omar Diallo"]]),
    ],
)
def test_a_meeting_chaired_by_one_or_of_a_body_and_a_post_set_off_after_a_name(text, expected):
    assert parties(text) == expected


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("After leaving talks with U.S. officials in Washington, Ana Lopez said a deal was near.", "united-states"),
        ("Ana Lopez held talks with Chinese negotiators in Geneva.", "china"),
        ("Ana Lopez met EU trade officials on Monday.", "european-union"),
    ],
)
def test_a_bodys_officials_named_in_the_plural_are_that_body_in_a_meeting(kb, text, side):
    [meeting] = of_type(drafted(kb, text), "meeting")
    assert side in [p["entity"] for p in meeting["participants"]]


def test_one_unnamed_official_is_no_body_in_a_meeting(kb):
    assert of_type(drafted(kb, "Ana Lopez met a U.S. official in Geneva."), "meeting") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The momentum for talks between Chile and Peru faded.", []),  # a prospect
        ("Lopez and Diallo agreed to push for an early summit between Chile and Peru.", []),
        ("They will prepare the ground for the two-day meeting between Chile and Peru.", []),
        ("The separate meetings between Ana Lopez, Omar Diallo and Karl Berg came late.", []),  # none of all three
        ("Separate talks between Chile and Peru ended on Monday.", [["Chile", "Peru"]]),
        (
            "Talks between the International Monetary Fund (IMF) and Ghana ended on Monday.",
            [["International Monetary Fund", "Ghana"]],
        ),
    ],
)
def test_talks_between_parties_named_but_not_a_prospect_nor_separate_meetings_of_all(text, expected):
    assert parties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yoweri Lopez hosted Omar Diallo at State House on Sunday.", [["Yoweri Lopez", "Omar Diallo"]]),
        ("Ana Lopez received Omar Diallo at the ministry.", []),  # anyone may be received: a post says who
        ("Ana Lopez welcomed New Zealand into the pact.", []),  # a country, not a guest
        ("Ana Lopez welcomed the agreement.", []),
        ("Ana Lopez and Omar Diallo held a summit in Hanoi.", [["Ana Lopez", "Omar Diallo"]]),
    ],
)
def test_a_guest_hosted_named_in_full_and_a_summit_held_by_its_subjects(text, expected):
    assert parties(text) == expected


def test_the_two_delegations_are_the_two_countries_the_text_names_most():
    text = "Chile asked Peru for more time. Peru refused. Chile insisted.\n\nThe two delegations met in Lima on Monday."
    assert parties(text) == [["Chile", "Peru"]]


def test_a_meeting_s_own_day_wins_over_a_visit_in_a_relative_clause_before_it(kb):
    text = "Kenji Sato, who was in Washington this week for talks, met with Donald Trump on Thursday, an official said."
    assert [m.get("occurred_at") for m in of_type(drafted(kb, text), "meeting")] == ["2025-04-17"]


def test_meetings_held_respectively_with_some_are_one_with_each():
    text = "Ana Lopez held meetings, respectively, with Mr. Omar Diallo, President of Senegal, and Ms. Kari Lind."
    assert parties(text) == [["Ana Lopez", "Omar Diallo"], ["Ana Lopez", "Kari Lind"]]


def test_a_post_of_one_country_is_no_holder_of_that_post_for_another(kb):
    text = (
        "Russian Foreign Minister Sergey Lavrov met Ana Lopez in Moscow on Monday.\n\n"
        "Later, the Indian foreign minister met Omar Diallo.\n"
    )
    met = [[p["entity"] for p in m["participants"]] for m in of_type(drafted(kb, text, "2020-09-11"), "meeting")]
    assert met == [["sergey-lavrov", "ana-lopez"]]  # never Lavrov's meeting with Diallo, nor Diallo's alone


def test_a_group_of_people_met_is_the_parties_it_includes_and_a_series_of_talks_is_one_each():
    text = (
        "Ana Lopez held a series of talks with African counterparts in Addis Ababa on Thursday, including the foreign "
        "ministers of Sudan, Kenya and Malawi."
    )
    assert parties(text) == [["Ana Lopez", "Sudan"], ["Ana Lopez", "Kenya"], ["Ana Lopez", "Malawi"]]
    assert parties("Ana Lopez held talks with several leaders, including Omar Diallo and Kari Lind.") == [
        ["Ana Lopez", "Omar Diallo", "Kari Lind"]
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Sri Lanka signed agreements with creditor nations, including China, to restructure its debt.",  # no people
        "Ana Lopez held talks with officials on many issues, including tariffs.",  # what was talked of
    ],
)
def test_what_a_meeting_includes_is_no_party_unless_a_group_of_people_met_includes_it(text):
    assert "China" not in sum(parties(text), []) and "tariffs" not in str(parties(text))

"""kb draft on a body speaking as "it": the ministry, office or document that spoke just before, never
a person. Texts written for these tests."""

from __future__ import annotations

import pytest
from drafting import drafted, imports, of_type

pytestmark = pytest.mark.usefixtures("talks")


def speakers(payloads: list[dict]) -> list[tuple[str, str]]:
    return [(p.get("speaker") or p["speaker_description"], p["text"][:24]) for p in of_type(payloads, "statement")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trade Minister Ana Lind met Tomas Novak on Monday.\n\n"
            "“The ministers welcomed the progress made in the rounds so far,” the Trade Ministry said.\n\n"
            "“Both the ministers have decided to deepen the engagement and to speed up the talks,” it said.\n",
            [("the Trade Ministry", "The ministers welcomed t"), ("the Trade Ministry", "Both the ministers have ")],
        ),
        (
            "A brief statement issued by the Prime Minister’s office in Oslo said the two men met.\n\n"
            "“Both the leaders expressed their desire to intensify the dialogue,” it stated.\n",
            [
                ("the Prime Minister’s office in Oslo", "Both the leaders express"),
                ("the Prime Minister’s office in Oslo", "A brief statement issued"),
            ],
        ),
        (  # a person's words between: "it" is never theirs
            "In its end-of-mission statement, the Trade Ministry said its team held “constructive” talks in Oslo.\n\n"
            "“Progress was made,” Ana Lind said.\n\n"
            "“The talks will continue in the coming days,” it said.\n",
            [
                ("the Trade Ministry", "In its end-of-mission st"),
                ("ana-lind", "Progress was made"),
                ("the Trade Ministry", "The talks will continue "),
            ],
        ),
        (
            "The European Commission said on Friday that the talks would resume.\n\n"
            "It added that the offer was “final and not open to renegotiation”.\n",
            [("european-commission", "It added that the offer "), ("european-commission", "The European Commission ")],
        ),
    ],
)
def test_it_speaking_is_the_body_that_spoke_just_before(kb, runner, tmp_path, text, expected):
    payloads = drafted(kb, text)
    assert speakers(payloads) == expected
    imports(runner, payloads, tmp_path)


@pytest.mark.parametrize("verb", ["added", "also added", "also said", "further stated"])
def test_it_reporting_what_a_person_did_is_the_body_that_spoke_before_not_that_person(kb, runner, tmp_path, verb):
    text = (
        "The Trade Ministry said the talks on Thursday were productive.\n\n"
        f"It {verb} that during the talks, Tomas Novak underscored the priorities of the fleets.\n"
    )
    payloads = drafted(kb, text)
    assert [p.get("speaker") or p["speaker_description"] for p in of_type(payloads, "statement")] == [
        "The Trade Ministry",
        "The Trade Ministry",  # not Novak: the ministry tells what he stressed
    ]
    imports(runner, payloads, tmp_path)


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Novak said the talks went well. It added that Ana Lind had stressed the priorities of the fleets.\n",
        "The talks ended. It also added that during the talks, Ana Lind underscored the priorities of the fleets.\n",
    ],
)
def test_it_reporting_with_no_body_that_spoke_before_is_no_one_s_statement(kb, text):
    assert "ana-lind" not in [p.get("speaker") for p in of_type(drafted(kb, text), "statement")]


def test_it_was_reported_is_no_one_s_words(kb):
    text = "The Trade Ministry said the talks were productive. It was reported that the talks began at 11.00.\n"
    assert speakers(drafted(kb, text)) == [("The Trade Ministry", "The Trade Ministry said ")]


def test_it_is_never_a_person(kb):
    text = (
        "Tomas Novak said on Friday that the talks would resume.\n\n"
        "“The offer is final and not open to renegotiation at all,” it said.\n"
    )
    assert speakers(drafted(kb, text)) == [("tomas-novak", "Tomas Novak said on Frid")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Qatar and Egypt reaffirmed their commitment to the mediation, the Qatari Foreign Ministry said.\n\n"
            "In a joint statement, the two countries emphasized “the continuation of their intensive efforts”.\n",
            "Qatar and Egypt",
        ),
        (
            "Norway and the European Union ended their fourth round of quota talks in Oslo.\n\n"
            "Both sides stressed that the pause is “a natural part of the negotiation process, given the issues.”\n",
            "Norway and European Union",
        ),
        (
            "Canada and Mexico held a call on Monday.\n\n"
            "“We will keep working until the review is done, whatever it takes,” both the governments said.\n",
            "Canada and Mexico",
        ),
    ],
)
def test_the_two_countries_speaking_are_the_two_named_together_before(kb, runner, tmp_path, text, expected):
    payloads = drafted(kb, text)
    quoted = [who for who, words in speakers(payloads) if not text.startswith(words)]  # the second sentence's
    assert quoted == [expected]
    imports(runner, payloads, tmp_path)


def test_the_two_sides_with_no_two_named_before_are_no_speaker(kb):
    text = "The talks ended in Oslo.\n\nBoth sides stressed that the pause is “a natural part of the process”.\n"
    assert speakers(drafted(kb, text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tomas Novak, the fisheries minister, met his Icelandic counterpart Anna Lind in Bergen on Monday. "
            "Lind had flown in from Reykjavik.\n\n"
            "The two ministers told reporters that the talks had been “open and useful”.\n",
            "Tomas Novak and Anna Lind",
        ),
        (
            "President Eva Kral received Prime Minister Petr Dvorak at the palace.\n\n"
            "Afterwards the two leaders said the meeting was “a new start for the quota talks”.\n",
            "Eva Kral and Petr Dvorak",
        ),
        (
            "Chief Negotiator Ana Costa sat down with Trade Envoy Jonas Berg in Geneva. The duo described the "
            "round as “the most productive yet”.\n",
            "Ana Costa and Jonas Berg",
        ),
    ],
)
def test_the_two_people_speaking_are_the_last_two_named_before(kb, runner, tmp_path, text, expected):
    payloads = drafted(kb, text)
    assert [s[0] for s in speakers(payloads)] == [expected]
    imports(runner, payloads, tmp_path)


def test_the_two_ministers_with_one_named_before_are_only_described(kb):
    text = "Tomas Novak flew to Oslo.\n\nThe two ministers said the talks had been “open and useful”.\n"
    assert [s[0] for s in speakers(drafted(kb, text))] == ["two ministers"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "OPEC+ agreed on Wednesday to cut output.\n\nThe organization said in a statement that the decision "
            "was based on the “uncertainty that surrounds the outlook.”\n",
            "opec",
        ),
        (
            "The European Union agreed on Wednesday to cut quotas.\n\nThe bloc said in a statement that the "
            "decision was based on the “uncertainty that surrounds the stocks.”\n",
            "european-union",
        ),
        (
            "Norway met the International Monetary Fund in Oslo.\n\n“The programme is on track,” the fund said.\n",
            "international-monetary-fund",
        ),
    ],
)
def test_the_bloc_or_the_organisation_speaking_is_the_body_named_last(kb, runner, tmp_path, text, expected):
    payloads = drafted(kb, text)
    assert [s[0] for s in speakers(payloads)] == [expected]
    imports(runner, payloads, tmp_path)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The World Trade Organization opened its ministerial in Geneva.\n\n“The rules must be kept,” the "
            "Geneva-based organisation said on Monday.\n",
            "world-trade-organization",
        ),
        (
            "Norway signed a loan with the International Monetary Fund in Oslo.\n\n“The arrangement supports the "
            "reforms,” the global lender said in a statement.\n",
            "international-monetary-fund",
        ),
        (
            "Iceland turned to the Asian Development Bank for help.\n\nThe international body said it would send "
            "experts to look at the “fragile public finances”.\n",
            "asian-development-bank",
        ),
    ],
)
def test_the_body_with_words_that_describe_it_is_the_body_named_last(kb, runner, tmp_path, text, expected):
    payloads = drafted(kb, text)
    assert [s[0] for s in speakers(payloads)] == [expected]
    imports(runner, payloads, tmp_path)


def test_the_organisation_after_countries_alone_is_no_speaker(kb):
    text = (
        "Norway and Iceland agreed on Wednesday to cut quotas.\n\n“The stocks are in danger,” the organization said.\n"
    )
    assert speakers(drafted(kb, text)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China and Norway held talks on Monday.\n\nA joint statement said the talks were “candid and constructive”.\n",
         "China and Norway"),
        ("Kenya and the European Union met in Nairobi.\n\nThe joint communique said the offer was “a fair basis”.\n",
         "Kenya and European Union"),
    ],
)  # fmt: skip
def test_a_joint_document_with_no_issuer_named_is_the_two_named_together_before(kb, runner, tmp_path, text, expected):
    payloads = drafted(kb, text)
    assert [who for who, _ in speakers(payloads)] == [expected]
    imports(runner, payloads, tmp_path)


def test_a_joint_document_with_no_two_named_before_stays_a_description(kb):
    text = "The talks ended in Oslo.\n\nA joint statement said the talks were “candid and constructive”.\n"
    assert [who for who, _ in speakers(drafted(kb, text))] == ["A joint statement"]


def test_a_country_s_own_statement_is_that_country_s_words(kb, runner, tmp_path):
    payloads = drafted(kb, "China's statement said the talks were “candid and constructive”.\n")
    assert [who for who, _ in speakers(payloads)] == ["china"]
    imports(runner, payloads, tmp_path)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("UK sources said the issue was “complicated”. They pointed out that talks would continue.\n", "UK sources"),
        ("Two diplomats told Reuters the talks had stalled. They said a deal was unlikely this year.\n",
         "Two diplomats"),
    ],
)  # fmt: skip
def test_they_after_unnamed_speakers_in_the_plural_are_those_speakers(kb, text, expected):
    assert [who for who, _ in speakers(drafted(kb, text))] == [expected, expected]


def test_they_after_two_people_met_are_not_unnamed_sources(kb):
    text = "Tomas Novak met Anna Lind on Monday. The ministry said the talks were useful. They said a deal was close.\n"
    said = [who.casefold() for who, words in speakers(drafted(kb, text)) if words.startswith("They")]
    assert "the ministry" not in said  # one body, not "they"


@pytest.mark.parametrize(
    "text",
    [
        "President Tomas Novak has signaled that he wants to rejoin the deal. The three European participants have "
        "been warning for a while that time is running out. They have argued that the accord will soon lapse.\n",
        "Tomas Novak met Anna Lind on Monday. The ministry said the talks were useful. They said a deal was close.\n",
    ],
)
def test_they_is_never_one_person_named_before(kb, text):
    said = [who for who, words in speakers(drafted(kb, text)) if words.startswith("They")]
    assert not {"tomas-novak", "anna-lind"} & set(said)


def test_they_after_the_two_people_spoken_of_as_two_are_both_of_them(kb):
    text = (
        "President Tomas Novak and President Ana Lind met in Seoul on Tuesday.\n\n"
        "It was the first meeting between the two leaders since they met in Lima, where they vowed to open "
        "“a new chapter” in their ties.\n"
    )
    assert [who for who, words in speakers(drafted(kb, text)) if words.startswith("It was")] == [
        "Tomas Novak and Ana Lind"
    ]


def test_he_after_a_sentence_that_opens_with_he_is_the_same_he(kb):
    text = (
        "Trade Minister Tomas Novak arrived in Oslo on Saturday.\n\n"
        "He was set to resume talks with Norway's Trade Minister Erik Berg on the day.\n\n"
        "“We anticipate a little more time,” he told reporters.\n"
    )
    assert [who for who, words in speakers(drafted(kb, text)) if words.startswith("We anticipate")] == ["tomas-novak"]


def test_a_surname_he_opening_the_sentence_before_is_a_name_not_a_pronoun_to_follow(kb):
    text = (
        "Chinese Vice Premier He Lifeng met Trade Minister Tomas Novak in Geneva on Monday.\n\n"
        "He Lifeng held talks with Erik Berg too.\n\n“We made progress,” he told reporters.\n"
    )
    assert [who for who, words in speakers(drafted(kb, text)) if words.startswith("We made")] == ["he-lifeng"]


@pytest.mark.parametrize(
    "service", ["the Ukrainian government press service", "the Kremlin press service", "the press service"]
)
def test_a_press_service_reporting_the_sentence_before_is_what_it_stands_for(kb, service):
    text = (
        f"Ana Lind and Tomas Novak met briefly in Paris on Sunday to discuss the summit, {service} reported.\n\n"
        "The meeting lasted 15 minutes, in which the two “coordinated moves and the schedule of the summit,” it said.\n"
    )
    quotes = [s for s in of_type(drafted(kb, text), "statement") if "coordinated moves" in s["text"]]
    assert [s.get("speaker_description") for s in quotes] == [service]

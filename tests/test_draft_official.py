"""kb draft on official documents, on sentences made for the tests: a fact sheet's headings, a
communiqué's title and its "they", a quote signed after a tilde, and the meetings a joint statement
or a communiqué reports."""

from __future__ import annotations

import pytest
from drafting import clock, imports, of_type

from kb.draft import draft_source
from kb.events.append import Appender
from kb.events.store import KnowledgeBase

pytestmark = pytest.mark.usefixtures("talks")

PUBLISHED = "2011-03-04"


def drafted(kb: KnowledgeBase, text: str) -> list[dict]:
    payload = {"type": "source", "kind": "press_release", "publisher": "A ministry", "title": "A release",
               "published_at": PUBLISHED}  # fmt: skip
    return draft_source(kb, Appender(kb, clock).add(payload, text).stem).payloads


def test_a_heading_in_capitals_over_a_fact_sheet_s_prose_is_no_speaker(kb, runner, tmp_path):
    text = (
        "THREE SHARED GOALS: Talks between Chile and Peru will follow the goals set by the two presidents.\n\n"
        "  • Chile and Peru trade goods worth $4 billion a year.\n\n"
        "NEXT STEPS FOR THE TWO GOVERNMENTS: Negotiators will draft the chapters on services and investment.\n"
    )
    payloads = drafted(kb, text)
    assert of_type(payloads, "statement") == []  # no heading is taken for a transcript's speaker
    assert [p for p in of_type(payloads, "entity") if p["kind"] == "person"] == []
    assert [p["value"] for p in of_type(payloads, "data_point")] == ["4000000000"]
    imports(runner, payloads, tmp_path)


def test_a_document_s_title_names_no_one_and_they_is_a_group(kb):
    text = (
        "Joint Declaration\n\n"
        "The meeting was chaired by Foreign Minister Ana Ruiz of Peru. "
        "In this spirit they recalled the Lima Declaration of 2 March 2010.\n"
    )
    payloads = drafted(kb, text)
    names = [p["name"] for p in of_type(payloads, "entity") if p["kind"] == "person"]
    assert "Joint Declaration" not in names and "Lima Declaration" not in names
    # "they" stands for the ministers, not for the one person named in passing before it
    assert not [p for p in of_type(payloads, "statement") if p.get("speaker") == "ana-ruiz"]


def test_a_name_after_a_tilde_signs_the_quote_before_it(kb, runner, tmp_path):
    text = (
        'Lima - "We came here to open a new chapter between our two nations." ~ Prime Minister Ana Ruiz\n\n'
        "The two governments will meet again in May.\n"
    )
    payloads = drafted(kb, text)
    [statement] = of_type(payloads, "statement")
    assert statement["speaker"] == "ana-ruiz"
    assert statement["attribution"] == "direct_quote"
    assert statement["text"] == "We came here to open a new chapter between our two nations."
    assert statement["_draft"]["pattern"] == "quote-dash-speaker"
    imports(runner, payloads, tmp_path)


def test_a_full_stop_before_a_line_that_goes_on_is_still_a_sentence_s_end(kb):
    text = 'Peru signed the accord. ~ It was a long night.\n\n"We are glad," Ana Ruiz said.\n'
    [statement] = of_type(drafted(kb, text), "statement")
    assert statement["speaker"] == "ana-ruiz"  # "~ It was a long night." names no one


def test_two_bodies_joined_by_and_meet(kb, runner, tmp_path):
    text = "1. Peru and the European Union met in Brussels on 3 March 2011, under the chair of the Council.\n"
    payloads = drafted(kb, text)
    [meeting] = of_type(payloads, "meeting")
    assert [p["entity"] for p in meeting["participants"]] == ["peru", "european-union"]
    assert meeting["occurred_at"] == "2011-03-03"
    assert meeting["place"] == "Brussels"
    imports(runner, payloads, tmp_path)


def test_a_joint_statement_in_the_first_person_reports_the_meeting_of_the_countries_it_names(kb, runner, tmp_path):
    text = (
        "Santiago - We, the Ministers and Heads of Delegation for Chile, Peru, and Colombia have just "
        "completed a three-day ministerial meeting on the customs chapter.\n\n"
        "We, the Ministers of Chile and Peru, welcome the progress made by our negotiators.\n"
    )
    payloads = drafted(kb, text)
    [meeting] = of_type(payloads, "meeting")  # welcoming progress is no meeting
    assert [p["entity"] for p in meeting["participants"]] == ["chile", "peru", "colombia"]
    assert "occurred_at" not in meeting  # "have just completed" gives no day
    assert [p for p in of_type(payloads, "entity") if p["kind"] == "person"] == []
    imports(runner, payloads, tmp_path)


def test_a_heading_is_the_context_of_the_sentence_under_it_not_part_of_its_claim(kb, runner, tmp_path):
    text = (
        "A NEW CHAPTER IN TRADE: President Ana Ruiz announced that Peru would open its market to Chilean wine.\n\n"
        "  • The two countries share a trade of $2 billion and 40,000 jobs depend on it.\n"
    )
    payloads = drafted(kb, text)
    [statement] = of_type(payloads, "statement")
    assert statement["speaker"] == "ana-ruiz"
    assert statement["text"].startswith("President Ana Ruiz announced")  # the heading is no part of what she said
    metrics = {p["value"]: p["metric"] for p in of_type(payloads, "data_point")}
    assert metrics == {"2000000000": "trade", "40000": "jobs"}  # a count's own unit names what it counts
    imports(runner, payloads, tmp_path)


def test_two_leaders_by_their_posts_agree_for_their_countries(kb, runner, tmp_path):
    text = (
        "Chile and Peru opened talks on a customs union in Lima.\n\n"
        "  • President Ana Ruiz and Prime Minister Jorge Salas agreed to cut tariffs on farm goods.\n\n"
        "Ana Ruiz and Jorge Salas agreed to meet again.\n"
    )
    payloads = drafted(kb, text)
    [agreement] = of_type(payloads, "agreement")  # two names with no post are no parties
    assert agreement["parties"] == ["chile", "peru"]
    assert agreement["status"] == "agreed_in_principle"
    imports(runner, payloads, tmp_path)


def test_a_statement_s_words_are_those_of_the_body_that_issued_it(kb, runner, tmp_path):
    text = (
        "Talks on the border ended in Nairobi on Monday.\n\n"
        '"The parties have taken a brave step," an African Union statement said.\n\n'
        'A statement by the World Trade Organization said the deal was "a lifeline for fishers".\n\n'
        '"Members will meet again in June," the statement added.\n'
    )
    payloads = drafted(kb, text)
    speakers = [(p.get("speaker"), p["text"][:20]) for p in of_type(payloads, "statement")]
    assert ("african-union", "The parties have tak") in speakers
    assert ("world-trade-organization", "A statement by the W") in speakers
    assert ("world-trade-organization", "Members will meet ag") in speakers  # the statement named last: the WTO's
    assert [p for p in of_type(payloads, "entity") if p["kind"] == "person"] == []
    imports(runner, payloads, tmp_path)


def test_the_statement_is_that_of_the_body_that_issued_it_in_the_sentence_before(kb):
    text = (
        "The European Union said in a statement that the talks had ended.\n\n"
        '"Both sides showed goodwill," the statement said.\n'
    )
    said = {p["attribution"]: p["speaker"] for p in of_type(drafted(kb, text), "statement")}
    assert said == {"paraphrase": "european-union", "direct_quote": "european-union"}  # its words, then its quote

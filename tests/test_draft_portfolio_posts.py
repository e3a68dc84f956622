"""A post that lists its portfolios with "and" is one post, its holder the name after it: "Minister of
Entrepreneurship and Information Technology Urve Palo", "the UK's Secretary of State for Business and Trade, Jonathan
Reynolds", "Ministry of External Affairs spokesperson Randhir Jaiswal" — never a person called "Entrepreneurship",
"Business" or "Information Technology Urve Palo" (kb/draft/speakers.py, meetings.py) — sentences written for these
tests."""

from __future__ import annotations

import pytest
from drafting import drafted_text, of_type

from kb.draft.speakers import mention_of


@pytest.mark.parametrize(
    ("phrase", "name", "title"),
    [
        (
            "Minister of Entrepreneurship and Information Technology Urve Palo",
            "Urve Palo",
            "Minister of Entrepreneurship and Information Technology",
        ),
        ("Minister for Trade and Investment Dan Tehan", "Dan Tehan", "Minister for Trade and Investment"),
        ("Minister of Commerce and Industry Piyush Goyal", "Piyush Goyal", "Minister of Commerce and Industry"),
        (
            "Minister for Industry, Commerce and Supplies Matrika Prasad Yadav",
            "Matrika Prasad Yadav",
            "Minister for Industry, Commerce and Supplies",
        ),
        ("Ministry of Commerce spokesperson He Yadong", "He Yadong", "Ministry of Commerce spokesperson"),
        (
            "Ministry of External Affairs spokesperson Randhir Jaiswal",
            "Randhir Jaiswal",
            "Ministry of External Affairs spokesperson",
        ),
    ],
)
def test_a_post_of_portfolios_joined_by_and_then_its_holder(phrase, name, title):
    who = mention_of(phrase)
    assert (who.name, who.title) == (name, title)


@pytest.mark.parametrize("phrase", ["Minister of Entrepreneurship", "the Ministry of Energy and Mines"])
def test_a_post_or_a_body_of_portfolios_names_no_one(phrase):
    assert mention_of(phrase).name is None


TEXT = (
    "TALLINN, Nov 10 (Reuters) - Minister of Entrepreneurship and Information Technology Urve Palo, who chaired the "
    "ministerial meeting, said that talks had to move fast.\n\n"
    "On Monday she met with the UK's Secretary of State for Business and Trade, Jonathan Reynolds, in London.\n\n"
    "Ministry of External Affairs spokesperson Randhir Jaiswal said the talks were being relaunched.\n\n"
    "Minister of Trade and Industry Per Moe said that the pact was near.\n\n"
    "Minister for Industry, Commerce and Supplies Matrika Prasad Yadav held discussions with Moe on Tuesday.\n\n"
    "Coastal states have agreed to follow the advice.\n"  # "states" a noun here: no one called "Coastal" spoke
)


def test_no_person_is_drafted_from_a_portfolio():
    payloads = drafted_text(TEXT, "2017-11-10")
    people = {p["name"] for p in of_type(payloads, "entity") if p["kind"] == "person"}
    assert people == {"Urve Palo", "Jonathan Reynolds", "Randhir Jaiswal", "Per Moe", "Matrika Prasad Yadav"}
    met = [{p["entity"] for p in m["participants"]} for m in of_type(payloads, "meeting")]
    assert met == [{"urve-palo", "jonathan-reynolds"}, {"matrika-prasad-yadav", "per-moe"}]
    speakers = [s.get("speaker") for s in of_type(payloads, "statement")]
    assert speakers == ["urve-palo", "randhir-jaiswal", "per-moe"]


@pytest.mark.parametrize(
    "phrase",
    [
        "IOM Chief of Mission",
        "the Chief of Mission",
        "Chief of Staff",
        "Head of Protocol",
        "EU Commissioner for Crisis Management",
        "the Special Envoy for Climate Change",
        "International Organization",
    ],
)
def test_what_a_post_is_of_or_for_is_no_ones_name(phrase):
    """Never a person called "Mission", "Crisis Management" or "Organization"."""
    assert mention_of(phrase).name is None


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Chief of Staff John Kelly", "John Kelly"),
        ("Head of Mission Ana Lopez", "Ana Lopez"),
        ("Commissioner for Trade Ana Lopez", "Ana Lopez"),
        ("King Abdullah of Jordan", "Abdullah"),
        ("Foreign Minister Wang Yi of China", "Wang Yi"),
    ],
)
def test_a_name_after_a_post_of_or_for_something_is_still_its_holders(phrase, name):
    assert mention_of(phrase).name == name


def test_a_guest_received_with_a_post_of_or_for_something_after_the_name_is_no_person_of_that_words():
    payloads = drafted_text(
        "Deputy Prime Minister Omar Diallo received at his office Ana Lopez, International Organization for "
        "Migration (IOM) Chief of Mission to Ethiopia, and Eva Kral, EU Commissioner for Crisis Management, on "
        "Monday.\n"
    )
    people = {e["name"] for e in of_type(payloads, "entity") if e["kind"] == "person"}
    assert people == {"Omar Diallo", "Ana Lopez", "Eva Kral"}


@pytest.mark.parametrize(
    ("phrase", "body"),
    [
        ("Nigerian National Petroleum Corporation", "Nigerian National Petroleum Corporation"),
        ("the Inter-Governmental Authority", "Inter-Governmental Authority"),
    ],
)
def test_a_name_ending_in_a_corporation_or_an_authority_is_a_body(phrase, body):
    who = mention_of(phrase)
    assert (who.name, who.organisation) == (None, body)


@pytest.mark.parametrize("phrase", ["Co-Chairs", "the Co-Chairs", "Vice-Presidents", "Brexit US-UK", "UK-New Zealand"])
def test_a_hyphenated_posts_plural_or_two_countries_joined_by_a_hyphen_name_no_one(phrase):
    assert mention_of(phrase).name is None


def test_a_meeting_with_a_minister_of_portfolios_listed_with_commas_has_no_party_of_a_portfolio():
    payloads = drafted_text(
        "Minister Omar Diallo said his meeting with Cuba's Minister of Science, Technology and Environment Ana "
        "Lopez on Wednesday focused on biodiversity.\n"
    )
    assert "Technology" not in {e["name"] for e in of_type(payloads, "entity")}


def test_a_posts_portfolio_on_something_is_no_name_but_the_name_set_off_after_it_is():
    who = mention_of("the Senior Special Assistant to the President on Media and Publicity, Omar Diallo")
    assert who.name == "Omar Diallo"  # never "Publicity"

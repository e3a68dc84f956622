"""Capitals that name no one: a body named by what it is of ("the Federal Reserve Bank of New York"), the end of a
body's longer name after a post ("director of the Institute of Trade Studies"), a region before a plural ("officials
of Pacific nations"), and a plural noun that looks like a reporting verb before a preposition ("Caribbean states in
Seoul") — never a person. Texts made for the tests."""

from __future__ import annotations

import pytest
from drafting import drafted_meetings, drafted_text, of_type

PUBLISHED = "2023-10-11"  # a Wednesday


def people(text: str) -> list[str]:
    return [e["name"] for e in of_type(drafted_text(text, PUBLISHED), "entity") if e["kind"] == "person"]


def meetings(text: str) -> list[list[str]]:
    return drafted_meetings(text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "met"),
    [
        (
            "Park Jin met with Rodolfo Sabonge, secretary-general of the Association of Caribbean States (ACS), on "
            "Wednesday.\n",
            ["Park Jin", "Rodolfo Sabonge"],
        ),
        (
            "Park Jin met Jane Moe, director of the Institute of Trade Studies, on Wednesday.\n",
            ["Park Jin", "Jane Moe"],
        ),
        # A person "of" a body whose portfolios are listed, the body's initials and head in brackets, and a post
        # after the other party's name: neither the last portfolio ("Resources") nor the post is a party.
        (
            "Trade Minister Yeo Han-koo of the Ministry of Trade, Industry and Resources (MOTIR, Minister JK Kim) "
            "and Sir Chris Bryant, Minister of State at the Department for Business and Trade, met in London on "
            "Wednesday.\n",
            ["Yeo Han-koo", "Chris Bryant"],
        ),
        (
            "Trade Minister Yeo Han-koo of the Ministry of Trade, Industry and Energy and Chris Bryant met in London "
            "on Wednesday.\n",
            ["Yeo Han-koo", "Chris Bryant"],
        ),
        # A post of a body named in full keeps the name after it: "… Department of Foreign Affairs Tammy Bruce".
        (
            "Park Jin met the spokesman for the Department of Foreign Affairs Tammy Bruce on Wednesday.\n",
            ["Park Jin", "Tammy Bruce"],
        ),
    ],
)
def test_a_body_s_longer_name_after_a_post_is_no_one_s_name(text, met):
    assert meetings(text) == [met]
    assert sorted(people(text)) == sorted(met)


@pytest.mark.parametrize(
    "body",
    [
        "The Federal Reserve Bank of New York",
        "The Reserve Bank of India",
        "The American Chamber of Commerce",
        "Islamic Republic of Iran",
        "The Democratic Republic of Congo",
        "The Grand Duchy of Luxembourg",
        "The Joint Chiefs of Staff",
        "The Peterson Institute of International Economics",
    ],
)
def test_a_body_named_by_what_it_is_of_is_no_person(body):
    text = f"{body} said on Wednesday that the outlook was weak.\n"
    assert people(text) == []
    assert [s.get("speaker_description") for s in of_type(drafted_text(text, PUBLISHED), "statement")] == [body]


@pytest.mark.parametrize(
    "body",
    ["the paramilitary Rapid Support Forces", "the Sudan Armed Forces", "the Polisario Front", "Finance Division"],
)
def test_a_body_named_by_the_word_it_ends_with_after_words_in_lower_case_is_no_person(body):
    assert people(f"Talks between the army and {body} resumed on Wednesday.\n") == []
    assert people(f"{body[0].upper()}{body[1:]} said on Wednesday that the talks had resumed.\n") == []


@pytest.mark.parametrize(
    "text",
    ["Ships crossed the Bay of Bengal on Wednesday.\n", "She entered the Hall of Fame on Wednesday.\n"],
)
def test_a_place_of_something_is_no_post_and_no_name(text):
    assert people(text) == []


@pytest.mark.parametrize(
    "opening", ["Having expressed their concern", "Welcoming the progress made", "Reiterating their commitment"]
)
def test_a_participle_opening_the_sentence_is_no_one(opening):
    text = f"{opening} over the pandemic, the ministers agreed to keep working together.\n"
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Army chief Kofi Mensah and the senior adviser for Africa Ana Lind met in Geneva on Wednesday. The pair had a "
         "three-hour meeting.", ["Ana Lind", "Kofi Mensah"]),
        ("Army chief Abdel Fattah al-Mansour and the envoy for Syria Ana Lind met in Geneva on Wednesday. The pair had "
         "a three-hour meeting.", ["Abdel Fattah al-Mansour", "Ana Lind"]),
    ],
)  # fmt: skip
def test_a_portfolio_s_country_or_region_before_a_name_is_no_part_of_it(text, pair):
    assert sorted(people(text + "\n")) == pair


def test_a_newspaper_named_by_its_city_is_no_person():
    text = (
        "The talks were useful, the Jakarta Post reported.\n\nThe talks were useful, the Kathmandu Post said.\n\n"
        "The talks were useful, the San Francisco Chronicle said.\n"
    )
    assert people(text) == []


def test_a_region_after_a_post_is_no_one():
    text = (
        "The lender's Director Middle East and Central Asia Department Jihad Azour met the Pakistani delegation on "
        "Wednesday.\n"
    )
    assert people(text) == ["Jihad Azour"]


def test_turkiye_is_turkey_and_no_part_of_a_name_after_it():
    text = "Foreign Minister Jalil Abbas Jilani met his counterpart from Türkiye Hakan Fidan on Wednesday.\n"
    assert sorted(people(text)) == ["Hakan Fidan", "Jalil Abbas Jilani"]


def test_a_person_of_a_firm_the_text_does_not_know_is_that_person_at_that_firm():
    text = "The outlook is weak, Marcel Thieliant of Capital Economics said in a commentary.\n"
    assert people(text) == ["Marcel Thieliant"]


def test_a_name_run_on_from_a_body_s_name_is_no_one_invented():
    # Which words are the bank's and which the governor's the drafter cannot tell: it names no "England Andrew Bailey".
    assert people("Park Jin met the governor of the Bank of England Andrew Bailey on Wednesday.\n") == []


@pytest.mark.parametrize(
    ("group", "met"),
    [
        ("officials of Pacific nations", []),
        ("officials of Caribbean states", []),
        ("Balkan leaders", []),
        ("Gulf states", []),
        # A country's or a body's name is a party.
        ("EU leaders", [["Park Jin", "European Union"]]),
        ("Norwegian officials", [["Park Jin", "Norway"]]),
    ],
)
def test_a_region_before_a_plural_is_no_party(group, met):
    text = f"Foreign Minister Park Jin held talks with {group} in Seoul on Wednesday.\n"
    assert meetings(text) == met
    assert set(people(text)) <= {"Park Jin"}  # no one called "Pacific", "Caribbean", "Balkan" or "Gulf"


def test_a_plural_before_a_preposition_is_a_noun_not_a_reporting_verb():
    text = (
        "Foreign Minister Park Jin held talks with officials of South American countries and Caribbean states in "
        "Seoul on Wednesday, and discussed cooperation, the foreign ministry said.\n"
    )
    (said,) = of_type(drafted_text(text, PUBLISHED), "statement")
    assert (said.get("speaker"), said.get("speaker_description")) == (None, "the foreign ministry")
    assert set(people(text)) <= {"Park Jin"}


@pytest.mark.parametrize("after", ["that", "clearly that"])
def test_states_before_what_is_said_is_a_reporting_verb(after):
    text = f"The ministry states {after} the talks went well.\n"
    (said,) = of_type(drafted_text(text, PUBLISHED), "statement")
    assert said.get("speaker_description") == "The ministry"


@pytest.mark.parametrize("host", ["Egypt’s Sissi", "Lars Berg"])
def test_what_talks_are_for_is_no_party_nor_a_post_s_portfolio(host):
    text = f"{host} hosts Qatar leader for Gaza ceasefire talks\n\nThe talks were long.\n"
    assert all("Gaza" not in name and "Gaza Strip" not in name for met in meetings(text) for name in met)


@pytest.mark.parametrize(
    ("text", "body", "speaker"),
    [
        ('The talks resumed, according to Al-Qahera News. "We are close," the minister said.\n', "Al-Qahera News",
         "al-qahera-news"),
        ("The trade surplus fell 5% in May, China's General Administration of Customs said.\n",
         "General Administration of Customs", "China's General Administration of Customs"),
        ("Exports rose 3% in May, the Korea Customs Service said.\n", "Korea Customs Service", None),
        ("Exports rose 3% in May, the Peterson Institute said.\n", "Peterson Institute", None),
    ],
)  # fmt: skip
def test_a_name_that_ends_in_a_body_s_word_is_a_body_never_a_person(text, body, speaker):
    assert not {body, body.split()[-1], " ".join(body.split()[-2:])} & set(people(text))
    said = [
        s.get("speaker") or s.get("speaker_description") for s in of_type(drafted_text(text, PUBLISHED), "statement")
    ]
    assert said[-1:] == ([speaker] if speaker else [])

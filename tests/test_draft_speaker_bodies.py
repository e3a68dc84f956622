"""A body as a quote's speaker: "the ministry" after the ministry named in full is that ministry, "the government"
after one country's government is that country (kb/draft/definite_bodies.py), and a ministry of a portfolio the
lexicon does not know is a body, never a person named after the portfolio ("Norway's Ministry of Fisheries": no
person "Fisheries"; kb/draft/speakers.py)."""

from __future__ import annotations

import pytest
from drafting import drafted_text, of_type

QUOTE = "“We remain committed to a fair deal,”"


def speaker(text: str) -> str:
    """The drafted speaker of the quote: the entity's name, or the description."""
    payloads = drafted_text(text + "\n")
    names = {p["key"]: p["name"] for p in of_type(payloads, "entity")}
    [said] = [s for s in of_type(payloads, "statement") if "committed" in s["text"]]
    return names.get(said.get("speaker", ""), said.get("speaker_description", ""))


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "ACCRA (Reuters) - Ghana's Ministry of Finance said on Tuesday that talks would resume in May.\n\n"
            f"{QUOTE} the ministry said.",
            "Ministry of Finance",
        ),
        (
            "ACCRA (Reuters) - Ghana's Finance Ministry said on Tuesday that talks would resume in May.\n\n"
            f"{QUOTE} the ministry said.",
            "Finance Ministry",
        ),
        (
            "LIMA (Reuters) - Peru's Ministry of Foreign Trade and Tourism said talks would resume in May.\n\n"
            f"{QUOTE} the ministry added.",
            "Ministry of Foreign Trade and Tourism",
        ),
        (
            f"GENEVA (Reuters) - The WTO Secretariat said talks would resume in May.\n\n{QUOTE} the secretariat said.",
            "WTO Secretariat",  # as the text names it; never a person "Secretariat"
        ),
    ],
)
def test_the_ministry_is_the_ministry_named_before(text, body):
    assert body in speaker(text)


def test_the_ministry_no_body_was_named_as_stays_a_description():
    text = f"ACCRA (Reuters) - Talks on the debt would resume in May.\n\n{QUOTE} the ministry said."
    assert speaker(text) == "the ministry"


@pytest.mark.parametrize("portfolio", ["Fisheries", "Trade and Fisheries", "Climate and Environment"])
def test_a_ministry_of_an_unknown_portfolio_is_no_person(portfolio):
    text = f"OSLO (Reuters) - Norway's Ministry of {portfolio} said in a statement that talks would resume.\n\n"
    payloads = drafted_text(text + f"{QUOTE} the statement said.\n")
    assert not [p for p in of_type(payloads, "entity") if p["kind"] == "person"]
    assert f"Ministry of {portfolio}" in speaker(text + f"{QUOTE} the statement said.")


def test_the_ministrys_quote_takes_the_day_its_words_before_gave_it():
    """ "the ministry" is the ministry the lede reports speaking on Tuesday: its quote just after is of that day."""
    text = (
        "ACCRA (Reuters) - Ghana and its bondholders will resume talks, Ghana's finance ministry said on Tuesday.\n\n"
        f"{QUOTE} the ministry said.\n"
    )
    [said] = [s for s in of_type(drafted_text(text, "2025-03-05"), "statement") if "committed" in s["text"]]
    assert said["speaker_description"] == "Ghana's finance ministry"
    assert said["occurred_at"] == "2025-03-04"


@pytest.mark.parametrize(
    ("opening", "country"),
    [
        ("ISLAMABAD (Reuters) - The Pakistani government on Tuesday announced new talks with the IMF.", "Pakistan"),
        ("COLOMBO (Reuters) - Talks with creditors resumed, the Sri Lankan government said on Monday.", "Sri Lanka"),
        ("ACCRA - The Government of Ghana reached a deal with its bondholders on Friday.", "Ghana"),
        ("TOKYO - Japan’s new government wants a deal before the summer.", "Japan"),
        ("LONDON - The government of the United Kingdom said it would talk.", "United Kingdom"),
    ],
)
def test_the_government_is_the_country_whose_government_was_named_before(opening, country):
    assert speaker(f"{opening}\n\n{QUOTE} the government said.") == country


@pytest.mark.parametrize(
    "opening",
    [
        "COLOMBO (Reuters) - Sri Lanka signed agreements with its creditors on Wednesday.",  # no government named
        "GENEVA - The US government and the Chinese government met on Monday.",  # two: which spoke cannot be told
        "GENEVA - The government said on Monday that talks would resume.",  # no country's
    ],
)
def test_the_government_stays_a_description_when_no_one_country_s_was_named(opening):
    assert speaker(f"{opening}\n\n{QUOTE} the government said.") == "the government"


def test_the_government_of_a_country_speaking_is_the_country():
    text = f"Government of Pakistan said the talks were good.\n\n{QUOTE} said the Government of Pakistan."
    assert speaker(text) == "Pakistan"  # as "the Pakistani government" is; never a description only


@pytest.mark.parametrize(
    ("opening", "body"),
    [
        ("ACCRA - The finance ministry said in a statement on Friday that the talks had gone well.", "ministry"),
        (
            "ACCRA - The Public Relations office of the Finance Minister in a statement expressed how encouraged the "
            "government is by the progress.",
            "Public Relations office",
        ),
    ],
)
def test_a_quote_alone_after_a_body_s_reported_words_is_the_body_s(opening, body):
    assert body in speaker(f"{opening}\n\n{QUOTE}")


def test_a_quote_alone_after_unnamed_people_s_reported_words_is_no_one_s():
    payloads = drafted_text(f"ACCRA - Officials said the talks had gone well.\n\n{QUOTE}\n")
    assert not [s for s in of_type(payloads, "statement") if "committed" in s["text"]]


def test_a_quote_with_its_own_speaker_after_a_body_s_words_is_that_speaker_s():
    text = (
        "The White House said it was not surprised by the reports.\n\n"
        f"{QUOTE[:-2]}” White House press secretary Omar Diallo said.\n"
    )
    assert speaker(text) == "Omar Diallo"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The talks went well, Singapore's Ministry of Foreign Affairs (MFA) said.\n\n"
            f"{QUOTE} MFA said in a statement.",
            "Singapore's Ministry of Foreign Affairs",
        ),
        (
            f"The talks went well, the Kenyan Ministry of Trade (MOT) said.\n\n{QUOTE} MOT said in a statement.",
            "the Kenyan Ministry of Trade",
        ),
        (f"{QUOTE} MOT said in a statement.", "MOT"),  # an acronym the text spells out nowhere stays itself
        (
            "The Kenyan Ministry of Trade (MOT) met on Monday. Diallo (MOT) arrived.\n\n"  # a person's brackets: none
            f"{QUOTE} MOT said.",
            "The Kenyan Ministry of Trade",
        ),
    ],
)
def test_a_body_s_acronym_is_the_body_the_text_spelt_out_before_it_in_brackets(text, body):
    assert speaker(text) == body


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            f"Talks will resume, Egypt's Ministry of Water Resources said.\n\n{QUOTE} said the Egyptian Ministry.",
            "Egypt's Ministry of Water Resources",
        ),
        # another nation's ministry named before is not it, nor is none named
        (
            f"Talks will resume, Ethiopia's Ministry of Water said.\n\n{QUOTE} said the Egyptian Ministry.",
            "the Egyptian Ministry",
        ),
        (f"{QUOTE} said the Egyptian Ministry.", "the Egyptian Ministry"),
    ],
)
def test_a_nation_s_ministry_named_by_its_noun_is_that_nation_s_named_before(text, body):
    assert speaker(text) == body


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (f"{QUOTE} said the Kenyan foreign ministry in a statement on Monday.", "the Kenyan foreign ministry"),
        ("Ghana's Ministry of Finance met its creditors.\n\n" f"{QUOTE} said the ministry in a statement on Monday.",
         "Ghana's Ministry of Finance"),
        (f"{QUOTE} said the ministry during a news conference.", "the ministry"),
    ],
)  # fmt: skip
def test_the_occasion_after_a_body_named_after_the_verb_is_no_part_of_it(text, body):
    assert speaker(text) == body


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Talks failed, the Ministry of Oceans and Fisheries said.\n\n" f"{QUOTE} Seoul's ministry said.",
         "Ministry of Oceans and Fisheries"),
        # another country's ministry is not it
        ("Talks failed, Japan's Ministry of Fisheries said.\n\n" f"{QUOTE} Seoul's ministry said.", "Seoul's ministry"),
    ],
)  # fmt: skip
def test_a_capital_s_ministry_is_the_ministry_named_before_of_no_other_country(text, body):
    assert speaker(text) == body


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (f"{QUOTE} said the official Xinhua news agency.", "Xinhua"),
        (f"{QUOTE} the state-run Yonhap news agency reported.", "Yonhap"),
        (f"{QUOTE} the semi-official Tasnim news agency said.", "Tasnim"),
        (f"{QUOTE} said the Iranian news agency.", "the Iranian news agency"),  # a nation's, no agency named
    ],
)
def test_a_news_agency_named_before_its_noun_after_words_in_lower_case_is_that_agency(text, body):
    assert speaker(text) == body


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (f"{QUOTE} the Xinhua news agency said.", "Xinhua"),
        (f"{QUOTE} Yonhap news agency reported.", "Yonhap"),
        (f"{QUOTE} the news agency said.", "the news agency"),
    ],
)
def test_a_news_agency_before_the_verb_is_the_agency_not_the_word_agency(text, body):
    assert speaker(text) == body

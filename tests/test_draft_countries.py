"""kb draft knows every country a negotiation may have as a party (`kb/draft/countries.py`): each member of the
United Nations by its name, its other names and the adjective of its people — never drafted as a person. Texts
written for these tests."""

from __future__ import annotations

import pytest

from kb.draft.countries import COUNTRIES, DEMONYMS
from tests.drafting import drafted_text

UN_MEMBERS = 193


def _draft(text: str) -> list[dict]:
    return drafted_text(text, "2025-04-16")


def test_every_member_of_the_united_nations_is_known():
    states = set(COUNTRIES) - {"European Union", "Faroe Islands", "Greenland", "Taiwan", "Kosovo", "Palestine"}
    states -= {"Holy See", "Hong Kong", "Macau", "Puerto Rico"}
    assert len(states) == UN_MEMBERS
    assert set(DEMONYMS.values()) <= set(COUNTRIES)


@pytest.mark.parametrize("country", ["Togo", "Benin", "Jordan", "Georgia", "Chad", "North Macedonia"])
def test_a_country_once_unknown_is_a_country_not_a_person(country):
    text = f"{country} and Ghana signed a memorandum of understanding on fisheries on Tuesday.\n"
    entities = {p["name"]: p["kind"] for p in _draft(text) if p["type"] == "entity"}
    assert entities.get(country) == "country"


@pytest.mark.parametrize("name", ["Chad Bown", "Israel Katz", "Jordan Bardella", "Georgia Meloni"])
def test_a_person_whose_first_name_is_a_countrys_is_a_person(name):
    """Once "Bown" of Chad, "Katz" of Israel: a country's name opening a name is a first name."""
    for text in (
        f'"The tariffs will hurt both sides," said {name}, speaking in Paris.\n',
        f"{name} said on Tuesday that the tariffs would hurt both sides.\n",
    ):
        said = [p for p in _draft(text) if p["type"] == "statement"]
        assert [p["speaker"] for p in said] == [name.lower().replace(" ", "-")]


@pytest.mark.parametrize(
    ("people", "country"),
    [("Togolese", "togo"), ("Jordanian", "jordan"), ("Sudanese", "sudan"), ("Emirati", "united-arab-emirates")],
)
def test_the_adjective_of_a_countrys_people_names_it(people, country):
    """Once "Sudanese foreign minister", no country: the post of the country the adjective names."""
    text = f"{people} Foreign Minister Ali Youssef said on Tuesday that the talks would resume.\n"
    roles = [(p["title"], p.get("organisation")) for p in _draft(text) if p["type"] == "role"]
    assert roles == [("foreign minister", country)]

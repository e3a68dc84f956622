"""The countries a text is about (kb/draft/negotiation.py's about): the sides it names, not where things happen — a
country named after "in" or as a dateline's city is a place, and a draft's agreements and tariffs never take it for a
party."""

from __future__ import annotations

from kb.draft.negotiation import about


def test_a_dateline_city_and_a_venue_are_no_side():
    text = (
        "BRASILIA, Nov 14 (PTI) - India and China agreed to keep in close contact on trade.\n"
        "The leaders met on the sidelines of the summit in Brazil, at a hotel in Brasilia.\n"
        "China's commerce ministry welcomed the talks.\n"
    )
    assert about(text) == ["China", "India"]  # Brazil, named three times, is where they met


def test_a_country_after_in_is_a_place():
    text = "BRASILIA (Reuters) - Chile and Peru held talks on copper in Brazil, in Brazil's capital.\n"
    assert about(text) == ["Chile", "Peru"]


def test_a_country_opening_a_line_as_its_subject_is_a_side():
    assert about("China's exports rose in May.\nChina said it would cut tariffs on Japan.\n") == ["China", "Japan"]

"""The countries a text is about (kb/draft/negotiation.py's about): the sides it names, not where things happen — a
country named after "in" or as a dateline's city is a place, and a draft's agreements and tariffs never take it for a
party."""

from __future__ import annotations

from kb.draft.negotiation import about


def test_a_dateline_city_and_a_venue_are_no_side():
    text = (
        "BRASILIA, Nov 14 (PTI) - India and China agreed to keep in close contact on trade.\n"
        "The leaders of India and China met on the sidelines of the summit in Brazil, in Brasilia.\n"
        "China's commerce ministry welcomed the talks.\n"
    )
    assert about(text) == ["China", "India"]


def test_a_dateline_of_a_wire_and_its_agency_is_a_place():
    assert "Brazil" not in about("BRASILIA (Reuters) - Chile and Peru held talks on copper. Chile said. Peru said.")


def test_a_country_opening_a_line_as_its_subject_is_a_side():
    assert about("China's exports rose in May.\nChina said it would cut tariffs on Japan.\n") == ["China", "Japan"]

"""A partial quote's words must be words the source itself quotes: in double quotes, or in
single quotes as British and headline style has them — never words an apostrophe ends."""

from __future__ import annotations

from kb.model.quotes import found_in


def test_words_the_source_quotes_in_single_quotes_are_quoted():
    assert found_in('"fair deal is perfectly possible"', "Barnier says a 'fair deal is perfectly possible' for both")
    assert found_in('"fair deal"', "Barnier says a ‘fair deal is perfectly possible’ for both")


def test_an_apostrophe_quotes_nothing():
    assert not found_in('"s deal"', "Japan's deal is what Japan's negotiators want")
    assert not found_in('"fair deal"', "a fair deal, Barnier said")

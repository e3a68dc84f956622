"""A capitalised "He" after a person whose family name, written first, is He ("He Lifeng", "He Yadong") is that
person, not the last man named: Xinhua's "He Lifeng … held video talks with U.S. Trade Representative Jamieson Greer.
… He said China hopes …" (kb/draft/reader.py) — sentences written for these tests."""

from __future__ import annotations

from drafting import drafted_statements

TEXT = (
    "BEIJING, March 26 (Xinhua) -- He Lifeng, Chinese vice premier and Chinese lead for China-U.S. economic and trade "
    "affairs on Wednesday held video talks with U.S. Trade Representative Jamieson Greer.\n\n"
    "The two sides exchanged candid views on bilateral economic and trade issues.\n\n"
    "He said China hopes the U.S. side will return to equal consultation.\n\n"
    "Greer said candid talks are important.\n"
)


def test_he_is_the_surname_of_the_person_named_so():
    speakers = [s.get("speaker") for s in drafted_statements(TEXT, "2025-03-27")]
    assert speakers == ["he-lifeng", "jamieson-greer"]


def test_he_is_a_pronoun_where_no_one_is_named_so():
    text = TEXT.replace("He Lifeng", "Li Qiang")  # "He": the last man named, as ever
    assert [s.get("speaker") for s in drafted_statements(text, "2025-03-27")] == ["jamieson-greer", "jamieson-greer"]

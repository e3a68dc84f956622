"""Names whose first letter is a capital with an accent or a stroke ("Çavuşoğlu", "Šefčovič", "Łukasz Żmuda"), read as
names in plain capitals are: a surname alone is the person named in full before, a pronoun after it stands for them,
and the days the story gives their words reach them (kb/draft/text.py CAPITALS, known.named_by_surname)."""

from __future__ import annotations

import pytest
from drafting import drafted_statements, drafted_text, of_type

MONDAY = "2025-04-14"


def speakers_and_days(text: str) -> list[tuple[str | None, str | None]]:
    return [(quote.get("speaker"), quote.get("occurred_at")) for quote in drafted_statements(text)]


@pytest.mark.parametrize(
    ("full", "surname", "key"),
    [
        ("Mevlüt Çavuşoğlu", "Çavuşoğlu", "mevlut-cavusoglu"),
        ("Maroš Šefčovič", "Šefčovič", "maros-sefcovic"),
        ("Łukasz Żmuda", "Żmuda", "lukasz-zmuda"),
        ("Ólafur Ísleifsson", "Ísleifsson", "olafur-isleifsson"),
    ],
)
def test_a_surname_alone_opening_with_an_accented_capital_is_the_person_named_in_full(full, surname, key):
    text = f'Foreign Minister {full} met Ana Lopez on Monday.\n\n"We are close," {surname} said.\n'
    assert speakers_and_days(text) == [(key, MONDAY)]
    names = [e["name"] for e in of_type(drafted_text(text), "entity") if e["kind"] == "person"]
    assert surname not in names  # no second person by the surname alone


def test_a_pronoun_after_an_accented_surname_as_subject_stands_for_that_person():
    text = (
        "Turkish Foreign Minister Mevlüt Çavuşoğlu met John Kerry in Brussels.\n\n"
        "Çavuşoğlu also met with the Bulgarian Foreign Minister Daniel Mitov.\n\n"
        "On Monday, he met with Greek Foreign Minister Nikos Kotzias.\n"
    )
    meetings = [[p["entity"] for p in met["participants"]] for met in of_type(drafted_text(text), "meeting")]
    assert ["mevlut-cavusoglu", "nikos-kotzias"] in meetings
    assert not any("daniel-mitov" in met and "nikos-kotzias" in met for met in meetings)


@pytest.mark.parametrize(
    "text",
    [
        'Foreign Minister Mevlüt Çavuşoğlu spoke to reporters on Monday.\n\n"We are close," Çavuşoğlu said.\n',
        '"We are close," said Foreign Minister Mevlüt Çavuşoğlu.\n\nÇavuşoğlu made the remarks in Ankara on Monday.\n',
    ],
)
def test_the_day_the_story_gives_an_accented_surname_s_words_reaches_them(text):
    assert speakers_and_days(text) == [("mevlut-cavusoglu", MONDAY)]

"""kb draft: who said it, read as a reader of English news prose reads it — a pronoun after an unnamed
speaker, a dateline in capitals, a post "of" a work or a body, a quote a clause inside the attribution
gives to its own subject, "the statement" standing for whoever issued it. Texts written for these tests."""

from __future__ import annotations

import pytest
from drafting import drafted, of_type

pytestmark = pytest.mark.usefixtures("talks")


def speakers(kb, text: str) -> list[tuple[str | None, str | None]]:
    """(speaker, speaker_description) of each drafted quote, in the text's order."""
    return [
        (s.get("speaker"), s.get("speaker_description"))
        for s in of_type(drafted(kb, text), "statement")
        if s["attribution"] in ("direct_quote", "partial_quote")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Trade Minister Carla Mendes flew to Geneva on Monday. Before the vote, a senior European diplomat told the "
        'newspaper Le Soir the text was ready. He warned that the deal could still "fall apart overnight".\n',
        "Tomas Novak opened the round. A well-placed Danish negotiator said on Tuesday the quotas were settled.\n\n"
        '"We have the numbers we need," she told reporters.\n',
        "Spokesman Ali Reza said the talks would resume. An aide to the president told Reuters the delegations were "
        'far apart, and he said the gap was "wider than ever".\n',
    ],
)
def test_he_or_she_after_an_unnamed_speaker_stands_for_that_speaker(kb, text):
    found = speakers(kb, text)
    assert len(found) == 1
    assert found[0][0] is None and found[0][1] is not None
    assert found[0][1].split()[0] in ("a", "A", "an", "An")


def test_a_pronoun_skips_an_unnamed_speaker_of_the_other_sex_or_one_named_since(kb):
    text = (
        "Anna Lind said she would sign. A ministry spokesman told reporters the text was final.\n\n"
        '"We will sign it this week," she said.\n\n'
        "An official said the vote was close. Jonas Berg said it was over.\n\n"
        '"It is settled," he said.\n'
    )
    assert speakers(kb, text) == [("anna-lind", None), ("jonas-berg", None)]

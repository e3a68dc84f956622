"""A meeting named by a participle opening the sentence, "Meeting with B, A …" or "Holding talks with B, A …": the
subject of the clause after it is the other party (sentences written for these tests; kb/draft/meeting_nouns.py)."""

from __future__ import annotations

import pytest
from drafting import drafted, imports, meeting_parties, of_type

pytestmark = pytest.mark.usefixtures("talks")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Meeting with Foreign Minister Ana Berg in Hanoi on Monday, Minister Pedro Alvarez proposed a new trade"
         " route.", ["Pedro Alvarez", "Ana Berg"]),
        ("Meeting with his Chilean counterpart Lucas Moreau, Trade Minister Ivan Petrov agreed to lift the tariffs.",
         ["Ivan Petrov", "Lucas Moreau"]),
        ("Holding talks with President Omar Diallo, Prime Minister Kwame Osei called for calm at the border.",
         ["Kwame Osei", "Omar Diallo"]),
        ("Meeting with Premier Tomas Novak at the summit, Chancellor Ana Lind raised the fishing quotas again.",
         ["Ana Lind", "Tomas Novak"]),
    ],
)  # fmt: skip
def test_a_participle_of_meeting_opening_the_sentence_makes_its_subject_the_other_party(text, expected):
    assert meeting_parties(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Meeting with reporters in Oslo, Minister Tomas Novak said the talks were over.",
        "Meeting with resistance from farmers, the plan was dropped by Minister Ana Lind.",
        "Meeting with the press later, the ministers gave no details.",
    ],
)
def test_a_participle_of_meeting_no_one_named_makes_no_meeting(text):
    assert meeting_parties(text) == []


def test_a_meeting_opening_the_sentence_imports_as_drafted(kb, runner, tmp_path):
    text = "Meeting with Foreign Minister Ana Berg in Hanoi on Monday, Minister Pedro Alvarez proposed a trade route.\n"
    payloads = drafted(kb, text)
    assert len(of_type(payloads, "meeting")) == 1
    imports(runner, payloads, tmp_path)

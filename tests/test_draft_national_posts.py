"""A post of a nation after "the" is the person named with that country's post, not the last minister named: "the
Ghanaian minister" after "Ghana's finance minister Kwame Osei met Norway's trade minister Anna Lind" is Osei
(kb/draft/descriptions.py) — sentences written for these tests."""

from __future__ import annotations

import pytest
from drafting import drafted_statements

INTRODUCTION = (
    "ACCRA, March 3 (Reuters) - Ghana's finance minister Kwame Osei met Norway's trade minister Anna Lind in Accra on "
    "Monday for talks on a fisheries pact.\n\nThe two sides failed to agree on quotas.\n\n"
)


def speaker(sentence: str) -> str | None:
    [said] = [s for s in drafted_statements(INTRODUCTION + sentence + "\n") if "We are close" in s["text"]]
    return said.get("speaker")


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("“We are close,” the Ghanaian minister said.", "kwame-osei"),  # named first: not the last minister named
        ("“We are close,” the Norwegian minister told reporters.", "anna-lind"),
        ("“We are close,” the finance minister said.", "kwame-osei"),
        ("“We are close,” the trade minister said.", "anna-lind"),
    ],
)
def test_a_post_of_a_nation_is_the_person_that_country_gave_it(sentence, who):
    assert speaker(sentence) == who

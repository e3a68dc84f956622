"""kb draft: a quote in a sentence whose opening subject thinks, hopes or judges rather than says —
"Tomas Novak believes the deal 'is the best we could get'", "Lind sees the offer as 'a start'", "Osei is
confident the talks will 'end well'". Texts written for these tests."""

from __future__ import annotations

import pytest
from drafting import drafted, imports, of_type

pytestmark = pytest.mark.usefixtures("talks")


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Novak believes the deal “is the best the fleet could get”.\n",
        "Tomas Novak, the fisheries minister, sees the offer as “a start and no more”.\n",
        "Tomas Novak still hopes the talks will “bring the boats back to Bergen”.\n",
        "Tomas Novak expects the second round to “end before the summer recess”.\n",
        "Tomas Novak is confident the quota will “hold for the next ten years”.\n",
        "Tomas Novak welcomed the agreement as “historic for both fleets”.\n",
        "Tomas Novak clearly considers the text “a draft, not a treaty”.\n",
        "Tomas Novak remained sceptical that the Alliance would “move an inch”.\n",
    ],
)
def test_a_quote_after_the_subject_s_verb_of_thinking_is_the_subject_s(kb, runner, tmp_path, text):
    payloads = drafted(kb, text)
    assert [p.get("speaker") for p in of_type(payloads, "statement")] == ["tomas-novak"]
    imports(runner, payloads, tmp_path)


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Novak met the “Friends of the Fleet” group in Bergen.\n",  # no verb of thinking
        "The “historic” deal, Tomas Novak believes, will hold.\n",  # the quote before the verb
        "Norway believes the deal “is the best the fleet could get”.\n",  # a country, no person
        "Tomas Novak saw the “Blue Water” boats leave the harbour.\n",  # seeing is no judging
    ],
)
def test_a_quote_not_after_a_person_s_verb_of_thinking_is_no_one_s(kb, text):
    assert of_type(drafted(kb, text), "statement") == []

"""kb draft on a quote after a participle of saying: the speaker after "with" in an absolute phrase ("…, with union
leader Ana Berg describing it as '…'"), and the sentence's subject before a comma and a participle of judging
("Novak ruled it out, calling it '…'"). Texts written for these tests."""

from __future__ import annotations

import pytest
from drafting import drafted, imports, of_type

pytestmark = pytest.mark.usefixtures("talks")


def speakers(kb, text: str) -> list[str | None]:
    return [p.get("speaker") or p.get("speaker_description") for p in of_type(drafted(kb, text), "statement")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The unions rejected the offer, with union leader Ana Berg describing it as “an insult to every worker”.\n",
         "ana-berg"),
        ('Markets fell sharply on Monday, with analysts saying "the deal is dead in the water for now".\n',
         "analysts"),
        ("The rebels have turned the plan down, with their spokesman Omar Diallo labelling it — and the way it was"
         " drafted — “aggressive and one-sided.”\n", "omar-diallo"),
        ("Talks resumed in Geneva, with Foreign Minister Tomas Novak also calling the new draft 'a real step"
         " forward for both sides'.\n", "tomas-novak"),
        ('Lind said the talks had failed, with Kwame Osei warning that "nobody will sign this text as it stands".\n',
         "kwame-osei"),
    ],
)  # fmt: skip
def test_a_quote_after_with_and_a_speaker_s_participle_of_saying_is_that_speaker_s(kb, text, speaker):
    assert speakers(kb, text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Tomas Novak ruled out the plan on Monday, calling it "a recipe for stalemate and delay".\n', "tomas-novak"),
        ("Ana Berg turned the offer down flat, describing it as “far below what the workers were promised”.\n",
         "ana-berg"),
        ("Minister Kwame Osei hit out at the lenders, branding their terms 'a straitjacket for our economy'.\n",
         "kwame-osei"),
        ("Omar Diallo brushed the report aside, dismissing it as 'a story that nobody in the room would "
         "recognise'.\n", "omar-diallo"),
    ],
)  # fmt: skip
def test_a_quote_after_a_comma_and_a_participle_of_judging_is_the_sentence_subject_s(kb, text, speaker):
    assert speakers(kb, text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        'The motion passed, with 60 per cent of members saying "yes" to the new text.\n',
        'The talks ended with a handshake, calling time on "the longest round" of the year.\n',
    ],
)
def test_a_with_phrase_naming_no_one_makes_no_speaker(kb, text):
    assert speakers(kb, text) == []


def test_a_quote_after_with_and_a_speaker_imports_as_drafted(kb, runner, tmp_path):
    text = "The unions rejected the offer, with union leader Ana Berg describing it as “an insult to every worker”.\n"
    imports(runner, drafted(kb, text), tmp_path)

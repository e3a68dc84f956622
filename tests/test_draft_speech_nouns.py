"""kb draft: a speaker named by a noun of saying rather than a verb — the next sentence, "So wrote X", "That
was X's verdict", "This is the view of X", or before a colon, "The Alliance's statement:", "X's post on X was
short:". Texts written for these tests."""

from __future__ import annotations

import pytest
from drafting import drafted, imports, of_type

pytestmark = pytest.mark.usefixtures("talks")

QUOTE = "“The deal is good for farmers and the fleet will gain.”"


@pytest.mark.parametrize(
    "after",
    [
        "That was Tomas Novak's verdict.",
        "That was Tomas Novak’s blunt assessment after the vote.",
        "This is the view of Tomas Novak, the Alliance's negotiator.",
        "So argued Tomas Novak in the Oslo Post.",
        "So wrote Tomas Novak in his letter to the ministers.",
    ],
)
def test_a_next_sentence_naming_whose_words_they_were_names_the_speaker(kb, runner, tmp_path, after):
    payloads = drafted(kb, f"Talks went on.\n\n{QUOTE} {after}\n")
    assert [p.get("speaker") for p in of_type(payloads, "statement")] == ["tomas-novak"]
    imports(runner, payloads, tmp_path)


@pytest.mark.parametrize(
    "after",
    ["That was Tomas Novak's car.", "That was the plan of Tomas Novak.", "So began Tomas Novak's second term."],
)
def test_a_next_sentence_naming_someone_s_thing_is_no_attribution(kb, after):
    assert of_type(drafted(kb, f"Talks went on.\n\n{QUOTE} {after}\n"), "statement") == []


@pytest.mark.parametrize(
    ("before", "speaker"),
    [
        ("Tomas Novak's post on X was short:", "tomas-novak"),
        ("Tomas Novak's letter to the ministers ended:", "tomas-novak"),
        ("Tomas Novak’s position:", "tomas-novak"),
        ("Tomas Novak's remarks to the farmers were plain:", "tomas-novak"),
    ],
)
def test_a_speaker_s_noun_of_saying_before_a_colon_names_the_speaker(kb, runner, tmp_path, before, speaker):
    payloads = drafted(kb, f"{before} {QUOTE}\n")
    assert [p.get("speaker") for p in of_type(payloads, "statement")] == [speaker]
    imports(runner, payloads, tmp_path)


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Novak was asked whether a deal was near. His answer: “We are close, and it will be signed in May.”\n",
        "Tomas Novak spoke last. His message to the lenders was plain: “Pay up.”\n",
        "Anna Lind took the floor. Her verdict on the offer: “Not enough.”\n",
    ],
)
def test_a_pronoun_s_noun_of_saying_before_a_colon_is_the_person_named_before(kb, runner, tmp_path, text):
    payloads = drafted(kb, text)
    quoted = [p for p in of_type(payloads, "statement") if p["attribution"] == "direct_quote"]
    assert len(quoted) == 1 and quoted[0]["speaker"] in ("tomas-novak", "anna-lind")
    assert quoted[0]["speaker"] == ("anna-lind" if "Lind" in text else "tomas-novak")
    imports(runner, payloads, tmp_path)


@pytest.mark.parametrize(
    "headline",
    [
        "Deal is ‘within reach’: Novak",
        "Talks with Norway ‘constructive’: Trade Minister Tomas Novak",
        "‘We are close to a deal’ – Novak",
    ],
)
def test_a_headline_s_quote_then_a_name_alone_after_a_colon_or_a_dash_is_that_person_s(kb, runner, tmp_path, headline):
    payloads = drafted(kb, f"{headline}\n\nTrade Minister Tomas Novak spent Monday in talks with Norway.\n")
    assert [p.get("speaker") for p in of_type(payloads, "statement")] == ["tomas-novak"]
    imports(runner, payloads, tmp_path)


def test_a_colon_after_a_quote_then_a_clause_names_no_speaker(kb):
    text = "The ministers agreed on one word, “quotas”: Norway would give none.\n"
    assert of_type(drafted(kb, text), "statement") == []


@pytest.mark.parametrize(
    ("between", "after"),
    [
        ("\n\n", "Those were the words of Tomas Novak, the fisheries minister, on Monday."),
        (" ", "These are the remarks of Tomas Novak."),
        ("\n\n", "So wrote Tomas Novak in the Oslo Post."),
    ],
)
def test_a_sentence_naming_whose_words_they_were_may_open_the_next_paragraph(kb, runner, tmp_path, between, after):
    payloads = drafted(kb, f"Talks went on.\n\n{QUOTE}{between}{after}\n")
    assert [p.get("speaker") for p in of_type(payloads, "statement")] == ["tomas-novak"]
    imports(runner, payloads, tmp_path)


def test_a_next_paragraph_that_adds_is_not_read_across_the_break(kb):
    text = f"Talks went on.\n\n{QUOTE}\n\nTomas Novak added that the talks would go on.\n"
    said = of_type(drafted(kb, text), "statement")
    assert all(QUOTE.strip("“”") not in s["text"] for s in said)  # '"…" Novak added' only within its paragraph

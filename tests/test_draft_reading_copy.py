"""The drafter reads a text's layout as plain prose (`kb/draft/reading_copy.py`, `kb/draft/wrapped_lines.py`): lines
wrapped at a width, no-break spaces and page furniture between paragraphs draft what the same story written plainly
drafts, and the draft imports as it is."""

from __future__ import annotations

import textwrap

import pytest

from kb.draft.reading_copy import reading_copy
from kb.draft.wrapped_lines import unwrapped, width
from tests.drafting import drafted, drafted_text, imports, of_type

PUBLISHED = "2025-04-16"  # a Wednesday: Tuesday is the 15th

# A story as a web page gives it: one paragraph a line.
STORY = [
    "Togo, Benin narrow gaps on port levy",
    "LOME, April 16 (Wire) - Togo and Benin narrowed their differences over a levy on transit cargo at the port of "
    "Lome, Togo's Finance Minister Kofi Adjei said on Tuesday after a second day of talks with his Beninese "
    "counterpart, Romuald Wadagni.",
    '"Three of the five points are settled, and the other two are a matter of weeks, not months," Adjei told '
    "reporters in Lome.",
    '"We have agreed on how the levy is counted. What remains is who collects it and where the money goes."',
    "Transit cargo through Lome rose 4.5 percent to 31 million tonnes last year, and the levy raised $120 million "
    "for the port authority, according to the ministry.",
    "Wadagni said Benin wanted a share of the levy for the upkeep of the road to Cotonou, which carries most of the "
    "cargo bound for Niger and Burkina Faso.",
    '"Our roads carry the trucks, so our roads must have their part," he said, adding that a deal by June was '
    '"within reach".',
    "The two ministers will meet again in Cotonou in May, the ministry said.",
]
PLAIN = "\n".join(STORY) + "\n"


def _wrapped(paragraphs: list[str], at: int, between: str) -> str:
    """The paragraphs with their lines wrapped at ``at`` characters, ``between`` each two paragraphs."""
    return between.join("\n".join(textwrap.wrap(p, at, break_on_hyphens=False)) for p in paragraphs) + "\n"


def _draft(text: str, published: str = PUBLISHED) -> list[dict]:
    return drafted_text(text, published)


def test_the_plain_story_drafts_its_claims():
    """What the layouts below are compared with: the plain story's claims, each with its speaker and day."""
    payloads = _draft(PLAIN)
    said = [(s.get("speaker"), s["text"][:20], s.get("occurred_at")) for s in of_type(payloads, "statement")]
    assert ("kofi-adjei", "We have agreed on ho", "2025-04-15") in said  # a paragraph of its own: Adjei's
    assert ("romuald-wadagni", "Our roads carry the ", None) in said
    assert {(p["value"], p["unit"]) for p in of_type(payloads, "data_point")} >= {
        ("31000000", "tonnes"),
        ("120000000", "USD"),
    }


@pytest.mark.parametrize("at", [60, 72, 80, 100])
@pytest.mark.parametrize("between", ["\n\n", "\n"], ids=["blank lines between paragraphs", "a line break only"])
def test_a_story_wrapped_at_a_width_drafts_as_the_plain_story(at, between):
    text = _wrapped(STORY, at, between)
    assert width(text) is not None and reading_copy(text).split() == text.split()
    assert _draft(text) == _draft(PLAIN)


@pytest.mark.parametrize(
    "layout",
    [
        # pypdf's text: a space before each line break, a line of one space between paragraphs
        lambda p: "\n".join(f"{line} " for line in textwrap.wrap(p, 90)) + "\n \n",
        # a government record's: every line indented, a blank line between paragraphs
        lambda p: "\n".join(f"                {line}" for line in textwrap.wrap(p, 64)) + "\n\n",
        # tabs and runs of spaces between words
        lambda p: p.replace(" the ", "  the ").replace(" of ", "\tof ") + "\n",
    ],
    ids=["a PDF's text", "indented lines", "runs of white space"],
)
def test_the_white_space_of_a_layout_drafts_as_the_plain_story(layout):
    text = "".join(layout(p) for p in STORY)
    assert reading_copy(text).split() == text.split()
    assert _draft(text) == _draft(PLAIN)


@pytest.mark.parametrize("at", [60, 80])
def test_a_wrapped_story_imports_as_drafted(kb, talks, runner, tmp_path, at):
    """The draft's excerpts are the wrapped text's words, white space aside: the import finds every one."""
    payloads = drafted(kb, _wrapped(STORY, at, "\n\n"), PUBLISHED)
    assert len(of_type(payloads, "statement")) >= 4
    imports(runner, payloads, tmp_path)


@pytest.mark.parametrize("between", ["\n\n", "\n\n\n", "\n \n", "\n\t\n\n"])
def test_paragraphs_set_apart_by_blank_lines_draft_as_those_a_line_apart(between):
    assert _draft(between.join(STORY) + "\n") == _draft(PLAIN)


def test_a_headline_over_the_pages_time_drafts_alike_a_line_apart_or_a_blank_line_apart():
    """The page's time under the headline is no day of the headline's words, however the page spaces its lines
    (once, a line apart, the headline's statement took the day of "6 March, 2019 12:00 AM")."""
    lines = [
        "Togo says 'still lots left to do' in port levy talks",
        "6 March, 2019 12:00 AM",
        "LOME: The port levy talks have been “very difficult” and negotiators still have “lots left to do”, "
        "Togo's finance minister Kofi Adjei said Tuesday.",
        "“The bilateral talks have been highly effective,” Adjei told reporters.",
    ]
    drafts = [_draft(between.join(lines), "2019-03-06") for between in ("\n", "\n\n")]
    assert drafts[0] == drafts[1]
    assert [p.get("occurred_at") for p in of_type(drafts[0], "statement")] == [None, "2019-03-05", "2019-03-05"]


def test_a_title_with_no_full_stop_ends_its_paragraph_however_the_page_spaces_it():
    """A record's title over its first question, a line apart or a blank line apart: the title names who answers,
    and the question is no one's claim (once, a line break after a title of 60 characters or more ending in no
    full stop was read as a line wrapped inside one paragraph)."""
    title = "Foreign Ministry Spokesperson Anna Lind's Regular Press Conference on January 9, 2019"
    turns = "Q: Is this round of the talks over?\nA: I can confirm that this round of the talks has ended.\n"
    drafts = [_draft(f"{title}{between}{turns.replace(chr(10), between)}") for between in ("\n", "\n\n")]
    said = [(p["speaker"], p["text"]) for p in of_type(drafts[0], "statement")]
    assert said == [("anna-lind", "I can confirm that this round of the talks has ended.")]
    assert drafts[0] == drafts[1]


@pytest.mark.parametrize("space", ["\u00a0", "\u202f", "\u2009", "\u2007"])
def test_spaces_of_other_widths_draft_as_spaces(space):
    text = PLAIN.replace("4.5 percent", f"4.5{space}percent").replace("31 million", f"31{space}million")
    text = text.replace("$120 million", f"$120{space}million").replace("Kofi Adjei", f"Kofi{space}Adjei")
    assert _draft(text) == _draft(PLAIN)


@pytest.mark.parametrize(
    "line", ["ADVERTISEMENT", "Story continues below advertisement", "READ MORE: Togo cuts duties"]
)
def test_page_furniture_between_paragraphs_reads_as_no_paragraph(line):
    """A quote that goes on in a paragraph of its own after furniture is still its speaker's, of the same day."""
    paragraphs = [*STORY[:3], line, *STORY[3:]]
    assert _draft("\n".join(paragraphs) + "\n") == _draft(PLAIN)
    assert _draft("\n\n".join(paragraphs) + "\n") == _draft("\n\n".join(STORY) + "\n")


@pytest.mark.parametrize(
    "caption",
    [
        "Togo's Finance Minister Kofi Adjei arrives for talks in Lome. (Photo: Reuters/Ama Mensah)",
        "FILE PHOTO: Trucks wait at the port of Lome, Togo, March 8, 2018. REUTERS/Ama Mensah",
    ],
)
def test_a_photo_caption_among_the_storys_paragraphs_reads_as_no_paragraph(caption):
    """A quote that goes on after a caption is still its speaker's, of the same day; the caption drafts nothing."""
    paragraphs = [*STORY[:3], caption, *STORY[3:]]
    assert _draft("\n".join(paragraphs) + "\n") == _draft(PLAIN)


def test_a_photo_caption_above_the_story_stays_a_line_of_its_own():
    """Under the headline, before the story's first sentence, a caption shows the story's event: it is kept, aside."""
    caption = "Finance ministers Kofi Adjei and Romuald Wadagni meet in Lome on Tuesday. (Photo: Reuters/Ama Mensah)"
    text = "\n".join([STORY[0], caption, *STORY[1:]]) + "\n"
    assert caption in reading_copy(text)
    assert not [s for s in of_type(_draft(text), "statement") if "meet in Lome" in s["text"]]


@pytest.mark.parametrize(
    "text",
    [
        PLAIN,
        "\n".join(["Short line."] * 12),
        # a list of short items under a heading
        "Agreed points:\n" + "\n".join(f"• point {n}: the levy is counted at the gate" for n in range(8)),
        # a fact sheet's lines of about the same length, each opening in capitals
        "\n".join(f"Beef and pork, tariff line {n}: duty cut from 38.5% to 9% by April 2030" for n in range(10)),
        # a transcript, a turn a line
        "\n".join(f"MR ADJEI: We will see{'.' * n} The talks go on and the levy is counted." for n in range(8)),
        "",
        "\n\n\n",
        "x" * 10_000,
    ],
    ids=["plain", "short lines", "list", "fact sheet", "transcript", "empty", "blank lines", "one long line"],
)
def test_a_text_not_wrapped_at_a_width_is_read_as_it_is(text):
    assert unwrapped(text) == text


def test_a_list_item_and_an_indented_paragraph_open_their_own_line():
    lede = textwrap.wrap(f"{STORY[1]} {STORY[5]}", 70)
    items = [
        "• the levy is counted at the gate of the port",
        "1. the money is paid into one account",
        "(a) the road fund takes a share",
    ]
    text = "\n".join([*lede, "The ministers agreed on these points, set out in a note given to the press:", *items])
    text += "\n    A new paragraph opens, indented, after the list of the points the two ministers agreed.\n"
    read = unwrapped(text)
    assert read.split("\n")[0] == " ".join(lede)
    assert all(f"\n{item}" in read for item in items)
    assert "\n    A new paragraph opens" in read


def test_a_dash_that_goes_on_a_sentence_goes_on_its_line():
    lines = textwrap.wrap(
        "Hamas freed 24 captives on Friday, the ministry of the mediator said in its statement issued in the evening, "
        "- 13 Israelis, 10 Thais and one Filipino - to the Red Cross in Gaza, and more would follow on Saturday, "
        "the ministry said in a second statement issued later that night.",
        60,
    )
    text = "\n".join(lines * 2)
    assert width(text) is not None
    assert "\n" not in unwrapped(text).split("\n")[0] and "- 13 Israelis" in unwrapped(text)


@pytest.mark.parametrize(
    "text",
    [
        "\n".join(["word " * 25] * 20_000),  # 2.5 MB of full lines
        "\n".join(["a"] * 200_000),
        "\u2029" * 100_000,
        "\u2028".join(["The levy is counted at the gate of the port, the minister said."] * 1_000),
    ],
    ids=["many full lines", "many one-letter lines", "paragraph separators", "line separators"],
)
def test_hostile_layouts_keep_the_texts_words(text):
    read = reading_copy(text)
    assert read.split() == text.split()
    assert "\u2029" not in read and "\u2028" not in read

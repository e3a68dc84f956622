"""kb draft cannot be stalled: its time grows with its text on any text (issue 28), and a text
too long to be an article is refused before any work."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from kb.cli import cli
from kb.draft import figures as figures_module
from kb.draft import speakers
from kb.draft.draft import MAX_CHARACTERS
from kb.draft.lexicon import DEMONYMS

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import draft_time  # noqa: E402

# At this size a draft whose time grew with the square of the text took from 30 to over 1,000
# times an ordinary article's; a linear one takes at most a few times (benchmarks/draft_time.py
# measures them at 1,000,000 characters).
SIZE = 40_000


@pytest.fixture(scope="module")
def article_seconds() -> float:
    return draft_time.seconds(draft_time.article(SIZE))


@pytest.mark.parametrize("shape", sorted(draft_time.SHAPES))
def test_a_hostile_text_costs_at_most_a_bounded_multiple_of_an_ordinary_article(shape, article_seconds):
    took = draft_time.seconds(draft_time.repeated(draft_time.SHAPES[shape], SIZE))
    assert took <= draft_time.MAX_RATIO * article_seconds, f"{shape}: {took:.2f} s, the article {article_seconds:.2f} s"


def test_a_text_longer_than_an_article_is_refused_and_nothing_is_written(runner, kb, tmp_path):
    runner.invoke(cli, ["add", "entity", "--key", "talks", "--kind", "negotiation", "--name", "The talks"])
    before = sorted(kb.files())
    long_text = tmp_path / "dump.txt"
    long_text.write_text(draft_time.repeated('Akazawa said "x." ', MAX_CHARACTERS + 1), encoding="utf-8")
    result = runner.invoke(cli, ["draft", "--text-file", str(long_text), "--published-at", "2025-04-18"])
    assert result.exit_code == 1
    assert result.output == (
        "Error: the text is 1,000,001 characters long; kb draft reads at most 1,000,000 — draft the article "
        "itself (or each part of a long document as a source of its own)\n"
    )
    assert sorted(kb.files()) == before
    source = runner.invoke(
        cli, ["add", "source", "--kind", "article", "--publisher", "Wire", "--title", "A dump",
              "--published-at", "2025-04-18", "--text-file", str(long_text)],
    ).output.strip()  # fmt: skip
    result = runner.invoke(cli, ["draft", source])
    assert result.exit_code == 1 and "kb draft reads at most 1,000,000" in result.output


# The drafter skips work where a quicker look shows it would find nothing; these check that the
# quicker look never skips a text where the full reading finds something (else a draft would lose a figure).
_FIGURE_PIECES = st.sampled_from(
    ["1", "5", ",", ".", "%", " ", "-", "$", "€", "£", "¥", "U.S.$", "USD", "Rs", "ten", "Five", "half a", "a hundred",
     "million", "bn", " percent", "about ", "between ", " and ", "yen", "often", "x"]
)  # fmt: skip


@given(st.lists(_FIGURE_PIECES, max_size=12).map("".join))
@example("USDten")
@example("a Rsfive")
@example("often")
def test_the_quick_look_for_figures_misses_none(text):
    assert figures_module.FIGURE.search(text) is None or figures_module._MAY_HOLD.search(text) is not None
    unguarded = re.compile(figures_module.FIGURE.pattern.removeprefix(figures_module.START))
    assert unguarded.pattern != figures_module.FIGURE.pattern
    assert [m.span() for m in unguarded.finditer(text)] == [m.span() for m in figures_module.FIGURE.finditer(text)]
    first = figures_module.figures(text, limit=2)
    assert first == figures_module.figures(text)[: len(first)]


def test_every_name_of_a_country_or_body_starts_with_a_letter_of_a_to_z():
    """measures.bodies_at skips the words that start with a digit, and a text without a capital
    letter: no body's name may start otherwise."""
    names = [*speakers._BODY_NAMES, *DEMONYMS]
    assert names and all(name[:1].isascii() and name[:1].isalpha() for name in names)


@given(
    st.lists(st.sampled_from(["said", "Said", "told.", "says,", " ", "  ", "A", "the", "U.S.", "'s", "—", "\n"])).map(
        "".join
    ),
    st.integers(min_value=1, max_value=4),
)
def test_the_tokens_through_a_verb_are_the_first_tokens_of_the_text(text, count):
    everything = speakers.tokens(text)
    verbs = speakers.speech_verbs(everything)
    through = everything[: verbs[count - 1] + 1] if len(verbs) >= count else everything
    assert speakers.tokens_through_verbs(text, count) == through

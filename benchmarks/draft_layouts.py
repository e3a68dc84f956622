"""Whether `kb draft` reads the same story the same way whatever its layout: the corpus drafted as it is
and in the layouts real copies of a page come in, each against the same annotations.

    python benchmarks/draft_layouts.py [--corpus tests/draft_corpus] [--layout NAME ...]

Each layout is made from the corpus's texts by a rule, never by hand: their paragraphs (one a line in
the corpus) wrapped at 76 characters with a blank line between paragraphs (an e-mail's, a plain-text
wire's); wrapped at 100 with none; as pypdf gives a PDF's text (wrapped at 90, a space ending each line,
a line of one space between paragraphs); no-break spaces between numbers and their units (a web page's
`10&nbsp;percent`); `ADVERTISEMENT` after every third paragraph; a photo caption after every fourth;
typewriter quotation marks and apostrophes for typographic ones; a byline and the time of the page's
last update under the first line; a saved web page as `kb add source --html-file` stores it (the text
set out in HTML as a news site sets out a story — a headline, paragraphs, a photo with its caption, an
advertisement, a menu and a footer —, then extracted). The words are the same, so the annotations are
too. For the development articles and for the held-out ones (in the aggregate only, as
benchmarks/draft_quality.py prints them), each layout's figures are printed beside those of the text as
it is, measured in the same run: a layout that reads as well as plain prose loses nothing.
"""

from __future__ import annotations

import argparse
import dataclasses
import html
import re
import sys
import tempfile
import textwrap
from collections.abc import Callable
from pathlib import Path

from draft_quality import Article, corpus, measures, run, shown

from kb.events.extract import from_html

ROOT = Path(__file__).resolve().parent.parent
_SCALED = re.compile(r"(\d) (million|billion|trillion|percent|per cent|tonnes|barrels)\b")
_STRAIGHT = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})
BYLINE = "By Jane Doe and John Roe, Reuters\nLast updated 3 hours ago"
CAPTION = "Delegates arrive for a round of talks at the conference centre. (Photo: Reuters/Jane Doe)"
SHOWN = ("claim recall", "right speaker", "right day", "right undated", "figure recall", "importable unchanged")


def _paragraphs(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


def _wrapped(text: str, width: int, between: str) -> str:
    return between.join("\n".join(textwrap.wrap(p, width, break_on_hyphens=False)) for p in _paragraphs(text)) + "\n"


def _after_every(text: str, every: int, line: str) -> str:
    lines = text.split("\n")
    return "\n".join(
        f"{each}\n{line}" if n % every == every - 1 and each.strip() else each for n, each in enumerate(lines)
    )


def _saved_page(text: str) -> str:
    """The text as `kb add source --html-file` stores it from a page that sets it out as a news site does: the
    headline in <h1>, a paragraph a <p>, a photo in a <figure> with its caption, an advertisement between
    paragraphs, a menu and a footer around the article."""
    headline, *paragraphs = _paragraphs(text) or [""]
    body = [f"<h1>{html.escape(headline)}</h1>"]
    for number, paragraph in enumerate(paragraphs):
        body.append(f"<p>{html.escape(paragraph)}</p>")
        body += [f"<figure><img src='a.jpg'><figcaption>{CAPTION}</figcaption></figure>"] if number == 2 else []
        body += ["<div class='ad'>ADVERTISEMENT</div>"] if number == 4 else []
    page = (
        f"<html><head><title>{html.escape(headline)} | Wire</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<article>{''.join(body)}</article><footer>© Wire. All rights reserved.</footer></body></html>"
    )
    with tempfile.TemporaryDirectory() as folder:
        saved = Path(folder) / "page.html"
        saved.write_text(page, encoding="utf-8")
        return from_html(saved).text


LAYOUTS: dict[str, Callable[[str], str]] = {
    "as it is": lambda text: text,
    "wrapped at 76, blank lines": lambda text: _wrapped(text, 76, "\n\n"),
    "wrapped at 100, no blank lines": lambda text: _wrapped(text, 100, "\n"),
    "a PDF's text (pypdf)": lambda text: "".join(
        "\n".join(f"{line} " for line in textwrap.wrap(p, 90, break_on_hyphens=False)) + "\n \n"
        for p in _paragraphs(text)
    ),
    "no-break spaces": lambda text: _SCALED.sub("\\1\u00a0\\2", text),
    "ADVERTISEMENT lines": lambda text: _after_every(text, 3, "ADVERTISEMENT"),
    "photo captions": lambda text: _after_every(text, 4, CAPTION),
    "straight quotes": lambda text: text.translate(_STRAIGHT),
    "a byline under the headline": lambda text: text.replace("\n", f"\n{BYLINE}\n", 1),
    "a saved web page (--html-file)": _saved_page,
}


def laid_out(articles: list[Article], layout: Callable[[str], str], folder: Path) -> list[Article]:
    """The articles with their texts in the layout, written in ``folder``."""
    copies = []
    for number, article in enumerate(articles):
        texts = []
        for part, path in enumerate(article.texts):
            copy = folder / f"{number}-{part}.txt"
            copy.write_text(layout(path.read_text(encoding="utf-8")), encoding="utf-8")
            texts.append(copy)
        copies.append(dataclasses.replace(article, texts=texts, held_out=True))  # run() prints no row of its own
    return copies


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "tests" / "draft_corpus")
    parser.add_argument("--layout", action="append", choices=list(LAYOUTS), help="Only these layouts (and as it is)")
    args = parser.parse_args()
    chosen = ["as it is", *[name for name in LAYOUTS if name != "as it is" and name in (args.layout or LAYOUTS)]]
    development, held_out = corpus(args.corpus)
    header = " ".join(f"{name[:9]:>9}" for name in SHOWN)
    for title, articles in (("development", development), ("held out (aggregate)", held_out)):
        print(f"{title}: {len(articles)} articles")
        print(f"  {'layout':<32} {header}")
        for name in chosen:
            with tempfile.TemporaryDirectory() as folder:
                figures = measures(run(laid_out(articles, LAYOUTS[name], Path(folder)), verbose=False).counts)
            print(f"  {name:<32} " + " ".join(f"{shown(figures[n], n):>9}" for n in SHOWN), flush=True)
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())

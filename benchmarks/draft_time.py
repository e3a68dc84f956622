"""Whether `kb draft` takes time linear in its text on any text, hostile shapes included.

    python benchmarks/draft_time.py [--size 1000000] [--shape NAME ...]

Each shape is a short piece repeated to ``--size`` characters: the texts that once made the
drafter's time grow with the square (or the cube) of their length (issue 28), and ones found
since. Beside them, an ordinary article of the same size (tests/draft_corpus's articles one
after another). For each it prints the processor time of the draft and its ratio to the
article's, measured in the same run, so that a loaded machine slows both alike. Exits 1 when a
shape costs more than MAX_RATIO times the article: a draft whose time grows faster than its
text would, at this size, be hundreds of times slower than the article.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kb.draft.draft import MAX_CHARACTERS, MAX_FIGURES, MAX_QUOTATIONS, draft_text  # noqa: E402
from kb.draft.known import Known  # noqa: E402
from kb.errors import KbError  # noqa: E402

MAX_RATIO = 20
TARGET_SECONDS = 2.0  # issue 28: any text of 1,000,000 characters drafted, or refused, within this
_PAD = "while the fleets of the northern coast waited in Geneva for the text of the chair of the committee on quotas, "
_PAD = _PAD * 2
SHAPES: dict[str, str | Callable[[int], str]] = {
    "many names after said": '"x," said A B C D E F G H I J ',
    "said before each quote": 'Akazawa said "x," ',
    "one quote a sentence": 'Akazawa said "x." ',
    "digits": "1234567890",
    "digits with commas": "1,234,567,",
    "nested quotation marks": "\"“'‘",
    "percentages": "1.5% ",
    "percentages with a metric": "tariffs of 1.5%, ",
    "bidi and zero-width marks": '\u200f\u200b"x"\u200e\u2066 said Akazawa ',
    "single quotes never closed": "'a 'b ",
    "apostrophes": "the UK's ",
    "capitalised words": "Akazawa Bessent Trump Ishiba ",
    "dates": "on Friday, April 18, last week, ",
    "meetings": "Akazawa met Bessent and Trump and ",
    "events and their days": "the meeting on Friday after the talks, a summit, the conference the next day ",
    "statements that continue": '"x," Akazawa added, speaking after the meeting afterwards. Delegates waited in '
    "Geneva for a text from the chair of the committee on fisheries, which met on Friday before the plenary "
    "session closed the next day. ",
    "verbs of saying and their circumstances": "Akazawa told reporters in Tokyo on Friday the talks. ",
    "full stops": "U.S. Mr. J. ",
    "line breaks": "\n",
    "blank lines and spaces": "\n \n\t",
    "bylines and page dates": "By Ana Lind, Kofi Mensah and Tomas Novak, Reuters\nUpdated: 14 March 2024, 10:42 GMT\n",
    "one byline never ended": "By Ana Lind, Kofi Mensah and ",
    "runs of spaces and tabs": "the  talks\t\t in   Geneva  \t",
    "lines of a PDF, a space before each break": "the fleets of the northern coast waited in Geneva for a text \n",
    "colons": "AKAZAWA: ",
    "according to": "according to A B C ",
    "a tariff a country faces": "Japan faces a 10% tariff from the United States. ",
    "a long word after according to": "according to " + "a" * 60 + "! ",
    "speech after said and a colon": "Akazawa said:\n\nWe will keep our word to every partner we have.\n\n",
    "pronouns after women and men": 'Ms Lind met Mr Berg. Berg said she "x," he said. ',
    "descriptions of posts": 'Trade Minister Ann Lind spoke. "x," the trade minister said. ',
    "saying after a clause": 'Akazawa ruled it out, saying "x". ',
    "labels in a name's capitals": "President Lopez: we keep our word to every partner.\n\n",
    "quoted as saying": '"x," Akazawa was quoted by Kyodo as saying ',
    "official documents": "FOUR GOALS: We, the Ministers of Chile, Peru and Mexico, Chile and the EU met. ~ Ann Lind\n",
    "a joint statement's countries": "We, the Ministers of Chile, Peru, Chile, Peru, Chile, Peru, Chile, Peru, ",
    "answers and questions": "Q: Will you sign?\n\nA: We will sign it when the text is ready.\n\n",
    "turns opening with their time": "Ann Lind (00:38):\nWe will sign it when the text is ready.\n(01:04)\n",
    "a briefing's procedure": "MS. LIND: Thank you, moderator. Good evening everyone. This call is on background.\n\n",
    "a readout's calls and posts": "Prime Minister Ann Lind spoke with President Omar Diallo of Senegal. The Prime "
    "Minister spoke to the President on 7-11 April, in Dakar, on 2 and 3 May. ",
    "sides that attended the meeting": "The round was held in Oslo from April 14 to 16. From the Norwegian side, Mr. "
    "Erik Dahl attended the meeting. ",
    "the two leaders after a pair": "Ann Lind and Omar Diallo agreed to talk. The two leaders had a call on Saturday, "
    "Lind speaking by phone with Diallo. I met with Eva Kral. ",
    "a joint statement's decisions": "It was decided to convene the next round. The participants agreed that experts "
    "will convene. ",
    # One quote in each long piece, so that a text of these is drafted (not refused for too many quotations).
    "relative clauses before the verb": "Lord Novak, who will host the next round of the talks on fisheries in London "
    "this week with the EU's Anna Lind and, which, whose, told the paper that " + _PAD + '"x" and ',
    "unnamed sources and how they know": '"x," two people familiar with the matter and close to the talks told ' + _PAD,
    "appositions without commas": "Anna Lind, manager of the programme at The Blue Water Trust of Oslo said ",
    "pronouns after people named in passing": "The talks go on with the chair, Tomas Novak, and Anna Lind. "
    + _PAD
    + '"x," he said. ',
    "lines of prose wrapped mid-sentence": "the fleets of the northern coast waited in Geneva for a text of the\n",
    "a clause then who said it": "The talks will resume next week in Geneva for the fleets, Tomas Novak said Monday. ",
    "names before a colon in a list": "• Tomas Novak of the Alliance of the North: " + _PAD + '"x"\n',
    "the statement continued": 'In an emailed statement, the group of creditors said, "x," the statement continued '
    + _PAD,
    "meetings, then words said later": "Ana Lind met Tomas Novak on Monday in Oslo. "
    + _PAD
    + '"x," Erik Berg later told reporters. ',
    "meetings by nouns, visits and rephrasings": "Separate talks in the Norwegian capital on Monday between Chile, "
    "Peru and Ecuador. Lind's phone call in Oslo this week with Novak. During his meeting with Premier Ana Lind, Tomas "
    "Novak spoke. Meeting in Oslo, representatives of Chile, Peru and the EU agreed. Lind and Novak discussed it with "
    "Berg. Lind called on President Novak. Lind visited Oslo and Bergen and met a delegation led by Novak. ",
    "meeting nouns with places and times, never closed": "talks in the capital of the north on Monday at the hall, "
    "held in Oslo last week, ",
    # Each piece different (a counter in letters or digits): no analysis of a repeated sentence,
    # frame or name is found again, so these cost what their statements and figures cost.
    "one quote a sentence, each different": lambda n: f'Ak{letters(n)} said "x{letters(n)}." ',
    "said before each quote, each different": lambda n: f'Ak{letters(n)} said "x{letters(n)}," ',
    "many names after said, each different": lambda n: f'"x{letters(n)}," said A{letters(n)} B C D E F G H I J ',
    "percentages, each different": lambda n: f"{n % 97}.{n % 7}% ",
    "labels alone on a line, each different": lambda n: (
        f"Prime Minister H{letters(n)}\n\nWe keep our word {letters(n)}.\n\n"
    ),
    "turns opening with their time, each different": lambda n: (
        f"Ann H{letters(n)} ({n % 60:02d}:{n % 59:02d}):\nWe keep our word {letters(n)}.\n"
    ),
    "one long answer, each sentence different": lambda n: (
        "Press Briefing by Spokesperson Ola Berg\n\nA: " if n == 0 else f"We keep our word to {letters(n)} today. "
    ),
    # As many transcript turns (each a label alone on its line, then an answer) as a draft reads, then full stops.
    "the most transcript turns allowed": lambda n: (
        f"Prime Minister H{letters(n)}\n\nWe keep our word {letters(n)}.\n\n" if n < MAX_QUOTATIONS else "U.S. Mr. J. "
    ),
    "the most turns opening with their time allowed": lambda n: (
        f"Ann H{letters(n)} (00:{n % 60:02d}):\nWe keep our word {letters(n)}.\n"
        if n < MAX_QUOTATIONS
        else "U.S. Mr. J. "
    ),
    # What a text may hold at most: as many of the costliest quotations and figures as a draft
    # reads (each different), then full stops to the size asked.
    "the most quotations and figures allowed": lambda n: (
        f'"x{letters(n)}," said A{letters(n)} B C D E F G H I J '
        if n < MAX_QUOTATIONS
        else (f"{n % 97}.{n % 7}% " if n < MAX_QUOTATIONS + MAX_FIGURES else "U.S. Mr. J. ")
    ),
}


def article(size: int) -> str:
    """Real articles, one after another, to ``size`` characters."""
    corpus = ROOT / "tests" / "draft_corpus"
    text = "\n\n".join(path.read_text(encoding="utf-8") for path in sorted(corpus.glob("*.txt")))
    return repeated(text + "\n\n", size)


def repeated(piece: str | Callable[[int], str], size: int) -> str:
    """``piece`` repeated to ``size`` characters; a function of the count gives each piece."""
    if isinstance(piece, str):
        return (piece * (size // len(piece) + 1))[:size]
    pieces, length = [], 0
    while length < size:
        pieces.append(piece(len(pieces)))
        length += len(pieces[-1])
    return "".join(pieces)[:size]


def letters(number: int) -> str:
    """A count in letters: 0 a, 25 z, 26 ba."""
    word = ""
    while True:
        word = chr(ord("a") + number % 26) + word
        number //= 26
        if not number:
            return word


def seconds(text: str) -> tuple[float, bool]:
    """Processor time of the draft of ``text``, in a knowledge base knowing nothing but its
    negotiation, and whether the draft refused the text (a text holding more than it reads)."""
    started = time.process_time()
    try:
        draft_text(text, "2025-04-18", "SOURCE", "talks", Known())
    except KbError:
        return time.process_time() - started, True
    return time.process_time() - started, False


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=MAX_CHARACTERS, help="Characters of each text")
    parser.add_argument("--shape", action="append", choices=sorted(SHAPES), help="Only these shapes")
    args = parser.parse_args()
    baseline, _ = seconds(article(args.size))
    print(f"{'an ordinary article':<40} {baseline:7.2f} s")
    worst, slowest = 0.0, baseline
    for name in args.shape or SHAPES:
        took, refused = seconds(repeated(SHAPES[name], args.size))
        worst, slowest = max(worst, took / baseline), max(slowest, took)
        print(f"{name:<40} {took:7.2f} s  {took / baseline:5.1f}× the article{'  (refused)' if refused else ''}")
    verdict = "ok" if worst <= MAX_RATIO else "MISSED"
    print(f"{args.size:,} characters each; the worst shape {worst:.1f}× the article, at most {MAX_RATIO}×: {verdict}")
    within = "ok" if slowest <= TARGET_SECONDS else "MISSED"
    print(f"the slowest text {slowest:.2f} s, at most {TARGET_SECONDS} s: {within} (processor time on this machine)")
    return 0 if worst <= MAX_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())

"""The edits a reviewer made to a draft: compare what `kb draft` proposed for a page with what the
review of it imports (seed/us-japan-2025/<page>.jsonl), and count them.

    python benchmarks/review_edits.py --page c1 --source ev-… --kb . --draft c1.draft.jsonl \\
        --review seed/us-japan-2025/c1.jsonl --claims c1.claims.jsonl --references c1.references.jsonl \\
        --table edits.tsv
    python benchmarks/review_edits.py --resolve --source ev-… --kb . --review refs.jsonl --claims after.jsonl
    python benchmarks/review_edits.py --print-table edits.tsv

A review line stands for the page's source with `SOURCE` and for a claim already recorded with
`@claim:WORDS` (the one claim of the knowledge base whose citation holds WORDS; `@claim:WORDS|metric=exports`
also asks a field's value), so that one review
imports into any knowledge base the seed is run into. Each review line is matched with at most one
candidate of the draft: an entity by its key, a role by its person and title, a claim or a
corroboration by its type and an excerpt that one of the two holds. Then, per page:

- unchanged: candidates imported as drafted (every field equal, the `_draft` notes aside);
- changed: candidates imported with fields added, removed or changed (and how many fields in all);
- rejected: candidates left out;
- added: events the reviewer wrote by hand (no candidate of the draft matched them).

The seed script (seed/us-japan-2025.sh) runs it at seed time, so the figures follow the drafter of
the moment.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path
from typing import Any

Event = dict[str, Any]
COLUMNS = ("page", "candidates", "unchanged", "changed", "fields", "rejected", "added", "imported")
# Lines that refer to claims by ID: imported once the page's claims are in (a link may name them).
LATER = ("corroboration", "link")


def read_jsonl(path: Path) -> list[Event]:
    if not path.is_file():
        sys.exit(f"{path}: no such file — a draft is written by kb draft -o, a review is seed/us-japan-2025/PAGE.jsonl")
    events = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                events.append(json.loads(line))
            except json.JSONDecodeError as error:
                sys.exit(f"{path}:{n}: not JSON ({error}) — one event payload a line")
            if not isinstance(events[-1], dict) or "type" not in events[-1]:
                sys.exit(f"{path}:{n}: not an event payload — one JSON object with a type a line")
    return events


def folded(text: str) -> str:
    """Text compared as kb compares excerpts: NFC, quotation marks and dashes folded, spaces collapsed."""
    text = unicodedata.normalize("NFC", text)
    for marks, plain in (("“”„«»", '"'), ("‘’", "'"), ("–—", "-")):
        for mark in marks:
            text = text.replace(mark, plain)
    return " ".join(text.split())


def recorded_claims(kb: Path) -> list[Event]:
    """Every claim of the knowledge base (an event that cites a source and is not a role)."""
    claims = []
    for path in sorted((kb / "events").rglob("*.json")):
        event = json.loads(path.read_text(encoding="utf-8"))
        if event.get("citations") and event["type"] not in ("role", "corroboration"):
            claims.append(event)
    return claims


def resolve(value: Any, source: str, claims: list[Event] | None) -> Any:
    """``value`` with SOURCE replaced by the source's ID and each @claim:WORDS by the claim's ID
    (left as written when ``claims`` is None)."""
    if isinstance(value, dict):
        return {key: resolve(item, source, claims) for key, item in value.items()}
    if isinstance(value, list):
        return [resolve(item, source, claims) for item in value]
    if value == "SOURCE":
        return source
    if isinstance(value, str) and value.startswith("@claim:") and claims is not None:
        words, *filters = value.removeprefix("@claim:").split("|")
        words, wanted = folded(words), dict(f.split("=", 1) for f in filters)
        found = [
            c["id"]
            for c in claims
            if any(words in folded(x["excerpt"]) for x in c["citations"])
            and all(str(c.get(k)) == v for k, v in wanted.items())
        ]
        if not found:
            sys.exit(f"{value!r} names no recorded claim — enter the page that records it first")
        if len(found) > 1:
            named = ", ".join(found)
            sys.exit(
                f"{value!r} names {len(found)} recorded claims ({named}) — add words or a |field=value only one has"
            )
        return found[0]
    return value


def fields(event: Event) -> Event:
    return {key: value for key, value in event.items() if not key.startswith("_")}


def excerpts(event: Event) -> list[str]:
    return [folded(c["excerpt"]) for c in event.get("citations", []) if isinstance(c, dict) and "excerpt" in c]


def same_thing(draft: Event, review: Event) -> bool:
    """Whether a candidate and a review line are the same proposal (see the module's docstring)."""
    if draft["type"] != review["type"]:
        return False
    if draft["type"] == "entity":
        return draft.get("key") == review.get("key")
    if draft["type"] == "role":
        return (draft.get("person"), draft.get("title")) == (review.get("person"), review.get("title"))
    if draft["type"] == "corroboration" and draft.get("target") != review.get("target"):
        return False
    return any(a in b or b in a for a in excerpts(draft) for b in excerpts(review))


def changed_fields(draft: Event, review: Event) -> int:
    a, b = fields(draft), fields(review)
    return sum(a.get(key) != b.get(key) for key in a.keys() | b.keys())


def count(drafts: list[Event], reviews: list[Event]) -> dict[str, int]:
    """The edits that make ``reviews`` out of ``drafts`` (both with the page's source as SOURCE)."""
    free = list(range(len(drafts)))
    unchanged = changed = edited = added = 0
    for review in reviews:
        matches = [n for n in free if same_thing(drafts[n], review)]
        if not matches:
            added += 1
            continue
        best = min(matches, key=lambda n: changed_fields(drafts[n], review))
        free.remove(best)
        n_fields = changed_fields(drafts[best], review)
        if n_fields:
            changed += 1
            edited += n_fields
        else:
            unchanged += 1
    return {
        "candidates": len(drafts),
        "unchanged": unchanged,
        "changed": changed,
        "fields": edited,
        "rejected": len(free),
        "added": added,
        "imported": len(reviews),
    }


def write_lines(path: Path, events: list[Event]) -> None:
    path.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in events), encoding="utf-8")


def table(rows: list[dict[str, Any]]) -> str:
    total = {c: sum(int(r[c]) for r in rows) for c in COLUMNS[1:]}
    lines = ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    for row in [*rows, {"page": "all", **total}]:
        lines.append("| " + " | ".join(str(row[c]) for c in COLUMNS) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        epilog=__doc__.split("\n\n")[1],
        formatter_class=argparse.RawTextHelpFormatter,
    )
    parser.add_argument("--page")
    parser.add_argument("--source", help="ID of the page's source event")
    parser.add_argument("--kb", type=Path, default=Path("."), help="the knowledge base's folder")
    parser.add_argument("--draft", type=Path)
    parser.add_argument("--review", type=Path)
    parser.add_argument("--claims", type=Path, help="write the review's lines to import first here")
    parser.add_argument("--references", type=Path, help="write the lines that refer to claims by ID here")
    parser.add_argument("--table", type=Path, help="append the page's row to this TSV file")
    parser.add_argument("--resolve", action="store_true", help="only resolve --review into --claims")
    parser.add_argument("--print-table", type=Path, metavar="TSV", help="print the table of a TSV file")
    args = parser.parse_args(argv)
    if args.print_table:
        if not args.print_table.is_file():
            parser.error(f"--print-table: no file {args.print_table}")
        lines = args.print_table.read_text(encoding="utf-8").splitlines()
        print(table([dict(zip(COLUMNS, line.split("\t"), strict=True)) for line in lines]))
        return
    needed = ["source", "review", "claims"] + ([] if args.resolve else ["page", "draft", "table", "references"])
    missing = [f"--{name}" for name in needed if getattr(args, name) is None]
    if missing:
        parser.error(f"{', '.join(missing)} needed (or --print-table TSV); see the examples under --help")
    claims = recorded_claims(args.kb)
    reviews = read_jsonl(args.review)
    if args.resolve:
        write_lines(args.claims, [resolve(r, args.source, claims) for r in reviews])
        return
    drafts = [json.loads(json.dumps(fields(d)).replace(args.source, "SOURCE")) for d in read_jsonl(args.draft)]
    # Claims a link names may not be recorded yet: such lines are compared as written.
    compared = [resolve(r, "SOURCE", claims if r["type"] != "link" else None) for r in reviews]
    row = {"page": args.page, **count(drafts, compared)}
    print("\t".join(f"{c}={row[c]}" for c in COLUMNS))
    with args.table.open("a", encoding="utf-8") as out:
        out.write("\t".join(str(row[c]) for c in COLUMNS) + "\n")
    write_lines(args.claims, [resolve(r, args.source, claims) for r in reviews if r["type"] not in LATER])
    write_lines(args.references, [r for r in reviews if r["type"] in LATER])


if __name__ == "__main__":
    main()

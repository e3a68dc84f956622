"""The command that drafts events from a source's text: kb draft (see kb/draft/)."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import click

from kb.cli.common import State, new_option, pass_state, user_errors
from kb.cli.reading import _date
from kb.cli.writing import _read_text_file
from kb.errors import KbError
from kb.events.append import without_notes


@click.command(name="draft")
@click.argument("source", required=False)
@click.option(
    "--text-file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Draft this text (UTF-8, at most 200,000 characters) instead: cites the source holding it, if one does; "
    "else a preview",
)
@click.option("--published-at", callback=_date, help="With --text-file: when the text was published")
@click.option(
    "--negotiation",
    help="Entity key of the negotiation (default: the knowledge base's one whose countries the text is about)",
)
@click.option(
    "--speaker",
    help="Who answers in a transcript whose answers name no speaker (an entity key, or a full name); questions "
    "are skipped",
)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write the draft to FILE")
@click.option("--format", "fmt", type=click.Choice(["text", "jsonl"]), default="text", show_default=True)
@click.option("--review", is_flag=True, help="Review each candidate here (accept, edit in $EDITOR, skip), then import")
@new_option
@user_errors
@pass_state
def draft_(state: State, source: str | None, text_file: Path | None, published_at: str | None, **options: Any) -> None:
    """Propose the events of a source's text, for review before `kb import`.

    Entities and roles first, then statements, meetings and data points, each citing the
    text with its exact words; a claim already recorded becomes a corroboration. Why each
    was proposed is in its _draft key, which kb import drops. Delete or fix lines, then import.

    Example:

    \b
        kb draft ev-3k7m -o draft.jsonl && $EDITOR draft.jsonl && kb import draft.jsonl
        kb draft ev-9q2c --speaker shigeru-ishiba   # a transcript whose answers name no one
    """
    from kb.draft import draft_file, draft_source
    from kb.draft.review import CHOICES, review

    if (source is None) == (text_file is None) or (text_file is not None and published_at is None):
        raise click.UsageError("give a source's ID, or --text-file FILE with --published-at DATE")
    if text_file is not None:
        text = _read_text_file(text_file).decode("utf-8")
        draft, held = draft_file(state.kb, text, str(published_at), options["negotiation"], options["speaker"])
        if held is None:
            click.echo(f"Preview: no source holds this text — `kb add source --text-file {text_file} …`, then "
                       "`kb draft ID` for a draft that imports", err=True)  # fmt: skip
    else:
        draft = draft_source(state.kb, source or "", options["negotiation"], options["speaker"])
    if options["review"]:
        ask = functools.partial(click.prompt, type=click.Choice(CHOICES), show_choices=False)
        accepted = review(draft.payloads, click.echo, ask, lambda text: click.edit(text, extension=".json"))
        payloads = [without_notes(payload) for payload in accepted]
        written = state.appender(options["new"]).append(payloads) if accepted else []
        click.echo(f"Imported {len(written)} events")
    elif options["output"] is not None:
        try:
            options["output"].write_text(draft.jsonl(), encoding="utf-8")
        except OSError as error:
            raise KbError(f"could not write {options['output']}: {error.strerror or error}") from None
        out = options["output"]
        click.echo(f"Drafted {draft.counts()} into {out} — review it, then `kb import {out}`")
    else:
        click.echo(draft.jsonl() if options["fmt"] == "jsonl" else draft.for_people(), nl=options["fmt"] != "jsonl")


@click.command(name="review")
@click.argument("source")
@click.option("--negotiation", help="Entity key of the negotiation (default: the only one in the knowledge base)")
@click.option("--port", type=click.IntRange(0, 65535), default=0, help="Port on 127.0.0.1 (default: a free one)")
@click.option("--no-browser", is_flag=True, help="Print the page's address without opening a browser")
@user_errors
@pass_state
def review_(state: State, source: str, negotiation: str | None, port: int, no_browser: bool) -> None:
    """Review a source's draft in the browser: its text with the candidates marked, each a form.

    Accept (as drafted or edited), reject, or add a claim from a passage you select; each
    accepted candidate is written as `kb import` writes it (same checks, same messages). The
    page answers on 127.0.0.1 only and refuses forms from other sites. Ctrl-C ends it.

    Example:

    \b
        kb add source --kind article --publisher Wire --title "Talks" --published-at 2025-04-18 --text-file a.txt
        kb review ev-ltyz
    """
    import webbrowser

    from kb.serve.review import Review
    from kb.serve.review_server import serve

    server = serve(Review.of(state.kb, source, negotiation, state.appender()), port)
    click.echo(f"Reviewing the draft of {source} at {server.origin}/ (Ctrl-C to stop)", err=True)
    if not no_browser:
        webbrowser.open(server.origin + "/")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    done = [c for c in server.review.candidates if c.event]
    click.echo(f"Recorded {len(done)} events", err=True)


COMMANDS = [draft_, review_]

"""kb correct: a claim replaced by a corrected one, its options every kind of claim's fields; kb
corroborate: a further source of a claim, with what it adds (the corroboration's fields). Their
models are made when this module is imported: only when one of them is run."""

from __future__ import annotations

from typing import Any

import click

from kb.cli.common import CONTEXT, NEW_HELP, State, pass_state, read_limited, user_errors
from kb.cli.writing import append_one, field_option
from kb.events import amend
from kb.events.payload import FieldOption, claim_field_options, field_options, values_from_options
from kb.events.query import find
from kb.events.store import parse_json_object


def _correct_command() -> click.Command:
    options = claim_field_options()

    @user_errors
    @pass_state
    def command(state: State, event_id: str, reason: str, json_file: Any, new: bool, **given: Any) -> None:
        replacement = parse_json_object(read_limited(json_file), json_file.name) if json_file else None
        changes = values_from_options(options, given)
        if replacement is not None and changes:
            raise click.UsageError("give either --json or field options, not both")
        append_one(state, amend.correction(find(state.kb, event_id), reason, changes, replacement), new)

    params: list[click.Parameter] = [
        click.Argument(["event_id"]),
        click.Option(["--reason"], required=True, help="Why the claim is replaced"),
        *(field_option(option) for option in options),
        click.Option(
            ["--json", "json_file"], type=click.File("rb"), help="The whole replacing claim, as JSON (FILE or -)"
        ),
        click.Option(["--new"], is_flag=True, help=NEW_HELP),
    ]
    return click.Command(
        "correct",
        callback=command,
        params=params,
        help="""Replace a claim: appends a correction carrying the whole corrected claim.

        The corrected claim starts as a copy of the claim, with the fields you give changed (a
        list you give replaces the whole list); or give the whole claim with --json. The
        original stays, citable, marked corrected and pointing at its replacement.

        Example:

        \b
            kb correct ev-3k7m --occurred-at 2025-04-17 --reason "The meeting was on Thursday\"""",
        short_help="Replace a claim with a corrected one.",
        context_settings=CONTEXT,
    )


correct = _correct_command()


def _what_it_adds() -> list[FieldOption]:
    """The options of what a further source adds: the corroboration's fields but its target and citations."""
    return [option for option in field_options("corroboration") if option.name not in ("target", "citations")]


def _corroborate_command() -> click.Command:
    options = _what_it_adds()

    @user_errors
    @pass_state
    def command(state: State, event_id: str, source: str, excerpt: str, new: bool, **given: Any) -> None:
        adds = values_from_options(options, given)
        append_one(state, amend.corroboration(find(state.kb, event_id), source, excerpt, adds), new)

    params: list[click.Parameter] = [
        click.Argument(["event_id"]),
        click.Option(["--source"], required=True, help="ID of the source event that also reports the claim"),
        click.Option(["--excerpt"], required=True, help="The exact words of that source"),
        *(field_option(option) for option in options),
        click.Option(["--new"], is_flag=True, help=NEW_HELP),
    ]
    return click.Command(
        "corroborate",
        callback=command,
        params=params,
        help="""Add a further source to a claim already recorded (as a new event), with what it adds.

        The same meeting reported by two outlets is one meeting with two citations. The second
        report may add what the first lacked — a place, a date, a more precise value or length
        with its bound — or confirm first hand what was only reported (--first-hand: the claim
        no longer reads as hedged). The claim reads with what each source added; its first
        report stays as it was, and `kb retract` withdraws a further report.

        Example:

        \b
            kb corroborate ev-3k7m --source ev-5n2p --excerpt "Akazawa met Trump at the White House"
            kb corroborate ev-3k7m --source ev-5n2p --excerpt "talked for about 75 minutes" \\
                --place "the White House" --duration PT75M --duration-qualifier about --first-hand""",
        short_help="Add a further source to a claim, with what it adds.",
        context_settings=CONTEXT,
    )


corroborate = _corroborate_command()
COMMANDS = [correct, corroborate]

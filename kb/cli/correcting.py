"""kb correct: a claim replaced by a corrected one, its options every kind of claim's fields
(their models are made when this module is imported: only when kb correct is run)."""

from __future__ import annotations

from typing import Any

import click

from kb.cli.common import CONTEXT, NEW_HELP, State, pass_state, read_limited, user_errors
from kb.cli.writing import append_one, field_option
from kb.events import amend
from kb.events.payload import claim_field_options, values_from_options
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
COMMANDS = [correct]

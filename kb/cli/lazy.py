"""A click group whose commands are imported when first used, so that ``kb add`` imports
neither the builder, nor citations, nor Datasette's side: Python's start-up is most of a
short command's time."""

from __future__ import annotations

import importlib

import click

# Each command's module in kb/cli/ (a test checks this against each module's COMMANDS).
COMMAND_MODULES = {
    "add": "writing",
    "retract": "writing",
    "correct": "correcting",
    "corroborate": "correcting",
    "import": "writing",
    "show": "reading",
    "log": "reading",
    "verify": "reading",
    "build": "building",
    "schema": "building",
    "metadata": "building",
    "serve": "building",
    "cite": "citing",
    "bib": "citing",
    "draft": "drafting",
    "review": "drafting",
    "package": "publishing",
    "export": "publishing",
}


class LazyGroup(click.Group):
    """A group that imports a command's module when the command is asked for."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *COMMAND_MODULES})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in COMMAND_MODULES:
            module = importlib.import_module(f"kb.cli.{COMMAND_MODULES[cmd_name]}")
            for command in module.COMMANDS:
                self.add_command(command)
        return super().get_command(ctx, cmd_name)

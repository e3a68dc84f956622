"""The docs are complete: every command has help with an example and is in the README, and
the README's generated CLI reference is up to date."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys

import click
import pytest
from conftest import REPO

from kb.cli import cli
from kb.events import models


def command_paths(group: click.Group, prefix: tuple[str, ...] = ()):
    """The path of every command and subcommand: (), ("add",), ("add", "entity"), …"""
    yield prefix
    context = click.Context(group)
    for name in group.list_commands(context):  # kb's group imports a command's module when asked for it
        command = group.get_command(context, name)
        if isinstance(command, click.Group):
            yield from command_paths(command, (*prefix, name))
        else:
            yield (*prefix, name)


COMMANDS = list(command_paths(cli))


def test_every_kind_of_event_has_its_add_command():
    assert {path[1] for path in COMMANDS if len(path) == 2 and path[0] == "add"} == set(models.MODELS)


@pytest.mark.parametrize("path", COMMANDS, ids=lambda path: " ".join(("kb", *path)))
def test_every_command_has_help_with_an_example(runner, path):
    result = runner.invoke(cli, [*path, "--help"], prog_name="kb")
    assert result.exit_code == 0
    assert result.output.startswith(f"Usage: {' '.join(('kb', *path))} ")
    example = result.output.split("Example:\n", 1)[1]
    assert re.search(r"^ +kb ", example, re.MULTILINE), "the example shows a kb command"
    short = runner.invoke(cli, [*path, "-h"], prog_name="kb")
    assert short.output == result.output


def example_commands(help_text: str) -> list[str]:
    """The commands of a help's example, as a person copies them: continued lines joined."""
    example = help_text.split("Example:\n", 1)[1].split("\nOptions:", 1)[0]
    lines = [line.strip() for line in example.splitlines() if line.strip()]
    commands, current = [], ""
    for line in lines:
        current += line
        if current.endswith("\\"):
            current += "\n"
        else:
            commands.append(current)
            current = ""
    return commands


def bash_words(command: str) -> list[str]:
    """The arguments bash gives a command line (with an empty environment: no $HOME, no $EDITOR)."""
    result = subprocess.run(
        ["bash", "-c", "printf '%s\\0' " + command], capture_output=True, text=True, env={}, check=True
    )
    return result.stdout.split("\0")[:-1]


@pytest.mark.parametrize("path", COMMANDS, ids=lambda path: " ".join(("kb", *path)))
def test_help_examples_survive_a_paste_into_bash(runner, path):
    """What bash makes of each example command is what it says: no $63 expanded away, no quoted
    argument broken by a line's end, no parenthesis bash takes for a subshell."""
    help_text = runner.invoke(cli, [*path, "--help"], prog_name="kb", terminal_width=1000).output
    for command in example_commands(help_text):
        assert subprocess.run(["bash", "-n", "-c", command], capture_output=True).returncode == 0, command
        if not command.startswith("kb ") or re.search(r"[|&;<>`]|\$\(|\$\{|\$[A-Z]", command):
            continue  # a pipeline or a redirection: its syntax is checked above
        as_written = shlex.split(command.replace("\\\n", " "), comments=True)[1:]
        assert bash_words(command[3:]) == as_written, command


def test_every_top_level_command_is_in_the_readme():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    written = re.sub(r"<!-- \[\[\[cog.*?\[\[\[end\]\]\] -->", "", readme, flags=re.DOTALL)  # not the generated part
    assert [name for name in cli.list_commands(click.Context(cli)) if f"kb {name}" not in written] == []


@pytest.mark.parametrize("doc", ["README.md", "docs/design.md"])
def test_the_generated_parts_of_the_docs_are_up_to_date(doc: str):
    """README's CLI reference and docs/design.md's table of kinds (from the registry)."""
    result = subprocess.run([sys.executable, "-m", "cogapp", "--check", doc], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr + "\nRun: make generate"


def test_the_lazy_group_knows_each_command_module():
    """Every module of kb/cli/ with COMMANDS, found by walking the package, not from a list."""
    import importlib
    import pkgutil

    import kb.cli
    from kb.cli.lazy import COMMAND_MODULES

    modules = [importlib.import_module(f"kb.cli.{info.name}") for info in pkgutil.iter_modules(kb.cli.__path__)]
    listed = {
        command.name: module.__name__.rpartition(".")[2]
        for module in modules
        for command in getattr(module, "COMMANDS", [])
    }
    assert listed == COMMAND_MODULES


def test_every_module_of_the_drafter_is_in_its_doc_once():
    """docs/drafting.md names every module of kb/draft, and gives none two rows of its table."""
    doc = (REPO / "docs" / "drafting.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `(\w+\.py)` \|", doc, re.MULTILINE)
    modules = {path.name for path in (REPO / "kb" / "draft").glob("*.py")} - {"__init__.py"}
    assert sorted(name for name in set(rows) if rows.count(name) > 1) == []
    assert sorted(name for name in modules if f"`{name}`" not in doc) == []
    assert sorted(set(rows) - modules) == []

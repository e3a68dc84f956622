"""The kb command line: parse options, call one library function, print the result.

The commands live in the modules beside this one, by what they do; this module makes the
group, which imports a command's module only when that command runs (kb.cli.lazy).
"""

from __future__ import annotations

from pathlib import Path

import click

from kb import __version__
from kb.cli.common import CONTEXT, MAX_IMPORT_LINE, MAX_SNAPSHOT_BYTES, State, user_errors, utc_now
from kb.cli.lazy import LazyGroup
from kb.errors import KbError

__all__ = ["MAX_IMPORT_LINE", "MAX_SNAPSHOT_BYTES", "cli", "utc_now"]


@click.group(cls=LazyGroup, context_settings=CONTEXT)
@click.version_option(__version__, prog_name="kb")
@click.option(
    "--kb",
    "kb_dir",
    envvar="KB_DIR",
    type=click.Path(file_okay=False, path_type=Path),
    help="The knowledge base's folder (default: the nearest folder upward holding events/; or $KB_DIR)",
)
@click.option(
    "--recorded-by", envvar="KB_RECORDED_BY", help="Who appends events (recorded in them; or $KB_RECORDED_BY)"
)
@click.pass_context
def cli(ctx: click.Context, kb_dir: Path | None, recorded_by: str | None) -> None:
    """An event-sourced knowledge base for international negotiations.

    Every reported claim is appended as an immutable event file in events/, with its
    source; `kb build` projects them into SQLite and `kb serve` publishes them in Datasette.

    Example:

        kb init my-kb && cd my-kb && kb add entity --key japan --kind country --name Japan
    """
    ctx.obj = State(kb_dir, recorded_by)


@cli.command()
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@user_errors
def init(directory: Path) -> None:
    """Create a new, empty knowledge base in DIRECTORY.

    It gets events/, snapshots/, metadata.json and a .gitignore, and for sharing it through
    git a GitHub Actions workflow (.github/workflows/kb.yml), the kb it installs (.github/kb/:
    this kb's wheel, pinned by its SHA-256) and a pre-commit hook (.githooks/).

    Example:

        kb init tariff-talks
    """
    from kb.builder.metadata import init_knowledge_base  # here: no other command needs it
    from kb.cli.shared_repo import INSTALL_HOOK, write_repository_files
    from kb.serve.package import installer_requirements

    requirements = installer_requirements()  # before anything is written: it may refuse
    init_knowledge_base(directory)
    try:
        write_repository_files(directory, requirements)
    except OSError as error:
        raise KbError(f"could not write the git workflow and hook in {directory}: {error.strerror or error}") from None
    click.echo(f"Created an empty knowledge base in {directory}")
    click.echo(f"To check every commit: cd {directory} && git init && {INSTALL_HOOK}")

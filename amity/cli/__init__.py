"""The `amity` command: thin commands over the library, one error boundary."""

from __future__ import annotations

import os
import sys
from importlib import import_module
from typing import Any

import click

from amity import __version__
from amity.errors import AmityError
from amity.settings import load_settings

# Each module registers its commands on `cli`; listed here so nothing scans at import time.
COMMAND_MODULES = (
    "amity.cli.ingest",
    "amity.cli.reports",
    "amity.cli.extract",
    "amity.cli.reextract",
    "amity.cli.serve",
    "amity.cli.users",
    "amity.cli.registry",
    "amity.cli.publish",
    "amity.cli.plans",
)


class AmityGroup(click.Group):
    """A click group that turns AmityError into one line and an exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except AmityError as exc:
            if ctx.params.get("traceback"):
                raise
            click.echo(f"error: {exc}", err=True)
            sys.exit(exc.exit_code)
        except BrokenPipeError:
            # The reader went away (`amity export ... | head`): stop quietly, as Unix tools do.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(0)
        except (OSError, ValueError) as exc:
            if ctx.params.get("traceback"):
                raise
            click.echo(f"error: {exc} (run with --traceback for details)", err=True)
            sys.exit(1)


@click.group(cls=AmityGroup)
@click.version_option(__version__, prog_name="amity")
@click.option(
    "--db",
    envvar=None,
    default=None,
    help="Store URL or SQLite path (default ./amity.db, or AMITY_DB).",
)
@click.option("--traceback", is_flag=True, help="Show the full traceback on errors.")
@click.pass_context
def cli(ctx: click.Context, db: str | None, traceback: bool) -> None:
    """Amity: reports of international exchanges, turned into sourced records."""
    ctx.obj = load_settings({"db": db})


def settings_of(ctx: click.Context) -> Any:
    """Returns the Settings object the root command built."""
    return ctx.find_root().obj


def open_store(ctx: click.Context) -> Any:
    """Returns the Store named by the settings."""
    from amity.store import Store

    return Store.open(settings_of(ctx).db)


def get_cli() -> click.Group:
    """Returns the root command with every command module registered."""
    for name in COMMAND_MODULES:
        try:
            import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
    return cli


def main(argv: list[str] | None = None) -> Any:
    """Runs the amity command line."""
    return get_cli().main(args=argv, prog_name="amity")

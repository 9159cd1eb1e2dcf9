"""`amity ingest`: reports from files, folders, globs and URL lists into the store."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

import click

from amity.cli import cli, open_store, settings_of

ProgressFn = Callable[[str, str, str | None], None]


@cli.command("ingest")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option(
    "--urls", type=click.Path(dir_okay=False), help="A file of URLs, one a line (# comments)."
)
@click.option("--no-extract", is_flag=True, help="Store the reports without extracting records.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.option("--max-bytes", type=click.IntRange(min=1), help="Largest report accepted, in bytes.")
@click.pass_context
def ingest(
    ctx: click.Context,
    paths: tuple[str, ...],
    urls: str | None,
    no_extract: bool,
    as_json: bool,
    quiet: bool,
    max_bytes: int | None,
) -> None:
    """Store the reports in PATHS (files, folders, glob patterns) and the URLs of --urls."""
    from amity.ingest.batch import ingest_sources

    if not paths and not urls:
        raise click.UsageError("give files, folders or glob patterns, or --urls FILE")
    settings = settings_of(ctx)
    if max_bytes:
        settings = replace(settings, max_bytes=max_bytes)
    with open_store(ctx) as store, _progress(quiet) as progress:
        summary = ingest_sources(
            store, paths, urls, extract=not no_extract, settings=settings, progress=progress
        )
    for _source, message in summary.warnings:
        click.echo(f"warning: {message}", err=True)
    click.echo(json.dumps(summary.to_dict(), indent=2) if as_json else _describe(summary.to_dict()))
    if not summary.ok:
        ctx.exit(1)


def _describe(summary: dict[str, Any]) -> str:
    """Returns the one-line summary of a batch for people."""
    failed = len(summary["failed"]) + len(summary["extract_failed"])
    parts = [f"{summary['new']} new", f"{summary['skipped']} skipped", f"{failed} failed"]
    if summary["ignored"]:
        parts.append(f"{summary['ignored']} ignored (hidden or not a report type)")
    found = ", ".join(f"{n} {kind}" for kind, n in summary["records"].items())
    records = f"records: {found}" if summary["extraction"] else "extraction off"
    return f"{'; '.join(parts)}; {records} ({summary['elapsed']:.1f} s)"


@contextmanager
def _progress(quiet: bool) -> Iterator[ProgressFn]:
    """Yields a progress callback: a rich bar on a terminal, else failure lines only."""
    if quiet or not sys.stderr.isatty():
        yield _plain
        return
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    columns = (SpinnerColumn(), TextColumn("{task.description}", markup=False), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task("starting", total=None)
        counts = {"new": 0, "skipped": 0, "failed": 0}

        def advance(name: str, outcome: str, message: str | None) -> None:
            counts[outcome] = counts.get(outcome, 0) + 1
            if message:
                console.print(message, markup=False, highlight=False, soft_wrap=True)
            text = ", ".join(f"{n} {k}" for k, n in counts.items())
            bar.update(task, advance=1, description=f"{text}  {name[-50:]}")

        yield advance


def _plain(name: str, outcome: str, message: str | None) -> None:
    """Prints the one line of a failed report to stderr."""
    if message:
        click.echo(message, err=True)

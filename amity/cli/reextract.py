"""`amity reextract [REPORT...]`: run the current pipeline over stored reports."""

from __future__ import annotations

import json
from typing import Any

import click

from amity.cli import cli, open_store
from amity.cli.ingest import _progress


@cli.command("reextract")
@click.argument("reports", nargs=-1)
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.pass_context
def reextract_cmd(ctx: click.Context, reports: tuple[str, ...], as_json: bool, quiet: bool) -> None:
    """Re-extract REPORTS (ids or sources; all when none), keeping reviewed records."""
    from amity.ingest.reextract import reextract, select_reports

    with open_store(ctx) as store, _progress(quiet) as progress:
        summary = reextract(store, select_reports(store, reports), progress=progress)
    click.echo(json.dumps(summary.to_dict(), indent=2) if as_json else describe(summary.to_dict()))
    if not summary.ok:
        ctx.exit(1)


def describe(summary: dict[str, Any]) -> str:
    """Returns the one-line summary of a re-extraction for people."""
    found = ", ".join(f"{n} {kind}" for kind, n in summary["records"].items())
    return (
        f"{summary['reports']} reports re-extracted, {len(summary['failed'])} failed; "
        f"{summary['replaced']} records replaced by {summary['added']}, "
        f"{summary['kept']} reviewed kept; found: {found} ({summary['elapsed']:.1f} s)"
    )

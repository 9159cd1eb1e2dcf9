"""`amity extract REPORT`: print the records of one report."""

from __future__ import annotations

import json
from pathlib import Path

import click

from amity.cli import cli, settings_of


@cli.command("extract")
@click.argument("report", type=click.Path(path_type=Path))
@click.option(
    "--format", "fmt", type=click.Choice(["json", "table"]), default="table", show_default=True
)
@click.option("--spans", is_flag=True, help="Keep evidence offsets and confidence in the JSON.")
@click.option(
    "--lang", help="Run this language's pipeline (en, zh); guessed from the text if not given."
)
@click.pass_context
def extract_cmd(ctx: click.Context, report: Path, fmt: str, spans: bool, lang: str | None) -> None:
    """Print the records of one report (RECORDS.md format with --format json)."""
    from amity.extract.report import extract_file, render_table

    result = extract_file(report, settings_of(ctx), keep_spans=spans, lang=lang)
    if fmt == "json":
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        click.echo(render_table(result))

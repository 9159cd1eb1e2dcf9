"""`amity digest | profile | anniversaries`: publishing from the records."""

from __future__ import annotations

from typing import Any

import click

from amity.cli import cli, open_store, settings_of

FORMAT = click.Choice(["md", "html", "pdf", "json"])


def _base_url(ctx: click.Context, given: str | None) -> str:
    """Returns the address report links point to: the flag, the setting, or the local app."""
    settings = settings_of(ctx)
    return given or settings.extra.get("base_url") or f"http://{settings.host}:{settings.port}"


def _publish(ctx: click.Context, document: str, fmt: str, path: str | None, base: str | None,
             **options: Any) -> None:  # fmt: skip
    """Builds one document, then prints it or says where it was written."""
    from amity.publish.api import publish

    with open_store(ctx) as store:
        content = publish(store, document, fmt, path, _base_url(ctx, base), **options)
    if path:
        click.echo(f"wrote {path} ({len(content):,} bytes)", err=True)
    else:
        click.echo(content, nl=False)


def _options(command: Any) -> Any:
    """Adds the --format, -o and --base-url options every publishing command has."""
    command = click.option(
        "--base-url", help="Address of the Amity app the report links point to."
    )(command)
    command = click.option(
        "-o", "--output", type=click.Path(dir_okay=False), help="Write to FILE."
    )(command)
    return click.option("--format", "fmt", type=FORMAT, default="md", show_default=True)(command)


@cli.command("digest")
@click.option("--from", "start", required=True, help="First month, YYYY-MM (or a year).")
@click.option("--to", "end", help="Last month, YYYY-MM (default: the --from month or year).")
@click.option("--org", help="Only events and ties of this organization.")
@click.option("--place", help="Only events and ties of this place (and the places in it).")
@_options
@click.pass_context
def digest(ctx: click.Context, start: str, end: str | None, org: str | None, place: str | None,
           fmt: str, output: str | None, base_url: str | None) -> None:  # fmt: skip
    """A bulletin of a period: totals, charts, and the items grouped by month."""
    _publish(ctx, "digest", fmt, output, base_url, start=start, end=end, org=org, place=place)


@cli.command("profile")
@click.argument("name")
@click.option("--kind", type=click.Choice(["place", "organization"]), help="What NAME is.")
@_options
@click.pass_context
def profile(ctx: click.Context, name: str, kind: str | None, fmt: str, output: str | None,
            base_url: str | None) -> None:  # fmt: skip
    """The exchange profile of a place or organization, its stated figures checked."""
    _publish(ctx, "profile", fmt, output, base_url, name=name, kind=kind)


@cli.command("anniversaries")
@click.option("--within", default="90d", show_default=True, help="Window: 90d, 12w, 6m, 1y.")
@click.option("--from", "start", help="First day of the window, YYYY-MM-DD (default today).")
@_options
@click.pass_context
def anniversaries(ctx: click.Context, within: str, start: str | None, fmt: str,
                  output: str | None, base_url: str | None) -> None:  # fmt: skip
    """Ties whose 5th, 10th, ... 70th anniversary falls in the window."""
    _publish(ctx, "anniversaries", fmt, output, base_url, within=within, start=start)

"""`amity serve`: the web app on 127.0.0.1:8000 unless told otherwise."""

from __future__ import annotations

from dataclasses import replace

import click

from amity.cli import cli, settings_of


@cli.command("serve")
@click.option("--host", default=None, help="Address to bind (default 127.0.0.1, or AMITY_HOST).")
@click.option("--port", type=int, default=None, help="Port (default 8000, or AMITY_PORT).")
@click.option("--workers", type=click.IntRange(min=1), default=None, help="Worker processes.")
@click.pass_context
def serve(ctx: click.Context, host: str | None, port: int | None, workers: int | None) -> None:
    """Serve the web app: search, reports with their evidence, review and the JSON API."""
    from amity.web.server import run

    settings = settings_of(ctx)
    given = {"host": host, "port": port, "workers": workers}
    settings = replace(settings, **{k: v for k, v in given.items() if v is not None})
    click.echo(f"Amity on http://{settings.host}:{settings.port}/ (store {settings.db})", err=True)
    run(settings)

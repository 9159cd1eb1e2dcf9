"""`amity user add | list | role | password | remove`: the web app's users."""

from __future__ import annotations

import click

from amity.cli import cli, open_store
from amity.store import users as lib

ROLE = click.Choice(lib.ROLES)


@cli.group("user")
def user() -> None:
    """Manage who may sign in to the web app, and with which role."""


def _password(given: str | None) -> str:
    """Returns the --password value, or asks for it twice without echo."""
    if given is not None:
        return given
    return str(click.prompt("Password", hide_input=True, confirmation_prompt=True))


@user.command("add")
@click.argument("name")
@click.option("--role", type=ROLE, required=True, help="What the user may change.")
@click.option("--password", default=None, help="The password (asked for when left out).")
@click.pass_context
def add(ctx: click.Context, name: str, role: str, password: str | None) -> None:
    """Create a user; contributors add reports, editors also review, admins also manage users."""
    with open_store(ctx) as store:
        made = lib.add_user(store, name, role, _password(password))
    click.echo(f"user {made['name']} added ({made['role']})")


@user.command("list")
@click.pass_context
def list_users(ctx: click.Context) -> None:
    """List users with their roles."""
    with open_store(ctx) as store:
        for row in lib.users(store):
            click.echo(f"{row['name']:<24} {row['role']:<12} {row['created_at']}")


@user.command("role")
@click.argument("name")
@click.argument("role", type=ROLE)
@click.pass_context
def role(ctx: click.Context, name: str, role: str) -> None:
    """Change a user's role."""
    with open_store(ctx) as store:
        lib.set_role(store, name, role)
    click.echo(f"user {name} is now {role}")


@user.command("password")
@click.argument("name")
@click.option("--password", default=None, help="The new password (asked for when left out).")
@click.pass_context
def password(ctx: click.Context, name: str, password: str | None) -> None:
    """Set a user's password."""
    with open_store(ctx) as store:
        lib.set_password(store, name, _password(password))
    click.echo(f"password of {name} changed")


@user.command("remove")
@click.argument("name")
@click.pass_context
def remove(ctx: click.Context, name: str) -> None:
    """Delete a user."""
    with open_store(ctx) as store:
        lib.remove_user(store, name)
    click.echo(f"user {name} removed")

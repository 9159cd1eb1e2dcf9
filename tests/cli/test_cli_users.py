"""`amity user add | list | role | password | remove`."""

from __future__ import annotations

import click
import pytest
from click.testing import CliRunner

from amity.store import Store
from amity.store import users as accounts


def test_add_list_role_password_remove(
    amity: click.Group, runner: CliRunner, store_url: str
) -> None:
    def run(*args: str, given: str | None = None) -> str:
        result = runner.invoke(amity, ["--db", store_url, "user", *args], input=given)
        assert result.exit_code == 0, result.output
        return result.output

    assert "user ada added (editor)" in run(
        "add", "ada", "--role", "editor", "--password", "a-long-secret"
    )
    assert "user bo added (contributor)" in run(
        "add", "bo", "--role", "contributor", given="typed-secret\ntyped-secret\n"
    )
    assert [line.split()[:2] for line in run("list").splitlines()] == [
        ["ada", "editor"],
        ["bo", "contributor"],
    ]
    run("role", "bo", "admin")
    run("password", "ada", "--password", "another-secret")
    with Store.open(store_url) as store:
        assert accounts.user(store, "bo")["role"] == "admin"
        assert accounts.authenticate(store, "bo", "typed-secret") is not None
        assert accounts.authenticate(store, "ada", "another-secret") is not None
    run("remove", "bo")
    assert "bo" not in run("list")


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (["add", "cy", "--role", "editor", "--password", "short"], 3, "shorter than 8"),
        (["add", "cy", "--role", "boss", "--password", "long-enough"], 2, "boss"),
        (["role", "nobody", "editor"], 5, "no user 'nobody'"),
        (["remove", "nobody"], 5, "no user 'nobody'"),
    ],
)
def test_errors_say_what_to_do(
    amity: click.Group, runner: CliRunner, store_url: str, args: list[str], code: int, words: str
) -> None:
    result = runner.invoke(amity, ["--db", store_url, "user", *args])
    assert result.exit_code == code
    assert words in result.output


def test_a_name_is_taken_once(amity: click.Group, runner: CliRunner, store_url: str) -> None:
    args = [
        "--db",
        store_url,
        "user",
        "add",
        "dee",
        "--role",
        "editor",
        "--password",
        "long-enough",
    ]
    assert runner.invoke(amity, args).exit_code == 0
    again = runner.invoke(amity, args)
    assert again.exit_code == 3 and "exists" in again.output

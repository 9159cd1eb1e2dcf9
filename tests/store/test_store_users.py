"""Users in the store: argon2 hashes, roles, authentication."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from amity.errors import InputError, NotFound
from amity.store import schema
from amity.store import users as accounts


def test_passwords_are_stored_as_argon2_hashes(store: Any) -> None:
    accounts.add_user(store, "ada", "editor", "a-long-secret")
    with store.engine.connect() as conn:
        stored = conn.execute(select(schema.users.c.password_hash)).scalar_one()
    assert stored.startswith("$argon2id$") and "a-long-secret" not in stored
    assert accounts.authenticate(store, "ada", "a-long-secret")["role"] == "editor"
    assert accounts.authenticate(store, "ada", "a-long-secreT") is None
    assert accounts.authenticate(store, "nobody", "a-long-secret") is None


def test_users_are_listed_without_hashes(store: Any) -> None:
    accounts.add_user(store, "bo", "contributor", "a-long-secret")
    accounts.add_user(store, "al", "admin", "a-long-secret")
    listed = accounts.users(store)
    assert [(u["name"], u["role"]) for u in listed] == [("al", "admin"), ("bo", "contributor")]
    assert all("password_hash" not in u for u in listed)


@pytest.mark.parametrize(
    ("name", "role", "password", "words"),
    [
        ("  ", "editor", "a-long-secret", "needs a name"),
        ("cy", "owner", "a-long-secret", "unknown role"),
        ("cy", "editor", "short", "shorter than 8"),
    ],
)
def test_bad_users_are_refused(store: Any, name: str, role: str, password: str, words: str) -> None:
    with pytest.raises(InputError, match=words):
        accounts.add_user(store, name, role, password)


def test_a_taken_name_is_refused(store: Any) -> None:
    accounts.add_user(store, "dee", "editor", "a-long-secret")
    with pytest.raises(InputError, match="exists"):
        accounts.add_user(store, "dee", "admin", "a-long-secret")


@pytest.mark.parametrize(
    ("role", "needed", "allowed"),
    [
        ("admin", "editor", True),
        ("editor", "editor", True),
        ("contributor", "editor", False),
        ("editor", "admin", False),
        ("contributor", "contributor", True),
        (None, "contributor", False),
    ],
)
def test_roles_rank(role: str | None, needed: str, allowed: bool) -> None:
    assert accounts.may(role, needed) is allowed


def test_role_password_and_removal(store: Any) -> None:
    accounts.add_user(store, "eve", "contributor", "a-long-secret")
    assert accounts.set_role(store, "eve", "editor")["role"] == "editor"
    accounts.set_password(store, "eve", "new-long-secret")
    assert accounts.authenticate(store, "eve", "new-long-secret") is not None
    accounts.remove_user(store, "eve")
    for change in (lambda: accounts.user(store, "eve"), lambda: accounts.remove_user(store, "eve"),
                   lambda: accounts.set_role(store, "eve", "admin")):  # fmt: skip
        with pytest.raises(NotFound):
            change()

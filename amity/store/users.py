"""Users of the web app: names, roles and argon2 password hashes in the `users` table.

Functions take the Store; passwords are only ever stored hashed.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from amity.errors import InputError, NotFound
from amity.store import schema
from amity.store.engine import writing
from amity.store.queries import iso
from amity.store.writes import now

ROLES = ("admin", "editor", "contributor")
# A role may do everything the roles after it may do.
RANK = {"contributor": 1, "editor": 2, "admin": 3}
MIN_PASSWORD = 8


def check_role(role: str) -> str:
    """Returns role if it is a user role, else raises InputError."""
    if role not in ROLES:
        raise InputError(f"unknown role {role!r}", f"use one of {', '.join(ROLES)}")
    return role


def may(role: str | None, needed: str) -> bool:
    """Returns whether a user of `role` may do what needs `needed`."""
    return role is not None and RANK.get(role, 0) >= RANK[needed]


def hash_password(password: str) -> str:
    """Returns the argon2id hash of a password; raises InputError if it is too short."""
    from argon2 import PasswordHasher

    if len(password) < MIN_PASSWORD:
        raise InputError(
            f"the password is shorter than {MIN_PASSWORD} characters", "choose a longer one"
        )
    return PasswordHasher().hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    """Returns whether password matches the stored hash (False when there is none)."""
    from argon2 import PasswordHasher
    from argon2.exceptions import InvalidHashError, VerificationError

    if not password_hash:
        return False
    try:
        return PasswordHasher().verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _public(row: Any) -> dict[str, Any]:
    """Returns a user row without its password hash."""
    return {"id": row.id, "name": row.name, "role": row.role, "created_at": iso(row.created_at)}


def add_user(store: Any, name: str, role: str, password: str) -> dict[str, Any]:
    """Creates a user with a hashed password; returns it; raises InputError if the name is taken."""
    name = name.strip()
    if not name:
        raise InputError("a user needs a name", "give a non-empty NAME")
    row = {"name": name, "role": check_role(role), "password_hash": hash_password(password)}
    try:
        with writing(store.engine) as conn:
            conn.execute(insert(schema.users), [{**row, "created_at": now()}])
    except IntegrityError as exc:
        raise InputError(f"user {name!r} exists", "choose another name or change its role") from exc
    return user(store, name)


def user(store: Any, name: str) -> dict[str, Any]:
    """Returns a user by name (without its hash); raises NotFound."""
    table = schema.users
    with store.engine.connect() as conn:
        row = conn.execute(select(table).where(table.c.name == name)).first()
    if row is None:
        raise NotFound(f"no user {name!r}", "list users with `amity user list`")
    return _public(row)


def users(store: Any) -> list[dict[str, Any]]:
    """Returns every user by name, without hashes."""
    table = schema.users
    with store.engine.connect() as conn:
        return [_public(r) for r in conn.execute(select(table).order_by(table.c.name))]


def authenticate(store: Any, name: str, password: str) -> dict[str, Any] | None:
    """Returns the user if name and password match, else None."""
    table = schema.users
    with store.engine.connect() as conn:
        row = conn.execute(select(table).where(table.c.name == name.strip())).first()
    if row is None or not verify_password(row.password_hash, password):
        return None
    return _public(row)


def set_role(store: Any, name: str, role: str) -> dict[str, Any]:
    """Changes a user's role; returns the user; raises NotFound."""
    table = schema.users
    with writing(store.engine) as conn:
        done = conn.execute(update(table).where(table.c.name == name).values(role=check_role(role)))
    if not done.rowcount:
        raise NotFound(f"no user {name!r}", "list users with `amity user list`")
    return user(store, name)


def set_password(store: Any, name: str, password: str) -> None:
    """Replaces a user's password; raises NotFound."""
    table = schema.users
    hashed = hash_password(password)
    with writing(store.engine) as conn:
        done = conn.execute(update(table).where(table.c.name == name).values(password_hash=hashed))
    if not done.rowcount:
        raise NotFound(f"no user {name!r}", "list users with `amity user list`")


def remove_user(store: Any, name: str) -> None:
    """Deletes a user; raises NotFound."""
    table = schema.users
    with writing(store.engine) as conn:
        done = conn.execute(delete(table).where(table.c.name == name))
    if not done.rowcount:
        raise NotFound(f"no user {name!r}", "list users with `amity user list`")

"""Signing in and out, sessions, and the admins' users page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi.testclient import TestClient

from amity.store import users as accounts
from tests.web.conftest import PASSWORD, csrf_of


def test_sign_in_wrong_password_then_right(client: TestClient, app_store: Any) -> None:
    accounts.add_user(app_store, "mira", "editor", PASSWORD)
    token = csrf_of(client)
    wrong = client.post("/signin", data={"name": "mira", "password": "nope-nope", "csrf": token})
    assert wrong.status_code == 401 and "Wrong name or password" in wrong.text
    right = client.post(
        "/signin",
        data={"name": "mira", "password": PASSWORD, "csrf": token, "next": "/review"},
        follow_redirects=False,
    )
    assert right.status_code == 303 and right.headers["location"] == "/review"
    assert client.get("/api/me").json()["user"]["name"] == "mira"


def test_sign_in_needs_the_csrf_token(client: TestClient, app_store: Any) -> None:
    accounts.add_user(app_store, "olu", "editor", PASSWORD)
    response = client.post("/signin", data={"name": "olu", "password": PASSWORD})
    assert response.status_code == 403
    assert client.get("/api/me").json()["user"] is None


def test_signing_in_gives_a_new_csrf_token(client: TestClient, sign_in: Callable[..., str]) -> None:
    before = csrf_of(client)
    sign_in(client, "editor")
    assert csrf_of(client) != before


def test_sign_out(client: TestClient, sign_in: Callable[..., str]) -> None:
    sign_in(client, "contributor")
    client.post("/signout", data={"csrf": csrf_of(client)})
    assert client.get("/api/me").json()["user"] is None


def test_a_removed_user_is_signed_out_at_once(
    client: TestClient, app_store: Any, sign_in: Callable[..., str]
) -> None:
    name = sign_in(client, "editor")
    accounts.remove_user(app_store, name)
    assert client.get("/api/me").json()["user"] is None


def test_only_admins_manage_users(
    client: TestClient, app_store: Any, sign_in: Callable[..., str]
) -> None:
    sign_in(client, "editor")
    assert client.get("/users").status_code == 403
    add = {
        "csrf": csrf_of(client),
        "action": "add",
        "name": "newbie",
        "role": "contributor",
        "password": PASSWORD,
    }
    assert client.post("/users", data=add).status_code == 403
    assert [u["name"] for u in accounts.users(app_store) if u["name"] == "newbie"] == []


def test_admin_adds_changes_and_removes_users(
    client: TestClient, app_store: Any, sign_in: Callable[..., str]
) -> None:
    sign_in(client, "admin")
    token = csrf_of(client, "/users")
    client.post(
        "/users",
        data={
            "csrf": token,
            "action": "add",
            "name": "newbie",
            "role": "contributor",
            "password": PASSWORD,
        },
    )
    assert accounts.user(app_store, "newbie")["role"] == "contributor"
    client.post(
        "/users", data={"csrf": token, "action": "role", "name": "newbie", "role": "editor"}
    )
    assert accounts.user(app_store, "newbie")["role"] == "editor"
    assert "newbie" in client.get("/users").text
    client.post("/users", data={"csrf": token, "action": "remove", "name": "newbie"})
    assert "newbie" not in [u["name"] for u in accounts.users(app_store)]
    short = client.post(
        "/users",
        data={"csrf": token, "action": "add", "name": "x", "role": "editor", "password": "short"},
    )
    assert short.status_code == 422 and "shorter than" in short.text

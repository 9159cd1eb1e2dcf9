"""Signing in and out, and the admins' page of users."""

from __future__ import annotations

import secrets

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from amity.store import users as accounts
from amity.web.context import CSRF_FIELD, check_csrf, render, require, store_of
from amity.web.routes.review import local


def signin_page(request: Request, next: str = "/") -> HTMLResponse:  # noqa: A002
    """The sign-in form."""
    return render(request, "signin.html", next=local(next, "/"), failed=False)


async def signin(request: Request) -> Response:
    """Signs a user in with name and password; a new session so no old token survives."""
    form = await request.form()
    check_csrf(request, str(form.get("csrf") or ""))
    name, password = str(form.get("name") or ""), str(form.get("password") or "")
    found = await run_in_threadpool(accounts.authenticate, store_of(request), name, password)
    target = local(str(form.get("next") or ""), "/")
    if found is None:
        return render(request, "signin.html", status=401, next=target, failed=True)
    request.session.clear()
    request.session.update({"user": found["name"], CSRF_FIELD: secrets.token_urlsafe(32)})
    return RedirectResponse(target, status_code=303)


async def signout(request: Request) -> RedirectResponse:
    """Signs the user out."""
    form = await request.form()
    check_csrf(request, str(form.get("csrf") or ""))
    request.session.clear()
    return RedirectResponse("/", status_code=303)


def users_page(request: Request) -> HTMLResponse:
    """The admins' list of users, with forms to add, change and remove them."""
    require(request, "admin")
    return render(
        request, "users.html", users=accounts.users(store_of(request)), roles=accounts.ROLES
    )


async def users_form(request: Request) -> RedirectResponse:
    """Adds a user, changes a role or removes a user, as the form's `action` says."""
    form = {k: str(v) for k, v in (await request.form()).items()}
    check_csrf(request, form.get("csrf"))
    require(request, "admin")
    await run_in_threadpool(_change_user, request, form)
    return RedirectResponse("/users", status_code=303)


def _change_user(request: Request, form: dict[str, str]) -> None:
    """Carries out one users-form action."""
    store, name, action = store_of(request), form.get("name", ""), form.get("action")
    if action == "add":
        accounts.add_user(store, name, form.get("role", ""), form.get("password", ""))
    elif action == "role":
        accounts.set_role(store, name, form.get("role", ""))
    elif action == "remove":
        accounts.remove_user(store, name)


def router() -> APIRouter:
    """Returns the sign-in, sign-out and users routes."""
    r = APIRouter(include_in_schema=False)
    r.add_api_route("/signin", signin_page, methods=["GET"], response_class=HTMLResponse)
    r.add_api_route("/signin", signin, methods=["POST"])
    r.add_api_route("/signout", signout, methods=["POST"])
    r.add_api_route("/users", users_page, methods=["GET"], response_class=HTMLResponse)
    r.add_api_route("/users", users_form, methods=["POST"])
    return r

"""Per-request helpers: the store, the signed-in user, CSRF tokens, role checks, rendering."""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Callable
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse

from amity.errors import PermissionDenied
from amity.store import users as accounts

CSRF_FIELD = "csrf"
CSRF_HEADER = "x-csrf-token"


def store_of(request: Request) -> Any:
    """Returns the app's Store."""
    return request.app.state.store


def cached(request: Request, key: Any, compute: Any) -> Any:
    """Returns compute() as kept by the app's cache until the store changes.

    The store's version is read once per request, however many results the page uses (and
    not at all with a cache budget of 0).
    """
    cache, kept = request.app.state.cache, request.scope.setdefault("amity", {})
    if cache.max_bytes <= 0:  # nothing is kept: the store's version would go unused
        return compute()
    if "version" not in kept:
        kept["version"] = cache.version()
    return cache.get(key, compute, kept["version"])


def session_of(request: Request) -> dict[str, Any]:
    """Returns the request's session, or an empty one outside the session middleware."""
    return request.session if "session" in request.scope else {}


def current_user(request: Request) -> dict[str, Any] | None:
    """Returns the signed-in user, looked up afresh so role changes and removals apply at once."""
    if "user" in request.scope.get("amity", {}):
        return request.scope["amity"]["user"]
    name = session_of(request).get("user")
    found = None
    if name:
        try:
            found = accounts.user(store_of(request), name)
        except Exception:  # noqa: BLE001 - a removed user is simply signed out
            session_of(request).pop("user", None)
    request.scope.setdefault("amity", {})["user"] = found
    return found


def csrf_token(request: Request) -> str:
    """Returns the session's CSRF token, creating it on first use."""
    session = session_of(request)
    token = session.get(CSRF_FIELD)
    if not token:
        token = secrets.token_urlsafe(32)
        session[CSRF_FIELD] = token
    return str(token)


def check_csrf(request: Request, given: str | None) -> None:
    """Raises PermissionDenied unless `given` (form field or header) is the session's token."""
    expected = session_of(request).get(CSRF_FIELD)
    given = given or request.headers.get(CSRF_HEADER)
    if not expected or not given or not hmac.compare_digest(str(expected), str(given)):
        raise PermissionDenied(
            "the form's security token is missing or stale", "reload the page and send it again"
        )


def require(request: Request, role: str) -> dict[str, Any]:
    """Returns the signed-in user if their role allows `role`'s changes, else raises."""
    user = current_user(request)
    if user is None:
        raise PermissionDenied("sign in to make changes", "use the sign-in page at /signin")
    if not accounts.may(user["role"], role):
        raise PermissionDenied(
            f"{user['name']} is {user['role']}; this needs {role} or above",
            "ask an admin for that role",
        )
    return user


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    """Returns the page `name` rendered with the user, the CSRF token and `context`."""
    templates = request.app.state.templates
    base = {"user": current_user(request), "csrf": csrf_token(request)}
    response: HTMLResponse = templates.TemplateResponse(
        request, name, {**base, **context}, status_code=status
    )
    return response


def render_public(
    request: Request, key: Any, name: str, context: Callable[[], dict[str, Any]]
) -> HTMLResponse:
    """Returns the page `name` rendered with context(); kept whole for visitors not signed in.

    Such a page shows only the store (and its own address): the same bytes for every
    visitor until the store changes, so the cache keeps them under the store's version.
    They are rendered without a CSRF token, so a form added to one later could never carry
    another visitor's token; signed-in users get their page rendered afresh.
    """
    if current_user(request) is not None:
        return render(request, name, **context())
    csrf_token(request)  # the visitor's session gets its token, as on every other page
    template = request.app.state.templates.get_template(name)

    def page() -> str:
        return str(template.render(request=request, user=None, csrf="", **context()))

    return HTMLResponse(cached(request, ("page", name, request.url.path, key), page))

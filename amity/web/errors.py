"""One error handler: AmityError, unknown routes and bad parameters as HTML pages or JSON."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException

from amity.errors import AmityError

log = logging.getLogger("amity.web")

HINTS = {
    404: "check the address, or start from the home page",
    405: "this address does not take that method",
    422: "check the parameters",
}


def wants_json(request: Request) -> bool:
    """Returns whether the client asked for JSON: the API, or an Accept without HTML."""
    accept = request.headers.get("accept", "")
    return request.url.path.startswith("/api/") or (
        "application/json" in accept and "text/html" not in accept
    )


def describe(exc: Exception) -> tuple[int, str, str | None]:
    """Returns (status, message, hint) for any error the app may raise."""
    if isinstance(exc, AmityError):
        return exc.http_status, exc.message, exc.hint
    if isinstance(exc, RequestValidationError):
        problems = "; ".join(_problem(e) for e in exc.errors())
        return 422, f"invalid parameters: {problems}", HINTS[422]
    if isinstance(exc, HTTPException):
        message = "page not found" if exc.status_code == 404 else str(exc.detail)
        return exc.status_code, message, HINTS.get(exc.status_code)
    log.exception("unexpected error", exc_info=exc)
    return 500, "something went wrong on the server", "try again; if it persists, see the log"


def _problem(error: dict[str, Any]) -> str:
    """Returns one validation error as 'where: what'."""
    where = ".".join(str(part) for part in error.get("loc", ()) if part not in ("query", "body"))
    return f"{where}: {error.get('msg')}" if where else str(error.get("msg"))


def error_response(request: Request, exc: Exception) -> Response:
    """Returns the JSON error or the HTML error page for exc."""
    from amity.web.context import render

    status, message, hint = describe(exc)
    if wants_json(request):
        body = {"error": {"status": status, "message": message, "hint": hint}}
        return JSONResponse(body, status_code=status)
    return render(request, "error.html", status=status, code=status, message=message, hint=hint)


def install(app: FastAPI) -> None:
    """Routes every error the app may raise through error_response."""
    for kind in (AmityError, RequestValidationError, HTTPException, Exception):
        app.add_exception_handler(kind, error_response)

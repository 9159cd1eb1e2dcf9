"""Review: the least confident records first; confirm, correct or reject, from a page or the API."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from amity.errors import InputError
from amity.records import REVIEW_STATES
from amity.store.rows import check_kind, check_state
from amity.web import views
from amity.web.context import check_csrf, render, require, store_of
from amity.web.duplicates import merge
from amity.web.forms import changes_from_form


def local(target: str | None, fallback: str) -> str:
    """Returns target if it is a path on this site, else fallback (no open redirects)."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return fallback


def review_page(
    request: Request, kind: str = "", state: str = "extracted", limit: int = Query(50, ge=1, le=500)
) -> HTMLResponse:
    """The review queue: records in a state, least confident first."""
    rows = views.review_queue(store_of(request), kind or None, check_state(state), limit)
    return render(
        request, "review.html", records=rows, kind=kind, state=state, states=REVIEW_STATES
    )


def apply(
    request: Request, kind: str, record_id: int, state: str, form: dict[str, Any]
) -> dict[str, Any]:
    """Returns the record after the signed-in editor set its state (and corrections)."""
    user = require(request, "editor")
    store = store_of(request)
    record = store.record(check_kind(kind), record_id)
    changes = changes_from_form(kind, record, form) if state == "corrected" else None
    if state == "corrected" and not changes:
        raise InputError("the correction changes no field", "edit a field, or confirm the record")
    return dict(store.review(kind, record_id, check_state(state), user["name"], changes))


async def review_form(request: Request, kind: str, record_id: int) -> RedirectResponse:
    """Handles a review form and goes back to where it was sent from."""
    form = dict(await request.form())
    check_csrf(request, str(form.get("csrf") or ""))
    state = str(form.get("state") or "")
    await _in_thread(apply, request, kind, record_id, state, form)
    target = local(str(form.get("next") or ""), f"/records/{kind}/{record_id}")
    return RedirectResponse(target, status_code=303)


async def _in_thread(fn: Any, *args: Any) -> Any:
    """Returns fn(*args) run in a worker thread (database calls block)."""
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(fn, *args)


def review_api(
    request: Request,
    kind: str,
    record_id: int,
    state: Annotated[
        str, Body(embed=True, description="confirmed, corrected, rejected, extracted")
    ],
    changes: Annotated[dict[str, Any] | None, Body(embed=True, description="new values")] = None,
) -> dict[str, Any]:
    """Sets a record's review state; `changes` (with state corrected) edits its fields."""
    check_csrf(request, None)
    flat = _flatten(changes or {})
    return apply(request, kind, record_id, state, flat)


def _flatten(changes: dict[str, Any]) -> dict[str, Any]:
    """Returns API changes as form fields: parties split into <side>_name and <side>_country."""
    out: dict[str, Any] = {}
    for name, value in changes.items():
        if name in ("a", "b") and isinstance(value, dict):
            out[f"{name}_name"], out[f"{name}_country"] = value.get("name"), value.get("country")
        elif isinstance(value, list):
            out[name] = "; ".join(str(v) for v in value)
        else:
            out[name] = value
    return out


async def merge_form(request: Request, kind: str, record_id: int) -> RedirectResponse:
    """Merges the form's duplicate into this record and goes back to its page."""
    form = dict(await request.form())
    check_csrf(request, str(form.get("csrf") or ""))
    duplicate = _record_id(form.get("duplicate"))
    await _in_thread(_merge, request, kind, record_id, duplicate)
    return RedirectResponse(f"/records/{kind}/{record_id}", status_code=303)


def _record_id(value: Any) -> int:
    """Returns a record id from a form value; raises InputError if it is not one."""
    try:
        return int(str(value))
    except ValueError as exc:
        raise InputError(f"{value!r} is not a record id", "pick a duplicate from the list") from exc


def _merge(request: Request, kind: str, keep: int, duplicate: int) -> dict[str, Any]:
    """Returns the kept record after the signed-in editor merged the duplicate into it."""
    user = require(request, "editor")
    return dict(merge(store_of(request), kind, keep, duplicate, user["name"]))


def merge_api(
    request: Request,
    kind: str,
    record_id: int,
    duplicate: Annotated[int, Body(embed=True, description="the record to merge into this one")],
) -> dict[str, Any]:
    """Merges a duplicate record into this one: the duplicate is rejected, the merge logged."""
    check_csrf(request, None)
    return _merge(request, kind, record_id, duplicate)


def review_list_api(
    request: Request, kind: str = "", state: str = "extracted", limit: int = Query(50, ge=1, le=500)
) -> list[dict[str, Any]]:
    """Records in a review state, least confident first."""
    return views.review_queue(store_of(request), kind or None, check_state(state), limit)


def router() -> APIRouter:
    """Returns the review page, its form handler and its API twins."""
    r = APIRouter()
    r.add_api_route(
        "/review",
        review_page,
        methods=["GET"],
        include_in_schema=False,
        response_class=HTMLResponse,
    )
    r.add_api_route(
        "/records/{kind}/{record_id}/review", review_form, methods=["POST"], include_in_schema=False
    )
    r.add_api_route(
        "/records/{kind}/{record_id}/merge", merge_form, methods=["POST"], include_in_schema=False
    )
    r.add_api_route(
        "/api/records/{kind}/{record_id}/merge", merge_api, methods=["POST"], tags=["review"]
    )
    r.add_api_route("/api/review", review_list_api, methods=["GET"], tags=["review"])
    r.add_api_route(
        "/api/records/{kind}/{record_id}/review", review_api, methods=["POST"], tags=["review"]
    )
    return r

"""Work plans on the web: the list, a plan with its tasks and progress, and editors' changes.

Reading is open. Creating a plan, importing a CSV, adding or editing tasks, computing
suggestions and confirming or rejecting them need a signed-in editor and the CSRF token
(a form field on pages, the X-CSRF-Token header on the API). Each page and its JSON twin
call the same function.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from amity.errors import InputError, NotFound
from amity.publish import plans
from amity.store import plans as stored
from amity.web.context import check_csrf, render, require, store_of

TASK_FORM = ("title", "owner", "target", "target_count", "due", "status")
MAX_CSV = 5 * 1024 * 1024


def _int(value: Any, name: str) -> int | None:
    """Returns a form value as an int, None when empty; raises InputError otherwise."""
    text = str(value or "").strip()
    if not text:
        return None
    if not text.isdigit():
        raise InputError(f"{name} {text!r} is not a number", "give digits only")
    return int(text)


def plan_fields(store: Any, values: dict[str, Any]) -> dict[str, Any]:
    """Returns a new plan's fields from a form or JSON: name, period (year or dates), owner."""
    year = _int(values.get("year"), "year")
    period = plans.period_of(
        year, values.get("period_start") or None, values.get("period_end") or None
    )
    owner = plans.owner_ids(store, str(values.get("place") or "").strip() or None,
                            str(values.get("org") or "").strip() or None)  # fmt: skip
    for key in ("place_id", "org_id"):
        owner[key] = _int(values.get(key), key) or owner[key]
    return {"name": values.get("name"), **period, **owner}


def create(request: Request, values: dict[str, Any]) -> int:
    """Returns the id of the plan the signed-in editor created (with any tasks given)."""
    user = require(request, "editor")
    store = store_of(request)
    tasks = values.get("tasks") or []
    return stored.create_plan(store, plan_fields(store, values), tasks, user["name"])


def import_csv(request: Request, values: dict[str, Any], name: str, data: bytes) -> int:
    """Returns the id of the plan the signed-in editor imported from an uploaded CSV."""
    user = require(request, "editor")
    store = store_of(request)
    if len(data) > MAX_CSV:
        raise InputError(f"{name}: larger than {MAX_CSV // 1024 // 1024} MB", "split the plan")
    return plans.import_plan(store, name, plan_fields(store, values), user["name"], data)


def task_of(store: Any, plan_id: int, task_id: int) -> dict[str, Any]:
    """Returns a task of the plan; raises NotFound if it is another plan's."""
    task = stored.get_task(store, task_id)
    if task["plan_id"] != plan_id:
        raise NotFound(f"plan {plan_id} has no task {task_id}", "open the task's own plan")
    return task


def add_task(request: Request, plan_id: int, values: dict[str, Any]) -> dict[str, Any]:
    """Returns the task the signed-in editor added to the plan."""
    require(request, "editor")
    store = store_of(request)
    return stored.get_task(store, stored.add_task(store, plan_id, values))


def edit_task(
    request: Request, plan_id: int, task_id: int, values: dict[str, Any]
) -> dict[str, Any]:
    """Returns the task after the signed-in editor changed the fields given."""
    require(request, "editor")
    store = store_of(request)
    task_of(store, plan_id, task_id)
    return stored.update_task(store, task_id, {k: v for k, v in values.items() if k in TASK_FORM})


def suggest(request: Request, plan_id: int) -> dict[str, int]:
    """Returns how many links matching suggested for the plan's tasks (editor only)."""
    require(request, "editor")
    return {"suggested": plans.suggest(store_of(request), plan_id)}


def decide(request: Request, plan_id: int, values: dict[str, Any]) -> dict[str, Any]:
    """Returns the link the signed-in editor confirmed or rejected."""
    user = require(request, "editor")
    store = store_of(request)
    task_id = _int(values.get("task_id"), "task_id")
    target_id = _int(values.get("target_id"), "target_id")
    if task_id is None or target_id is None:
        raise InputError("a decision needs task_id and target_id", "send the suggestion's form")
    task_of(store, plan_id, task_id)
    kind, state = str(values.get("kind") or ""), str(values.get("state") or "")
    return plans.decide(store, task_id, kind, target_id, state, user["name"])


def plans_page(request: Request) -> HTMLResponse:
    """The plans with their progress, and the forms to create or import one."""
    return render(request, "plans.html", plans=plans.plans_with_summary(store_of(request)))


def plan_page(request: Request, plan_id: int) -> HTMLResponse:
    """A plan: its tasks, their progress, confirmed and suggested links."""
    found = plans.plan_progress(store_of(request), plan_id)
    return render(request, "plan.html", found=found, statuses=stored.TASK_STATUSES)


async def _form(request: Request) -> dict[str, Any]:
    """Returns the posted form after checking its CSRF token."""
    form = await request.form()
    check_csrf(request, str(form.get("csrf") or ""))
    return {k: v for k, v in form.items() if not isinstance(v, UploadFile)}


def _back(path: str) -> RedirectResponse:
    """Returns the redirect after a form was handled."""
    return RedirectResponse(path, status_code=303)


async def create_form(request: Request) -> RedirectResponse:
    """Creates a plan from the form and opens it."""
    values = await _form(request)
    return _back(f"/plans/{await run_in_threadpool(create, request, values)}")


async def _upload(request: Request) -> tuple[dict[str, Any], str, bytes]:
    """Returns the form's fields and its CSV file (name, bytes); raises InputError if none."""
    form = await request.form()
    check_csrf(request, str(form.get("csrf") or ""))
    upload = form.get("file")
    if not isinstance(upload, UploadFile) or not upload.filename:
        raise InputError("no CSV file chosen", "choose the plan's CSV file")
    values = {k: v for k, v in form.items() if not isinstance(v, UploadFile)}
    return values, upload.filename, await upload.read(MAX_CSV + 1)


async def import_form(request: Request) -> RedirectResponse:
    """Imports an uploaded CSV as a plan and opens it."""
    values, name, data = await _upload(request)
    return _back(f"/plans/{await run_in_threadpool(import_csv, request, values, name, data)}")


async def add_task_form(request: Request, plan_id: int) -> RedirectResponse:
    """Adds a task from the form and goes back to the plan."""
    task = await run_in_threadpool(add_task, request, plan_id, await _form(request))
    return _back(f"/plans/{plan_id}#task-{task['id']}")


async def edit_task_form(request: Request, plan_id: int, task_id: int) -> RedirectResponse:
    """Changes a task from the form and goes back to it."""
    await run_in_threadpool(edit_task, request, plan_id, task_id, await _form(request))
    return _back(f"/plans/{plan_id}#task-{task_id}")


async def suggest_form(request: Request, plan_id: int) -> RedirectResponse:
    """Computes the plan's suggestions and goes back to the plan."""
    await _form(request)
    await run_in_threadpool(suggest, request, plan_id)
    return _back(f"/plans/{plan_id}")


async def decide_form(request: Request, plan_id: int) -> RedirectResponse:
    """Confirms or rejects a suggested link and goes back to its task."""
    values = await _form(request)
    link = await run_in_threadpool(decide, request, plan_id, values)
    return _back(f"/plans/{plan_id}#task-{link['task_id']}")


def plans_api(request: Request) -> list[dict[str, Any]]:
    """The plans with their progress summaries."""
    return plans.plans_with_summary(store_of(request))


def plan_api(request: Request, plan_id: int) -> dict[str, Any]:
    """A plan with its tasks, their links (confirmed, suggested, rejected) and progress."""
    return plans.plan_progress(store_of(request), plan_id)


def create_api(
    request: Request,
    plan: Annotated[dict[str, Any], Body(description="name; year or period_start/period_end; "
                                         "place or place_id, org or org_id; tasks: [{title, ...}]")],
) -> dict[str, Any]:  # fmt: skip
    """Creates a plan (with tasks); returns it with its progress."""
    check_csrf(request, None)
    return plans.plan_progress(store_of(request), create(request, plan))


async def import_api(request: Request) -> dict[str, Any]:
    """Imports a plan from a multipart upload (file, name, year...); returns it with its progress."""
    values, name, data = await _upload(request)
    plan_id = await run_in_threadpool(import_csv, request, values, name, data)
    return await run_in_threadpool(plans.plan_progress, store_of(request), plan_id)


def add_task_api(
    request: Request,
    plan_id: int,
    task: Annotated[dict[str, Any], Body(description="title, owner, ...")],
) -> dict[str, Any]:
    """Adds a task (title, owner, target, target_count, due, status) at the end of a plan."""
    check_csrf(request, None)
    return add_task(request, plan_id, task)


def edit_task_api(
    request: Request, plan_id: int, task_id: int, changes: Annotated[dict[str, Any], Body()]
) -> dict[str, Any]:
    """Changes the fields given of a task."""
    check_csrf(request, None)
    return edit_task(request, plan_id, task_id, changes)


def suggest_api(request: Request, plan_id: int) -> dict[str, int]:
    """Matches the plan's tasks against events and ties; returns how many links it suggested."""
    check_csrf(request, None)
    return suggest(request, plan_id)


def decide_api(
    request: Request,
    plan_id: int,
    decision: Annotated[dict[str, Any], Body(description="task_id, kind (event|tie), target_id, "
                                             "state (confirmed|rejected)")],
) -> dict[str, Any]:  # fmt: skip
    """Confirms or rejects that an event or tie advances a task (who and when kept)."""
    check_csrf(request, None)
    return decide(request, plan_id, decision)


def router() -> APIRouter:
    """Returns the plan pages, their form handlers and their API twins."""
    r = APIRouter(include_in_schema=False)  # the pages and their forms
    r.add_api_route("/plans", plans_page, methods=["GET"], response_class=HTMLResponse)
    r.add_api_route("/plans", create_form, methods=["POST"])
    r.add_api_route("/plans/import", import_form, methods=["POST"])
    r.add_api_route("/plans/{plan_id}", plan_page, methods=["GET"], response_class=HTMLResponse)
    r.add_api_route("/plans/{plan_id}/tasks", add_task_form, methods=["POST"])
    r.add_api_route("/plans/{plan_id}/tasks/{task_id}", edit_task_form, methods=["POST"])
    r.add_api_route("/plans/{plan_id}/suggest", suggest_form, methods=["POST"])
    r.add_api_route("/plans/{plan_id}/links", decide_form, methods=["POST"])
    api = APIRouter(prefix="/api/plans", tags=["plans"])
    api.add_api_route("", plans_api, methods=["GET"])
    api.add_api_route("", create_api, methods=["POST"])
    api.add_api_route("/import", import_api, methods=["POST"])
    api.add_api_route("/{plan_id}", plan_api, methods=["GET"])
    api.add_api_route("/{plan_id}/tasks", add_task_api, methods=["POST"])
    api.add_api_route("/{plan_id}/tasks/{task_id}", edit_task_api, methods=["POST"])
    api.add_api_route("/{plan_id}/suggest", suggest_api, methods=["POST"])
    api.add_api_route("/{plan_id}/links", decide_api, methods=["POST"])
    both = APIRouter()
    both.include_router(r)
    both.include_router(api)
    return both

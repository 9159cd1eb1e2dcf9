"""Work plans in the store: plans, their key tasks, and task links to events and ties.

Functions take the Store. A link points a task to one event record or one registry tie;
it is suggested by matching, then confirmed or rejected by a person (who and when kept).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.engine import Connection

from amity.errors import InputError, NotFound
from amity.store import schema
from amity.store.engine import writing
from amity.store.queries import iso
from amity.store.writes import now

TASK_STATUSES = ("open", "done", "dropped")
LINK_STATES = ("suggested", "confirmed", "rejected")
LINK_KINDS = {"event": "event_id", "tie": "tie_id"}
TASK_FIELDS = ("title", "owner", "target", "target_count", "due", "status")


def check_date(value: Any, what: str = "date") -> str | None:
    """Returns an ISO date (YYYY-MM-DD) or None for empty; raises InputError if it is not one."""
    text = str(value or "").strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError as exc:
        raise InputError(f"bad {what} {text!r}", "write it as YYYY-MM-DD") from exc


def _count(value: Any) -> int | None:
    """Returns a numeric target as a non-negative int, None for empty; raises InputError."""
    if value is None or str(value).strip() == "":
        return None
    try:
        number = int(str(value).strip())
    except ValueError as exc:
        raise InputError(f"bad numeric target {value!r}", "give a whole number") from exc
    if number < 0:
        raise InputError(f"bad numeric target {number}", "give a number of 0 or more")
    return number


def _text(value: Any) -> str | None:
    """Returns value as stripped text, None when empty."""
    text = str(value or "").strip()
    return text or None


def clean_task(values: dict[str, Any]) -> dict[str, Any]:
    """Returns a task's fields checked and typed; raises InputError naming the bad field."""
    title = _text(values.get("title"))
    if not title:
        raise InputError("a task needs a title", "give each task a short title")
    status = _text(values.get("status")) or "open"
    if status not in TASK_STATUSES:
        raise InputError(f"bad status {status!r}", f"use one of {', '.join(TASK_STATUSES)}")
    return {
        "title": title,
        "owner": _text(values.get("owner")),
        "target": _text(values.get("target")),
        "target_count": _count(values.get("target_count")),
        "due": check_date(values.get("due"), "due date"),
        "status": status,
    }


def create_plan(
    store: Any, plan: dict[str, Any], tasks: Iterable[dict[str, Any]] = (), user: str = "cli"
) -> int:
    """Stores a plan (name, period_start, period_end, place_id, org_id) with its tasks; returns its id."""
    name = _text(plan.get("name"))
    if not name:
        raise InputError("a plan needs a name", "give it a name such as 'Key tasks 2018'")
    start = check_date(plan.get("period_start"), "period start")
    end = check_date(plan.get("period_end"), "period end")
    if start and end and end < start:
        raise InputError(f"the period ends ({end}) before it starts ({start})", "swap the dates")
    cleaned = [clean_task(task) for task in tasks]
    row = {"name": name, "period_start": start, "period_end": end, "created_by": user,
           "place_id": plan.get("place_id"), "org_id": plan.get("org_id"), "created_at": now()}  # fmt: skip
    with writing(store.engine) as conn:
        plan_id = int(
            conn.execute(insert(schema.plans).returning(schema.plans.c.id), row).scalar_one()
        )
        _insert_tasks(conn, plan_id, cleaned)
    return plan_id


def _insert_tasks(conn: Connection, plan_id: int, tasks: list[dict[str, Any]]) -> list[int]:
    """Inserts cleaned tasks after the plan's last one; returns their ids."""
    table = schema.plan_tasks
    last = conn.execute(select(func.max(table.c.position)).where(table.c.plan_id == plan_id))
    first = (last.scalar() or 0) + 1
    ids = []
    for offset, task in enumerate(tasks):
        row = {**task, "plan_id": plan_id, "position": first + offset}
        ids.append(int(conn.execute(insert(table).returning(table.c.id), row).scalar_one()))
    return ids


def add_task(store: Any, plan_id: int, values: dict[str, Any]) -> int:
    """Adds a task at the end of a plan; returns its id; raises NotFound for an unknown plan."""
    task = clean_task(values)
    get_plan(store, plan_id)
    with writing(store.engine) as conn:
        return _insert_tasks(conn, plan_id, [task])[0]


def update_task(store: Any, task_id: int, values: dict[str, Any]) -> dict[str, Any]:
    """Changes a task's fields (the ones given); returns the task."""
    current = get_task(store, task_id)
    merged = clean_task({**current, **{k: v for k, v in values.items() if k in TASK_FIELDS}})
    with writing(store.engine) as conn:
        table = schema.plan_tasks
        conn.execute(update(table).where(table.c.id == task_id).values(merged))
    return get_task(store, task_id)


def delete_plan(store: Any, plan_id: int) -> None:
    """Deletes a plan with its tasks and links; raises NotFound for an unknown plan."""
    get_plan(store, plan_id)
    with writing(store.engine) as conn:
        conn.execute(delete(schema.plans).where(schema.plans.c.id == plan_id))


def _plan_dict(row: Any) -> dict[str, Any]:
    """Returns a plan row as a dict."""
    out = dict(row._mapping)
    out["created_at"] = iso(out["created_at"])
    return out


def get_plan(store: Any, plan_id: int) -> dict[str, Any]:
    """Returns a plan's fields; raises NotFound."""
    with store.engine.connect() as conn:
        row = conn.execute(select(schema.plans).where(schema.plans.c.id == plan_id)).first()
    if row is None:
        raise NotFound(f"no plan {plan_id}", "list the plans with `amity plan list`")
    return _plan_dict(row)


def list_plans(
    store: Any, place_ids: list[int] | None = None, org_ids: list[int] | None = None
) -> list[dict[str, Any]]:
    """Returns plans, newest period first; only those of the places or organizations if given."""
    table = schema.plans
    query = select(table).order_by(table.c.period_start.desc(), table.c.id.desc())
    if place_ids is not None or org_ids is not None:
        query = query.where(
            table.c.place_id.in_(place_ids or []) | table.c.org_id.in_(org_ids or [])
        )
    with store.engine.connect() as conn:
        return [_plan_dict(row) for row in conn.execute(query)]


def get_task(store: Any, task_id: int) -> dict[str, Any]:
    """Returns a task's fields; raises NotFound."""
    table = schema.plan_tasks
    with store.engine.connect() as conn:
        row = conn.execute(select(table).where(table.c.id == task_id)).first()
    if row is None:
        raise NotFound(f"no task {task_id}", "see a plan's tasks with `amity plan show PLAN`")
    return dict(row._mapping)


def plan_tasks(store: Any, plan_id: int) -> list[dict[str, Any]]:
    """Returns a plan's tasks in their order."""
    table = schema.plan_tasks
    query = select(table).where(table.c.plan_id == plan_id).order_by(table.c.position)
    with store.engine.connect() as conn:
        return [dict(row._mapping) for row in conn.execute(query)]


def _link_dict(row: Any) -> dict[str, Any]:
    """Returns a link row as {id, task_id, kind, target_id, state, score, user, at}."""
    kind = "event" if row.event_id is not None else "tie"
    return {"id": row.id, "task_id": row.task_id, "kind": kind,
            "target_id": row.event_id if kind == "event" else row.tie_id, "state": row.state,
            "score": row.score, "user": row.user, "at": iso(row.at)}  # fmt: skip


def task_links(store: Any, task_ids: list[int]) -> list[dict[str, Any]]:
    """Returns the links of the tasks, best score first within each task."""
    table = schema.task_links
    query = (
        select(table)
        .where(table.c.task_id.in_(task_ids))
        .order_by(table.c.task_id, table.c.score.desc().nulls_last(), table.c.id)
    )
    with store.engine.connect() as conn:
        return [_link_dict(row) for row in conn.execute(query)]


def _check_kind(kind: str) -> str:
    """Returns the link column for kind (event or tie); raises InputError otherwise."""
    if kind not in LINK_KINDS:
        raise InputError(f"unknown link kind {kind!r}", "link a task to an event or a tie")
    return LINK_KINDS[kind]


def _check_target(conn: Connection, kind: str, target_id: int) -> None:
    """Raises NotFound unless the event record or tie exists."""
    table = schema.events if kind == "event" else schema.ties
    if conn.execute(select(table.c.id).where(table.c.id == target_id)).first() is None:
        hint = (
            "see events with `amity search`"
            if kind == "event"
            else "see ties with `amity partners`"
        )
        raise NotFound(f"no {kind} {target_id}", hint)


def set_link(
    store: Any, task_id: int, kind: str, target_id: int, state: str, user: str
) -> dict[str, Any]:
    """Sets the state of the link from a task to an event or tie (made if new); returns it."""
    column = _check_kind(kind)
    if state not in LINK_STATES:
        raise InputError(f"bad link state {state!r}", f"use one of {', '.join(LINK_STATES)}")
    get_task(store, task_id)
    table = schema.task_links
    where = (table.c.task_id == task_id) & (table.c[column] == target_id)
    values = {"state": state, "user": user, "at": now()}
    with writing(store.engine) as conn:
        _check_target(conn, kind, target_id)
        if not conn.execute(update(table).where(where).values(values)).rowcount:
            conn.execute(insert(table), [{**values, "task_id": task_id, column: target_id}])
        row = conn.execute(select(table).where(where)).one()
    return _link_dict(row)


def save_suggestions(store: Any, found: dict[int, list[tuple[str, int, float]]]) -> int:
    """Replaces the tasks' open suggestions with `found` {task: [(kind, id, score)]}; returns how many.

    A link a person confirmed or rejected is kept as it is and never suggested again.
    """
    table = schema.task_links
    added = 0
    with writing(store.engine) as conn:
        for task_id, items in found.items():
            conn.execute(
                delete(table).where(table.c.task_id == task_id, table.c.state == "suggested")
            )
            taken = select(table).where(table.c.task_id == task_id)
            decided = {
                (link["kind"], link["target_id"]) for link in map(_link_dict, conn.execute(taken))
            }
            rows = [_suggestion(task_id, kind, target_id, score)
                    for kind, target_id, score in items if (kind, target_id) not in decided]  # fmt: skip
            if rows:
                conn.execute(insert(table), rows)
            added += len(rows)
    return added


def _suggestion(task_id: int, kind: str, target_id: int, score: float) -> dict[str, Any]:
    """Returns a task_links row suggesting an event or tie for a task."""
    event_id = target_id if _check_kind(kind) == "event_id" else None
    tie_id = None if event_id is not None else target_id
    return {"task_id": task_id, "event_id": event_id, "tie_id": tie_id, "state": "suggested",
            "score": round(score, 3), "user": None, "at": now()}  # fmt: skip

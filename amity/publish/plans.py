"""Work plans: import from CSV, suggest the events and ties that advance each task, progress.

A plan is a list of key tasks (title, owner, target, due date). Matching suggests links
from tasks to events and ties (amity.publish.plans_match); a person confirms or rejects
them; progress counts what the confirmed links add up to against each task's target.
`plan_progress(store, plan_id)` and `plans_for(store, place_id=..., org_id=...)` are what
digests, profiles, the web pages and the CLI show.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from amity.errors import InputError, NotFound
from amity.publish import plans_links
from amity.publish.plans_csv import read_tasks
from amity.publish.plans_match import match_plan
from amity.registry.timeline import find_entity
from amity.store import plans as stored
from amity.store.registry import members

UNITS = {
    "participants": ("participant", "people", "person", "student", "visitor", "guest",
                     "attendee", "delegate", "youth", "人次", "人"),
    "countries": ("country", "countries", "nation", "国家"),
}  # fmt: skip


def period_of(
    year: int | None = None, start: str | None = None, end: str | None = None
) -> dict[str, str | None]:
    """Returns {period_start, period_end}: a whole year, or the dates given."""
    if year is not None:
        if not 1900 <= year <= 2200:
            raise InputError(f"bad plan year {year}", "give a year such as 2018")
        return {"period_start": f"{year}-01-01", "period_end": f"{year}-12-31"}
    return {"period_start": start, "period_end": end}


def owner_ids(
    store: Any, place: str | None = None, org: str | None = None
) -> dict[str, int | None]:
    """Returns {place_id, org_id} of the place and organization named (NotFound if unknown)."""
    out: dict[str, int | None] = {"place_id": None, "org_id": None}
    with store.engine.connect() as conn:
        for kind, name in (("place", place), ("organization", org)):
            if not name:
                continue
            try:
                out["place_id" if kind == "place" else "org_id"] = find_entity(conn, name, kind)[1]
            except NotFound as exc:
                raise NotFound(
                    f"no {kind} named {name!r}", "check the spelling, or leave it out"
                ) from exc
    return out


def import_plan(
    store: Any, path: str | Path, plan: dict[str, Any], user: str = "cli", data: bytes | None = None
) -> int:
    """Stores a plan with the tasks of a CSV file (or its bytes); returns its id.

    `plan` gives the name, and may give period_start, period_end, place_id and org_id.
    """
    tasks = read_tasks(path, data)
    return stored.create_plan(store, plan, tasks, user)


def suggest(store: Any, plan_id: int) -> int:
    """Matches every task of a plan against events and ties; stores the suggestions; returns how many."""
    plan = stored.get_plan(store, plan_id)
    tasks = stored.plan_tasks(store, plan_id)
    period = (plan["period_start"], plan["period_end"])
    with store.engine.connect() as conn:
        found = match_plan(conn, tasks, period, plan["place_id"])
    return stored.save_suggestions(store, found)


def decide(
    store: Any, task_id: int, kind: str, target_id: int, state: str, user: str
) -> dict[str, Any]:
    """Confirms or rejects the link of a task to an event or tie (by who, now); returns the link."""
    if state not in ("confirmed", "rejected"):
        raise InputError(f"bad decision {state!r}", "confirm or reject the link")
    return stored.set_link(store, task_id, kind, target_id, state, user)


def unit_of(target: str | None) -> str:
    """Returns what a target counts: participants, countries, or links (events and ties)."""
    found = plans_links.target_words(target)
    for unit, names in UNITS.items():
        if any(n in found if n.isascii() else n in (target or "") for n in names):
            return unit
    return "links"


def measure(unit: str, confirmed: list[dict[str, Any]]) -> int:
    """Returns what the confirmed links add up to in the target's unit."""
    if unit == "participants":
        return sum(int(link.get("participants") or 0) for link in confirmed)
    if unit == "countries":
        return len({c for link in confirmed for c in link.get("countries") or []})
    return len(confirmed)


def task_progress(
    task: dict[str, Any], confirmed: list[dict[str, Any]], today: date
) -> dict[str, Any]:
    """Returns a task's progress: value in its unit, share of the target, state, due passed."""
    unit = unit_of(task.get("target"))
    value, target = measure(unit, confirmed), task.get("target_count")
    share = min(1.0, value / target) if target else None
    due_passed = bool(task.get("due")) and str(task["due"]) < today.isoformat()
    met = (share == 1.0) if target else bool(confirmed)
    if task["status"] in ("done", "dropped"):
        state = task["status"]
    elif target and met:
        state = "met"
    else:
        state = "overdue" if due_passed else "open"
    return {"unit": unit, "value": value, "target_count": target, "share": share,
            "state": state, "due_passed": due_passed, "linked": len(confirmed)}  # fmt: skip


def summary(tasks: list[dict[str, Any]]) -> dict[str, Any]:
    """Returns a plan's progress: tasks per state, links, and the share of the work done."""
    states = [t["progress"]["state"] for t in tasks]
    counted = [t for t in tasks if t["progress"]["state"] != "dropped"]
    done = [1.0 if t["progress"]["state"] in ("done", "met") else (t["progress"]["share"] or 0.0)
            for t in counted]  # fmt: skip
    return {
        "tasks": len(tasks),
        **{s: states.count(s) for s in ("open", "met", "done", "overdue", "dropped")},
        "confirmed_links": sum(len(t["links"]["confirmed"]) for t in tasks),
        "suggested_links": sum(len(t["links"]["suggested"]) for t in tasks),
        "share": round(sum(done) / len(done), 3) if done else None,
    }


def plan_progress(store: Any, plan_id: int, today: date | None = None) -> dict[str, Any]:
    """Returns a plan with its owner, its tasks (links and progress each) and its summary."""
    today = today or date.today()
    plan = stored.get_plan(store, plan_id)
    tasks = stored.plan_tasks(store, plan_id)
    links = plans_links.detailed(store, stored.task_links(store, [t["id"] for t in tasks]))
    for task in tasks:
        mine = [link for link in links if link["task_id"] == task["id"]]
        task["links"] = {s: [x for x in mine if x["state"] == s] for s in stored.LINK_STATES}
        task["progress"] = task_progress(task, task["links"]["confirmed"], today)
    plan["owner"] = plans_links.owner(store, plan)
    return {"plan": plan, "tasks": tasks, "summary": summary(tasks)}


def plans_for(
    store: Any,
    place_id: int | None = None,
    org_id: int | None = None,
    period: tuple[str | None, str | None] | None = None,
) -> list[dict[str, Any]]:
    """Returns the plans of a place or organization (any of their names), or of every owner.

    With a period (start, end as YYYY-MM-DD), only the plans whose period overlaps it.
    """
    with store.engine.connect() as conn:
        places = members(conn, "places", place_id) if place_id is not None else None
        orgs = members(conn, "organizations", org_id) if org_id is not None else None
    found = stored.list_plans(store, places, orgs)
    if period is not None:
        found = [p for p in found if _overlaps(p, period)]
    return found


def _overlaps(plan: dict[str, Any], period: tuple[str | None, str | None]) -> bool:
    """Returns whether a plan's period overlaps (start, end); open ends overlap everything."""
    start, end = period
    before = plan["period_end"] and start and plan["period_end"] < start
    after = plan["period_start"] and end and plan["period_start"] > end
    return not (before or after)


def plans_with_summary(
    store: Any, place_id: int | None = None, org_id: int | None = None
) -> list[dict[str, Any]]:
    """Returns the plans (of a place or organization, if given), each with its progress summary."""
    found = plans_for(store, place_id, org_id)
    return [{**p, "owner": plans_links.owner(store, p), "summary": plan_progress(store, p["id"])["summary"]}
            for p in found]  # fmt: skip

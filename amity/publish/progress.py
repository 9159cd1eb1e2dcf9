"""Work plans' progress as the digest and the profile show it: one section per plan in scope."""

from __future__ import annotations

from typing import Any

from amity.publish.period import Period
from amity.publish.plans import plan_progress, plans_for
from amity.publish.scope import Scope


def plan_sections(
    store: Any, scope: Scope | None, span: Period | None = None
) -> list[dict[str, Any]]:
    """Returns the progress of every plan of the scope (all plans if none) overlapping the period."""
    period = (f"{span.start}-01", f"{span.end}-31") if span is not None else None
    place_id = scope.entity["id"] if scope is not None and scope.kind == "place" else None
    org_id = scope.entity["id"] if scope is not None and scope.kind != "place" else None
    plans = plans_for(store, place_id=place_id, org_id=org_id, period=period)
    return [_section(plan_progress(store, plan["id"])) for plan in plans]


def _section(progress: dict[str, Any]) -> dict[str, Any]:
    """Returns one plan's progress flattened for the templates."""
    plan = progress["plan"]
    return {
        "plan": plan.get("name"),
        "id": plan.get("id"),
        "summary": progress["summary"],
        "tasks": [_task(task) for task in progress["tasks"]],
    }


def _task(task: dict[str, Any]) -> dict[str, Any]:
    """Returns a task's line: what, who, target, due, state and what advanced it."""
    done = task["progress"]
    return {
        "title": task.get("title"),
        "owner": task.get("owner"),
        "target": task.get("target"),
        "due": task.get("due"),
        "status": done["state"],
        "value": done["value"],
        "share": done["share"],
        "linked": done["linked"],
        "advanced_by": [str(link["target"].get("label")) for link in task["links"]["confirmed"]],
    }

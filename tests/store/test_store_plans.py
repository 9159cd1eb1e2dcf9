"""Work plans in the store: plans with tasks, task edits, links set by people and by matching."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from amity.errors import InputError, NotFound
from amity.store import plans, schema
from tests.publish.plans_samples import event_id, load_exchanges, tie_id

TASKS = [
    {"title": "Host a youth forum", "owner": "Youth League", "target": "2 forums",
     "target_count": "2", "due": "2018-05-31"},
    {"title": "Sign a sister city agreement", "due": ""},
]  # fmt: skip


def _plan(store: Any, **extra: Any) -> int:
    plan = {"name": "Key tasks 2018", "period_start": "2018-01-01", "period_end": "2018-12-31"}
    return plans.create_plan(store, {**plan, **extra}, TASKS, user="ana")


def test_plan_with_tasks_in_order(store: Any) -> None:
    plan_id = _plan(store)
    plan = plans.get_plan(store, plan_id)
    assert (plan["name"], plan["created_by"], plan["period_end"]) == (
        "Key tasks 2018",
        "ana",
        "2018-12-31",
    )
    tasks = plans.plan_tasks(store, plan_id)
    assert [t["title"] for t in tasks] == ["Host a youth forum", "Sign a sister city agreement"]
    assert (tasks[0]["target_count"], tasks[0]["due"], tasks[0]["status"]) == (
        2,
        "2018-05-31",
        "open",
    )
    assert tasks[1]["due"] is None and tasks[1]["owner"] is None
    added = plans.add_task(store, plan_id, {"title": "Open a culture week", "status": "done"})
    assert plans.plan_tasks(store, plan_id)[-1] == {**plans.get_task(store, added), "position": 3}


@pytest.mark.parametrize(
    ("plan", "task", "message"),
    [
        ({"name": " "}, {"title": "x"}, "a plan needs a name"),
        ({"name": "P", "period_start": "2018-13-01"}, {"title": "x"}, "bad period start"),
        ({"name": "P", "period_start": "2018-06-01", "period_end": "2018-01-01"}, {"title": "x"},
         r"ends \(2018-01-01\) before it starts"),
        ({"name": "P"}, {"title": ""}, "a task needs a title"),
        ({"name": "P"}, {"title": "x", "status": "later"}, "bad status 'later'"),
        ({"name": "P"}, {"title": "x", "due": "30/06/2018"}, "bad due date '30/06/2018'"),
        ({"name": "P"}, {"title": "x", "target_count": "many"}, "bad numeric target 'many'"),
    ],
)  # fmt: skip
def test_bad_plans_and_tasks_store_nothing(
    store: Any, plan: dict[str, Any], task: dict[str, Any], message: str
) -> None:
    with pytest.raises(InputError, match=message):
        plans.create_plan(store, plan, [task])
    assert plans.list_plans(store) == []


def test_update_task_changes_only_given_fields(store: Any) -> None:
    task_id = plans.plan_tasks(store, _plan(store))[0]["id"]
    task = plans.update_task(store, task_id, {"status": "done", "due": "2018-06-30", "id": 99})
    assert (task["id"], task["status"], task["due"], task["title"]) == (
        task_id,
        "done",
        "2018-06-30",
        "Host a youth forum",
    )
    with pytest.raises(NotFound, match="no task 12345"):
        plans.update_task(store, 12345, {"status": "done"})


def test_list_plans_by_owner_and_delete(store: Any) -> None:
    load_exchanges(store)
    with store.engine.connect() as conn:
        place = conn.execute(select(schema.places.c.id)).scalars().first()
    mine, other = _plan(store, place_id=place), _plan(store, name="Other")
    assert [p["id"] for p in plans.list_plans(store, place_ids=[place])] == [mine]
    assert {p["id"] for p in plans.list_plans(store)} == {mine, other}
    plans.delete_plan(store, mine)
    assert [p["id"] for p in plans.list_plans(store)] == [other]
    with pytest.raises(NotFound, match=f"no plan {mine}"):
        plans.get_plan(store, mine)


def test_links_set_by_people_outlive_new_suggestions(store: Any) -> None:
    load_exchanges(store)
    first, second = (t["id"] for t in plans.plan_tasks(store, _plan(store)))
    forum, visit = (
        event_id(store, "Harbourton Youth Forum"),
        event_id(store, "Harbourton teachers visit Nagano"),
    )
    tie = tie_id(store, "Harbourton", "Mombasa")
    assert plans.save_suggestions(store, {first: [("event", forum, 4.0), ("event", visit, 2.5)],
                                          second: [("tie", tie, 3.0)]}) == 3  # fmt: skip
    confirmed = plans.set_link(store, first, "event", forum, "confirmed", "ana")
    assert (confirmed["state"], confirmed["user"], confirmed["score"]) == ("confirmed", "ana", 4.0)
    assert confirmed["at"] is not None
    plans.set_link(store, first, "event", visit, "rejected", "ben")
    # Matching again proposes the same two: the decided ones stay as they are, not re-suggested.
    assert (
        plans.save_suggestions(store, {first: [("event", forum, 4.5), ("event", visit, 2.5)]}) == 0
    )
    links = plans.task_links(store, [first, second])
    assert [(x["task_id"], x["kind"], x["target_id"], x["state"], x["user"]) for x in links] == [
        (first, "event", forum, "confirmed", "ana"),
        (first, "event", visit, "rejected", "ben"),
        (second, "tie", tie, "suggested", None),
    ]


@pytest.mark.parametrize(
    ("kind", "target", "state", "error", "message"),
    [
        ("report", 1, "confirmed", InputError, "unknown link kind 'report'"),
        ("event", 1, "maybe", InputError, "bad link state 'maybe'"),
        ("event", 9999, "confirmed", NotFound, "no event 9999"),
        ("tie", 9999, "confirmed", NotFound, "no tie 9999"),
    ],
)
def test_bad_links_are_refused(
    store: Any, kind: str, target: int, state: str, error: type[Exception], message: str
) -> None:
    task = plans.plan_tasks(store, _plan(store))[0]["id"]
    with pytest.raises(error, match=message):
        plans.set_link(store, task, kind, target, state, "ana")
    assert plans.task_links(store, [task]) == []


def test_deleting_an_event_or_plan_deletes_its_links(store: Any) -> None:
    load_exchanges(store)
    plan_id = _plan(store)
    task = plans.plan_tasks(store, plan_id)[0]["id"]
    forum = event_id(store, "Harbourton Youth Forum")
    plans.set_link(store, task, "event", forum, "confirmed", "ana")
    plans.set_link(store, task, "tie", tie_id(store, "Harbourton", "Mombasa"), "confirmed", "ana")
    with store.engine.begin() as conn:
        conn.execute(schema.events.delete().where(schema.events.c.id == forum))
    assert [x["kind"] for x in plans.task_links(store, [task])] == ["tie"]
    plans.delete_plan(store, plan_id)
    with store.engine.connect() as conn:
        assert conn.execute(select(schema.task_links)).all() == []

"""Work plans: import, suggestions stored, decisions by people, progress against targets."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from amity.errors import InputError, NotFound
from amity.publish import plans
from amity.store import plans as stored
from tests.publish.plans_samples import DATA, event_id, load_exchanges, tie_id

MID_YEAR = date(2018, 7, 15)


@pytest.fixture
def plan_id(store: Any) -> int:
    """Returns the id of the key tasks plan for 2018, imported over the Harbourton report."""
    load_exchanges(store)
    plan = {"name": "Key tasks 2018", **plans.period_of(2018)}
    return plans.import_plan(store, DATA / "key_tasks.csv", plan)


def _tasks(store: Any, plan_id: int) -> dict[str, dict[str, Any]]:
    """Returns the plan's tasks with progress, by title."""
    return {t["title"]: t for t in plans.plan_progress(store, plan_id, MID_YEAR)["tasks"]}


def _suggested(task: dict[str, Any]) -> list[str]:
    return [link["target"]["label"] for link in task["links"]["suggested"]]


def test_import_makes_a_plan_of_the_year(store: Any, plan_id: int) -> None:
    plan = stored.get_plan(store, plan_id)
    assert (plan["period_start"], plan["period_end"], plan["created_by"]) == (
        "2018-01-01",
        "2018-12-31",
        "cli",
    )
    assert len(stored.plan_tasks(store, plan_id)) == 4


def test_bad_csv_stores_no_plan(store: Any, tmp_path: Any) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("title,owner,target,due\nA,B,C,2018-02-31\n", encoding="utf-8")
    with pytest.raises(InputError, match="row 2: bad due date"):
        plans.import_plan(store, bad, {"name": "Broken"})
    assert stored.list_plans(store) == []


def test_suggestions_then_confirm_and_reject(store: Any, plan_id: int) -> None:
    assert plans.suggest(store, plan_id) >= 4
    tasks = _tasks(store, plan_id)
    forum = tasks["Host an international youth forum"]
    assert _suggested(forum)[0] == "Harbourton Youth Forum"
    assert _suggested(tasks["Hold the Harbourton Culture Week"])[0] == "Harbourton Culture Week"
    assert "Harbourton – Mombasa" in _suggested(tasks["Establish a new sister city in Africa"])
    assert "Harbourton trade fair" not in {s for t in tasks.values() for s in _suggested(t)}
    link = forum["links"]["suggested"][0]
    done = plans.decide(store, forum["id"], "event", link["target_id"], "confirmed", "ana")
    assert (done["state"], done["user"]) == ("confirmed", "ana")
    japan = tasks["Deepen youth exchanges with Japan"]
    visit = event_id(store, "Harbourton teachers visit Nagano")
    plans.decide(store, japan["id"], "event", visit, "rejected", "ben")
    plans.suggest(store, plan_id)  # again: decisions stay, rejected links come back no more
    tasks = _tasks(store, plan_id)
    assert [
        x["target_id"] for x in tasks["Host an international youth forum"]["links"]["confirmed"]
    ] == [link["target_id"]]
    assert visit not in [
        x["target_id"] for x in tasks["Deepen youth exchanges with Japan"]["links"]["suggested"]
    ]
    assert tasks["Deepen youth exchanges with Japan"]["links"]["rejected"][0]["user"] == "ben"


def test_decisions_are_confirm_or_reject(store: Any, plan_id: int) -> None:
    task = stored.plan_tasks(store, plan_id)[0]["id"]
    with pytest.raises(InputError, match="bad decision 'suggested'"):
        plans.decide(
            store, task, "event", event_id(store, "Harbourton Youth Forum"), "suggested", "ana"
        )


def _confirm(store: Any, plan_id: int, title: str, kind: str, target: int) -> None:
    task = _tasks(store, plan_id)[title]
    plans.decide(store, task["id"], kind, target, "confirmed", "ana")


@pytest.mark.parametrize(
    ("title", "links", "progress"),
    [
        # 80 of 100 participants: the forum's head count is what this target counts.
        ("Host an international youth forum", [("event", "Harbourton Youth Forum")],
         {"unit": "participants", "value": 80, "share": 0.8, "state": "overdue", "due_passed": True}),
        # Two exchanges with Japan, two confirmed: met.
        ("Deepen youth exchanges with Japan",
         [("event", "Harbourton teachers visit Nagano"), ("event", "Harbourton Youth Forum")],
         {"unit": "links", "value": 2, "share": 1.0, "state": "met", "due_passed": True}),
        ("Establish a new sister city in Africa", [("tie", ("Harbourton", "Mombasa"))],
         {"unit": "links", "value": 1, "share": 1.0, "state": "met", "due_passed": False}),
        ("Establish a new sister city in Africa", [],
         {"unit": "links", "value": 0, "share": 0.0, "state": "open", "due_passed": False}),
    ],
)  # fmt: skip
def test_progress_against_targets(
    store: Any, plan_id: int, title: str, links: list[tuple[str, Any]], progress: dict[str, Any]
) -> None:
    for kind, name in links:
        target = event_id(store, name) if kind == "event" else tie_id(store, *name)
        _confirm(store, plan_id, title, kind, target)
    found = _tasks(store, plan_id)[title]["progress"]
    assert {k: found[k] for k in progress} == progress
    assert found["linked"] == len(links)


def test_plan_summary_counts_states_and_share(store: Any, plan_id: int) -> None:
    _confirm(
        store,
        plan_id,
        "Host an international youth forum",
        "event",
        event_id(store, "Harbourton Youth Forum"),
    )
    tie = tie_id(store, "Harbourton", "Mombasa")
    _confirm(store, plan_id, "Establish a new sister city in Africa", "tie", tie)
    culture = _tasks(store, plan_id)["Hold the Harbourton Culture Week"]
    stored.update_task(store, culture["id"], {"status": "dropped"})
    summary = plans.plan_progress(store, plan_id, MID_YEAR)["summary"]
    assert {k: summary[k] for k in ("tasks", "met", "overdue", "dropped", "open", "confirmed_links")} == {
        "tasks": 4, "met": 1, "overdue": 2, "dropped": 1, "open": 0, "confirmed_links": 2,
    }  # fmt: skip
    # Of the three tasks that count: 0.8 (forum) + 1.0 (tie) + 0.0 (Japan), divided by 3.
    assert summary["share"] == pytest.approx(0.6, abs=0.001)


def test_plans_for_a_place_and_period(store: Any, plan_id: int) -> None:
    owner = plans.owner_ids(store, place="Harbourton")
    assert owner["place_id"] is not None and owner["org_id"] is None
    mine = plans.import_plan(
        store, DATA / "zh_tasks.csv", {"name": "区重点任务", **owner, **plans.period_of(2019)}
    )
    assert [p["id"] for p in plans.plans_for(store, place_id=owner["place_id"])] == [mine]
    assert plans.plan_progress(store, mine)["plan"]["owner"] == {
        "kind": "place", "id": owner["place_id"], "name": "Harbourton",
    }  # fmt: skip
    in_2018 = plans.plans_for(store, period=("2018-01-01", "2018-06-30"))
    assert [p["id"] for p in in_2018] == [plan_id]
    assert {p["id"] for p in plans.plans_for(store)} == {plan_id, mine}
    with pytest.raises(NotFound):
        plans.owner_ids(store, org="No Such Society Anywhere")


@pytest.mark.parametrize(
    ("target", "unit"),
    [("100 participants", "participants"), ("200 students", "participants"), ("5 countries", "countries"),
     ("3 delegations", "links"), (None, "links"), ("300人次", "participants"), ("10个国家", "countries")],
)  # fmt: skip
def test_unit_of_target(target: str | None, unit: str) -> None:
    assert plans.unit_of(target) == unit


def test_period_of_checks_the_year() -> None:
    assert plans.period_of(2023) == {"period_start": "2023-01-01", "period_end": "2023-12-31"}
    with pytest.raises(InputError, match="bad plan year 23"):
        plans.period_of(23)

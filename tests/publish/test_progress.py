"""Plans' progress in the digest and the profile: tasks, their state and what advanced them."""

from __future__ import annotations

from typing import Any

import pytest

from amity.publish import plans
from amity.publish.api import build, output
from tests.publish.plans_samples import DATA, event_id, load_exchanges


@pytest.fixture
def plan_id(store: Any) -> int:
    """Returns the 2018 key tasks plan over the Harbourton report, with the forum confirmed."""
    load_exchanges(store)
    plan = {"name": "Key tasks 2018", **plans.period_of(2018)}
    plan_id = plans.import_plan(store, DATA / "key_tasks.csv", plan)
    forum = next(t for t in plans.plan_progress(store, plan_id)["tasks"] if "forum" in t["title"])
    plans.decide(store, forum["id"], "event", event_id(store, "Harbourton Youth Forum"),
                 "confirmed", "ana")  # fmt: skip
    return plan_id


def test_the_digest_shows_the_plan_of_its_period(store: Any, plan_id: int) -> None:
    data = build(store, "digest", start="2018-01", end="2018-06")
    (section,) = data["plan_progress"]
    assert section["plan"] == "Key tasks 2018"
    forum = next(t for t in section["tasks"] if "forum" in t["title"])
    assert forum["advanced_by"] == ["Harbourton Youth Forum"] and forum["linked"] == 1
    assert section["summary"]["tasks"] == 4


def test_a_digest_of_another_year_has_no_plan(store: Any, plan_id: int) -> None:
    assert build(store, "digest", start="2016-01", end="2016-06")["plan_progress"] == []


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_progress_is_written_in_every_format(store: Any, plan_id: int, fmt: str) -> None:
    text = str(output("digest", build(store, "digest", start="2018-01", end="2018-06"), fmt))
    assert "Progress against the plan: Key tasks 2018" in text
    assert "Host an international youth forum" in text
    assert "Harbourton Youth Forum" in text


def test_the_profile_shows_the_plans_of_its_place(store: Any) -> None:
    load_exchanges(store)
    owner = plans.owner_ids(store, place="Harbourton")
    plan = {"name": "Harbourton tasks", **plans.period_of(2018), **owner}
    plans.import_plan(store, DATA / "key_tasks.csv", plan)
    data = build(store, "profile", name="Harbourton")
    assert [p["plan"] for p in data["plan_progress"]] == ["Harbourton tasks"]
    assert "Progress against the plan: Harbourton tasks" in str(output("profile", data, "md"))

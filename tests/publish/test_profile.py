"""Profiles: ties, schools, events, countries, people, and stated figures flagged where they differ."""

from __future__ import annotations

from typing import Any

import pytest

from amity.errors import NotFound
from amity.publish.figures import compare, measure_of
from amity.publish.profile import profile, profile_of
from tests.publish.conftest import load_report


def figure(data: dict[str, Any], metric: str) -> dict[str, Any]:
    """Returns the checked figure of a metric."""
    return next(f for f in data["figures"] if f["metric"] == metric)


def test_place_profile_from_reports(lakeford: Any) -> None:
    data = profile(lakeford, "Lakeford")
    assert data["entity"]["kind"] == "place"
    assert [t["partner"]["country"] for t in data["ties"]] == ["PL"]
    assert [s["partner"]["name"] for s in data["schools"]] == ["Riverside Lyceum"]
    assert data["events_by_year"] == [{"year": "2021", "total": 1, "types": {"forum": 1}}]
    assert {c["code"] for c in data["countries"]} == {"CN", "RU", "PL", "US"}  # not GB, its own
    assert [(p["name"], p["titles"]) for p in data["people"]] == [
        ("Anna Brook", ["Mayor of Lakeford"])
    ]
    assert data["plan_progress"] == [] and data["sections"] == []


def test_stated_figures_next_to_the_records(lakeford: Any) -> None:
    data = profile(lakeford, "Lakeford")
    ties, countries, events = (figure(data, m) for m in ("sister cities", "countries", "events"))
    assert (ties["records"], ties["differs"], ties["status"]) == (1, True, "fewer in records")
    assert (countries["records"], countries["differs"]) == (4, False)  # "more than 3": 4 will do
    assert (events["records"], events["differs"]) == (1, True)  # the second was rejected
    assert all(f["date"] == "2021-06-30" for f in data["figures"])


def test_a_figure_stops_differing_once_the_records_support_it(store: Any) -> None:
    load_report(store, "lakeford")  # the concert stays: two events, as stated
    events = figure(profile(store, "Lakeford"), "events")
    assert (events["records"], events["differs"], events["status"]) == (2, False, "matches")


def test_organization_profile(lakeford: Any) -> None:
    data = profile(lakeford, "Lakeford Friendship Office", kind="organization")
    assert data["entity"]["kind"] == "organization"
    assert data["totals"]["events"] == 2
    assert {y["year"] for y in data["events_by_year"]} == {"2021"}
    again = profile_of(lakeford, "organization", data["entity"]["id"])
    assert again == data


def test_unknown_names_and_ids(lakeford: Any) -> None:
    with pytest.raises(NotFound, match="Atlantis"):
        profile(lakeford, "Atlantis")
    with pytest.raises(NotFound):
        profile_of(lakeford, "place", 999_999)


@pytest.mark.parametrize(
    ("metric", "measure"),
    [("cities (districts", "ties"), ("sister cities", "ties"), ("international friendly city", "ties"),
     ("countries", "countries"), ("foreign schools", "schools"), ("events", "events"),
     ("participants", "participants"), ("foreign enterprises", None), (None, None)],
)  # fmt: skip
def test_measure_of_a_metric(metric: str | None, measure: str | None) -> None:
    assert measure_of(metric) == measure


@pytest.mark.parametrize(
    ("value", "qualifier", "found", "status"),
    [(19, None, 19, "matches"), (19, None, 3, "fewer in records"), (19, None, 20, "more in records"),
     (30, "more_than", 30, "fewer in records"), (30, "more_than", 31, "matches"),
     (20, "nearly", 18, "matches"), (20, "nearly", 21, "more in records"),
     (100, "about", 109, "matches"), (100, "about", 89, "fewer in records")],
)  # fmt: skip
def test_compare_reads_the_qualifier(
    value: float, qualifier: str | None, found: int, status: str
) -> None:
    assert compare(value, qualifier, found) == status


@pytest.mark.corpus
def test_xicheng_figures_from_seed_000_are_checked(seeds_store: Any) -> None:
    data = profile(seeds_store, "Xicheng District")
    stated = {f["measure"]: f for f in data["figures"] if f["measure"]}
    assert {"ties", "countries", "events", "schools"} <= set(stated)
    for row in stated.values():
        assert row["records"] == data["totals"][row["measure"]]
        assert row["differs"] == (
            compare(row["value"], row["qualifier"], row["records"]) != "matches"
        )

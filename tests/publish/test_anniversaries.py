"""Round anniversaries of ties from a tiny hand-made registry (tests/data/publish/ties.csv)."""

from __future__ import annotations

import csv
from typing import Any

import pytest

from amity.errors import InputError
from amity.publish.anniversaries import ROUND_YEARS, anniversaries
from amity.registry.writer import TieIn, write_ties
from amity.store import schema
from amity.store.engine import writing
from amity.store.entities import place_key
from amity.store.registry import ids_by, insert_new
from tests.publish.conftest import DATA


def load_ties(store: Any) -> None:
    """Writes the places and dated ties of ties.csv through the registry's writer."""
    rows = list(csv.DictReader((DATA / "ties.csv").open(encoding="utf-8")))
    places = {
        place_key(r[n], r[f"{n}_country"]): {"key": place_key(r[n], r[f"{n}_country"]), "name": r[n],
                                               "country": r[f"{n}_country"]}
        for r in rows for n in ("a", "b")
    }  # fmt: skip
    ties = [
        TieIn(place_key(r["a"], r["a_country"]), place_key(r["b"], r["b_country"]),
              established=r["established"] or None, in_registry=True)
        for r in rows
    ]  # fmt: skip
    with writing(store.engine) as conn:
        insert_new(conn, schema.places, list(places.values()), ["key"])
        write_ties(conn, ties, ids_by(conn, schema.places, "key", places))


@pytest.fixture
def registry(store: Any) -> Any:
    """Returns a fresh store (each dialect) holding the hand-made ties."""
    load_ties(store)
    return store


def found(data: dict[str, Any]) -> list[tuple[str, int, str, str]]:
    """Returns (first side, years, when, precision) of each anniversary listed."""
    return [(a["a"]["name"], a["years"], a["when"], a["precision"]) for a in data["anniversaries"]]


@pytest.mark.parametrize(
    ("start", "within", "expected"),
    [
        # Lowtown-Highcastle started in 2000 (the year only): its 25th is somewhere in 2025.
        (
            "2025-03-01",
            "30d",
            [("Lowtown", 25, "2025", "year"), ("Northbay", 50, "2025-03-10", "day")],
        ),
        ("2025-03-11", "20d", [("Lowtown", 25, "2025", "year")]),
        (
            "2025-03-20",
            "30d",
            [("Lowtown", 25, "2025", "year"), ("Eastwick", 10, "2025-04", "month")],
        ),
        ("2024-03-01", "30d", []),
        ("2026-02-01", "30d", [("Leapford", 30, "2026-02-28", "day")]),  # born on 29 February
        ("2024-12-01", "60d", [("Lowtown", 25, "2025", "year")]),
        ("2016-02-20", "10d", [("Leapford", 20, "2016-02-29", "day")]),  # a leap year again
    ],
)
def test_round_anniversaries_in_the_window(
    registry: Any, start: str, within: str, expected: list[Any]
) -> None:
    data = anniversaries(registry, within, start)
    got = [row for row in found(data) if row[0] != "Oddtown"]
    assert got == expected


def test_only_round_years_count(registry: Any) -> None:
    # Oddtown-Evenville started on 1987-06-01: its 38th (2025) is not round, its 40th (2027) is.
    assert not [
        r for r in found(anniversaries(registry, "365d", "2025-01-01")) if r[0] == "Oddtown"
    ]
    forty = [r for r in found(anniversaries(registry, "1d", "2027-06-01")) if r[0] == "Oddtown"]
    assert forty == [("Oddtown", 40, "2027-06-01", "day")]
    assert 40 in ROUND_YEARS and 38 not in ROUND_YEARS


def test_ties_without_a_start_are_left_out(registry: Any) -> None:
    names = {a["a"]["name"] for a in anniversaries(registry, "100y", "1900-01-01")["anniversaries"]}
    assert "Noday" not in names and "Northbay" in names


def test_bad_window_and_date(registry: Any) -> None:
    with pytest.raises(InputError, match="--within"):
        anniversaries(registry, "soon")
    with pytest.raises(InputError, match="--from"):
        anniversaries(registry, "90d", "2025-02-30")

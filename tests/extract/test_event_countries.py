"""amity.extract.components.event_countries: the other side of a bilateral exchange."""

from __future__ import annotations

from typing import Any

import pytest

from amity.extract import extract_records
from amity.extract.components.event_countries import event_countries
from amity.extract.doc import Doc


def tie(a: str, b: str) -> dict[str, Any]:
    """Returns a sister-city record between a city of country a and one of country b."""
    return {
        "type": "sister_city",
        "a": {"name": "X", "country": a},
        "b": {"name": "Y", "country": b},
    }


def run(countries: list[list[str]], ties: list[dict[str, Any]]) -> list[list[str]]:
    """Returns the events' countries after the component, one list per event."""
    doc = Doc("text")
    doc.records["events"] = [{"type": "visit", "countries": list(c)} for c in countries]
    doc.records["partnerships"] = ties
    return [e["countries"] for e in event_countries(doc).records["events"]]


@pytest.mark.parametrize(
    ("countries", "ties", "expected"),
    [
        ([["JP"]], [tie("AU", "JP")], [["JP", "AU"]]),
        ([["JP"], ["AU", "JP"]], [tie("AU", "JP")], [["JP", "AU"], ["AU", "JP"]]),
        # Tied to two countries: which one came is not known.
        ([["JP"]], [tie("AU", "JP"), tie("JP", "US")], [["JP"]]),
        # An event in a third country is not the tie's.
        ([["FR"]], [tie("AU", "JP")], [["FR"]]),
        # No ties: a report whose events name exactly two countries is about them.
        ([["KR"], ["KR", "VN"]], [], [["KR", "VN"], ["KR", "VN"]]),
        ([["KR"], ["VN"], ["US"]], [], [["KR"], ["VN"], ["US"]]),
        ([[]], [tie("AU", "JP")], [[]]),
    ],
)
def test_completes_the_other_side(
    countries: list[list[str]], ties: list[dict[str, Any]], expected: list[list[str]]
) -> None:
    assert run(countries, ties) == expected


def test_runs_in_the_english_pipeline() -> None:
    text = (
        "Goulburn mayor leads students to Shibetsu\n\n"
        "Goulburn and Shibetsu in Japan have been sister cities since 1990. "
        "On 14 April 2024 a group of Goulburn students arrived in Shibetsu for a week-long visit."
    )
    records = extract_records(text, published="2024-04-20")
    visits = [e for e in records["events"] if e["type"] == "visit"]
    assert visits and all(set(e["countries"]) == {"AU", "JP"} for e in visits)

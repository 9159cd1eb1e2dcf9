"""Tests of the registry queries: partners, ties between countries, timelines, tie status."""

from __future__ import annotations

from typing import Any

import pytest

from amity.errors import InputError, NotFound
from amity.registry import api
from amity.registry.queries import ties_between
from tests.registry.conftest import add


def test_partners_list_countries_coordinates_and_sources(imported: Any) -> None:
    found = api.partners(imported, "Wuhan")
    assert found["place"]["name"] == "Wuhan"
    listed = [(t["partner"]["name"], t["partner"]["country"]) for t in found["ties"]]
    # by partner country, names without a country last
    expected = [("Bordeaux", "FR"), ("Manchester", "GB"), ("Kyiv", "UA"), ("Smalltownia", None)]
    assert listed == expected
    located = [t["partner"] for t in found["ties"] if t["partner"]["lat"] is not None]
    assert len(located) == 3 and all(t["sources"] for t in found["ties"])


def test_partners_of_an_unknown_place(imported: Any) -> None:
    with pytest.raises(NotFound, match="registry import"):
        api.partners(imported, "Atlantis")


@pytest.mark.parametrize(
    ("country", "other", "expected"),
    [
        ("China", "GB", [("Wuhan", "Manchester")]),
        ("GB", "China", [("Manchester", "Wuhan")]),
        ("Ukraine", "Georgia (country)", [("Kyiv", "Tbilisi")]),
        ("AU", None, [("Perth", "Perth")]),
        ("FR", "RU", []),
    ],
)
def test_ties_between_countries(
    imported: Any, country: str, other: str | None, expected: list[tuple[str, str]]
) -> None:
    found = api.ties(imported, country, other)
    assert [(t["a"]["name"], t["b"]["name"]) for t in found] == expected


def test_ties_of_one_country_and_limit(imported: Any) -> None:
    assert len(api.ties(imported, "CN")) == 4
    assert len(api.ties(imported, "CN", limit=2)) == 2
    with pytest.raises(NotFound, match="unknown country"):
        api.ties(imported, "Freedonia")


def test_timeline_of_a_place_has_events_and_ties(imported: Any) -> None:
    text = "Choirs in Wuhan\n\nOn 5 May 2022 a choir festival opened in Wuhan.\n"
    records = {"events": [{"type": "culture", "title": "Choir festival", "start": "2022-05-05",
                           "end": None, "city": "Wuhan", "country": "CN", "organizers": [],
                           "participants": None, "countries": ["CN"],
                           "evidence": "On 5 May 2022 a choir festival opened in Wuhan."}]}  # fmt: skip
    report_id = add(imported, text, records)
    api.resolve_report(imported, report_id)
    found = api.timeline(imported, "Wuhan")
    assert found["kind"] == "place" and found["name"] == "Wuhan"
    assert found["items"][0] == {"date": "2022-05-05", "kind": "event",
                                 "what": "culture: Choir festival", "report_id": report_id}  # fmt: skip
    assert {i["what"] for i in found["items"][1:]} >= {"Manchester (GB)", "Bordeaux (FR)"}


def test_timeline_of_nothing(imported: Any) -> None:
    with pytest.raises(NotFound):
        api.timeline(imported, "Nobody Anywhere")


def test_tie_status(imported: Any) -> None:
    tie = api.partners(imported, "Rybinsk")["ties"][0]
    api.set_tie_status(imported, tie["id"], "dormant")
    assert api.partners(imported, "Rybinsk")["ties"][0]["status"] == "dormant"
    with pytest.raises(InputError):
        api.set_tie_status(imported, tie["id"], "sleepy")
    with pytest.raises(NotFound):
        api.set_tie_status(imported, 999_999, "ended")


def test_ties_between_needs_no_gazetteer_names(sqlite_imported: Any) -> None:
    with sqlite_imported.engine.connect() as conn:
        assert len(ties_between(conn, "RU")) == 2

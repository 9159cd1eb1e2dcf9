"""Search with facets, as a page and as JSON."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.web.conftest import load_sample


@pytest.fixture
def two_reports(app_store: Any, harbour: int) -> tuple[int, int]:
    """Returns the ids of the harbour and hostile samples, both stored."""
    return harbour, load_sample(app_store, "hostile")


def facet(found: dict[str, Any], name: str) -> dict[str, int]:
    """Returns {value: hits} of one facet."""
    return {value: n for value, n in found["facets"][name]}


def test_search_finds_reports_and_records_with_facets(client: TestClient, two_reports: Any) -> None:
    found = client.get("/api/search?q=sister").json()
    kinds = facet(found, "kind")
    assert kinds["report"] == 2 and kinds["partnerships"] == 2
    assert found["total"] == sum(kinds.values())
    assert facet(found, "year")["2020"] >= 1 and facet(found, "year")["2021"] >= 1


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ("kind=partnerships", {("partnerships", 0), ("partnerships", 1)}),
        ("kind=reports&year=2021", {("report", 1)}),
        ("country=PT&kind=partnerships", {("partnerships", 0)}),
        ("type=sister_city&year=2010", {("partnerships", 0)}),
        ("type=sister_city&year=2021", set()),
    ],
)
def test_facets_narrow_the_hits(
    client: TestClient, two_reports: tuple[int, int], filters: str, expected: set[Any]
) -> None:
    found = client.get(f"/api/search?q=sister&{filters}").json()
    got = {(h["kind"], two_reports.index(h["report_id"])) for h in found["hits"]}
    assert got == expected
    assert found["total"] == len(found["hits"])


def test_organization_facet_comes_from_organizers(client: TestClient, harbour: int) -> None:
    found = client.get("/api/search?q=forum").json()
    assert facet(found, "org") == {"Portavel Friendship Society": 1}
    narrowed = client.get(
        "/api/search", params={"q": "forum", "org": "Portavel Friendship Society"}
    ).json()
    assert [h["kind"] for h in narrowed["hits"]] == ["events"]


def test_search_page_links_hits_to_records_and_reports(client: TestClient, harbour: int) -> None:
    page = client.get("/search?q=Solvang").text
    assert 'href="/records/people/' in page
    assert f'href="/reports/{harbour}"' in page
    assert 'data-facet="kind"' in page


def test_an_empty_query_finds_nothing_and_an_unknown_kind_is_422(
    client: TestClient, harbour: int
) -> None:
    assert client.get("/api/search?q=").json()["total"] == 0
    assert client.get("/api/search?q=forum&kind=planets").status_code == 422
    assert "No match" in client.get("/search?q=zzzqqq").text


def test_paging_of_hits(client: TestClient, two_reports: Any) -> None:
    first = client.get("/api/search?q=sister&limit=2").json()
    second = client.get("/api/search?q=sister&limit=2&offset=2").json()
    seen = [(h["kind"], h["id"]) for h in first["hits"] + second["hits"]]
    assert len(seen) == len(set(seen)) == min(4, first["total"])


def test_narrowing_and_paging_reuse_the_query_s_hits(
    client: TestClient, two_reports: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from amity.web import search

    calls: list[str] = []
    real = search.candidates
    monkeypatch.setattr(
        search, "candidates", lambda conn, q, *a: calls.append(q) or real(conn, q, *a)
    )
    whole = client.get("/api/search?q=sister").json()
    narrowed = client.get("/api/search?q=sister&kind=partnerships").json()
    paged = client.get("/api/search?q=%20sister&limit=2&offset=2").json()
    assert calls == ["sister"]
    assert narrowed["total"] == facet(whole, "kind")["partnerships"]
    assert [h["id"] for h in paged["hits"]] == [h["id"] for h in whole["hits"][2:4]]

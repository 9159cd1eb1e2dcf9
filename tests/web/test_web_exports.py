"""Exports of reports and records as CSV and JSON."""

from __future__ import annotations

import csv
import io

import pytest
from fastapi.testclient import TestClient

from amity.records import KINDS


@pytest.mark.parametrize("kind", ["reports", *KINDS])
def test_csv_and_json_exports_agree(client: TestClient, harbour: int, kind: str) -> None:
    as_csv = client.get(f"/api/export/{kind}.csv")
    as_json = client.get(f"/api/export/{kind}.json")
    assert as_csv.headers["content-type"].startswith("text/csv")
    assert f"amity-{kind}.csv" in as_csv.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(as_csv.text)))
    items = as_json.json()
    assert len(rows) == len(items) == 1
    assert rows[0]["id"] == str(items[0]["id"])


def test_event_lists_are_joined_in_csv(client: TestClient, harbour: int) -> None:
    [row] = csv.DictReader(io.StringIO(client.get("/api/export/events.csv").text))
    assert row["countries"] == "PT; NO"
    assert row["organizers"] == "Portavel Friendship Society"


def test_empty_exports(client: TestClient) -> None:
    assert client.get("/api/export/events.json").json() == []
    assert client.get("/api/export/events.csv").text == ""


def test_unknown_kind_is_422(client: TestClient) -> None:
    response = client.get("/api/export/planets.csv")
    assert response.status_code == 422
    assert "reports" in response.json()["error"]["hint"]

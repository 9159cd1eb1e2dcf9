"""Duplicate records across reports, and merging them from the record page or the API."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.web.conftest import csrf_of, load_sample


@pytest.fixture
def twice(app_store: Any, harbour: int) -> tuple[int, int]:
    """Returns the ids of the harbour report and of a second report stating the same things."""
    return harbour, load_sample(app_store, "harbour", salt="\nA second bulletin said the same.\n")


def ids(store: Any, report_id: int, kind: str) -> int:
    """Returns the id of the report's record of `kind`."""
    return int(store.records(report_id=report_id, kind=kind)[0]["id"])


@pytest.mark.parametrize("kind", ["events", "partnerships", "people", "figures"])
def test_each_kind_finds_its_duplicate(
    client: TestClient, app_store: Any, twice: tuple[int, int], kind: str
) -> None:
    first, second = (ids(app_store, r, kind) for r in twice)
    record = client.get(f"/api/records/{kind}/{first}").json()
    assert [d["id"] for d in record["duplicates"]] == [second]
    assert [d["id"] for d in client.get(f"/api/records/{kind}/{second}").json()["duplicates"]] == [
        first
    ]


def test_no_duplicates_of_a_unique_record(client: TestClient, app_store: Any, harbour: int) -> None:
    record = client.get(
        f"/api/records/partnerships/{ids(app_store, harbour, 'partnerships')}"
    ).json()
    assert record["duplicates"] == []
    assert (
        "Same statement elsewhere" not in client.get(f"/records/partnerships/{record['id']}").text
    )


def test_editor_merges_from_the_page(
    client: TestClient, app_store: Any, twice: tuple[int, int], sign_in: Callable[..., str]
) -> None:
    name = sign_in(client, "editor")
    keep, dup = (ids(app_store, r, "events") for r in twice)
    page = client.get(f"/records/events/{keep}").text
    assert "Merge into this one" in page
    form = {"csrf": csrf_of(client), "duplicate": str(dup)}
    done = client.post(f"/records/events/{keep}/merge", data=form, follow_redirects=False)
    assert done.status_code == 303
    merged = client.get(f"/api/records/events/{dup}").json()
    assert merged["review_state"] == "rejected" and merged["reviewed_by"] == name
    assert merged["history"][0]["changes"] == {"merged_into": {"from": None, "to": keep}}
    assert client.get(f"/api/records/events/{keep}").json()["duplicates"][0]["merged_here"] is True
    assert "merged here" in client.get(f"/records/events/{keep}").text


def test_merge_refuses_what_is_not_a_duplicate(
    client: TestClient, app_store: Any, twice: tuple[int, int], sign_in: Callable[..., str]
) -> None:
    sign_in(client, "editor")
    keep = ids(app_store, twice[0], "events")
    token = {"X-CSRF-Token": csrf_of(client)}
    other = ids(app_store, load_sample(app_store, "hostile"), "events")
    refused = client.post(
        f"/api/records/events/{keep}/merge", json={"duplicate": other}, headers=token
    )
    assert (
        refused.status_code == 422
        and "does not state the same" in refused.json()["error"]["message"]
    )
    itself = client.post(
        f"/api/records/events/{keep}/merge", json={"duplicate": keep}, headers=token
    )
    assert itself.status_code == 422


def test_merge_needs_an_editor_and_the_token(
    client: TestClient, app_store: Any, twice: tuple[int, int], sign_in: Callable[..., str]
) -> None:
    keep, dup = (ids(app_store, r, "people") for r in twice)
    assert (
        client.post(f"/api/records/people/{keep}/merge", json={"duplicate": dup}).status_code == 403
    )
    sign_in(client, "contributor")
    denied = client.post(
        f"/api/records/people/{keep}/merge",
        json={"duplicate": dup},
        headers={"X-CSRF-Token": csrf_of(client)},
    )
    assert denied.status_code == 403
    assert app_store.record("people", dup)["review_state"] == "extracted"

"""Review from the pages and the API: roles, CSRF, corrections logged and kept on re-extraction."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.web.conftest import csrf_of, sample_records


def first(store: Any, report_id: int, kind: str) -> dict[str, Any]:
    """Returns the report's first record of `kind`."""
    return store.records(report_id=report_id, kind=kind)[0]


def test_queue_is_least_confident_first(client: TestClient, harbour: int) -> None:
    queue = client.get("/api/review").json()
    assert [r["kind"] for r in queue] == ["figures", "events", "people", "partnerships"]
    assert [r["kind"] for r in client.get("/api/review?kind=people").json()] == ["people"]
    page = client.get("/review").text
    assert page.index("/records/figures/") < page.index("/records/partnerships/")


@pytest.mark.parametrize("role", [None, "contributor"])
def test_only_editors_may_review(
    client: TestClient, harbour: int, app_store: Any, sign_in: Callable[..., str], role: str | None
) -> None:
    if role:
        sign_in(client, role)
    event = first(app_store, harbour, "events")
    form = {"csrf": csrf_of(client), "state": "confirmed"}
    response = client.post(f"/records/events/{event['id']}/review", data=form)
    assert response.status_code == 403
    assert first(app_store, harbour, "events")["review_state"] == "extracted"


def test_a_form_without_its_csrf_token_is_refused(
    client: TestClient, harbour: int, app_store: Any, sign_in: Callable[..., str]
) -> None:
    sign_in(client, "editor")
    event = first(app_store, harbour, "events")
    for token in ("", "forged-token"):
        response = client.post(
            f"/records/events/{event['id']}/review", data={"csrf": token, "state": "confirmed"}
        )
        assert response.status_code == 403
        assert "security token" in response.text
    assert first(app_store, harbour, "events")["review_state"] == "extracted"


def test_editor_confirms_and_rejects_from_the_queue(
    client: TestClient, harbour: int, app_store: Any, sign_in: Callable[..., str]
) -> None:
    name = sign_in(client, "editor")
    figure, person = first(app_store, harbour, "figures"), first(app_store, harbour, "people")
    token = csrf_of(client, "/review")
    done = client.post(
        f"/records/figures/{figure['id']}/review",
        data={"csrf": token, "state": "rejected", "next": "/review"},
        follow_redirects=False,
    )
    assert done.status_code == 303 and done.headers["location"] == "/review"
    client.post(
        f"/records/people/{person['id']}/review", data={"csrf": token, "state": "confirmed"}
    )
    assert first(app_store, harbour, "figures")["review_state"] == "rejected"
    assert first(app_store, harbour, "people")["reviewed_by"] == name
    assert [r["kind"] for r in client.get("/api/review").json()] == ["events", "partnerships"]


def test_next_never_leaves_the_site(
    client: TestClient, harbour: int, app_store: Any, sign_in: Callable[..., str]
) -> None:
    sign_in(client, "editor")
    figure = first(app_store, harbour, "figures")
    form = {"csrf": csrf_of(client), "state": "confirmed", "next": "//evil.example/x"}
    done = client.post(f"/records/figures/{figure['id']}/review", data=form, follow_redirects=False)
    assert done.headers["location"] == f"/records/figures/{figure['id']}"


def test_a_correction_is_shown_logged_and_survives_reextraction(
    client: TestClient, harbour: int, app_store: Any, sign_in: Callable[..., str]
) -> None:
    name = sign_in(client, "editor")
    event = first(app_store, harbour, "events")
    page = client.get(f"/records/events/{event['id']}").text
    assert 'name="participants" value="120"' in page
    form = {"csrf": csrf_of(client), "state": "corrected", "participants": "150", "city": "Lakeside Town",
            "type": "forum", "title": "youth forum", "start": "2020-06-11", "end": "", "country": "NO",
            "organizers": "Portavel Friendship Society", "countries": "PT NO"}  # fmt: skip
    client.post(f"/records/events/{event['id']}/review", data=form)
    record = client.get(f"/api/records/events/{event['id']}").json()
    assert (record["participants"], record["city"], record["review_state"]) == (
        150,
        "Lakeside Town",
        "corrected",
    )
    assert record["original"] == {"participants": 120, "city": "Lakeside"}
    [entry] = record["history"]
    assert entry["user"] == name and entry["changes"]["participants"] == {"from": 120, "to": 150}
    text = app_store.report(harbour)["text"]
    app_store.replace_extracted(harbour, sample_records("harbour", text))
    kept = first(app_store, harbour, "events")
    assert (kept["participants"], kept["city"]) == (150, "Lakeside Town")
    assert "Lakeside Town" in client.get(f"/reports/{harbour}").text


def test_a_correction_that_changes_nothing_is_422(
    client: TestClient, harbour: int, app_store: Any, sign_in: Callable[..., str]
) -> None:
    sign_in(client, "editor")
    figure = first(app_store, harbour, "figures")
    form = {"csrf": csrf_of(client), "state": "corrected", "subject": "Lakeside"}
    response = client.post(f"/records/figures/{figure['id']}/review", data=form)
    assert response.status_code == 422
    assert "changes no field" in response.text


def test_review_api_needs_the_csrf_header(
    client: TestClient, harbour: int, app_store: Any, sign_in: Callable[..., str]
) -> None:
    sign_in(client, "admin")
    tie = first(app_store, harbour, "partnerships")
    body = {"state": "corrected", "changes": {"b": {"name": "Portavel City", "country": "PT"}}}
    url = f"/api/records/partnerships/{tie['id']}/review"
    refused = client.post(url, json=body)
    assert refused.status_code == 403 and refused.json()["error"]["status"] == 403
    done = client.post(url, json=body, headers={"X-CSRF-Token": csrf_of(client)})
    assert done.status_code == 200, done.text
    assert done.json()["b"] == {"name": "Portavel City", "country": "PT"}
    bad = client.post(url, json={"state": "lost"}, headers={"X-CSRF-Token": csrf_of(client)})
    assert bad.status_code == 422


def test_queue_puts_unknown_confidence_first_on_both_backends(store: Any) -> None:
    from amity.records import ReportIn
    from amity.web import views

    text = "One. Two. Three. Four."
    events = [
        {"type": "forum", "title": f"event {i}", "span": [5 * i, 5 * i + 4], "confidence": c}
        for i, c in enumerate((0.9, None, 0.2, 0.5))
    ]
    store.add_report(ReportIn("queue.txt", text, "queue-hash"), {"events": events})
    store.review("events", store.records(kind="events")[3]["id"], "confirmed", "ana")
    queue = views.review_queue(store, "events")
    assert [r["title"] for r in queue] == ["event 1", "event 2", "event 0"]
    assert [r["title"] for r in views.review_queue(store, "events", limit=1)] == ["event 1"]

"""create_app, the one error handler, the session cookie and the OpenAPI description."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from amity.web import create_app
from amity.web.app import SESSION_COOKIE


def test_create_app_opens_the_store_it_is_given_by_settings(tmp_path: Any) -> None:
    from dataclasses import replace

    from amity.settings import Settings

    settings = replace(Settings(), db=f"sqlite:///{tmp_path / 'web.db'}", secret_key="s" * 32)
    with TestClient(create_app(settings)) as client:
        assert client.get("/api/stats").json()["reports"] == 0
    assert (tmp_path / "web.db").exists()


@pytest.mark.parametrize(
    ("path", "status", "words"),
    [
        ("/no/such/page", 404, "page not found"),
        ("/reports/99999", 404, "no report 99999"),
        ("/records/events/99999", 404, "no events record 99999"),
        ("/records/bogus/1", 422, "unknown record kind"),
        ("/reports/abc", 422, "invalid parameters"),
        ("/review?state=lost", 422, "unknown review state"),
    ],
)
def test_errors_are_html_pages(client: TestClient, path: str, status: int, words: str) -> None:
    response = client.get(path)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("text/html")
    assert words in response.text
    assert f"<h1>{status}" in response.text


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/api/reports/99999", 404),
        ("/api/records/events/99999", 404),
        ("/api/records/bogus", 422),
        ("/api/reports/abc", 422),
        ("/api/reports?order=colour", 422),
        ("/api/nothing-here", 404),
        ("/api/export/events.xml", 422),
    ],
)
def test_api_errors_are_json(client: TestClient, path: str, status: int) -> None:
    response = client.get(path)
    assert response.status_code == status
    error = response.json()["error"]
    assert error["status"] == status
    assert error["message"] and error["hint"]


def test_a_page_asked_for_json_gets_a_json_error(client: TestClient) -> None:
    response = client.get("/reports/424242", headers={"accept": "application/json"})
    assert response.status_code == 404
    assert response.json()["error"]["message"] == "no report 424242"


def test_session_cookie_is_httponly_and_samesite_lax(client: TestClient) -> None:
    response = client.get("/signin")
    cookie = response.headers["set-cookie"]
    assert cookie.startswith(f"{SESSION_COOKIE}=")
    assert "httponly" in cookie.lower()
    assert "samesite=lax" in cookie.lower()


def test_openapi_describes_the_api_and_not_the_pages(client: TestClient) -> None:
    spec = client.get("/api/openapi.json").json()
    paths = set(spec["paths"])
    assert {"/api/search", "/api/reports/{report_id}", "/api/records/{kind}/{record_id}"} <= paths
    assert "/api/records/{kind}/{record_id}/review" in paths
    assert not any(p in paths for p in ("/", "/search", "/signin"))


def test_static_files_are_served_by_the_app(client: TestClient) -> None:
    response = client.get("/static/app.css")
    assert response.status_code == 200
    assert "max-width" in response.text


def test_nothing_is_served_from_elsewhere(client: TestClient, harbour: int) -> None:
    for path in ("/", f"/reports/{harbour}", "/search?q=forum", "/review", "/add"):
        page = client.get(path).text
        assert "http://" not in page.replace("http://testserver", "")
        assert "https://" not in page


@pytest.mark.parametrize("path", ["/", "/api/stats", "/no/such/page", "/static/app.css"])
def test_security_headers_forbid_outside_and_inline_scripts(client: TestClient, path: str) -> None:
    headers = client.get(path).headers
    assert "script-src 'self'" in headers["content-security-policy"]
    assert "frame-ancestors 'none'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"


def test_api_records_page_by_key(client: TestClient, harbour: int, cities: int) -> None:
    every = [r["id"] for r in client.get("/api/records/events").json()]
    pages, after = [], 0
    while page := client.get(f"/api/records/events?limit=1&after={after}").json():
        pages += [r["id"] for r in page]
        after = page[-1]["id"]
    assert pages == every and len(every) == 2

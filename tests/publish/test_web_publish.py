"""The digest, profile and anniversaries pages and their JSON twins, on SQLite and PostgreSQL."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from amity.publish.digest import digest
from amity.publish.profile import profile
from amity.web import create_app
from tests.publish.conftest import load_report
from tests.web.conftest import settings_for


@pytest.fixture
def client(lakeford: Any) -> Iterator[TestClient]:
    """Yields a client of the app over the Lakeford store."""
    with TestClient(create_app(settings_for(lakeford), store=lakeford)) as test_client:
        yield test_client


def test_digest_page_and_its_twin_share_the_data(client: TestClient, lakeford: Any) -> None:
    query = "from=2021-03&to=2021-05"
    page, api = client.get(f"/digest?{query}"), client.get(f"/api/digest?{query}")
    assert page.status_code == api.status_code == 200
    assert api.json() == digest(lakeford, "2021-03", "2021-05")
    for month in api.json()["months"]:
        for item in month["items"]:
            assert f'id="{item["kind"]}-{item["id"]}"' in page.text
    assert page.text.count('class="chart-bar"') == 3 and 'class="chart chart-map"' in page.text
    assert "Lakeside concert" not in page.text
    assert 'href="/static/publish.css"' in page.text


def test_digest_page_without_a_period_shows_the_latest_months(client: TestClient) -> None:
    data = client.get("/api/digest").json()
    assert data["period"] == {"from": "2020-12", "to": "2021-05"}
    assert data["totals"]["events"] == 2


@pytest.mark.parametrize(
    ("fmt", "media", "start"),
    [("pdf", "application/pdf", b"%PDF"), ("md", "text/markdown", b"# Digest"),
     ("html", "text/html", b"<!doctype html>")],
)  # fmt: skip
def test_downloads(client: TestClient, fmt: str, media: str, start: bytes) -> None:
    got = client.get(f"/digest?from=2021-03&format={fmt}")
    assert got.status_code == 200 and got.headers["content-type"].startswith(media)
    assert got.content.startswith(start)
    assert f'filename="digest.{fmt}"' in got.headers["content-disposition"]


def test_profile_pages_linked_from_the_place_page(client: TestClient, lakeford: Any) -> None:
    data = profile(lakeford, "Lakeford")
    place = client.get(f"/places/{data['entity']['id']}")
    link = f"/profile/place/{data['entity']['id']}"
    assert link in place.text
    page, api = client.get(link), client.get(f"/api{link}")
    assert api.json() == data
    assert "differs: fewer in records" in page.text and "Riverside Lyceum" in page.text
    assert client.get(f"{link}?format=pdf").content.startswith(b"%PDF")


def test_organization_profile_linked_from_its_page(client: TestClient, lakeford: Any) -> None:
    org = profile(lakeford, "Lakeford Friendship Office", kind="organization")["entity"]["id"]
    assert f"/profile/org/{org}" in client.get(f"/organizations/{org}").text
    assert client.get(f"/api/profile/org/{org}").json()["totals"]["events"] == 2


def test_anniversaries_page_and_twin(client: TestClient) -> None:
    api = client.get("/api/anniversaries?within=30d&from=2026-05-01").json()
    assert [a["years"] for a in api["anniversaries"]] == [5]
    page = client.get("/anniversaries?within=30d&from=2026-05-01")
    assert "Tarn" in page.text and "2026-05-20" in page.text


@pytest.mark.parametrize(
    ("path", "status"),
    [("/api/digest?from=2021-13", 422), ("/api/profile/place/999999", 404),
     ("/api/profile/city/1", 422), ("/api/digest?from=2021-01&place=Atlantis", 404),
     ("/api/anniversaries?within=soon", 422), ("/digest?from=2021-01&format=docx", 422)],
)  # fmt: skip
def test_bad_requests_say_why(client: TestClient, path: str, status: int) -> None:
    got = client.get(path)
    assert got.status_code == status
    if path.startswith("/api/"):
        assert got.json()["error"]["message"]


def test_hostile_text_is_escaped_on_the_page(client: TestClient, lakeford: Any) -> None:
    load_report(lakeford, "hostile")
    page = client.get("/digest?from=2021-02").text
    body = page[page.index("<main>") :]
    assert not re.search(r"<(script|img|iframe)\b", body)
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;" in body
    assert (
        "script-src 'self'" in client.get("/digest?from=2021-02").headers["content-security-policy"]
    )

"""Reading pages and their JSON twins: home, reports, a report with its evidence, a record."""

from __future__ import annotations

import re
from typing import Any

from fastapi.testclient import TestClient

from amity.records import KINDS


def test_home_counts_months_countries_and_recent_reports(client: TestClient, harbour: int) -> None:
    data = client.get("/api/home").json()
    assert data["counts"]["reports"] == 1
    assert {data["counts"][k] for k in KINDS} == {1}
    assert data["events_per_month"] == [{"month": "2020-06", "events": 1}]
    assert {c["country"]: c["mentions"] for c in data["top_countries"]} == {"NO": 2, "PT": 2}
    assert [r["id"] for r in data["recent_reports"]] == [harbour]
    page = client.get("/").text
    assert "2020-06" in page and f'href="/reports/{harbour}"' in page


def test_home_of_an_empty_store_says_so(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert "No reports yet" in page.text


def test_rejected_events_leave_the_month_chart(
    client: TestClient, harbour: int, app_store: Any
) -> None:
    event = app_store.records(report_id=harbour, kind="events")[0]
    app_store.review("events", event["id"], "rejected", "tester")
    assert client.get("/api/home").json()["events_per_month"] == []


def test_report_page_links_every_evidence_span_to_its_record(
    client: TestClient, harbour: int
) -> None:
    report = client.get(f"/api/reports/{harbour}").json()
    page = client.get(f"/reports/{harbour}").text
    for kind in KINDS:
        for record in report["records"][kind]:
            link = f'href="/records/{kind}/{record["id"]}"'
            assert link in page
            start, end = record["span"]
            assert f'id="ev-{kind}-{record["id"]}"' in page
            assert report["text"][start:end] == record["evidence"]
    marked = re.findall(
        r'<a class="ev ev-(\w+)[^"]*" href="/records/\w+/\d+"[^>]*>([^<]*)</a>', page
    )
    assert {kind for kind, _ in marked} == set(KINDS)
    assert "".join(p["text"] for p in report["segments"]) == report["text"]


def test_record_page_shows_fields_evidence_and_its_report(client: TestClient, harbour: int) -> None:
    tie = client.get(f"/api/records/partnerships?report_id={harbour}").json()[0]
    page = client.get(f"/records/partnerships/{tie['id']}").text
    assert "Lakeside (NO)" in page and "Portavel (PT)" in page
    assert tie["evidence"] in page
    assert f'href="/reports/{harbour}#ev-partnerships-{tie["id"]}"' in page
    data = client.get(f"/api/records/partnerships/{tie['id']}").json()
    assert data["report"]["published"] == "2020-06-12"
    assert data["history"] == []


def test_reports_list_pages_and_api(client: TestClient, harbour: int) -> None:
    assert "Lakeside and Portavel" in client.get("/reports").text
    rows = client.get("/api/reports?order=published").json()
    assert [r["id"] for r in rows] == [harbour]
    assert rows[0]["counts"] == dict.fromkeys(KINDS, 1)


def test_records_api_filters_by_state(client: TestClient, harbour: int, app_store: Any) -> None:
    figure = app_store.records(report_id=harbour, kind="figures")[0]
    app_store.review("figures", figure["id"], "confirmed", "tester")
    confirmed = client.get("/api/records/figures?state=confirmed").json()
    assert [r["id"] for r in confirmed] == [figure["id"]]
    assert client.get("/api/records/figures?state=extracted").json() == []

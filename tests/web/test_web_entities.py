"""Pages of places, organizations and people, and the links to them from records."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient


def place_id(client: TestClient, name: str) -> int:
    """Returns the id of the place entity a name is resolved to, from the places GeoJSON."""
    features = client.get("/api/export/places.geojson").json()["features"]
    return next(f["properties"]["id"] for f in features if f["properties"]["name"] == name)


def test_record_page_links_the_places_it_names(client: TestClient, cities: int) -> None:
    tie = client.get(f"/api/records/partnerships?report_id={cities}").json()[0]
    record = client.get(f"/api/records/partnerships/{tie['id']}").json()
    assert {(e["kind"], e["name"]) for e in record["links"]} == {
        ("places", "Kyoto"),
        ("places", "Boston"),
    }
    page = client.get(f"/records/partnerships/{tie['id']}").text
    for link in record["links"]:
        assert f'href="/places/{link["id"]}"' in page


def test_place_page_gathers_events_ties_and_a_map(client: TestClient, cities: int) -> None:
    kyoto = place_id(client, "Kyoto")
    data = client.get(f"/api/places/{kyoto}").json()
    assert data["place"]["country"] == "JP"
    assert sorted(t["partner"]["name"] for t in data["ties"]) == ["Boston", "Paris"]
    assert all(t["in_reports"] and t["sources"][0]["report_id"] == cities for t in data["ties"])
    assert [r["date"] for r in data["timeline"]] == ["1958", "1959"]
    page = client.get(f"/places/{kyoto}").text
    assert 'id="map"' in page and "/static/vendor/leaflet/leaflet.js" in page
    assert f'href="/places/{place_id(client, "Paris")}"' in page


def test_a_name_as_written_shows_its_entity(client: TestClient, cities: int) -> None:
    tie = client.get(f"/api/records/partnerships?report_id={cities}").json()[0]
    written = next(
        e["id"]
        for e in client.get(f"/api/records/partnerships/{tie['id']}").json()["links"]
        if e["name"] == "Kyoto"
    )
    assert client.get(f"/api/places/{written}").json()["place"]["id"] == place_id(client, "Kyoto")


def test_place_without_coordinates_has_no_map(client: TestClient, harbour: int) -> None:
    event = client.get(f"/api/records/events?report_id={harbour}").json()[0]
    link = next(
        e
        for e in client.get(f"/api/records/events/{event['id']}").json()["links"]
        if e["kind"] == "places"
    )
    page = client.get(f"/places/{link['id']}").text
    assert 'id="map"' not in page and "youth forum" in page


def test_organization_and_person_pages(client: TestClient, harbour: int) -> None:
    event = client.get(f"/api/records/events?report_id={harbour}").json()[0]
    org = next(
        e
        for e in client.get(f"/api/records/events/{event['id']}").json()["links"]
        if e["kind"] == "organizations"
    )
    data = client.get(f"/api/organizations/{org['id']}").json()
    assert data["organization"]["name"] == "Portavel Friendship Society"
    assert [r["id"] for r in data["records"]["events"]] == [event["id"]]
    person = client.get(f"/api/records/people?report_id={harbour}").json()[0]
    who = next(
        e
        for e in client.get(f"/api/records/people/{person['id']}").json()["links"]
        if e["kind"] == "people"
    )
    page = client.get(f"/people/{who['id']}")
    assert page.status_code == 200 and "Ingrid Solvang" in page.text and "Mayor" in page.text


def test_rejected_records_leave_entity_pages(
    client: TestClient, harbour: int, app_store: Any
) -> None:
    person = client.get(f"/api/records/people?report_id={harbour}").json()[0]
    who = next(
        e
        for e in client.get(f"/api/records/people/{person['id']}").json()["links"]
        if e["kind"] == "people"
    )
    app_store.review("people", person["id"], "rejected", "tester")
    assert client.get(f"/api/people/{who['id']}").json()["records"]["people"] == []


def test_unknown_entities_are_404(client: TestClient) -> None:
    for path in ("/places/999", "/organizations/999", "/people/999"):
        assert client.get(path).status_code == 404
        assert client.get("/api" + path).json()["error"]["status"] == 404


def test_place_events_are_paged_newest_first_without_rejected(store: Any) -> None:
    from sqlalchemy import select

    from amity.records import ReportIn
    from amity.store import schema
    from amity.web import entities

    starts = ("2019-01-02", "2021-05-06", None, "2020-03-04", "2018-07-08")
    text = " ".join(f"Event {i} in Kyoto." for i in range(len(starts)))
    events = [
        {"type": "visit", "title": f"visit {i}", "start": s, "city": "Kyoto", "country": "JP",
         "span": [text.index(f"Event {i}"), text.index(f"Event {i}") + 8]}
        for i, s in enumerate(starts)
    ]  # fmt: skip
    store.add_report(ReportIn("kyoto.txt", text, "kyoto-hash"), {"events": events})
    with store.engine.connect() as conn:
        ids = select(schema.events.c.id, schema.events.c.place_id).order_by(schema.events.c.id)
        rows = conn.execute(ids).all()
    place = rows[0][1]
    assert place is not None and {p for _, p in rows} == {place}
    store.review("events", rows[1][0], "rejected", "ana")
    first = entities.place_page(store, place, limit=2, offset=0)
    later = entities.place_page(store, place, limit=2, offset=2)
    assert [r["title"] for r in first["records"]["events"]] == ["visit 3", "visit 0"]
    assert [r["title"] for r in later["records"]["events"]] == ["visit 4", "visit 2"]
    assert first["totals"]["events"] == 4 and first["more"] and not later["more"]

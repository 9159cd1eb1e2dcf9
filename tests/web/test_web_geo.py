"""The world map and the GeoJSON exports of places and ties."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient


def test_world_map_has_places_with_events_and_tie_lines(client: TestClient, cities: int) -> None:
    data = client.get("/api/map").json()
    by_name = {p["name"]: p for p in data["places"]}
    assert set(by_name) == {"Kyoto", "Boston", "Paris"}
    assert (by_name["Boston"]["events"], by_name["Kyoto"]["events"]) == (1, 0)
    ids = {frozenset(pair) for pair in data["lines"]}
    assert ids == {frozenset((by_name["Kyoto"]["id"], by_name["Boston"]["id"])),
                   frozenset((by_name["Kyoto"]["id"], by_name["Paris"]["id"]))}  # fmt: skip
    page = client.get("/").text
    assert 'data-src="/api/map"' in page and "/static/map.js" in page


def test_home_without_coordinates_has_no_map(client: TestClient, harbour: int) -> None:
    assert client.get("/api/map").json() == {"places": [], "lines": []}
    assert 'id="map"' not in client.get("/").text


def test_home_shows_the_map_for_ties_when_no_place_with_events_has_coordinates(
    client: TestClient, app_store: Any, cities: int
) -> None:
    from sqlalchemy import update

    from amity.store import schema
    from amity.web import geo

    with app_store.engine.begin() as conn:
        conn.execute(update(schema.places).where(schema.places.c.name == "Boston").values(lat=None))
    names = {p["name"] for p in client.get("/api/map").json()["places"]}
    assert names == {"Kyoto", "Paris"} and geo.has_map(app_store)
    assert 'id="map"' in client.get("/").text


def test_geojson_of_places_and_ties(client: TestClient, cities: int) -> None:
    places = client.get("/api/export/places.geojson")
    assert places.headers["content-type"].startswith("application/geo+json")
    features = places.json()["features"]
    assert sorted(f["properties"]["name"] for f in features) == ["Boston", "Kyoto", "Paris"]
    kyoto = next(f for f in features if f["properties"]["name"] == "Kyoto")
    lon, lat = kyoto["geometry"]["coordinates"]
    assert 135 < lon < 136 and 34 < lat < 36
    ties = client.get("/api/export/ties.geojson").json()["features"]
    assert {(t["properties"]["a"], t["properties"]["b"]) for t in ties} == {
        ("Boston", "Kyoto"),
        ("Kyoto", "Paris"),
    }
    assert all(t["geometry"]["type"] == "LineString" for t in ties)


def test_empty_geojson(client: TestClient) -> None:
    assert client.get("/api/export/ties.geojson").json() == {
        "type": "FeatureCollection",
        "features": [],
    }


def test_geojson_of_records_is_refused(client: TestClient) -> None:
    response = client.get("/api/export/events.geojson")
    assert response.status_code == 422
    assert "geojson" in response.json()["error"]["hint"]


def test_map_data_is_safe_inside_the_page(client: TestClient, app_store: Any, cities: int) -> None:
    from sqlalchemy import update

    from amity.store import schema

    with app_store.engine.begin() as conn:
        conn.execute(
            update(schema.places)
            .where(schema.places.c.name == "Paris")
            .values(canonical_name="</script><script>alert(1)</script>")
        )
    kyoto = client.get("/api/network").json()["top"][0]
    assert kyoto["name"] == "Kyoto"
    page = client.get(f"/places/{kyoto['id']}").text
    assert 'id="map-data"' in page
    assert "</script><script>alert(1)" not in page
    assert "\\u003c/script\\u003e" in page

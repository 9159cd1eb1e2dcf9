"""The Atom feed routes: content type, scopes, bad parameters, freshness, links from pages."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Any

from fastapi.testclient import TestClient

from amity.registry.timeline import find_entity
from tests.web.conftest import load_sample

NS = {"a": "http://www.w3.org/2005/Atom"}
HARBOUR_EVENT = "youth forum"


def _titles(body: bytes) -> list[str]:
    root = ET.fromstring(body)
    return [str(e.findtext("a:title", namespaces=NS)) for e in root.findall("a:entry", NS)]


def _ids(app_store: Any) -> tuple[int, int]:
    with app_store.engine.connect() as conn:
        kyoto = find_entity(conn, "Kyoto", "place")[1]
        hall = find_entity(conn, "Kyoto City Hall", "organization")[1]
    return kyoto, hall


def test_feeds_are_atom_and_fresh(client: TestClient, app_store: Any, cities: int) -> None:
    response = client.get("/feed.atom")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/atom+xml; charset=utf-8"
    root = ET.fromstring(response.content)
    assert root.findtext("a:id", namespaces=NS) == "http://testserver/feed.atom"
    assert _titles(response.content) == [
        "Kyoto delegation visits Boston",
        "Paris – Kyoto",
        "Kyoto – Boston",
    ]
    load_sample(app_store, "harbour")  # a new report: the kept feed must not hide it
    assert _titles(client.get("/feed.atom").content)[0] == HARBOUR_EVENT
    assert len(_titles(client.get("/feed.atom?limit=2").content)) == 2


def test_place_and_organization_feeds(client: TestClient, app_store: Any, cities: int) -> None:
    kyoto, hall = _ids(app_store)
    # The delegation's event took place in Boston: Kyoto's feed has its two ties.
    assert _titles(client.get(f"/places/{kyoto}/feed.atom").content) == [
        "Paris – Kyoto",
        "Kyoto – Boston",
    ]
    assert _titles(client.get(f"/organizations/{hall}/feed.atom").content) == [
        "Kyoto delegation visits Boston"
    ]


def test_bad_addresses(client: TestClient) -> None:
    for path, status in (("/places/99999/feed.atom", 404), ("/organizations/99999/feed.atom", 404),
                         ("/feed.atom?limit=0", 422), ("/feed.atom?limit=201", 422),
                         ("/places/x/feed.atom", 422)):  # fmt: skip
        response = client.get(path)
        assert response.status_code == status, path
        assert response.headers["content-type"].startswith("text/html")


def test_pages_point_to_their_feeds(client: TestClient, app_store: Any, cities: int) -> None:
    kyoto, hall = _ids(app_store)
    alternate = re.compile(
        r'<link rel="alternate" type="application/atom\+xml" title="[^"]*" href="([^"]+)">'
    )
    assert alternate.findall(client.get("/").text) == ["/feed.atom"]
    assert alternate.findall(client.get(f"/places/{kyoto}").text) == [
        "/feed.atom",
        f"/places/{kyoto}/feed.atom",
    ]
    assert alternate.findall(client.get(f"/organizations/{hall}").text) == [
        "/feed.atom",
        f"/organizations/{hall}/feed.atom",
    ]

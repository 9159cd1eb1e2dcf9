"""The network of ties: filters, centralities, the page and its GraphML export."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

import pytest
from fastapi.testclient import TestClient

from amity.web.network import measured


def names(found: dict[str, Any]) -> set[str]:
    """Returns the names of the graph's nodes."""
    return {n["name"] for n in found["nodes"]}


def test_network_of_places_with_centrality(client: TestClient, cities: int) -> None:
    found = client.get("/api/network").json()
    assert names(found) == {"Kyoto", "Boston", "Paris"}
    assert (found["total_nodes"], found["total_edges"], found["truncated"]) == (3, 2, False)
    kyoto = next(n for n in found["nodes"] if n["name"] == "Kyoto")
    assert (kyoto["degree"], kyoto["betweenness"], kyoto["region"]) == (2, 1.0, "AS")
    assert found["top"][0]["name"] == "Kyoto"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("country=FR", {"Paris", "Kyoto"}),
        ("country=us", {"Boston", "Kyoto"}),
        ("region=EU", {"Paris", "Kyoto"}),
        ("region=AS", {"Kyoto", "Boston", "Paris"}),
        ("region=AF", set()),
        ("side=organizations", set()),
    ],
)
def test_filters(client: TestClient, cities: int, query: str, expected: set[str]) -> None:
    assert names(client.get(f"/api/network?{query}").json()) == expected


def test_unknown_side_is_422(client: TestClient) -> None:
    assert client.get("/api/network?side=planets").status_code == 422


def test_large_graphs_keep_the_best_connected() -> None:
    nodes = {i: {"id": i, "name": f"n{i}", "country": None, "region": None} for i in range(10)}
    edges = [{"id": i, "source": 0, "target": i, "type": "sister_city"} for i in range(1, 10)]
    edges.append({"id": 99, "source": 1, "target": 2, "type": "sister_city"})
    found = measured(nodes, edges, limit=3)
    assert [n["id"] for n in found["nodes"]] == [0, 1, 2]
    assert found["truncated"] and found["total_nodes"] == 10
    assert {(e["source"], e["target"]) for e in found["edges"]} == {(0, 1), (0, 2), (1, 2)}
    assert found["nodes"][0]["degree"] == 9


def test_network_page_draws_and_lists(client: TestClient, cities: int) -> None:
    page = client.get("/network?region=EU").text
    assert 'id="graph"' in page and "/static/vendor/cytoscape/cytoscape.min.js" in page
    assert "Most central" in page and "Paris" in page
    assert 'option value="EU" selected' in page
    empty = client.get("/network?region=AF").text
    assert 'id="graph"' not in empty and "No ties match" in empty


def test_graphml_export(client: TestClient, cities: int) -> None:
    response = client.get("/api/export/network.graphml?country=FR")
    assert response.headers["content-type"].startswith("application/graphml+xml")
    root = ET.fromstring(response.text)
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    assert len(root.findall(".//g:node", ns)) == 2
    assert len(root.findall(".//g:edge", ns)) == 1

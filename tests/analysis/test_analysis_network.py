"""Tests of the partnership network: graph, summary, GraphML and GeoJSON."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from amity.analysis.network import build_graph, geojson, stats, write_geojson, write_graphml
from amity.registry.importer import import_registry

TWINS = Path(__file__).parent.parent / "data" / "registry" / "twins"


@pytest.fixture
def graph(store: Any) -> nx.Graph:
    """Returns the network of the small registry, in each dialect."""
    import_registry(store, TWINS)
    with store.engine.connect() as conn:
        return build_graph(conn)


def names(graph: nx.Graph) -> set[str]:
    """Returns the node names."""
    return {data["name"] for _, data in graph.nodes(data=True)}


def test_graph_has_places_and_ties(graph: nx.Graph) -> None:
    assert graph.number_of_edges() == 9
    assert {"Wuhan", "Kyiv", "Perth", "Nowhereville"} <= names(graph)
    assert "Kiev" not in names(graph)  # a name as written, folded into Kyiv
    assert graph.number_of_nodes() == 12


def test_stats(graph: nx.Graph) -> None:
    found = stats(graph, top=2)
    assert (found["places"], found["ties"]) == (12, 9)
    # Wuhan-Manchester-Testford-Kyiv-Tbilisi-Bordeaux-Smalltownia; Perth-Perth; Rybinsk group
    assert (found["components"], found["largest_component"]) == (3, 7)
    assert found["top_degree"][0]["place"] == "Wuhan (CN)" and found["top_degree"][0]["ties"] == 4
    assert found["top_betweenness"][0]["place"] == "Wuhan (CN)"
    assert found["betweenness_sample"] is None  # small graph: exact


def test_sampled_betweenness_is_repeatable(graph: nx.Graph) -> None:
    assert stats(graph, sample=4) == stats(graph, sample=4)
    assert stats(graph, sample=4)["betweenness_sample"] == 4


def test_status_filter_leaves_out_ended_ties(store: Any) -> None:
    from amity.registry.api import partners, set_tie_status

    import_registry(store, TWINS)
    set_tie_status(store, partners(store, "Perth", "AU")["ties"][0]["id"], "ended")
    with store.engine.connect() as conn:
        assert build_graph(conn).number_of_edges() == 8
        assert build_graph(conn, status=("ended",)).number_of_edges() == 1


def test_graphml_reads_back(graph: nx.Graph) -> None:
    out = io.StringIO()
    assert write_graphml(graph, out) == 9
    back = nx.read_graphml(io.BytesIO(out.getvalue().encode("utf-8")))
    assert back.number_of_edges() == 9
    assert {d["name"] for _, d in back.nodes(data=True)} == names(graph)
    assert {d["type"] for _, _, d in back.edges(data=True)} == {"sister_city"}


def test_geojson_lines_join_partner_coordinates(graph: nx.Graph) -> None:
    collection = geojson(graph)
    features = collection["features"]
    # ties with an unresolved side (Smalltownia, Nowhereville) have no line
    assert len(features) == 7
    wuhan = next(
        f
        for f in features
        if {f["properties"]["a"], f["properties"]["b"]} == {"Wuhan", "Manchester"}
    )
    (lon1, lat1), (lon2, lat2) = wuhan["geometry"]["coordinates"]
    assert {round(lat1), round(lat2)} == {31, 53} and {round(lon1), round(lon2)} == {114, -2}
    out = io.StringIO()
    assert write_geojson(graph, out) == 7
    assert json.loads(out.getvalue()) == collection

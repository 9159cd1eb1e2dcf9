"""The partnership network: places as nodes, ties as edges (networkx), its summary and exports.

Nodes are place entities (names as written are folded into their entity); an edge is a
tie between two places, with its type, status, date and whether the registry and reports
know it. Betweenness on the full registry is estimated from a fixed sample of sources
(deterministic: seeded) as the exact value is quadratic in the number of places.
"""

from __future__ import annotations

import json
from typing import IO, Any

import networkx as nx
from sqlalchemy import select
from sqlalchemy.engine import Connection

from amity.store import schema
from amity.store.registry import canonical

BETWEENNESS_SAMPLE = 64
NODE_FIELDS = ("name", "country", "lat", "lon", "parent")


def build_graph(conn: Connection, status: tuple[str, ...] = ("active", "dormant")) -> nx.Graph:
    """Returns the graph of place ties with the given statuses."""
    t = schema.ties
    rows = conn.execute(
        select(t).where(t.c.a_place_id.is_not(None), t.c.status.in_(status)).order_by(t.c.id)
    ).all()
    ends = canonical(conn, "places", [i for r in rows for i in (r.a_place_id, r.b_place_id)])
    graph = nx.Graph()
    for row in rows:
        a, b = ends[row.a_place_id], ends[row.b_place_id]
        if a != b:
            graph.add_edge(a, b, **_edge(row))
    _add_places(conn, graph)
    return graph


def _edge(row: Any) -> dict[str, Any]:
    """Returns the attributes of a tie's edge."""
    return {
        "tie": row.id, "type": row.type, "status": row.status,
        "established": row.established or "", "in_registry": bool(row.in_registry),
        "in_reports": bool(row.in_reports),
    }  # fmt: skip


def _add_places(conn: Connection, graph: nx.Graph) -> None:
    """Sets the name, country, coordinates and parent of every node."""
    table = schema.places
    nodes = list(graph.nodes)
    for start in range(0, len(nodes), 500):
        part = nodes[start : start + 500]
        for row in conn.execute(select(table).where(table.c.id.in_(part))).mappings():
            graph.nodes[row["id"]].update(
                name=row["canonical_name"] or row["name"],
                country=row["country"],
                lat=row["lat"],
                lon=row["lon"],
                parent=row["parent"],
            )


def _label(graph: nx.Graph, node: int) -> str:
    """Returns "Name (CC)" of a node."""
    data = graph.nodes[node]
    return f"{data.get('name')} ({data.get('country') or '?'})"


def stats(graph: nx.Graph, top: int = 10, sample: int = BETWEENNESS_SAMPLE) -> dict[str, Any]:
    """Returns places, ties, components, the largest component and the top places."""
    components = sorted((len(c) for c in nx.connected_components(graph)), reverse=True)
    degree = sorted(graph.degree, key=lambda item: (-item[1], item[0]))[:top]
    size = graph.number_of_nodes()
    k = sample if sample < size else None  # a small graph gets the exact value
    between = nx.betweenness_centrality(graph, k=k, seed=7) if size else {}
    central = sorted(between.items(), key=lambda item: (-item[1], item[0]))[:top]
    return {
        "places": graph.number_of_nodes(),
        "ties": graph.number_of_edges(),
        "components": len(components),
        "largest_component": components[0] if components else 0,
        "countries": len({d.get("country") for _, d in graph.nodes(data=True)} - {None}),
        "top_degree": [{"id": n, "place": _label(graph, n), "ties": d} for n, d in degree],
        "top_betweenness": [
            {"id": n, "place": _label(graph, n), "betweenness": round(v, 6)} for n, v in central
        ],
        "betweenness_sample": k,
    }


def write_graphml(graph: nx.Graph, out: IO[str]) -> int:
    """Writes the graph as GraphML (missing values as empty strings); returns the ties written."""
    clean = nx.Graph()
    for node, data in graph.nodes(data=True):
        clean.add_node(node, **{k: ("" if data.get(k) is None else data[k]) for k in NODE_FIELDS})
    clean.add_edges_from(graph.edges(data=True))
    for line in nx.generate_graphml(clean):
        out.write(line + "\n")
    return clean.number_of_edges()


def geojson(graph: nx.Graph) -> dict[str, Any]:
    """Returns the ties whose two places have coordinates as GeoJSON lines."""
    features = []
    for a, b, data in graph.edges(data=True):
        one, two = graph.nodes[a], graph.nodes[b]
        if None in (one.get("lat"), one.get("lon"), two.get("lat"), two.get("lon")):
            continue
        line = [[one["lon"], one["lat"]], [two["lon"], two["lat"]]]
        properties = {
            "a": one.get("name"), "a_country": one.get("country"),
            "b": two.get("name"), "b_country": two.get("country"), **data,
        }  # fmt: skip
        features.append(
            {"type": "Feature", "geometry": {"type": "LineString", "coordinates": line},
             "properties": properties}
        )  # fmt: skip
    return {"type": "FeatureCollection", "features": features}


def write_geojson(graph: nx.Graph, out: IO[str]) -> int:
    """Writes the GeoJSON lines of the graph; returns how many ties were written."""
    collection = geojson(graph)
    json.dump(collection, out, ensure_ascii=False)
    out.write("\n")
    return len(collection["features"])

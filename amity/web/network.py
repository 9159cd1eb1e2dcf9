"""The network of ties: places (sister cities) or organizations, filtered, with centralities.

Nodes are registry entities (names as written are folded into the entity they stand for);
edges are the registry's ties. Large graphs keep their best-connected nodes only.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from amity.errors import InputError
from amity.store import schema
from amity.store.registry import canonical, chunks

SIDES = {"places": ("a_place_id", "b_place_id"), "organizations": ("a_org_id", "b_org_id")}
MAX_NODES = 400
TOP = 20
REGIONS = {"AF": "Africa", "AN": "Antarctica", "AS": "Asia", "EU": "Europe",
           "NA": "North America", "OC": "Oceania", "SA": "South America"}  # fmt: skip


def region_of(country: str | None) -> str | None:
    """Returns the continent code (AS, EU...) of a country code, None if unknown."""
    from amity.registry.countries import Countries

    if not country:
        return None
    try:
        return Countries.load().info(country).continent
    except (KeyError, LookupError):
        return None


def tie_rows(conn: Connection, side: str) -> list[tuple[int, int, int, str, bool, bool]]:
    """Returns (tie id, a, b, type, in_registry, in_reports) of every tie between two `side`s."""
    t = schema.ties
    a, b = (t.c[c] for c in SIDES[side])
    stmt = select(t.c.id, a, b, t.c.type, t.c.in_registry, t.c.in_reports).where(
        a.is_not(None), b.is_not(None), t.c.status != "ended"
    )
    return [tuple(row) for row in conn.execute(stmt)]  # type: ignore[misc]


def node_info(conn: Connection, side: str, ids: list[int]) -> dict[int, dict[str, Any]]:
    """Returns {id: {id, name, country, region, lat, lon}} of entities."""
    table = schema.places if side == "places" else schema.organizations
    cols = [table.c.id, table.c.name, table.c.country]
    if side == "places":
        cols += [table.c.canonical_name, table.c.lat, table.c.lon]
    out: dict[int, dict[str, Any]] = {}
    for part in chunks(ids):
        for row in conn.execute(select(*cols).where(table.c.id.in_(part))).mappings():
            name = row.get("canonical_name") or row["name"]
            out[row["id"]] = {"id": row["id"], "name": name, "country": row["country"],
                              "region": region_of(row["country"]),
                              "lat": row.get("lat"), "lon": row.get("lon")}  # fmt: skip
    return out


def _keeps(node: dict[str, Any], country: str | None, region: str | None) -> bool:
    """Returns whether a node is in the chosen country and region (when chosen)."""
    return (not country or node["country"] == country) and (not region or node["region"] == region)


def graph(
    store: Any, side: str = "places", country: str = "", region: str = "", limit: int = MAX_NODES
) -> dict[str, Any]:
    """Returns {nodes, edges, top, total_nodes, total_edges, truncated} of the filtered network.

    An edge is kept when either end is in the chosen country and region.
    """
    if side not in SIDES:
        raise InputError(f"no network of {side!r}", "use places or organizations")
    country, region = country.upper(), region.upper()
    with store.engine.connect() as conn:
        rows = tie_rows(conn, side)
        ends = canonical(conn, side, [i for r in rows for i in r[1:3]])
        nodes = node_info(conn, side, sorted(set(ends.values())))
    edges = []
    for tie_id, a, b, kind, registry, reports in rows:
        one, two = nodes.get(ends[a]), nodes.get(ends[b])
        if (
            one
            and two
            and one is not two
            and (_keeps(one, country, region) or _keeps(two, country, region))
        ):
            edges.append({"id": tie_id, "source": one["id"], "target": two["id"], "type": kind,
                          "in_registry": bool(registry), "in_reports": bool(reports)})  # fmt: skip
    return measured(nodes, edges, limit)


def measured(
    nodes: dict[int, dict[str, Any]], edges: list[dict[str, Any]], limit: int
) -> dict[str, Any]:
    """Returns the graph with degree and betweenness per node, cut to the `limit` best connected."""
    import networkx as nx

    g = nx.Graph()
    g.add_edges_from((e["source"], e["target"]) for e in edges)
    total_nodes, total_edges = g.number_of_nodes(), len(edges)
    keep = sorted(g.nodes, key=lambda n: (-g.degree(n), nodes[n]["name"] or ""))[:limit]
    sub = g.subgraph(keep)
    # Exact betweenness is cubic: sample sources on large graphs (fixed seed, stable pages).
    k = min(len(sub), 200) if len(sub) > 200 else None
    between = nx.betweenness_centrality(sub, k=k, seed=7) if len(sub) else {}
    out_nodes = [{**nodes[n], "degree": g.degree(n), "betweenness": round(between.get(n, 0.0), 4)}
                 for n in keep]  # fmt: skip
    kept = set(keep)
    out_edges = [e for e in edges if e["source"] in kept and e["target"] in kept]
    top = sorted(out_nodes, key=lambda n: (-n["betweenness"], -n["degree"], n["name"] or ""))[:TOP]
    return {"nodes": out_nodes, "edges": out_edges, "top": top, "total_nodes": total_nodes,
            "total_edges": total_edges, "truncated": total_nodes > len(keep)}  # fmt: skip

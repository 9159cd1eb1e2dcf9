"""Exports of every list: reports and each record kind as CSV or JSON, streamed."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import StreamingResponse

from amity.errors import InputError
from amity.web import geo, network
from amity.web.context import store_of

FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "json": "application/json",
    "geojson": "application/geo+json",
    "graphml": "application/graphml+xml",
}
GEO_KINDS = ("places", "ties")


def cell(value: Any) -> Any:
    """Returns a value for a CSV cell: lists joined by '; ', dicts as JSON, None as empty."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "; ".join(
            json.dumps(v, ensure_ascii=False) if isinstance(v, dict) else str(v) for v in value
        )
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def csv_chunks(rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    """Yields CSV text a row at a time, with a header from the first row."""
    buffer = io.StringIO()
    writer: Any = None
    for row in rows:
        if writer is None:
            writer = csv.DictWriter(buffer, fieldnames=list(row), extrasaction="ignore")
            writer.writeheader()
        writer.writerow({k: cell(v) for k, v in row.items()})
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()


def json_chunks(rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    """Yields one JSON list a row at a time."""
    first = True
    yield "["
    for row in rows:
        yield ("\n  " if first else ",\n  ") + json.dumps(row, ensure_ascii=False, default=str)
        first = False
    yield "\n]\n"


def geojson_chunks(features: Iterable[dict[str, Any]]) -> Iterator[str]:
    """Yields one GeoJSON FeatureCollection a feature at a time."""
    yield '{"type": "FeatureCollection", "features": ['
    for n, feature in enumerate(features):
        yield ("\n  " if n == 0 else ",\n  ") + json.dumps(feature, ensure_ascii=False)
    yield "\n]}\n"


def graphml_chunks(found: dict[str, Any]) -> Iterator[str]:
    """Yields the network as GraphML, with node names, countries and centralities."""
    import networkx as nx

    g = nx.Graph()
    for node in found["nodes"]:
        attrs = {k: node[k] for k in ("name", "country", "region", "degree", "betweenness")}
        g.add_node(node["id"], **{k: v for k, v in attrs.items() if v is not None})
    for edge in found["edges"]:
        g.add_edge(edge["source"], edge["target"], tie=edge["id"], type=edge["type"])
    for line in nx.generate_graphml(g):
        yield line + "\n"


def chunks_of(request: Request, kind: str, fmt: str) -> Iterator[str]:
    """Returns the chunks of one export; raises InputError when kind and format do not fit."""
    store = store_of(request)
    if fmt == "geojson" and kind in GEO_KINDS:
        return geojson_chunks((geo.place_features if kind == "places" else geo.tie_features)(store))
    if fmt == "graphml" and kind == "network":
        params = request.query_params
        found = network.graph(
            store,
            params.get("side", "places"),
            params.get("country", ""),
            params.get("region", ""),
            limit=10**9,
        )
        return graphml_chunks(found)
    if fmt in ("csv", "json"):
        rows = store.export_rows(kind)
        return csv_chunks(rows) if fmt == "csv" else json_chunks(rows)
    raise InputError(
        f"cannot export {kind!r} as {fmt!r}",
        "use reports or a record kind as .csv or .json, places or ties as .geojson, network as .graphml",
    )


def export(request: Request, kind: str, fmt: str) -> StreamingResponse:
    """Streams reports or records as CSV or JSON, places or ties as GeoJSON, the network as GraphML.

    The network export takes the network page's filters: side, country, region.
    """
    chunks = chunks_of(request, kind, fmt)
    headers = {"Content-Disposition": f'attachment; filename="amity-{kind}.{fmt}"'}
    return StreamingResponse(chunks, media_type=FORMATS[fmt], headers=headers)


def router() -> APIRouter:
    """Returns the export route: /api/export/{kind}.{csv|json|geojson|graphml}."""
    r = APIRouter()
    r.add_api_route("/api/export/{kind}.{fmt}", export, methods=["GET"], tags=["exports"])
    return r

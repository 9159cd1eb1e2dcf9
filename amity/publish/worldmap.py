"""Country outlines as SVG paths, from the vendored Natural Earth 1:110m TopoJSON (world-atlas).

The TopoJSON file is read once per process on first use (never at import time); each
country is keyed by its ISO 3166-1 alpha-2 code through the numeric codes of countries.tsv.
The projection is equirectangular, cut below 60° S (Antarctica is left out).
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from amity.errors import ConfigError

ATLAS = Path(__file__).resolve().parents[1] / "web/static/vendor/world-atlas/countries-110m.json"
COUNTRIES = Path(__file__).resolve().parents[1] / "data/countries.tsv"
WIDTH, TOP, BOTTOM = 720.0, 84.0, -60.0
SCALE = WIDTH / 360.0
HEIGHT = (TOP - BOTTOM) * SCALE
Ring = list[tuple[float, float]]


def project(lon: float, lat: float) -> tuple[float, float]:
    """Returns the SVG (x, y) of a longitude and latitude."""
    return (lon + 180.0) * SCALE, (TOP - lat) * SCALE


@lru_cache(maxsize=1)
def numeric_codes() -> dict[str, str]:
    """Returns {ISO numeric code as in the atlas ('156'): ISO alpha-2 code ('CN')}."""
    out = {}
    for line in COUNTRIES.read_text(encoding="utf-8").splitlines()[1:]:
        fields = line.split("\t")
        if len(fields) > 2 and fields[2].strip().isdigit():
            out[f"{int(fields[2]):03d}"] = fields[0]
    return out


def decode_arcs(topo: dict[str, Any]) -> list[Ring]:
    """Returns the TopoJSON arcs as lists of (lon, lat), undoing quantization and deltas."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(arcs: list[Ring], indexes: list[int]) -> Ring:
    """Returns a ring joined from arcs (a negative index ~i is arc i reversed)."""
    points: Ring = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc[1:] if points else arc)
    return points


def unwrapped(points: Ring) -> Ring:
    """Returns a ring that crosses the antimeridian moved to one side of it (the map clips it)."""
    if all(abs(a[0] - b[0]) <= 180 for a, b in zip(points, points[1:], strict=False)):
        return points
    east = sum(lon for lon, _ in points) >= 0
    return [(lon + 360 if east and lon < 0 else lon - 360 if not east and lon > 0 else lon, lat)
            for lon, lat in points]  # fmt: skip


def path_of(rings: list[Ring]) -> str:
    """Returns the SVG path data of rings, projected, one decimal."""
    parts = []
    for points in rings:
        xy = [project(lon, max(lat, BOTTOM)) for lon, lat in unwrapped(points)]
        if len(xy) > 2:
            parts.append("M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in xy) + "Z")
    return "".join(parts)


def polygons(geometry: dict[str, Any]) -> list[list[list[int]]]:
    """Returns a geometry's polygons as lists of rings of arc indexes."""
    if geometry.get("type") == "Polygon":
        return [geometry["arcs"]]
    if geometry.get("type") == "MultiPolygon":
        return list(geometry["arcs"])
    return []


@lru_cache(maxsize=1)
def outlines() -> dict[str, dict[str, str]]:
    """Returns {alpha-2 code (or 'n:<name>'): {name, d}} of every country outline but Antarctica."""
    try:
        topo = json.loads(ATLAS.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigError(
            f"cannot read {ATLAS}: {exc}", "reinstall Amity (npm run vendor)"
        ) from exc
    arcs, codes = decode_arcs(topo), numeric_codes()
    out = {}
    for geometry in topo["objects"]["countries"]["geometries"]:
        name = str(geometry.get("properties", {}).get("name", ""))
        if name == "Antarctica":
            continue
        rings = [ring(arcs, r) for polygon in polygons(geometry) for r in polygon]
        key = codes.get(str(geometry.get("id")), f"n:{name}")
        out[key] = {"name": name, "d": path_of(rings)}
    return out

"""Where things are: the world map's places and ties, and GeoJSON of places and ties."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from amity.store import schema, tallies
from amity.store.registry import canonical

LIVE = ("extracted", "confirmed", "corrected")
MAP_PLACES, MAP_LINES = 500, 1500


def located(conn: Connection, ids: list[int]) -> dict[int, dict[str, Any]]:
    """Returns {id: {id, name, country, lat, lon}} of the places among ids with coordinates."""
    p = schema.places
    cols = (p.c.id, func.coalesce(p.c.canonical_name, p.c.name), p.c.country, p.c.lat, p.c.lon)
    out: dict[int, dict[str, Any]] = {}
    for start in range(0, len(ids), 500):
        stmt = select(*cols).where(p.c.id.in_(ids[start : start + 500]), p.c.lat.is_not(None))
        for i, name, country, lat, lon in conn.execute(stmt):
            out[i] = {"id": i, "name": name, "country": country, "lat": lat, "lon": lon}
    return out


def event_places(conn: Connection, limit: int = MAP_PLACES) -> dict[int, int]:
    """Returns {place entity id: events there} for the places with most unrejected events."""
    rows = [(int(key), n) for key, n in tallies.largest(conn, "place", limit)]
    ends = canonical(conn, "places", [i for i, _ in rows])
    out: dict[int, int] = {}
    for place_id, count in rows:
        out[ends[place_id]] = out.get(ends[place_id], 0) + count
    return out


def tie_lines(conn: Connection, limit: int | None = MAP_LINES) -> list[tuple[int, int, int]]:
    """Returns (tie id, a, b) of ties between places (entities), at most `limit`.

    Ties found in reports come first, then the newest: the order of the index of
    migration 0007, walked rather than every tie sorted.
    """
    t = schema.ties
    stmt = (
        select(t.c.id, t.c.a_place_id, t.c.b_place_id)
        .where(t.c.a_place_id.is_not(None), t.c.b_place_id.is_not(None))
        .order_by(t.c.in_reports.desc(), t.c.id.desc())
        .limit(limit)
    )
    rows = list(conn.execute(stmt))
    ends = canonical(conn, "places", [i for r in rows for i in r[1:]])
    return [(i, ends[a], ends[b]) for i, a, b in rows if ends[a] != ends[b]]


def world_map(store: Any) -> dict[str, Any]:
    """Returns the home map: places with events (sized by count) and ties as lines."""
    with store.engine.connect() as conn:
        events = event_places(conn)
        lines = tie_lines(conn)
        places = located(conn, sorted(set(events) | {i for _, a, b in lines for i in (a, b)}))
    for place_id, place in places.items():
        place["events"] = events.get(place_id, 0)
        place["radius"] = 3 + min(9, place["events"])
        place["label"] = f"{place['events']} events" if place["events"] else ""
    drawn = [[a, b] for _, a, b in lines if a in places and b in places]
    return {"places": list(places.values()), "lines": drawn}


def has_map(store: Any, first: int = 20) -> bool:
    """Returns whether world_map(store) has places, without building it in the usual case."""
    # The home page shows only the map's frame (drawn from /api/map): whether to show it is
    # settled by the few places with most events, unless none of them has coordinates.
    with store.engine.connect() as conn:
        if located(conn, sorted(event_places(conn, first))):
            return True
    return bool(world_map(store)["places"])


def _feature(geometry: dict[str, Any], properties: dict[str, Any]) -> dict[str, Any]:
    """Returns a GeoJSON Feature."""
    return {"type": "Feature", "geometry": geometry, "properties": properties}


def place_features(store: Any) -> Iterator[dict[str, Any]]:
    """Yields a Point feature per place entity with coordinates (names as written left out)."""
    p = schema.places
    cols = (p.c.id, p.c.name, p.c.canonical_name, p.c.country, p.c.parent, p.c.lat, p.c.lon)
    with store.engine.connect() as conn:
        links = schema.entity_links
        alias = select(links.c.entity_id).where(
            links.c.kind == "places", links.c.same_as.is_not(None)
        )
        stmt = (
            select(*cols)
            .where(p.c.lat.is_not(None), p.c.lon.is_not(None), p.c.id.not_in(alias))
            .order_by(p.c.id)
        )
        for i, name, canon, country, parent, lat, lon in conn.execution_options(
            yield_per=1000
        ).execute(stmt):
            props = {"id": i, "name": canon or name, "country": country, "parent": parent}
            yield _feature({"type": "Point", "coordinates": [lon, lat]}, props)


def tie_features(store: Any) -> Iterator[dict[str, Any]]:
    """Yields a LineString feature per tie whose two places have coordinates."""
    t = schema.ties
    with store.engine.connect() as conn:
        lines = tie_lines(conn, None)
        places = located(conn, sorted({i for _, a, b in lines for i in (a, b)}))
        info = {
            r.id: r
            for r in conn.execute(
                select(t.c.id, t.c.type, t.c.established, t.c.in_registry, t.c.in_reports)
            )
        }
    for tie_id, a, b in lines:
        if a in places and b in places:
            one, two, row = places[a], places[b], info[tie_id]
            props = {"id": tie_id, "type": row.type, "established": row.established,
                     "a": one["name"], "a_country": one["country"], "b": two["name"],
                     "b_country": two["country"], "in_registry": bool(row.in_registry),
                     "in_reports": bool(row.in_reports)}  # fmt: skip
            coords = [[one["lon"], one["lat"]], [two["lon"], two["lat"]]]
            yield _feature({"type": "LineString", "coordinates": coords}, props)

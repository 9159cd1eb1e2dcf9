"""Reading the registry: a place's partners, the ties between countries, finding entities.

Ties point to place entities; names as written point to their entity (entity_links), so
every query first maps ids to the entity they stand for.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.engine import Connection

from amity.errors import NotFound
from amity.registry.countries import Countries
from amity.registry.places import PlaceResolver
from amity.store import schema
from amity.store.registry import canonical, chunks, ids_by, members
from amity.store.rows import norm

PLACE_FIELDS = ("id", "name", "country", "lat", "lon", "parent", "resolved")


def find_place(conn: Connection, name: str, country: str | None = None) -> int:
    """Returns the id of the place entity a name means (the one with most ties); raises NotFound."""
    found = set(_gazetteer_hits(conn, name, country)) | set(_written_hits(conn, name, country))
    if not found:
        raise NotFound(
            f"no place named {name!r}" + (f" in {country}" if country else ""),
            "run `amity registry import`, or check the spelling (add --country)",
        )
    entities = set(canonical(conn, "places", found).values())
    return max(sorted(entities), key=lambda i: len(place_tie_rows(conn, i)))


def _gazetteer_hits(conn: Connection, name: str, country: str | None) -> list[int]:
    """Returns the stored entity the gazetteer resolves the name to, if stored."""
    resolved = PlaceResolver.load().resolve(name, country)
    keys = []
    if resolved.place is not None:
        keys.append(f"gn:{resolved.place.geonames_id}")
    return list(ids_by(conn, schema.places, "key", keys).values())


def _written_hits(conn: Connection, name: str, country: str | None) -> list[int]:
    """Returns the places stored under this name as written (any country, or the given one)."""
    table = schema.places
    code = Countries.load().code(country) if country else None
    query = select(table.c.id).where(
        or_(table.c.key.like(f"{_escape(norm(name))}|%", escape="\\"), table.c.key == norm(name))
    )
    if code:
        query = query.where(table.c.country == code)
    return list(conn.execute(query).scalars())


def _escape(text: str) -> str:
    """Returns text with LIKE wildcards escaped."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def place_tie_rows(conn: Connection, place_id: int, ids: list[int] | None = None) -> list[Any]:
    """Returns the ties rows with the place (any of its names: `ids`, when known) on one side."""
    ids = members(conn, "places", place_id) if ids is None else ids
    t = schema.ties
    rows: list[Any] = []
    for part in chunks(ids):
        query = select(t).where(or_(t.c.a_place_id.in_(part), t.c.b_place_id.in_(part)))
        rows += conn.execute(query).all()
    return rows


def place_dicts(conn: Connection, ids: list[int]) -> dict[int, dict[str, Any]]:
    """Returns {id: place fields} of place rows."""
    table = schema.places
    out: dict[int, dict[str, Any]] = {}
    for part in chunks(list(dict.fromkeys(ids))):
        for row in conn.execute(select(table).where(table.c.id.in_(part))).mappings():
            out[row["id"]] = {name: row[name] for name in PLACE_FIELDS}
            out[row["id"]]["name"] = row["canonical_name"] or row["name"]
    return out


def sources_of(conn: Connection, tie_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    """Returns {tie id: its sources} (data sets and reports)."""
    table = schema.tie_sources
    out: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for part in chunks(tie_ids):
        query = select(table).where(table.c.tie_id.in_(part)).order_by(table.c.id)
        for row in conn.execute(query).mappings():
            out[row["tie_id"]].append(
                {k: row[k] for k in ("source", "report_id", "partnership_id", "date", "raw")}
            )
    return out


def tie_dict(row: Any, sides: tuple[dict[str, Any], dict[str, Any]]) -> dict[str, Any]:
    """Returns the fields of a tie row with its two sides."""
    return {
        "id": row.id, "type": row.type, "status": row.status, "established": row.established,
        "in_registry": bool(row.in_registry), "in_reports": bool(row.in_reports),
        "a": sides[0], "b": sides[1],
    }  # fmt: skip


def partners(conn: Connection, name: str, country: str | None = None) -> dict[str, Any]:
    """Returns a place and its ties, each with the partner place and the tie's sources."""
    place_id = find_place(conn, name, country)
    rows = place_tie_rows(conn, place_id)
    ends = canonical(conn, "places", [i for r in rows for i in (r.a_place_id, r.b_place_id)])
    places = place_dicts(conn, [place_id, *ends.values()])
    sources = sources_of(conn, [r.id for r in rows])
    ties = []
    for row in rows:
        other = ends[row.b_place_id] if ends[row.a_place_id] == place_id else ends[row.a_place_id]
        tie = tie_dict(row, (places[place_id], places[other]))
        tie["partner"], tie["sources"] = places[other], sources.get(row.id, [])
        ties.append(tie)
    ties.sort(key=lambda t: (t["partner"]["country"] or "~", norm(t["partner"]["name"])))
    return {"place": places[place_id], "ties": ties}


def ties_between(
    conn: Connection, country: str, other: str | None = None, limit: int | None = None
) -> list[dict[str, Any]]:
    """Returns the ties between places of one country and another (or any) country."""
    codes = [_country(country), *([_country(other)] if other else [])]
    t, a, b = schema.ties, schema.places.alias("a"), schema.places.alias("b")
    one = a.c.country == codes[0]
    two = b.c.country == codes[-1] if other else b.c.country.is_not(None) | b.c.country.is_(None)
    back = (
        and_(b.c.country == codes[0], a.c.country == codes[-1])
        if other
        else b.c.country == codes[0]
    )
    query = (
        select(t)
        .join(a, a.c.id == t.c.a_place_id)
        .join(b, b.c.id == t.c.b_place_id)
        .where(or_(and_(one, two), back))
        .order_by(t.c.id)
        .limit(limit)
    )
    rows = conn.execute(query).all()
    ends = canonical(conn, "places", [i for r in rows for i in (r.a_place_id, r.b_place_id)])
    places = place_dicts(conn, list(ends.values()))
    out = [tie_dict(r, (places[ends[r.a_place_id]], places[ends[r.b_place_id]])) for r in rows]
    for tie in out:
        if tie["a"]["country"] != codes[0]:
            tie["a"], tie["b"] = tie["b"], tie["a"]
    return out


def _country(name: str) -> str:
    """Returns the ISO code of a country name or code; raises NotFound."""
    code = Countries.load().code(name)
    if code is None:
        raise NotFound(f"unknown country {name!r}", "give an ISO code (CN) or an English name")
    return code

"""Pages of places, organizations and people: what they are, the records naming them, a timeline.

A place or organization may have several rows (names as written) linked to one entity by
the registry; a page gathers the records of all of them.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table, func, or_, select
from sqlalchemy.engine import Connection

from amity.errors import NotFound
from amity.store import schema, tallies
from amity.store.queries import live, record_dict, record_select
from amity.store.registry import canonical, members

PAGE = 50
# Record kind -> the column dating it, by which entity pages list records (latest first).
DATE_COLUMNS = {"events": "start", "partnerships": "date", "people": "date"}
ENTITY_TABLES = {
    "places": schema.places,
    "organizations": schema.organizations,
    "people": schema.persons,
}


def entity_row(conn: Connection, kind: str, entity_id: int) -> dict[str, Any]:
    """Returns the entity's row as a dict (its canonical entity's); raises NotFound."""
    table = ENTITY_TABLES[kind]
    if kind != "people":
        entity_id = canonical(conn, kind, [entity_id])[entity_id]
    row = conn.execute(select(table).where(table.c.id == entity_id)).mappings().first()
    if row is None:
        raise NotFound(
            f"no {kind[:-1] if kind != 'people' else 'person'} {entity_id}", "search for it by name"
        )
    return dict(row)


def _order(kind: str) -> tuple[Any, ...]:
    """Returns the ORDER BY of a kind's records on entity pages: latest date first, then id."""
    table = schema.record_table(kind)
    dated = DATE_COLUMNS.get(kind)
    first = (table.c[dated].desc().nulls_last(),) if dated else ()
    return (*first, table.c.id.desc())


def records_where(
    conn: Connection, kind: str, *conditions: Any, limit: int | None = None, offset: int = 0
) -> list[dict[str, Any]]:
    """Returns the unrejected records of `kind` meeting the conditions, latest first.

    The page's ids are chosen first, so evidence text is read for the shown records only.
    """
    table = schema.record_table(kind)
    chosen = (
        select(table.c.id)
        .where(live(table), *conditions)
        .order_by(*_order(kind))
        .limit(limit)
        .offset(offset)
    )
    stmt = record_select(kind).where(table.c.id.in_(chosen)).order_by(None).order_by(*_order(kind))
    return [record_dict(kind, row) for row in conn.execute(stmt)]


def count_where(conn: Connection, kind: str, *conditions: Any) -> int:
    """Returns how many unrejected records of `kind` meet the conditions."""
    table = schema.record_table(kind)
    stmt = select(func.count()).where(live(table), *conditions)
    return int(conn.execute(stmt).scalar_one())


def listed(
    conn: Connection, wanted: dict[str, Any], limit: int, offset: int, totals: dict[str, int]
) -> dict[str, Any]:
    """Returns {records, totals, timeline, limit, offset}: a page of each kind's records.

    `wanted` is {kind: condition}; totals already known (from tallies) are not counted again.
    """
    records = {k: records_where(conn, k, c, limit=limit, offset=offset) for k, c in wanted.items()}
    totals = {k: totals[k] if k in totals else count_where(conn, k, c) for k, c in wanted.items()}
    return {"records": records, "totals": totals, "timeline": timeline(records),
            "limit": limit, "offset": offset,
            "more": any(n > offset + limit for n in totals.values())}  # fmt: skip


def when(record: dict[str, Any]) -> str:
    """Returns the date a record is placed at on a timeline ('' when undated)."""
    return str(record.get("start") or record.get("date") or "")


def timeline(records: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """Returns the dated records of every kind, oldest first."""
    dated = [r for rows in records.values() for r in rows if when(r)]
    return sorted(dated, key=lambda r: (when(r), r["kind"], r["id"]))


def _either(table: Table, a: str, b: str, ids: list[int]) -> Any:
    """Returns the condition 'column a or column b is one of ids'."""
    return or_(table.c[a].in_(ids), table.c[b].in_(ids))


def place_page(store: Any, place_id: int, limit: int = PAGE, offset: int = 0) -> dict[str, Any]:
    """Returns a place, a page of the events there and of its ties in reports, its registry ties.

    Its events are counted by the tallies of its names, not by reading them.
    """
    with store.engine.connect() as conn:
        place = entity_row(conn, "places", place_id)
        ids = members(conn, "places", place["id"])
        wanted = {
            "events": schema.events.c.place_id.in_(ids),
            "partnerships": _either(schema.partnerships, "a_place_id", "b_place_id", ids),
        }
        events = sum(tallies.of(conn, "place", [str(i) for i in ids]).values())
        found = listed(conn, wanted, limit, offset, {"events": events})
        ties = registry_ties(conn, place["id"], ids)
    return {"place": place, **found, "ties": ties}


def registry_ties(
    conn: Connection, place_id: int, ids: list[int] | None = None
) -> list[dict[str, Any]]:
    """Returns the registry's ties of a place with their partner and sources ([] if none).

    `ids`: the place's id and those of its other names, when already read (see members).
    """
    from amity.registry.queries import place_dicts, place_tie_rows, sources_of, tie_dict

    rows = place_tie_rows(conn, place_id, ids)
    ends = canonical(conn, "places", [i for r in rows for i in (r.a_place_id, r.b_place_id) if i])
    places = place_dicts(conn, [place_id, *ends.values()])
    sources = sources_of(conn, [r.id for r in rows])
    out = []
    for row in rows:
        a, b = ends.get(row.a_place_id), ends.get(row.b_place_id)
        other = b if a == place_id else a
        if other is None or other not in places:
            continue
        tie = tie_dict(row, (places[place_id], places[other]))
        tie.update(partner=places[other], sources=sources.get(row.id, []))
        out.append(tie)
    return sorted(out, key=lambda t: (t["partner"]["country"] or "~", t["partner"]["name"] or ""))


def organization_page(
    store: Any, org_id: int, limit: int = PAGE, offset: int = 0
) -> dict[str, Any]:
    """Returns an organization and a page of the events it organized, its ties, its people."""
    org_table = schema.event_organizers
    with store.engine.connect() as conn:
        org = entity_row(conn, "organizations", org_id)
        ids = members(conn, "organizations", org["id"])
        hosted = select(org_table.c.event_id).where(org_table.c.organization_id.in_(ids))
        wanted = {
            "events": schema.events.c.id.in_(hosted),
            "partnerships": _either(schema.partnerships, "a_org_id", "b_org_id", ids),
            "people": schema.roles.c.org_id.in_(ids),
        }
        found = listed(conn, wanted, limit, offset, {})
    return {"organization": org, **found}


def person_page(store: Any, person_id: int, limit: int = PAGE, offset: int = 0) -> dict[str, Any]:
    """Returns a person and a page of the roles reports give them."""
    with store.engine.connect() as conn:
        person = entity_row(conn, "people", person_id)
        wanted = {"people": schema.roles.c.person_id == person["id"]}
        found = listed(conn, wanted, limit, offset, {})
    return {"person": person, **found}


def _point(place: dict[str, Any]) -> dict[str, Any] | None:
    """Returns {id, name, country, lat, lon} of a place with coordinates, else None."""
    if place.get("lat") is None or place.get("lon") is None:
        return None
    return {k: place.get(k) for k in ("id", "name", "country", "lat", "lon")}


def place_map(data: dict[str, Any]) -> dict[str, Any]:
    """Returns the place page's map: the place, its partners with coordinates, lines to them."""
    here = _point(
        {**data["place"], "name": data["place"].get("canonical_name") or data["place"]["name"]}
    )
    partners = [p for p in (_point(t["partner"]) for t in data["ties"]) if p]
    lines = [[here["id"], p["id"]] for p in partners] if here else []
    return {"places": ([here] if here else []) + partners, "lines": lines}

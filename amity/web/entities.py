"""Pages of places, organizations and people: what they are, the records naming them, a timeline.

A place or organization may have several rows (names as written) linked to one entity by
the registry; a page gathers the records of all of them.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table, or_, select
from sqlalchemy.engine import Connection

from amity.errors import NotFound
from amity.store import schema
from amity.store.queries import record_dict, record_select
from amity.store.registry import canonical, members

LIVE = ("extracted", "confirmed", "corrected")
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


def records_where(conn: Connection, kind: str, *conditions: Any) -> list[dict[str, Any]]:
    """Returns the unrejected records of `kind` meeting the conditions, as record dicts."""
    table = schema.record_table(kind)
    stmt = record_select(kind).where(table.c.review_state.in_(LIVE), *conditions)
    return [record_dict(kind, row) for row in conn.execute(stmt)]


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


def place_page(store: Any, place_id: int) -> dict[str, Any]:
    """Returns a place, the events there, the ties in reports and registry, and their map."""
    with store.engine.connect() as conn:
        place = entity_row(conn, "places", place_id)
        ids = members(conn, "places", place["id"])
        records = {
            "events": records_where(conn, "events", schema.events.c.place_id.in_(ids)),
            "partnerships": records_where(
                conn, "partnerships", _either(schema.partnerships, "a_place_id", "b_place_id", ids)
            ),
        }
        ties = registry_ties(conn, place["id"])
    return {"place": place, "records": records, "timeline": timeline(records), "ties": ties}


def registry_ties(conn: Connection, place_id: int) -> list[dict[str, Any]]:
    """Returns the registry's ties of a place with their partner and sources ([] if none)."""
    from amity.registry.queries import place_dicts, place_tie_rows, sources_of, tie_dict

    rows = place_tie_rows(conn, place_id)
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


def organization_page(store: Any, org_id: int) -> dict[str, Any]:
    """Returns an organization, the events it organized, its ties and the people in it."""
    org_table = schema.event_organizers
    with store.engine.connect() as conn:
        org = entity_row(conn, "organizations", org_id)
        ids = members(conn, "organizations", org["id"])
        hosted = select(org_table.c.event_id).where(org_table.c.organization_id.in_(ids))
        records = {
            "events": records_where(conn, "events", schema.events.c.id.in_(hosted)),
            "partnerships": records_where(
                conn, "partnerships", _either(schema.partnerships, "a_org_id", "b_org_id", ids)
            ),
            "people": records_where(conn, "people", schema.roles.c.org_id.in_(ids)),
        }
    return {"organization": org, "records": records, "timeline": timeline(records)}


def person_page(store: Any, person_id: int) -> dict[str, Any]:
    """Returns a person and every role the reports give them."""
    with store.engine.connect() as conn:
        person = entity_row(conn, "people", person_id)
        records = {
            "people": records_where(conn, "people", schema.roles.c.person_id == person["id"])
        }
    return {"person": person, "records": records, "timeline": timeline(records)}


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

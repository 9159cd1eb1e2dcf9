"""Places, organizations and persons named by records: one row per distinct name, unresolved.

A later step resolves them (coordinates, canonical names); here each record is
only linked to the row for the name as written.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from amity.store import schema
from amity.store.rows import as_list, country, norm, party

# Entity table -> {key: row to insert}
Wanted = dict[str, dict[str, dict[str, Any]]]
# Entity table -> {key: id}
Ids = dict[str, dict[str, int]]

ORG_SIDES = ("school", "agreement", "membership")


def place_key(name: Any, where: Any) -> str:
    """Returns the unique key of a place: its folded name and country code."""
    return f"{norm(name)}|{country(where) or ''}"


def _place(wanted: Wanted, name: Any, where: Any) -> None:
    """Adds a place to `wanted` if it has a name."""
    if name and norm(name):
        code = country(where)
        key = place_key(name, code)
        wanted["places"].setdefault(key, {"name": str(name), "country": code, "key": key})


def _org(wanted: Wanted, name: Any, where: Any = None) -> None:
    """Adds an organization to `wanted` if it has a name."""
    if name and norm(name):
        row = {"name": str(name), "country": country(where), "normalized": norm(name)}
        wanted["organizations"].setdefault(norm(name), row)


def _collect(wanted: Wanted, kind: str, values: dict[str, Any]) -> None:
    """Adds the entities one record names to `wanted`."""
    if kind == "events":
        _place(wanted, values.get("city"), values.get("country"))
        for name in as_list(values.get("organizers")):
            _org(wanted, name)
    elif kind == "partnerships":
        add = _org if values.get("type") in ORG_SIDES else _place
        for side in (party(values.get("a")), party(values.get("b"))):
            add(wanted, side["name"], side["country"])
    elif kind == "people":
        _org(wanted, values.get("organization"))
        name = values.get("name")
        if name and norm(name):
            row = {"name": str(name), "country": country(values.get("country")), "key": norm(name)}
            wanted["people"].setdefault(norm(name), row)


def _upsert(conn: Connection, table: Table, key: str, rows: list[dict[str, Any]]) -> dict[str, int]:
    """Inserts rows whose key is new and returns {key: id} for all of them."""
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    conn.execute(dialect.insert(table).on_conflict_do_nothing(index_elements=[key]), rows)
    keys = [row[key] for row in rows]
    found = conn.execute(select(table.c[key], table.c.id).where(table.c[key].in_(keys)))
    return {k: i for k, i in found}


def ensure(conn: Connection, records: Iterable[tuple[str, dict[str, Any]]]) -> Ids:
    """Returns the ids of the entities the (kind, values) records name, adding new ones."""
    wanted: Wanted = {"places": {}, "organizations": {}, "people": {}}
    for kind, values in records:
        _collect(wanted, kind, values)
    keys = {"places": "key", "organizations": "normalized", "people": "key"}
    return {
        name: _upsert(conn, schema.metadata.tables[name], keys[name], list(rows.values()))
        if rows
        else {}
        for name, rows in wanted.items()
    }


def links(kind: str, values: dict[str, Any], ids: Ids) -> dict[str, Any]:
    """Returns the entity id columns of one record."""
    places, orgs = ids["places"], ids["organizations"]
    if kind == "events":
        return {"place_id": places.get(place_key(values.get("city"), values.get("country")))}
    if kind == "partnerships":
        a, b = party(values.get("a")), party(values.get("b"))
        if values.get("type") in ORG_SIDES:
            return {"a_org_id": orgs.get(norm(a["name"])), "b_org_id": orgs.get(norm(b["name"])),
                    "a_place_id": None, "b_place_id": None}  # fmt: skip
        return {"a_place_id": places.get(place_key(a["name"], a["country"])),
                "b_place_id": places.get(place_key(b["name"], b["country"])),
                "a_org_id": None, "b_org_id": None}  # fmt: skip
    if kind == "people":
        return {"person_id": ids["people"].get(norm(values.get("name"))),
                "org_id": orgs.get(norm(values.get("organization")))}  # fmt: skip
    return {}


def organizer_rows(event_id: int, values: dict[str, Any], ids: Ids) -> list[dict[str, Any]]:
    """Returns the event_organizers rows of one event."""
    names = [str(n) for n in as_list(values.get("organizers")) if n]
    orgs = ids["organizations"]
    return [{"event_id": event_id, "name": n, "organization_id": orgs.get(norm(n))} for n in names]


def country_rows(event_id: int, values: dict[str, Any]) -> list[dict[str, Any]]:
    """Returns the event_countries rows of one event (each country once)."""
    codes = dict.fromkeys(c for c in map(country, as_list(values.get("countries"))) if c)
    return [{"event_id": event_id, "country": code} for code in codes]

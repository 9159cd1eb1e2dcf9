"""A timeline of a place, organization or person: dated events, ties and roles, with sources."""

from __future__ import annotations

from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.engine import Connection

from amity.errors import NotFound
from amity.registry.orgs import known_names, split_acronym
from amity.registry.queries import find_place, partners
from amity.store import schema
from amity.store.registry import canonical, chunks, ids_by, members
from amity.store.rows import norm

KINDS = ("person", "place", "organization")  # a city also named as an organizer is a place


def find_entity(conn: Connection, name: str, kind: str | None = None) -> tuple[str, int]:
    """Returns (kind, id) of the entity a name means: a person, organization or place."""
    for candidate in (kind,) if kind else KINDS:
        found = _find(conn, candidate, name)
        if found is not None:
            return candidate, found
    raise NotFound(f"nothing named {name!r}", "check the spelling, or give --kind")


def _find(conn: Connection, kind: str, name: str) -> int | None:
    """Returns the id of the entity of a kind a name means, or None."""
    if kind == "place":
        try:
            return find_place(conn, name)
        except NotFound:
            return None
    if kind == "person":
        hit = ids_by(conn, schema.persons, "key", [norm(name)])
        return canonical(conn, "people", hit.values())[hit[norm(name)]] if hit else None
    full = split_acronym(name)[0]
    known = known_names().get(norm(full))
    keys = [norm(full), *([norm(known.name)] if known else [])]
    hits = ids_by(conn, schema.organizations, "normalized", keys)
    if not hits:
        return None
    first = next(hits[k] for k in keys if k in hits)
    return canonical(conn, "organizations", [first])[first]


def timeline(conn: Connection, name: str, kind: str | None = None) -> dict[str, Any]:
    """Returns the entity a name means and its dated items, oldest first (undated last)."""
    kind, entity = find_entity(conn, name, kind)
    if kind == "person":
        items = person_items(conn, members(conn, "people", entity))
        label = conn.execute(select(schema.persons.c.name).where(schema.persons.c.id == entity))
    elif kind == "organization":
        items = org_items(conn, members(conn, "organizations", entity))
        table = schema.organizations
        label = conn.execute(select(table.c.name).where(table.c.id == entity))
    else:
        items = place_items(conn, name, members(conn, "places", entity))
        table = schema.places
        label = conn.execute(
            select(table.c.canonical_name, table.c.name).where(table.c.id == entity)
        )
    items.sort(key=lambda item: (item["date"] is None, item["date"] or "", item["what"]))
    first = label.first()
    return {"kind": kind, "id": entity, "name": first[0] if first else name, "items": items}


def _item(date: Any, kind: str, what: str, report_id: int | None) -> dict[str, Any]:
    """Returns one timeline item."""
    return {"date": date, "kind": kind, "what": what, "report_id": report_id}


def person_items(conn: Connection, ids: list[int]) -> list[dict[str, Any]]:
    """Returns the dated roles of a person (title, organization, report)."""
    r = schema.roles
    out = []
    for part in chunks(ids):
        query = select(r).where(r.c.person_id.in_(part), r.c.review_state != "rejected")
        for row in conn.execute(query):
            what = ", ".join(x for x in (row.title, row.organization) if x) or "named"
            out.append(_item(row.date, "role", what, row.report_id))
    return out


def org_items(conn: Connection, ids: list[int]) -> list[dict[str, Any]]:
    """Returns the events an organization organized, its agreements and memberships, its people."""
    e, o, p, r = schema.events, schema.event_organizers, schema.partnerships, schema.roles
    out = []
    for part in chunks(ids):
        events = select(e).join(o, o.c.event_id == e.c.id).where(o.c.organization_id.in_(part))
        for row in conn.execute(events):
            out.append(_item(row.start, "event", f"{row.type}: {row.title}", row.report_id))
        ties = select(p).where(or_(p.c.a_org_id.in_(part), p.c.b_org_id.in_(part)))
        for row in conn.execute(ties.where(p.c.review_state != "rejected")):
            out.append(_item(row.date, row.type, f"{row.a_name} - {row.b_name}", row.report_id))
        for row in conn.execute(select(r).where(r.c.org_id.in_(part))):
            out.append(_item(row.date, "role", f"{row.name}, {row.title}", row.report_id))
    return out


def place_items(conn: Connection, name: str, ids: list[int]) -> list[dict[str, Any]]:
    """Returns the events held at a place and its ties with their dates."""
    e = schema.events
    out = []
    for part in chunks(ids):
        query = select(e).where(e.c.place_id.in_(part), e.c.review_state != "rejected")
        for row in conn.execute(query):
            out.append(_item(row.start, "event", f"{row.type}: {row.title}", row.report_id))
    for tie in partners(conn, name)["ties"]:
        partner = f"{tie['partner']['name']} ({tie['partner']['country'] or '?'})"
        reports = [s for s in tie["sources"] if s["report_id"] is not None]
        date = tie["established"] or (reports[0]["date"] if reports else None)
        out.append(_item(date, tie["type"], partner, reports[0]["report_id"] if reports else None))
    return out

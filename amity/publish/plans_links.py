"""What a plan's links point to: the events and ties described for pages, and the plan's owner."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from amity.publish.plans_words import words
from amity.registry.queries import place_dicts
from amity.store import schema
from amity.store.registry import canonical, chunks
from amity.store.rows import title

EVENT_COLUMNS = ("id", "type", "title", "start", "city", "country", "countries", "participants",
                 "report_id", "review_state")  # fmt: skip


def target_words(target: str | None) -> set[str]:
    """Returns the words of a task's target, as matching reads them."""
    return words(target)


def events_by_id(conn: Connection, ids: list[int]) -> dict[int, dict[str, Any]]:
    """Returns {id: the event's fields and a one-line title} of event records."""
    e = schema.events
    out: dict[int, dict[str, Any]] = {}
    for part in chunks(list(dict.fromkeys(ids))):
        query = select(*(e.c[c] for c in EVENT_COLUMNS)).where(e.c.id.in_(part))
        for row in conn.execute(query).mappings():
            event = dict(row)
            event["countries"] = sorted(
                {c for c in [event["country"], *(event["countries"] or [])] if c}
            )
            event["label"] = title("events", event)
            out[event["id"]] = event
    return out


def ties_by_id(conn: Connection, ids: list[int]) -> dict[int, dict[str, Any]]:
    """Returns {id: the tie's type, established date, two places and a one-line title}."""
    t = schema.ties
    rows: list[Any] = []
    for part in chunks(list(dict.fromkeys(ids))):
        rows += conn.execute(select(t).where(t.c.id.in_(part))).all()
    ends = canonical(conn, "places", [i for r in rows for i in (r.a_place_id, r.b_place_id) if i])
    places = place_dicts(conn, list(ends.values()))
    orgs = org_dicts(conn, [i for r in rows for i in (r.a_org_id, r.b_org_id) if i])
    out: dict[int, dict[str, Any]] = {}
    for row in rows:
        sides = [_side("place", places.get(ends[i])) for i in (row.a_place_id, row.b_place_id) if i]
        sides += [_side("organization", orgs.get(i)) for i in (row.a_org_id, row.b_org_id) if i]
        named = [s for s in sides if s]
        out[row.id] = {
            "id": row.id, "type": row.type, "established": row.established, "sides": named,
            "countries": sorted({s["country"] for s in named if s["country"]}),
            "label": " – ".join(str(s["name"]) for s in named) or f"tie {row.id}",
        }  # fmt: skip
    return out


def _side(kind: str, entity: dict[str, Any] | None) -> dict[str, Any] | None:
    """Returns a tie's side {kind, id, name, country}, or None if it is gone."""
    if entity is None:
        return None
    return {"kind": kind, "id": entity["id"], "name": entity["name"], "country": entity["country"]}


def org_dicts(conn: Connection, ids: list[int]) -> dict[int, dict[str, Any]]:
    """Returns {id: {id, name, country}} of organization rows."""
    o = schema.organizations
    out: dict[int, dict[str, Any]] = {}
    for part in chunks(list(dict.fromkeys(ids))):
        for row in conn.execute(select(o.c.id, o.c.name, o.c.country).where(o.c.id.in_(part))):
            out[row.id] = {"id": row.id, "name": row.name, "country": row.country}
    return out


def detailed(store: Any, links: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Returns the links with what they point to under 'target' (links to gone rows dropped)."""
    with store.engine.connect() as conn:
        found = {
            "event": events_by_id(conn, [x["target_id"] for x in links if x["kind"] == "event"]),
            "tie": ties_by_id(conn, [x["target_id"] for x in links if x["kind"] == "tie"]),
        }
    out = []
    for link in links:
        target = found[link["kind"]].get(link["target_id"])
        if target is not None:
            participants = target.get("participants")
            out.append({**link, "target": target, "countries": target["countries"],
                        "participants": participants})  # fmt: skip
    return out


def owner(store: Any, plan: dict[str, Any]) -> dict[str, Any] | None:
    """Returns the plan's owner {kind, id, name}: its place, else its organization, else None."""
    with store.engine.connect() as conn:
        if plan.get("place_id"):
            place = place_dicts(conn, [plan["place_id"]]).get(plan["place_id"])
            return {
                "kind": "place",
                "id": plan["place_id"],
                "name": place["name"] if place else None,
            }
        if plan.get("org_id"):
            o = schema.organizations
            name = conn.execute(select(o.c.name).where(o.c.id == plan["org_id"])).scalar()
            return {"kind": "organization", "id": plan["org_id"], "name": name}
    return None

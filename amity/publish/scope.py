"""Whom a digest or profile is about: a place or an organization, with every row that names it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.engine import Connection

from amity.errors import NotFound
from amity.registry.timeline import find_entity
from amity.store import schema
from amity.store.registry import canonical, chunks, members
from amity.web.entities import entity_row

KINDS = {"place": "places", "organization": "organizations"}


@dataclass
class Scope:
    """A place or organization entity: its row, and the ids of its names (and sub-places)."""

    kind: str
    entity: dict[str, Any]
    ids: list[int] = field(default_factory=list)

    @property
    def name(self) -> str:
        """Returns the entity's display name."""
        return str(self.entity.get("canonical_name") or self.entity.get("name") or "")

    def describe(self) -> dict[str, Any]:
        """Returns {kind, id, name, country} for the output."""
        return {
            "kind": self.kind,
            "id": self.entity["id"],
            "name": self.name,
            "country": self.entity.get("country"),
        }


def by_id(conn: Connection, kind: str, entity_id: int) -> Scope:
    """Returns the scope of the place or organization with this id; raises NotFound."""
    table = KINDS[kind]
    row = entity_row(conn, table, entity_id)
    ids = members(conn, table, row["id"])
    if kind == "place":
        ids += sub_places(conn, ids)
    return Scope(kind, row, ids)


def by_name(conn: Connection, name: str, kind: str | None = None) -> Scope:
    """Returns the scope a name means (a place first, then an organization); raises NotFound."""
    text = str(name).strip()
    kinds = [kind] if kind else ["place", "organization"]
    if text.startswith("#") and text[1:].isdigit() and kind:
        return by_id(conn, kind, int(text[1:]))
    for candidate in kinds:
        try:
            found_kind, entity_id = find_entity(conn, text, candidate)
        except NotFound:
            continue
        return by_id(conn, found_kind, entity_id)
    what = " or ".join(kinds)
    raise NotFound(
        f"no {what} named {text!r}",
        "check the spelling, run `amity timeline NAME`, or `amity registry import` first",
    )


def sub_places(conn: Connection, ids: list[int]) -> list[int]:
    """Returns the places the registry puts inside these places (districts of a city)."""
    info = schema.place_info
    out: list[int] = []
    for part in chunks(ids):
        query = select(info.c.place_id).where(info.c.parent_id.in_(part))
        out += conn.execute(query).scalars()
    found = canonical(conn, "places", out)
    mine = set(ids)
    return [i for i in dict.fromkeys(found) if i not in mine]


def event_condition(scope: Scope | None) -> Any:
    """Returns the SQL condition 'the event is about the scope' (True when no scope)."""
    events = schema.events
    if scope is None:
        return events.c.id.is_not(None)
    if scope.kind == "place":
        return events.c.place_id.in_(scope.ids)
    org = schema.event_organizers
    hosted = select(org.c.event_id).where(org.c.organization_id.in_(scope.ids))
    return events.c.id.in_(hosted)


def partnership_condition(scope: Scope | None) -> Any:
    """Returns the SQL condition 'the partnership has the scope on a side' (True when no scope)."""
    table = schema.partnerships
    if scope is None:
        return table.c.id.is_not(None)
    a, b = ("a_place_id", "b_place_id") if scope.kind == "place" else ("a_org_id", "b_org_id")
    return or_(table.c[a].in_(scope.ids), table.c[b].in_(scope.ids))

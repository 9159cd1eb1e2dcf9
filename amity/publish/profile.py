"""The exchange profile of a place or organization: ties and friendly schools, events by year
and type, countries reached, the people who represented it, and its stated figures checked
against the records. Only records nobody rejected are used."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.engine import Connection

from amity.publish import figures as stated
from amity.publish.common import country_name, live_records
from amity.publish.progress import plan_sections
from amity.publish.scope import Scope, by_id, by_name, event_condition, partnership_condition
from amity.publish.ties import org_ties, place_ties
from amity.store import schema
from amity.store.registry import canonical, chunks
from amity.store.rows import as_list, norm, party


def profile(store: Any, name: str, kind: str | None = None) -> dict[str, Any]:
    """Returns the profile of the place or organization a name means; raises NotFound."""
    with store.engine.connect() as conn:
        scope = by_name(conn, name, kind)
        data = collect(conn, scope)
    data["plan_progress"] = plan_sections(store, scope)
    return data


def profile_of(store: Any, kind: str, entity_id: int) -> dict[str, Any]:
    """Returns the profile of the place or organization with this id; raises NotFound."""
    with store.engine.connect() as conn:
        scope = by_id(conn, kind, entity_id)
        data = collect(conn, scope)
    data["plan_progress"] = plan_sections(store, scope)
    return data


def names_of(conn: Connection, scope: Scope) -> list[str]:
    """Returns the names the entity is written under (its own rows, not its sub-places)."""
    if scope.kind == "organization":
        table = schema.organizations
        rows = conn.execute(select(table.c.name).where(table.c.id.in_(scope.ids)))
        return list(dict.fromkeys([scope.name, *rows.scalars()]))
    table = schema.places
    own = [i for i in scope.ids if i == scope.entity["id"]] + _linked(conn, scope)
    rows = conn.execute(select(table.c.name, table.c.canonical_name).where(table.c.id.in_(own)))
    return list(dict.fromkeys([scope.name, *(n for row in rows for n in row if n)]))


def _linked(conn: Connection, scope: Scope) -> list[int]:
    """Returns the place rows linked to the entity as other names of it."""
    links = schema.entity_links
    query = select(links.c.entity_id).where(
        links.c.kind == "places", links.c.same_as == scope.entity["id"]
    )
    return list(conn.execute(query).scalars())


def collect(conn: Connection, scope: Scope) -> dict[str, Any]:
    """Returns the profile's data for a scope."""
    names = names_of(conn, scope)
    ties = place_ties(conn, scope) if scope.kind == "place" else org_ties(conn, scope)
    schools = [t for t in ties if t["type"] == "school"] + school_records(conn, scope, names)
    ties = [t for t in ties if t["type"] != "school"]
    events = scope_events(conn, scope)
    reached = countries(events, ties + schools, scope.entity.get("country"))
    people = representatives(conn, scope, names)
    counts = {
        "ties": len(ties), "schools": len(schools), "countries": len(reached),
        "events": len(events), "participants": sum(int(e.get("participants") or 0) for e in events),
    }  # fmt: skip
    return {
        "title": f"Profile: {scope.name}",
        "entity": {**scope.describe(), "names": names},
        "totals": {**counts, "people": len(people)},
        "ties": ties,
        "schools": schools,
        "events_by_year": by_year(events),
        "event_types": sorted({str(e.get("type") or "other") for e in events}),
        "countries": reached,
        "people": people,
        "figures": stated.checked(stated.stated_figures(conn, names), counts),
        "plan_progress": [],  # work plans' progress (amity.publish.progress), filled by profile()
        "sections": [],  # further sections (title, text, items) other modules may add
    }


def scope_events(conn: Connection, scope: Scope) -> list[dict[str, Any]]:
    """Returns the live events of the scope, one record per event told by several reports."""
    found = live_records(conn, "events", event_condition(scope))
    same = canonical(conn, "events", [r["id"] for r in found])
    first: dict[int, dict[str, Any]] = {}
    for record in sorted(found, key=lambda r: r["id"]):
        first.setdefault(same.get(record["id"], record["id"]), record)
    return sorted(first.values(), key=lambda r: (str(r.get("start") or "~"), r["id"]))


def school_records(conn: Connection, scope: Scope, names: list[str]) -> list[dict[str, Any]]:
    """Returns friendly-school ties reports state with the entity (or a school named after it)."""
    p = schema.partnerships
    named = [
        func.lower(column).like(f"%{_like(n)}%", escape="\\")
        for n in names
        if len(n) > 2
        for column in (p.c.a_name, p.c.b_name)
    ]
    found = live_records(
        conn, "partnerships", p.c.type == "school", or_(partnership_condition(scope), *named)
    )
    return [school_tie(r, names) for r in found]


def _like(name: str) -> str:
    """Returns a name folded to lower case with LIKE wildcards escaped."""
    return name.casefold().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def school_tie(record: dict[str, Any], names: list[str]) -> dict[str, Any]:
    """Returns a school partnership record shaped like a tie: the partner is the far side."""
    a, b = party(record.get("a")), party(record.get("b"))
    mine = any(norm(n) in norm(a["name"]) for n in names)
    partner, own = (b, a) if mine else (a, b)
    return {
        "id": None, "type": "school", "status": "active", "established": record.get("date"),
        "in_registry": False, "in_reports": True, "own": own["name"],
        "partner": {"id": None, "name": partner["name"], "country": partner["country"]},
        "report_ids": [record["report_id"]], "record_id": record["id"],
    }  # fmt: skip


def by_year(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Returns [{year, total, types: {type: n}}] of dated events, oldest year first."""
    years: dict[str, Counter[str]] = defaultdict(Counter)
    for event in events:
        if event.get("start"):
            years[str(event["start"])[:4]][str(event.get("type") or "other")] += 1
    return [
        {"year": y, "total": sum(c.values()), "types": dict(c)} for y, c in sorted(years.items())
    ]


def countries(
    events: list[dict[str, Any]], ties: list[dict[str, Any]], home: str | None
) -> list[dict[str, Any]]:
    """Returns the countries reached (not the entity's own): [{code, name, events, ties}]."""
    by_events = Counter(
        c
        for e in events
        for c in dict.fromkeys([e.get("country"), *as_list(e.get("countries"))])
        if c
    )
    by_ties = Counter(t["partner"]["country"] for t in ties if t["partner"].get("country"))
    codes = sorted(
        set(by_events) | set(by_ties) - {home}, key=lambda c: (-by_events[c] - by_ties[c], c)
    )
    return [
        {"code": c, "name": country_name(c), "events": by_events[c], "ties": by_ties[c],
         "items": by_events[c] + by_ties[c]}
        for c in codes
        if c != home
    ]  # fmt: skip


def representatives(conn: Connection, scope: Scope, names: list[str]) -> list[dict[str, Any]]:
    """Returns the people whose roles are in the organization, or whose titles name the place."""
    r = schema.roles
    if scope.kind == "organization":
        found = live_records(conn, "people", r.c.org_id.in_(scope.ids))
    else:
        like = [
            func.lower(column).like(f"%{_like(n)}%", escape="\\")
            for n in names
            if len(n) > 2
            for column in (r.c.title, r.c.organization)
        ]
        found = live_records(conn, "people", or_(*like)) if like else []
    return people_list(conn, found)


def people_list(conn: Connection, roles: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Returns one entry per person: name, titles and reports, most mentioned first."""
    ids = _person_ids(conn, [r["id"] for r in roles])
    people: dict[Any, dict[str, Any]] = {}
    for role in roles:
        key = ids.get(role["id"]) or norm(role.get("name"))
        entry = people.setdefault(
            key, {"id": ids.get(role["id"]), "name": role.get("name"), "titles": [],
                  "report_ids": []},
        )  # fmt: skip
        for field, value in (("titles", role.get("title")), ("report_ids", role["report_id"])):
            if value and value not in entry[field]:
                entry[field].append(value)
    return sorted(people.values(), key=lambda p: (-len(p["report_ids"]), norm(p["name"])))


def _person_ids(conn: Connection, role_ids: list[int]) -> dict[int, int]:
    """Returns {role id: person entity id} of roles linked to a person."""
    r = schema.roles
    pairs: dict[int, int] = {}
    for part in chunks(role_ids):
        query = select(r.c.id, r.c.person_id).where(r.c.id.in_(part), r.c.person_id.is_not(None))
        pairs.update({i: p for i, p in conn.execute(query)})
    ends = canonical(conn, "people", list(pairs.values()))
    return {i: ends[p] for i, p in pairs.items()}

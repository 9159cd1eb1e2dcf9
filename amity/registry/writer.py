"""Writing place rows and ties to the store: new rows only, so running twice adds nothing."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, select, true, update
from sqlalchemy.engine import Connection

from amity.registry.catalog import PlaceEntry
from amity.store import schema
from amity.store.registry import chunks, ids_by, insert_new, link, links_of, update_by_id

DEFAULT = "sister_city"
PLACE_UPDATE = ("canonical_name", "country", "lat", "lon", "geonames_id", "parent", "resolved")


@dataclass
class TieIn:
    """A tie to record between two places (by key or id) or two organizations (by id)."""

    a: str | int
    b: str | int
    type: str = "sister_city"
    established: str | None = None
    in_registry: bool = False
    in_reports: bool = False
    sources: list[dict[str, Any]] = field(default_factory=list)


def write_places(conn: Connection, entries: list[PlaceEntry]) -> tuple[dict[str, int], int]:
    """Writes new place rows, resolves known unresolved ones; returns ({key: id}, new rows)."""
    new = insert_new(conn, schema.places, [e.place_values() for e in entries], ["key"])
    ids = ids_by(conn, schema.places, "key", [e.key for e in entries])
    _resolve_known(conn, entries, ids)
    info = [e.info_values(ids[e.key], ids) for e in entries if e.kind]
    insert_new(conn, schema.place_info, info, ["place_id"])
    _attach_wikidata(conn, [(ids[e.key], e.wikidata_id) for e in entries if e.wikidata_id])
    link(conn, "places", [(ids[e.key], ids[e.same_as]) for e in entries if e.same_as])
    return ids, new


def _resolve_known(conn: Connection, entries: list[PlaceEntry], ids: dict[str, int]) -> None:
    """Fills the facts of name rows stored unresolved that now resolve (never after a split)."""
    named = [e for e in entries if e.same_as]
    if not named:
        return
    table = schema.places
    stale: set[int] = set()
    for part in chunks([ids[e.key] for e in named]):
        query = select(table.c.id).where(table.c.id.in_(part), table.c.resolved.is_not(true()))
        stale.update(conn.execute(query).scalars())
    split = set(_links_any(conn, stale))
    rows = [
        {"id": ids[e.key], **{k: e.place_values()[k] for k in PLACE_UPDATE}}
        for e in named
        if ids[e.key] in stale and ids[e.key] not in split
    ]
    update_by_id(conn, table, rows)


def _links_any(conn: Connection, ids: set[int]) -> list[int]:
    """Returns the place ids that have a link row, even an emptied one (a split)."""
    table = schema.entity_links
    out: list[int] = []
    for part in chunks(list(ids)):
        query = select(table.c.entity_id).where(
            table.c.kind == "places", table.c.entity_id.in_(part)
        )
        out += conn.execute(query).scalars()
    return out


def _attach_wikidata(conn: Connection, pairs: list[tuple[int, str]]) -> None:
    """Sets the Wikidata id of places that have none yet."""
    if not pairs:
        return
    table = schema.place_info
    stmt = (
        update(table)
        .where(table.c.place_id == bindparam("place"), table.c.wikidata_id.is_(None))
        .values(wikidata_id=bindparam("qid"))
    )
    conn.execute(stmt, [{"place": place_id, "qid": qid} for place_id, qid in pairs])


def tie_key(a: int, b: int, orgs: bool = False) -> str:
    """Returns the key of the tie between two entities: the same for A-B and B-A."""
    low, high = sorted((a, b))
    return f"{'o' if orgs else 'p'}:{low}-{high}"


def write_ties(conn: Connection, ties: list[TieIn], ids: dict[str, int], orgs: bool = False) -> int:
    """Writes new ties and new sources of ties; returns how many ties were new."""
    entity = links_of(conn, "organizations" if orgs else "places")
    rows: dict[str, dict[str, Any]] = {}
    sources: list[tuple[str, dict[str, Any]]] = []
    for tie in ties:
        a, b = _id(tie.a, ids), _id(tie.b, ids)
        a, b = entity.get(a, a), entity.get(b, b)
        if a == b:
            continue
        key = tie_key(a, b, orgs)
        row = rows.setdefault(key, _tie_row(key, min(a, b), max(a, b), tie, orgs))
        _merge_flags(row, tie)
        sources += [(key, source) for source in tie.sources]
    new = insert_new(conn, schema.ties, list(rows.values()), ["key"])
    tie_ids = ids_by(conn, schema.ties, "key", rows)
    _update_flags(conn, rows, tie_ids)
    found = [{**source, "tie_id": tie_ids[key]} for key, source in sources]
    insert_new(conn, schema.tie_sources, found, ["key"])
    return new


def _id(side: str | int, ids: dict[str, int]) -> int:
    """Returns the id of a tie's side given as an id or as a place key."""
    return side if isinstance(side, int) else ids[side]


def _tie_row(key: str, a: int, b: int, tie: TieIn, orgs: bool) -> dict[str, Any]:
    """Returns the ties row of a new tie."""
    sides = ("a_org_id", "b_org_id") if orgs else ("a_place_id", "b_place_id")
    others = ("a_place_id", "b_place_id") if orgs else ("a_org_id", "b_org_id")
    return {
        "key": key, sides[0]: a, sides[1]: b, others[0]: None, others[1]: None,
        "type": tie.type, "status": "active", "established": tie.established,
        "in_registry": tie.in_registry, "in_reports": tie.in_reports,
    }  # fmt: skip


def _merge_flags(row: dict[str, Any], tie: TieIn) -> None:
    """Folds another mention of the same tie into its row: flags, earliest date."""
    row["in_registry"] = row["in_registry"] or tie.in_registry
    row["in_reports"] = row["in_reports"] or tie.in_reports
    dates = [d for d in (row["established"], tie.established) if d]
    row["established"] = min(dates) if dates else None


def _update_flags(conn: Connection, rows: dict[str, dict[str, Any]], ids: dict[str, int]) -> None:
    """Marks stored ties as seen in the registry or in reports; fills a missing date."""
    table = schema.ties
    for flag in ("in_registry", "in_reports"):
        flagged = [ids[key] for key, row in rows.items() if row[flag]]
        for part in chunks(flagged):
            conn.execute(update(table).where(table.c.id.in_(part)).values({flag: True}))
    typed = [{"tie": ids[k], "type": r["type"]} for k, r in rows.items() if r["type"] != DEFAULT]
    if typed:
        # A report saying "friendship city" is finer than the data sets' "twin town".
        stmt = (
            update(table)
            .where(table.c.id == bindparam("tie"), table.c.type == DEFAULT)
            .values(type=bindparam("type"))
        )
        conn.execute(stmt, typed)
    dated = [{"tie": ids[k], "date": r["established"]} for k, r in rows.items() if r["established"]]
    if dated:
        stmt = (
            update(table)
            .where(table.c.id == bindparam("tie"), table.c.established.is_(None))
            .values(established=bindparam("date"))
        )
        conn.execute(stmt, dated)

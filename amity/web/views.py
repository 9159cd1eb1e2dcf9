"""What the pages and the JSON API show: one query function per page, shared by both."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, literal_column, select
from sqlalchemy.engine import Connection

from amity.records import KINDS
from amity.store import schema, tallies
from amity.store.queries import iso, record_dict, record_select
from amity.store.rows import check_kind
from amity.web.duplicates import duplicates
from amity.web.highlight import segments

LIVE = ("extracted", "confirmed", "corrected")


def home(store: Any, recent: int = 8) -> dict[str, Any]:
    """Returns the home page's data: counts, events per month, top countries, recent reports."""
    with store.engine.connect() as conn:
        months = events_per_month(conn)
        countries = top_countries(conn)
    return {
        "counts": store.stats(),
        "events_per_month": months,
        "top_countries": countries,
        "recent_reports": store.reports(limit=recent),
    }


def events_per_month(conn: Connection, last: int = 36) -> list[dict[str, Any]]:
    """Returns [{month, events}] of the last `last` months with dated, unrejected events."""
    return [{"month": m, "events": n} for m, n in tallies.newest(conn, "month", last)]


def top_countries(conn: Connection, limit: int = 10) -> list[dict[str, Any]]:
    """Returns [{country, mentions}]: countries most named by ties and events, most first."""
    return [{"country": c, "mentions": n} for c, n in tallies.largest(conn, "country", limit)]


def report_page(store: Any, report_id: int) -> dict[str, Any]:
    """Returns a report with its records and its text cut into highlighted segments."""
    report = store.report(report_id)
    records = report["records"]
    report["segments"] = segments(report["text"], records)
    report["counts"] = {kind: len(records.get(kind) or []) for kind in KINDS}
    return report


def record_page(store: Any, kind: str, record_id: int) -> dict[str, Any]:
    """Returns a record with its report's title and source and its review history."""
    record = store.record(check_kind(kind), record_id)
    rep, log = schema.reports, schema.review_log
    with store.engine.connect() as conn:
        found = conn.execute(
            select(rep.c.title, rep.c.source, rep.c.published).where(
                rep.c.id == record["report_id"]
            )
        ).first()
        history = conn.execute(
            select(log)
            .where(log.c.kind == kind, log.c.record_id == record_id)
            .order_by(log.c.at.desc(), log.c.id.desc())
        ).mappings()
        record["history"] = [{**row, "at": iso(row["at"])} for row in history]
        record["links"] = entity_links(conn, kind, record_id)
    record["report"] = dict(found._mapping) if found else None
    record["duplicates"] = duplicates(store, kind, record)
    return record


# Record kind -> (entity kind, id column) of the entities its row points to.
ENTITY_COLUMNS = {
    "events": (("places", "place_id"),),
    "partnerships": (("places", "a_place_id"), ("places", "b_place_id"),
                     ("organizations", "a_org_id"), ("organizations", "b_org_id")),
    "people": (("people", "person_id"), ("organizations", "org_id")),
    "figures": (),
}  # fmt: skip
ENTITY_NAMES = {
    "places": schema.places,
    "organizations": schema.organizations,
    "people": schema.persons,
}


def entity_links(conn: Connection, kind: str, record_id: int) -> list[dict[str, Any]]:
    """Returns [{kind, id, name}] of the places, organizations and people a record names."""
    table = schema.record_table(kind)
    wanted = [(entity, column) for entity, column in ENTITY_COLUMNS[kind]]
    if kind == "events":
        org = schema.event_organizers
        stmt = select(org.c.organization_id).where(org.c.event_id == record_id)
        pairs = [("organizations", i) for i in conn.execute(stmt).scalars() if i]
    else:
        pairs = []
    if wanted:
        row = conn.execute(
            select(*(table.c[c] for _, c in wanted)).where(table.c.id == record_id)
        ).one()
        pairs = [(entity, i) for (entity, _), i in zip(wanted, row, strict=True) if i] + pairs
    return [_entity(conn, entity, i) for entity, i in dict.fromkeys(pairs)]


def _entity(conn: Connection, kind: str, entity_id: int) -> dict[str, Any]:
    """Returns {kind, id, name} of one entity row."""
    table = ENTITY_NAMES[kind]
    name = conn.execute(select(table.c.name).where(table.c.id == entity_id)).scalar()
    return {"kind": kind, "id": entity_id, "name": name}


def review_queue(
    store: Any, kind: str | None = None, state: str = "extracted", limit: int = 50
) -> list[dict[str, Any]]:
    """Returns records in `state`, least confident first, of one kind or of every kind."""
    kinds = [check_kind(kind)] if kind else list(KINDS)
    out: list[dict[str, Any]] = []
    with store.engine.connect() as conn:
        for name in kinds:
            out.extend(_least_confident(conn, name, state, limit))
    out.sort(key=_confidence_order)
    return out[:limit]


def _least_confident(conn: Connection, kind: str, state: str, limit: int) -> list[dict[str, Any]]:
    """Returns up to `limit` records of one kind in `state`, least confident first."""
    table = schema.record_table(kind)
    # Written as the index of migration 0007 is (a bound -1.0 would not match it).
    unknown = func.coalesce(table.c.confidence, literal_column("-1.0"))
    stmt = (
        record_select(kind)
        .where(table.c.review_state == state)
        .order_by(None)
        .order_by(unknown, table.c.id)
        .limit(limit)
    )
    return [record_dict(kind, row) for row in conn.execute(stmt)]


def _confidence_order(record: dict[str, Any]) -> tuple[float, str, int]:
    """Returns the sort key of the review queue: confidence (unknown first), kind, id."""
    confidence = record.get("confidence")
    return (-1.0 if confidence is None else confidence, record["kind"], record["id"])

"""Reading reports and records back as plain dicts."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import cache
from typing import Any

from sqlalchemy import ColumnElement, Row, Select, Table, func, select
from sqlalchemy.engine import Connection

from amity.errors import InputError, NotFound
from amity.records import FIELDS, KINDS
from amity.store import schema, tallies
from amity.store.rows import check_kind, check_state, effective

REPORT_COLUMNS = (
    "id",
    "source",
    "title",
    "published",
    "language",
    "fmt",
    "content_hash",
    "size",
    "ingested_at",
)
ORDERS = {
    "ingested": "id",
    "published": "published",
    "title": "title",
    "id": "id",
    "source": "source",
}


def iso(value: datetime | None) -> str | None:
    """Returns a timestamp as an ISO string in UTC (SQLite gives naive ones)."""
    if value is None:
        return None
    return (value if value.tzinfo else value.replace(tzinfo=UTC)).isoformat()


@cache
def record_select(kind: str) -> Select[Any]:
    """Returns the SELECT of records of `kind` with their evidence span and text.

    Built once per kind (statements are immutable; `.where` returns a new one): building
    it took longer than running it for a page of records.
    """
    table, ev, rep = schema.record_table(check_kind(kind)), schema.evidence, schema.reports
    text = func.substr(rep.c.text, ev.c.start + 1, ev.c.end - ev.c.start)
    cols = (
        "id",
        "report_id",
        "review_state",
        "confidence",
        "reviewed_by",
        "reviewed_at",
        "data",
        "corrected",
    )
    return (
        select(
            *(table.c[c] for c in cols),
            ev.c.start.label("ev_start"),
            ev.c.end.label("ev_end"),
            text.label("ev_text"),
        )
        .select_from(
            table.outerjoin(ev, ev.c.id == table.c.evidence_id).outerjoin(
                rep, rep.c.id == ev.c.report_id
            )
        )
        .order_by(table.c.id)
    )


def live(table: Table) -> ColumnElement[bool]:
    """Returns the condition 'nobody rejected it' on a record table's review state."""
    # The same as IN the three live states under the table's CHECK, but an IN looks to
    # SQLite's planner (which has no statistics) like a selective use of the review queue
    # index (migration 0007): a place page then read every event (4.5 s at 1M events).
    return table.c.review_state != "rejected"


def record_dict(kind: str, row: Row[Any]) -> dict[str, Any]:
    """Returns a record as a dict: ids, review state, span, evidence and its effective fields."""
    values = effective(row.data, row.corrected)
    out: dict[str, Any] = {"id": row.id, "kind": kind, "report_id": row.report_id}
    out.update({name: values.get(name) for name in FIELDS[kind]})
    span = [row.ev_start, row.ev_end] if row.ev_start is not None else None
    out.update(
        review_state=row.review_state,
        confidence=row.confidence,
        span=span,
        evidence=row.ev_text if span else values.get("evidence"),
        reviewed_by=row.reviewed_by,
        reviewed_at=iso(row.reviewed_at),
    )
    if row.corrected:
        out["original"] = {name: row.data.get(name) for name in row.corrected}
    return out


def record(conn: Connection, kind: str, record_id: int) -> dict[str, Any]:
    """Returns one record; raises NotFound."""
    table = schema.record_table(check_kind(kind))
    row = conn.execute(record_select(kind).where(table.c.id == record_id)).first()
    if row is None:
        raise NotFound(f"no {kind} record {record_id}", "list records with `amity show REPORT`")
    return record_dict(kind, row)


def records_of(
    conn: Connection,
    kind: str,
    report_id: int | None,
    state: str | None,
    limit: int | None,
    offset: int,
    after: int | None = None,
) -> list[dict[str, Any]]:
    """Returns records of one kind by id, optionally of one report and in one review state.

    `after` pages by key: records with a greater id, a look-up in the primary key however
    deep the page, where an offset steps over every record before it.
    """
    table = schema.record_table(check_kind(kind))
    stmt = record_select(kind).limit(limit).offset(offset)
    if after is not None:
        stmt = stmt.where(table.c.id > after)
    if report_id is not None:
        stmt = stmt.where(table.c.report_id == report_id)
    if state is not None:
        stmt = stmt.where(table.c.review_state == check_state(state))
    return [record_dict(kind, row) for row in conn.execute(stmt)]


def records(
    conn: Connection,
    report_id: int | None = None,
    kind: str | None = None,
    state: str | None = None,
    limit: int | None = 1000,
    offset: int = 0,
    after: int | None = None,
) -> dict[str, list[dict[str, Any]]] | list[dict[str, Any]]:
    """Returns a list of records of `kind`, or {kind: list} of every kind when kind is None."""
    if kind is not None:
        return records_of(conn, kind, report_id, state, limit, offset, after)
    return {k: records_of(conn, k, report_id, state, limit, offset, after) for k in KINDS}


def report(conn: Connection, report_id: int) -> dict[str, Any]:
    """Returns a report with its text and all its records; raises NotFound."""
    table = schema.reports
    row = conn.execute(select(table).where(table.c.id == report_id)).mappings().first()
    if row is None:
        raise NotFound(f"no report {report_id}", "list reports with `amity reports`")
    out = {name: row[name] for name in (*REPORT_COLUMNS, "text")}
    out["ingested_at"] = iso(row["ingested_at"])
    out["records"] = records(conn, report_id=report_id, limit=None)
    return out


def _count_of(kind: str) -> Any:
    """Returns a correlated subquery counting a report's records of `kind`."""
    table = schema.record_table(kind)
    return select(func.count()).where(table.c.report_id == schema.reports.c.id).scalar_subquery()


def reports(
    conn: Connection, limit: int = 50, offset: int = 0, order: str = "-ingested"
) -> list[dict[str, Any]]:
    """Returns reports without their text, with record counts; order is a field, '-' for descending."""
    name = order.lstrip("-")
    if name not in ORDERS:
        raise InputError(
            f"cannot order reports by {order!r}",
            f"use one of {', '.join(ORDERS)}, '-' first to reverse",
        )
    table = schema.reports
    column = table.c[ORDERS[name]]
    sort = (
        (column.desc(), table.c.id.desc())
        if order.startswith("-")
        else (column.asc(), table.c.id.asc())
    )
    counts = [_count_of(kind).label(f"n_{kind}") for kind in KINDS]
    stmt = (
        select(*(table.c[c] for c in REPORT_COLUMNS), *counts)
        .order_by(*sort)
        .limit(limit)
        .offset(offset)
    )
    out = []
    for row in conn.execute(stmt).mappings():
        item = {name: row[name] for name in REPORT_COLUMNS}
        item["ingested_at"] = iso(row["ingested_at"])
        item["counts"] = {kind: row[f"n_{kind}"] for kind in KINDS}
        out.append(item)
    return out


def stats(conn: Connection) -> dict[str, int]:
    """Returns row counts of reports, record kinds, places, organizations and failures."""
    return tallies.row_counts(conn)


def report_ids(conn: Connection) -> list[int]:
    """Returns the ids of all reports, oldest first."""
    return list(conn.execute(select(schema.reports.c.id).order_by(schema.reports.c.id)).scalars())


def has_report(conn: Connection, content_hash: str) -> bool:
    """Returns whether a report with this content hash is stored."""
    stmt = select(schema.reports.c.id).where(schema.reports.c.content_hash == content_hash)
    return conn.execute(stmt).first() is not None

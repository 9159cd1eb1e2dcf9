"""Adding reports with their evidence and records, and extraction failures."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from typing import Any

from sqlalchemy import Engine, Table, delete, insert
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from amity.errors import StoreError
from amity.records import KINDS, ReportIn
from amity.store import entities, schema
from amity.store.engine import writing
from amity.store.rows import Span, columns, doc, extracted_data, find_span
from amity.store.search_sql import unspaced

Records = dict[str, list[dict[str, Any]]]


@dataclass(frozen=True)
class Prepared:
    """A record ready to insert: its stored data, evidence span and confidence."""

    kind: str
    data: dict[str, Any]
    span: Span | None
    confidence: float | None


def now() -> datetime:
    """Returns the current time in UTC."""
    return datetime.now(UTC)


def write_error(exc: DBAPIError, what: str) -> StoreError:
    """Returns a StoreError for a database error while writing `what`."""
    return StoreError(
        f"could not write {what}: {exc.orig or exc}", "nothing was written; check the store"
    )


def insert_many(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> list[int]:
    """Inserts rows in one executemany and returns their new ids, in order."""
    if not rows:
        return []
    stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    return list(conn.execute(stmt, rows).scalars())


def prepare(records: Records, text: str) -> list[Prepared]:
    """Returns every record of every kind checked and ready to insert."""
    out = []
    for kind in KINDS:
        for record in records.get(kind) or []:
            span = find_span(record, text)
            confidence = record.get("confidence")
            data = extracted_data(kind, record, text, span)
            out.append(
                Prepared(kind, data, span, None if confidence is None else float(confidence))
            )
    return out


def _evidence_ids(conn: Connection, report_id: int, spans: list[Span | None]) -> dict[Span, int]:
    """Inserts one evidence row per distinct span and returns {span: evidence id}."""
    distinct = list(dict.fromkeys(s for s in spans if s is not None))
    rows = [{"report_id": report_id, "start": s, "end": e} for s, e in distinct]
    return dict(zip(distinct, insert_many(conn, schema.evidence, rows), strict=True))


def record_row(kind: str, values: dict[str, Any], ids: entities.Ids) -> dict[str, Any]:
    """Returns the typed and entity-link columns of a record with these values."""
    return {**columns(kind, values), **entities.links(kind, values, ids)}


def doc_rows(
    kind: str, report_id: int, pairs: list[tuple[int, dict[str, Any]]]
) -> list[dict[str, Any]]:
    """Returns the record_docs rows of (record id, values) pairs."""
    rows = []
    for record_id, values in pairs:
        title, body = doc(kind, values)
        rows.append(
            {
                "kind": kind,
                "record_id": record_id,
                "report_id": report_id,
                "title": title,
                "body": body,
            }
        )
    return rows


def link_event_rows(
    conn: Connection, pairs: list[tuple[int, dict[str, Any]]], ids: entities.Ids
) -> None:
    """Inserts the organizer and country rows of (event id, values) pairs."""
    organizers = [row for eid, v in pairs for row in entities.organizer_rows(eid, v, ids)]
    countries = [row for eid, v in pairs for row in entities.country_rows(eid, v)]
    if organizers:
        conn.execute(insert(schema.event_organizers), organizers)
    if countries:
        conn.execute(insert(schema.event_countries), countries)


def insert_records(
    conn: Connection, report_id: int, text: str, records: Records, published: str | None = None
) -> int:
    """Inserts a report's records with their evidence and search text; returns how many."""
    prepared = prepare(records, text)
    if not prepared:
        return 0
    evidence = _evidence_ids(conn, report_id, [p.span for p in prepared])
    ids = entities.ensure(conn, [(p.kind, p.data) for p in prepared])
    docs: list[dict[str, Any]] = []
    for kind in KINDS:
        batch = [p for p in prepared if p.kind == kind]
        rows = [
            {**record_row(kind, p.data, ids), "report_id": report_id, "confidence": p.confidence,
             "evidence_id": evidence.get(p.span) if p.span else None, "data": p.data}
            for p in batch
        ]  # fmt: skip
        if kind == "people":
            for row in rows:
                row["date"] = row["date"] or published
        pairs = list(
            zip(
                insert_many(conn, schema.record_table(kind), rows),
                (p.data for p in batch),
                strict=True,
            )
        )
        if kind == "events":
            link_event_rows(conn, pairs, ids)
        docs += doc_rows(kind, report_id, pairs)
    if docs:
        conn.execute(insert(schema.record_docs), docs)
    return len(prepared)


@cache
def _report_insert(dialect: str) -> Any:
    """Returns the INSERT of a report that does nothing (and returns no id) on a known hash."""
    module = postgresql if dialect == "postgresql" else sqlite
    stmt = module.insert(schema.reports).on_conflict_do_nothing(index_elements=["content_hash"])
    return stmt.returning(schema.reports.c.id)


def _insert_report(conn: Connection, report: ReportIn) -> int | None:
    """Inserts the report row; returns its id, or None if its content hash is stored."""
    values = {name: getattr(report, name) for name in ReportIn.__slots__}
    values["size"] = report.size if report.size is not None else len(report.text.encode("utf-8"))
    values["ingested_at"] = now()
    report_id = conn.execute(_report_insert(conn.dialect.name), values).scalar()
    runs = unspaced(report.text) if report_id is not None else ""
    if runs:
        conn.execute(insert(schema.report_unspaced), [{"id": report_id, "text": runs}])
    return report_id


def add_report(engine: Engine, report: ReportIn, records: Records | None = None) -> int | None:
    """Stores a report and its records in one transaction; returns its id, None if a duplicate."""
    try:
        with writing(engine) as conn:
            report_id = _insert_report(conn, report)
            if report_id is not None and records:
                insert_records(conn, report_id, report.text, records, report.published)
            return report_id
    except DBAPIError as exc:
        raise write_error(exc, f"report {report.source}") from exc


def add_failure(
    engine: Engine, source: str, message: str, report_id: int | None, component: str | None
) -> None:
    """Records that a pipeline component failed on a report."""
    row = {
        "source": source,
        "message": message,
        "report_id": report_id,
        "component": component,
        "at": now(),
    }
    try:
        with writing(engine) as conn:
            conn.execute(insert(schema.extraction_failures), [row])
    except DBAPIError as exc:
        raise write_error(exc, f"the failure of {source}") from exc


def delete_docs(conn: Connection, kind: str, record_ids: list[int]) -> None:
    """Deletes the search text of these records."""
    if record_ids:
        table = schema.record_docs
        conn.execute(delete(table).where(table.c.kind == kind, table.c.record_id.in_(record_ids)))

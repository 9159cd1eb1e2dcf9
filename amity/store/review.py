"""Reviewing records, and re-extraction that never undoes a person's review."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, delete, insert, select, union_all, update
from sqlalchemy.engine import Connection

from amity.errors import InputError, NotFound
from amity.records import FIELDS, KINDS
from amity.store import entities, queries, schema
from amity.store.engine import writing
from amity.store.rows import Span, check_kind, check_state, effective, find_span, identity, overlaps
from amity.store.writes import (
    Records,
    delete_docs,
    doc_rows,
    insert_records,
    link_event_rows,
    now,
    record_row,
)


def _check_changes(kind: str, state: str, changes: dict[str, Any] | None) -> dict[str, Any]:
    """Returns the changes if they fit the new state and the record kind, else raises InputError."""
    if state == "corrected" and not changes:
        raise InputError("a correction needs the changed fields", "pass changes={field: new value}")
    if changes and state != "corrected":
        raise InputError(
            f"changes given with state {state!r}", "use state 'corrected' to change fields"
        )
    editable = [name for name in FIELDS[kind] if name != "evidence"]
    unknown = sorted(set(changes or {}) - set(editable))
    if unknown:
        raise InputError(
            f"{kind} records have no field {', '.join(unknown)}",
            f"change one of {', '.join(editable)}",
        )
    return dict(changes or {})


def _refresh(
    conn: Connection, kind: str, record_id: int, report_id: int, values: dict[str, Any], state: str
) -> dict[str, Any]:
    """Returns the record's typed columns for `values`, relinking entities, events' rows and search text."""
    ids = entities.ensure(conn, [(kind, values)])
    row = record_row(kind, values, ids)
    if kind == "people" and not values.get("date"):
        row.pop("date")  # keep the report's date the record was given on insert
    if kind == "events":
        for table in (schema.event_organizers, schema.event_countries):
            conn.execute(delete(table).where(table.c.event_id == record_id))
        link_event_rows(conn, [(record_id, values)], ids)
    delete_docs(conn, kind, [record_id])
    if state != "rejected":
        conn.execute(insert(schema.record_docs), doc_rows(kind, report_id, [(record_id, values)]))
    return row


def _log_changes(before: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    """Returns {field: {"from": old, "to": new}} for a correction."""
    return {name: {"from": before.get(name), "to": value} for name, value in changes.items()}


def review(
    engine: Engine, kind: str, record_id: int, state: str, user: str, changes: dict[str, Any] | None
) -> dict[str, Any]:
    """Sets a record's review state (and corrections), logs it; returns the updated record."""
    table = schema.record_table(check_kind(kind))
    changes = _check_changes(kind, check_state(state), changes)
    with writing(engine) as conn:
        row = conn.execute(select(table).where(table.c.id == record_id)).mappings().first()
        if row is None:
            raise NotFound(f"no {kind} record {record_id}", "check the record id")
        before = effective(row["data"], row["corrected"])
        corrected = (
            None if state == "extracted" else ({**(row["corrected"] or {}), **changes} or None)
        )
        values = effective(row["data"], corrected)
        columns = _refresh(conn, kind, record_id, row["report_id"], values, state)
        at = now()
        conn.execute(
            update(table)
            .where(table.c.id == record_id)
            .values(
                **columns, review_state=state, reviewed_by=user, reviewed_at=at, corrected=corrected
            )
        )
        log = {"kind": kind, "record_id": record_id, "from_state": row["review_state"], "to_state": state,
               "user": user, "at": at, "changes": _log_changes(before, changes) or None}  # fmt: skip
        conn.execute(insert(schema.review_log), [log])
        return queries.record(conn, kind, record_id)


Reviewed = list[tuple[Span | None, set[tuple[Any, ...]]]]


def _reviewed(conn: Connection, kind: str, report_id: int) -> Reviewed:
    """Returns (span, identities) of the report's reviewed records of `kind`."""
    table, ev = schema.record_table(kind), schema.evidence
    stmt = (
        select(table.c.data, table.c.corrected, ev.c.start, ev.c.end)
        .select_from(table.outerjoin(ev, ev.c.id == table.c.evidence_id))
        .where(table.c.report_id == report_id, table.c.review_state != "extracted")
    )
    out: Reviewed = []
    for data, corrected, start, end in conn.execute(stmt):
        names = {identity(kind, data), identity(kind, effective(data, corrected))}
        out.append(((start, end) if start is not None else None, names))
    return out


def _delete_extracted(conn: Connection, kind: str, report_id: int) -> int:
    """Deletes the report's records of `kind` still unreviewed; returns how many."""
    table = schema.record_table(kind)
    stale = table.c.report_id == report_id, table.c.review_state == "extracted"
    ids = list(conn.execute(select(table.c.id).where(*stale)).scalars())
    if ids:
        delete_docs(conn, kind, ids)
        conn.execute(delete(table).where(table.c.id.in_(ids)))
    return len(ids)


def _delete_unused_evidence(conn: Connection, report_id: int) -> None:
    """Deletes the report's evidence rows no record points to any more."""
    used = union_all(
        *(
            select(t.c.evidence_id).where(t.c.report_id == report_id, t.c.evidence_id.is_not(None))
            for t in map(schema.record_table, KINDS)
        )
    )
    ev = schema.evidence
    conn.execute(delete(ev).where(ev.c.report_id == report_id, ev.c.id.not_in(used)))


def _is_reviewed(kind: str, record: dict[str, Any], text: str, reviewed: Reviewed) -> bool:
    """Returns whether a new record restates one a person already reviewed."""
    span, name = find_span(record, text), identity(kind, record)
    return any(name in names and overlaps(span, other) for other, names in reviewed)


def replace_extracted(engine: Engine, report_id: int, records: Records) -> dict[str, int]:
    """Replaces a report's unreviewed records with new ones, keeping reviewed ones; returns counts."""
    with writing(engine) as conn:
        rep = schema.reports
        found = conn.execute(
            select(rep.c.text, rep.c.published).where(rep.c.id == report_id)
        ).first()
        if found is None:
            raise NotFound(f"no report {report_id}", "list reports with `amity reports`")
        text, published = found
        reviewed = {kind: _reviewed(conn, kind, report_id) for kind in KINDS}
        deleted = sum(_delete_extracted(conn, kind, report_id) for kind in KINDS)
        _delete_unused_evidence(conn, report_id)
        fresh = {
            kind: [
                r
                for r in records.get(kind) or []
                if not _is_reviewed(kind, r, text, reviewed[kind])
            ]
            for kind in KINDS
        }
        added = insert_records(conn, report_id, text, fresh, published)
    return {"replaced": deleted, "added": added, "kept": sum(map(len, reviewed.values()))}

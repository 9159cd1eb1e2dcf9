"""Flat rows of reports or records for CSV and JSON exports, streamed."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import Engine, select

from amity.errors import InputError
from amity.records import KINDS
from amity.store import schema
from amity.store.queries import REPORT_COLUMNS, iso, record_dict, record_select
from amity.store.rows import as_list, party

EXPORT_KINDS = ("reports", *KINDS)
BATCH = 500
META = ("id", "report_id", "review_state", "confidence", "reviewed_by", "reviewed_at")


def _flat(kind: str, record: dict[str, Any]) -> dict[str, Any]:
    """Returns a record dict as one flat row: partnership sides split, span as two columns."""
    row = {name: record[name] for name in META}
    fields = {
        k: v for k, v in record.items() if k not in (*META, "kind", "span", "original", "evidence")
    }
    if kind == "partnerships":
        a, b = party(fields.pop("a")), party(fields.pop("b"))
        fields.update(
            a_name=a["name"], a_country=a["country"], b_name=b["name"], b_country=b["country"]
        )
    if kind == "events":
        fields.update(
            organizers=as_list(fields["organizers"]), countries=as_list(fields["countries"])
        )
    span = record["span"] or [None, None]
    return {
        **row,
        **fields,
        "evidence": record["evidence"],
        "evidence_start": span[0],
        "evidence_end": span[1],
    }


def _report_rows(engine: Engine) -> Iterator[dict[str, Any]]:
    """Yields every report without its text, oldest first."""
    table = schema.reports
    stmt = select(*(table.c[c] for c in REPORT_COLUMNS)).order_by(table.c.id)
    with engine.connect() as conn:
        for row in conn.execution_options(yield_per=BATCH).execute(stmt).mappings():
            yield {**row, "ingested_at": iso(row["ingested_at"])}


def _record_rows(engine: Engine, kind: str) -> Iterator[dict[str, Any]]:
    """Yields every record of `kind` as a flat row, in id order."""
    with engine.connect() as conn:
        for row in conn.execution_options(yield_per=BATCH).execute(record_select(kind)):
            yield _flat(kind, record_dict(kind, row))


def export_rows(engine: Engine, kind: str) -> Iterator[dict[str, Any]]:
    """Returns an iterator of flat JSON-able rows of reports or of one record kind."""
    if kind not in EXPORT_KINDS:
        raise InputError(f"cannot export {kind!r}", f"use one of {', '.join(EXPORT_KINDS)}")
    return _report_rows(engine) if kind == "reports" else _record_rows(engine, kind)

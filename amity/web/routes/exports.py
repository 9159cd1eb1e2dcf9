"""Exports of every list: reports and each record kind as CSV or JSON, streamed."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import StreamingResponse

from amity.errors import InputError
from amity.web.context import store_of

FORMATS = {"csv": "text/csv; charset=utf-8", "json": "application/json"}


def cell(value: Any) -> Any:
    """Returns a value for a CSV cell: lists joined by '; ', dicts as JSON, None as empty."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "; ".join(
            json.dumps(v, ensure_ascii=False) if isinstance(v, dict) else str(v) for v in value
        )
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def csv_chunks(rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    """Yields CSV text a row at a time, with a header from the first row."""
    buffer = io.StringIO()
    writer: Any = None
    for row in rows:
        if writer is None:
            writer = csv.DictWriter(buffer, fieldnames=list(row), extrasaction="ignore")
            writer.writeheader()
        writer.writerow({k: cell(v) for k, v in row.items()})
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()


def json_chunks(rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    """Yields one JSON list a row at a time."""
    first = True
    yield "["
    for row in rows:
        yield ("\n  " if first else ",\n  ") + json.dumps(row, ensure_ascii=False, default=str)
        first = False
    yield "\n]\n"


def export(request: Request, kind: str, fmt: str) -> StreamingResponse:
    """Streams every report, or every record of one kind, as CSV or JSON."""
    if fmt not in FORMATS:
        raise InputError(f"cannot export as {fmt!r}", "use .csv or .json")
    rows = store_of(request).export_rows(kind)
    chunks = csv_chunks(rows) if fmt == "csv" else json_chunks(rows)
    headers = {"Content-Disposition": f'attachment; filename="amity-{kind}.{fmt}"'}
    return StreamingResponse(chunks, media_type=FORMATS[fmt], headers=headers)


def router() -> APIRouter:
    """Returns the export route: /api/export/{kind}.{csv|json}."""
    r = APIRouter()
    r.add_api_route("/api/export/{kind}.{fmt}", export, methods=["GET"], tags=["exports"])
    return r

"""What the publishing modules share: live records, report references, country names, dates."""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from amity.errors import NotFound
from amity.store import schema
from amity.store.queries import live, record_dict, record_select
from amity.store.registry import chunks


def live_records(conn: Connection, kind: str, *conditions: Any) -> list[dict[str, Any]]:
    """Returns the records of `kind` meeting the conditions that nobody rejected."""
    table = schema.record_table(kind)
    stmt = record_select(kind).where(live(table), *conditions)
    return [record_dict(kind, row) for row in conn.execute(stmt)]


def report_refs(conn: Connection, ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    """Returns {report id: {id, title, source, published, url}} for the reports among ids."""
    table = schema.reports
    cols = (table.c.id, table.c.title, table.c.source, table.c.published)
    out: dict[int, dict[str, Any]] = {}
    for part in chunks(sorted(set(ids))):
        for row in conn.execute(select(*cols).where(table.c.id.in_(part))).mappings():
            source = str(row["source"] or "")
            url = source if source.startswith(("http://", "https://")) else None
            out[row["id"]] = {**row, "url": url}
    return out


def country_name(code: str | None) -> str:
    """Returns a country's English name from its ISO code (the code if unknown, '' if none)."""
    if not code:
        return ""
    from amity.registry.countries import Countries

    try:
        return Countries.load().name(code)
    except NotFound:
        return code


def month_label(month: str) -> str:
    """Returns 'January 2018' for '2018-01'."""
    year, number = month[:4], int(month[5:7])
    return f"{calendar.month_name[number]} {year}"


def date_phrase(date: str | None) -> str:
    """Returns 'On 10 January 2018', 'In January 2018', 'In 2018' or '' for a record's date."""
    if not date:
        return ""
    if len(date) >= 10:
        return f"On {int(date[8:10])} {month_label(date[:7])}"
    if len(date) >= 7:
        return f"In {month_label(date[:7])}"
    return f"In {date[:4]}"


def names_list(names: Iterable[str], limit: int = 6) -> str:
    """Returns 'A, B and C' (at most `limit` names, then 'and N more')."""
    items = [n for n in dict.fromkeys(names) if n]
    if len(items) > limit:
        rest = len(items) - limit
        items = [*items[:limit], f"{rest} more"]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]

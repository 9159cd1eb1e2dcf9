"""Round anniversaries of ties (5, 10, 15, 20, 25, 30, 40, 50, 60, 70 years) within a window.

A tie's start is its `established` date (the earliest a report or data set gives). A start
known to the day has its anniversary on that day; one known to the month or the year is
listed when the window meets that month or year, and says so.
"""

from __future__ import annotations

import calendar
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from amity.publish.common import country_name
from amity.publish.period import day, days_after, window
from amity.registry.queries import place_dicts
from amity.store import schema

ROUND_YEARS = (5, 10, 15, 20, 25, 30, 40, 50, 60, 70)


def anniversaries(store: Any, within: str = "90d", start: str | None = None) -> dict[str, Any]:
    """Returns the ties whose round anniversary falls from `start` (default today) for `within`."""
    first = day(start)
    last = days_after(first, window(within))
    with store.engine.connect() as conn:
        rows = dated_ties(conn)
        names = side_names(conn, rows)
    found = [a for row in rows for a in due(row, names, first, last)]
    found.sort(key=lambda a: (a["date"], -a["years"], a["a"]["name"] or ""))
    return {
        "title": f"Anniversaries {first.isoformat()} – {last.isoformat()}",
        "from": first.isoformat(),
        "to": last.isoformat(),
        "years": list(ROUND_YEARS),
        "anniversaries": found,
    }


def dated_ties(conn: Connection) -> list[Any]:
    """Returns the ties rows with a start date."""
    t = schema.ties
    return list(conn.execute(select(t).where(t.c.established.is_not(None)).order_by(t.c.id)))


def side_names(conn: Connection, rows: list[Any]) -> dict[tuple[str, int], dict[str, Any]]:
    """Returns {('place'|'org', id): {id, name, country}} of the ties' sides."""
    places = place_dicts(conn, [i for r in rows for i in (r.a_place_id, r.b_place_id) if i])
    out: dict[tuple[str, int], dict[str, Any]] = {
        ("place", i): {"id": i, "name": p["name"], "country": p["country"]}
        for i, p in places.items()
    }
    org_ids = [i for r in rows for i in (r.a_org_id, r.b_org_id) if i]
    if org_ids:
        o = schema.organizations
        for row in conn.execute(select(o).where(o.c.id.in_(org_ids))):
            out[("org", row.id)] = {"id": row.id, "name": row.name, "country": row.country}
    return out


def start_of(established: str) -> tuple[int, int | None, int | None] | None:
    """Returns (year, month, day) of a start date; month and day None when not given."""
    parts = str(established).strip()[:10].split("-")
    try:
        numbers = [int(p) for p in parts if p]
    except ValueError:
        return None
    if not numbers or not 1000 <= numbers[0] <= 9999:
        return None
    month = numbers[1] if len(numbers) > 1 and 1 <= numbers[1] <= 12 else None
    return numbers[0], month, numbers[2] if month and len(numbers) > 2 else None


def span_of(year: int, month: int | None, dom: int | None) -> tuple[date, date]:
    """Returns the first and last day an anniversary may fall on, given what is known."""
    if month is None:
        return date(year, 1, 1), date(year, 12, 31)
    length = calendar.monthrange(year, month)[1]
    if dom is None:
        return date(year, month, 1), date(year, month, length)
    exact = date(year, month, min(dom, length))  # 29 February falls on the 28th
    return exact, exact


def due(row: Any, names: dict[Any, Any], first: date, last: date) -> list[dict[str, Any]]:
    """Returns the round anniversaries of one tie that fall between first and last."""
    start = start_of(row.established)
    if start is None:
        return []
    year, month, dom = start
    out = []
    for years in ROUND_YEARS:
        low, high = span_of(year + years, month, dom)
        if low <= last and high >= first:
            when = max(low, first)
            precision = "day" if dom else "month" if month else "year"
            out.append(entry(row, names, years, when, precision))
    return out


def entry(
    row: Any, names: dict[Any, Any], years: int, when: date, precision: str
) -> dict[str, Any]:
    """Returns one anniversary: the tie, its two sides, how many years, when."""
    kind = "place" if row.a_place_id else "org"
    a = names.get((kind, row.a_place_id or row.a_org_id), {"name": None, "country": None})
    b = names.get((kind, row.b_place_id or row.b_org_id), {"name": None, "country": None})
    label = {"day": when.isoformat(), "month": when.isoformat()[:7], "year": str(when.year)}
    return {
        "tie_id": row.id, "type": row.type, "status": row.status, "established": row.established,
        "years": years, "date": when.isoformat(), "when": label[precision], "precision": precision,
        "a": {**a, "country_name": country_name(a.get("country"))},
        "b": {**b, "country_name": country_name(b.get("country"))},
        "kind": kind,
    }  # fmt: skip

"""A digest of a period: totals, events per month, countries reached, items grouped by month.

Only records nobody rejected are used (confirmed, corrected or not yet reviewed). Events
count when their start date is at least a month inside the period; ties (partnerships a
report states) when their date is. The same event told by several reports is one item.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from amity.publish import items as build
from amity.publish.common import country_name, live_records, month_label, report_refs
from amity.publish.period import Period, period
from amity.publish.progress import plan_sections
from amity.publish.scope import Scope, by_name, event_condition, partnership_condition
from amity.store import schema
from amity.store.queries import live
from amity.store.registry import canonical


def digest(
    store: Any,
    start: str,
    end: str | None = None,
    org: str | None = None,
    place: str | None = None,
) -> dict[str, Any]:
    """Returns the digest of months start..end, of one organization or place if given."""
    span = period(start, end)
    with store.engine.connect() as conn:
        scope = _scope(conn, org, place)
        data = collect(conn, span, scope)
    data["plan_progress"] = plan_sections(store, scope, span)
    return data


def _scope(conn: Connection, org: str | None, place: str | None) -> Scope | None:
    """Returns the scope the --org or --place option names (None for everything)."""
    if org and place:
        from amity.errors import InputError

        raise InputError("give --org or --place, not both", "make one digest per scope")
    if org:
        return by_name(conn, org, "organization")
    if place:
        return by_name(conn, place, "place")
    return None


def period_events(conn: Connection, span: Period, scope: Scope | None) -> list[dict[str, Any]]:
    """Returns the live event records dated (to the month at least) inside the period."""
    e = schema.events
    return live_records(
        conn,
        "events",
        e.c.start >= span.start,
        e.c.start < span.upper(),
        func.length(e.c.start) >= 7,
        event_condition(scope),
    )


def period_ties(conn: Connection, span: Period, scope: Scope | None) -> list[dict[str, Any]]:
    """Returns the live partnership records dated (to the month at least) inside the period."""
    p = schema.partnerships
    return live_records(
        conn,
        "partnerships",
        p.c.date >= span.start,
        p.c.date < span.upper(),
        func.length(p.c.date) >= 7,
        partnership_condition(scope),
    )


def report_people(conn: Connection, report_ids: set[int]) -> list[dict[str, Any]]:
    """Returns the live people records of these reports (to name who took part in events)."""
    if not report_ids:
        return []
    return live_records(conn, "people", schema.roles.c.report_id.in_(sorted(report_ids)))


def collect(conn: Connection, span: Period, scope: Scope | None) -> dict[str, Any]:
    """Returns the digest's data for a period and scope."""
    events, ties = period_events(conn, span, scope), period_ties(conn, span, scope)
    report_ids = {r["report_id"] for r in events + ties}
    reports, people = report_refs(conn, report_ids), report_people(conn, report_ids)
    same = canonical(conn, "events", [r["id"] for r in events])
    found = [build.event_item(g, people, reports) for g in build.group_events(events, same)]
    found += [build.tie_item(r, reports) for r in ties]
    found.sort(key=lambda i: (str(i["date"]), i["kind"], str(i["title"]).casefold()))
    return {
        "title": title(span, scope),
        "period": {"from": span.start, "to": span.end},
        "scope": scope.describe() if scope else None,
        "totals": totals(found, reports),
        "countries": countries(found),
        "months": months(span, found),
        "plan_progress": [],  # work plans' progress (amity.publish.progress), filled by digest()
        "sections": [],  # further sections (title, text, items) other modules may add
    }


def title(span: Period, scope: Scope | None) -> str:
    """Returns the digest's title: 'Digest January 2018 – June 2018 · Xicheng District'."""
    months = month_label(span.start)
    if span.end != span.start:
        months += f" – {month_label(span.end)}"
    return f"Digest {months}" + (f" · {scope.name}" if scope else "")


def totals(found: list[dict[str, Any]], reports: dict[int, Any]) -> dict[str, int]:
    """Returns the header's totals: events, countries reached, participants, new ties, reports."""
    events = [i for i in found if i["kind"] == "event"]
    return {
        "events": len(events),
        "countries": len({c for i in found for c in i["countries"]}),
        "participants": sum(int(i["participants"] or 0) for i in events),
        "new_ties": sum(1 for i in found if i["kind"] == "tie"),
        "reports": len(reports),
    }


def countries(found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Returns the countries reached, [{code, name, items}], most named first."""
    counts = Counter(c for i in found for c in i["countries"])
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return [{"code": c, "name": country_name(c), "items": n} for c, n in ranked]


def months(span: Period, found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Returns every month of the period with its event count and its items in date order."""
    out = []
    for month in span.months():
        mine = [i for i in found if str(i["date"]).startswith(month)]
        events = sum(1 for i in mine if i["kind"] == "event")
        out.append({"month": month, "label": month_label(month), "events": events, "items": mine})
    return out


def recent_period(store: Any, months: int = 6) -> tuple[str, str]:
    """Returns (first, last) month of the `months` ending with the latest dated live event."""
    e = schema.events
    query = select(func.max(func.substr(e.c.start, 1, 7))).where(
        live(e), func.length(e.c.start) >= 7
    )
    with store.engine.connect() as conn:
        last = conn.execute(query).scalar() or date.today().isoformat()[:7]
    year, month = int(last[:4]), int(last[5:7]) - (months - 1)
    while month < 1:
        year, month = year - 1, month + 12
    return f"{year:04d}-{month:02d}", last

"""The same event in two reports becomes one event with two sources.

Two event records are one event when they have the same type and start date and either
the same place (resolved) or, when a place is missing, the same country and similar
titles. A report's events are linked to the earliest report's record of the event.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from amity.store import schema
from amity.store.registry import canonical, link, links_of
from amity.store.rows import norm

SIMILAR_TITLES = 0.6
SAME_TITLES = 0.85


def similarity(a: str | None, b: str | None) -> float:
    """Returns how alike two titles are, 0..1 (0 when either is missing)."""
    if not a or not b:
        return 0.0
    return SequenceMatcher(None, norm(a), norm(b)).ratio()


def same_event(one: Any, other: Any, places: dict[int, int]) -> bool:
    """Returns True if two event rows (same type and start) report the same event."""
    if one.place_id is not None and other.place_id is not None:
        if places.get(one.place_id) == places.get(other.place_id):
            return similarity(one.title, other.title) >= SIMILAR_TITLES / 2
        return False
    if one.country and other.country and one.country != other.country:
        return False
    return similarity(one.title, other.title) >= (
        SIMILAR_TITLES if one.country and other.country else SAME_TITLES
    )


def link_events(conn: Connection, report_id: int) -> int:
    """Links a report's events to the same events of earlier reports; returns how many."""
    e = schema.events
    columns = (e.c.id, e.c.type, e.c.title, e.c.start, e.c.place_id, e.c.country, e.c.report_id)
    mine = conn.execute(
        select(*columns).where(
            e.c.report_id == report_id, e.c.start.is_not(None), e.c.review_state != "rejected"
        )
    ).all()
    done = links_of(conn, "events", [row.id for row in mine])
    pairs = []
    for row in mine:
        if row.id in done:
            continue
        others = conn.execute(
            select(*columns)
            .where(e.c.start == row.start, e.c.type == row.type, e.c.report_id < report_id)
            .where(e.c.review_state != "rejected")
            .order_by(e.c.id)
        ).all()
        places = canonical(conn, "places", [r.place_id for r in [row, *others] if r.place_id])
        match = next((o for o in others if same_event(row, o, places)), None)
        if match is not None:
            pairs.append((row.id, canonical(conn, "events", [match.id])[match.id]))
    return link(conn, "events", pairs)

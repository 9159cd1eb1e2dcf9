"""Resolving what a stored report's records name, and linking its ties to the registry.

`resolve_report(store, report_id)` (called by ingest after a report is stored, and by
`amity registry resolve` for every report) resolves the report's places (gazetteer, or
parent the text gives; the rest stays unresolved under the name as written), its
organizations (one entity across reports and acronyms, with kind and country), fills
people's countries from their roles, links its sister-city partnerships to the registry
tie they confirm (or adds them as ties found in reports, the report as a source) and
merges its events with the same events reported elsewhere. Running it again changes
nothing.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.engine import Connection

from amity.registry.catalog import Catalog
from amity.registry.events import link_events
from amity.registry.org_resolve import resolve_orgs
from amity.registry.people import resolve_people
from amity.registry.places import PlaceResolver
from amity.registry.writer import TieIn, write_places, write_ties
from amity.store import schema
from amity.store.engine import writing
from amity.store.registry import links_of
from amity.store.rows import effective

_FRIENDLY_EXCHANGE = re.compile(r"friendly[- ]exchange|friendly cooperati", re.I)
_FRIENDSHIP = re.compile(r"friendship[- ](city|cities|province|provinces|agreement|relation)", re.I)
_SIGNED = re.compile(r"\b(sign|establish|inaugurat|conclud|form)", re.I)


@dataclass
class ResolveSummary:
    """What resolution did for one or more reports."""

    reports: int = 0
    places: int = 0
    places_resolved: int = 0
    ties_linked: int = 0
    ties_new: int = 0
    organizations_linked: int = 0
    people_linked: int = 0
    events_merged: int = 0

    def add(self, other: ResolveSummary) -> None:
        """Adds the counts of another summary to this one."""
        for name, value in asdict(other).items():
            setattr(self, name, getattr(self, name) + value)

    def to_dict(self) -> dict[str, int]:
        """Returns the counts as plain data."""
        return asdict(self)


def resolve_report(
    store: Any, report_id: int, resolver: PlaceResolver | None = None
) -> ResolveSummary:
    """Resolves one stored report's places, organizations, people, ties and events."""
    with writing(store.engine) as conn:
        return resolve_in(conn, report_id, resolver or PlaceResolver.load())


def resolve_after_ingest(store: Any, report_id: int, source: str) -> str | None:
    """Resolves a newly stored report; on failure records it and returns why (the report stays)."""
    try:
        resolve_report(store, report_id)
    except Exception as exc:  # the report is stored: a resolution bug must not stop the batch
        message = f"resolution failed: {type(exc).__name__}: {exc}".splitlines()[0]
        store.add_failure(source, message, report_id=report_id, component="registry")
        return message
    return None


def resolve_all(store: Any, resolver: PlaceResolver | None = None) -> ResolveSummary:
    """Resolves every stored report (names left unresolved before are tried again)."""
    resolver = resolver or PlaceResolver.load()
    total = ResolveSummary()
    for report_id in store.report_ids():
        total.add(resolve_report(store, report_id, resolver))
    return total


def resolve_in(conn: Connection, report_id: int, resolver: PlaceResolver) -> ResolveSummary:
    """Resolves one report inside an open write transaction."""
    summary = ResolveSummary(reports=1)
    published = conn.execute(
        select(schema.reports.c.published).where(schema.reports.c.id == report_id)
    ).scalar()
    context = report_countries(conn, report_id)
    summary.places, summary.places_resolved = resolve_places(conn, report_id, context, resolver)
    summary.organizations_linked = resolve_orgs(conn, report_id, resolver.gazetteer)
    summary.people_linked = resolve_people(conn, report_id)
    summary.ties_linked, summary.ties_new = link_ties(conn, report_id, published)
    summary.events_merged = link_events(conn, report_id)
    return summary


def report_countries(conn: Connection, report_id: int) -> tuple[str, ...]:
    """Returns the countries a report's records name, most named first."""
    counts: dict[str, int] = {}
    e, p, r = schema.events, schema.partnerships, schema.roles
    queries = [
        select(e.c.country).where(e.c.report_id == report_id),
        select(p.c.a_country).where(p.c.report_id == report_id),
        select(p.c.b_country).where(p.c.report_id == report_id),
        select(r.c.country).where(r.c.report_id == report_id),
    ]
    for query in queries:
        for code in conn.execute(query).scalars():
            if code:
                counts[code] = counts.get(code, 0) + 1
    return tuple(sorted(counts, key=lambda c: -counts[c]))


def report_place_ids(conn: Connection, report_id: int) -> set[int]:
    """Returns the ids of the places a report's events and partnerships name."""
    e, p = schema.events, schema.partnerships
    ids = set(conn.execute(select(e.c.place_id).where(e.c.report_id == report_id)).scalars())
    for column in (p.c.a_place_id, p.c.b_place_id):
        ids |= set(conn.execute(select(column).where(p.c.report_id == report_id)).scalars())
    return {i for i in ids if i is not None}


def resolve_places(
    conn: Connection, report_id: int, context: tuple[str, ...], resolver: PlaceResolver
) -> tuple[int, int]:
    """Resolves the report's unresolved place names; returns (places named, places resolved)."""
    ids = report_place_ids(conn, report_id)
    if not ids:
        return 0, 0
    table = schema.places
    linked = links_of(conn, "places", ids)
    rows = conn.execute(
        select(table.c.id, table.c.key, table.c.name, table.c.country, table.c.resolved).where(
            table.c.id.in_(ids)
        )
    ).all()
    catalog = Catalog(resolver)
    for row in rows:
        if not row.resolved and row.id not in linked and not row.key.startswith(("gn:", "wd:")):
            catalog.add_name(row.name, row.country, context, key=row.key)
    if catalog.names:
        write_places(conn, catalog.rows())
    query = select(table.c.id).where(table.c.id.in_(ids), table.c.resolved.is_(True))
    return len(ids), len(conn.execute(query).all())


def tie_type(kind: str | None, evidence: str) -> str:
    """Returns the tie type of a partnership record from its kind and wording."""
    if kind in ("school", "agreement"):
        return kind
    if _FRIENDLY_EXCHANGE.search(evidence):
        return "friendly_exchange"
    if _FRIENDSHIP.search(evidence):
        return "friendship_city"
    return "sister_city"


def _partnerships(conn: Connection, report_id: int) -> list[Any]:
    """Returns the report's partnerships (not rejected) with two sides of the same sort."""
    p = schema.partnerships
    both_places = and_(p.c.a_place_id.is_not(None), p.c.b_place_id.is_not(None))
    both_orgs = and_(p.c.a_org_id.is_not(None), p.c.b_org_id.is_not(None))
    query = select(p).where(
        p.c.report_id == report_id,
        p.c.review_state != "rejected",
        p.c.type != "membership",
        or_(both_places, both_orgs),
    )
    return list(conn.execute(query))


def link_ties(conn: Connection, report_id: int, published: str | None) -> tuple[int, int]:
    """Links the report's partnerships to registry ties or adds them; returns (linked, new)."""
    place_ties: list[TieIn] = []
    org_ties: list[TieIn] = []
    for row in _partnerships(conn, report_id):
        values = effective(row.data, row.corrected)
        evidence = str(values.get("evidence") or "")
        date = row.date or (published if published and _SIGNED.search(evidence) else None)
        source = {"key": f"report:{row.id}", "source": "report", "report_id": report_id,
                  "partnership_id": row.id, "date": row.date or published, "raw": evidence}  # fmt: skip
        tie = TieIn(0, 0, tie_type(row.type, evidence), date, in_reports=True, sources=[source])
        if row.a_place_id is not None:
            tie.a, tie.b = row.a_place_id, row.b_place_id
            place_ties.append(tie)
        else:
            tie.a, tie.b = row.a_org_id, row.b_org_id
            org_ties.append(tie)
    new = write_ties(conn, place_ties, {}) + write_ties(conn, org_ties, {}, orgs=True)
    return len(place_ties) + len(org_ties) - new, new

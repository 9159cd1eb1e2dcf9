"""One entity per organization: full names, acronyms and "Name (ACRONYM)" linked together.

A report's organization rows (one per distinct name as written) are linked to the row of
the organization's full name: "Silk Road NGO Cooperation Network (SIRONET)" and "SIRONET"
to "Silk Road NGO Cooperation Network"; "CPAFFC" to the full name whose initials it is
(or that the table of known organizations gives). Kind and country are filled from the
name where missing.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, update
from sqlalchemy.engine import Connection

from amity.registry.gazetteer import Gazetteer
from amity.registry.orgs import (
    country_of,
    expands,
    initials,
    is_acronym,
    kind_of,
    known_names,
    split_acronym,
)
from amity.store import schema
from amity.store.registry import chunks, insert_new, link, linked_any, links_of, mark
from amity.store.rows import norm


def report_org_ids(conn: Connection, report_id: int) -> set[int]:
    """Returns the ids of the organizations a report's records name."""
    p, r, e, o = schema.partnerships, schema.roles, schema.events, schema.event_organizers
    queries = [
        select(p.c.a_org_id).where(p.c.report_id == report_id),
        select(p.c.b_org_id).where(p.c.report_id == report_id),
        select(r.c.org_id).where(r.c.report_id == report_id),
        select(o.c.organization_id)
        .join(e, e.c.id == o.c.event_id)
        .where(e.c.report_id == report_id),
    ]
    ids: set[int] = set()
    for query in queries:
        ids |= {i for i in conn.execute(query).scalars() if i is not None}
    return ids


def ensure_org(conn: Connection, name: str, country: str | None, kind: str | None) -> int:
    """Returns the id of the organization row of a name, adding it if new."""
    table = schema.organizations
    query = select(table.c.id).where(table.c.normalized == norm(name))
    found = conn.execute(query).scalar()
    if found is None:
        row = {"name": name, "normalized": norm(name), "country": country, "kind": kind}
        insert_new(conn, table, [row], ["normalized"])
        found = conn.execute(query).scalar_one()
    return int(found)


def resolve_orgs(conn: Connection, report_id: int, gazetteer: Gazetteer) -> int:
    """Links a report's organization names to their entities; returns how many were linked."""
    ids = report_org_ids(conn, report_id)
    if not ids:
        return 0
    done = set(linked_any(conn, "organizations", ids))
    table = schema.organizations
    rows = conn.execute(select(table).where(table.c.id.in_(ids))).all()
    pairs: list[tuple[int, int]] = []
    for row in rows:
        if row.id not in done:
            pairs += _links_of_row(conn, row, gazetteer)
    linked = link(conn, "organizations", pairs)
    # An entity of its own gets an empty link: seen, and not looked at again.
    pointed = {a for a, _ in pairs}
    mark(conn, "organizations", [r.id for r in rows if r.id not in done and r.id not in pointed])
    return linked


def _links_of_row(conn: Connection, row: Any, gazetteer: Gazetteer) -> list[tuple[int, int]]:
    """Returns the (name row, entity row) links one organization name calls for."""
    full, acronym = split_acronym(row.name)
    known = known_names().get(norm(full)) or known_names().get(norm(acronym or ""))
    if known is not None:
        full, acronym = known.name, acronym or known.acronym
    elif is_acronym(full):
        found = _expansion(conn, full)
        if found is None:
            return []
        return [(row.id, found)]
    kind = (known.kind if known else None) or kind_of(full)
    country = (known.country if known else None) or row.country or country_of(full, gazetteer)
    same = norm(full) == row.normalized
    entity = row.id if same else ensure_org(conn, full, country, kind)
    _fill(conn, entity, country, kind)
    pairs = [(row.id, entity)]
    short = acronym or initials(full)
    if acronym:
        pairs.append((ensure_org(conn, acronym, country, kind), entity))
    elif len(short) >= 4:
        pairs += [(i, entity) for i in _bare_acronyms(conn, short)]
    return pairs


def _fill(conn: Connection, org_id: int, country: str | None, kind: str | None) -> None:
    """Sets the kind and country of an organization where they are missing."""
    table = schema.organizations
    for column, value in (("country", country), ("kind", kind)):
        if value:
            conn.execute(
                update(table)
                .where(table.c.id == org_id, table.c[column].is_(None))
                .values({column: value})
            )


def _expansion(conn: Connection, acronym: str) -> int | None:
    """Returns the one organization whose name the acronym abbreviates, or None."""
    table = schema.organizations
    query = select(table.c.id, table.c.name).where(
        table.c.normalized.like(f"{acronym[0].lower()}%")
    )
    found = [
        i for i, name in conn.execute(query) if not is_acronym(name) and expands(acronym, name)
    ]
    if len(found) != 1:
        return None
    return links_of(conn, "organizations", found).get(found[0], found[0])


def _bare_acronyms(conn: Connection, short: str) -> list[int]:
    """Returns the ids of organization rows written as this acronym, not yet linked."""
    table = schema.organizations
    ids = list(conn.execute(select(table.c.id).where(table.c.normalized == norm(short))).scalars())
    linked: set[int] = set()
    for part in chunks(ids):
        linked |= set(links_of(conn, "organizations", part))
    return [i for i in ids if i not in linked]

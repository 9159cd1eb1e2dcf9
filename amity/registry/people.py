"""One entity per person: names written with an honorific ("Mr. Wang Yi", "H.E. Lohela") or
in capitals are linked to the plain name's row, which gets the country a role states."""

from __future__ import annotations

import re

from sqlalchemy import select, update
from sqlalchemy.engine import Connection

from amity.store import schema
from amity.store.registry import insert_new, link, linked_any, mark
from amity.store.rows import norm

_HONORIFIC = re.compile(
    r"^(?:(?:mr|mrs|ms|miss|dr|prof|professor|sir|madam|madame|mme|m|h\.?\s?e|his excellency|"
    r"her excellency|comrade)\.?\s+)+",
    re.I,
)


def plain_name(name: str) -> str:
    """Returns a person's name without honorifics, in title case if written in capitals."""
    bare = _HONORIFIC.sub("", name.strip()).strip()
    if bare.isupper() and len(bare) > 3:
        bare = bare.title()
    return bare or name.strip()


def _ensure(conn: Connection, name: str, country: str | None) -> int:
    """Returns the id of the person row of a plain name, adding it if new."""
    table = schema.persons
    query = select(table.c.id).where(table.c.key == norm(name))
    found = conn.execute(query).scalar()
    if found is None:
        insert_new(conn, table, [{"key": norm(name), "name": name, "country": country}], ["key"])
        found = conn.execute(query).scalar_one()
    return int(found)


def resolve_people(conn: Connection, report_id: int) -> int:
    """Links a report's people to their plain-name entities, fills countries; returns links."""
    roles, people = schema.roles, schema.persons
    found = conn.execute(
        select(roles.c.person_id, roles.c.country).where(
            roles.c.report_id == report_id, roles.c.person_id.is_not(None)
        )
    ).all()
    countries = {pid: code for pid, code in found if code}
    for person_id, code in countries.items():
        conn.execute(
            update(people)
            .where(people.c.id == person_id, people.c.country.is_(None))
            .values(country=code)
        )
    ids = {pid for pid, _ in found}
    done = set(linked_any(conn, "people", ids))
    rows = conn.execute(select(people).where(people.c.id.in_(ids - done))).all()
    pairs = []
    for row in rows:
        bare = plain_name(row.name)
        if norm(bare) != row.key:
            pairs.append((row.id, _ensure(conn, bare, row.country)))
    pointed = {a for a, _ in pairs}
    mark(conn, "people", [r.id for r in rows if r.id not in pointed])
    return link(conn, "people", pairs)

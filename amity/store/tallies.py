"""Reading the tallies the store keeps on write: row counts, months, places and countries.

Triggers (migration 0006) update them in the same transaction as every write, so a
read is a few index look-ups however large the store is. A tally that fell to zero
stays as a row with n = 0 and is left out here.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.engine import Connection

from amity.store import schema

# stats() name -> the table whose rows are counted.
ROW_TABLES = {
    "reports": "reports",
    "events": "events",
    "partnerships": "partnerships",
    "people": "roles",
    "figures": "figures",
    "places": "places",
    "organizations": "organizations",
    "failures": "extraction_failures",
}


def row_counts(conn: Connection) -> dict[str, int]:
    """Returns the row counts of reports, record kinds, places, organizations and failures."""
    t = schema.tallies
    stmt = select(t.c.key, t.c.n).where(t.c.name == "rows")
    found = {key: int(n) for key, n in conn.execute(stmt)}
    return {name: found.get(table, 0) for name, table in ROW_TABLES.items()}


def newest(conn: Connection, name: str, limit: int) -> list[tuple[str, int]]:
    """Returns (key, n) of the `limit` greatest keys of a tally (months), in key order."""
    t = schema.tallies
    stmt = (
        select(t.c.key, t.c.n)
        .where(t.c.name == name, t.c.n > 0)
        .order_by(t.c.key.desc())
        .limit(limit)
    )
    return [(key, int(n)) for key, n in conn.execute(stmt)][::-1]


def largest(conn: Connection, name: str, limit: int) -> list[tuple[str, int]]:
    """Returns (key, n) of the `limit` largest counts of a tally, largest first."""
    t = schema.tallies
    stmt = (
        select(t.c.key, t.c.n)
        .where(t.c.name == name, t.c.n > 0)
        .order_by(t.c.n.desc(), t.c.key)
        .limit(limit)
    )
    return [(key, int(n)) for key, n in conn.execute(stmt)]


def of(conn: Connection, name: str, keys: list[str]) -> dict[str, int]:
    """Returns {key: n} of the given keys of a tally (keys never counted are left out)."""
    t = schema.tallies
    stmt = select(t.c.key, t.c.n).where(t.c.name == name, t.c.key.in_(keys))
    return {key: int(n) for key, n in conn.execute(stmt)}

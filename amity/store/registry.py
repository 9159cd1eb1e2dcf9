"""Bulk SQL for the registry: upserts by key, ids by key, entity links, canonical ids."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Table, bindparam, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from amity.store import schema

CHUNK = 500


def chunks(items: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    """Yields slices of items of at most size elements."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def insert_new(conn: Connection, table: Table, rows: list[dict[str, Any]], keys: list[str]) -> int:
    """Inserts the rows whose unique keys are new, skipping the others; returns how many were new."""
    if not rows:
        return 0
    # New rows get ids above the largest one: counting them is an index range, not a scan.
    top = conn.execute(select(func.max(table.c.id))).scalar() if "id" in table.c else None
    before = None if "id" in table.c else count(conn, table)
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    conn.execute(dialect.insert(table).on_conflict_do_nothing(index_elements=keys), rows)
    if before is not None:
        return count(conn, table) - before
    query = select(func.count()).select_from(table).where(table.c.id > (top or 0))
    return int(conn.execute(query).scalar_one())


def count(conn: Connection, table: Table) -> int:
    """Returns the number of rows of a table."""
    return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def ids_by(conn: Connection, table: Table, column: str, values: Iterable[Any]) -> dict[Any, int]:
    """Returns {value: id} of the rows whose column holds one of the values."""
    found: dict[Any, int] = {}
    wanted = list(dict.fromkeys(values))
    for part in chunks(wanted):
        rows = conn.execute(select(table.c[column], table.c.id).where(table.c[column].in_(part)))
        found.update({value: row_id for value, row_id in rows})
    return found


def update_by_id(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Updates rows given as dicts with an 'id' and the columns to set (same columns each)."""
    if not rows:
        return
    names = [name for name in rows[0] if name != "id"]
    stmt = (
        update(table)
        .where(table.c.id == bindparam("row_id"))
        .values({name: bindparam(f"v_{name}") for name in names})
    )
    conn.execute(stmt, [{"row_id": r["id"], **{f"v_{n}": r[n] for n in names}} for r in rows])


def link(conn: Connection, kind: str, pairs: list[tuple[int, int]]) -> int:
    """Points entities to the entity they are another name of, unless already linked."""
    table = schema.entity_links
    pairs = [(a, b) for a, b in pairs if a != b]
    rows = [{"kind": kind, "entity_id": a, "same_as": b} for a, b in pairs]
    added = insert_new(conn, table, rows, ["kind", "entity_id"])
    if not pairs:
        return added
    # A row seen before and standing alone (linked to itself) may now be a name of another;
    # an emptied link (a split by hand) stays as it is.
    stmt = (
        update(table)
        .where(table.c.kind == kind, table.c.entity_id == bindparam("a"))
        .where(table.c.same_as == table.c.entity_id)
        .values(same_as=bindparam("b"))
    )
    return added + (conn.execute(stmt, [{"a": a, "b": b} for a, b in pairs]).rowcount or 0)


def mark(conn: Connection, kind: str, ids: list[int]) -> None:
    """Links entities to themselves (seen, standing alone) unless they have a link."""
    rows = [{"kind": kind, "entity_id": i, "same_as": i} for i in ids]
    insert_new(conn, schema.entity_links, rows, ["kind", "entity_id"])


def linked_any(conn: Connection, kind: str, ids: Iterable[int]) -> list[int]:
    """Returns the ids among ids that have a link row, even to themselves or emptied."""
    table = schema.entity_links
    out: list[int] = []
    for part in chunks(list(dict.fromkeys(ids))):
        query = select(table.c.entity_id).where(table.c.kind == kind, table.c.entity_id.in_(part))
        out += conn.execute(query).scalars()
    return out


def links_of(conn: Connection, kind: str, ids: Iterable[int] | None = None) -> dict[int, int]:
    """Returns {entity id: same_as} of the linked entities of a kind (all, or among ids)."""
    table = schema.entity_links
    query = select(table.c.entity_id, table.c.same_as).where(table.c.kind == kind)
    if ids is None:
        query = query.where(table.c.same_as.is_not(None), table.c.same_as != table.c.entity_id)
        return {a: b for a, b in conn.execute(query)}
    # Only (kind, entity_id) in SQL: a condition on same_as lures SQLite onto the same_as
    # index, a scan of every link of the kind, instead of one look-up per id.
    out: dict[int, int] = {}
    for part in chunks(list(dict.fromkeys(ids))):
        found = conn.execute(query.where(table.c.entity_id.in_(part)))
        out.update({a: b for a, b in found if b is not None and b != a})
    return out


def canonical(conn: Connection, kind: str, ids: Iterable[int]) -> dict[int, int]:
    """Returns {id: the entity it stands for}, following same_as links to the end."""
    result = {i: i for i in ids}
    pending = set(result)
    for _ in range(8):  # links are kept one step long; a few steps cover stale chains
        step = links_of(conn, kind, pending)
        if not step:
            break
        for start, current in result.items():
            if current in step:
                result[start] = step[current]
        pending = set(step.values())
    return result


def members(conn: Connection, kind: str, entity_id: int) -> list[int]:
    """Returns the entity's id and the ids of every row linked to it."""
    table = schema.entity_links
    query = select(table.c.entity_id).where(table.c.kind == kind, table.c.same_as == entity_id)
    return [entity_id, *conn.execute(query).scalars()]

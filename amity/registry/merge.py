"""Merging and splitting entities by hand, recorded so that each can be undone.

A merge of entity A into entity B points A, and every name that pointed to A, to B. A
split detaches one name (or report record) from its entity, making it an entity of its
own; the emptied link stays, so that a later import or resolution does not link it again.
Each change is one row of entity_merges with the links it changed; `undo` puts them back.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Table, select, update
from sqlalchemy.engine import Connection

from amity.errors import InputError, NotFound
from amity.store import schema
from amity.store.engine import writing
from amity.store.registry import canonical, insert_new, members

KINDS = {
    "place": "places",
    "organization": "organizations",
    "person": "people",
    "event": "events",
}
Change = list[Any]  # [entity id, same_as before, whether a link row existed before]


def entity_kind(kind: str) -> str:
    """Returns the entity_links kind of a kind given as singular or plural; raises InputError."""
    found = KINDS.get(kind) or (kind if kind in KINDS.values() else None)
    if found is None:
        raise InputError(f"cannot merge {kind!r}", f"give one of {', '.join(KINDS)}")
    return found


def _table(kind: str) -> Table:
    """Returns the table holding entities of a kind."""
    return schema.metadata.tables[kind]


def _check(conn: Connection, kind: str, ids: list[int]) -> None:
    """Raises NotFound unless every id is a row of the kind's table."""
    table = _table(kind)
    found = set(conn.execute(select(table.c.id).where(table.c.id.in_(ids))).scalars())
    missing = [i for i in ids if i not in found]
    if missing:
        raise NotFound(f"no {kind} with id {missing[0]}", f"list {kind} to find their ids")


def _point(conn: Connection, kind: str, ids: list[int], target: int | None) -> list[Change]:
    """Points the ids to target (None: to themselves) and returns what they pointed to before."""
    links = schema.entity_links
    before = {
        row.entity_id: row.same_as
        for row in conn.execute(
            select(links.c.entity_id, links.c.same_as).where(
                links.c.kind == kind, links.c.entity_id.in_(ids)
            )
        )
    }
    changes = [[i, before.get(i), i in before] for i in ids]
    fresh = [{"kind": kind, "entity_id": i, "same_as": target} for i in ids if i not in before]
    insert_new(conn, links, fresh, ["kind", "entity_id"])
    for i in (i for i in ids if i in before):
        conn.execute(
            update(links).where(links.c.kind == kind, links.c.entity_id == i).values(same_as=target)
        )
    return changes


def _log(
    conn: Connection,
    kind: str,
    action: str,
    entity: int,
    into: int | None,
    changes: list[Change],
    user: str,
) -> int:
    """Records a merge or split and returns its id."""
    row = {"kind": kind, "action": action, "entity_id": entity, "into_id": into,
           "changes": changes, "user": user, "at": datetime.now(UTC)}  # fmt: skip
    result = conn.execute(schema.entity_merges.insert().returning(schema.entity_merges.c.id), row)
    return int(result.scalar_one())


def merge(store: Any, kind: str, entity_id: int, into_id: int, user: str) -> int:
    """Merges entity_id (with all its names) into into_id; returns the merge's id."""
    kind = entity_kind(kind)
    with writing(store.engine) as conn:
        _check(conn, kind, [entity_id, into_id])
        ends = canonical(conn, kind, [entity_id, into_id])
        source, target = ends[entity_id], ends[into_id]
        if source == target:
            raise InputError(f"{kind} {entity_id} and {into_id} are already one entity")
        changes = _point(conn, kind, members(conn, kind, source), target)
        return _log(conn, kind, "merge", source, target, changes, user)


def split(store: Any, kind: str, entity_id: int, user: str) -> int:
    """Detaches a name (or record) from its entity, making it its own; returns the change's id."""
    kind = entity_kind(kind)
    with writing(store.engine) as conn:
        _check(conn, kind, [entity_id])
        was = canonical(conn, kind, [entity_id])[entity_id]
        if was == entity_id:
            raise InputError(
                f"{kind} {entity_id} stands for no other entity",
                "split a name that was merged or resolved into another entity",
            )
        changes = _point(conn, kind, [entity_id], None)
        return _log(conn, kind, "split", entity_id, was, changes, user)


def undo(store: Any, merge_id: int, user: str) -> dict[str, Any]:
    """Puts back the links a merge or split changed; returns the undone change."""
    table, links = schema.entity_merges, schema.entity_links
    with writing(store.engine) as conn:
        row = conn.execute(select(table).where(table.c.id == merge_id)).mappings().first()
        if row is None:
            raise NotFound(f"no merge {merge_id}", "list them with `amity registry merges`")
        if row["undone_at"] is not None:
            raise InputError(f"merge {merge_id} is already undone")
        for entity, same_as, existed in row["changes"]:
            where = (links.c.kind == row["kind"]) & (links.c.entity_id == entity)
            if existed:
                conn.execute(update(links).where(where).values(same_as=same_as))
            else:
                conn.execute(links.delete().where(where))
        conn.execute(
            update(table).where(table.c.id == merge_id).values(undone_at=datetime.now(UTC))
        )
        return {**dict(row), "undone_by": user}


def history(store: Any, limit: int = 50) -> list[dict[str, Any]]:
    """Returns the latest merges and splits, newest first."""
    table = schema.entity_merges
    with store.engine.connect() as conn:
        query = select(table).order_by(table.c.id.desc()).limit(limit)
        return [dict(row) for row in conn.execute(query).mappings()]

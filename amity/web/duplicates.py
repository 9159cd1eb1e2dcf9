"""Duplicate records (the same statement in several reports) and merging them.

Merging keeps one record and rejects the other, logging which record it was merged
into, so the duplicate's report still links to it and the merge can be read back.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, func, insert, or_, select
from sqlalchemy.engine import Connection

from amity.errors import InputError
from amity.store import schema
from amity.store.engine import writing
from amity.store.queries import record_dict, record_select
from amity.store.rows import check_kind, party
from amity.store.writes import now

LIMIT = 20


def _same(kind: str, record: dict[str, Any]) -> list[Any] | None:
    """Returns the conditions a duplicate of the record meets, None if it has too little to match."""
    t = schema.record_table(kind)
    low = func.lower
    if kind == "events":
        if not (record.get("type") and record.get("start")):
            return None
        place = or_(
            t.c.country == record.get("country"),
            low(t.c.city) == str(record.get("city") or "").lower(),
        )
        return [t.c.type == record["type"], t.c.start == record["start"], place]
    if kind == "partnerships":
        a, b = (str(party(record.get(s))["name"] or "").lower() for s in ("a", "b"))
        if not (a and b):
            return None
        ab = and_(low(t.c.a_name) == a, low(t.c.b_name) == b)
        return [or_(ab, and_(low(t.c.a_name) == b, low(t.c.b_name) == a))]
    if kind == "people":
        return [low(t.c.name) == str(record["name"]).lower()] if record.get("name") else None
    if record.get("subject") is None or record.get("value") is None:
        return None
    return [low(t.c.subject) == str(record["subject"]).lower(), t.c.metric == record.get("metric"),
            t.c.value == float(record["value"])]  # fmt: skip


def duplicates(store: Any, kind: str, record: dict[str, Any]) -> list[dict[str, Any]]:
    """Returns other records stating the same thing, each with `merged_here` if merged into it."""
    conditions = _same(check_kind(kind), record)
    if conditions is None:
        return []
    table = schema.record_table(kind)
    stmt = record_select(kind).where(table.c.id != record["id"], *conditions).limit(LIMIT)
    with store.engine.connect() as conn:
        found = [record_dict(kind, row) for row in conn.execute(stmt)]
        merged = merged_into(conn, kind, [r["id"] for r in found])
    for other in found:
        other["merged_here"] = merged.get(other["id"]) == record["id"]
    return found


def merged_into(conn: Connection, kind: str, ids: list[int]) -> dict[int, int]:
    """Returns {record id: the record it was last merged into} among ids."""
    log = schema.review_log
    stmt = (
        select(log.c.record_id, log.c.changes)
        .where(log.c.kind == kind, log.c.record_id.in_(ids), log.c.changes.is_not(None))
        .order_by(log.c.id)
    )
    out: dict[int, int] = {}
    for record_id, changes in conn.execute(stmt):
        target = (changes or {}).get("merged_into")
        if isinstance(target, dict) and target.get("to") is not None:
            out[record_id] = int(target["to"])
    return out


def merge(store: Any, kind: str, keep: int, duplicate: int, user: str) -> dict[str, Any]:
    """Rejects `duplicate` as merged into `keep` and logs it; returns the kept record."""
    if keep == duplicate:
        raise InputError("a record cannot be merged into itself", "pick another record")
    kept = store.record(check_kind(kind), keep)
    if duplicate not in {r["id"] for r in duplicates(store, kind, kept)}:
        raise InputError(
            f"{kind} record {duplicate} does not state the same as record {keep}",
            "merge only the duplicates listed on the record's page",
        )
    store.review(kind, duplicate, "rejected", user)
    entry = {"kind": kind, "record_id": duplicate, "from_state": "rejected", "to_state": "rejected",
             "user": user, "at": now(), "changes": {"merged_into": {"from": None, "to": keep}}}  # fmt: skip
    with writing(store.engine) as conn:
        conn.execute(insert(schema.review_log), [entry])
    return store.record(kind, keep)

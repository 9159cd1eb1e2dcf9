"""Samples for the work-plan tests: our Harbourton report, stored and resolved, and plan CSVs.

- `DATA`: tests/data/publish/plans (the report, its records and the plan CSVs).
- `load_exchanges(store)`: stores exchanges.txt with its records, resolves it; returns its id.
- `event_id(store, title)` / `tie_id(store, a, b)`: ids of the stored event and tie.
"""

from __future__ import annotations

import copy
import hashlib
import json
from pathlib import Path
from typing import Any

from sqlalchemy import select

from amity.records import ReportIn
from amity.registry.resolve import resolve_report
from amity.store import schema

DATA = Path(__file__).parent.parent / "data" / "publish" / "plans"


def _records(text: str) -> dict[str, list[dict[str, Any]]]:
    """Returns the sample's records, each given the span of its evidence in text."""
    records = json.loads((DATA / "exchanges.json").read_text(encoding="utf-8"))
    for items in records.values():
        for record in items:
            start = text.index(record["evidence"])
            record["span"] = [start, start + len(record["evidence"])]
    return copy.deepcopy(records)


def load_exchanges(store: Any) -> int:
    """Stores the Harbourton report with its records and resolves it; returns its id."""
    text = (DATA / "exchanges.txt").read_text(encoding="utf-8")
    report = ReportIn(
        source="tests/publish/exchanges.txt",
        text=text,
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
        title=text.splitlines()[0],
        published="2018-07-02",
        language="en",
        fmt="text",
    )
    report_id = store.add_report(report, _records(text))
    assert report_id is not None
    resolve_report(store, int(report_id))
    return int(report_id)


def event_id(store: Any, title: str) -> int:
    """Returns the id of the stored event with this title."""
    e = schema.events
    with store.engine.connect() as conn:
        return int(conn.execute(select(e.c.id).where(e.c.title == title)).scalar_one())


def tie_id(store: Any, a: str, b: str) -> int:
    """Returns the id of the tie between the places named a and b (either way round)."""
    t, p = schema.ties, schema.places
    with store.engine.connect() as conn:
        names = dict(conn.execute(select(p.c.id, p.c.name)).all())
        for row in conn.execute(select(t.c.id, t.c.a_place_id, t.c.b_place_id)):
            if {names.get(row.a_place_id), names.get(row.b_place_id)} == {a, b}:
                return int(row.id)
    raise AssertionError(f"no tie {a} - {b}")

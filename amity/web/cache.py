"""Aggregates (home counts, map, network) kept until the store changes, per process.

The store's version is the newest id of the tables that change them: a few index
look-ups per request instead of scanning a million events. A time limit backs it up
for changes that add no row (deletions).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Hashable
from typing import Any

from sqlalchemy import func, select

from amity.store import schema

WATCHED = ("reports", "review_log", "ties", "places", "entity_links")


class Cache:
    """Results of expensive reads by key, recomputed when the store's version moves."""

    def __init__(self, store: Any, seconds: float = 300.0) -> None:
        self.store, self.seconds = store, seconds
        self.kept: dict[Hashable, tuple[tuple[Any, ...], float, Any]] = {}
        self.lock = threading.Lock()

    def version(self) -> tuple[Any, ...]:
        """Returns the newest id of each watched table."""
        tables = [
            schema.metadata.tables[name] for name in WATCHED if name in schema.metadata.tables
        ]
        newest = [select(func.max(t.c.id)).scalar_subquery() for t in tables]
        with self.store.engine.connect() as conn:
            return tuple(conn.execute(select(*newest)).one())

    def get(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        """Returns the kept result for key if the store has not changed since, else computes it."""
        version, now = self.version(), time.monotonic()
        found = self.kept.get(key)
        if found and found[0] == version and now - found[1] < self.seconds:
            return found[2]
        value = compute()
        with self.lock:
            self.kept[key] = (version, now, value)
        return value

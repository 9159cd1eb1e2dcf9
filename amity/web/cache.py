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
        self.computing: dict[Hashable, threading.Lock] = {}

    def version(self) -> tuple[Any, ...]:
        """Returns the newest id of each watched table."""
        tables = [
            schema.metadata.tables[name] for name in WATCHED if name in schema.metadata.tables
        ]
        newest = [select(func.max(t.c.id)).scalar_subquery() for t in tables]
        with self.store.engine.connect() as conn:
            return tuple(conn.execute(select(*newest)).one())

    def fresh(self, key: Hashable, version: tuple[Any, ...]) -> tuple[bool, Any]:
        """Returns (True, value) if key's kept value is of this version and recent enough."""
        found = self.kept.get(key)
        if found and found[0] == version and time.monotonic() - found[1] < self.seconds:
            return True, found[2]
        return False, None

    def get(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        """Returns the kept result for key if the store has not changed since, else computes it.

        One request computes a missing result while the others asking for it wait for it,
        rather than all scanning the store at once.
        """
        version = self.version()
        ok, value = self.fresh(key, version)
        if ok:
            return value
        with self.lock:
            single = self.computing.setdefault(key, threading.Lock())
        with single:
            ok, value = self.fresh(key, version)
            if not ok:
                value = compute()
                self.kept[key] = (version, time.monotonic(), value)
        return value

"""Results of expensive reads (home, map, network, searches, place pages), kept per process
until the store changes.

The store's version is its change counter, a tally that triggers bump in the same
transaction as every insert, update and delete of the tables these pages show (migration
0006): one primary-key look-up per request, and no result outlives a write. The most
recently used results are kept, up to about MAX_BYTES (pages and JSON by their length,
other results at a nominal size); a budget of 0 keeps nothing (`web_cache_bytes = 0`
in amity.toml), which measures the pages as computed afresh. Pages and JSON computed by
one worker of a server with several are shared with the others (amity.web.shared).
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

from amity.web.shared import SharedPages

MAX_BYTES = 64 * 1024 * 1024
NOMINAL = 64 * 1024  # the size counted for a result that is not text
VERSION_SQL = "SELECT n FROM tallies WHERE name = 'store' AND key = 'changes'"


class Cache:
    """Results of expensive reads by key, recomputed when the store's change counter moves."""

    def __init__(
        self,
        store: Any,
        seconds: float | None = None,
        max_bytes: int = MAX_BYTES,
        shared: SharedPages | None = None,
    ) -> None:
        self.store, self.seconds, self.max_bytes = store, seconds, max_bytes
        # Text results kept for the other workers of the server too (not with an age limit).
        self.shared = shared if seconds is None and max_bytes > 0 else None
        self.kept: OrderedDict[Hashable, tuple[Any, float, Any, int]] = OrderedDict()
        self.size = 0
        self.lock = threading.Lock()
        self.computing: dict[Hashable, threading.Lock] = {}

    def version(self) -> Any:
        """Returns the store's change counter."""
        with self.store.engine.connect() as conn:  # plain SQL: asked on every request
            return conn.exec_driver_sql(VERSION_SQL).scalar()

    def fresh(self, key: Hashable, version: Any) -> tuple[bool, Any]:
        """Returns (True, value) if key's kept value is of this version (and young enough)."""
        with self.lock:
            found = self.kept.get(key)
            if found is None or found[0] != version:
                return False, None
            if self.seconds is not None and time.monotonic() - found[1] >= self.seconds:
                return False, None
            self.kept.move_to_end(key)
            return True, found[2]

    def keep(self, key: Hashable, version: Any, value: Any) -> None:
        """Keeps a value, dropping the least recently used ones beyond max_bytes."""
        size = len(value) if isinstance(value, str | bytes) else NOMINAL
        with self.lock:
            if key in self.kept:
                self.size -= self.kept.pop(key)[3]
            self.kept[key] = (version, time.monotonic(), value, size)
            self.size += size
            while self.size > self.max_bytes and self.kept:
                self.size -= self.kept.popitem(last=False)[1][3]

    def get(self, key: Hashable, compute: Callable[[], Any], version: Any = None) -> Any:
        """Returns the kept result for key if the store has not changed since, else computes it.

        `version`: the change counter if the caller has just read it. One request computes
        a missing result while the others asking for it wait for it, rather than all
        reading the store at once; with a budget of 0 each computes its own at once. A text
        result another worker computed for this version is taken from the shared file.
        """
        if self.max_bytes <= 0:  # nothing will be kept: waiting for another request gains nothing
            return compute()
        version = self.version() if version is None else version
        ok, value = self.fresh(key, version)
        if ok:
            return value
        with self.lock:
            single = self.computing.setdefault(key, threading.Lock())
        with single:
            ok, value = self.fresh(key, version)
            if not ok:
                value = self.shared.get(key, version) if self.shared is not None else None
                if value is None:
                    value = compute()
                    if self.shared is not None and isinstance(value, str | bytes):
                        self.shared.keep(key, version, value)
                self.keep(key, version, value)
        with self.lock:
            self.computing.pop(key, None)
        return value

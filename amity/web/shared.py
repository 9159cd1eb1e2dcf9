"""Pages and JSON kept for every worker of one `amity serve`: a small SQLite file of its own.

Each worker process keeps results in memory (amity.web.cache); without this, each of N
workers computed every page once for itself. Only text (pages, JSON bodies) is shared,
under the store's version like the rest of the cache. `amity serve` makes a fresh file
for each run with several workers and removes it when it stops, so no page outlives the
server that computed it. Any failure of the file only costs the page being computed again.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
import threading
from typing import Any

log = logging.getLogger("amity.web")
SCHEMA = (
    "CREATE TABLE IF NOT EXISTS pages (n INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, "
    "version TEXT NOT NULL, text INTEGER NOT NULL, value BLOB NOT NULL, size INTEGER NOT NULL)"
)


def _key(key: Any) -> str:
    """Returns a key (a tuple of strings and numbers) as the file's key."""
    return hashlib.sha1(repr(key).encode("utf-8")).hexdigest()


class SharedPages:
    """Text results by key and store version, in a SQLite file shared by processes."""

    def __init__(self, path: str, max_bytes: int) -> None:
        self.path, self.max_bytes = path, max_bytes
        self.local = threading.local()

    def _conn(self) -> sqlite3.Connection:
        """Returns this thread's connection to the file, created with its table on first use."""
        conn: sqlite3.Connection | None = getattr(self.local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, timeout=5, isolation_level=None)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=OFF")  # a lost page is computed again
            conn.execute(SCHEMA)
            self.local.conn = conn
        return conn

    def get(self, key: Any, version: Any) -> str | bytes | None:
        """Returns the text kept under key for this version of the store, else None."""
        try:
            sql = "SELECT text, value FROM pages WHERE key = ? AND version = ?"
            row = self._conn().execute(sql, (_key(key), repr(version))).fetchone()
        except sqlite3.Error as exc:
            log.warning("shared page cache unreadable: %s", exc)
            return None
        if row is None:
            return None
        text, value = row
        return bytes(value).decode("utf-8") if text else bytes(value)

    def keep(self, key: Any, version: Any, value: str | bytes) -> None:
        """Keeps a text under key and version; drops older versions and the oldest beyond budget."""
        data = value.encode("utf-8") if isinstance(value, str) else value
        try:
            conn = self._conn()
            conn.execute("BEGIN IMMEDIATE")
            try:
                conn.execute("DELETE FROM pages WHERE version != ?", (repr(version),))
                conn.execute(
                    "INSERT OR REPLACE INTO pages (key, version, text, value, size) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (_key(key), repr(version), isinstance(value, str), data, len(data)),
                )
                total = conn.execute("SELECT coalesce(sum(size), 0) FROM pages").fetchone()[0]
                if total > self.max_bytes:
                    self._drop_oldest(conn, total - self.max_bytes)
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            log.warning("shared page cache unwritable: %s", exc)

    @staticmethod
    def _drop_oldest(conn: sqlite3.Connection, excess: int) -> None:
        """Deletes the oldest entries until `excess` bytes are freed."""
        freed, oldest = 0, []
        for n, size in conn.execute("SELECT n, size FROM pages ORDER BY n"):
            if freed >= excess:
                break
            oldest.append((n,))
            freed += size
        conn.executemany("DELETE FROM pages WHERE n = ?", oldest)

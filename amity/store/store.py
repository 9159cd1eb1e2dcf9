"""Store: one object over a migrated database; each method is one transaction or read."""

from __future__ import annotations

from collections.abc import Iterator
from types import TracebackType
from typing import Any

from sqlalchemy import Engine

from amity.records import ReportIn
from amity.store import engine as engines
from amity.store import export, queries, review, search, writes

Records = dict[str, list[dict[str, Any]]]


class Store:
    """Reports and their records in SQLite or PostgreSQL; open with Store.open(url)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.url = engine.url.render_as_string(hide_password=True)
        self.dialect = engine.dialect.name

    @classmethod
    def open(cls, url: str) -> Store:
        """Returns the store at url (or SQLite path), created or upgraded to the latest schema."""
        engine = engines.create(url)
        try:
            engines.migrate(engine)
        except BaseException:
            engine.dispose()
            raise
        return cls(engine)

    def close(self) -> None:
        """Closes every connection to the database."""
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.url!r})"

    def has_report(self, content_hash: str) -> bool:
        """Returns whether a report with this content hash is stored."""
        with self.engine.connect() as conn:
            return queries.has_report(conn, content_hash)

    def add_report(self, report: ReportIn, records: Records | None = None) -> int | None:
        """Stores a report with its evidence and records; returns its id, None if already stored."""
        return writes.add_report(self.engine, report, records)

    def add_failure(
        self, source: str, message: str, report_id: int | None = None, component: str | None = None
    ) -> None:
        """Records that a pipeline component failed on a report."""
        writes.add_failure(self.engine, source, message, report_id, component)

    def report(self, report_id: int) -> dict[str, Any]:
        """Returns a report with its text and records by kind; raises NotFound."""
        with self.engine.connect() as conn:
            return queries.report(conn, report_id)

    def reports(
        self, limit: int = 50, offset: int = 0, order: str = "-ingested"
    ) -> list[dict[str, Any]]:
        """Returns reports (no text) with their record counts under 'counts'."""
        with self.engine.connect() as conn:
            return queries.reports(conn, limit, offset, order)

    def records(
        self,
        report_id: int | None = None,
        kind: str | None = None,
        state: str | None = None,
        limit: int | None = 1000,
        offset: int = 0,
        after: int | None = None,
    ) -> dict[str, list[dict[str, Any]]] | list[dict[str, Any]]:
        """Returns a list of records of `kind`, or {kind: list} for every kind when kind is None.

        `after`: only records whose id is greater (keyset paging).
        """
        with self.engine.connect() as conn:
            return queries.records(conn, report_id, kind, state, limit, offset, after)

    def record(self, kind: str, record_id: int) -> dict[str, Any]:
        """Returns one record; raises NotFound."""
        with self.engine.connect() as conn:
            return queries.record(conn, kind, record_id)

    def review(
        self,
        kind: str,
        record_id: int,
        state: str,
        user: str,
        changes: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Confirms, corrects, rejects or resets a record and logs it; returns the record."""
        return review.review(self.engine, kind, record_id, state, user, changes)

    def replace_extracted(self, report_id: int, records: Records) -> dict[str, int]:
        """Swaps a report's unreviewed records for new ones; returns replaced/added/kept counts."""
        return review.replace_extracted(self.engine, report_id, records)

    def search(
        self, query: str, kinds: list[str] | None = None, limit: int = 20, offset: int = 0
    ) -> list[dict[str, Any]]:
        """Returns ranked hits {kind, id, report_id, title, snippet, score} for query."""
        with self.engine.connect() as conn:
            return search.search(conn, query, kinds, limit, offset)

    def stats(self) -> dict[str, int]:
        """Returns counts of reports, records by kind, places, organizations and failures."""
        with self.engine.connect() as conn:
            return queries.stats(conn)

    def export_rows(self, kind: str) -> Iterator[dict[str, Any]]:
        """Returns a stream of flat rows of reports or of one record kind."""
        return export.export_rows(self.engine, kind)

    def report_ids(self) -> list[int]:
        """Returns all report ids, oldest first."""
        with self.engine.connect() as conn:
            return queries.report_ids(conn)

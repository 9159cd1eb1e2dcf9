"""The store: reports, evidence and records on SQLite or PostgreSQL.

from amity.store import Store
with Store.open("amity.db") as store:
    report_id = store.add_report(report, records)
"""

from __future__ import annotations

from amity.store.store import Store

__all__ = ["Store"]
